"""Judged queries on the demo municipality: does search find what residents mean?

`judged_queries.json` holds Dutch queries as residents and consultants type them, each with the
demo services a person judged relevant (grade 2: what they are looking for; 1: also useful).
The test computes nDCG@5 and recall@10 over the whole set through the same search function
as the API.
"""

import json
import math
from pathlib import Path

import pytest

from sociale_kaart.directory import models as m
from sociale_kaart.search.service import SearchParams, run_search

JUDGED = json.loads((Path(__file__).parent / "judged_queries.json").read_text(encoding="utf-8"))


def ndcg_at(ranked: list[str], grades: dict[str, int], k: int = 5) -> float:
    dcg = sum((2 ** grades.get(name, 0) - 1) / math.log2(i + 2) for i, name in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 1.0


def recall_at(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    relevant = {n for n, g in grades.items() if g > 0}
    return len(relevant & set(ranked[:k])) / min(k, len(relevant)) if relevant else 1.0


def test_the_judged_set_is_big_enough_and_names_real_services(demo_ctx):
    assert len(JUDGED) >= 40
    with demo_ctx.sessions() as session:
        names = set(session.scalars(m.Service.__table__.select().with_only_columns(m.Service.name)))
    unknown = {n for case in JUDGED for n in case["relevant"]} - names
    assert not unknown, f"judgements name services that are not in the demo: {sorted(unknown)}"


def test_ndcg_at_5_and_recall_at_10(demo_ctx):
    ndcgs, recalls, worst = [], [], []
    for case in JUDGED:
        params = SearchParams(per_page=10, **case["params"])
        ranked = [r.name for r in run_search(demo_ctx, params).results]
        n, r = ndcg_at(ranked, case["relevant"]), recall_at(ranked, case["relevant"])
        ndcgs.append(n)
        recalls.append(r)
        worst.append((round(n, 2), round(r, 2), case["params"], ranked[:5]))
    ndcg, recall = sum(ndcgs) / len(ndcgs), sum(recalls) / len(recalls)
    report = "\n".join(map(str, sorted(worst, key=lambda w: w[0])[:8]))
    assert ndcg >= 0.85, f"nDCG@5 {ndcg:.3f}; weakest:\n{report}"
    assert recall >= 0.90, f"recall@10 {recall:.3f}; weakest:\n{report}"


@pytest.mark.parametrize("grades, ranked, expected", [
    ({"a": 2, "b": 1}, ["a", "b"], 1.0),
    ({"a": 2, "b": 1}, ["x", "y", "z", "v", "w"], 0.0),
])
def test_ndcg_helper(grades, ranked, expected):
    assert ndcg_at(ranked, grades) == pytest.approx(expected)
