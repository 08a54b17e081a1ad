"""Closed-loop referrals on both engines: send with consent, the organisation answers, the team sees
it through; data minimisation for the partner; the state table; the next option after a decline."""

from __future__ import annotations

import json

from sqlalchemy import select

from sociale_kaart import mail
from sociale_kaart.cases.models import CaseLog
from sociale_kaart.referrals.models import Referral
from tests.referrals.conftest import CASES, REFERRALS, case_with_item, move, send


def test_the_whole_loop_send_accept_start_complete(client, ctx, world):
    case, item = case_with_item(client, world)
    r = send(client, world, case, item["id"])
    assert r.status_code == 201, r.text
    ref = r.json()
    assert ref["status"] == "requested" and ref["id"] and ref["code"] == "HH-2026-001" and ref["first_name"] == "Truus"
    assert ref["moves"] == ["cancelled"] and ref["sent_by"] == "Anna" and ref["organization"]["name"] == "Buurtkracht"

    [news] = mail.outbox(ctx.settings)  # the organisation hears of it at once, without personal data
    assert news["To"] == "anna@buurtkracht.example" and news["Subject"] == "Nieuwe verwijzing van het wijkteam"
    assert f"/partner/verwijzingen/{ref['id']}" in news.get_content() and "Truus" not in news.get_content()

    inbox = client.get(REFERRALS, headers=world["buurt"]).json()
    assert [x["id"] for x in inbox["contents"]] == [ref["id"]]
    assert inbox["contents"][0]["moves"] == ["accepted", "rejected"]
    for status in ("accepted", "in-progress", "completed"):
        r = move(client, world["buurt"], ref["id"], status, "Vrijwilliger Piet gaat op dinsdag mee" if status == "in-progress" else "")
        assert r.status_code == 200, r.text
        assert r.json()["status"] == status

    seen = client.get(f"{CASES}/{case}", headers=world["bram"]).json()  # a colleague of the team sees it on the plan
    assert seen["plan"][0]["referral_status"] == "completed"
    mine = client.get(f"{REFERRALS}/{ref['id']}", headers=world["anna"]).json()
    assert [(e["status"], e["party"]) for e in mine["history"]] == [
        ("requested", "consultant"), ("accepted", "partner"), ("in-progress", "partner"), ("completed", "partner")]
    assert mine["history"][2]["reason"] == "Vrijwilliger Piet gaat op dinsdag mee" and mine["history"][1]["by"] == "Buurtkracht"
    log = [e["action"] for e in client.get(f"{CASES}/{case}/log", headers=world["anna"]).json()]
    for action in ("referral sent", "referral accepted", "referral in-progress", "referral completed", "referral read"):
        assert action in log


def test_a_partner_sees_only_what_it_needs(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    one = client.get(f"{REFERRALS}/{ref['id']}", headers=world["buurt"])
    listed = client.get(REFERRALS, headers=world["buurt"]).json()["contents"][0]
    for body in (one.json(), listed):
        assert set(body) == {"id", "code", "first_name", "contact", "message", "service", "status", "history", "created",
                             "updated", "moves"}
        text = json.dumps(body)
        for secret in ("zrm", "finances", "schulden", "instrumental_adl", "life_domain", "postcode", "members", '"age"',
                       "motivation", "Geen netwerk", '"plan', case, item["id"]):
            assert secret not in text, secret


def test_another_organisation_and_another_team_see_nothing(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    assert client.get(f"{REFERRALS}/{ref['id']}", headers=world["hulp"]).status_code == 404
    assert client.get(REFERRALS, headers=world["hulp"]).json()["contents"] == []
    assert move(client, world["hulp"], ref["id"], "accepted").status_code == 404
    assert client.get(f"{REFERRALS}/{ref['id']}", headers=world["zuid"]).status_code == 404
    assert move(client, world["zuid"], ref["id"], "cancelled").status_code == 404
    assert client.get(REFERRALS, headers=world["editor"]).status_code == 403
    assert client.get(REFERRALS).status_code == 401
    assert client.get(f"{REFERRALS}/{ref['id']}", headers=world["buurt"]).json()["status"] == "requested"


def test_a_decline_needs_a_reason_and_brings_the_next_option(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    r = move(client, world["buurt"], ref["id"], "rejected")
    assert r.status_code == 422 and r.json()["extra"][0]["key"] == "reason"
    assert client.get(f"{REFERRALS}/{ref['id']}", headers=world["anna"]).json()["status"] == "requested"
    r = move(client, world["buurt"], ref["id"], "rejected", "Wij zitten vol tot maart")
    assert r.status_code == 200 and r.json()["history"][-1]["reason"] == "Wij zitten vol tot maart"

    alt = client.get(f"{CASES}/{case}/plan/{item['id']}/alternatives", headers=world["anna"])
    assert alt.status_code == 200, alt.text
    offered = [s["id"] for t in alt.json()["tiers"] for s in t["suggestions"]]
    assert world["svc"]["other"] in offered and world["svc"]["shopping"] not in offered
    assert client.get(f"{CASES}/{case}", headers=world["anna"]).json()["plan"][0]["referral_status"] == "rejected"
    # the declined service is never referred again for this household
    assert send(client, world, case, item["id"]).status_code == 409


def test_an_impossible_move_is_a_409_with_the_allowed_moves(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    r = move(client, world["buurt"], ref["id"], "completed")
    assert r.status_code == 409
    body = r.json()
    assert body["status_code"] == 409 and body["allowed"] == ["accepted", "rejected", "cancelled"] and body["current"] == "requested"
    assert body["extra"][0]["key"] == "status" and "accepted, rejected, cancelled" in body["extra"][0]["message"]
    assert move(client, world["buurt"], ref["id"], "flying").status_code == 422
    assert client.get(f"{REFERRALS}/{ref['id']}", headers=world["buurt"]).json()["status"] == "requested"


def test_the_team_may_only_cancel_and_the_partner_may_not_cancel(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    assert move(client, world["anna"], ref["id"], "accepted").status_code == 403
    assert move(client, world["buurt"], ref["id"], "cancelled").status_code == 403
    r = move(client, world["bram"], ref["id"], "cancelled", "Mevrouw heeft zelf hulp gevonden")
    assert r.status_code == 200 and r.json()["status"] == "cancelled"
    r = move(client, world["buurt"], ref["id"], "accepted")
    assert r.status_code == 409 and r.json()["allowed"] == []
    assert send(client, world, case, item["id"]).status_code == 201  # after a cancel the item may be referred again


def test_bad_input_when_sending(client, ctx, world):
    case, item = case_with_item(client, world)
    for body in ({"consent": False}, {"consent": None}):
        r = send(client, world, case, item["id"], **body)
        assert r.status_code == 422 and r.json()["extra"][0]["key"] == "consent", r.text
    r = client.post(f"{CASES}/{case}/plan/{item['id']}/referral", headers=world["anna"], json={"contact": "phone"})
    assert r.status_code == 422 and r.json()["extra"][0]["key"] == "consent"
    r = send(client, world, case, item["id"], contact="pigeon")
    assert r.status_code == 422 and r.json()["extra"][0]["key"] == "contact"
    assert send(client, world, case, "no-such-item").status_code == 404
    r = client.post(f"{CASES}/{case}/plan/{item['id']}/referral", headers=world["buurt"], json={"consent": True, "contact": "phone"})
    assert r.status_code == 403
    with ctx.sessions() as s:
        assert s.scalars(select(Referral)).all() == []
    assert send(client, world, case, item["id"]).status_code == 201
    assert send(client, world, case, item["id"]).status_code == 409  # one open referral per plan item


def test_an_item_awaiting_approval_cannot_be_referred(client, ctx, world):
    case, item = case_with_item(client, world, service="tailored")
    assert item["status"] == "awaiting_approval"
    r = send(client, world, case, item["id"])
    assert r.status_code == 409 and r.json()["extra"][0]["key"] == "status"
    assert client.post(f"{CASES}/{case}/plan/{item['id']}/reject", headers=world["bram"], json={"note": "Eerst vrijwilligers"}).status_code == 200
    assert send(client, world, case, item["id"]).status_code == 409


def test_erasing_the_case_erases_its_referrals(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    move(client, world["buurt"], ref["id"], "accepted")
    assert client.delete(f"{CASES}/{case}", headers=world["anna"]).status_code == 204
    assert client.get(f"{REFERRALS}/{ref['id']}", headers=world["buurt"]).status_code == 404
    with ctx.sessions() as s:
        assert s.get(Referral, ref["id"]) is None
        assert [x.action for x in s.scalars(select(CaseLog).where(CaseLog.case_id == case))] == ["erase"]


def test_a_mail_that_cannot_be_sent_does_not_undo_the_referral(client, ctx, world):
    from dataclasses import replace

    from litestar.testing import TestClient

    from sociale_kaart.app import create_app
    from sociale_kaart.context import Context

    case, item = case_with_item(client, world)
    broken = Context(replace(ctx.settings, smtp_url="smtp://127.0.0.1:9"))  # nothing listens there
    try:
        with TestClient(create_app(broken.settings, broken)) as c:
            r = send(c, world, case, item["id"])
            assert r.status_code == 201, r.text
            assert move(c, world["buurt"], r.json()["id"], "accepted").status_code == 200
    finally:
        broken.close()
    assert client.get(f"{REFERRALS}/{r.json()['id']}", headers=world["anna"]).json()["status"] == "accepted"


def test_closing_the_case_withdraws_referrals_not_started_and_keeps_those_under_way(client, ctx, world):
    case, item = case_with_item(client, world)
    r = client.post(f"{CASES}/{case}/plan", headers=world["anna"], json={"service_id": world["svc"]["other"],
                                                                          "life_domain": "instrumental_adl"})
    waiting = send(client, world, case, item["id"]).json()
    started = send(client, world, case, r.json()["id"]).json()
    move(client, world["hulp"], started["id"], "accepted")
    move(client, world["hulp"], started["id"], "in-progress")
    assert client.post(f"{CASES}/{case}/close", headers=world["anna"]).status_code == 200
    got = client.get(f"{REFERRALS}/{waiting['id']}", headers=world["buurt"]).json()
    assert got["status"] == "cancelled" and "afgesloten" in got["history"][-1]["reason"] and got["moves"] == []
    assert client.get(f"{REFERRALS}/{started['id']}", headers=world["hulp"]).json()["status"] == "in-progress"
    assert move(client, world["hulp"], started["id"], "completed").status_code == 200  # followed to its end
