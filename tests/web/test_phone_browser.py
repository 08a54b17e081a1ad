"""A resident on a phone (375 × 812 px), with and without JavaScript: the first result on the first screen
after a search and after filtering, one removable filter line, the map after the list, the listing's call
button on its first screen, feedback errors where the page opens, print, and what the results page weighs."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import offline, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)]

PHONE = {"width": 375, "height": 812}
SEARCH = "/zoeken?q=boodschappen&near=1271"


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def phone(request, browser, live_server):
    context = browser.new_context(viewport=PHONE, base_url=live_server, locale="nl-NL", java_script_enabled=request.param)
    offline(context)
    page = context.new_page()
    page.js = request.param
    yield page
    context.close()


def top(page, selector: str) -> float:
    return round(page.locator(selector).first.evaluate("el => el.getBoundingClientRect().top"))


def test_the_first_result_is_on_the_first_screen_after_a_search_and_after_filters(phone):
    page = phone
    page.goto(SEARCH)
    assert 0 <= top(page, ".result") < PHONE["height"] - 100, "the first result starts on the first screen"
    assert page.locator(".result").first.bounding_box()["height"] < 200, "a compact card"
    assert not page.locator("#filters").evaluate("d => d.open"), "the filter panel starts closed on a phone"

    page.locator("#filters > summary").click()
    page.get_by_label(re.compile("^Alleen gratis")).check()
    page.get_by_label("Afstand").select_option("2")
    page.get_by_role("button", name="Toon resultaten").click()
    page.wait_for_url(re.compile(r"free=true.*#results$"))
    assert not page.locator("#filters").evaluate("d => d.open"), "the panel is closed after applying"
    assert 0 <= top(page, ".result") < PHONE["height"] - 100, "the page lands on the list"
    line = page.locator(".active-filters")
    assert line.is_visible() and 0 <= top(page, ".active-filters") < top(page, ".result")
    assert re.sub(r"\s+", " ", line.inner_text()).strip() == "Filters aan: Gratis ✕ (weghalen) · tot 2 km ✕ (weghalen) · Alle filters weghalen"
    assert page.locator(".result").count() == page.locator(".result .tag-free").count()
    screenshot(page, f"phone-filtered-{'js' if page.js else 'no-js'}")

    line.get_by_role("link", name=re.compile("^tot 2 km")).click()
    page.wait_for_url(re.compile(r"free=true#results$"))
    assert "radius_km" not in page.url and page.locator(".active-filters").inner_text().startswith("Filters aan: Gratis")

    if page.js:  # the map comes after the list, with a way down to it near the top
        page.wait_for_selector("#map .leaflet-marker-icon")
        to_map = page.get_by_role("link", name="Kaart", exact=True)
        assert to_map.is_visible() and top(page, ".to-map") < top(page, ".result")
        assert top(page, "#map-panel") > top(page, ".result-list > .result:last-child")
    else:
        assert page.locator("#map-panel").is_hidden() and page.locator(".to-map").is_hidden()


def test_the_results_page_sends_under_50_kb_before_the_map(browser, live_server):
    context = browser.new_context(viewport=PHONE, base_url=live_server)
    offline(context)
    page = context.new_page()
    try:
        page.goto("/zoeken?near=1271")  # a full page of twenty results
        page.wait_for_selector("#map .leaflet-marker-icon")
        sizes = page.evaluate("""() => {
            const nav = performance.getEntriesByType('navigation')[0];
            const css = performance.getEntriesByType('resource').filter(r => r.initiatorType === 'link' && r.name.includes('/static/css/') && !r.name.includes('map.css'));
            const leaflet = performance.getEntriesByType('resource').filter(r => r.name.includes('leaflet'));
            return {html: nav.decodedBodySize, css: css.map(r => r.decodedBodySize), domInteractive: nav.domInteractive,
                    leafletStart: Math.min(...leaflet.map(r => r.startTime))}; }""")
        assert page.locator(".result").count() == 20
        assert len(sizes["css"]) == 1, "one stylesheet before the map (the workspaces' styles are not loaded here)"
        assert sizes["html"] + sum(sizes["css"]) < 50_000, sizes
        assert sizes["leafletStart"] >= sizes["domInteractive"], "the map's files are fetched after the list is there"
    finally:
        context.close()


def test_a_listing_on_a_phone_call_first_errors_in_view_and_print(phone):
    page = phone
    page.goto(SEARCH)
    page.locator(".result-title a", has_text="Boodschappendienst").click()
    page.wait_for_url(re.compile("/dienst/"))
    call = page.locator(".actions a[href^='tel:']")
    box = call.bounding_box()
    assert box and box["y"] + box["height"] <= PHONE["height"], "the call button is on the first screen"
    assert page.locator(".actions").get_by_role("link", name=re.compile("^Route")).count() == 1
    assert page.get_by_text("Deze gegevens zijn lang niet gecontroleerd").is_visible()  # assured in May 2025
    assert page.locator(".share a[href^='https://wa.me/?text=']").count() == 1
    assert page.locator(".share a[href^='mailto:?subject=']").count() == 1
    assert page.locator("[data-print]").is_visible() == page.js

    page.emulate_media(media="print")
    for hidden in (".lang-switch", ".actions", ".share", ".feedback", ".crumbs", ".site-footer"):
        assert page.locator(hidden).first.is_hidden(), hidden
    assert page.locator("h1").is_visible() and page.locator(".contact-list").is_visible()
    page.emulate_media(media="screen")

    page.get_by_label("Uw e-mailadres (niet verplicht)").fill("geen-adres")
    page.get_by_role("button", name="Verstuur").click()
    page.wait_for_url(re.compile("#feedback-errors$"))
    errors = page.locator("#feedback-errors")
    assert 0 <= top(page, "#feedback-errors") < PHONE["height"] - 100, "the error is where the page opens"
    assert errors.evaluate("el => el === document.activeElement")
    assert "Schrijf in het vak wat er niet klopt" in errors.inner_text()
    assert page.get_by_label("Uw e-mailadres (niet verplicht)").input_value() == "geen-adres"
    assert page.get_by_role("link", name="Terug naar de zoekresultaten").count() == 1


def test_the_results_list_prints_without_forms_and_map(browser, live_server):
    context = browser.new_context(viewport=PHONE, base_url=live_server)
    offline(context)
    page = context.new_page()
    try:
        page.goto(SEARCH + "&free=true")
        page.wait_for_selector("#map .leaflet-marker-icon")
        assert page.locator(".share-line a[href^='https://wa.me/?text=']").is_visible()
        assert page.locator(".share-line").get_by_role("button", name="Printen").is_visible()
        page.emulate_media(media="print")
        for hidden in (".search-form", ".filters", ".active-filters", ".map-panel", ".lang-switch", ".site-footer",
                       ".share-line"):
            assert page.locator(hidden).first.is_hidden(), hidden
        assert page.locator(".result").first.is_visible() and page.locator("#summary").is_visible()
    finally:
        context.close()


def test_keyboard_only_on_a_phone_from_filters_to_the_call_button(browser, live_server):
    from tests.web.test_browser import focused, tab_until

    context = browser.new_context(viewport=PHONE, base_url=live_server)
    offline(context)
    page = context.new_page()
    try:
        page.goto(SEARCH)
        tab_until(page, lambda f: f["tag"] == "SUMMARY")
        page.keyboard.press("Enter")
        tab_until(page, lambda f: f["id"] == "free")
        page.keyboard.press("Space")
        tab_until(page, lambda f: f["tag"] == "BUTTON" and "Toon resultaten" in f["text"])
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile("free=true.*#results$"))
        assert page.locator(".active-filters").inner_text().startswith("Filters aan: Gratis ✕")
        stops = [tab_until(page, lambda f: f["href"] != "")["text"] for _ in range(2)]
        assert "Kaart" in stops[0] and "Gratis" in stops[1], "from the list's top: the way to the map, the filter line"
        link = tab_until(page, lambda f: "/dienst/" in f["href"])
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile("/dienst/"))
        assert page.locator("h1").inner_text() == link["text"].strip()
        call = tab_until(page, lambda f: f["href"].startswith("tel:"), limit=10)
        assert call["text"].startswith("Bel ") and focused(page)["href"] == call["href"]
    finally:
        context.close()
