"""Throughput of GET /api/v1/search with `serve --workers 2` and 8 clients, beside the FTS5 baseline.

    python bench/throughput.py                     # 100k services (reuses bench/data/ from bench/search.py)
    python bench/throughput.py --services 10000 --seconds 10

Starts `python -m sociale_kaart serve --workers 2` on the cached bench database and index, twice: as
configured by default (with the per-process search result cache) and with the cache off
(SK_SEARCH_CACHE=0), then the FTS5 baseline app with 2 workers. The load comes from `wrk` (C, one
keep-alive connection per client, 2 threads, 8 connections: `apt-get install -y wrk`) cycling through
bench/search.py's query mix with a small Lua script, the same client for every engine, so the
load generator costs little of the two cores it measures (its own CPU time is reported too).
Each run: a warm-up, then `--seconds` of load. Reports requests a second, latency percentiles, errors
(non-2xx answers and socket errors), the servers' CPU time per request (all their processes, from
/proc), the client's CPU time per request, each worker's peak RSS, and the load average before and
after. Writes bench/data/throughput-<K>.json and prints it; run_all.py puts the figures into
bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
for p in (str(ROOT), str(BENCH)):
    if p not in sys.path:
        sys.path.insert(0, p)

import httpx  # noqa: E402

import search as sb  # noqa: E402  (bench/search.py: data, query mix, helpers)

TARGET_RPS = 300.0
CLIENTS = 8
WRK_THREADS = 2
WORKERS = 2

# wrk's Lua side: each thread walks the list of request paths from its own offset; done() prints one
# JSON line with the counts and latency percentiles (microseconds).
WRK_LUA = r"""
local paths = {}
for line in io.lines(os.getenv("SK_WRK_PATHS")) do paths[#paths + 1] = line end
local threads, made = {}, 0
function setup(thread)
  made = made + 1
  thread:set("offset", (made - 1) * math.floor(#paths / 2))
  table.insert(threads, thread)
end
local i = 0
function init(args) i = offset or 0 end
function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests": %d, "duration_us": %d, "socket_errors": %d, "status_errors": %d, '
    .. '"p50_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


def tree(pid: int) -> list[int]:
    """pid and all its descendants (uvicorn's workers are children of its supervisor)."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                ppid = int((d / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def cpu_ms(pids: list[int]) -> float:
    return sum(sb.proc_cpu_ms(p) for p in pids)


def start(name: str, cmd: list[str], env: dict, port: int, n: int) -> sb.Server:
    srv = sb.Server(name, cmd, env, port, sb.DATA / f"server-throughput-{name}-{sb.label(n)}.log")
    with httpx.Client() as c:
        srv.wait(c, timeout=1800)  # a missing index is rebuilt before the server starts
    return srv


def wrk(base: str, paths_file: Path, script: Path, seconds: float, clients: int = CLIENTS) -> dict:
    """One wrk run; the client's own CPU time from its rusage."""
    cmd = ["wrk", "-t", str(min(WRK_THREADS, clients)), "-c", str(clients), "-d", f"{seconds:g}s", "--timeout", "60s",
           "-s", str(script), base]
    proc = subprocess.Popen(cmd, env={**os.environ, "SK_WRK_PATHS": str(paths_file)}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    line = next((x for x in out.splitlines() if x.startswith("WRKJSON ")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({proc.returncode}):\n{out}")
    w = json.loads(line[len("WRKJSON "):])
    seconds_run = w["duration_us"] / 1e6
    return {"requests": w["requests"], "errors": w["socket_errors"] + w["status_errors"], "seconds": seconds_run,
            "rps": w["requests"] / seconds_run, "p50": w["p50_us"] / 1000, "p95": w["p95_us"] / 1000,
            "p99": w["p99_us"] / 1000, "max": w["max_us"] / 1000,
            "client_cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000}


def check(base: str, mix: list[dict]) -> None:
    """Every query of the mix answers 200 with results (wrk only counts status codes)."""
    with httpx.Client(base_url=base, timeout=60) as c:
        for p in mix:
            r = c.get("/api/v1/search", params=sb.http_params(p))
            if r.status_code != 200 or "results" not in r.json():
                raise RuntimeError(f"{p} answered {r.status_code}: {r.text[:200]}")


def run(name: str, srv: sb.Server, mix: list[dict], seconds: float, warm_seconds: float) -> dict:
    check(srv.base, mix)
    tmp = Path(tempfile.mkdtemp(prefix="sk-wrk-"))
    try:
        paths_file, script = tmp / "paths.txt", tmp / "mix.lua"
        paths_file.write_text("".join(f"/api/v1/search?{urlencode(sb.http_params(p))}\n" for p in mix))
        script.write_text(WRK_LUA)
        wrk(srv.base, paths_file, script, warm_seconds)
        pids = tree(srv.proc.pid)
        loadavg = os.getloadavg()
        c0 = cpu_ms(pids)
        res = wrk(srv.base, paths_file, script, seconds)
        res["server_cpu_ms_per_request"] = (cpu_ms(pids) - c0) / max(res["requests"], 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    res["client_cpu_ms_per_request"] = res.pop("client_cpu_ms") / max(res["requests"], 1)
    res["client"] = f"wrk -t{min(WRK_THREADS, CLIENTS)} -c{CLIENTS}"
    res["load_before"] = loadavg
    res["load_after"] = os.getloadavg()
    res["processes"] = len(pids)
    res["worker_peak_rss_mib"] = sorted((sb.proc_status(p).get("VmHWM", 0) for p in pids), reverse=True)
    sb.say(f"{name}: {res['rps']:.0f} req/s, p50/p95 {res['p50']:.1f}/{res['p95']:.1f} ms, errors {res['errors']}, "
           f"server CPU {res['server_cpu_ms_per_request']:.2f} ms/request, client CPU "
           f"{res['client_cpu_ms_per_request']:.2f} ms/request, load {loadavg[0]:.1f} -> {res['load_after'][0]:.1f}")
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--services", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--warm-seconds", type=float, default=5.0)
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--runs", default="ours,ours_nocache,fts", help="which of ours, ours_nocache, fts to run")
    ap.add_argument("--data", type=Path, help="another folder with the same files as bench/data/ (a private copy)")
    a = ap.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: apt-get install -y wrk")
    if a.data:
        sb.DATA = a.data.resolve()
    n = a.services
    sb.prepare(n, {})
    p = sb.paths(n)
    if not p["fts"].exists():
        raise SystemExit(f"{p['fts']} is missing: run bench/search.py --sizes {n} first")
    mix = sb.query_mix(a.queries, 1)
    out: dict = {"services": n, "clients": CLIENTS, "workers": WORKERS, "machine": sb.machine()}
    # "ours": as configured by default (result cache on); "ours_nocache": every request searches.
    runs = a.runs.split(",")
    for name, extra in (("ours", {}), ("ours_nocache", {"SK_SEARCH_CACHE": "0"})):
        if name not in runs:
            continue
        port = sb.free_port()
        env = {**sb.env_for(n), "SK_HOST": "127.0.0.1", "SK_PORT": str(port)}
        env.pop("SK_SEARCH_CACHE", None)
        env.update(extra)
        srv = start(name, [sb.PY, "-m", "sociale_kaart", "serve", "--workers", str(WORKERS)], env, port, n)
        try:
            out[name] = run(name, srv, mix, a.seconds, a.warm_seconds)
        finally:
            srv.stop()
    if "fts" not in runs:
        print(json.dumps(out, indent=1))
        return
    fport = sb.free_port()
    fts = start("fts5", [sb.PY, str(BENCH / "fts5_baseline.py"), "serve", "--fts", str(p["fts"]), "--gazetteer-db",
                         str(p["db"]), "--port", str(fport), "--workers", str(WORKERS)], sb.env_for(n), fport, n)
    try:
        out["fts"] = run("fts5", fts, mix, a.seconds, a.warm_seconds)
    finally:
        fts.stop()
    (sb.DATA / f"throughput-{sb.label(n)}.json").write_text(json.dumps(out, indent=1))
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
