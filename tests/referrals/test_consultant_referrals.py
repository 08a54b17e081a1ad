"""The referral on the consultant's plan (pages under /consulent) on both engines: the send form with
consent, the status with its history, cancelling, the next option at once after a decline, the
unanswered referrals on the start page and the partners' figures on the team view."""

from __future__ import annotations

from datetime import timedelta

from sociale_kaart import mail
from sociale_kaart.referrals.models import Referral
from tests.referrals.conftest import case_with_item, move
from tests.referrals.test_referral_pages import csrf_of, sign_in


def test_send_from_the_plan_with_consent_and_follow_it(client, ctx, world):
    case, item = case_with_item(client, world)
    sign_in(client, world["accounts"]["noord"])
    page = client.get(f"/consulent/huishouden/{case}")
    assert page.status_code == 200 and "Verwijzen naar Boodschappendienst Buurtkracht" in page.text
    assert "Ik kan geen boodschappen meer doen" in page.text  # the question is offered as the message
    token = csrf_of(page.text)
    url = f"/consulent/huishouden/{case}/plan/{item['id']}/verwijzen"
    r = client.post(url, data={"csrf": token, "contact": "phone", "first_name": "Truus", "message": "Graag bellen"})
    assert r.status_code == 422 and "Vraag eerst toestemming" in r.text and 'class="error-summary"' in r.text
    assert client.get("/api/v1/referrals", headers=world["anna"]).json()["contents"] == []
    r = client.post(url, data={"csrf": token, "consent": "yes", "contact": "visit", "first_name": "Truus",
                               "message": "Graag bellen op 06-12345678"}, follow_redirects=False)
    assert r.status_code == 303 and "klaar=verwezen" in r.headers["location"]
    page = client.get(r.headers["location"]).text
    assert "De verwijzing is verstuurd" in page and "Nieuw: wacht op antwoord" in page and "Verwijzing intrekken" in page
    [ref] = client.get("/api/v1/referrals", headers=world["anna"]).json()["contents"]
    assert (ref["contact"], ref["first_name"], ref["message"]) == ("visit", "Truus", "Graag bellen op 06-12345678")
    assert ref["consent_by"] == "carla@noord.example"
    move(client, world["buurt"], ref["id"], "accepted")
    move(client, world["buurt"], ref["id"], "in-progress", "Piet komt dinsdag")
    page = client.get(f"/consulent/huishouden/{case}").text
    assert "Gestart" in page and "Piet komt dinsdag" in page and "Buurtkracht" in page


def test_a_decline_shows_the_reason_and_the_next_option_at_once(client, ctx, world):
    case, item = case_with_item(client, world)
    sign_in(client, world["accounts"]["noord"])
    token = csrf_of(client.get(f"/consulent/huishouden/{case}").text)
    client.post(f"/consulent/huishouden/{case}/plan/{item['id']}/verwijzen", data={"csrf": token, "consent": "yes", "contact": "phone"})
    [ref] = client.get("/api/v1/referrals", headers=world["anna"]).json()["contents"]
    assert move(client, world["buurt"], ref["id"], "rejected", "Wij zitten vol tot maart").status_code == 200
    page = client.get(f"/consulent/huishouden/{case}").text
    assert "Afgewezen" in page and "Wij zitten vol tot maart" in page
    [told] = [x for x in mail.outbox(ctx.settings) if x["To"] == "carla@noord.example"]  # the sender hears of it
    assert told["Subject"] == "Verwijzing HH-2026-001: de organisatie kan niet helpen, kies een volgende mogelijkheid"
    assert f"/consulent/huishouden/{case}#verwijzing-{item['id']}" in told.get_content()
    assert "Wij zitten vol" not in told.get_content()
    next_part = page.split("Volgende mogelijkheid voor dit leefgebied")[1].split("</ul>")[0]
    assert "Boodschappenmaatje Oost" in next_part and "Boodschappendienst Buurtkracht" not in next_part
    assert f'value="{world["svc"]["other"]}"' in next_part  # one click puts it in the plan
    assert "Verwijzen naar Boodschappendienst Buurtkracht" not in page  # never the declined service again
    token = csrf_of(page)
    r = client.post(f"/consulent/huishouden/{case}/plan", data={"csrf": token, "service_id": world["svc"]["other"],
                                                               "life_domain": "instrumental_adl"}, follow_redirects=True)
    assert "Verwijzen naar Boodschappenmaatje Oost" in r.text  # the next option is in the plan, ready to refer
    assert "Volgende mogelijkheid voor dit leefgebied" not in r.text  # followed up: no more suggestions there


def test_cancel_from_the_plan(client, ctx, world):
    case, item = case_with_item(client, world)
    sign_in(client, world["accounts"]["noord"])
    token = csrf_of(client.get(f"/consulent/huishouden/{case}").text)
    client.post(f"/consulent/huishouden/{case}/plan/{item['id']}/verwijzen", data={"csrf": token, "consent": "yes", "contact": "phone"})
    [ref] = client.get("/api/v1/referrals", headers=world["anna"]).json()["contents"]
    r = client.post(f"/consulent/huishouden/{case}/verwijzing/{ref['id']}/intrekken", data={"csrf": token}, follow_redirects=True)
    assert "De verwijzing is ingetrokken" in r.text and "Ingetrokken" in r.text
    assert "Verwijzen naar Boodschappendienst Buurtkracht" in r.text  # it may be sent again
    r = client.post(f"/consulent/huishouden/{case}/verwijzing/{ref['id']}/intrekken", data={"csrf": token})
    assert r.status_code == 409


def test_start_page_and_team_view_show_how_partners_answer(client, ctx, world):
    case, item = case_with_item(client, world)
    case2, item2 = case_with_item(client, world, service="other", code="HH-2026-002")
    sign_in(client, world["accounts"]["noord"])
    token = csrf_of(client.get(f"/consulent/huishouden/{case}").text)
    for c, i in ((case, item), (case2, item2)):
        client.post(f"/consulent/huishouden/{c}/plan/{i['id']}/verwijzen", data={"csrf": token, "consent": "yes", "contact": "phone"})
    refs = {r["service"]["name"]: r for r in client.get("/api/v1/referrals", headers=world["anna"]).json()["contents"]}
    move(client, world["buurt"], refs["Boodschappendienst Buurtkracht"]["id"], "accepted")
    with ctx.sessions() as s:
        row = s.get(Referral, refs["Boodschappenmaatje Oost"]["id"])
        row.created_at -= timedelta(days=14)
        s.commit()
    start = client.get("/consulent").text
    waiting = start.split("Verwijzingen zonder antwoord")[1]
    assert "HH-2026-002: Boodschappenmaatje Oost" in waiting and "Boodschappendienst Buurtkracht" not in waiting
    team = client.get("/consulent/team").text.split('id="figures-h"')[1]
    assert "Buurtkracht" in team and "100% (1/1)" in team and "Hulpdienst Oost" in team


def test_the_referral_on_the_plan_in_english(client, ctx, world):
    case, item = case_with_item(client, world)
    sign_in(client, world["accounts"]["noord"])
    page = client.get(f"/en/consulent/huishouden/{case}").text
    assert "Refer to Boodschappendienst Buurtkracht" in page and "The resident agrees to share these details" in page
    token = csrf_of(page)
    r = client.post(f"/en/consulent/huishouden/{case}/plan/{item['id']}/verwijzen", data={"csrf": token, "contact": "phone"})
    assert r.status_code == 422 and "consent first and tick the box" in r.text
