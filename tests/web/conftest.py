"""A real server on a loopback port and Debian's Chromium for the browser tests.

Browser tests run against the SQLite demo only (they are slow); the page tests with TestClient
run on both engines. Without /usr/bin/chromium the browser tests are skipped, unless CI=true.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import IN_CI, REPO
from tests.servers import free_port

CHROMIUM = Path(os.environ.get("SK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = REPO / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def live_server(demo_ctx):
    """The demo app (demo mode on) served by uvicorn in a background thread; yields its base URL."""
    import uvicorn

    from sociale_kaart.app import create_app

    settings = replace(demo_ctx.settings, demo=True, log_requests=False)
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
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail(f"{CHROMIUM} is required for the browser tests in CI")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); set CI=true to make this an error")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def offline(context) -> None:
    """Tests run offline: every request that leaves the loopback server fails, as tiles will."""
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
                  else route.abort())


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server, locale="nl-NL")
    offline(context)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.errors = errors
    yield pg
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


def screenshot(pg, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
