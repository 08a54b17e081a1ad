"""The public results page at scale: server time and bytes transferred.

    python bench/web_bench.py                       # 100k services (reuses bench/data/ from bench/search.py)
    python bench/web_bench.py --services 10000 --no-write

Targets: server time p95 of GET /zoeken <= 50 ms at 100,000 services; the results page without
map tiles (HTML + CSS + JS + Leaflet, gzip) <= 200 KB.

It reuses bench/search.py's cached data (synthetic services imported through the real importer
into bench/data/sk-<K>.db, index in bench/data/idx-<K>), starts the real app (uvicorn
`sociale_kaart.asgi:create`, 1 worker) on a loopback port, and requests the results page for
bench/search.py's fixed 400-query mix (text, text + near, near, filters) sequentially with a
keep-alive client. Server time is what the app's own request log reports per request (from the
first middleware to the last byte handed to the server, template rendering and gzip included);
client time is measured around each request. The same mix against GET /api/v1/search shows
what the page adds to the search itself. Writes the "## Web" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
for p in (str(ROOT), str(BENCH)):
    if p not in sys.path:
        sys.path.insert(0, p)

import httpx  # noqa: E402

import search as sb  # noqa: E402  (bench/search.py: data preparation, query mix, helpers)

TARGETS = {"server_p95_ms": 50.0, "transfer_kb": 200.0}
SAMPLE_PAGE = {"q": "boodschappen", "near": "1271"}


def start_server(n: int, log: Path) -> tuple[subprocess.Popen, str]:
    port = sb.free_port()
    env = {**sb.env_for(n), "SK_HOST": "127.0.0.1", "SK_PORT": str(port)}
    cmd = [sb.PY, "-m", "uvicorn", "--factory", "sociale_kaart.asgi:create", "--host", "127.0.0.1",
           "--port", str(port), "--workers", "1", "--log-level", "warning", "--no-access-log"]
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log.open("w"))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 1800  # a missing index is rebuilt at startup
    while True:
        if proc.poll() is not None:
            raise SystemExit(f"server exited; see {log}")
        try:
            if httpx.get(f"{base}/health", timeout=5).json().get("status") == "ok":
                return proc, base
        except (httpx.HTTPError, ValueError):
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise SystemExit("server did not become ready")
        time.sleep(0.5)


def server_times(log: Path, path: str) -> list[float]:
    out = []
    for line in log.read_text().splitlines():
        if line.startswith("{"):
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if rec.get("path") == path and rec.get("status") == 200 and "ms" in rec:
                out.append(float(rec["ms"]))
    return out


def run_mix(client: httpx.Client, path: str, mix: list[dict]) -> tuple[list[float], dict[str, list[float]]]:
    times, kinds = [], {}
    for p in mix:
        t = time.perf_counter()
        r = client.get(path, params=sb.http_params(p))
        ms = (time.perf_counter() - t) * 1000
        if r.status_code != 200:
            raise SystemExit(f"{path} {p} answered {r.status_code}")
        times.append(ms)
        kinds.setdefault(p["kind"], []).append(ms)
    return times, kinds


def transfer(base: str) -> dict:
    """Bytes on the wire for the results page and everything it loads except map tiles."""
    with httpx.Client(base_url=base, headers={"Accept-Encoding": "gzip"}) as c:
        page = c.get("/zoeken?" + urlencode(SAMPLE_PAGE))
        html = page.text
        assets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html) + re.findall(r'<script src="([^"]+)"', html)
        rows = [("page", page.num_bytes_downloaded, len(page.content))]
        for url in assets:
            r = c.get(url)
            assert r.status_code == 200, url
            rows.append((url.split("?")[0], r.num_bytes_downloaded, len(r.content)))
    return {"files": [{"url": u, "gzip_bytes": g, "bytes": b} for u, g, b in rows],
            "gzip_kb": round(sum(g for _, g, _ in rows) / 1000, 1), "raw_kb": round(sum(b for _, _, b in rows) / 1000, 1)}


def write_results(n: int, res: dict) -> None:
    path = BENCH / "RESULTS.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    s, m = res["server"], res["machine"]
    lines = [
        "## Web",
        "",
        f"`python bench/web_bench.py` ({m['date']}, commit {m['commit']}, {m['nproc']} cores, {m['cpu']}, Python {m['python']}).",
        f"The results page GET /zoeken at {n:,} services, {res['queries']} queries (bench/search.py's mix), real app over HTTP, 1 worker.",
        "",
        "| measure | p50 | p95 | p99 | target |",
        "|---|---|---|---|---|",
        f"| server time, results page (ms) | {s['p50']:.1f} | **{s['p95']:.1f}** | {s['p99']:.1f} | p95 <= {TARGETS['server_p95_ms']:.0f} |",
        f"| client time, results page (ms) | {res['client']['p50']:.1f} | {res['client']['p95']:.1f} | {res['client']['p99']:.1f} | |",
        f"| server time, GET /api/v1/search, same mix (ms) | {res['api']['p50']:.1f} | {res['api']['p95']:.1f} | {res['api']['p99']:.1f} | |",
        "",
        "Server time p95 per kind of query (ms): " + ", ".join(f"{k} {v:.1f}" for k, v in res["server_by_kind"].items()) + ".",
        "",
        f"Transfer of the results page without map tiles (`/zoeken?{urlencode(SAMPLE_PAGE)}`, gzip): "
        f"**{res['transfer']['gzip_kb']} KB** (target <= {TARGETS['transfer_kb']:.0f} KB; {res['transfer']['raw_kb']} KB uncompressed):",
        "",
        "| file | gzip bytes | bytes |",
        "|---|---|---|",
        *[f"| {f['url']} | {f['gzip_bytes']:,} | {f['bytes']:,} |" for f in res["transfer"]["files"]],
        "",
    ]
    section = "\n".join(lines)
    if "## Web" in text:
        text = re.sub(r"## Web\n.*?(?=\n## |\Z)", section.rstrip("\n") + "\n", text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--services", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--no-write", action="store_true", help="do not touch bench/RESULTS.md")
    ap.add_argument("--data", type=Path, help="another folder with the same files as bench/data/ (a private copy)")
    args = ap.parse_args()
    if args.data:
        sb.DATA = args.data.resolve()
    n = args.services
    info: dict = {}
    sb.prepare(n, info)
    log = sb.DATA / f"server-web-{sb.label(n)}.log"
    mix = sb.query_mix(args.queries, 1)
    sb.say(f"{sb.label(n)}: starting the app")
    proc, base = start_server(n, log)
    try:
        with httpx.Client(base_url=base, headers={"Accept-Encoding": "gzip"}, timeout=30) as client:
            run_mix(client, "/zoeken", mix[:40])  # warm up: searcher, templates, caches
            run_mix(client, "/api/v1/search", mix[:40])
            warm = len(server_times(log, "/zoeken")), len(server_times(log, "/api/v1/search"))
            sb.say(f"{sb.label(n)}: {len(mix)} results pages")
            client_ms, _ = run_mix(client, "/zoeken", mix)
            run_mix(client, "/api/v1/search", mix)
        time.sleep(0.5)
        page_ms = server_times(log, "/zoeken")[warm[0]:]
        api_ms = server_times(log, "/api/v1/search")[warm[1]:]
        by_kind: dict[str, list[float]] = {}
        for p, ms in zip(mix, page_ms):
            by_kind.setdefault(p["kind"], []).append(ms)
        res = {
            "services": n, "queries": len(mix), "machine": sb.machine(),
            "server": sb.summary(page_ms), "client": sb.summary(client_ms), "api": sb.summary(api_ms),
            "server_by_kind": {k: sb.pct(v, 0.95) for k, v in by_kind.items()},
            "transfer": transfer(base),
        }
    finally:
        proc.terminate()
        proc.wait(30)
    (sb.DATA / f"web-{sb.label(n)}.json").write_text(json.dumps(res, indent=1))
    ok_time = res["server"]["p95"] <= TARGETS["server_p95_ms"]
    ok_size = res["transfer"]["gzip_kb"] <= TARGETS["transfer_kb"]
    sb.say(f"{sb.label(n)}: server p95 {res['server']['p95']:.1f} ms (p50 {res['server']['p50']:.1f}) "
           f"{'OK' if ok_time else 'OVER TARGET'}; API p95 {res['api']['p95']:.1f} ms; "
           f"per kind {', '.join(f'{k} {v:.1f}' for k, v in res['server_by_kind'].items())}")
    sb.say(f"transfer {res['transfer']['gzip_kb']} KB gzip ({res['transfer']['raw_kb']} KB raw) {'OK' if ok_size else 'OVER TARGET'}")
    if not args.no_write:
        write_results(n, res)


if __name__ == "__main__":
    main()
