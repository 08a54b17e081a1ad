"""A volunteer coordinator keeps the listings right in a real browser, on a phone (375 px) and on a
desktop (1280 px): edit the hours, add a service, add a location by postcode and find it near that
postcode, close temporarily and reopen, a forgotten password through the outbox, invite a colleague.
Every page on the way is axe-clean (WCAG 2.1 A/AA) and nothing is wider than the screen."""

from __future__ import annotations

import re
import threading
import time
import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest

from sociale_kaart import mail
from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.service import create_account
from tests import factories as f
from tests.servers import free_port
from tests.web.conftest import offline, screenshot
from tests.web.test_browser import WCAG

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)]
PASSWORD = "een-goed-wachtwoord"
WIDTHS = [375, 1280]


@pytest.fixture(scope="module")
def partner_server(demo_ctx, tmp_path_factory):
    """The demo app with an outbox folder of its own, so these tests read exactly the mail they caused."""
    import uvicorn

    from sociale_kaart.app import create_app

    settings = replace(demo_ctx.settings, demo=True, log_requests=False, outbox_dir=tmp_path_factory.mktemp("outbox"))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, demo_ctx), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", settings
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def coordinator(demo_ctx):
    """An organisation of its own with one service in Huizen and its coordinator's sign-in."""
    tag = uuid.uuid4().hex[:6]
    org = f.organization(f"Vrijwilligers {tag}")
    svc = f.service(f"Klusjes {tag}", org=org, days="TU")
    email = f"coordinator-{tag}@vrijwilligers.example"
    with demo_ctx.sessions() as session:
        demo_ctx.directory(session).save_service(s.convert(svc, s.Service))
        create_account(session, email, "partner", org["id"], PASSWORD)
    return {"email": email, "service": svc, "tag": tag}


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def phone_or_desktop(request, browser, partner_server):
    base, _ = partner_server
    context = browser.new_context(viewport={"width": request.param, "height": 900}, base_url=base, locale="nl-NL")
    offline(context)
    pg = context.new_page()
    pg.width = request.param
    yield pg
    context.close()


def checked(page, name: str) -> None:
    """axe-clean (WCAG 2.1 A/AA), nothing wider than the screen, and a screenshot to look at."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_load_state("load")
    result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
    assert not violations, (name, violations)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} is {overflow}px wider than the screen"
    screenshot(page, f"partner-{name}-{page.width}")


def action(page, label: str, name: str):
    """A dashboard action for one service ("Bewerken: <name>" to a screen reader)."""
    return page.get_by_role("link", name=re.compile(rf"^{re.escape(label)}\s*: {re.escape(name)}$"))


def sign_in(page, email: str, password: str = PASSWORD) -> None:
    page.goto("/partner/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord", exact=True).fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile(r"/partner(\?.*)?$"))


def test_edit_the_opening_hours_and_confirm(phone_or_desktop, coordinator):
    page = phone_or_desktop
    name = f"Klusjes {coordinator['tag']}"
    sign_in(page, coordinator["email"])
    checked(page, "dashboard")
    action(page, "Bewerken", name).click()
    checked(page, "edit")
    page.get_by_label("maandag: open vanaf").fill("09:30")
    page.get_by_label("maandag: open tot").fill("12:00")
    page.get_by_label("dinsdag: open vanaf").fill("")
    page.get_by_label("dinsdag: open tot").fill("")
    page.get_by_label("Dicht vanaf").first.fill("2026-12-25")
    page.get_by_label("Reden (niet verplicht)").first.fill("Kerst")
    page.get_by_role("button", name="Opslaan. Dit telt ook als controle.").click()
    page.wait_for_url(re.compile(r"klaar=saved"))
    assert "De wijzigingen staan op de kaart" in page.inner_text("main")
    page.goto(f"/dienst/{coordinator['service']['id']}")
    when = page.locator("section[aria-labelledby=when]").inner_text()
    assert "maandag: 09:30 tot 12:00 uur" in when and "dinsdag" not in when and "25 december 2026" in when
    assert f"Laatst gecontroleerd op {date.today().day}" in page.inner_text("main")
    # "Klopt nog" shows the facts before confirming.
    page.goto("/partner")
    action(page, "Klopt nog", name).click()
    assert "09:30 tot 12:00" in page.inner_text("main")
    checked(page, "confirm")
    page.get_by_role("button", name="Ja, dit klopt").click()
    page.wait_for_url(re.compile("klaar=confirmed"))
    # The same pages in English.
    page.goto("/en/partner")
    assert page.locator("html").get_attribute("lang") == "en" and "Your services" in page.inner_text("main")
    checked(page, "dashboard-en")
    page.goto(f"/en/partner/dienst/{coordinator['service']['id']}")
    assert page.get_by_label("Monday: opens at").input_value() == "09:30"
    checked(page, "edit-en")


def test_a_wrong_phone_number_is_explained_beside_the_field(phone_or_desktop, coordinator):
    page = phone_or_desktop
    sign_in(page, coordinator["email"])
    page.goto(f"/partner/dienst/{coordinator['service']['id']}")
    page.get_by_label("Telefoonnummer 1").fill("bel ons")
    page.get_by_label("Naam van de dienst").fill("")
    page.get_by_role("button", name="Opslaan. Dit telt ook als controle.").click()
    summary = page.locator(".error-summary")
    assert "Vul een naam in." in summary.inner_text() and "Dit telefoonnummer klopt niet" in summary.inner_text()
    assert page.get_by_label("Telefoonnummer 1").input_value() == "bel ons"
    assert page.get_by_label("Telefoonnummer 1").get_attribute("aria-invalid") == "true"
    checked(page, "errors")


def test_add_a_service_and_a_location_found_near_its_postcode(phone_or_desktop, coordinator):
    page = phone_or_desktop
    tag = uuid.uuid4().hex[:6]
    sign_in(page, coordinator["email"])
    page.get_by_role("link", name="Nieuwe dienst toevoegen").click()
    page.get_by_label("Naam van de dienst").fill(f"Taalcafé {tag}")
    page.get_by_label("Wat bieden jullie?", exact=True).fill("Samen Nederlands oefenen, met koffie.")
    page.get_by_label("donderdag: open vanaf").fill("14:00")
    page.get_by_label("donderdag: open tot").fill("16:00")
    page.get_by_label("Gratis").check()
    page.get_by_role("button", name="Opslaan. Dit telt ook als controle.").click()
    page.wait_for_url(re.compile(r"/partner/dienst/[0-9a-f-]+\?klaar=created"))
    page.get_by_role("link", name="Nieuwe locatie toevoegen").click()
    checked(page, "location")
    page.get_by_label("Naam van de locatie").fill(f"Bibliotheek {tag}")
    page.get_by_label("Postcode").fill("3811 aa")
    page.get_by_label("Huisnummer").fill("12")
    page.get_by_role("button", name="Zoek het adres").click()
    assert "Gevonden: 3811" in page.inner_text("main")
    assert page.get_by_label("Plaats").input_value() == "Amersfoort"
    page.get_by_label("Straat").fill("Grote Haag")
    page.get_by_label("Toegankelijk met een rolstoel").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()
    page.wait_for_url(re.compile(r"klaar=location"))
    page.goto("/zoeken?near=3811&radius_km=2")
    assert f"Taalcafé {tag}" in page.locator(".result-title a").all_inner_texts()


def test_close_temporarily_and_reopen(phone_or_desktop, coordinator):
    page = phone_or_desktop
    name = f"Klusjes {coordinator['tag']}"
    reopens = date.today() + timedelta(days=21)
    sign_in(page, coordinator["email"])
    action(page, "Tijdelijk sluiten", name).click()
    checked(page, "closure")
    page.get_by_label("Bericht voor bezoekers").fill("We zoeken nieuwe vrijwilligers.")
    page.get_by_label("Weer open op (niet verplicht)").fill(reopens.isoformat())
    page.get_by_role("button", name="Tijdelijk sluiten").click()
    page.wait_for_url(re.compile("klaar=closed"))
    page.goto(f"/dienst/{coordinator['service']['id']}")
    note = page.locator(".closed-note").inner_text()
    assert "Tijdelijk gesloten. Weer open op" in note and "We zoeken nieuwe vrijwilligers." in note
    checked(page, "closed-listing")
    page.goto("/partner")
    action(page, "Weer openen", name).click()
    page.get_by_role("button", name="Weer openen").click()
    page.wait_for_url(re.compile("klaar=reopened"))
    page.goto(f"/dienst/{coordinator['service']['id']}")
    assert page.locator(".closed-note").count() == 0


def test_forgot_password_through_the_outbox(phone_or_desktop, coordinator, partner_server):
    page = phone_or_desktop
    _, settings = partner_server
    page.goto("/partner/inloggen")
    checked(page, "login")
    assert page.get_by_label("Wachtwoord", exact=True).bounding_box()["width"] >= min(300, page.width - 40)
    page.get_by_role("link", name="Wachtwoord vergeten?").click()
    checked(page, "forgot")
    page.get_by_label("E-mailadres").fill(coordinator["email"])
    page.get_by_role("button", name="Stuur de link").click()
    assert "Als dit e-mailadres bij ons bekend is" in page.inner_text("main")
    [message] = [x for x in mail.outbox(settings) if x["To"] == coordinator["email"]]
    link = re.search(r"https?://\S+(/partner/wachtwoord/\S+)", message.get_content()).group(1)
    page.goto(link)
    checked(page, "new-password")
    page.get_by_label("Nieuw wachtwoord", exact=True).fill("mijn nieuwe wachtwoord")
    page.get_by_label("Nieuw wachtwoord nog een keer").fill("mijn nieuwe wachtwoord")
    page.get_by_role("button", name="Opslaan").click()
    assert "U kunt nu inloggen" in page.inner_text("main")
    sign_in(page, coordinator["email"], "mijn nieuwe wachtwoord")


def test_invite_a_colleague(phone_or_desktop, coordinator, partner_server, browser):
    page = phone_or_desktop
    _, settings = partner_server
    colleague = f"collega-{uuid.uuid4().hex[:6]}@vrijwilligers.example"
    sign_in(page, coordinator["email"])
    page.get_by_role("link", name="Collega's").click()
    checked(page, "colleagues")
    page.get_by_label("E-mailadres").fill(colleague)
    page.get_by_role("button", name="Stuur uitnodiging").click()
    assert "Uw collega krijgt een e-mail" in page.inner_text("main")
    [message] = [x for x in mail.outbox(settings) if x["To"] == colleague]
    link = re.search(r"https?://\S+(/partner/wachtwoord/\S+)", message.get_content()).group(1)
    page.context.clear_cookies()
    page.goto(link)
    page.get_by_label("Nieuw wachtwoord", exact=True).fill("wachtwoord van de collega")
    page.get_by_label("Nieuw wachtwoord nog een keer").fill("wachtwoord van de collega")
    page.get_by_role("button", name="Opslaan").click()
    sign_in(page, colleague, "wachtwoord van de collega")
    assert f"Klusjes {coordinator['tag']}" in page.inner_text("main")
