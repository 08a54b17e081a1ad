"""The results page over HTTP (TestClient, both engines): strong matches in the list, weak ones
folded under "Misschien ook", English words on the English pages (issue 15)."""

from __future__ import annotations

import re

import pytest

from tests import factories as f

API = "/api/v1"


@pytest.fixture
def made(client, auth):
    services = {
        "shop": f.service("Boodschappendienst", description="Vrijwilligers doen de boodschappen voor u."),
        "odd": f.service("Klussendienst", description="Kleine reparaties in huis."),  # shares only the category label
    }
    for data in services.values():
        assert client.post(f"{API}/services", json=data, headers=auth).status_code == 201
    return {k: v["id"] for k, v in services.items()}


def main_list(html: str) -> str:
    start = html.index('<div class="results-main">')
    end = html.find('<section class="maybe"', start)
    return html[start:end if end >= 0 else len(html)]


def test_weak_matches_are_folded_under_maybe_also(client, made):
    html = client.get("/zoeken", params={"q": "ik zoek hulp bij boodschappen"}).text
    assert made["shop"] in main_list(html) and made["odd"] not in main_list(html)
    maybe = html[html.index('<section class="maybe"'):]
    assert made["odd"] in maybe and re.search(r'<details class="maybe-box">', maybe), "folded (closed) by default"
    assert "Misschien ook" in maybe and 'start="2"' in maybe
    assert re.search(r"<strong>1 resultaat</strong>, en 1 die misschien ook passen", html)


def test_only_weak_matches_are_shown_openly_with_a_note(client, made):
    html = client.get("/zoeken", params={"q": "papieren"}).text  # only the category label "...en papieren"
    assert "Geen hulp past precies bij al uw woorden" in html
    assert made["odd"] in main_list(html) and '<section class="maybe"' not in html


def test_english_words_on_the_english_results_page(client, made):
    html = client.get("/en/zoeken", params={"q": "groceries"}).text
    assert made["shop"] in main_list(html) and "Maybe also" in html
    assert "Did you mean" not in html
