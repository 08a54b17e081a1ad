"""Resolver latency on a large directory: p50/p95 of a fixed mix of resolve requests, in-process.

    python bench/synthetic.py /tmp/syn100k.json                       # 100k services, deterministic
    export SK_DATABASE_URL=sqlite:////tmp/bench.db SK_INDEX_DIR=/tmp/bench-index
    python -m sociale_kaart init-db && python -m sociale_kaart import hsds /tmp/syn100k.json
    python bench/resolver_bench.py [--rounds 5]

The mix crosses eight places (city centres and villages) with twelve needs (life domains, words,
both, acute, constraints on budget, days, language and wheelchair, all tiers, small and large
distances): 96 requests, each timed `--rounds` times after one warm-up round.
"""

from __future__ import annotations

import argparse
import statistics
import time

from sociale_kaart.context import Context
from sociale_kaart.resolver import resolve
from sociale_kaart.settings import Settings

PLACES = ["1271", "1011", "3511", "9711", "6211", "2511", "5611", "7981"]
NEEDS = [
    ({"life_domains": ["social_network"], "text": "eenzaam, wil mensen ontmoeten"}, {"age": 78, "max_distance_km": 3}),
    ({"life_domains": ["finances"], "text": "schulden"}, {"age": 45}),
    ({"life_domains": ["finances"], "text": "beslag op mijn loon", "zrm": {"finances": 1}}, {"age": 38}),
    ({"life_domains": ["domestic_relations"], "zrm": {"domestic_relations": 1}}, {}),
    ({"life_domains": ["instrumental_adl"], "text": "boodschappen"}, {"age": 84, "budget": "free"}),
    ({"life_domains": ["daytime_activities"]}, {"days": ["tu", "th"], "wheelchair": True}),
    ({"text": "klusjesman"}, {"max_distance_km": 10}),
    ({"life_domains": ["work_education", "social_participation"], "text": "taalcafé"}, {"languages": ["en"]}),
    ({"life_domains": ["mental_health", "social_network"]}, {"max_distance_km": 25, "budget": "low"}),
    ({"life_domains": ["physical_health"], "text": "bewegen"}, {"age": 70, "max_distance_km": 1}),
    ({"life_domains": ["housing", "instrumental_adl"], "text": "huishoudelijke hulp"}, {"network_available": True}),
    ({"life_domains": ["substance_use", "justice"]}, {"age": 30}),
]


def requests() -> list[dict]:
    out = []
    for place in PLACES:
        for need, person in NEEDS:
            out.append({"need": need, "person": {"near": place, **person}, "all_tiers": len(out) % 5 == 0})
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds over the mix (default 5)")
    args = parser.parse_args()
    ctx = Context(Settings.from_env(log_requests=False))
    services = len(ctx.index)
    if not services:
        raise SystemExit("The search index is empty: generate and import a synthetic feed first (see --help).")
    mix = requests()
    for request in mix:  # warm-up: gazetteer, searcher, term caches
        resolve(ctx, request)
    times = []
    shown = 0
    for _ in range(args.rounds):
        for request in mix:
            start = time.perf_counter()
            advice = resolve(ctx, request)
            times.append((time.perf_counter() - start) * 1000)
            shown += sum(len(t.suggestions) for t in advice.tiers) + len(advice.crisis)
    print(f"resolver, in-process: {services} services indexed, {len(mix)} requests x {args.rounds} rounds")
    print(f"  p50 {statistics.median(times):.1f} ms   p95 {percentile(times, 95):.1f} ms   "
          f"p99 {percentile(times, 99):.1f} ms   max {max(times):.1f} ms   mean {statistics.fmean(times):.1f} ms")
    print(f"  {shown / len(times):.1f} suggestions per answer on average")
    ctx.close()


if __name__ == "__main__":
    main()
