"""The API documentation at /schema: served from the package, offline, within the CSP."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import offline


def test_docs_page_loads_nothing_from_elsewhere_and_has_a_csp(client):
    r = client.get("/schema")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    assert not re.search(r'(src|href)="(https?:)?//', r.text), "the docs page must not load from another site"
    assert "<script>" not in r.text.replace(" ", "")  # no inline script
    csp = r.headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]+)", csp).group(1)
    assert script_src.strip() == "'self'"
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    spec = client.get("/schema/openapi.json").json()
    need = spec["components"]["schemas"]["Need"]["properties"]
    assert "social_network" in need["life_domains"]["description"] and "ZRM" in need["zrm"]["description"]


@pytest.mark.browser
@pytest.mark.parametrize("demo_ctx", ["sqlite"], indirect=True)
def test_docs_render_offline_in_a_browser(browser, live_server):
    context = browser.new_context(base_url=live_server)
    offline(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto("/schema")
        page.get_by_text("/api/v1/resolve", exact=True).first.wait_for(timeout=15000)
        assert "Sociale Kaart API" in page.inner_text("body")
        assert not errors, errors
    finally:
        context.close()
