"""The partner's referral inbox on both engines: newest first, answer, decline with a reason, progress;
only the organisation's own referrals, and nothing of the intake beyond what the referral carries."""

from __future__ import annotations

import re

from tests import factories as f
from tests.referrals.conftest import PASSWORD, case_with_item, send

INBOX = "/partner/verwijzingen"


def sign_in(client, email: str):
    r = f.post_form(client, "/partner/inloggen", {"email": email, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 303, r.text


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_the_partner_answers_in_the_inbox_and_the_team_sees_it(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    sign_in(client, world["accounts"]["buurt"])
    dashboard = client.get("/partner").text
    assert "1 wacht op uw antwoord" in dashboard and 'href="/partner/verwijzingen"' in dashboard
    inbox = client.get(INBOX)
    assert inbox.status_code == 200 and "HH-2026-001, Truus" in inbox.text and "1 wacht op uw antwoord" in inbox.text
    page = client.get(f"{INBOX}/{ref['id']}")
    assert page.status_code == 200 and "Mevrouw wil graag hulp bij boodschappen." in page.text
    for secret in ("schulden", "Financiën", "ZRM", "Score", "Geen netwerk", "Postcode"):
        assert secret not in page.text and secret not in inbox.text, secret
    token = csrf_of(page.text)
    r = client.post(f"{INBOX}/{ref['id']}", data={"csrf": token, "status": "accepted"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].endswith("?klaar=status")
    r = client.post(f"{INBOX}/{ref['id']}", data={"csrf": token, "status": "in-progress", "reason": "Piet komt dinsdag"},
                    follow_redirects=True)
    assert "Dank u wel!" in r.text and "Gestart" in r.text and "Piet komt dinsdag" in r.text
    got = client.get(f"/api/v1/referrals/{ref['id']}", headers=world["anna"]).json()
    assert got["status"] == "in-progress" and got["history"][-1]["by"] == "anna@buurtkracht.example"
    assert "wacht op uw antwoord" not in client.get("/partner").text


def test_a_decline_without_reason_is_explained_and_changes_nothing(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    sign_in(client, world["accounts"]["buurt"])
    token = csrf_of(client.get(f"{INBOX}/{ref['id']}").text)
    r = client.post(f"{INBOX}/{ref['id']}", data={"csrf": token, "status": "rejected", "reason": "  "})
    assert r.status_code == 422 and "Schrijf kort op waarom" in r.text and 'aria-invalid="true"' in r.text
    r = client.post(f"{INBOX}/{ref['id']}", data={"csrf": token, "status": "completed"})
    assert r.status_code == 409 and "Dit kan nu niet meer" in r.text
    r = client.post(f"{INBOX}/{ref['id']}", data={"csrf": "wrong", "status": "accepted"})
    assert r.status_code == 403
    assert client.get(f"/api/v1/referrals/{ref['id']}", headers=world["anna"]).json()["status"] == "requested"
    r = client.post(f"{INBOX}/{ref['id']}", data={"csrf": token, "status": "rejected", "reason": "Wij zitten vol"},
                    follow_redirects=True)
    assert "Afgewezen" in r.text and "Wij zitten vol" in r.text
    assert "Er staan geen verwijzingen open" in client.get(INBOX).text
    assert "HH-2026-001" in client.get(f"{INBOX}?toon=closed").text


def test_another_organisation_sees_nothing_and_others_are_sent_away(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    case2, item2 = case_with_item(client, world, service="other", code="HH-2026-002")
    own = send(client, world, case2, item2["id"]).json()
    assert client.get(INBOX, follow_redirects=False).headers["location"] == "/partner/inloggen"
    sign_in(client, world["accounts"]["hulp"])
    listed = client.get(f"{INBOX}?toon=all").text
    assert "HH-2026-002" in listed and "HH-2026-001" not in listed
    assert client.get(f"{INBOX}/{ref['id']}").status_code == 404
    token = csrf_of(client.get(f"{INBOX}/{own['id']}").text)
    assert client.post(f"{INBOX}/{ref['id']}", data={"csrf": token, "status": "accepted"}).status_code == 404
    assert client.get(f"/api/v1/referrals/{ref['id']}", headers=world["anna"]).json()["status"] == "requested"


def test_the_inbox_in_english(client, ctx, world):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    sign_in(client, world["accounts"]["buurt"])
    page = client.get(f"/en{INBOX}/{ref['id']}")
    assert page.status_code == 200 and "Yes, we are glad to help" in page.text and 'lang="en"' in page.text


def test_the_demo_partner_finds_a_referral_waiting(ctx):
    from sociale_kaart.cli import _demo_accounts
    from sociale_kaart.directory import schemas as s
    from sociale_kaart.partners.service import DEMO_PARTNER, authenticate
    from sociale_kaart.referrals.service import Referrals
    from tests import factories as f

    org = f.organization("Stichting Buurtkracht Huizen")
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in (f.service("Maatjesproject Samen Op Pad", org=org, life_domains=("social_network",)),
                     f.service("Huisbezoek 75+", org=org, life_domains=("social_network", "instrumental_adl"))):
            d.save_service(s.convert(data, s.Service))
    _demo_accounts(ctx)
    with ctx.sessions() as session:
        partner = authenticate(session, *DEMO_PARTNER)
        total, [ref] = Referrals(ctx, session, partner).list()
        assert (total, ref.status, ref.service_name, ref.code) == (1, "requested", "Huisbezoek 75+", "HH-DEMO-001")
