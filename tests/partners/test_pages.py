"""The partner pages: everything a partner owns, in forms that keep what was typed and check it all at once."""

import re
from datetime import date, timedelta

import msgspec
import pytest
from sqlalchemy import select

from sociale_kaart import mail
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.editors.moderation import list_changes, set_moderation
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners.service import Actor
from sociale_kaart.partners.forms import valid_phone
from tests import factories as f
from tests.partners.conftest import csrf_of, form_of, sign_in


def edit(client, service_id: str, **changes):
    page = client.get(f"/partner/dienst/{service_id}")
    assert page.status_code == 200, page.text
    data = {**form_of(page.text, f"/partner/dienst/{service_id}"), **changes}
    return client.post(f"/partner/dienst/{service_id}", data=data, follow_redirects=False)


def test_pages_need_a_sign_in(client, two_orgs):
    for path in ("/partner", "/partner/dienst/nieuw", "/partner/organisatie", "/partner/collegas", "/en/partner"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].endswith("/partner/inloggen"), path
    login = client.get("/partner/inloggen").text
    assert "Wachtwoord vergeten?" in login and 'href="/partner/toegang"' in login
    assert 'href="/partner/inloggen"' in client.get("/").text  # the public footer links to the sign-in


def test_wrong_password_is_refused_and_guessing_is_slowed_down(client, two_orgs):
    r = sign_in(client, password="fout")
    assert r.status_code == 401 and "klopt niet" in r.text
    for _ in range(5):
        sign_in(client, password="fout")
    assert "te vaak" in sign_in(client).text  # even the right password waits now


@pytest.mark.parametrize("number", ["035 123 45 67", "06-12345678", "+31 35 1234567", "0031351234567", "112",
                                    "0800 1234", "0900-1234567", "14 035", "(035) 5251234"])
def test_dutch_phone_numbers_are_accepted(number):
    assert valid_phone(number)


@pytest.mark.parametrize("number", ["12345", "035 123 45", "bel ons", "06 123456789", "+31 6 123"])
def test_wrong_phone_numbers_are_refused(number):
    assert not valid_phone(number)


def test_partner_edits_hours_phones_and_details_and_saving_counts_as_checked(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    r = edit(client, mine["id"], **{
        "name": "Boodschappendienst Huizen", "description": "Wij doen boodschappen voor u.",
        "phone-0": "035 123 45 67", "phone-0-desc": "Op werkdagen", "email": "info@buurtkracht.nl", "url": "www.buurtkracht.nl",
        "mo-1-opens": "09:00", "mo-1-closes": "12:00", "mo-2-opens": "13:00", "mo-2-closes": "17:00",
        "tu-1-opens": "", "tu-1-closes": "", "th-1-opens": "", "th-1-closes": "",
        "we-1-opens": "09:00", "we-1-closes": "12:00", "exc-0-from": "2026-12-25", "exc-0-until": "2026-12-26",
        "exc-0-note": "Kerst", "waiting_weeks": "3", "wait_time": "Soms sneller.", "cost": "paid", "amount": "2,50",
        "period": "keer", "capacity": "full", "domain.social_network": "on", "audience.carers": "on", "lang.tr": "on",
        "minimum_age": "18", "access": "registration"})
    assert r.status_code == 303 and r.headers["location"] == "/partner?klaar=saved", r.text
    detail = client.get(f"/dienst/{mine['id']}").text
    for text in ("Boodschappendienst Huizen", "maandag, woensdag", "09:00 tot 12:00", "13:00 tot 17:00", "25 december 2026",
                 "Kerst", "ongeveer 3 weken", "Soms sneller.", "Op dit moment is het vol", "€ 2,50 (per keer)",
                 "https://www.buurtkracht.nl", "Turks", "Vanaf 18 jaar"):
        assert text in detail, text
    assert "dinsdag" not in detail
    with ctx.sessions() as session:
        row = session.get(m.Service, mine["id"])
        assert row.assured_date == date.today().isoformat() and row.waiting_weeks == 3 and row.access == "registration"
        assert sorted(d.code for d in row.life_domains) == ["instrumental_adl", "social_network"]
    again = client.get(f"/partner/dienst/{mine['id']}").text  # the form shows what was stored
    values = form_of(again, f"/partner/dienst/{mine['id']}")
    assert values["mo-2-opens"] == "13:00" and values["exc-0-note"] == "Kerst" and values["audience.carers"] == "on"
    assert values["amount"] == "2,50" and values["period"] == "keer" and values["capacity"] == "full"


def test_all_errors_at_once_beside_their_fields_with_the_typed_values_kept(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    r = edit(client, mine["id"], name="", description="", **{"phone-0": "bel ons", "email": "geen-mail", "url": "niet een adres",
                                                             "mo-1-opens": "09:00", "mo-1-closes": "08:00", "tu-1-opens": "9 uur",
                                                             "waiting_weeks": "veel", "minimum_age": "70", "maximum_age": "12"})
    assert r.status_code == 422
    for field, message in (("name", "Vul een naam in."), ("description", "Vertel kort wat u biedt."),
                           ("phone-0", "Dit telefoonnummer klopt niet"), ("email", "Dit e-mailadres klopt niet"),
                           ("url", "Dit webadres klopt niet"), ("mo-1-closes", "De sluittijd komt na de openingstijd."),
                           ("tu-1-opens", "Vul een tijd in zoals 09:00."), ("waiting_weeks", "Vul een heel getal in"),
                           ("maximum_age", "De hoogste leeftijd")):
        assert f'<p class="field-error" id="{field}-error">{message}' in r.text, field
        assert f'<li><a href="#{field}">{message}' in r.text, field
    assert re.search(r'id="phone-0" name="phone-0" value="bel ons"[^>]*aria-invalid="true"', r.text)
    assert 'value="niet een adres"' in r.text
    with ctx.sessions() as session:
        assert session.get(m.Service, mine["id"]).name == "Boodschappendienst"


def test_a_stale_save_shows_what_changed_meanwhile_and_keeps_the_typed_values(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    page = client.get(f"/partner/dienst/{mine['id']}").text
    mine_form = form_of(page, f"/partner/dienst/{mine['id']}")
    # A colleague saves first.
    assert edit(client, mine["id"], description="Nu ook op zaterdag.").status_code == 303
    r = client.post(f"/partner/dienst/{mine['id']}", data={**mine_form, "description": "Mijn eigen tekst."},
                    follow_redirects=False)
    assert r.status_code == 409
    assert "Iemand anders heeft dit net ook veranderd" in r.text and "Nu ook op zaterdag." in r.text
    assert "Mijn eigen tekst.</textarea>" in r.text
    # Saving again from this page (it carries the new version) works.
    assert client.post(f"/partner/dienst/{mine['id']}", data=form_of(r.text, f"/partner/dienst/{mine['id']}"),
                       follow_redirects=False).status_code == 303
    with ctx.sessions() as session:
        assert session.get(m.Service, mine["id"]).description == "Mijn eigen tekst."


def test_a_partner_never_touches_another_organisations_records(client, ctx, two_orgs):
    mine, theirs = two_orgs
    sign_in(client)
    token = csrf_of(client.get(f"/partner/dienst/{mine['id']}").text)
    their_loc = theirs["service_at_locations"][0]["location"]["id"]
    assert client.get(f"/partner/dienst/{theirs['id']}").status_code == 403
    assert client.post(f"/partner/dienst/{theirs['id']}", data={"csrf": token, "name": "Overgenomen"}).status_code == 403
    assert client.post(f"/partner/dienst/{theirs['id']}/sluiten", data={"csrf": token}).status_code == 403
    assert client.post(f"/partner/dienst/{theirs['id']}/klopt", data={"csrf": token}).status_code == 403
    assert client.get(f"/partner/dienst/{theirs['id']}/geschiedenis").status_code == 403
    assert client.get(f"/partner/locatie/{their_loc}").status_code == 403
    assert client.post(f"/partner/locatie/{their_loc}", data={"csrf": token, "name": "x"}).status_code == 403
    # Linking its own service to the other organisation's location is refused as well.
    r = edit(client, mine["id"], **{f"location.{their_loc}": "on"})
    assert r.status_code == 422 and "Deze locatie hoort niet bij uw organisatie." in r.text
    # A new location "for" the other organisation's service is refused before anything is stored.
    r = client.post(f"/partner/locatie/nieuw?dienst={theirs['id']}", data={
        "csrf": token, "name": "Stiekem", "postcode": "1271 AB", "house_number": "1", "street": "Havenstraat"})
    assert r.status_code == 403
    with ctx.sessions() as session:
        assert session.get(m.Service, theirs["id"]).status == "active"
        assert session.get(m.Service, theirs["id"]).assured_date is None
        assert session.scalar(select(m.Location).where(m.Location.name == "Stiekem")) is None
        assert [x.location_id for x in session.get(m.Service, mine["id"]).service_at_locations] != [their_loc]


def test_forms_without_the_csrf_token_change_nothing(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    r = client.post(f"/partner/dienst/{mine['id']}/klopt", data={"csrf": "nep"}, follow_redirects=False)
    assert r.status_code == 403
    with ctx.sessions() as session:
        assert session.get(m.Service, mine["id"]).assured_date is None


def test_still_correct_shows_the_key_facts_before_confirming(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    page = client.get(f"/partner/dienst/{mine['id']}/klopt").text
    assert "Klopt alles nog?" in page and "Havenstraat 1" in page and "09:00 tot 12:00" in page
    confirm = form_of(page, f"/partner/dienst/{mine['id']}/klopt")
    edit(client, mine["id"], description="Intussen veranderd.")  # a colleague saves while the facts are shown
    r = client.post(f"/partner/dienst/{mine['id']}/klopt", data=confirm, follow_redirects=False)
    assert r.status_code == 409 and "Intussen veranderd." in r.text
    with ctx.sessions() as session:
        session.get(m.Service, mine["id"]).assured_date = None
        session.commit()
    page = client.get(f"/partner/dienst/{mine['id']}/klopt").text
    r = client.post(f"/partner/dienst/{mine['id']}/klopt", data=form_of(page, f"/partner/dienst/{mine['id']}/klopt"),
                    follow_redirects=False)
    assert r.headers["location"] == "/partner?klaar=confirmed"
    with ctx.sessions() as session:
        assert session.get(m.Service, mine["id"]).assured_date == date.today().isoformat()


def test_listings_not_checked_for_a_long_time_stand_out(client, ctx, two_orgs):
    mine, _ = two_orgs
    with ctx.sessions() as session:
        session.get(m.Service, mine["id"]).assured_date = (date.today() - timedelta(days=500)).isoformat()
        session.commit()
    sign_in(client)
    page = client.get("/partner").text
    assert "1 van uw diensten is al meer dan 12 maanden niet gecontroleerd" in page and "is-stale" in page


def test_temporarily_closed_stays_readable_and_is_marked_until_reopened(client, ctx, two_orgs):
    mine, _ = two_orgs
    ask = {"need": {"life_domains": ["instrumental_adl"]}, "person": {"near": "1271"}, "all_tiers": True}

    def suggested() -> list[str]:
        advice = client.post("/api/v1/resolve", json=ask).json()
        return [x["id"] for tier in advice["tiers"] for x in tier["suggestions"]]

    assert mine["id"] in suggested()
    sign_in(client)
    page = client.get(f"/partner/dienst/{mine['id']}/sluiten").text
    token = csrf_of(page)
    reopens = (date.today() + timedelta(days=30)).isoformat()
    closing = {**form_of(page, f"/partner/dienst/{mine['id']}/sluiten"), "message": "We zoeken nieuwe vrijwilligers.",
               "reopens": reopens}
    r = client.post(f"/partner/dienst/{mine['id']}/sluiten", data=closing, follow_redirects=False)
    assert r.headers["location"] == "/partner?klaar=closed"
    detail = client.get(f"/dienst/{mine['id']}")
    assert detail.status_code == 200
    assert "Tijdelijk gesloten. Weer open op" in detail.text and "We zoeken nieuwe vrijwilligers." in detail.text
    api = client.get(f"/api/v1/services/{mine['id']}").json()
    assert api["status"] == "temporarily closed" and api["alert"] == "We zoeken nieuwe vrijwilligers."
    # Still found by residents, marked as closed; not suggested to consultants for now.
    found = client.get("/api/v1/search", params={"q": "Boodschappendienst"}).json()["results"]
    assert [x["status"] for x in found if x["id"] == mine["id"]] == ["temporarily closed"]
    assert "Tijdelijk gesloten" in client.get("/zoeken", params={"q": "Boodschappendienst"}).text
    assert mine["id"] not in suggested()
    assert any(a["taxonomy_term"]["taxonomy"] == "sociale-kaart:reopens" and a["value"] == reopens for a in api["attributes"])
    assert client.post(f"/partner/dienst/{mine['id']}/sluiten", data=closing).status_code == 409  # a stale version
    page = client.get(f"/partner/dienst/{mine['id']}/sluiten").text
    version = form_of(page, f"/partner/dienst/{mine['id']}/sluiten")["version"]
    assert client.post(f"/partner/dienst/{mine['id']}/sluiten", data={"csrf": token, "action": "close", "reopens": "2001-01-01",
                                                                      "version": version}).status_code == 422
    r = client.post(f"/partner/dienst/{mine['id']}/sluiten", data={"csrf": token, "action": "reopen", "version": version},
                    follow_redirects=False)
    assert r.headers["location"] == "/partner?klaar=reopened"
    detail = client.get(f"/dienst/{mine['id']}").text
    assert "Tijdelijk gesloten" not in detail and "We zoeken nieuwe vrijwilligers." not in detail


def test_add_a_service_and_a_location_by_postcode_found_near_it(client, ctx, two_orgs):
    sign_in(client)
    page = client.get("/partner/dienst/nieuw").text
    data = {**form_of(page, "/partner/dienst/nieuw"), "name": "Taalcafé", "description": "Samen Nederlands oefenen.",
            "tu-1-opens": "14:00", "tu-1-closes": "16:00", "domain.work_education": "on", "cost": "free"}
    r = client.post("/partner/dienst/nieuw", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    new_id = re.search(r"/partner/dienst/([0-9a-f-]{36})", r.headers["location"]).group(1)
    page = client.get(f"/partner/locatie/nieuw?dienst={new_id}").text
    token = csrf_of(page)
    found = client.post(f"/partner/locatie/nieuw?dienst={new_id}", data={
        "csrf": token, "action": "lookup", "name": "Bibliotheek Amersfoort", "postcode": "3811aa", "house_number": "12"})
    assert found.status_code == 200 and "Gevonden: 3811" in found.text and 'value="Amersfoort"' in found.text
    values = {**form_of(found.text, f"/partner/locatie/nieuw?dienst={new_id}"), "street": "Grote Haag", "feature.wheelchair": "on"}
    r = client.post(f"/partner/locatie/nieuw?dienst={new_id}", data=values, follow_redirects=False)
    assert r.headers["location"] == f"/partner/dienst/{new_id}?klaar=location", r.text
    near = client.get("/api/v1/search", params={"near": "3811", "radius_km": 3}).json()
    assert new_id in [x["id"] for x in near["results"]]
    with ctx.sessions() as session:
        loc = session.scalar(select(m.Location).where(m.Location.name == "Bibliotheek Amersfoort"))
        assert loc.geo_precision in ("pc6", "pc4") and loc.wheelchair
        assert loc.addresses[0].address_1 == "Grote Haag 12" and loc.addresses[0].postal_code == "3811 AA"


def test_an_unknown_postcode_is_said_clearly(client, two_orgs):
    sign_in(client)
    token = csrf_of(client.get("/partner/locatie/nieuw").text)
    r = client.post("/partner/locatie/nieuw", data={"csrf": token, "name": "Ergens", "postcode": "0000 XX",
                                                     "house_number": "", "street": ""})
    assert r.status_code == 422
    for message in ("Deze postcode kennen we niet", "Vul een huisnummer in", "Vul de straat in."):
        assert message in r.text


def test_a_new_tier_waits_for_an_editor_while_the_rest_goes_on_the_map(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    r = edit(client, mine["id"], tier="specialist", description="Nu ook met de auto.")
    assert r.headers["location"] == "/partner?klaar=tier"
    with ctx.sessions() as session:
        row = session.get(m.Service, mine["id"])
        assert (row.tier, row.description) == ("volunteer", "Nu ook met de auto.")
        _, waiting = list_changes(session, Actor("editor", "editor"), page=1, per_page=10, status="pending")
    assert [c.resource_id for c in waiting] == [mine["id"]] and "attributes" in waiting[0].fields
    assert "Wacht op controle" in client.get("/partner").text
    assert "Wacht op controle" in client.get(f"/partner/dienst/{mine['id']}").text


def test_a_moderated_organisations_changes_wait_for_an_editor(client, ctx, two_orgs):
    mine, _ = two_orgs
    with ctx.sessions() as session:
        set_moderation(session, Actor("editor", "editor"), mine["organization"]["id"], True)
    sign_in(client)
    r = edit(client, mine["id"], description="Graag eerst controleren.")
    assert r.headers["location"] == "/partner?klaar=pending"
    assert "wacht op controle door de redactie" in client.get("/partner?klaar=pending").text
    with ctx.sessions() as session:
        assert session.get(m.Service, mine["id"]).description != "Graag eerst controleren."


def test_the_feedback_inbox_shows_messages_without_the_senders_address(client, ctx, two_orgs):
    mine, theirs = two_orgs
    with ctx.sessions() as session:
        feedback.submit(session, mine["id"], "De tijden kloppen niet meer.", "bewoner@example.nl")
        feedback.submit(session, theirs["id"], "Over een andere organisatie.", "")
    sign_in(client)
    page = client.get("/partner/berichten").text
    assert "De tijden kloppen niet meer." in page and "bewoner@example.nl" not in page
    assert "Over een andere organisatie." not in page


def test_history_shows_who_changed_what(client, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    edit(client, mine["id"], description="Een nieuwe beschrijving.")
    page = client.get(f"/partner/dienst/{mine['id']}/geschiedenis").text
    assert "Een nieuwe beschrijving." in page and "anna@buurtkracht.example" in page


def test_the_organisations_own_details(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    page = client.get("/partner/organisatie").text
    data = {**form_of(page, "/partner/organisatie"), "description": "Wij helpen buren.", "phone-0": "035 765 43 21"}
    assert client.post("/partner/organisatie", data=data, follow_redirects=False).status_code == 303
    with ctx.sessions() as session:
        org = session.get(m.Organization, mine["organization"]["id"])
        assert org.description == "Wij helpen buren." and [p.number for p in org.phones] == ["035 765 43 21"]
    stale = client.post("/partner/organisatie", data={**data, "description": "Oud"}, follow_redirects=False)
    assert stale.status_code == 409 and "Iemand anders" not in stale.text and "Uw wijzigingen zijn nog niet opgeslagen" in stale.text


def test_english_partner_pages(client, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    page = client.get(f"/en/partner/dienst/{mine['id']}").text
    assert '<html lang="en">' in page and "Opening hours" in page and "Save. This also counts as a check." in page


def test_forgot_password_link_works_once(client, ctx, two_orgs):
    r = f.post_form(client, "/partner/wachtwoord-vergeten", {"email": "anna@buurtkracht.example"})
    assert r.status_code == 200 and "Als dit e-mailadres bij ons bekend is" in r.text
    # An unknown address gets the same answer and no mail.
    assert "Als dit e-mailadres" in f.post_form(client, "/partner/wachtwoord-vergeten", {"email": "niemand@x.nl"}).text
    [message] = mail.outbox(ctx.settings)
    assert message["To"] == "anna@buurtkracht.example"
    link = re.search(r"http://testserver(/partner/wachtwoord/\S+)", message.get_content()).group(1)
    assert client.get(link).status_code == 200
    r = f.post_form(client, link, {"password": "kort", "repeat": "kort"})
    assert r.status_code == 422 and "minstens 10 tekens" in r.text
    r = f.post_form(client, link, {"password": "een nieuw wachtwoord", "repeat": "een nieuw wachtwoord"}, follow_redirects=False)
    assert r.status_code == 303
    assert sign_in(client, password="een nieuw wachtwoord").status_code == 303
    assert client.get(link).status_code == 410  # used up
    assert f.post_form(client, link, {"password": "nog een wachtwoord", "repeat": "nog een wachtwoord"},
                       page="/partner/inloggen").status_code == 410


def test_change_password(client, two_orgs):
    sign_in(client)
    token = csrf_of(client.get("/partner/wachtwoord").text)
    r = client.post("/partner/wachtwoord", data={"csrf": token, "current": "fout", "password": "een ander wachtwoord",
                                                 "repeat": "een ander wachtwoord"})
    assert r.status_code == 422 and "Uw huidige wachtwoord klopt niet." in r.text
    r = client.post("/partner/wachtwoord", data={"csrf": token, "current": "een-goed-wachtwoord",
                                                 "password": "een ander wachtwoord", "repeat": "een ander wachtwoord"},
                    follow_redirects=False)
    assert r.status_code == 303
    assert sign_in(client, password="een ander wachtwoord").status_code == 303


def test_invite_and_remove_a_colleague(client, ctx, two_orgs):
    sign_in(client)
    page = client.get("/partner/collegas").text
    r = client.post("/partner/collegas", data={"csrf": csrf_of(page), "email": "Bram@Buurtkracht.example"}, follow_redirects=False)
    assert r.headers["location"] == "/partner/collegas?klaar=invited"
    [message] = mail.outbox(ctx.settings)
    assert message["To"] == "bram@buurtkracht.example" and "anna@buurtkracht.example nodigt u uit" in message.get_content()
    link = re.search(r"http://testserver(/partner/wachtwoord/\S+)", message.get_content()).group(1)
    assert client.post("/partner/collegas", data={"csrf": csrf_of(page), "email": "bram@buurtkracht.example"}).status_code == 422
    client.cookies.clear()
    f.post_form(client, link, {"password": "bram zijn wachtwoord", "repeat": "bram zijn wachtwoord"})
    assert sign_in(client, "bram@buurtkracht.example", "bram zijn wachtwoord").status_code == 303
    assert "Boodschappendienst" in client.get("/partner").text  # the same organisation's services
    client.cookies.clear()
    sign_in(client)
    page = client.get("/partner/collegas").text
    bram = re.search(r'action="/partner/collegas/([0-9a-f-]{36})/verwijderen"', page).group(1)
    assert client.post(f"/partner/collegas/{bram}/verwijderen", data={"csrf": csrf_of(page)}, follow_redirects=False).status_code == 303
    assert sign_in(client, "bram@buurtkracht.example", "bram zijn wachtwoord").status_code == 401


def test_hours_kept_per_location_move_to_the_service_when_edited(client, ctx, two_orgs):
    mine, _ = two_orgs
    with ctx.sessions() as session:  # as some imports deliver them: the hours on the service at its location
        d = ctx.directory(session)
        svc = d.get_service(mine["id"], public=False)
        data = msgspec.to_builtins(svc)
        data.pop("organization")
        data["schedules"] = []
        data["service_at_locations"][0].pop("location")
        data["service_at_locations"][0]["schedules"] = [{"freq": "WEEKLY", "byday": "FR", "opens_at": "10:00", "closes_at": "11:00"}]
        d.save_service(s.convert(data, s.Service), mine["id"], create=False)
    sign_in(client)
    page = client.get(f"/partner/dienst/{mine['id']}").text
    assert form_of(page, f"/partner/dienst/{mine['id']}")["fr-1-opens"] == "10:00"
    assert edit(client, mine["id"], **{"fr-1-opens": "13:00", "fr-1-closes": "15:00"}).status_code == 303
    when = client.get(f"/dienst/{mine['id']}").text
    assert "13:00 tot 15:00" in when and "10:00 tot 11:00" not in when


def test_a_service_or_location_that_stops_leaves_the_map_only_when_confirmed(client, ctx, two_orgs):
    mine, _ = two_orgs
    loc = mine["service_at_locations"][0]["location"]["id"]
    sign_in(client)
    page = client.get(f"/partner/dienst/{mine['id']}/sluiten").text
    token = csrf_of(page)
    version = form_of(page, f"/partner/dienst/{mine['id']}/stoppen")["version"]
    r = client.post(f"/partner/dienst/{mine['id']}/stoppen", data={"csrf": token, "version": version})
    assert r.status_code == 422 and "Vink eerst aan dat u het zeker weet." in r.text
    assert client.post(f"/partner/locatie/{loc}/stoppen", data={"csrf": token}).status_code == 422
    r = client.post(f"/partner/locatie/{loc}/stoppen", data={"csrf": token, "confirm": "on"}, follow_redirects=False)
    assert r.headers["location"] == "/partner/locaties?klaar=location_stopped"
    r = client.post(f"/partner/dienst/{mine['id']}/stoppen", data={"csrf": token, "confirm": "on", "version": version},
                    follow_redirects=False)
    assert r.headers["location"] == "/partner?klaar=stopped"
    assert client.get(f"/dienst/{mine['id']}").status_code == 404
    with ctx.sessions() as session:
        assert session.get(m.Service, mine["id"]).status == "inactive" and not session.get(m.Location, loc).active
    assert "Boodschappendienst" not in client.get("/partner").text
