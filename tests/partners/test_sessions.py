"""Sign-in sessions end on the server: at sign-out (a copied cookie no longer works), on a password
change (other browsers are signed out, this one stays), and a form from another site is refused."""

from __future__ import annotations

import re

from sociale_kaart.partners.service import create_account
from tests import factories as f

PASSWORD = "een-goed-wachtwoord"


def sign_in(client, email="anna@wijkteam.example") -> str:
    client.cookies.clear()
    r = f.post_form(client, "/partner/inloggen", {"email": email, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return client.cookies.get("sk_partner")


def test_sign_out_ends_the_session_on_the_server(client, session):
    create_account(session, "anna@wijkteam.example", "consultant", None, PASSWORD, team="Noord")
    cookie = sign_in(client)
    assert client.get("/consulent", follow_redirects=False).status_code == 200
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/consulent").text).group(1)
    assert client.post("/partner/uitloggen", data={"csrf": token}, follow_redirects=False).status_code == 303
    client.cookies.set("sk_partner", cookie)  # a copy of the old cookie, kept by someone
    r = client.get("/consulent", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/partner/inloggen"
    sign_in(client)  # signing in again works
    assert client.get("/consulent", follow_redirects=False).status_code == 200


def test_a_password_change_signs_out_other_browsers_but_not_this_one(client, session):
    create_account(session, "anna@wijkteam.example", "consultant", None, PASSWORD, team="Noord")
    other = sign_in(client)
    mine = sign_in(client)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/partner/wachtwoord").text).group(1)
    r = client.post("/partner/wachtwoord", data={"csrf": token, "current": PASSWORD, "password": "een-nieuw-wachtwoord-9",
                                                  "repeat": "een-nieuw-wachtwoord-9"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    assert client.get("/consulent", follow_redirects=False).status_code == 200  # this browser got a new cookie
    assert client.cookies.get("sk_partner") != mine
    client.cookies.set("sk_partner", other)
    assert client.get("/consulent", follow_redirects=False).status_code == 303


def test_sign_in_and_out_from_another_site_are_refused(client, session):
    create_account(session, "anna@wijkteam.example", "consultant", None, PASSWORD, team="Noord")
    r = f.post_form(client, "/partner/inloggen", {"email": "anna@wijkteam.example", "password": PASSWORD},
                    headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert r.status_code == 403 and "sk_partner" not in r.cookies
    sign_in(client)
    r = client.post("/partner/uitloggen", headers={"Origin": "https://evil.example"}, follow_redirects=False)
    assert r.status_code == 403
    assert client.get("/consulent", follow_redirects=False).status_code == 200
