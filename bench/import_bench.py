"""Import benchmark: N services of a standard HSDS 3 file into a fresh SQLite and PostgreSQL database.

    python bench/import_bench.py [--services 100000] [--engines sqlite,postgresql] [--shape standard]
                                 [--baseline REV] [--baseline-services 3000] [--no-default] [--write]

The file comes from `bench/synthetic.py --shape standard` (services with their organization
nested, organizations shared by many services and spread through the file, terms by id). Each
step is the real command line in a child process (`python -m sociale_kaart ...`), measured with
wall time, CPU time and peak RSS of that process (os.wait4):

- import: `import hsds FILE --no-index` into an empty database (the bar: <= 90 s SQLite, <= 120 s
  PostgreSQL, at 100,000 services);
- default import: `import hsds FILE` into another empty database, the command as a user runs it
  (the search index brought up to date included), against the same bar (--no-default leaves it out);
- reindex: the search index built from the database, on its own (a bar of its own, owned by the
  search bench; here to show the index is complete);
- re-import of the same file: nothing changed (<= 30 s);
- baseline: the importer of commit REV (default: the one before the one-batch importer) on a
  file of --baseline-services services of the same shape, into SQLite, as services a second (the
  whole file would take it half an hour).

Prints a markdown table (and with --write replaces the `## Import` section of bench/RESULTS.md).
The machine is shared: the load average is printed with the figures; CPU time does not carry it.
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
GOAL = {"sqlite": 45, "postgresql": 60}
BASELINE = "cab87b0"  # main before the one-batch importer (55 services a second measured from outside)


SK = ["-m", "sociale_kaart"]
# The baseline's importer updates the index record by record below 5,000 services: make it rebuild
# the index once instead, so that `reindex` alone can be taken off, as for this tree's import.
REBUILDING = ["-c", "import sys, sociale_kaart.cli as c; c.REBUILD_ABOVE = 0; sys.exit(c.main(sys.argv[1:]))"]


def step(args: list[str], env: dict, cwd: Path = ROOT, how: list[str] = SK) -> dict:
    """One command in a child process: wall s, CPU s, peak RSS MiB, report."""
    report = Path(tempfile.mktemp(suffix=".json"))
    if args[0] == "import":
        args = [*args, "--report", str(report)]
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *how, *args], cwd=cwd, env=env,
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
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024, "report": body,
            "load": os.getloadavg()[0]}


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


def env_for(url: str, tmp: Path) -> dict:
    return {**os.environ, "SK_DATABASE_URL": url, "SK_INDEX_DIR": str(tmp / "index"), "SK_GEOCODER": "local"}


def default_import(engine: str, feed: Path) -> dict:
    """`import hsds FILE` as a user runs it (index included), into an empty database of its own."""
    tmp = Path(tempfile.mkdtemp(prefix=f"import-bench-{engine}-default-"))
    url, drop = database(engine, tmp)
    env = env_for(url, tmp)
    try:
        step(["init-db"], env)
        return step(["import", "hsds", str(feed), "--source", "bench", "--quiet"], env)
    finally:
        drop()


def run(engine: str, feed: Path, n: int, only_import: bool = False, default: bool = True) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"import-bench-{engine}-"))
    url, drop = database(engine, tmp)
    env = env_for(url, tmp)
    out = {"engine": engine, "services": n}
    try:
        step(["init-db"], env)
        out["first"] = step(["import", "hsds", str(feed), "--source", "bench", "--no-index", "--quiet"], env)
        if not only_import:
            out["reindex"] = step(["reindex"], env)
            out["active"], out["indexed"] = index_complete(url, tmp / "index")
            out["again"] = step(["import", "hsds", str(feed), "--source", "bench", "--no-index", "--quiet"], env)
    finally:
        drop()
    if default:
        out["default"] = default_import(engine, feed)
    return out


def baseline(rev: str, shape: str, seed: int, n: int) -> dict:
    """The importer of `rev` on a file of n services of the same shape (about n/5 organizations, so
    four services in five name one stored already, as in the whole file), into SQLite."""
    tmp = Path(tempfile.mkdtemp(prefix="import-bench-baseline-"))
    tree = tmp / "tree"
    tree.mkdir()
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    part = feed_file(shape, n, seed)
    url, _ = database("sqlite", tmp)
    env = {**env_for(url, tmp), "PYTHONPATH": str(tree)}
    step(["init-db"], env, cwd=tree)
    first = step(["import", "hsds", str(part), "--source", "bench"], env, cwd=tree, how=REBUILDING)
    reindex = step(["reindex"], env, cwd=tree)
    return {"rev": rev, "services": n, "first": first, "reindex": reindex}


def feed_file(shape: str, n: int, seed: int) -> Path:
    feed = DATA / f"{shape}-{n}-seed{seed}.json"
    if not feed.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "synthetic.py"), "--out", str(feed), "--services", str(n),
                        "--seed", str(seed), "--shape", shape], check=True, stdout=subprocess.DEVNULL)
    return feed


def load() -> str:
    return ", ".join(f"{x:.1f}" for x in os.getloadavg())


def verdict(value: float, target: float) -> str:
    return f"met ({value / target:.0%} of bar)" if value <= target else f"**missed** ({value / target:.1f}x)"


def section(results: list[dict], base: dict | None, feed: Path, started: str, load_before: str) -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    lines = [
        "## Import", "",
        f"Run {started} with `python bench/import_bench.py` on {platform.machine()} ({os.cpu_count()} cores), Python "
        f"{platform.python_version()}, commit {commit}. Load average at start {load_before}, at end {load()}; the "
        "column \"load\" is the 1-minute load when the step ended. The machine is shared with other engineers' work: "
        "wall times carry their load, the CPU time of the import process does not.",
        "",
        f"Data: `{feed.relative_to(ROOT) if feed.is_relative_to(ROOT) else feed}` ({feed.stat().st_size / 2**20:.0f} MiB), "
        "`bench/synthetic.py --shape standard`: services with their organization nested, organizations shared by "
        "about five services each and spread through the file, taxonomy terms by id. Every step is "
        "`python -m sociale_kaart ...` in a child process; the import runs with `--no-index` and the index is built "
        "by `reindex` after it; \"import (default)\" is `import hsds FILE` as a user runs it, index included, into "
        "an empty database of its own.",
        "",
        "| engine | step | wall s | CPU s | services/s (wall) | peak RSS MiB | load | created / updated / unchanged / rejected | bar | verdict |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        for name, key, bar in (("import (`--no-index`)", "first", TARGET[r["engine"]]),
                               ("import (default: `import hsds FILE`, index included)", "default", TARGET[r["engine"]]),
                               ("reindex", "reindex", None), ("re-import, unchanged", "again", 30)):
            if key not in r:
                continue
            s = r[key]
            rep = s["report"]
            counts = " / ".join(str(rep.get(k, "")) for k in ("created", "updated", "unchanged", "rejected")) if rep else ""
            rate = f"{r['services'] / s['wall']:,.0f}" if key != "reindex" else ""
            lines.append(f"| {r['engine']} | {name} | {s['wall']:.1f} | {s['cpu']:.1f} | {rate} | {s['rss']:.0f} | {s['load']:.1f} | "
                         f"{counts} | {f'<= {bar} s' if bar else ''} | {verdict(s['wall'], bar) if bar else ''} |")
        if "indexed" in r:
            lines.append(f"| {r['engine']} | index complete after reindex | | | | | | {r['indexed']} of {r['active']} active | all | "
                         f"{'met' if r['indexed'] == r['active'] else '**missed**'} |")
    if base:
        s, ri = base["first"], base["reindex"]
        wall, cpu = s["wall"] - ri["wall"], s["cpu"] - ri["cpu"]
        rate = base["services"] / wall
        total = results[0]["services"] if results else 100_000
        lines.append(f"| sqlite | baseline: importer of {base['rev']}, a file of {base['services']:,} services of the same shape "
                     f"(its import with the index rebuilt, minus its `reindex`) | {wall:.1f} | {cpu:.1f} | {rate:,.0f} | {s['rss']:.0f} | {s['load']:.1f} | "
                     f"{' / '.join(str(s['report'].get(k, '')) for k in ('created', 'updated', 'unchanged', 'rejected'))} | | "
                     f"{total:,} at this rate: {total / rate:,.0f} s |")
    return "\n".join(lines) + "\n"


def write(text: str) -> None:
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(r"^## Import\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
    RESULTS.write_text(new, encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--services", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--shape", choices=("standard", "grouped"), default="standard")
    p.add_argument("--engines", default="sqlite,postgresql")
    p.add_argument("--baseline", default=BASELINE, metavar="REV", help="commit whose importer is the baseline ('' for none)")
    p.add_argument("--baseline-services", type=int, default=3000)
    p.add_argument("--only-import", action="store_true", help="the import steps only (no reindex, no re-import)")
    p.add_argument("--no-default", action="store_true", help="leave out the default import (index included)")
    p.add_argument("--write", action="store_true", help="also replace the ## Import section of bench/RESULTS.md")
    a = p.parse_args()
    started, load_before = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), load()
    feed = feed_file(a.shape, a.services, a.seed)
    results = []
    for engine in [e for e in a.engines.split(",") if e]:
        results.append(run(engine, feed, a.services, a.only_import, not a.no_default))
        print(json.dumps(results[-1], default=str)[:2000], file=sys.stderr, flush=True)
    base = baseline(a.baseline, a.shape, a.seed, min(a.baseline_services, a.services)) if a.baseline else None
    text = section(results, base, feed, started, load_before)
    (DATA / f"import-{a.services}.json").write_text(json.dumps({"results": results, "baseline": base}, default=str))
    print(text)
    if a.write:
        write(text)


if __name__ == "__main__":
    main()
