"""The results page shows the right few first and the weaker matches folded away under
"Misschien ook" (issue 15): in a real browser at 375 and 1280 px, without JavaScript, in English,
axe-clean with the fold open."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import offline, screenshot
from tests.web.test_browser import WCAG

pytestmark = [pytest.mark.browser, pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)]


def numbers(page, selector: str) -> list[int]:
    return [int(n) for n in page.locator(selector).evaluate_all("els => els.map(e => e.dataset.n)")]


@pytest.mark.parametrize("width", [375, 1280])
def test_weak_matches_wait_under_maybe_also(browser, live_server, width):
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server, locale="nl-NL")
    offline(context)
    page = context.new_page()
    try:
        page.goto("/zoeken?q=ik+zoek+hulp+bij+boodschappen+doen&near=1271")
        strong = page.locator(".results-main > .result-list .result-title a")
        assert strong.first.inner_text() == "Boodschappendienst"
        assert 2 <= strong.count() <= 5
        maybe = page.locator("#maybe-title")
        assert maybe.is_visible() and maybe.inner_text().startswith("Misschien ook")
        folded = page.locator(".maybe .result")
        assert folded.count() >= 1 and not folded.first.is_visible()
        summary = page.locator("#summary").inner_text()
        assert f"{strong.count()} resultaten" in summary and "misschien ook" in summary
        # the numbers go on where the strong list stops
        first_numbers, maybe_numbers = numbers(page, ".results-main > .result-list .result"), numbers(page, ".maybe .result")
        assert maybe_numbers[0] == first_numbers[-1] + 1
        page.locator(".maybe summary").click()
        assert folded.first.is_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling"
        result = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG}})
        assert not result.violations_count, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result.response["violations"]]
        screenshot(page, f"results-maybe-{width}")
    finally:
        context.close()


def test_maybe_also_opens_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False, base_url=live_server, viewport={"width": 375, "height": 800})
    offline(context)
    page = context.new_page()
    try:
        page.goto("/zoeken?q=boodschappen&near=1271")
        folded = page.locator(".maybe .result")
        assert not folded.first.is_visible()
        page.get_by_role("heading", name=re.compile("^Misschien ook")).click()
        assert folded.first.is_visible()
    finally:
        context.close()


def test_english_words_on_the_english_pages(browser, live_server):
    context = browser.new_context(viewport={"width": 375, "height": 900}, base_url=live_server, locale="en-GB")
    offline(context)
    page = context.new_page()
    try:
        page.goto("/en/")
        page.locator("#q").fill("groceries")
        page.locator("#q").press("Enter")
        page.wait_for_url("**/en/zoeken?**")
        titles = page.locator(".results-main > .result-list .result-title a").all_inner_texts()
        assert "Boodschappendienst" in titles and "Samen boodschappen doen" in titles
        assert page.locator("#maybe-title").inner_text().startswith("Maybe also")
        page.goto("/en/zoeken?q=lonely")
        assert "Maatjesproject Samen Op Pad" in page.locator(".result-title a").all_inner_texts()
    finally:
        context.close()
