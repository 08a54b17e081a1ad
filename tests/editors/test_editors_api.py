"""The editors' API behind the /redactie pages (both engines): only editors and admins, filters,
merge choosing per field, "not a duplicate" remembered, accounts and keys, bad input as 4xx."""

from __future__ import annotations

import pytest

from sociale_kaart.directory import schemas as s
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners.service import create_account, create_key
from tests import factories as f


@pytest.fixture
def world(ctx):
    org = f.organization("Stichting Samen op Pad")
    a = f.service("Maatjesproject Samen op Pad", org=org, phones=[{"id": f.uid(), "number": "035 123 45 67"}],
                  email="maatjes@samen.example", assured_date="2026-11-01")
    b = f.service("Maatjes project Samen Op Pad", org=org, tier="general", phones=[{"id": f.uid(), "number": "0351234567"}],
                  url="https://samen.example/maatjes")
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in (a, b):
            d.save_service(s.convert(data, s.Service))
        feedback.submit(session, b["id"], "Klopt dit nog?")
        keys = {role: create_key(session, role, role, org["id"] if role == "partner" else None)
                for role in ("editor", "partner", "importer", "admin")}
        create_account(session, "anna@samen.example", "partner", org["id"], "een-goed-wachtwoord")
    return {"a": a["id"], "b": b["id"], "org": org["id"], "auth": {k: {"Authorization": f"Bearer {v}"} for k, v in keys.items()}}


def test_only_editors_and_admins_use_the_editors_api(client, world):
    for path in ("summary", "listings", "duplicates", "imports", "accounts", "keys", "recent-changes", "searches-without-results"):
        for who in ("partner", "importer"):
            r = client.get(f"/api/v1/editors/{path}", headers=world["auth"][who])
            assert r.status_code == 403 and r.json()["status_code"] == 403, (path, who)
        assert client.get(f"/api/v1/editors/{path}").status_code == 401
        assert client.get(f"/api/v1/editors/{path}", headers=world["auth"]["editor"]).status_code == 200


def test_summary_and_listing_filters(client, world):
    editor = world["auth"]["editor"]
    summary = client.get("/api/v1/editors/summary", headers=editor).json()
    assert summary["open_feedback"] == 1 and summary["stale_listings"] == 1 and summary["duplicate_suggestions"] >= 1
    def names(**params):
        page = client.get("/api/v1/editors/listings", params=params, headers=editor).json()
        return [x["name"] for x in page["contents"]], page["total_items"]
    assert names(never_checked="true") == (["Maatjes project Samen Op Pad"], 1)
    assert names(has_feedback="true")[0] == ["Maatjes project Samen Op Pad"]
    assert names(tier="general")[0] == ["Maatjes project Samen Op Pad"]
    assert names(q="samen", organization_id=world["org"])[1] == 2
    assert names(life_domain="instrumental_adl", per_page=1)[1] == 2
    row = client.get("/api/v1/editors/listings", headers=editor).json()["contents"][0]
    assert row["organization_name"] == "Stichting Samen op Pad" and "open_feedback" in row and "stale" in row
    r = client.get("/api/v1/editors/listings", params={"tier": "luxury"}, headers=editor)
    assert r.status_code == 400 and r.json()["extra"]


def test_merge_takes_the_chosen_fields_and_keeps_history(client, world):
    editor = world["auth"]["editor"]
    r = client.post("/api/v1/editors/duplicates/merge", json={"keep_id": world["a"], "other_id": world["b"],
                                                              "fields": {"name": "other", "url": "other", "colour": "other"}},
                    headers=editor)
    assert r.status_code == 422 and r.json()["extra"][0]["key"] == "fields.colour"
    assert client.get(f"/api/v1/services/{world['b']}").json()["status"] == "active"  # nothing half-written
    r = client.post("/api/v1/editors/duplicates/merge", json={"keep_id": world["a"], "other_id": world["b"],
                                                              "fields": {"name": "other", "url": "other", "email": "keep"}},
                    headers=editor)
    assert r.status_code == 200, r.text
    kept = client.get(f"/api/v1/services/{world['a']}").json()
    assert kept["name"] == "Maatjes project Samen Op Pad" and kept["url"] == "https://samen.example/maatjes"
    assert kept["email"] == "maatjes@samen.example"
    assert client.get(f"/api/v1/services/{world['b']}").json()["status"] == "inactive"
    log = client.get("/api/v1/editors/recent-changes", params={"field": "merged_from"}, headers=editor).json()["contents"]
    assert log and log[0]["resource_id"] == world["a"]
    assert client.post("/api/v1/editors/duplicates/merge", json={"keep_id": world["a"], "other_id": world["a"]},
                       headers=editor).status_code == 422


def test_not_a_duplicate_is_remembered(client, world):
    editor = world["auth"]["editor"]
    pairs = {frozenset((c["keep_id"], c["other_id"])) for c in client.get("/api/v1/editors/duplicates", headers=editor).json()}
    assert frozenset((world["a"], world["b"])) in pairs
    r = client.post("/api/v1/editors/duplicates/not-duplicate", json={"first_id": world["b"], "second_id": world["a"]}, headers=editor)
    assert r.status_code == 200
    assert client.post("/api/v1/editors/duplicates/not-duplicate", json={"first_id": world["a"], "second_id": world["b"]},
                       headers=editor).status_code == 200  # twice is fine
    pairs = {frozenset((c["keep_id"], c["other_id"])) for c in client.get("/api/v1/editors/duplicates", headers=editor).json()}
    assert frozenset((world["a"], world["b"])) not in pairs
    r = client.post("/api/v1/editors/duplicates/not-duplicate", json={"first_id": world["a"], "second_id": world["org"]}, headers=editor)
    assert r.status_code == 404


def test_duplicate_suggestions_are_found_once_per_version_of_the_data(client, ctx, world):
    from sociale_kaart.editors import duplicates as dup

    editor = world["auth"]["editor"]
    first = client.get("/api/v1/editors/duplicates", headers=editor).json()
    found = dup._found[str(ctx.engine.url)][1]
    assert client.get("/api/v1/editors/duplicates", headers=editor).json() == first
    assert client.get("/api/v1/editors/summary", headers=editor).json()["duplicate_suggestions"] == len(first)
    assert dup._found[str(ctx.engine.url)][1] is found  # nothing changed: not searched again
    c = f.service("Maatjesproject Samen op Pad", org=f.organization("Buurtwerk Samen"), phones=[{"id": f.uid(), "number": "035-1234567"}])
    assert client.post("/api/v1/services", json=c, headers=world["auth"]["admin"]).status_code == 201
    after = client.get("/api/v1/editors/duplicates", headers=editor).json()
    assert any(c["id"] in (x["keep_id"], x["other_id"]) for x in after) and len(after) > len(first)
    assert client.get("/api/v1/editors/summary", headers=editor).json()["duplicate_suggestions"] == len(after)


def test_accounts_and_keys(client, world):
    editor = world["auth"]["editor"]
    accounts = client.get("/api/v1/editors/accounts", headers=editor).json()
    anna = next(a for a in accounts if a["email"] == "anna@samen.example")
    assert "password_hash" not in anna and anna["active"] is True
    assert client.post(f"/api/v1/editors/accounts/{anna['id']}/disable", headers=editor).json() == {"id": anna["id"], "active": False}
    assert f.post_form(client, "/partner/inloggen", {"email": "anna@samen.example", "password": "een-goed-wachtwoord"},
                       follow_redirects=False).status_code == 401
    keys = client.get("/api/v1/editors/keys", headers=editor).json()
    assert all("key_hash" not in k for k in keys)
    admin_key = next(k for k in keys if k["role"] == "admin")
    assert client.post(f"/api/v1/editors/keys/{admin_key['id']}/revoke", headers=editor).status_code == 403
    partner_key = next(k for k in keys if k["role"] == "partner")
    assert client.post(f"/api/v1/editors/keys/{partner_key['id']}/revoke", headers=world["auth"]["admin"]).status_code == 200
    assert client.get("/api/v1/feedback", headers=world["auth"]["partner"]).status_code == 401
    assert client.post("/api/v1/editors/keys/00000000-0000-4000-8000-000000000000/revoke", headers=editor).status_code == 404
