"""/api/v1/cases on both engines: the contract of INTERFACES.md "Consultants", four-eyes rules,
access per role and team on every endpoint, the access log, export, erase and purge."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sociale_kaart.cases.service import contains_bsn, purge
from sociale_kaart.partners.service import create_key
from tests import factories as f

URL = "/api/v1/cases"
BSN = "111222333"  # passes the eleven-test


def key(ctx, role: str, team: str | None = None, name: str = "", organization_id: str | None = None) -> dict:
    with ctx.sessions() as s:
        k = create_key(s, role, name or role, organization_id=organization_id, team=team)
    return {"Authorization": f"Bearer {k}"}


@pytest.fixture
def team(ctx):
    """Two consultants of Wijkteam Noord and one of Wijkteam Zuid."""
    return {"anna": key(ctx, "consultant", "Noord", "Anna"), "bram": key(ctx, "consultant", "Noord", "Bram"),
            "zuid": key(ctx, "consultant", "Zuid", "Zoë")}


@pytest.fixture
def services(client, auth):
    made = {
        "volunteer": f.service("Boodschappendienst", tier="volunteer", life_domains=("instrumental_adl",)),
        "tailored": f.service("Huishoudelijke hulp op maat", tier="tailored", life_domains=("instrumental_adl",),
                              access="decision", days=None),
        "inactive": f.service("Gestopte klussendienst", tier="volunteer", life_domains=("instrumental_adl",), status="inactive"),
    }
    for svc in made.values():
        assert client.post("/api/v1/services", json=svc, headers=auth).status_code == 201
    return {k: v["id"] for k, v in made.items()}


def new_case(client, headers, **fields) -> dict:
    body = {"code": "HH-2026-001", "postcode": "1271", "members": [{"role": "resident", "age": 78}],
            "network_available": False, "budget": "low", "languages": ["nl"], "max_distance_km": 5, **fields}
    r = client.post(URL, json=body, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_contains_bsn_knows_the_eleven_test():
    assert contains_bsn(BSN) and contains_bsn("1112.22.333") and contains_bsn("HH-111222333")
    assert not contains_bsn("111222334") and not contains_bsn("HH-2026-001") and not contains_bsn("1234567890")


def test_a_consultant_opens_a_case_and_records_the_intake(client, team):
    case = new_case(client, team["anna"])
    assert case["status"] == "open" and case["team"] == "Noord" and case["coordinator"] == "Anna"
    r = client.put(f"{URL}/{case['id']}/domains/instrumental_adl", headers=team["anna"],
                   json={"zrm": 2, "question": "Ik kan niet meer zelf boodschappen doen", "own_strength": "Koken lukt nog"})
    assert r.status_code == 200, r.text
    got = client.get(f"{URL}/{case['id']}", headers=team["bram"]).json()  # a colleague of the team reads it
    assert got["domains"] == [{"life_domain": "instrumental_adl", "label": "Huishouden, boodschappen en papieren", "zrm": 2,
                               "question": "Ik kan niet meer zelf boodschappen doen", "own_strength": "Koken lukt nog",
                               "network": ""}]
    assert got["members"] == [{"role": "resident", "age": 78}]


def test_advice_for_the_case_puts_the_lightest_fitting_rung_first(client, team, services):
    case = new_case(client, team["anna"])
    client.put(f"{URL}/{case['id']}/domains/instrumental_adl", headers=team["anna"], json={"zrm": 2, "question": "boodschappen"})
    advice = client.get(f"{URL}/{case['id']}/advice", headers=team["anna"]).json()
    assert advice["acute"] is False
    assert advice["tiers"][0]["tier"] == "volunteer"
    first = advice["tiers"][0]["suggestions"][0]
    assert first["id"] == services["volunteer"] and first["reasons"]
    assert services["inactive"] not in {s["id"] for t in advice["tiers"] for s in t["suggestions"]}


@pytest.mark.parametrize("body, field", [
    ({"code": BSN}, "code"),
    ({"code": "BSN 1112.22.333"}, "code"),
    ({"code": "   "}, "code"),
    ({"code": "HH-1", "postcode": "Atlantis"}, "postcode"),
    ({"code": "HH-1", "budget": "cheap"}, "budget"),
    ({"code": "HH-1", "members": [{"role": "resident", "age": 200}]}, "members"),
    ({"code": "HH-1", "days": ["tuesday"]}, "days"),
    ({"postcode": "1271"}, "code"),
])
def test_bad_household_is_a_422_naming_the_field_and_stores_nothing(client, team, body, field):
    r = client.post(URL, json=body, headers=team["anna"])
    assert r.status_code == 422, r.text
    assert any(e["key"].startswith(field) for e in r.json()["extra"]), r.json()
    assert client.get(URL, headers=team["anna"]).json() == []


@pytest.mark.parametrize("path, body, field", [
    ("domains/geluk", {"zrm": 3}, "life_domain"),
    ("domains/finances", {"zrm": 0}, "zrm"),
    ("domains/finances", {"zrm": 6}, "zrm"),
    ("domains/finances", {"zrm": "3"}, "zrm"),
])
def test_bad_intake_is_a_422_and_changes_nothing(client, team, path, body, field):
    case = new_case(client, team["anna"])
    r = client.put(f"{URL}/{case['id']}/{path}", json=body, headers=team["anna"])
    assert r.status_code == 422, r.text
    assert r.json()["extra"][0]["key"] == field
    assert client.get(f"{URL}/{case['id']}", headers=team["anna"]).json()["domains"] == []


def test_tailored_item_needs_a_motivation_and_a_colleague(client, team, services):
    case = new_case(client, team["anna"])
    plan = f"{URL}/{case['id']}/plan"
    r = client.post(plan, json={"service_id": services["tailored"], "life_domain": "instrumental_adl"}, headers=team["anna"])
    assert r.status_code == 422 and r.json()["extra"][0]["key"] == "motivation"
    assert client.get(f"{URL}/{case['id']}", headers=team["anna"]).json()["plan"] == []

    light = client.post(plan, json={"service_id": services["volunteer"], "life_domain": "instrumental_adl",
                                    "who": "Mevrouw belt zelf", "review_date": (date.today() + timedelta(days=7)).isoformat()},
                        headers=team["anna"]).json()
    assert light["status"] == "agreed" and light["tier"] == "volunteer"
    item = client.post(plan, json={"service_id": services["tailored"], "life_domain": "instrumental_adl",
                                   "motivation": "Geen vrijwilliger beschikbaar voor wekelijkse schoonmaak; netwerk ontbreekt."},
                       headers=team["anna"]).json()
    assert item["status"] == "awaiting_approval" and item["tier"] == "tailored"

    own = client.post(f"{plan}/{item['id']}/approve", json={}, headers=team["anna"])
    assert own.status_code == 403
    other_team = client.post(f"{plan}/{item['id']}/approve", json={}, headers=team["zuid"])
    assert other_team.status_code == 404
    no_reason = client.post(f"{plan}/{item['id']}/reject", json={"note": " "}, headers=team["bram"])
    assert no_reason.status_code == 422 and no_reason.json()["extra"][0]["key"] == "note"
    assert client.get(f"{URL}/{case['id']}", headers=team["anna"]).json()["plan"][1]["status"] == "awaiting_approval"

    ok = client.post(f"{plan}/{item['id']}/approve", json={"note": "Akkoord"}, headers=team["bram"])
    assert ok.status_code == 200 and ok.json()["status"] == "approved" and ok.json()["decided_by"] == "Bram"
    again = client.post(f"{plan}/{item['id']}/reject", json={"note": "toch niet"}, headers=team["bram"])
    assert again.status_code == 409


def test_a_motivated_no_is_recorded(client, team, services):
    case = new_case(client, team["anna"])
    plan = f"{URL}/{case['id']}/plan"
    item = client.post(plan, json={"service_id": services["tailored"], "life_domain": "instrumental_adl",
                                   "motivation": "Netwerk ontbreekt"}, headers=team["anna"]).json()
    r = client.post(f"{plan}/{item['id']}/reject", json={"note": "De boodschappendienst dekt dit; eerst proberen."},
                    headers=team["bram"])
    assert r.status_code == 200
    stored = client.get(f"{URL}/{case['id']}", headers=team["anna"]).json()["plan"][0]
    assert stored["status"] == "rejected" and stored["decision_note"].startswith("De boodschappendienst")


@pytest.mark.parametrize("service_key, id_", [(None, "00000000-0000-4000-8000-000000000000"), ("inactive", None)])
def test_plan_item_for_an_unknown_or_inactive_service_is_a_422(client, team, services, service_key, id_):
    case = new_case(client, team["anna"])
    r = client.post(f"{URL}/{case['id']}/plan", headers=team["anna"],
                    json={"service_id": id_ or services[service_key], "life_domain": "instrumental_adl"})
    assert r.status_code == 422 and r.json()["extra"][0]["key"] == "service_id"


def test_access_per_role_and_team_on_every_case_endpoint(client, ctx, team, services):
    case = new_case(client, team["anna"])
    item = client.post(f"{URL}/{case['id']}/plan", headers=team["anna"],
                       json={"service_id": services["tailored"], "life_domain": "instrumental_adl", "motivation": "m"}).json()
    cid, iid = case["id"], item["id"]
    calls = [("get", f"{URL}/{cid}", None), ("put", f"{URL}/{cid}", {"code": "X"}),
             ("put", f"{URL}/{cid}/domains/finances", {"zrm": 3}), ("get", f"{URL}/{cid}/advice", None),
             ("get", f"{URL}/{cid}/log", None), ("post", f"{URL}/{cid}/plan", {"service_id": services["volunteer"], "life_domain": "finances"}),
             ("post", f"{URL}/{cid}/plan/{iid}/approve", {}), ("post", f"{URL}/{cid}/plan/{iid}/reject", {"note": "n"}),
             ("post", f"{URL}/{cid}/close", None), ("get", f"{URL}/{cid}/export", None), ("delete", f"{URL}/{cid}", None)]
    org = client.get("/api/v1/organizations", headers={}).json()["contents"][0]["id"]
    others = {"editor": key(ctx, "editor"), "admin": key(ctx, "admin"), "partner": key(ctx, "partner", organization_id=org),
              "importer": key(ctx, "importer")}
    for method, url, body in calls:
        kwargs = {"json": body} if body is not None else {}
        assert getattr(client, method)(url, **kwargs).status_code == 401, url
        assert getattr(client, method)(url, headers=team["zuid"], **kwargs).status_code == 404, url
        for role, headers in others.items():
            assert getattr(client, method)(url, headers=headers, **kwargs).status_code == 403, (role, url)
    assert client.get(URL, headers=others["editor"]).status_code == 403
    assert client.post(URL, json={"code": "HH-9"}, headers=others["admin"]).status_code == 403
    assert client.get(URL, headers=team["zuid"]).json() == []
    # nothing of the above changed the case
    got = client.get(f"{URL}/{cid}", headers=team["anna"]).json()
    assert got["status"] == "open" and got["code"] == "HH-2026-001" and got["domains"] == []
    assert got["plan"][0]["status"] == "awaiting_approval"


def test_every_read_and_change_is_logged_and_the_log_shows_who(client, team, services):
    case = new_case(client, team["anna"])
    client.get(f"{URL}/{case['id']}", headers=team["bram"])
    client.put(f"{URL}/{case['id']}/domains/finances", json={"zrm": 3}, headers=team["anna"])
    client.get(f"{URL}/{case['id']}/advice", headers=team["anna"])
    client.get(f"{URL}/{case['id']}/export", headers=team["bram"])
    log = client.get(f"{URL}/{case['id']}/log", headers=team["anna"]).json()
    assert [(e["actor"], e["action"]) for e in log] == [
        ("Anna", "create"), ("Bram", "read"), ("Anna", "intake"), ("Anna", "advice"), ("Bram", "export"), ("Anna", "read log")]


def test_export_holds_everything_and_erase_removes_it(client, team, services):
    case = new_case(client, team["anna"], code="HH-EXPORT")
    client.put(f"{URL}/{case['id']}/domains/social_network", json={"zrm": 2, "question": "Ik voel me alleen"}, headers=team["anna"])
    client.post(f"{URL}/{case['id']}/plan", json={"service_id": services["volunteer"], "life_domain": "instrumental_adl"},
                headers=team["anna"])
    export = client.get(f"{URL}/{case['id']}/export", headers=team["anna"]).json()
    assert export["case"]["code"] == "HH-EXPORT" and export["case"]["domains"][0]["question"] == "Ik voel me alleen"
    assert export["case"]["plan"][0]["service_name"] == "Boodschappendienst"
    assert {e["action"] for e in export["log"]} >= {"create", "intake", "plan add", "export"}

    assert client.delete(f"{URL}/{case['id']}", headers=team["anna"]).status_code == 204
    assert client.get(f"{URL}/{case['id']}", headers=team["anna"]).status_code == 404
    assert client.get(f"{URL}/{case['id']}/export", headers=team["anna"]).status_code == 404
    # the same code can be used again by the team
    new_case(client, team["anna"], code="HH-EXPORT")


def test_closed_case_cannot_change_and_purge_erases_closed_cases_past_retention(client, ctx, team, services):
    old = new_case(client, team["anna"], code="HH-OLD")
    keep = new_case(client, team["anna"], code="HH-OPEN")
    assert client.post(f"{URL}/{old['id']}/close", headers=team["anna"]).json()["status"] == "closed"
    r = client.put(f"{URL}/{old['id']}/domains/finances", json={"zrm": 3}, headers=team["anna"])
    assert r.status_code == 409
    with ctx.sessions() as s:
        assert purge(s, date.today() - timedelta(days=1)) == 0  # closed today: not yet
        assert purge(s, date.today() + timedelta(days=1)) == 1
    assert client.get(f"{URL}/{old['id']}", headers=team["anna"]).status_code == 404
    assert client.get(f"{URL}/{keep['id']}", headers=team["anna"]).status_code == 200


def test_codes_are_unique_per_team_not_across_teams(client, team):
    new_case(client, team["anna"], code="HH-7")
    assert client.post(URL, json={"code": "HH-7"}, headers=team["bram"]).status_code == 409
    new_case(client, team["zuid"], code="HH-7")


def test_a_carer_in_the_household_makes_carers_services_fit(client, auth, team):
    svc = f.service("Mantelzorgondersteuning", tier="social_network", life_domains=("social_network",),
                    description="Steun voor mantelzorgers: een gesprek, tips en even tijd voor uzelf.")
    assert client.post("/api/v1/services", json=svc, headers=auth).status_code == 201
    resident = new_case(client, team["anna"], code="HH-R")
    carer = new_case(client, team["anna"], code="HH-C", members=[{"role": "carer", "age": 55}])
    for case in (resident, carer):
        client.put(f"{URL}/{case['id']}/domains/social_network", json={"zrm": 3}, headers=team["anna"])
    suggested = lambda case: {s["name"] for t in client.get(f"{URL}/{case['id']}/advice", headers=team["anna"]).json()["tiers"]
                              for s in t["suggestions"]}
    assert "Mantelzorgondersteuning" in suggested(carer)
    assert "Mantelzorgondersteuning" not in suggested(resident)
