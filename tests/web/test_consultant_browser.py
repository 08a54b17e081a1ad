"""A consultant's intake in a real browser: sign in, household, intake, advice, plan, a colleague
approves a tailored item, the printed plan; every page axe-clean (WCAG 2.1 A/AA) at 375 and 1280 px."""

from __future__ import annotations

import re
import uuid

import pytest

from sociale_kaart.partners.service import create_account
from tests.web.conftest import offline, screenshot
from tests.web.test_browser import WCAG

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)]
PASSWORD = "een-goed-wachtwoord"


@pytest.fixture
def consultants(demo_ctx):
    """Two consultants of a team of their own, so the shared demo database stays as it was for others."""
    team = f"Wijkteam {uuid.uuid4().hex[:6]}"
    emails = [f"{name}-{uuid.uuid4().hex[:6]}@wijkteam.example" for name in ("anna", "bram")]
    with demo_ctx.sessions() as session:
        for email in emails:
            create_account(session, email, "consultant", None, PASSWORD, team=team)
    return emails


def sign_in(page, email: str) -> None:
    page.goto("/partner/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile(r"/consulent$"))


def check_axe(page, axe, name: str, problems: dict) -> None:
    result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    if result.violations_count:
        problems[name] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
    screenshot(page, name)


@pytest.mark.parametrize("width", [1280, 375])
def test_intake_from_sign_in_to_printed_plan_with_a_colleagues_approval(browser, live_server, consultants, width):
    from axe_playwright_python.sync_playwright import Axe

    axe, problems = Axe(), {}
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server, locale="nl-NL")
    offline(context)
    page = context.new_page()
    try:
        sign_in(page, consultants[0])
        check_axe(page, axe, f"consultant-start-{width}", problems)
        page.get_by_role("link", name="Nieuw huishouden").first.click()
        page.get_by_label("Code van het huishouden").fill(f"HH-{width}")
        page.get_by_label("Postcode", exact=True).fill("1271")
        page.locator("#role_0").select_option("resident")
        page.locator("#age_0").fill("78")
        page.get_by_label("Nee, (bijna) niemand").check()
        page.get_by_label("Weinig: hooguit € 25 per maand").check()
        check_axe(page, axe, f"consultant-household-{width}", problems)
        page.get_by_role("button", name="Opslaan").click()
        page.wait_for_url(re.compile(r"/consulent/huishouden/[0-9a-f-]+\?klaar=opgeslagen"))
        check_axe(page, axe, f"consultant-case-{width}", problems)

        page.get_by_role("link", name=re.compile("^Huishouden, boodschappen en papieren")).click()
        page.get_by_label(re.compile("^2 · Niet zelfredzaam")).check()
        page.get_by_label("De vraag achter de vraag, in de woorden van de inwoner").fill("Ik kan zelf geen boodschappen meer doen")
        page.get_by_role("button", name="Opslaan en advies tonen").click()
        page.wait_for_url(re.compile(r"klaar=opgeslagen#advies$"))
        assert page.locator(".c-tier").count() >= 2  # more than one rung, least intensive first
        first = page.locator(".c-sugg").first
        assert first.locator("dt", has_text="Telefoon").count() == 1
        check_axe(page, axe, f"consultant-advice-{width}", problems)

        # compare two options side by side
        page.locator(".c-sugg input[name=dienst]").nth(0).check()
        page.locator(".c-sugg input[name=dienst]").nth(1).check()
        page.get_by_role("button", name=re.compile("Vergelijk de gekozen hulp")).click()
        page.wait_for_url(re.compile(r"/vergelijk\?"))
        assert page.locator("table.c-compare thead th").count() == 2
        check_axe(page, axe, f"consultant-compare-{width}", problems)
        page.go_back()

        chosen = page.locator(".c-sugg").first.locator(".c-sugg-title").inner_text()
        page.locator(".c-sugg").first.locator("summary", has_text="Zet in het plan").click()
        page.locator(".c-sugg").first.get_by_label("Wie doet wat?").fill("Mevrouw belt zelf op maandag.")
        page.locator(".c-sugg").first.get_by_role("button", name="Zet in het plan").click()
        page.wait_for_url(re.compile(r"klaar=plan#plan$"))
        assert chosen in page.locator("#plan ~ ol").inner_text()

        # a tailored item from "all rungs", with a motivation; it waits for a colleague
        page.goto(page.url.split("?")[0] + "/leefgebied/instrumental_adl?alle=1#advies")
        tailored = page.locator(".c-tier", has_text="Op maat").locator("xpath=following-sibling::ul[1]/li").first
        tailored_name = tailored.locator(".c-sugg-title").inner_text()
        tailored.locator("summary", has_text="Zet in het plan").click()
        tailored.get_by_label("Waarom past lichtere hulp niet?").fill("Geen netwerk; vrijwilligers doen geen zwaar huishoudelijk werk.")
        tailored.get_by_role("button", name="Zet in het plan").click()
        page.wait_for_url(re.compile(r"klaar=plan#plan$"))
        case_url = page.url.split("?")[0]
        assert "Wacht op akkoord van een collega" in page.inner_text("#plan ~ ol")

        colleague = context.browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server)
        offline(colleague)
        other = colleague.new_page()
        sign_in(other, consultants[1])
        other.get_by_role("link", name=re.compile(f"HH-{width}: {re.escape(tailored_name)}")).click()
        other.get_by_role("button", name="Akkoord", exact=True).click()
        other.wait_for_url(re.compile(r"klaar=besluit#plan$"))
        assert "Goedgekeurd" in other.inner_text("#plan ~ ol")
        other.goto("/consulent/team")
        assert tailored_name in other.inner_text("main")
        check_axe(other, axe, f"consultant-team-{width}", problems)
        colleague.close()

        page.goto(case_url + "/afdrukken")
        printed = page.inner_text("main")
        assert chosen in printed and tailored_name in printed and "Mevrouw belt zelf op maandag." in printed
        assert "ZRM" not in printed and "Ik kan zelf geen boodschappen meer doen" not in printed
        page.emulate_media(media="print")
        assert not page.locator(".site-header").is_visible()
        page.emulate_media(media="screen")
        check_axe(page, axe, f"consultant-print-{width}", problems)
        page.goto(case_url + "/logboek")
        check_axe(page, axe, f"consultant-log-{width}", problems)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, "the page scrolls sideways"
        assert not problems, problems
    finally:
        context.close()


def test_intake_works_without_javascript(browser, live_server, consultants):
    context = browser.new_context(viewport={"width": 1024, "height": 800}, base_url=live_server, java_script_enabled=False)
    offline(context)
    page = context.new_page()
    try:
        sign_in(page, consultants[0])
        page.goto("/consulent/nieuw")
        page.get_by_label("Code van het huishouden").fill("HH-NOJS")
        page.get_by_role("button", name="Opslaan").click()
        page.get_by_role("link", name=re.compile("^Geld")).click()
        page.get_by_label(re.compile("^3 · Beperkt zelfredzaam")).check()
        page.get_by_label("De vraag achter de vraag, in de woorden van de inwoner").fill("Ik heb schulden en durf de post niet open te maken")
        page.get_by_role("button", name="Opslaan en advies tonen").click()
        page.locator(".c-sugg").first.locator("summary").click()  # <details> opens without JavaScript
        page.locator(".c-sugg").first.get_by_role("button", name="Zet in het plan").click()
        page.wait_for_url(re.compile(r"klaar=plan"))
        assert page.locator(".c-item").count() == 1
    finally:
        context.close()
