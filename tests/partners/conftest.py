"""Partner page tests: the mail goes to an outbox folder of each test's own."""

import html as htmllib
import re

import pytest

from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.service import create_account
from sociale_kaart.settings import Settings
from tests import factories as f

PASSWORD = "een-goed-wachtwoord"


@pytest.fixture
def settings(clean_db, tmp_path) -> Settings:
    return Settings(database_url=clean_db.url.render_as_string(hide_password=False), index_dir=tmp_path / "index", cookie_secure=False,
                    log_requests=False, outbox_dir=tmp_path / "outbox", public_url="http://testserver")


@pytest.fixture
def two_orgs(ctx):
    """Buurtkracht (Anna's) with a service in Huizen; Andere Stichting with its own service and location."""
    own, other = f.organization("Buurtkracht"), f.organization("Andere Stichting")
    mine, theirs = f.service("Boodschappendienst", org=own), f.service("Klussendienst", org=other)
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in (mine, theirs):
            d.save_service(s.convert(data, s.Service))
        create_account(session, "anna@buurtkracht.example", "partner", own["id"], PASSWORD)
    return mine, theirs


def sign_in(client, email="Anna@Buurtkracht.example", password=PASSWORD):
    return f.post_form(client, "/partner/inloggen", {"email": email, "password": password}, follow_redirects=False)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def form_of(html: str, action: str) -> dict[str, str]:
    """The values a browser would send from the form with this action (text inputs, checked boxes, selects)."""
    start = html.index(f'action="{action}"')
    body = html[start:html.index("</form>", start)]
    out: dict[str, str] = {}
    for tag in re.findall(r"<input[^>]*>", body):
        name = re.search(r'name="([^"]+)"', tag)
        if not name:
            continue
        kind = (re.search(r'type="([^"]+)"', tag) or [None, "text"])[1]
        value = (re.search(r'value="([^"]*)"', tag) or [None, ""])[1]
        if kind in ("checkbox", "radio") and " checked" not in tag:
            continue
        out[name.group(1)] = htmllib.unescape(value)
    for name, text in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', body, re.S):
        out[name] = htmllib.unescape(text)
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', body, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected', options) or re.search(r'<option value="([^"]*)"', options)
        out[name] = chosen.group(1)
    return out
