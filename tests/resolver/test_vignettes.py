"""The resolver on the demo municipality of Huizen: situations from the kitchen table, as data.

Each `vignettes/NN_slug.json` holds a request and what a consultant expects of the answer. They
run on both engines through `resolve()`, and a few also through `POST /api/v1/resolve`.
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec
import pytest

from sociale_kaart import vocab
from sociale_kaart.resolver import Advice, resolve
from sociale_kaart.resolver.service import MAX_EXCLUDED

VIGNETTES = sorted((Path(__file__).parent / "vignettes").glob("*.json"))
INACTIVE = ("Kerstmaaltijd voor alleenstaanden 2024", "Vakantieweek voor ouderen 2024", "Spreekuur energietoeslag 2023")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def suggested(advice: Advice) -> list:
    return [s for t in advice.tiers for s in t.suggestions]


def find(items, name: str):
    return [x for x in items if name in x.name]


def check(advice: Advice, expect: dict) -> None:
    names = [s.name for s in suggested(advice)]
    crisis = [s.name for s in advice.crisis]
    tiers = [t.tier for t in advice.tiers]
    shown = names + crisis + [e.name for e in advice.excluded]

    assert advice.acute is expect["acute"]
    assert (tiers[0] if tiers else None) == expect["first_tier"], tiers
    assert tiers == [t for t in vocab.TIERS if t in tiers], "tiers run least intensive first"
    for name in expect["must_include"]:
        assert find(suggested(advice), name), f"{name!r} not suggested: {names}"
    for name in expect.get("must_not_include", []):
        assert not find(suggested(advice), name), f"{name!r} suggested"
    for t in expect["must_not_include_tiers"]:
        assert t not in tiers, f"tier {t} offered: {names}"
    for item in expect["must_exclude"]:
        hits = find(advice.excluded, item["name"])
        assert hits, f"{item['name']!r} not excluded: {[e.name for e in advice.excluded]}"
        assert any(item["reason_contains"] in r for r in hits[0].reasons), hits[0].reasons
    for name in expect.get("crisis_include", []):
        assert any(name in c for c in crisis), f"{name!r} not in crisis: {crisis}"
    if "crisis_first" in expect:
        assert crisis and expect["crisis_first"] in crisis[0]
    if expect.get("order"):
        first, later = (names.index(find(suggested(advice), n)[0].name) for n in expect["order"])
        assert first < later, names
    if expect.get("tier_before"):
        a, b = expect["tier_before"]
        assert a in tiers and (b not in tiers or tiers.index(a) < tiers.index(b))
    for name, parts in expect.get("reasons", {}).items():
        item = (find(suggested(advice), name) or find(advice.crisis, name))[0]
        for part in parts:
            assert any(part in r for r in item.reasons), f"{name}: {part!r} not in {item.reasons}"
    for part in expect.get("explanation_contains", []):
        assert part in advice.explanation, advice.explanation
    if "explanation_starts_with" in expect:
        assert advice.explanation.startswith(expect["explanation_starts_with"]), advice.explanation
    if expect.get("no_distances"):
        assert all(s.distance_km is None for s in suggested(advice))

    # Always: never an inactive service, every suggestion and exclusion explains itself, B1 Dutch decimals.
    assert not [n for n in shown if n.startswith(INACTIVE)]
    assert all(s.reasons for s in suggested(advice) + advice.crisis) and all(e.reasons for e in advice.excluded)
    assert len(advice.excluded) <= MAX_EXCLUDED and advice.explanation
    assert not any("." in r.split("km")[0][-5:] for s in suggested(advice) for r in s.reasons if "km" in r)
    if advice.acute:
        assert not {"self_help", "social_network", "volunteer"} & set(tiers)
        assert advice.explanation.startswith("Er is acute nood")


@pytest.mark.parametrize("path", VIGNETTES, ids=lambda p: p.stem)
def test_vignette(demo_ctx, path):
    v = load(path)
    check(resolve(demo_ctx, v["request"]), v["expect"])


def test_there_are_enough_vignettes():
    assert len(VIGNETTES) >= 25


@pytest.mark.parametrize("slug", ["01_lonely_78", "04_domestic_violence", "14_nothing_within_1km", "29_tailored_when_nothing_lighter"])
def test_endpoint_agrees_with_the_function(demo_ctx, slug):
    from litestar.testing import TestClient

    from sociale_kaart.app import create_app

    request = load(Path(__file__).parent / "vignettes" / f"{slug}.json")["request"]
    # A context of its own: the app closes its context on shutdown, and demo_ctx is shared.
    with TestClient(create_app(demo_ctx.settings)) as client:
        r = client.post("/api/v1/resolve", json=request)
    assert r.status_code == 200, r.text
    assert r.json() == msgspec.to_builtins(resolve(demo_ctx, request))


def test_same_input_same_output(demo_ctx):
    for path in VIGNETTES[:8]:
        request = load(path)["request"]
        assert msgspec.json.encode(resolve(demo_ctx, request)) == msgspec.json.encode(resolve(demo_ctx, request))


def test_limit_per_tier_and_all_suggestions_reachable(demo_ctx):
    request = {"need": {"life_domains": ["social_network"]}, "person": {"near": "1271", "max_distance_km": 2}, "limit_per_tier": 1}
    advice = resolve(demo_ctx, request)
    assert advice.tiers and all(len(t.suggestions) == 1 for t in advice.tiers)
    for s in suggested(advice):
        assert s.distance_km is None or s.distance_km <= 2 or any(r.startswith("Voor ") for r in s.reasons)
