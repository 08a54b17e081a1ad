"""Moderation as INTERFACES.md "Concurrency and moderation" says (both engines): a partner's
write to a moderated organisation waits (202), public reads stay; editors approve (409 when the
record changed since) or reject with a message the partner sees."""

from __future__ import annotations

import pytest

from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.service import create_key
from tests import factories as f


@pytest.fixture
def world(ctx):
    org = f.organization("Stichting Samen op Pad")
    other = f.organization("Buurtwerk Oost")
    svc = f.service("Maatjesproject Samen op Pad", org=org)
    theirs = f.service("Klussendienst Oost", org=other)
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in (svc, theirs):
            d.save_service(s.convert(data, s.Service))
        keys = {role: create_key(session, role, f"test {role}", org["id"] if role == "partner" else None)
                for role in ("editor", "partner", "importer")}
        keys["other_partner"] = create_key(session, "partner", "other partner", other["id"])
    return {"org": org["id"], "other": other["id"], "service": svc["id"], "theirs": theirs["id"],
            "location": svc["service_at_locations"][0]["location"]["id"],
            "auth": {k: {"Authorization": f"Bearer {v}"} for k, v in keys.items()}}


def moderate(client, w, on=True):
    r = client.put(f"/api/v1/organizations/{w['org']}/moderation", json={"moderated": on}, headers=w["auth"]["editor"])
    assert r.status_code == 200, r.text
    assert r.json() == {"organization_id": w["org"], "moderated": on}


def test_only_editors_and_admins_switch_moderation(client, world, auth):
    for who in ("partner", "importer"):
        r = client.put(f"/api/v1/organizations/{world['org']}/moderation", json={"moderated": True}, headers=world["auth"][who])
        assert r.status_code == 403 and r.json()["status_code"] == 403
    assert client.put(f"/api/v1/organizations/{world['org']}/moderation", json={"moderated": True}).status_code == 401
    r = client.put(f"/api/v1/organizations/{world['org']}/moderation", json={"moderated": "yes"}, headers=auth)
    assert r.status_code == 400 and r.json()["extra"]
    r = client.put("/api/v1/organizations/00000000-0000-4000-8000-000000000000/moderation", json={"moderated": True}, headers=auth)
    assert r.status_code == 404


def test_partner_write_to_moderated_organization_waits_and_public_reads_stay(client, world):
    moderate(client, world)
    before = client.get(f"/api/v1/services/{world['service']}").json()
    r = client.patch(f"/api/v1/services/{world['service']}", json={"description": "Nieuwe tekst van de partner."},
                     headers=world["auth"]["partner"])
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["status"] == "pending" and body["change_id"]
    assert client.get(f"/api/v1/services/{world['service']}").json()["description"] == before["description"]
    # the partner sees its own change, an editor sees it with old and new values
    mine = client.get("/api/v1/changes?status=pending", headers=world["auth"]["partner"]).json()
    assert [c["id"] for c in mine["contents"]] == [body["change_id"]]
    assert client.get("/api/v1/changes", headers=world["auth"]["other_partner"]).json()["total_items"] == 0
    page = client.get("/api/v1/changes?status=pending", headers=world["auth"]["editor"]).json()
    change = next(c for c in page["contents"] if c["id"] == body["change_id"])
    assert change["resource_type"] == "service" and change["resource_id"] == world["service"]
    assert change["organization_id"] == world["org"] and change["status"] == "pending" and change["author"].startswith("key:")
    assert change["fields"] == {"description": {"old": before["description"], "new": "Nieuwe tekst van de partner."}}
    assert {"id", "created", "total_items"} <= set(change) | set(page)
    # approve applies it
    r = client.post(f"/api/v1/changes/{body['change_id']}/approve", headers=world["auth"]["editor"])
    assert r.status_code == 200 and r.json()["status"] == "approved"
    assert client.get(f"/api/v1/services/{world['service']}").json()["description"] == "Nieuwe tekst van de partner."
    assert client.post(f"/api/v1/changes/{body['change_id']}/approve", headers=world["auth"]["editor"]).status_code == 409


def test_approve_is_409_when_the_record_changed_since(client, world):
    moderate(client, world)
    change_id = client.patch(f"/api/v1/services/{world['service']}", json={"name": "Maatjes project Samen op pad"},
                             headers=world["auth"]["partner"]).json()["change_id"]
    r = client.patch(f"/api/v1/services/{world['service']}", json={"description": "De redactie paste dit aan."},
                     headers=world["auth"]["editor"])
    assert r.status_code == 200  # editors' own writes apply directly
    r = client.post(f"/api/v1/changes/{change_id}/approve", headers=world["auth"]["editor"])
    assert r.status_code == 409 and r.json()["status_code"] == 409 and r.json()["extra"][0]["key"] == "resource_id"
    svc = client.get(f"/api/v1/services/{world['service']}").json()
    assert svc["name"] == "Maatjesproject Samen op Pad" and svc["description"] == "De redactie paste dit aan."
    assert client.get(f"/api/v1/changes/{change_id}", headers=world["auth"]["editor"]).json()["status"] == "pending"


def test_reject_keeps_the_record_and_the_partner_reads_the_message(client, world):
    moderate(client, world)
    change_id = client.delete(f"/api/v1/services/{world['service']}", headers=world["auth"]["partner"]).json()["change_id"]
    assert client.get(f"/api/v1/services/{world['service']}").json()["status"] == "active"
    r = client.post(f"/api/v1/changes/{change_id}/reject", json={"message": "Bel ons even, dan kijken we samen."},
                    headers=world["auth"]["partner"])
    assert r.status_code == 403
    r = client.post(f"/api/v1/changes/{change_id}/reject", json={"message": "Bel ons even, dan kijken we samen."},
                    headers=world["auth"]["editor"])
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    mine = client.get("/api/v1/changes?status=rejected", headers=world["auth"]["partner"]).json()["contents"]
    assert mine[0]["message"] == "Bel ons even, dan kijken we samen." and mine[0]["fields"]["status"]["new"] == "inactive"
    assert client.get(f"/api/v1/services/{world['service']}").json()["status"] == "active"
    assert client.post(f"/api/v1/changes/{change_id}/reject", json={"message": "x"}, headers=world["auth"]["editor"]).status_code == 409


def test_new_service_location_and_organization_writes_wait_too(client, world):
    moderate(client, world)
    new = f.service("Taalcafé Samen", org={"id": world["org"], "name": "Stichting Samen op Pad"})
    new.pop("organization")
    new["organization_id"] = world["org"]
    r = client.post("/api/v1/services", json=new, headers=world["auth"]["partner"])
    assert r.status_code == 202, r.text
    assert client.get(f"/api/v1/services/{new['id']}").status_code == 404
    r = client.patch(f"/api/v1/organizations/{world['org']}", json={"email": "info@samenoppad.example"}, headers=world["auth"]["partner"])
    assert r.status_code == 202
    r = client.patch(f"/api/v1/locations/{world['location']}", json={"name": "Het Buurthuis"}, headers=world["auth"]["partner"])
    assert r.status_code == 202
    assert client.get(f"/api/v1/locations/{world['location']}").json()["name"] == "Buurthuis De Kern"
    changes = client.get("/api/v1/changes?status=pending", headers=world["auth"]["editor"]).json()["contents"]
    assert {c["resource_type"] for c in changes} == {"service", "organization", "location"}
    for c in changes:
        assert client.post(f"/api/v1/changes/{c['id']}/approve", headers=world["auth"]["editor"]).status_code == 200
    assert client.get(f"/api/v1/services/{new['id']}").json()["name"] == "Taalcafé Samen"
    assert client.get(f"/api/v1/locations/{world['location']}").json()["name"] == "Het Buurthuis"


def test_moderation_does_not_let_a_partner_queue_changes_for_another_organization(client, world):
    moderate(client, world)
    r = client.patch(f"/api/v1/services/{world['service']}", json={"name": "Van een ander"}, headers=world["auth"]["other_partner"])
    assert r.status_code == 403
    r = client.patch(f"/api/v1/services/{world['service']}", json={"minimum_age": "oud"}, headers=world["auth"]["partner"])
    assert r.status_code in (400, 422) and r.json()["extra"]
    assert client.get("/api/v1/changes", headers=world["auth"]["editor"]).json()["total_items"] == 0


def test_unmoderated_partner_writes_apply_directly_and_changes_list_needs_a_fitting_key(client, world):
    r = client.patch(f"/api/v1/services/{world['service']}", json={"description": "Direct op de kaart."}, headers=world["auth"]["partner"])
    assert r.status_code == 200
    assert client.get(f"/api/v1/services/{world['service']}").json()["description"] == "Direct op de kaart."
    assert client.get("/api/v1/changes", headers=world["auth"]["importer"]).status_code == 403
    assert client.get("/api/v1/changes").status_code == 401
    assert client.get("/api/v1/changes?status=maybe", headers=world["auth"]["editor"]).status_code == 400
    assert client.post("/api/v1/changes/00000000-0000-4000-8000-000000000000/approve", headers=world["auth"]["editor"]).status_code == 404
    # the change log lists the partner's change
    log = client.get(f"/api/v1/editors/recent-changes?organization_id={world['org']}&field=description",
                     headers=world["auth"]["editor"]).json()
    assert log["contents"][0]["new"] == "Direct op de kaart." and log["contents"][0]["name"] == "Maatjesproject Samen op Pad"
