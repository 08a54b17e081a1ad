"""Throughput of GET /api/v1/search with `serve --workers 2` and 8 clients, beside the FTS5 baseline.

    python bench/throughput.py                     # 100k services (reuses bench/data/ from bench/search.py)
    python bench/throughput.py --services 10000 --seconds 10

Starts `python -m sociale_kaart serve --workers 2` on the cached bench database and index, and the FTS5
baseline app with 2 workers; 8 concurrent keep-alive clients (one asyncio loop, httpx) send
bench/search.py's query mix for `--seconds` each, after a warm-up. Reports requests a second, latency
percentiles, errors, the servers' CPU time (all their processes, from /proc) and each worker's peak RSS,
with the load average before each run. Writes bench/data/throughput-<K>.json and prints it; run_all.py
puts the figures into bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
for p in (str(ROOT), str(BENCH)):
    if p not in sys.path:
        sys.path.insert(0, p)

import httpx  # noqa: E402

import search as sb  # noqa: E402  (bench/search.py: data, query mix, helpers)

TARGET_RPS = 300.0
CLIENTS = 8
WORKERS = 2


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


async def load(base: str, mix: list[dict], seconds: float, clients: int = CLIENTS) -> dict:
    """`clients` concurrent loops over the mix (each from its own offset) for `seconds`."""
    latencies: list[float] = []
    errors = 0
    deadline = time.perf_counter() + seconds

    async def client(k: int) -> None:
        nonlocal errors
        async with httpx.AsyncClient(base_url=base, timeout=60) as c:
            i = k * len(mix) // clients
            while time.perf_counter() < deadline:
                p = mix[i % len(mix)]
                i += 1
                t = time.perf_counter()
                r = await c.get("/api/v1/search", params=sb.http_params(p))
                latencies.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200 or "results" not in r.json():
                    errors += 1

    started = time.perf_counter()
    await asyncio.gather(*(client(k) for k in range(clients)))
    wall = time.perf_counter() - started
    return {"requests": len(latencies), "errors": errors, "seconds": wall, "rps": len(latencies) / wall,
            **{f"p{q}": sb.pct(latencies, q / 100) for q in (50, 95, 99)}}


def run(name: str, srv: sb.Server, mix: list[dict], seconds: float, warm_seconds: float) -> dict:
    asyncio.run(load(srv.base, mix, warm_seconds))
    pids = tree(srv.proc.pid)
    loadavg = os.getloadavg()
    c0, cpu0 = cpu_ms(pids), time.process_time()
    res = asyncio.run(load(srv.base, mix, seconds))
    res["server_cpu_ms_per_request"] = (cpu_ms(pids) - c0) / max(res["requests"], 1)
    res["client_cpu_ms_per_request"] = (time.process_time() - cpu0) * 1000 / max(res["requests"], 1)
    res["load_before"] = loadavg
    res["load_after"] = os.getloadavg()
    res["processes"] = len(pids)
    res["worker_peak_rss_mib"] = sorted((sb.proc_status(p).get("VmHWM", 0) for p in pids), reverse=True)
    sb.say(f"{name}: {res['rps']:.0f} req/s, p50/p95 {res['p50']:.1f}/{res['p95']:.1f} ms, errors {res['errors']}, "
           f"server CPU {res['server_cpu_ms_per_request']:.1f} ms/request, load {loadavg[0]:.1f}")
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--services", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--warm-seconds", type=float, default=5.0)
    ap.add_argument("--queries", type=int, default=400)
    a = ap.parse_args()
    n = a.services
    sb.prepare(n, {})
    p = sb.paths(n)
    if not p["fts"].exists():
        raise SystemExit(f"{p['fts']} is missing: run bench/search.py --sizes {n} first")
    mix = sb.query_mix(a.queries, 1)
    out: dict = {"services": n, "clients": CLIENTS, "workers": WORKERS, "machine": sb.machine()}
    port = sb.free_port()
    env = {**sb.env_for(n), "SK_HOST": "127.0.0.1", "SK_PORT": str(port)}
    ours = start("ours", [sb.PY, "-m", "sociale_kaart", "serve", "--workers", str(WORKERS)], env, port, n)
    try:
        out["ours"] = run("ours", ours, mix, a.seconds, a.warm_seconds)
    finally:
        ours.stop()
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
