"""Search precision on the judged queries, this tree against an earlier commit, in one run.

    python bench/search_precision.py --baseline 4463a42      # writes "## Search precision" in RESULTS.md
    python bench/search_precision.py --no-report              # this tree only, printed

Per tree it loads the demo municipality (sociale_kaart/demo/huizen.json) into a fresh SQLite
database with a fresh index, runs every query of tests/search_quality/judged_queries.json (of
this tree, so both trees answer the same questions) through `run_search` with 10 per page, and
reports nDCG@5, recall@10, the share of the first page that is relevant, and how many results a
query offers per relevant service. The baseline is `git archive REV` in a temporary folder, run
in a process of its own with that folder first on the path.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "tests" / "search_quality" / "judged_queries.json"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Search precision"
PER_PAGE = 10
#: English queries and the Dutch words whose results they should give (issue 15).
ENGLISH = [("groceries", "boodschappen"), ("shopping", "boodschappen"), ("lonely", "eenzaam"), ("loneliness", "eenzaamheid"),
           ("debt", "schulden"), ("debts", "schulden"), ("housework", "huishoudelijke hulp"), ("garden", "tuin"),
           ("odd jobs", "klusjes"), ("meals", "maaltijd"), ("transport", "vervoer"), ("volunteer", "vrijwilliger"),
           ("buddy", "maatje"), ("carer", "mantelzorger"), ("dementia", "dementie"), ("money", "geld"),
           ("forms", "formulieren"), ("language", "taal"), ("work", "werk"), ("sport", "sport")]


def emit(judged: Path) -> None:
    """Child mode: answer the judged queries with the code on sys.path[0]; JSON on stdout."""
    from sociale_kaart.cli import DEMO_DATA, _import
    from sociale_kaart.context import Context
    from sociale_kaart.db import make_engine
    from sociale_kaart.migrate import init_db
    from sociale_kaart.search.service import SearchParams, run_search
    from sociale_kaart.settings import Settings

    cases = json.loads(judged.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'demo.db'}"
        engine = make_engine(url)
        init_db(engine)
        engine.dispose()
        ctx = Context(Settings(database_url=url, index_dir=Path(tmp) / "index", log_requests=False))
        devnull = open(os.devnull, "w")
        stdout, sys.stdout = sys.stdout, devnull  # the importer prints its report
        try:
            assert _import(ctx, "hsds", DEMO_DATA, source="demo", dry_run=False, report_file=None, rebuild=True) == 0
        finally:
            sys.stdout = stdout
        out = []
        for case in cases:
            r = run_search(ctx, SearchParams(per_page=PER_PAGE, **case["params"]))
            out.append({"names": [x.name for x in r.results], "total": r.total,
                        "weak_from": getattr(r, "weak_from", None)})
        english = []
        for en, nl in ENGLISH:
            a, b = run_search(ctx, SearchParams(q=en, per_page=5)), run_search(ctx, SearchParams(q=nl, per_page=5))
            english.append({"en": en, "nl": nl, "total": a.total, "nl_total": b.total,
                            "same_top5": [x.id for x in a.results] == [x.id for x in b.results]})
        ctx.close()
        services = len(json.loads(DEMO_DATA.read_text(encoding="utf-8")))
    json.dump({"answers": out, "services": services, "english": english}, sys.stdout)


def run_tree(tree: Path) -> dict:
    """emit() of this file in a fresh process whose imports come from ``tree``."""
    script = Path(__file__).resolve()
    code = (f"import sys, runpy, pathlib; sys.path.insert(0, {str(tree)!r}); "
            f"runpy.run_path({str(script)!r})['emit'](pathlib.Path({str(JUDGED)!r}))")
    r = subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": str(tree)}, cwd=tree,
                       capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"the run in {tree} failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout)


def measure(run: dict, cases: list[dict]) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.search_quality.metrics import ndcg_at, page_precision, recall_at, total_ratio

    rows = []
    for case, ans in zip(cases, run["answers"]):
        grades = case["relevant"]
        names = ans["names"]
        strong = names[:ans["weak_from"]] if ans["weak_from"] is not None else names
        rows.append(dict(ndcg=ndcg_at(names, grades), recall=recall_at(names, grades),
                         precision=page_precision(names, grades), precision_strong=page_precision(strong, grades),
                         ratio=total_ratio(ans["total"], grades), total=ans["total"],
                         unrelated=sum(1 for n in names if grades.get(n, 0) == 0), q=case["params"]))
    mean = lambda k: statistics.fmean(r[k] for r in rows)  # noqa: E731
    return dict(rows=rows, ndcg=mean("ndcg"), recall=mean("recall"), precision=mean("precision"),
                precision_strong=mean("precision_strong"), ratio_mean=mean("ratio"),
                ratio_median=statistics.median(r["ratio"] for r in rows), total_mean=mean("total"),
                unrelated=sum(r["unrelated"] for r in rows), services=run["services"], english=run["english"])


def report(now: dict, before: dict | None, rev: str | None, cases: list[dict]) -> str:
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "search_index", "sociale_kaart/search"],
                           capture_output=True, text=True).stdout.strip()
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    lines = [SECTION, "",
             f"Run {dt.datetime.now():%Y-%m-%d %H:%M} with `python bench/search_precision.py"
             f"{' --baseline ' + rev if rev else ''}` on {os.cpu_count()} × {cpu}, Python {platform.python_version()}; "
             f"this tree: commit {head}{' with uncommitted search changes' if dirty else ''}"
             f"{f', before: commit {rev} (git archive, same run)' if rev else ''}.",
             "",
             f"Data: the demo municipality ({now['services']} services, SQLite, fresh index per tree); "
             f"{len(cases)} judged queries from tests/search_quality/judged_queries.json, first page of {PER_PAGE}. "
             "Relevant = graded 1 or 2; everything else on the page counts as unrelated (the judgements list what a "
             "person looking for it would want, so a few unlisted but defensible results count against us too).",
             "",
             "| measure | " + ("before | " if before else "") + "after |",
             "|---|" + ("---|" if before else "") + "---|"]

    def row(label: str, key: str, fmt: str = "{:.3f}") -> None:
        cells = ([fmt.format(before[key])] if before else []) + [fmt.format(now[key])]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    row("nDCG@5 (mean)", "ndcg")
    row("recall@10 (mean)", "recall")
    row("precision of the first page: share relevant (mean)", "precision")
    row("precision of the strong part of the first page (before the \"Misschien ook\" results)", "precision_strong")
    row("unrelated results on the first pages (sum over all queries)", "unrelated", "{:d}")
    row("results per query (mean `total`)", "total_mean", "{:.1f}")
    row("results per relevant service (mean / median of total ÷ relevant)", "ratio_mean", "{:.1f}")
    lines[-1] = lines[-1][:-2] + f" / {now['ratio_median']:.1f} |"
    if before:
        lines[-1] = lines[-1].replace(f"| {before['ratio_mean']:.1f} |", f"| {before['ratio_mean']:.1f} / {before['ratio_median']:.1f} |", 1)
    lines += ["", f"English queries ({len(now['english'])} everyday words, each against the Dutch word it stands for): "
              "how many give results, and how many give the same first five as the Dutch word:", ""]
    for label, run in (("before", before), ("after", now)):
        if run:
            eng = run["english"]
            lines.append(f"- {label}: {sum(1 for e in eng if e['total'])} of {len(eng)} give results, "
                         f"{sum(1 for e in eng if e['same_top5'] and e['total'])} the same first five as the Dutch word")
    misses = [e["en"] for e in now["english"] if not (e["same_top5"] and e["total"])]
    if misses:
        lines.append(f"- after, not the same as the Dutch word: {', '.join(misses)}")
    lines += ["", "Per query (total before → after, precision of the first page before → after):", ""]
    lines += ["| query | total | precision |", "|---|---|---|"]
    for i, case in enumerate(cases):
        a = now["rows"][i]
        q = json.dumps(case["params"], ensure_ascii=False)
        if before:
            b = before["rows"][i]
            lines.append(f"| `{q}` | {b['total']} → {a['total']} | {b['precision']:.2f} → {a['precision']:.2f} |")
        else:
            lines.append(f"| `{q}` | {a['total']} | {a['precision']:.2f} |")
    return "\n".join(lines) + "\n"


def write_section(text: str) -> None:
    old = RESULTS.read_text(encoding="utf-8")
    start = old.find(SECTION + "\n")
    if start < 0:
        new = old.rstrip("\n") + "\n\n" + text
    else:
        nxt = old.find("\n## ", start + len(SECTION))
        new = old[:start] + text + (old[nxt:] if nxt >= 0 else "")
    RESULTS.write_text(new, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", metavar="REV", help="also measure this commit (git archive) in the same run")
    ap.add_argument("--no-report", action="store_true", help="print, do not touch bench/RESULTS.md")
    ap.add_argument("--latency", type=Path, metavar="FILE", action="append", default=[],
                    help="Markdown with latency figures (bench/search_ab.py's output and a note) to add to the section")
    args = ap.parse_args()
    cases = json.loads(JUDGED.read_text(encoding="utf-8"))
    now = measure(run_tree(ROOT), cases)
    before = None
    if args.baseline:
        tmp = Path(tempfile.mkdtemp(prefix="sk-precision-"))
        try:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.baseline], capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
            before = measure(run_tree(tmp), cases)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    text = report(now, before, args.baseline, cases)
    for extra in args.latency:
        text += "\n" + extra.read_text(encoding="utf-8").rstrip("\n") + "\n"
    print(text)
    if not args.no_report:
        write_section(text)


if __name__ == "__main__":
    main()
