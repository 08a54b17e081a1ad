"""Access for a new organisation: asked on a public page, decided by an editor (who calls these
functions from the editors' workspace); one-time password links expire and are stored hashed."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from sociale_kaart import mail
from sociale_kaart.db import utcnow
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.partners import accounts
from sociale_kaart.partners.models import AccessRequest, PartnerAccount, PasswordToken
from sociale_kaart.partners.service import Actor
from tests import factories as f
from tests.partners.conftest import sign_in

EDITOR = Actor("account:redactie@huizen.example", "editor")


def ask(client, **changes):
    data = {"organization_name": "Repair Café Huizen", "contact_name": "Els de Vries", "email": "els@repaircafe.example",
            "phone": "035 123 45 67", "url": "www.repaircafe.example", "kvk": "12345678",
            "message": "Wij repareren samen spullen.", **changes}
    return f.post_form(client, "/partner/toegang", data, follow_redirects=False)


def test_asking_access_checks_everything_at_once(client, ctx):
    r = ask(client, organization_name="", email="geen-mail", phone="123", kvk="12", message="")
    assert r.status_code == 422
    for key in ("organization_name", "email", "phone", "kvk", "message"):
        assert f'id="{key}-error"' in r.text, key
    assert 'value="Els de Vries"' in r.text
    with ctx.sessions() as session:
        assert session.scalar(select(AccessRequest)) is None


def test_an_approved_request_makes_the_organisation_and_mails_a_link(client, ctx):
    assert ask(client).headers["location"] == "/partner/toegang?klaar=sent"
    with ctx.sessions() as session:
        [row] = accounts.list_access_requests(session)
        with pytest.raises(s.Forbidden):
            accounts.approve_access_request(session, ctx.settings, row.id, Actor("account:x", "partner", "x"))
        account = accounts.approve_access_request(session, ctx.settings, row.id, EDITOR)
        org = session.get(m.Organization, account.organization_id)
        assert org.name == "Repair Café Huizen" and org.website == "https://www.repaircafe.example"
        assert [i.identifier for i in org.identifiers] == ["12345678"]
        with pytest.raises(s.InvalidInput):  # decided once
            accounts.approve_access_request(session, ctx.settings, row.id, EDITOR)
    [message] = mail.outbox(ctx.settings)
    assert message["To"] == "els@repaircafe.example" and "Repair Café Huizen staat nu op de Sociale Kaart" in message.get_content()
    link = re.search(r"http://testserver(/partner/wachtwoord/\S+)", message.get_content()).group(1)
    f.post_form(client, link, {"password": "els haar wachtwoord", "repeat": "els haar wachtwoord"})
    assert sign_in(client, "els@repaircafe.example", "els haar wachtwoord").status_code == 303
    assert "Repair Café Huizen" in client.get("/partner").text


def test_a_rejected_request_is_mailed_with_the_reason(client, ctx):
    ask(client)
    with ctx.sessions() as session:
        [row] = accounts.list_access_requests(session)
        with pytest.raises(s.InvalidInput):
            accounts.reject_access_request(session, ctx.settings, row.id, EDITOR, "")
        accounts.reject_access_request(session, ctx.settings, row.id, EDITOR, "Uw organisatie werkt niet in onze gemeente.")
        assert accounts.list_access_requests(session) == []
        assert session.scalar(select(PartnerAccount)) is None
    [message] = mail.outbox(ctx.settings)
    assert "Uw organisatie werkt niet in onze gemeente." in message.get_content()


def test_password_links_are_stored_hashed_and_expire(client, ctx, two_orgs):
    f.post_form(client, "/partner/wachtwoord-vergeten", {"email": "anna@buurtkracht.example"})
    [message] = mail.outbox(ctx.settings)
    token = re.search(r"/partner/wachtwoord/(\S+)", message.get_content()).group(1)
    with ctx.sessions() as session:
        row = session.scalar(select(PasswordToken))
        assert token not in row.token_hash and row.token_hash == accounts.hash_key(token)
        row.expires_at = utcnow() - timedelta(minutes=1)
        session.commit()
    assert client.get(f"/partner/wachtwoord/{token}").status_code == 410
    assert "werkt niet meer" in f.post_form(client, f"/partner/wachtwoord/{token}", {"password": "een nieuw wachtwoord",
                                            "repeat": "een nieuw wachtwoord"}, page="/partner/inloggen").text


def test_a_new_link_replaces_the_earlier_one(ctx, two_orgs):
    with ctx.sessions() as session:
        account = session.scalar(select(PartnerAccount))
        accounts.send_password_link(session, ctx.settings, account.id)
        accounts.send_password_link(session, ctx.settings, account.id)
        first, second = (re.search(r"/partner/wachtwoord/(\S+)", x.get_content()).group(1) for x in mail.outbox(ctx.settings))
        assert accounts.token_account(session, first) is None and accounts.token_account(session, second) is not None
