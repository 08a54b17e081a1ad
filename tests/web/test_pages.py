"""The public pages over HTTP (TestClient, both engines): headers, escaping, errors, sitemap,
confidential addresses, English, feedback validation, honeypot and rate limit."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from litestar.testing import TestClient

from sociale_kaart.app import create_app
from sociale_kaart.partners.service import create_key
from sociale_kaart.web.render import snippet_html
from tests import factories as f

API = "/api/v1"


@pytest.fixture
def services(client, auth):
    made = {
        "evil": f.service("<script>alert(1)</script>", description="Boodschappen <b>en</b> \"meer\" & zo.",
                          organization=f.organization("Stichting <img src=x onerror=alert(2)>")),
        "shelter": f.service("Vrouwenopvang Test", tier="specialist", life_domains=("domestic_relations",),
                             description="Een veilige plek.",
                             locations=[f.location(52.281234, 5.241234, "1276 AB", confidential=True,
                                                   addresses=[{"address_1": "Geheimstraat 7", "city": "Huizen", "postal_code": "1276 AB",
                                                               "country": "NL", "address_type": "physical"}])],
                             phones=[{"number": "035 123 45 67", "description": "Dag en nacht"}], assured_date="2025-03-28"),
        "stopped": f.service("Gestopte Dienst", description="Bestaat niet meer."),
    }
    for data in made.values():
        assert client.post(f"{API}/services", json=data, headers=auth).status_code == 201, data["name"]
    assert client.delete(f"{API}/services/{made['stopped']['id']}", headers=auth).status_code == 200
    return {k: v["id"] for k, v in made.items()}


def test_pages_carry_security_headers_and_a_strict_csp(client, services):
    for path in ("/", "/zoeken?q=boodschappen", f"/dienst/{services['shelter']}", "/nope", f"{API}/search"):
        r = client.get(path)
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert "geolocation=()" in r.headers["permissions-policy"]
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp and "https://service.pdok.nl" in csp


def test_pages_have_no_inline_script(client, services):
    for path in ("/", "/zoeken?q=boodschappen&near=1271", f"/dienst/{services['shelter']}"):
        html = client.get(path).text
        for tag in re.findall(r"<script[^>]*>", html):
            assert "src=" in tag or 'type="application/json"' in tag or 'type="application/ld+json"' in tag, tag
        assert " style=" not in html and "<style" not in html and "onclick" not in html


def test_names_and_descriptions_are_escaped(client, services):
    results = client.get("/zoeken", params={"q": "boodschappen"}).text
    detail = client.get(f"/dienst/{services['evil']}").text
    for html in (results, detail):
        assert "<script>alert(1)</script>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<img src=x" not in html
    assert "<b>en</b>" not in detail


def test_the_snippet_keeps_only_mark_tags():
    assert str(snippet_html("a <mark>b</mark> &amp; c")) == "a <mark>b</mark> &amp; c"
    assert str(snippet_html("<script>x</script> <mark>y")) == "&lt;script&gt;x&lt;/script&gt; <mark>y</mark>"
    assert str(snippet_html("&lt;img onerror=1&gt;")) == "&lt;img onerror=1&gt;"


def test_results_page_and_api_agree(client, services):
    api = client.get(f"{API}/search", params={"q": "veilige plek"}).json()
    html = client.get("/zoeken", params={"q": "veilige plek"}).text
    shown = re.findall(r'data-id="([0-9a-f-]{36})"', html)
    assert shown == [r["id"] for r in api["results"]] and shown


def test_odd_parameters_give_a_page_not_an_error(client, services):
    r = client.get("/zoeken", params={"age": "oud", "tier": "nonsense", "radius_km": "-3", "page": "x", "open_on": "zz"})
    assert r.status_code == 200 and "Een van de filters klopt niet" in r.text
    r = client.get("/zoeken", params={"near": "Atlantis"})
    assert r.status_code == 200 and "We kennen de plaats of postcode ‘Atlantis’ niet" in r.text
    assert 'aria-invalid="true"' in r.text


def test_empty_results_suggest_what_to_try(client, services):
    html = client.get("/zoeken", params={"q": "xyzzyq", "near": "1271", "free": "true"}).text
    assert "We hebben niets gevonden" in html
    assert "radius_km=25" in html and "Zoek zonder filters" in html


def test_friendly_404_for_pages_and_json_for_the_api(client, services):
    for path in ("/dienst/00000000-0000-4000-8000-000000000000", "/dienst/not-an-id", "/bestaat-niet",
                 f"/dienst/{services['stopped']}"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "Deze pagina bestaat niet (meer)" in r.text and 'name="q"' in r.text
    r = client.get(f"{API}/services/00000000-0000-4000-8000-000000000000")
    assert r.status_code == 404 and r.json()["status_code"] == 404
    r = client.get("/en/nope")
    assert r.status_code == 404 and "This page does not exist" in r.text and '<html lang="en">' in r.text


def test_sitemap_lists_active_services_and_robots_points_to_it(client, services):
    xml = client.get("/sitemap.xml").text
    assert f"/dienst/{services['shelter']}</loc>" in xml and f"/en/dienst/{services['shelter']}" in xml
    assert services["stopped"] not in xml
    robots = client.get("/robots.txt").text
    assert "Sitemap: http://testserver.local/sitemap.xml" in robots and "Disallow: /api/" in robots


def test_confidential_street_never_reaches_the_detail_page(client, services):
    html = client.get(f"/dienst/{services['shelter']}").text
    assert "Geheimstraat" not in html
    assert "52.281234" not in html and "5.241234" not in html
    assert "Het adres is geheim" in html and "openstreetmap.org/directions" not in html
    assert 'href="tel:0351234567"' in html
    assert "Laatst gecontroleerd op 28 maart 2025" in html
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert ld["@type"] == "Service" and ld["name"] == "Vrouwenopvang Test"
    assert "streetAddress" not in json.dumps(ld) and "geo" not in json.dumps(ld)


def test_results_map_data_rounds_confidential_places(client, services):
    html = client.get("/zoeken", params={"q": "veilige plek"}).text
    data = json.loads(re.search(r'<script type="application/json" id="map-data">(.*?)</script>', html, re.S).group(1))
    assert [(p["lat"], p["lon"], p["approx"]) for p in data] == [(52.28, 5.24, True)]


def test_english_pages(client, services):
    home = client.get("/en/")
    assert home.status_code == 200 and '<html lang="en">' in home.text
    assert 'hreflang="nl" href="http://testserver.local/"' in home.text
    results = client.get("/en/zoeken", params={"q": "veilige plek"}).text
    assert "Results for" in results and f'href="/en/dienst/{services["shelter"]}"' in results
    detail = client.get(f"/en/dienst/{services['shelter']}").text
    assert "Is something wrong?" in detail and 'lang="nl"' in detail
    assert f'action="/en/dienst/{services["shelter"]}/feedback#feedback-errors"' in detail
    assert 'hreflang="nl"' in client.get("/zoeken").text


def test_demo_mode_says_the_organisations_are_fictional(ctx, services):
    with TestClient(create_app(replace(ctx.settings, demo=True), ctx)) as demo:
        assert "zijn verzonnen" in demo.get("/").text
    with TestClient(create_app(ctx.settings, ctx)) as normal:
        assert "zijn verzonnen" not in normal.get("/").text


def post_feedback(client, service_id, **form):
    return f.post_form(client, f"/dienst/{service_id}/feedback", form, page=f"/dienst/{service_id}", follow_redirects=False)


def feedback_items(client, auth):
    r = client.get(f"{API}/feedback", headers=auth)
    assert r.status_code == 200, r.text
    return r.json()["contents"]


def test_feedback_is_stored_and_listed_for_editors_only(client, ctx, auth, services):
    r = post_feedback(client, services["shelter"], message="  Het nummer klopt niet.  ", email="a@example.nl")
    assert r.status_code == 303 and r.headers["location"].endswith("?feedback=verzonden#feedback")
    assert "Bedankt!" in client.get(r.headers["location"]).text
    items = feedback_items(client, auth)
    assert [(i["message"], i["email"], i["service_id"]) for i in items] == [("Het nummer klopt niet.", "a@example.nl", services["shelter"])]
    assert set(items[0]) == {"id", "service_id", "service_name", "message", "email", "language", "created_at", "handled",
                             "note", "handled_at", "handled_by", "organization_id", "organization_name"}
    with ctx.sessions() as s:
        partner = create_key(s, "partner", "p", organization_id=client.get(f"{API}/services/{services['shelter']}").json()["organization_id"])
    # the partner of the service's organisation reads it too, without the sender's e-mail address
    own = client.get(f"{API}/feedback", headers={"Authorization": f"Bearer {partner}"}).json()["contents"]
    assert [i["message"] for i in own] == ["Het nummer klopt niet."] and "email" not in own[0]
    assert client.get(f"{API}/feedback").status_code == 401


def test_empty_feedback_gets_a_friendly_error(client, auth, services):
    r = post_feedback(client, services["shelter"], message="   ", email="geen-adres")
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "Schrijf in het vak wat er niet klopt." in r.text and "Dit e-mailadres klopt niet" in r.text
    assert 'value="geen-adres"' in r.text
    assert feedback_items(client, auth) == []


def test_honeypot_feedback_is_dropped_silently(client, auth, services):
    r = post_feedback(client, services["shelter"], message="Koop nu!", website="http://spam.example")
    assert r.status_code == 303
    assert feedback_items(client, auth) == []


def test_feedback_is_rate_limited_per_client(client, auth, services):
    statuses = [post_feedback(client, services["shelter"], message=f"Bericht {i}").status_code for i in range(6)]
    assert statuses == [303] * 5 + [429]
    r = post_feedback(client, services["shelter"], message="Nog een")
    assert r.status_code == 429 and "Even geduld" in r.text and int(r.headers["retry-after"]) > 0
    assert ">Nog een</textarea>" in r.text  # what was typed is kept
    assert len(feedback_items(client, auth)) == 5


def test_feedback_about_an_unknown_service_is_a_404_page(client):
    r = client.post("/dienst/00000000-0000-4000-8000-000000000000/feedback", data={"message": "Hallo"})
    assert r.status_code == 404 and "Deze pagina bestaat niet" in r.text


def test_feedback_stores_no_client_address(client, ctx, services):
    from sqlalchemy import inspect

    post_feedback(client, services["shelter"], message="Klopt niet")
    columns = {c["name"] for c in inspect(ctx.engine).get_columns("feedback")}
    assert columns == {"id", "service_id", "message", "email", "language", "created_at", "handled", "note", "handled_at", "handled_by"}


def test_pages_and_assets_are_compressed(client, services):
    for path in ("/zoeken?near=1271", "/static/css/site.css", "/vendor/leaflet/leaflet.js"):
        r = client.get(path, headers={"Accept-Encoding": "gzip"})
        assert r.status_code == 200 and r.headers.get("content-encoding") == "gzip", path


def test_the_filters_that_are_on_show_as_one_line_each_part_removing_itself(client, services):
    html = client.get("/zoeken", params={"q": "veilige plek", "free": "true", "radius_km": "2", "near": "1271"}).text
    line = re.search(r'<p class="active-filters">(.*?)</p>', html, re.S).group(1)
    links = dict((re.sub(r"<[^>]+>", "", text).replace("✕", "").replace("(weghalen)", "").strip(), href.replace("&amp;", "&"))
                 for href, text in re.findall(r'<a href="([^"]+)">(.*?)</a>', line, re.S))
    assert links["Gratis"] == "/zoeken?q=veilige+plek&near=1271&radius_km=2#results"
    assert links["tot 2 km"] == "/zoeken?q=veilige+plek&near=1271&free=true#results"
    assert links["Alle filters weghalen"] == "/zoeken?q=veilige+plek&near=1271#results"
    assert 'action="/zoeken#results"' in html and '<details class="filters-box" id="filters">' in html  # closed
    plain = client.get("/zoeken", params={"q": "veilige & plek"}).text
    assert "active-filters" not in plain
    assert ('href="https://wa.me/?text=Resultaten%20voor%20%E2%80%98veilige%20%26%20plek%E2%80%99'
            '%20%E2%80%93%20http%3A//testserver.local/zoeken%3Fq%3Dveilige%2B%2526%2Bplek"') in plain  # send this list on


def test_a_misspelt_place_gets_did_you_mean(client, services):
    html = client.get("/zoeken", params={"q": "veilige plek", "near": "Huizzen", "free": "true"}).text
    assert "We kennen de plaats of postcode ‘Huizzen’ niet" in html
    assert '<a href="/zoeken?q=veilige+plek&amp;near=Huizen&amp;free=true">Bedoelde u ‘Huizen’?</a>' in html


def test_the_language_switch_keeps_the_search_and_the_way_back(client, services):
    results = client.get("/zoeken", params={"q": "veilige plek", "free": "true"}).text
    assert 'href="http://testserver.local/en/zoeken?q=veilige+plek&amp;free=true" hreflang="en"' in results
    back = "/zoeken?q=veilige+plek&free=true"
    detail = client.get(f"/dienst/{services['shelter']}", headers={"Referer": "http://testserver.local" + back}).text
    switch = re.search(r'<a class="lang-switch" href="([^"]+)"', detail).group(1).replace("&amp;", "&")
    assert switch == f"http://testserver.local/en/dienst/{services['shelter']}?terug=/zoeken%3Fq%3Dveilige%2Bplek%26free%3Dtrue"
    english = client.get(switch).text
    assert 'href="/en/zoeken?q=veilige+plek&amp;free=true" class="back"' in english
    assert "Back to the search results" in english
    # only our own results page is a way back
    evil = client.get(f"/dienst/{services['shelter']}", params={"terug": "https://evil.example/zoeken"}).text
    assert "evil.example" not in evil and "Nieuwe zoekopdracht" in evil


def test_a_listing_says_its_hours_once_with_the_closed_days_to_come(client, auth, services):
    from datetime import date, timedelta

    from sociale_kaart.web.i18n import Translator

    soon, past = date.today() + timedelta(days=20), date.today() - timedelta(days=20)
    data = f.service("Inloop Tijden", days=None, phones=[{"number": "035 111 22 33"}], email="inloop@example.nl", schedules=[
        {"id": f.uid(), "freq": "WEEKLY", "byday": "MO", "opens_at": "09:00", "closes_at": "12:00",
         "description": "Maandag van 9.00 tot 12.00 uur (inloopspreekuur)"},
        {"id": f.uid(), "freq": "WEEKLY", "byday": "FR", "opens_at": "13:00", "closes_at": "15:00"},
        {"id": f.uid(), "valid_from": soon.isoformat(), "valid_to": soon.isoformat(), "description": "Gesloten"},
        {"id": f.uid(), "valid_from": past.isoformat(), "valid_to": past.isoformat(), "description": "Koningsdag"}],
        assured_date="2020-01-02")
    assert client.post(f"{API}/services", json=data, headers=auth).status_code == 201
    html = client.get(f"/dienst/{data['id']}").text
    when = re.search(r'<ul class="openings">(.*?)</ul>', html, re.S).group(1)
    items = [" ".join(re.sub(r"<[^>]+>", "", li).split()) for li in re.findall(r"<li[^>]*>(.*?)</li>", when, re.S)]
    assert items == ["Maandag van 9.00 tot 12.00 uur (inloopspreekuur)", "vrijdag: 13:00 tot 15:00 uur",
                     f"Gesloten: {Translator('nl').date(soon.isoformat())}"]
    assert "Koningsdag" not in html
    # In English the hours are said in English, once: of the Dutch note only what it adds, marked Dutch.
    english = client.get(f"/en/dienst/{data['id']}").text
    when_en = re.search(r'<ul class="openings">(.*?)</ul>', english, re.S).group(1)
    items_en = [" ".join(re.sub(r"<[^>]+>", "", li).split()) for li in re.findall(r"<li[^>]*>(.*?)</li>", when_en, re.S)]
    assert items_en[:2] == ["Monday: 09:00 to 12:00 (inloopspreekuur)", "Friday: 13:00 to 15:00"], items_en
    assert '<span lang="nl">(inloopspreekuur)</span>' in when_en and "Maandag" not in english and "9.00" not in english
    actions = re.search(r'<ul class="actions"[^>]*>(.*?)</ul>', html, re.S).group(1)
    assert 'href="tel:0351112233"' in actions and 'href="mailto:inloop@example.nl"' in actions
    assert html.index('class="actions"') < html.index('id="when"') < html.index('id="apply"') < html.index('id="what"')
    assert "Deze gegevens zijn lang niet gecontroleerd" in html  # assured in 2020, older than SK_STALE_MONTHS
    canonical = f"http://testserver.local/dienst/{data['id']}"
    assert f'href="https://wa.me/?text=Inloop%20Tijden%20%E2%80%93%20{canonical.replace(":", "%3A")}"' in html
    assert 'href="mailto:?subject=Inloop%20Tijden&amp;body=' in html


def test_the_rate_limit_keeps_the_typed_message_and_the_way_back(client, services):
    for i in range(5):
        post_feedback(client, services["shelter"], message=f"Bericht {i}")
    r = post_feedback(client, services["shelter"], message="Mijn lange bericht dat niet verloren mag gaan.", email="a@b.nl")
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    assert "Even geduld" in r.text and 'id="feedback-errors" autofocus' in r.text and 'href="#feedback-send"' in r.text
    assert ">Mijn lange bericht dat niet verloren mag gaan.</textarea>" in r.text and 'value="a@b.nl"' in r.text
    assert "<h1 id=\"service-title\">Vrouwenopvang Test</h1>" in r.text  # the listing itself, not a dead end
