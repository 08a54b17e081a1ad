"""The public map in a real browser: search, filter, page, detail, feedback, keyboard, no JavaScript,
the map with tiles failing offline, and axe-core's WCAG 2.1 A/AA rules on every page type."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.web.conftest import offline, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)]

WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def search_from_home(page, q: str, near: str) -> None:
    page.goto("/")
    page.get_by_label("Waar zoekt u hulp bij?").fill(q)
    page.get_by_label("Waar?").fill(near)
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url(re.compile(r"/zoeken\?"))


def result_titles(page) -> list[str]:
    return page.locator(".result-title a").all_inner_texts()


def test_search_by_words_and_postcode(page):
    search_from_home(page, "boodschappen", "1271")
    assert "q=boodschappen" in page.url and "near=1271" in page.url
    assert "Boodschappendienst" in result_titles(page)
    assert "1271 Huizen" in page.locator("#summary").inner_text()
    assert page.locator(".result mark").count() > 0


def test_filter_free_and_go_to_the_next_page(page):
    page.goto("/zoeken?near=Huizen")
    total_before = int(page.locator("#summary strong").inner_text().split()[0])
    assert total_before > 20
    page.get_by_label(re.compile("^Alleen gratis")).check()
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url(re.compile("free=true"))
    total_free = int(page.locator("#summary strong").inner_text().split()[0])
    assert 0 < total_free < total_before
    assert page.locator(".result").count() == page.locator(".result .tag-free").count()
    if total_free > 20:
        page.get_by_role("navigation", name="Meer resultaten").get_by_role("link", name="Volgende").click()
        page.wait_for_url(re.compile("page=2"))
        assert "free=true" in page.url
        assert page.locator(".result").first.get_attribute("data-n") == "21"


def test_open_a_detail_and_send_feedback_that_editors_can_read(page, live_server, demo_ctx):
    from sociale_kaart.partners.service import create_key

    search_from_home(page, "boodschappen", "1271")
    page.locator(".result-title a", has_text="Boodschappendienst").click()
    expect_title = page.locator("h1")
    assert expect_title.inner_text() == "Boodschappendienst"
    assert page.get_by_role("link", name="Terug naar de zoekresultaten").count() == 1
    assert page.locator('a[href^="tel:"]').count() >= 1
    assert "Laatst gecontroleerd op" in page.inner_text("main")
    screenshot(page, "detail-1280")

    page.get_by_label("Wat klopt er niet?").fill("De bezorgkosten zijn nu 3 euro.")
    page.get_by_role("button", name="Verstuur").click()
    page.wait_for_url(re.compile("feedback=verzonden"))
    assert "Bedankt!" in page.locator("#feedback").inner_text()

    with demo_ctx.sessions() as session:
        key = create_key(session, "editor", "browser test editor")
    body = httpx.get(f"{live_server}/api/v1/feedback", headers={"Authorization": f"Bearer {key}"}).json()
    assert any(item["message"] == "De bezorgkosten zijn nu 3 euro." and item["service_name"] == "Boodschappendienst"
               for item in body["contents"])


def focused(page) -> dict:
    return page.evaluate("""() => { const el = document.activeElement; const cs = getComputedStyle(el);
        return {tag: el.tagName, id: el.id, name: el.getAttribute('name'), text: el.innerText || '', href: el.getAttribute('href') || '',
                outline: cs.outlineStyle, shadow: cs.boxShadow}; }""")


def tab_until(page, predicate, limit: int = 80) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        assert now["outline"] != "none" or now["shadow"] != "none", f"no visible focus on {now}"
        if predicate(now):
            return now
    raise AssertionError("never reached the element by keyboard")


def test_a_whole_search_by_keyboard_only(page):
    page.goto("/")
    first = tab_until(page, lambda f: True)
    assert first["href"] == "#main", "the first stop is the skip link"
    page.keyboard.press("Enter")
    tab_until(page, lambda f: f["id"] == "q")
    page.keyboard.type("eenzaam")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "near"
    page.keyboard.type("1271")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken\?q=eenzaam"))
    # Filters: open the panel with the keyboard, tick "free", apply.
    if not page.locator("#filters").evaluate("d => d.open"):  # open on wide screens already
        tab_until(page, lambda f: f["tag"] == "SUMMARY")
        page.keyboard.press("Enter")
    tab_until(page, lambda f: f["id"] == "free")
    page.keyboard.press("Space")
    tab_until(page, lambda f: f["tag"] == "BUTTON" and "Toon resultaten" in f["text"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("free=true"))
    link = tab_until(page, lambda f: "/dienst/" in f["href"])
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("/dienst/"))
    assert page.locator("h1").inner_text() == link["text"].strip()
    tab_until(page, lambda f: f["id"] == "feedback-message")


def test_everything_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server, viewport={"width": 375, "height": 800})
    offline(context)
    page = context.new_page()
    try:
        search_from_home(page, "schulden", "1271")
        assert page.locator(".result").count() > 0
        assert page.locator("#map-panel").is_hidden(), "no map without JavaScript"
        page.locator("#filters > summary").click()
        page.get_by_label(re.compile("^Vrijwilligers")).check()
        page.get_by_role("button", name="Toon resultaten").click()
        page.wait_for_url(re.compile("tier=volunteer"))
        tiers = page.locator(".result .tag-tier").all_text_contents()  # folded "maybe also" results too
        assert tiers and set(tiers) == {"Vrijwilligers"}
        page.locator(".result-title a").first.click()
        page.wait_for_url(re.compile("/dienst/"))
        page.get_by_label("Wat klopt er niet?").fill("Het telefoonnummer is veranderd.")
        page.get_by_role("button", name="Verstuur").click()
        assert "Bedankt!" in page.locator("#feedback").inner_text()
    finally:
        context.close()


def test_the_map_shows_markers_even_when_tiles_fail(page):
    failed_tiles = []
    page.on("requestfailed", lambda r: failed_tiles.append(r.url) if ".png" in r.url else None)
    page.goto("/zoeken?near=1271")  # a full first page (words now give the right few, not 20)
    page.wait_for_selector("#map .leaflet-marker-icon")
    assert page.locator("#map-panel").is_visible()
    pins = page.locator("#map .marker-pin, #map .marker-cluster-pin")
    assert pins.count() > 0
    assert failed_tiles, "tiles were requested and failed (offline), and the page still works"
    assert page.locator(".result").count() == 20
    # List -> map: hovering a result highlights its marker (or the cluster holding it).
    page.locator("#result-1").hover()
    assert page.locator("#map .is-active").count() >= 1
    # Map -> list: clicking a single marker brings its result into view and marks it.
    single = page.locator("#map .marker-pin").first
    number = single.inner_text()
    single.click()
    item = page.locator(f"#result-{number}")
    assert "is-active" in item.get_attribute("class")
    assert item.is_visible()
    screenshot(page, "results-map-1280")


PAGES = {
    "home": "/",
    "results": "/zoeken?q=boodschappen&near=1271",
    "empty-results": "/zoeken?q=xyzzyq&near=1271&free=true",
    "detail": None,  # the first result of a search, below
    "confidential-detail": None,
    "not-found": "/dienst/00000000-0000-4000-8000-000000000000",
    "english-results": "/en/zoeken?near=Huizen",
    "filtered-results": "/zoeken?q=boodschappen&near=1271&free=true&radius_km=2#results",
    "place-suggestion": "/zoeken?q=boodschappen&near=Huizzen",
    "feedback-error": None,  # the detail's feedback form sent with a wrong e-mail address
}
# Besides WCAG: every piece of content inside a landmark (the demo note too).
LANDMARK_RULES = ["region", "landmark-one-main", "landmark-unique"]


@pytest.mark.parametrize("width", [375, 1280])
def test_no_wcag_violations_on_any_page_type(browser, live_server, width):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server)
    offline(context)
    page = context.new_page()
    try:
        page.goto("/zoeken?q=boodschappendienst")
        detail = page.locator(".result-title a").first.get_attribute("href")
        page.goto("/zoeken?q=vrouwenopvang")
        confidential = page.locator(".result-title a").first.get_attribute("href")
        problems = {}
        for name, path in PAGES.items():
            path = path or (confidential if name == "confidential-detail" else detail)
            page.goto(path)
            page.wait_for_load_state("load")
            if name in ("results", "english-results", "filtered-results"):
                page.wait_for_selector("#map .leaflet-marker-icon")
            if name == "feedback-error":
                page.get_by_label("Uw e-mailadres (niet verplicht)").fill("geen-adres")
                page.get_by_role("button", name="Verstuur").click()
                page.wait_for_selector("#feedback-errors")
            for options in ({"runOnly": {"type": "tag", "values": WCAG}}, {"runOnly": {"type": "rule", "values": LANDMARK_RULES}}):
                result = axe.run(page, options=options)
                if result.violations_count:
                    problems.setdefault(name, []).extend(
                        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"])
            screenshot(page, f"{name}-{width}")
        assert not problems, problems
    finally:
        context.close()
