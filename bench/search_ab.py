"""Search latency of this tree's search_index against another commit's, in one process.

    python bench/search_ab.py --baseline 4463a42 [--size 10000] [--queries 400]

Both versions index the same synthetic documents (bench/synthetic.py, seed 1) into temporary
folders and answer the same `Query` objects (bench/search.py's fixed query mix, made by the app's
`to_query` with the gazetteer of a bench/data/sk-<K>.db that bench/search.py imported), one
query at a time, alternating which goes first, after the same warm-up. Wall time and CPU time
(thread_time) per query; a shared machine moves wall time, CPU time hardly. Prints a Markdown
table; writes nothing.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (str(ROOT), str(ROOT / "bench")):
    if p not in sys.path:
        sys.path.insert(0, p)


def load_package(name: str, folder: Path):
    spec = importlib.util.spec_from_file_location(name, folder / "__init__.py", submodule_search_locations=[str(folder)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", required=True, metavar="REV")
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--queries", type=int, default=400)
    args = ap.parse_args()

    import search  # bench/search.py: the query mix and paths
    import synthetic
    from search_index import SearchIndex

    tmp = Path(tempfile.mkdtemp(prefix="sk-ab-"))
    try:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline, "search_index"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
        base = load_package("search_index_base", tmp / "search_index")

        docs = list(synthetic.documents(args.size, seed=1))
        engines = {"before": base.SearchIndex(tmp / "idx-before"), "after": SearchIndex(tmp / "idx-after")}
        for name, ix in engines.items():
            t = time.perf_counter()
            ix.rebuild(iter(docs))
            print(f"{name}: rebuild of {len(docs)} documents {time.perf_counter() - t:.1f} s", file=sys.stderr)

        # the queries' places come from the gazetteer, the same national table in every bench database
        have = [n for n in (args.size, 10000, 100000) if search.paths(n)["done"].exists()]
        if have:
            from sociale_kaart.context import Context

            ctx = Context(search.settings_for(have[0]))
            mix = search.query_mix(args.queries, 1)
            queries = search.to_queries(ctx, mix)
            warm = search.to_queries(ctx, search.query_mix(40, 101))
        else:
            raise SystemExit("no bench/data/sk-*.db: run python bench/search.py --quick once (it imports the data)")

        for ix in engines.values():
            for q in warm:
                ix.search(q)
        rows = []
        pc, tc = time.perf_counter, time.thread_time
        for i, (m, q) in enumerate(zip(mix, queries)):
            rec = {"kind": m["kind"]}
            for name in (("before", "after") if i % 2 == 0 else ("after", "before")):
                c0, t0 = tc(), pc()
                r = engines[name].search(q)
                rec[name] = ((pc() - t0) * 1000, (tc() - c0) * 1000, r.total)
            rows.append(rec)
        for ix in engines.values():
            ix.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(f"| {args.size // 1000}k, {len(rows)} queries | before {args.baseline}: wall p50 / p95 ms | CPU p50 / p95 ms | mean total "
          "| after: wall p50 / p95 ms | CPU p50 / p95 ms | mean total |")
    print("|---|---|---|---|---|---|---|")
    for kind in (None, *search.KINDS):
        sel = [r for r in rows if kind is None or r["kind"] == kind]
        cells = []
        for name in ("before", "after"):
            wall, cpu, total = ([r[name][k] for r in sel] for k in range(3))
            cells += [f"{pct(wall, .5):.1f} / {pct(wall, .95):.1f}", f"{pct(cpu, .5):.1f} / {pct(cpu, .95):.1f}",
                      f"{sum(total) / len(total):.0f}"]
        print(f"| {kind or 'mix'} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
