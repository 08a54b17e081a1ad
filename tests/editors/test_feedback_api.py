"""Feedback handling as INTERFACES.md says (both engines): editors mark messages handled with a
note; a partner key lists the messages on its own organisation's services without the sender's
e-mail address; importer keys get 403."""

from __future__ import annotations

import pytest

from sociale_kaart.directory import schemas as s
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners.service import create_key
from tests import factories as f


@pytest.fixture
def world(ctx):
    org, other = f.organization("Stichting Buurtkracht"), f.organization("Welzijn Oost")
    mine, theirs = f.service("Boodschappendienst", org=org), f.service("Klussendienst", org=other)
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in (mine, theirs):
            d.save_service(s.convert(data, s.Service))
        about_mine = feedback.submit(session, mine["id"], "Het telefoonnummer klopt niet meer.", "bewoner@example.nl")
        about_theirs = feedback.submit(session, theirs["id"], "Ze zijn verhuisd.")
        keys = {role: create_key(session, role, role, org["id"] if role == "partner" else None) for role in ("editor", "partner", "importer")}
    return {"mine": about_mine, "theirs": about_theirs, "org": org["id"],
            "auth": {k: {"Authorization": f"Bearer {v}"} for k, v in keys.items()}}


def test_editor_marks_feedback_handled_with_a_note(client, world):
    r = client.patch(f"/api/v1/feedback/{world['mine']}", json={"handled": True, "note": "Nummer aangepast."}, headers=world["auth"]["editor"])
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["handled"] is True and body["note"] == "Nummer aangepast." and body["handled_by"].startswith("key:editor")
    assert body["handled_at"] and body["organization_name"] == "Stichting Buurtkracht"
    open_only = client.get("/api/v1/feedback?handled=false", headers=world["auth"]["editor"]).json()
    assert [x["id"] for x in open_only["contents"]] == [world["theirs"]]
    r = client.patch(f"/api/v1/feedback/{world['mine']}", json={"handled": False}, headers=world["auth"]["editor"])
    assert r.json()["handled"] is False and r.json()["handled_by"] is None and r.json()["note"] == "Nummer aangepast."


def test_bad_feedback_patches_are_4xx_with_the_error_body(client, world):
    editor = world["auth"]["editor"]
    r = client.patch(f"/api/v1/feedback/{world['mine']}", json={"handled": "ja"}, headers=editor)
    assert r.status_code == 400 and r.json()["status_code"] == 400 and r.json()["extra"]
    r = client.patch(f"/api/v1/feedback/{world['mine']}", json={"note": "x" * 4001}, headers=editor)
    assert r.status_code == 422 and r.json()["extra"][0]["key"] == "note"
    r = client.patch(f"/api/v1/feedback/{world['mine']}", json={"colour": "blue"}, headers=editor)
    assert r.status_code == 400
    r = client.patch("/api/v1/feedback/00000000-0000-4000-8000-000000000000", json={"handled": True}, headers=editor)
    assert r.status_code == 404
    assert client.patch(f"/api/v1/feedback/{world['mine']}", json={"handled": True}).status_code == 401
    for who in ("partner", "importer"):
        r = client.patch(f"/api/v1/feedback/{world['mine']}", json={"handled": True}, headers=world["auth"][who])
        assert r.status_code == 403 and r.json()["status_code"] == 403
    assert client.get("/api/v1/feedback?handled=false", headers=editor).json()["total_items"] == 2


def test_partner_lists_feedback_on_its_own_services_without_email(client, world):
    r = client.get("/api/v1/feedback", headers=world["auth"]["partner"])
    assert r.status_code == 200
    items = r.json()["contents"]
    assert [x["id"] for x in items] == [world["mine"]]
    assert "email" not in items[0] and "note" not in items[0] and items[0]["message"] == "Het telefoonnummer klopt niet meer."
    editor_view = client.get("/api/v1/feedback", headers=world["auth"]["editor"]).json()["contents"]
    assert {x["email"] for x in editor_view} == {"bewoner@example.nl", None}
    assert client.get("/api/v1/feedback", headers=world["auth"]["importer"]).status_code == 403
