"""Ranking measures over judged queries: grades per service name (2: what the person looks for,
1: also useful, absent: not relevant). Shared by the judged-queries test and bench/search_precision.py."""

from __future__ import annotations

import math


def ndcg_at(ranked: list[str], grades: dict[str, int], k: int = 5) -> float:
    dcg = sum((2 ** grades.get(name, 0) - 1) / math.log2(i + 2) for i, name in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 1.0


def recall_at(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    relevant = {n for n, g in grades.items() if g > 0}
    return len(relevant & set(ranked[:k])) / min(k, len(relevant)) if relevant else 1.0


def page_precision(page: list[str], grades: dict[str, int]) -> float:
    """The share of a first page that is relevant (an empty page shows nothing useful: 0)."""
    return sum(1 for name in page if grades.get(name, 0) > 0) / len(page) if page else 0.0


def total_ratio(total: int, grades: dict[str, int]) -> float:
    """How many results a person is offered per relevant service (1.0 is ideal; 10 means nine of
    every ten results are noise)."""
    relevant = sum(1 for g in grades.values() if g > 0)
    return total / relevant if relevant else float(total)
