"""The consultant's pages without JavaScript (TestClient, both engines): sign-in, household,
intake, advice, plan, four-eyes, print, log, team view, and what others may not see."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.service import create_account
from tests import factories as f

PASSWORD = "een-goed-wachtwoord"


@pytest.fixture
def world(ctx):
    org = f.organization("Stichting Rijden voor Elkaar")
    made = {
        "volunteer": f.service("Boodschappendienst", org=org, phones=[{"id": f.uid(), "number": "035 111 22 33"}],
                               application_process="Bel ons op werkdagen."),
        "tailored": f.service("Huishoudelijke hulp op maat", tier="tailored", access="decision", days=None,
                              description="Hulp bij het huishouden en de boodschappen, na een gesprek met de gemeente."),
    }
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in made.values():
            d.save_service(s.convert(data, s.Service))
        for email, team in (("anna@noord.example", "Noord"), ("bram@noord.example", "Noord"), ("zoe@zuid.example", "Zuid")):
            create_account(session, email, "consultant", None, PASSWORD, team=team)
        create_account(session, "partner@rijden.example", "partner", org["id"], PASSWORD)
    return {k: v["id"] for k, v in made.items()}


def sign_in(client, email: str) -> None:
    client.cookies.clear()
    r = f.post_form(client, "/partner/inloggen", {"email": email, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 303, r.text


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def new_household(client, code="HH-PAGE-1") -> str:
    token = csrf_of(client.get("/consulent/nieuw").text)
    r = client.post("/consulent/nieuw", data={"csrf": token, "code": code, "postcode": "1271 AB", "role_0": "resident",
                                              "age_0": "78", "network_available": "no", "budget": "low",
                                              "languages": "nl", "max_distance_km": "5"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return r.headers["location"].split("/huishouden/")[1].split("?")[0]


def test_pages_need_a_consultant(client, world):
    r = client.get("/consulent", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/partner/inloggen"
    sign_in(client, "partner@rijden.example")
    r = client.get("/consulent", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/partner"
    sign_in(client, "anna@noord.example")
    r = client.get("/partner", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/consulent"
    assert "Wijkteam" not in client.get("/consulent").text and "Noord" in client.get("/consulent").text


def test_a_citizen_service_number_is_refused_with_the_typed_values_kept(client, world):
    sign_in(client, "anna@noord.example")
    token = csrf_of(client.get("/consulent/nieuw").text)
    r = client.post("/consulent/nieuw", data={"csrf": token, "code": "111222333", "postcode": "Atlantis", "age_0": "78",
                                              "role_0": "resident"})
    assert r.status_code == 422
    assert "Dit lijkt op een BSN" in r.text and "Deze postcode kennen we niet" in r.text
    assert 'class="error-summary"' in r.text and 'value="Atlantis"' in r.text and 'value="78"' in r.text
    assert "HH-" not in client.get("/consulent").text


def test_intake_advice_plan_approval_print_and_team_view(client, world):
    sign_in(client, "anna@noord.example")
    case_id = new_household(client)
    page = client.get(f"/consulent/huishouden/{case_id}").text
    assert "Huishouden, boodschappen en papieren" in page and "Nog niet besproken" in page
    domain_url = f"/consulent/huishouden/{case_id}/leefgebied/instrumental_adl"
    assert "Sla eerst een score" in client.get(domain_url).text
    bad = client.post(domain_url, data={"csrf": csrf_of(page), "zrm": "7", "question": "boodschappen"})
    assert bad.status_code == 422 and "Kies een score van 1 tot 5" in bad.text and "boodschappen" in bad.text
    r = client.post(domain_url, data={"csrf": csrf_of(page), "zrm": "2", "question": "Ik kan geen boodschappen meer doen",
                                      "own_strength": "Koken lukt"}, follow_redirects=False)
    assert r.status_code == 303
    advice = client.get(domain_url).text
    assert "Boodschappendienst" in advice and "035 111 22 33" in advice and "Bel ons op werkdagen." in advice
    suggested, not_chosen = advice.split("Past bij de vraag, maar niet bij deze situatie")
    assert "Huishoudelijke hulp op maat" not in suggested  # the ladder holds the tailored rung back, and says so
    assert "Huishoudelijke hulp op maat" in not_chosen and "Eerst lichtere hulp" in not_chosen
    everything = client.get(domain_url + "?alle=1").text
    assert "Huishoudelijke hulp op maat" in everything

    token = csrf_of(advice)
    ok = client.post(f"/consulent/huishouden/{case_id}/plan", data={
        "csrf": token, "service_id": world["volunteer"], "life_domain": "instrumental_adl", "who": "Mevrouw belt zelf",
        "start_date": "2026-12-07", "review_date": "2027-01-18"}, follow_redirects=False)
    assert ok.status_code == 303
    no_reason = client.post(f"/consulent/huishouden/{case_id}/plan?alle=1", data={
        "csrf": token, "service_id": world["tailored"], "life_domain": "instrumental_adl", "who": "Thuiszorg"})
    assert no_reason.status_code == 422 and "Schrijf op waarom lichtere hulp niet past" in no_reason.text
    assert 'Thuiszorg</textarea>' in no_reason.text
    client.post(f"/consulent/huishouden/{case_id}/plan", data={
        "csrf": token, "service_id": world["tailored"], "life_domain": "instrumental_adl",
        "motivation": "Geen netwerk en geen vrijwilliger voor zwaar huishoudelijk werk."})
    case_page = client.get(f"/consulent/huishouden/{case_id}").text
    assert "Wacht op akkoord van een collega" in case_page and "U stelde dit zelf voor" in case_page
    assert "Mevrouw belt zelf" in case_page and "18 januari 2027" in case_page

    sign_in(client, "bram@noord.example")
    start = client.get("/consulent").text
    assert "Wacht op uw akkoord" in start and "HH-PAGE-1: Huishoudelijke hulp op maat" in start
    case_page = client.get(f"/consulent/huishouden/{case_id}").text
    item_id = re.search(r'/plan/([0-9a-f-]{36})/besluit', case_page).group(1)
    decide = f"/consulent/huishouden/{case_id}/plan/{item_id}/besluit"
    refused = client.post(decide, data={"csrf": csrf_of(case_page), "decision": "reject", "note": ""})
    assert refused.status_code == 422 and "Schrijf op waarom u nee zegt" in refused.text
    assert client.post(decide, data={"csrf": csrf_of(case_page), "decision": "approve", "note": "Akkoord"},
                       follow_redirects=False).status_code == 303
    assert "Goedgekeurd" in client.get(f"/consulent/huishouden/{case_id}").text

    printed = client.get(f"/consulent/huishouden/{case_id}/afdrukken").text
    assert "Uw plan" in printed and "Boodschappendienst" in printed and "035 111 22 33" in printed
    assert "Huishoudelijke hulp op maat" in printed and "Mevrouw belt zelf" in printed
    for secret in ("ZRM", "Score", "Ik kan geen boodschappen meer doen", "Koken lukt", "Geen netwerk en geen vrijwilliger"):
        assert secret not in printed

    team = client.get("/consulent/team").text
    assert "2 besluiten in deze periode" in team and "Huishoudelijke hulp op maat" in team
    assert re.search(r"<td>0 / 1</td>", team)  # Bram approved none of his own; the team agreed one
    log = client.get(f"/consulent/huishouden/{case_id}/logboek").text
    assert "bram@noord.example" in log and "anna@noord.example" in log and "print" in log


def test_other_team_gets_404_and_forms_need_the_csrf_token(client, world):
    sign_in(client, "anna@noord.example")
    case_id = new_household(client)
    sign_in(client, "zoe@zuid.example")
    for path in ("", "/gegevens", "/leefgebied/finances", "/afdrukken", "/logboek", "/export",
                 "/vergelijk?leefgebied=finances&dienst=x"):
        assert client.get(f"/consulent/huishouden/{case_id}{path}").status_code == 404, path
    token = csrf_of(client.get("/consulent/nieuw").text)
    assert client.post(f"/consulent/huishouden/{case_id}/wissen", data={"csrf": token, "confirm": "yes"}).status_code == 404
    sign_in(client, "anna@noord.example")
    assert client.post(f"/consulent/huishouden/{case_id}/afsluiten", data={"csrf": "wrong"}).status_code == 403
    assert "HH-PAGE-1" in client.get("/consulent").text


def test_export_close_and_erase_from_the_pages(client, world):
    sign_in(client, "anna@noord.example")
    case_id = new_household(client, "HH-ERASE")
    export = client.get(f"/consulent/huishouden/{case_id}/export")
    assert export.status_code == 200 and export.json()["case"]["code"] == "HH-ERASE"
    assert "attachment" in export.headers["content-disposition"]
    token = csrf_of(client.get("/consulent/nieuw").text)
    unconfirmed = client.post(f"/consulent/huishouden/{case_id}/wissen", data={"csrf": token})
    assert unconfirmed.status_code == 422 and "Vink aan" in unconfirmed.text
    client.post(f"/consulent/huishouden/{case_id}/afsluiten", data={"csrf": token})
    assert "Afgesloten" in client.get(f"/consulent/huishouden/{case_id}").text
    assert client.post(f"/consulent/huishouden/{case_id}/wissen", data={"csrf": token, "confirm": "yes"},
                       follow_redirects=False).status_code == 303
    assert client.get(f"/consulent/huishouden/{case_id}").status_code == 404


def test_acute_score_shows_the_crisis_route_first_and_review_dates_show_on_the_start_page(client, ctx, world):
    crisis = f.service("Crisisdienst Gooi", tier="specialist", life_domains=("housing",), crisis=True, days=None,
                       phones=[{"id": f.uid(), "number": "0800 1234"}])
    shelter_volunteer = f.service("Logeeradres bij vrijwilligers", tier="volunteer", life_domains=("housing",))
    with ctx.sessions() as session:
        for data in (crisis, shelter_volunteer):
            ctx.directory(session).save_service(s.convert(data, s.Service))
    sign_in(client, "anna@noord.example")
    case_id = new_household(client)
    url = f"/consulent/huishouden/{case_id}/leefgebied/housing"
    token = csrf_of(client.get(url).text)
    client.post(url, data={"csrf": token, "zrm": "1", "question": "Ik moet vannacht mijn huis uit"})
    page = client.get(url).text
    assert page.index("Eerst veiligheid") < page.index("Crisisdienst Gooi") and "0800 1234" in page
    assert "Logeeradres bij vrijwilligers" not in page.split("Past bij de vraag, maar niet bij deze situatie")[0]

    soon = (date.today() + timedelta(days=3)).isoformat()
    client.post(f"/consulent/huishouden/{case_id}/plan", data={
        "csrf": token, "service_id": world["volunteer"], "life_domain": "instrumental_adl", "review_date": soon})
    start = client.get("/consulent").text
    assert "Evaluaties in de komende twee weken" in start and "HH-PAGE-1: Boodschappendienst" in start


def test_the_workspace_speaks_english_too(client, world):
    client.cookies.clear()
    r = f.post_form(client, "/en/partner/inloggen", {"email": "anna@noord.example", "password": PASSWORD}, follow_redirects=False)
    assert r.headers["location"] == "/en/consulent"
    page = client.get("/en/consulent").text
    assert "Consultant workspace" in page and 'href="/en/consulent/nieuw"' in page and 'lang="en"' in page
