"""POST /api/v1/resolve: bad input is a 422 naming the field; ladder rules on services made here."""

from __future__ import annotations

import pytest

from sociale_kaart.resolver import resolve
from tests import factories as f

URL = "/api/v1/resolve"
NEED = {"life_domains": ["social_network"]}


@pytest.mark.parametrize("body, key", [
    ({"need": {"life_domains": ["eenzaamheid"]}}, "need.life_domains[0]"),
    ({"need": {"life_domains": ["finances", "money"]}}, "need.life_domains[1]"),
    ({"need": NEED, "tiers": ["maatwerk"]}, "tiers[0]"),
    ({"need": {**NEED, "zrm": {"finances": 0}}}, "need.zrm.finances"),
    ({"need": {**NEED, "zrm": {"finances": 6}}}, "need.zrm.finances"),
    ({"need": {**NEED, "zrm": {"finances": "1"}}}, "need.zrm.finances"),
    ({"need": {**NEED, "zrm": {"finances": True}}}, "need.zrm.finances"),
    ({"need": {**NEED, "zrm": {"geld": 2}}}, "need.zrm.geld"),
    ({"need": NEED, "person": {"age": -1}}, "person.age"),
    ({"need": NEED, "person": {"max_distance_km": -3}}, "person.max_distance_km"),
    ({"need": NEED, "person": {"max_distance_km": 0}}, "person.max_distance_km"),
    ({"need": NEED, "person": {"near": "Atlantis"}}, "person.near"),
    ({"need": NEED, "person": {"days": ["tuesday"]}}, "person.days[0]"),
    ({"need": NEED, "person": {"budget": "cheap"}}, "person.budget"),
    ({"need": NEED, "person": {"languages": ["english"]}}, "person.languages[0]"),
    ({"need": NEED, "limit_per_tier": 0}, "limit_per_tier"),
    ({"need": {"life_domains": [], "text": "  "}}, "need"),
    ({"need": {}}, "need"),
    ({}, "need"),
])
def test_bad_input_is_a_422_that_names_the_field(client, body, key):
    r = client.post(URL, json=body)
    assert r.status_code == 422, r.text
    keys = [e["key"] for e in r.json()["extra"]]
    assert any(k == key or k.startswith(key) for k in keys), keys


def test_malformed_json_is_not_a_500(client):
    r = client.post(URL, content=b'{"need": ', headers={"content-type": "application/json"})
    assert r.status_code in (400, 422) and r.json()["detail"]


def test_several_mistakes_are_reported_together(client):
    r = client.post(URL, json={"need": {"life_domains": ["x"], "zrm": {"y": 9}}, "person": {"near": "nergens"}})
    assert r.status_code == 422
    assert {e["key"] for e in r.json()["extra"]} == {"need.life_domains[0]", "need.zrm.y", "person.near"}


def post(client, auth, *services):
    for svc in services:
        assert client.post("/api/v1/services", json=svc, headers=auth).status_code == 201


def test_nearby_fitting_service_beats_a_far_one_and_long_waiting_lists_go_down(client, auth, ctx):
    near = f.location(52.3005, 5.2590, "1273 AB")
    far = f.location(52.2571, 5.2563, "3755 AB")  # Eemnes, about 5 km
    post(client, auth,
         f.service("Dagactiviteit om de hoek", tier="general", life_domains=("daytime_activities",), locations=[near]),
         f.service("Zorgboerderij verderop", tier="general", life_domains=("daytime_activities",), locations=[far]),
         f.service("Dagactiviteit met wachtlijst", tier="general", life_domains=("daytime_activities",), locations=[near], waiting_weeks=10))
    advice = resolve(ctx, {"need": {"life_domains": ["daytime_activities"]}, "person": {"near": "1273", "max_distance_km": 10}})
    names = [s.name for s in advice.tiers[0].suggestions]
    assert names == ["Dagactiviteit om de hoek", "Zorgboerderij verderop", "Dagactiviteit met wachtlijst"]
    assert any("daarom staat dit lager" in r for r in advice.tiers[0].suggestions[2].reasons)
    assert any(r.startswith("Afstand: ") and "," in r for r in advice.tiers[0].suggestions[1].reasons)


def test_tailored_only_when_nothing_lighter_fits_and_then_says_why(client, auth, ctx):
    post(client, auth,
         f.service("Huishoudelijke hulp op maat", tier="tailored", life_domains=("instrumental_adl",), access="decision", days=None),
         f.service("Boodschappen met een vrijwilliger", tier="volunteer", life_domains=("instrumental_adl",), days="WE"))
    request = {"need": {"life_domains": ["instrumental_adl"]}, "person": {"near": "1271", "days": ["tu"]}}
    advice = resolve(ctx, {**request, "person": {"near": "1271", "days": ["we"]}})
    assert [t.tier for t in advice.tiers] == ["volunteer"]
    assert "zwaardere hulp" in advice.explanation
    advice = resolve(ctx, request)  # on Tuesday the volunteers are not there; the tailored service works by appointment
    assert [t.tier for t in advice.tiers] == ["tailored"]
    assert advice.tiers[0].suggestions[0].reasons[0] == (
        "Er is binnen 5 km geen vrijwillige of algemene voorziening die past bij Huishouden, boodschappen en papieren")
    assert advice.excluded[0].reasons == ["Niet open op dinsdag"]
    everything = resolve(ctx, {**request, "person": {"near": "1271", "days": ["we"]}, "all_tiers": True})
    assert [t.tier for t in everything.tiers] == ["volunteer", "tailored"]


def test_inactive_services_never_appear(client, auth, ctx):
    svc = f.service("Oude inloop", tier="general", life_domains=("social_network",))
    post(client, auth, svc)
    assert resolve(ctx, {"need": NEED, "person": {"near": "1271"}}).tiers
    assert client.delete(f"/api/v1/services/{svc['id']}", headers=auth).status_code in (200, 204)
    advice = resolve(ctx, {"need": NEED, "person": {"near": "1271", "days": ["su"]}})
    assert not advice.tiers and not advice.excluded
    assert "We vonden binnen 5 km geen voorziening" in advice.explanation


def test_crisis_ignores_distance_but_not_age(client, auth, ctx):
    far = f.location(52.0907, 5.1214, "3511 AB")  # Utrecht, 25 km
    post(client, auth,
         f.service("Crisislijn", tier="specialist", life_domains=("mental_health",), crisis=True, locations=[], areas=["Nederland"]),
         f.service("Crisisbed Utrecht", tier="specialist", life_domains=("mental_health",), crisis=True, locations=[far]),
         f.service("Jeugdcrisis", tier="specialist", life_domains=("mental_health",), crisis=True, maximum_age=17),
         f.service("Luisterend oor", tier="volunteer", life_domains=("mental_health",)))
    advice = resolve(ctx, {"need": {"life_domains": ["mental_health"], "zrm": {"mental_health": 1}},
                           "person": {"age": 40, "near": "1271", "max_distance_km": 2}})
    assert advice.acute and [c.name for c in advice.crisis] == ["Crisislijn", "Crisisbed Utrecht"]
    assert not advice.tiers
    assert [e.reasons for e in advice.excluded if e.name == "Luisterend oor"] == [["Niet bij acute nood: dan is eerst professionele hulp nodig"]]
    assert advice.explanation.splitlines()[1] == "Direct hulp, dag en nacht: Crisislijn en Crisisbed Utrecht."


def test_suggestions_carry_what_a_consultant_needs_to_act_and_no_confidential_street(client, auth, ctx):
    org = f.organization("Stichting Samen Huizen")
    post(client, auth,
         f.service("Boodschappen met een vrijwilliger", org=org, application_process="Bel ons op werkdagen.",
                   phones=[{"id": f.uid(), "number": "035 123 45 67"}]),
         f.service("Opvang met geheim adres", tier="general", locations=[f.location(confidential=True)]))
    advice = resolve(ctx, {"need": {"life_domains": ["instrumental_adl"]}, "person": {"near": "1271"}})
    by_name = {s.name: s for t in advice.tiers for s in t.suggestions}
    s = by_name["Boodschappen met een vrijwilliger"]
    assert (s.organization, s.phone, s.how_to_apply, s.access) == ("Stichting Samen Huizen", "035 123 45 67", "Bel ons op werkdagen.", "open")
    assert s.address == "Havenstraat 1, 1271 AB Huizen" and s.cost == "Gratis"
    assert s.schedule == "dinsdag en donderdag 09:00-12:00"
    assert by_name["Opvang met geheim adres"].address is None
    body = client.post(URL, json={"need": {"life_domains": ["instrumental_adl"]}, "person": {"near": "1271"}}).json()
    assert "Havenstraat" not in str([x for t in body["tiers"] for x in t["suggestions"] if x["name"] == "Opvang met geheim adres"])
