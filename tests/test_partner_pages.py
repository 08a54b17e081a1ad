"""The partner pages: sign in, edit only your own services, confirm they are still correct."""

import re

import pytest
from sqlalchemy import select

from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.service import create_account
from tests import factories as f


@pytest.fixture
def two_orgs(ctx):
    own, other = f.organization("Buurtkracht"), f.organization("Andere Stichting")
    mine, theirs = f.service("Boodschappendienst", org=own), f.service("Klussendienst", org=other)
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in (mine, theirs):
            d.save_service(s.convert(data, s.Service))
        create_account(session, "anna@buurtkracht.example", "partner", own["id"], "een-goed-wachtwoord")
    return mine["id"], theirs["id"]


def sign_in(client, password="een-goed-wachtwoord"):
    return client.post("/partner/inloggen", data={"email": "Anna@Buurtkracht.example", "password": password},
                       follow_redirects=False)


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_pages_need_a_sign_in(client, two_orgs):
    r = client.get("/partner", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/partner/inloggen"
    assert client.get("/partner/inloggen").status_code == 200


def test_wrong_password_is_refused_and_guessing_is_slowed_down(client, two_orgs):
    r = sign_in(client, "fout")
    assert r.status_code == 401 and "klopt niet" in r.text
    for _ in range(5):
        sign_in(client, "fout")
    assert "te vaak" in sign_in(client).text  # even the right password waits now


def test_partner_sees_and_edits_only_its_own_services(client, ctx, two_orgs):
    mine, theirs = two_orgs
    assert sign_in(client).status_code == 303
    dashboard = client.get("/partner").text
    assert "Boodschappendienst" in dashboard and "Klussendienst" not in dashboard
    token = csrf_of(dashboard)
    r = client.post(f"/partner/dienst/{mine}", data={"csrf": token, "description": "Wij doen boodschappen voor u.",
                                                     "waiting_weeks": "2", "status": "active"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    with ctx.sessions() as session:
        row = session.get(m.Service, mine)
        assert (row.description, row.waiting_weeks) == ("Wij doen boodschappen voor u.", 2)
        who = session.scalar(select(m.ChangeRecord.updated_by).where(m.ChangeRecord.resource_id == mine,
                                                                     m.ChangeRecord.field_name == "description"))
        assert who == "account:anna@buurtkracht.example"
    assert client.get(f"/partner/dienst/{theirs}").status_code == 403
    r = client.post(f"/partner/dienst/{theirs}", data={"csrf": token, "description": "Overgenomen"}, follow_redirects=False)
    assert r.status_code == 403
    with ctx.sessions() as session:
        assert session.get(m.Service, theirs).description != "Overgenomen"


def test_forms_without_the_csrf_token_change_nothing(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    r = client.post(f"/partner/dienst/{mine}/klopt", data={"csrf": "nep"}, follow_redirects=False)
    assert r.status_code == 403
    with ctx.sessions() as session:
        assert session.get(m.Service, mine).assured_date is None


def test_confirm_still_correct_sets_the_assured_date(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    token = csrf_of(client.get("/partner").text)
    assert client.post(f"/partner/dienst/{mine}/klopt", data={"csrf": token}, follow_redirects=False).status_code == 303
    with ctx.sessions() as session:
        assert session.get(m.Service, mine).assured_date is not None


def test_invalid_edit_is_shown_with_a_message_and_changes_nothing(client, ctx, two_orgs):
    mine, _ = two_orgs
    sign_in(client)
    token = csrf_of(client.get("/partner").text)
    r = client.post(f"/partner/dienst/{mine}", data={"csrf": token, "description": "Nieuw", "waiting_weeks": "veel",
                                                     "email": "geen-mail"})
    assert r.status_code == 422 and 'aria-invalid="true"' in r.text
    with ctx.sessions() as session:
        assert session.get(m.Service, mine).description != "Nieuw"


def test_a_forged_cookie_is_not_a_sign_in(client, two_orgs):
    client.cookies.set("sk_partner", "eyJlbWFpbCI6ImFubmFAYnV1cnRrcmFjaHQuZXhhbXBsZSJ9.vals")
    assert client.get("/partner", follow_redirects=False).status_code == 303
