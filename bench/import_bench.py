"""Import benchmark: N synthetic HSDS services into a fresh SQLite and PostgreSQL database.

    python bench/import_bench.py [--services 100000] [--engines sqlite,postgresql] [--seed 1]

Each step is the real command line in a child process (`python -m sociale_kaart import hsds ...`),
measured with wall time, CPU time and peak RSS of that process (os.wait4): the first import (which
ends with the search index rebuilt), a second import of the same file (nothing changed), and a
`reindex` alone, so the index's share of the first import can be told apart. Writes the `## Import`
section of bench/RESULTS.md. Targets: first import <= 90 s (SQLite) / 120 s (PostgreSQL),
unchanged re-import <= 30 s, peak memory <= 1 GiB, the index complete when the import ends.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "RESULTS.md"
PG_URL = os.environ.get("SK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TARGET = {"sqlite": 90, "postgresql": 120}


def step(args: list[str], env: dict) -> dict:
    """One command in a child process: wall s, CPU s, peak RSS MiB, exit code, report."""
    report = Path(tempfile.mktemp(suffix=".json"))
    if args[0] == "import":
        args = [*args, "--report", str(report)]
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "sociale_kaart", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0 or "Traceback" in err:
        raise SystemExit(f"{' '.join(args)} failed ({code}): {err[-2000:]}")
    body = json.loads(report.read_text()) if report.exists() else {}
    report.unlink(missing_ok=True)
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024, "code": code, "report": body}


def database(engine: str, tmp: Path):
    if engine == "sqlite":
        return f"sqlite:///{tmp / 'bench.db'}", lambda: None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"sk_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False), drop


def index_complete(url: str, index_dir: Path) -> tuple[int, int]:
    from sqlalchemy import func, select

    from sociale_kaart.context import Context
    from sociale_kaart.directory import models as m
    from sociale_kaart.settings import Settings

    ctx = Context(Settings(database_url=url, index_dir=index_dir, log_requests=False))
    with ctx.sessions() as session:
        active = session.scalar(select(func.count()).select_from(m.Service).where(m.Service.status == "active"))
    n = len(ctx.index)
    ctx.close()
    return active, n


def run(engine: str, feed: Path, n: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"import-bench-{engine}-"))
    url, drop = database(engine, tmp)
    env = {**os.environ, "SK_DATABASE_URL": url, "SK_INDEX_DIR": str(tmp / "index"), "SK_GEOCODER": "local"}
    try:
        step(["init-db"], env)
        first = step(["import", "hsds", str(feed), "--source", "bench"], env)
        active, indexed = index_complete(url, tmp / "index")
        again = step(["import", "hsds", str(feed), "--source", "bench"], env)
        reindex = step(["reindex"], env)
    finally:
        drop()
    return {"engine": engine, "services": n, "first": first, "again": again, "reindex": reindex,
            "active": active, "indexed": indexed}


def load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def verdict(value: float, target: float) -> str:
    return f"met ({value / target:.0%} of target)" if value <= target else f"**missed** ({value / target:.1f}x)"


def section(results: list[dict], feed: Path, started: str, load_before: str) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    lines = [
        "## Import", "",
        f"Run {started} with `python bench/import_bench.py` on {platform.machine()} ({os.cpu_count()} cores), Python "
        f"{platform.python_version()}, commit {commit}. Load average at start {load_before}, at end {load()} (the machine is "
        "shared with other engineers' benchmarks: wall times carry their load; CPU time of the import process does not).",
        "",
        f"Data: `{feed.relative_to(ROOT) if feed.is_relative_to(ROOT) else feed}` ({feed.stat().st_size / 2**20:.0f} MiB) from "
        "bench/synthetic.py. Every step is `python -m sociale_kaart ...` in a child process; the first import ends with "
        "the search index rebuilt (more than 5,000 changed services), so its figures include the index; `reindex` alone "
        "shows that share.",
        "",
        "| engine | step | wall s | CPU s | peak RSS MiB | created / updated / unchanged / rejected | target | verdict |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        target = TARGET[r["engine"]]
        for name, key, tgt in (("first import (with index)", "first", target), ("re-import, unchanged", "again", 30),
                               ("reindex alone", "reindex", None)):
            s = r[key]
            rep = s["report"]
            counts = " / ".join(str(rep.get(k, "")) for k in ("created", "updated", "unchanged", "rejected")) if rep else ""
            lines.append(f"| {r['engine']} | {name} | {s['wall']:.1f} | {s['cpu']:.1f} | {s['rss']:.0f} | {counts} | "
                         f"{f'<= {tgt} s' if tgt else ''} | {verdict(s['wall'], tgt) if tgt else ''} |")
        first, reindex = r["first"], r["reindex"]
        lines.append(f"| {r['engine']} | import without the index (first − reindex) | {first['wall'] - reindex['wall']:.1f} | "
                     f"{first['cpu'] - reindex['cpu']:.1f} | | | | |")
        lines.append(f"| {r['engine']} | peak memory, any step | | | {max(r[k]['rss'] for k in ('first', 'again', 'reindex')):.0f} | | "
                     f"<= 1024 MiB | {verdict(max(r[k]['rss'] for k in ('first', 'again', 'reindex')), 1024)} |")
        lines.append(f"| {r['engine']} | index complete after import | | | | {r['indexed']} of {r['active']} active | all | "
                     f"{'met' if r['indexed'] == r['active'] else '**missed**'} |")
    return "\n".join(lines) + "\n"


def write(text: str) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(r"^## Import\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(text + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(new, encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--services", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--engines", default="sqlite,postgresql")
    p.add_argument("--no-write", action="store_true", help="print the section, leave RESULTS.md alone")
    a = p.parse_args()
    started, load_before = time.strftime("%Y-%m-%d %H:%M"), load()
    feed = DATA / f"import-{a.services}-seed{a.seed}.json"
    if not feed.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "synthetic.py"), "--out", str(feed), "--services", str(a.services),
                        "--seed", str(a.seed)], check=True)
    results = []
    for engine in a.engines.split(","):
        results.append(run(engine, feed, a.services))
        print(json.dumps({k: v for k, v in results[-1].items()}, default=str)[:2000], flush=True)
    text = section(results, feed, started, load_before)
    print(text)
    if not a.no_write:
        write(text)


if __name__ == "__main__":
    main()
