"""The editors' workspace in a real browser: sign in, every page axe-clean (WCAG 2.1 A/AA) at 375
and 1280 px, and the three jobs of issue 13 done in the pages: handle a resident's message,
approve a partner's change, merge a duplicate. The pages are checked on both engines' demo; records
and accounts are the test's own, so the shared demo database stays as it was for other tests."""

from __future__ import annotations

import re
import time
import uuid

import pytest
from litestar.testing import TestClient

from sociale_kaart.directory import schemas as s
from sociale_kaart.editors.moderation import set_moderation
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners.service import SYSTEM, create_account, create_key
from tests import factories as f
from tests.web.conftest import offline, screenshot
from tests.web.test_browser import WCAG

pytestmark = [pytest.mark.browser]
SQLITE = pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)
PASSWORD = "een-goed-wachtwoord"
PAGES = ("", "/meldingen", "/wijzigingen", "/logboek", "/aanbod", "/verouderd", "/dubbel", "/imports", "/adressen",
         "/accounts", "/zoekvragen")


@pytest.fixture
def desk(demo_ctx, live_server):
    """An editor, a moderated organisation with a partner's pending change, a resident's message
    and a duplicate pair, all with names of their own."""
    tag = uuid.uuid4().hex[:6]
    org = f.organization(f"Stichting Kwelder {tag}")
    a = f.service(f"Maatjesproject Kwelder {tag}", org=org, phones=[{"id": f.uid(), "number": "035 918 27 36"}])
    b = f.service(f"Maatjes project Kwelder {tag}", org=org, phones=[{"id": f.uid(), "number": "0359182736"}])
    editor = f"redactie-{tag}@gemeente.example"
    with demo_ctx.sessions() as session:
        d = demo_ctx.directory(session)
        for data in (a, b):
            d.save_service(s.convert(data, s.Service))
        message = feedback.submit(session, a["id"], f"Het adres klopt niet meer ({tag}).")
        create_account(session, editor, "editor", None, PASSWORD)
        key = create_key(session, "partner", f"kwelder {tag}", org["id"])
        set_moderation(session, SYSTEM, org["id"], True)
    with TestClient(live_server_app(demo_ctx)) as api:
        r = api.patch(f"/api/v1/services/{a['id']}", json={"description": f"Nieuwe tekst {tag}."},
                      headers={"Authorization": f"Bearer {key}"})
        assert r.status_code == 202, r.text
    return {"tag": tag, "editor": editor, "a": a, "b": b, "message": message}


def live_server_app(demo_ctx):
    from sociale_kaart.app import create_app

    return create_app(demo_ctx.settings, demo_ctx)


def sign_in(page, email: str) -> None:
    page.goto("/partner/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(re.compile(r"/redactie$"))


def check_axe(page, axe, name: str, problems: dict) -> None:
    result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
    if result.violations_count:
        problems[name] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
    screenshot(page, name)


@pytest.mark.parametrize("demo_ctx", ["sqlite", "postgresql"], indirect=True)
@pytest.mark.parametrize("width", [375, 1280])
def test_every_editors_page_is_axe_clean(browser, live_server, desk, width):
    from axe_playwright_python.sync_playwright import Axe

    axe, problems = Axe(), {}
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server, locale="nl-NL")
    offline(context)
    page = context.new_page()
    try:
        sign_in(page, desk["editor"])
        for path in PAGES:
            page.goto("/redactie" + path)
            check_axe(page, axe, f"editors{path.replace('/', '-') or '-start'}-{width}", problems)
        page.goto(f"/redactie/dubbel/vergelijk?a={desk['a']['id']}&b={desk['b']['id']}")
        check_axe(page, axe, f"editors-compare-{width}", problems)
        page.goto("/en/redactie")
        check_axe(page, axe, f"editors-en-start-{width}", problems)
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1, "the page scrolls sideways"
        assert not problems, problems
    finally:
        context.close()


@SQLITE
def test_an_editor_handles_a_message_approves_a_change_and_merges_a_duplicate(browser, live_server, desk):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server, locale="nl-NL")
    offline(context)
    page = context.new_page()
    tag = desk["tag"]
    try:
        sign_in(page, desk["editor"])
        started = time.monotonic()
        # a resident's message: from the start page to handled
        page.get_by_role("link", name=re.compile("meldingen van inwoners")).click()
        card = page.locator("article", has_text=f"Het adres klopt niet meer ({tag}).")
        card.get_by_label("Notitie voor collega's").fill("Adres nagevraagd en aangepast.")
        card.get_by_role("button", name="Afgehandeld").click()
        page.get_by_role("status").filter(has_text="De melding is afgehandeld").wait_for()
        assert page.locator("article", has_text=f"({tag})").count() == 0
        assert time.monotonic() - started < 60
        # a partner's change: old and new side by side, approve
        started = time.monotonic()
        page.get_by_role("link", name="Wijzigingen", exact=True).click()
        card = page.locator("article", has_text=f"Nieuwe tekst {tag}.")
        assert card.locator(".r-old").first.inner_text() != card.locator(".r-new").first.inner_text()
        card.get_by_role("button", name="Goedkeuren").click()
        page.get_by_role("status").filter(has_text="de wijziging staat op de kaart").wait_for()
        assert time.monotonic() - started < 60
        page.goto(f"/dienst/{desk['a']['id']}")
        assert f"Nieuwe tekst {tag}." in page.content()
        # a duplicate: compare, keep the other's name, merge
        started = time.monotonic()
        page.goto("/redactie/dubbel")
        card = page.locator("article", has_text=f"Kwelder {tag}")
        card.get_by_role("link", name="Vergelijken").click()
        page.locator("input[name=field_name][value=other]").check()
        page.get_by_role("button", name="Samenvoegen").click()
        page.get_by_role("status").filter(has_text="Samengevoegd").wait_for()
        assert page.locator("article", has_text=f"Kwelder {tag}").count() == 0
        assert time.monotonic() - started < 60
    finally:
        context.close()


@SQLITE
def test_the_workspace_works_without_javascript(browser, live_server, desk):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800}, base_url=live_server)
    offline(context)
    page = context.new_page()
    try:
        sign_in(page, desk["editor"])
        page.goto("/redactie/aanbod")
        page.get_by_label("Naam van dienst of organisatie").fill(f"Kwelder {desk['tag']}")
        page.get_by_role("button", name="Toon").click()
        assert page.get_by_text("2 in totaal").count() == 1
        assert page.get_by_role("link", name=f"Maatjesproject Kwelder {desk['tag']}").count() == 1
    finally:
        context.close()
