"""Every bench of issue 18 in one run, side by side with SQLite FTS5, summarised in bench/RESULTS.md.

    python bench/run_all.py                        # 100,000 services
    python bench/run_all.py --services 10000 --skip import

Steps (each its own process, so one's memory and caches do not help the next):

1. import   bench/import_bench.py: a standard HSDS 3 file into SQLite and PostgreSQL (its own section)
2. search   bench/search.py: generates the services (bench/synthetic.py) and imports them once
            (cached in bench/data/), builds our index and the FTS5 baseline from the same documents,
            in-process and HTTP latency of the query mix for both engines (cold start included: the
            server is queried as soon as /health answers), memory (its own "## Search" section)
3. reindex  the index rebuilt from the database: `Indexer.rebuild()` (Core queries + SearchIndex),
            beside FTS5 built from the same documents read the same way
4. cold     /api/v1/search over HTTP from a fresh start: the server (1 worker) and the FTS5 app are
            queried with the mix as soon as /health answers, no warm-up query (bench/search.py's
            HTTP figures come after 40 warm-up queries)
5. web      bench/web_bench.py: the results page (its own "## Web" section)
6. throughput  bench/throughput.py: `serve --workers 2`, 8 clients, beside FTS5 with 2 workers

The machine is shared: the load average is recorded before every step and beside every figure,
with CPU time where wall time is distorted by other work. Writes the "## Issue 18 at national
scale" section of bench/RESULTS.md (the benches write their own sections too).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
for p in (str(ROOT), str(BENCH)):
    if p not in sys.path:
        sys.path.insert(0, p)

import search as sb  # noqa: E402

STEPS = ("import", "search", "reindex", "cold", "web", "throughput")
SECTION = "## Issue 18 at national scale"


def load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def run_step(name: str, cmd: list[str], log: dict) -> bool:
    sb.say(f"== {name}: {' '.join(cmd)} (load {load()})")
    t, started_load = time.perf_counter(), load()
    r = subprocess.run([sb.PY, *cmd], cwd=ROOT)
    log[name] = {"s": time.perf_counter() - t, "load_before": started_load, "load_after": load(), "exit": r.returncode}
    return r.returncode == 0


def reindex(n: int) -> dict:
    """Time the index rebuilt from the database, and FTS5 built from the same documents."""
    import gc
    import shutil

    import fts5_baseline
    from sociale_kaart.context import Context

    p = sb.paths(n)
    settings = sb.settings_for(n)
    idx = sb.DATA / f"idx-{p['k']}-fromdb"
    shutil.rmtree(idx, ignore_errors=True)
    ctx = Context(type(settings)(**{**settings.__dict__, "index_dir": idx}))
    out: dict = {"load_before": load()}
    import resource

    children = lambda: sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2])  # noqa: E731 - the reader process
    c, t, cc = time.process_time(), time.perf_counter(), children()
    out["count"] = ctx.indexer.rebuild()
    out["rebuild_s"], out["rebuild_cpu_s"] = time.perf_counter() - t, time.process_time() - c + children() - cc
    out["load_after"] = load()
    sb.say(f"reindex: Indexer.rebuild() of {out['count']} services {out['rebuild_s']:.1f} s (CPU {out['rebuild_cpu_s']:.1f} s, "
           f"both processes)")
    c, t = time.process_time(), time.perf_counter()
    with ctx.sessions() as session:
        docs = [d for d in ctx.indexer.documents(session) if d.active]
    out["read_s"], out["read_cpu_s"] = time.perf_counter() - t, time.process_time() - c
    fts = sb.DATA / f"fts-{p['k']}-fromdb.db"
    fts.unlink(missing_ok=True)
    c, t = time.process_time(), time.perf_counter()
    fts5_baseline.build(fts, docs)
    out["fts_build_s"], out["fts_build_cpu_s"] = time.perf_counter() - t, time.process_time() - c
    out["fts_load_after"] = load()
    sb.say(f"reindex: documents read {out['read_s']:.1f} s; FTS5 build {out['fts_build_s']:.1f} s")
    del docs
    gc.collect()
    ctx.close()
    shutil.rmtree(idx, ignore_errors=True)
    fts.unlink(missing_ok=True)
    return out


def cold(n: int, nq: int = 400) -> dict:
    """The query mix over HTTP right after each server's start (what the first residents see)."""
    import httpx

    p = sb.paths(n)
    mix = sb.query_mix(nq, 1)
    out: dict = {"load_before": load()}
    port, fport = sb.free_port(), sb.free_port()
    servers = {
        "ours": ([sb.PY, "-m", "uvicorn", "sociale_kaart.asgi:create", "--factory", "--host", "127.0.0.1", "--port",
                  str(port), "--workers", "1", "--log-level", "warning", "--no-access-log"], sb.env_for(n), port),
        "fts": ([sb.PY, str(BENCH / "fts5_baseline.py"), "serve", "--fts", str(p["fts"]), "--gazetteer-db", str(p["db"]),
                 "--port", str(fport)], sb.env_for(n), fport),
    }
    for key, (cmd, env, prt) in servers.items():
        srv = sb.Server(key, cmd, env, prt, sb.DATA / f"server-cold-{key}-{p['k']}.log")
        try:
            with httpx.Client(timeout=60) as c:
                out[f"{key}_startup_s"] = srv.wait(c, timeout=1800)
                out[f"{key}_load"] = load()
                ms, cpu = [], []
                for q in mix:
                    c0, t = sb.proc_cpu_ms(srv.proc.pid), time.perf_counter()
                    r = c.get(srv.base + "/api/v1/search", params=sb.http_params(q))
                    ms.append((time.perf_counter() - t) * 1000)
                    cpu.append(sb.proc_cpu_ms(srv.proc.pid) - c0)
                    assert r.status_code == 200, r.text
                out[key] = {**sb.summary(ms), "first10_ms": ms[:10], "cpu_mean_ms": sum(cpu) / len(cpu)}
        finally:
            srv.stop()
        sb.say(f"cold {key}: p50/p95 {out[key]['p50']:.1f}/{out[key]['p95']:.1f} ms, first {out[key]['first10_ms'][0]:.0f} ms")
    return out


def read(name: str) -> dict:
    path = sb.DATA / name
    return json.loads(path.read_text()) if path.exists() else {}


def verdict(value: float | None, bar: float, higher_is_better: bool = False) -> str:
    if value is None:
        return "not measured"
    ok = value >= bar if higher_is_better else value <= bar
    return "met" if ok else "**missed**"


def fmt_load(x) -> str:
    if x is None:
        return "?"
    if isinstance(x, str):
        return x
    return "/".join(f"{v:.1f}" for v in x)


def report(n: int, steps: dict, rx: dict) -> str:
    k = sb.label(n)
    res = read(f"results-{k}.json")
    web = read(f"web-{k}.json")
    tp = read(f"throughput-{k}.json")
    m = sb.machine()
    ip, http, build = res.get("inproc", {}), res.get("http", {}), res.get("build", {})
    rows = []

    def row(what, bar, ours, fts, load_avg, cpu="", higher=False, unit="ms"):
        v = "—" if ours is None else f"{ours:.1f}"
        f = "—" if fts is None else f"{fts:.1f}"
        barv = float(re.sub(r"[^0-9.]", "", bar))
        rows.append(f"| {what} | {bar} {unit} | {v} | {f} | {verdict(ours, barv, higher)} | {cpu} | {fmt_load(load_avg)} |")

    g = lambda d, *path: _get(d, path)  # noqa: E731
    row("index rebuilt from the database (`Indexer.rebuild`, Core reads)", "<= 60", rx.get("rebuild_s"),
        None if not rx else rx["read_s"] + rx["fts_build_s"], rx.get("load_before"),
        f"CPU {rx['rebuild_cpu_s']:.1f} s (FTS5: read + build {rx['read_cpu_s'] + rx['fts_build_cpu_s']:.1f} s)" if rx else "", unit="s")
    for r in read(f"import-{n}.json").get("results", []):
        bar = {"sqlite": "<= 90", "postgresql": "<= 120"}[r["engine"]]
        for key, how in (("default", "`import hsds FILE`, index included"), ("first", "`--no-index`")):
            if key in r:
                s = r[key]
                row(f"import of the standard HSDS 3 file into {r['engine']} ({how})", bar, s["wall"], None, steps.get("import", {}).get("load_before"),
                    f"CPU {s['cpu']:.1f} s; load after {s['load']:.1f}", unit="s")
    row("`/api/v1/search` p95 over HTTP, query mix (after 40 warm-up queries)", "<= 30", g(http, "ours", "all", "p95"),
        g(http, "fts", "all", "p95"), res.get("load_http"),
        f"server CPU per request mean {_mean(http, 'ours_cpu')} ms (FTS5 {_mean(http, 'fts_cpu')})" if http else "")
    cd = read(f"cold-{k}.json")
    row("`/api/v1/search` p95 over HTTP from a fresh start (no warm-up query)", "<= 30", g(cd, "ours", "p95"),
        g(cd, "fts", "p95"), cd.get("ours_load"),
        f"server CPU per request mean {cd['ours']['cpu_mean_ms']:.1f} ms (FTS5 {cd['fts']['cpu_mean_ms']:.1f}); "
        f"first query {cd['ours']['first10_ms'][0]:.0f} ms (FTS5 {cd['fts']['first10_ms'][0]:.0f})" if cd.get("fts") else "")
    row("in-process search p95", "<= 20", g(ip, "ours", "all", "p95"), g(ip, "fts", "all", "p95"), res.get("load"),
        f"CPU p95 {g(ip, 'ours_cpu', 'all', 'p95') or 0:.1f} ms (FTS5 {g(ip, 'fts_cpu', 'all', 'p95') or 0:.1f})" if ip else "")
    row("results page p95 (server)", "<= 50", g(web, "server", "p95"), None, steps.get("web", {}).get("load_before"))
    ours_tp, fts_tp, cold_tp = tp.get("ours", {}), tp.get("fts", {}), tp.get("ours_nocache", {})
    row("`/api/v1/search` throughput, `serve --workers 2`, 8 clients", ">= 300", ours_tp.get("rps"), fts_tp.get("rps"),
        ours_tp.get("load_before"),
        f"server CPU {ours_tp['server_cpu_ms_per_request']:.1f} ms/request (FTS5 {fts_tp.get('server_cpu_ms_per_request', 0):.1f}); "
        f"p95 {ours_tp['p95']:.0f} ms; errors {ours_tp['errors']}"
        + (f"; with the result cache off (SK_SEARCH_CACHE=0) {cold_tp['rps']:.0f} req/s at "
           f"{cold_tp['server_cpu_ms_per_request']:.1f} ms CPU/request, load {cold_tp['load_before'][0]:.1f}" if cold_tp else "")
        if ours_tp else "", higher=True, unit="req/s")
    mem = max([g(http, "ours_mem", "VmHWM") or 0, g(http, "ours_mem_after_writes", "VmHWM") or 0,
               *(ours_tp.get("worker_peak_rss_mib") or [0])[:1]]) or None
    row("memory of one serving process (peak RSS)", "<= 1024", mem, g(http, "fts_mem", "VmHWM"), res.get("load_http"),
        "VmHWM of the HTTP server after the mix and writes, and of each `serve --workers 2` worker", unit="MiB")
    imp = steps.get("import", {})
    dirty = f" (+{m['dirty']} changed files)" if m["dirty"] else ""
    sizes = "" if not build.get("index_bytes") else (
        f", our index {build['index_bytes'] / 2**20:.0f} MiB, FTS5 {build['fts_bytes'] / 2**20:.0f} MiB")
    docs = build.get("docs")
    lines = [
        SECTION,
        "",
        f"`python bench/run_all.py --services {n}` on {m['date']}, commit {m['commit']}{dirty}: {m['nproc']} cores ({m['cpu']}), {m['ram_gib']} GiB RAM, "
        f"Python {m['python']}. Load average (1/5/15 min) at the end: {load()}.",
        "",
        f"Data: {n:,} services from bench/synthetic.py (seed 1), imported once through the real importer into SQLite "
        f"({docs if docs is None else f'{docs:,}'} active index documents{sizes}). "
        "FTS5 is the baseline measured in the same run, on the same documents and queries (bench/fts5_baseline.py).",
        "",
        "The load average in the last column was taken just before each figure was measured; above 2 "
        "(the machine's cores), wall-clock times are inflated by waiting for a core, and the CPU time "
        "beside them is the fairer figure.",
        "",
        "| what (100k bar) | bar | ours | FTS5 | verdict | CPU time | load before |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
        *reading(n, rx, http, ip, ours_tp, fts_tp),
        "Steps: " + "; ".join(f"{name} {v['s']:.0f} s (exit {v['exit']}, load {v['load_before']} → {v['load_after']})"
                              for name, v in steps.items()) + ".",
        "",
    ]
    if imp:
        lines += ["Import details (re-import, reindex, the baseline importer): the import section below (bench/import_bench.py).", ""]
    return "\n".join(lines)


def reading(n: int, rx: dict, http: dict, ip: dict, tp: dict, fts_tp: dict) -> list[str]:
    """What the CPU times say where the wall times are distorted by the load."""
    cores = os.cpu_count() or 1
    out = ["Reading the figures by CPU time (what the run would approach on idle cores):", ""]
    if ip:
        out.append(f"- in-process: CPU p95 {_get(ip, ('ours_cpu', 'all', 'p95')):.1f} ms per search "
                   f"(mean {_get(ip, ('ours_cpu', 'all', 'mean')):.1f}); FTS5 {_get(ip, ('fts_cpu', 'all', 'p95')):.1f} ms.")
    if http:
        out.append(f"- over HTTP the server spends on average {_get(http, ('ours_cpu', 'all', 'mean')):.1f} ms CPU per "
                   f"request against {_get(ip, ('ours_cpu', 'all', 'mean')) or 0:.1f} ms in the search itself: "
                   "the rest is the web framework, the JSON answer (its place facet names every place among the matches) and gzip.")
    if tp:
        best = cores * 1000 / tp["server_cpu_ms_per_request"]
        out.append(f"- throughput: at {tp['server_cpu_ms_per_request']:.1f} ms server CPU per request, {cores} idle cores "
                   f"could serve at most about {best:.0f} requests a second (FTS5: "
                   f"{cores * 1000 / fts_tp.get('server_cpu_ms_per_request', float('inf')):.0f}); "
                   f"{'the bar of 300 is out of reach on CPU too' if best < 300 else 'the bar of 300 is within reach on idle cores'}.")
    if rx:
        out.append(f"- index rebuilt from the database: {rx['rebuild_s']:.0f} s wall, {rx['rebuild_cpu_s']:.0f} s CPU in two processes "
                   f"(a reader process reads the documents while the other writes the index; reading them in one "
                   f"process takes {rx['read_cpu_s']:.0f} s CPU, measured separately).")
    return out + [""]


def _get(d: dict, path: tuple):
    for p in path:
        if not isinstance(d, dict) or p not in d:
            return None
        d = d[p]
    return d


def _mean(http: dict, key: str) -> str:
    v = _get(http, (key, "all", "mean"))
    return "?" if v is None else f"{v:.1f}"


def write(section: str) -> None:
    path = BENCH / "RESULTS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if SECTION in text:
        text = re.sub(re.escape(SECTION) + r"\n.*?(?=\n## |\Z)", section.rstrip("\n") + "\n", text, flags=re.S)
    else:  # first after the title and its introduction
        head, sep, rest = text.partition("\n## ")
        text = head.rstrip("\n") + "\n\n" + section + ("\n## " + rest if sep else "")
    path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--services", type=int, default=100_000)
    ap.add_argument("--skip", default="", help=f"comma-separated steps to leave out: {', '.join(STEPS)}")
    ap.add_argument("--report-only", action="store_true", help="write the section from the last results")
    a = ap.parse_args()
    n, skip = a.services, {x for x in a.skip.split(",") if x}
    # steps left out keep their figures of the last run that did them
    steps: dict = read(f"run_all-{sb.label(n)}.json")
    rx: dict = read(f"reindex-{sb.label(n)}.json")
    if not a.report_only:
        if "import" not in skip and (BENCH / "import_bench.py").exists():
            run_step("import", ["bench/import_bench.py", "--services", str(n), "--write"], steps)
        if "search" not in skip:
            run_step("search", ["bench/search.py", "--sizes", str(n)], steps)
        if "reindex" not in skip:
            t = time.perf_counter()
            rx = reindex(n)
            steps["reindex"] = {"s": time.perf_counter() - t, "load_before": rx["load_before"], "load_after": load(), "exit": 0}
            (sb.DATA / f"reindex-{sb.label(n)}.json").write_text(json.dumps(rx, indent=1))
        if "cold" not in skip:
            t = time.perf_counter()
            cd = cold(n)
            steps["cold"] = {"s": time.perf_counter() - t, "load_before": cd["load_before"], "load_after": load(), "exit": 0}
            (sb.DATA / f"cold-{sb.label(n)}.json").write_text(json.dumps(cd, indent=1))
        if "web" not in skip:
            run_step("web", ["bench/web_bench.py", "--services", str(n)], steps)
        if "throughput" not in skip:
            run_step("throughput", ["bench/throughput.py", "--services", str(n)], steps)
        (sb.DATA / f"run_all-{sb.label(n)}.json").write_text(json.dumps(steps, indent=1))
    section = report(n, steps, rx)
    write(section)
    print(section)


if __name__ == "__main__":
    main()
