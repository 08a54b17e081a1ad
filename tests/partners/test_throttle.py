"""Sign-in as the best practice: guessing is slowed down in the database (shared by every server
process) with a 429 and a wait, the real person is never kept out for long, spraying one password
over many accounts is limited, every form sent before signing in carries a CSRF token, and
cookies are Secure by setting."""

from __future__ import annotations

from dataclasses import replace

from litestar.testing import TestClient
from sqlalchemy import select, update

from sociale_kaart.app import create_app
from sociale_kaart.context import Context
from sociale_kaart.partners.service import create_account
from sociale_kaart.throttle import ThrottleCount
from tests import factories as f
from tests.partners.conftest import PASSWORD, sign_in

EMAIL = "anna@buurtkracht.example"


def later(ctx, seconds: float) -> None:
    """As if `seconds` had passed for every count."""
    with ctx.sessions() as session:
        session.execute(update(ThrottleCount).values(last_at=ThrottleCount.last_at - seconds))
        session.commit()


def test_wrong_passwords_make_the_next_try_wait_and_the_real_person_gets_in_after_it(client, ctx, two_orgs):
    assert [sign_in(client, password="fout").status_code for _ in range(5)] == [401] * 5
    r = sign_in(client)  # the right password, but within the wait
    assert r.status_code == 429 and int(r.headers["retry-after"]) == 15
    assert "Wacht een paar minuten" in r.text and f'value="{EMAIL}"' in r.text and "sk_partner" not in r.cookies
    later(ctx, 16)
    assert sign_in(client).status_code == 303
    with ctx.sessions() as session:  # a sign-in clears the account's count (the address's stays)
        assert len(session.scalars(select(ThrottleCount)).all()) == 1


def test_the_wait_grows_but_never_beyond_five_minutes(client, ctx, two_orgs):
    waits = []
    while len(waits) < 7:
        r = sign_in(client, password="fout")
        if r.status_code == 429:
            waits.append(int(r.headers["retry-after"]))
            later(ctx, waits[-1])
    assert waits == [15, 30, 60, 120, 240, 300, 300]


def test_the_count_is_shared_by_every_server_process(client, ctx, two_orgs):
    for _ in range(5):
        sign_in(client, password="fout")
    other = Context(ctx.settings)  # a second process: its own app, the same database
    try:
        with TestClient(create_app(ctx.settings, other)) as second:
            assert sign_in(second).status_code == 429
    finally:
        other.close()


def test_spraying_one_password_over_many_accounts_from_one_address_is_limited(client, session):
    for i in range(3):
        create_account(session, f"persoon{i}@buurtkracht.example", "consultant", None, PASSWORD, team="Noord")
    statuses = [sign_in(client, f"persoon{i}@buurtkracht.example", "Welkom01!").status_code for i in range(21)]
    assert statuses == [401] * 20 + [429]


def test_the_table_holds_no_address_in_plain_text(client, ctx, two_orgs):
    sign_in(client, password="fout")
    with ctx.sessions() as session:
        keys = session.scalars(select(ThrottleCount.key)).all()
    assert len(keys) == 2 and not any("@" in k or "testclient" in k for k in keys)


def test_sign_in_without_the_forms_token_is_refused(client, two_orgs):
    r = client.post("/partner/inloggen", data={"email": EMAIL, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403 and "sk_partner" not in r.cookies and "verlopen" in r.text
    client.cookies.clear()  # a token from another browser (the attacker's own) does not fit this one's cookie
    r = f.post_form(client, "/partner/inloggen", {"email": EMAIL, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 303
    attacker = TestClient(client.app)
    stolen = attacker.get("/partner/inloggen").text.split('name="csrf" value="')[1].split('"')[0]
    client.cookies.clear()
    client.get("/partner/inloggen")
    r = client.post("/partner/inloggen", data={"csrf": stolen, "email": EMAIL, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 403


def test_sign_out_needs_the_sessions_token(client, two_orgs):
    assert sign_in(client).status_code == 303
    r = client.post("/partner/uitloggen", data={"csrf": "fout"}, follow_redirects=False)
    assert r.status_code == 403
    assert client.get("/partner", follow_redirects=False).status_code == 200  # still signed in


def test_the_other_forms_before_signing_in_need_a_token_too(client, two_orgs):
    listing = f"/dienst/{two_orgs[0]['id']}"
    for path, page, data in (("/partner/wachtwoord-vergeten", None, {"email": EMAIL}),
                             ("/partner/toegang", None, {"organization_name": "X", "contact_name": "Y", "email": EMAIL, "message": "Hoi"}),
                             (listing + "/feedback", listing, {"message": "Het nummer klopt niet"})):
        r = client.post(path, data=data, follow_redirects=False)
        assert r.status_code == 403 and "verlopen" in r.text, path
        assert f.post_form(client, path, data, page=page, follow_redirects=False).status_code in (200, 303), path
    assert "Het nummer klopt niet" in client.post(listing + "/feedback", data={"message": "Het nummer klopt niet"}).text


def test_password_reset_mails_are_limited_per_address(client, ctx, two_orgs):
    statuses = [f.post_form(client, "/partner/wachtwoord-vergeten", {"email": EMAIL}).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_access_requests_are_limited_per_client_and_keep_what_was_typed(client, two_orgs):
    data = {"organization_name": "Repair Café", "contact_name": "Els", "email": "els@repaircafe.example", "message": "Graag"}
    statuses = [f.post_form(client, "/partner/toegang", data, follow_redirects=False).status_code for _ in range(6)]
    assert statuses == [303] * 5 + [429]
    r = f.post_form(client, "/partner/toegang", data, follow_redirects=False)
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0 and "Repair Café" in r.text


def test_cookies_are_secure_unless_turned_off(ctx, two_orgs):
    for settings, secure in ((replace(ctx.settings, cookie_secure=None), True), (replace(ctx.settings, cookie_secure=None, demo=True), False),
                             (replace(ctx.settings, cookie_secure=False), False)):
        other = Context(settings)
        try:
            with TestClient(create_app(settings, other)) as c:
                r = c.get("/partner/inloggen")
                assert ("secure" in r.headers["set-cookie"].lower()) == secure, settings
        finally:
            other.close()
