"""The editors' pages without JavaScript (TestClient, both engines): who gets in, each page,
and the three jobs of the issue: handle a resident's message, approve a partner's change and
merge a duplicate; disabling an account ends its sessions at once."""

from __future__ import annotations

import re

import pytest

from importers.report import Problem, Report
from sociale_kaart import mail
from sociale_kaart.directory import schemas as s
from sociale_kaart.editors import service as editors
from sociale_kaart.editors.moderation import set_moderation
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners.service import SYSTEM, create_account, create_key
from tests import factories as f

PASSWORD = "een-goed-wachtwoord"


@pytest.fixture
def world(ctx, tmp_path):
    org = f.organization("Stichting Samen op Pad", phones=[{"id": f.uid(), "number": "035 123 45 67"}])
    other = f.organization("Buurtwerk Oost")
    a = f.service("Maatjesproject Samen op Pad", org=org, phones=[{"id": f.uid(), "number": "035 123 45 67"}], assured_date="2020-01-01")
    b = f.service("Maatjes project Samen Op Pad", org=other, phones=[{"id": f.uid(), "number": "035-1234567"}])
    c = f.service("Klussendienst Oost", org=other, assured_date="2099-01-01")
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in (a, b, c):
            d.save_service(s.convert(data, s.Service))
        message = feedback.submit(session, a["id"], "Het telefoonnummer is veranderd.", "bewoner@example.nl")
        for email, role, oid in (("redactie@gemeente.example", "editor", None), ("partner@samen.example", "partner", org["id"]),
                                 ("consulent@gemeente.example", "consultant", None)):
            create_account(session, email, role, oid, PASSWORD, team="Noord" if role == "consultant" else None)
        partner_key = create_key(session, "partner", "samen", org["id"])
        editors.record_import(session, Report(source="registry.json", created=3, updated=1, rejected=1, not_geocoded=0,
                                              problems=[Problem("registry.json", "[2]", "name", "name is required")]))
        editors.count_miss(session, "Rouwverwerking")
    return {"org": org["id"], "other": other["id"], "a": a["id"], "b": b["id"], "c": c["id"], "message": message,
            "partner_key": partner_key}


def sign_in(client, email: str) -> None:
    client.cookies.clear()
    r = f.post_form(client, "/partner/inloggen", {"email": email, "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 303, r.text


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_only_editors_get_in_and_editors_land_on_redactie(client, world):
    r = client.get("/redactie", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/partner/inloggen"
    sign_in(client, "partner@samen.example")
    assert client.get("/redactie", follow_redirects=False).headers["location"] == "/partner"
    sign_in(client, "consulent@gemeente.example")
    assert client.get("/en/redactie", follow_redirects=False).headers["location"] == "/en/consulent"
    client.cookies.clear()
    r = f.post_form(client, "/partner/inloggen", {"email": "redactie@gemeente.example", "password": PASSWORD}, follow_redirects=False)
    assert r.headers["location"] == "/redactie"


def test_every_page_answers_in_dutch_and_english(client, world):
    sign_in(client, "redactie@gemeente.example")
    start = client.get("/redactie").text
    assert "Werkplek redactie" in start and "meldingen van inwoners wachten op u" in start
    for path, words in (("/meldingen", "Het telefoonnummer is veranderd."), ("/wijzigingen", "Wachten op controle"),
                        ("/logboek", "Logboek"), ("/aanbod?tier=volunteer", "Klussendienst Oost"),
                        ("/verouderd", "Maatjesproject Samen op Pad"), ("/dubbel", "zelfde naam op postcode"),
                        ("/imports", "registry.json"), ("/adressen", "Alle locaties staan op de kaart"),
                        ("/accounts", "partner@samen.example"), ("/zoekvragen", "rouwverwerking")):
        r = client.get("/redactie" + path)
        assert r.status_code == 200 and words in r.text, path
        assert client.get("/en/redactie" + path).status_code == 200
    assert "Klussendienst" not in client.get("/redactie/verouderd").text  # checked recently
    run = re.search(r'/redactie/imports/([0-9a-f-]{36})', client.get("/redactie/imports").text).group(1)
    assert "name is required" in client.get(f"/redactie/imports/{run}").text
    assert "Maatjesproject" not in client.get("/redactie/aanbod?q=klus").text
    assert client.get("/redactie/aanbod?pagina=x&tier=nonsense").status_code == 200
    assert client.get("/redactie/imports/nope").status_code == 404


def test_editor_handles_a_residents_message(client, world):
    sign_in(client, "redactie@gemeente.example")
    page = client.get("/redactie/meldingen").text
    assert f"/partner/dienst/{world['a']}" in page  # the link to edit the listing
    r = client.post(f"/redactie/meldingen/{world['message']}", data={"csrf": csrf_of(page), "note": "Nummer aangepast.",
                                                                     "action": "handled", "status": "open"}, follow_redirects=False)
    assert r.status_code == 303
    assert "Het telefoonnummer is veranderd." not in client.get("/redactie/meldingen").text
    handled = client.get("/redactie/meldingen?status=afgehandeld").text
    assert "Nummer aangepast." in handled
    r = client.post(f"/redactie/meldingen/{world['message']}", data={"csrf": "wrong", "action": "reopen"})
    assert r.status_code == 403


def test_editor_approves_and_rejects_a_partners_change(client, ctx, world):
    with ctx.sessions() as session:
        set_moderation(session, SYSTEM, world["org"], True)
    auth = {"Authorization": f"Bearer {world['partner_key']}"}
    assert client.patch(f"/api/v1/services/{world['a']}", json={"description": "Wij zoeken ook maatjes voor jongeren."},
                        headers=auth).status_code == 202
    assert client.patch(f"/api/v1/services/{world['a']}", json={"email": "nieuw@samen.example"}, headers=auth).status_code == 202
    sign_in(client, "redactie@gemeente.example")
    page = client.get("/redactie/wijzigingen").text
    assert "Wij zoeken ook maatjes voor jongeren." in page and "Stichting Samen op Pad" in page
    first, second = re.findall(r'action="/redactie/wijzigingen/([0-9a-f-]{36})"', page)
    r = client.post(f"/redactie/wijzigingen/{first}", data={"csrf": csrf_of(page), "decision": "approve"}, follow_redirects=False)
    assert r.status_code == 303 and "goedgekeurd" in r.headers["location"]
    assert client.get(f"/api/v1/services/{world['a']}").json()["description"] == "Wij zoeken ook maatjes voor jongeren."
    # the second change was made against the record before the first was approved: it changed since
    r = client.post(f"/redactie/wijzigingen/{second}", data={"csrf": csrf_of(page), "decision": "approve"}, follow_redirects=False)
    assert "veranderd" in r.headers["location"]
    assert "veranderd nadat de partner" in client.get(r.headers["location"]).text
    r = client.post(f"/redactie/wijzigingen/{second}", data={"csrf": csrf_of(page), "decision": "reject",
                                                              "message": "Stuur het nieuwe adres nog eens, dan zetten we het erin."},
                    follow_redirects=False)
    assert "afgewezen" in r.headers["location"]
    rejected = client.get("/api/v1/changes?status=rejected", headers=auth).json()["contents"]
    assert rejected[0]["message"] == "Stuur het nieuwe adres nog eens, dan zetten we het erin."
    sent = mail.outbox(ctx.settings)[-1]
    assert sent["To"] == "partner@samen.example" and "Stuur het nieuwe adres nog eens" in sent.get_content()
    assert client.get(f"/api/v1/services/{world['a']}").json().get("email") != "nieuw@samen.example"
    # moderation off again from the page
    page = client.get("/redactie/wijzigingen").text
    r = client.post("/redactie/moderatie", data={"csrf": csrf_of(page), "organization_id": world["org"], "moderated": "no"},
                    follow_redirects=False)
    assert r.status_code == 303
    assert client.patch(f"/api/v1/services/{world['a']}", json={"description": "Direct."}, headers=auth).status_code == 200


def test_editor_merges_a_duplicate_choosing_per_field(client, world):
    sign_in(client, "redactie@gemeente.example")
    page = client.get("/redactie/dubbel").text
    assert "Maatjes project Samen Op Pad" in page
    link = re.search(r'href="(/redactie/dubbel/vergelijk\?a=[^"]+)"', page).group(1).replace("&amp;", "&")
    compare = client.get(link)
    assert compare.status_code == 200
    keep = re.search(r'name="keep" value="([^"]+)"', compare.text).group(1)
    other = re.search(r'name="other" value="([^"]+)"', compare.text).group(1)
    r = client.post("/redactie/dubbel/samenvoegen", data={"csrf": csrf_of(compare.text), "keep": keep, "other": other,
                                                          "field_name": "other"}, follow_redirects=False)
    assert r.status_code == 303, r.text
    kept = client.get(f"/api/v1/services/{keep}").json()
    gone = client.get(f"/api/v1/services/{other}").json()
    assert gone["status"] == "inactive" and kept["name"] == gone["name"]
    assert "Maatjes project" not in client.get("/redactie/dubbel").text


def test_not_a_duplicate_is_remembered(client, world):
    sign_in(client, "redactie@gemeente.example")
    page = client.get("/redactie/dubbel").text
    r = client.post("/redactie/dubbel/geen-dubbel", data={"csrf": csrf_of(page), "a": world["a"], "b": world["b"]}, follow_redirects=False)
    assert r.status_code == 303
    assert "Maatjes project Samen Op Pad" not in client.get("/redactie/dubbel").text


def test_disabling_an_account_ends_its_sessions_at_once_and_reset_sends_a_link(client, ctx, world):
    from litestar.testing import TestClient

    with TestClient(client.app) as partner:
        r = f.post_form(partner, "/partner/inloggen", {"email": "partner@samen.example", "password": PASSWORD}, follow_redirects=False)
        assert r.status_code == 303 and partner.get("/partner", follow_redirects=False).status_code == 200
        sign_in(client, "redactie@gemeente.example")
        page = client.get("/redactie/accounts").text
        rows = dict(re.findall(r'<th scope="row">([^<]+)</th>.*?action="/redactie/accounts/([0-9a-f-]{36})"', page, re.S))
        account_id = rows["partner@samen.example"]
        r = client.post(f"/redactie/accounts/{account_id}", data={"csrf": csrf_of(page), "action": "reset"}, follow_redirects=False)
        assert r.status_code == 303
        sent = mail.outbox(ctx.settings)
        assert sent and sent[-1]["To"] == "partner@samen.example" and "/partner/wachtwoord/" in sent[-1].get_content()
        r = client.post(f"/redactie/accounts/{account_id}", data={"csrf": csrf_of(page), "action": "disable"}, follow_redirects=False)
        assert "uitgezet" in r.headers["location"]
        assert partner.get("/partner", follow_redirects=False).headers["location"] == "/partner/inloggen"
        r = f.post_form(partner, "/partner/inloggen", {"email": "partner@samen.example", "password": PASSWORD}, follow_redirects=False)
        assert r.status_code == 401
        # an editor cannot switch off their own account
        own = rows["redactie@gemeente.example"]
        r = client.post(f"/redactie/accounts/{own}", data={"csrf": csrf_of(page), "action": "disable"}, follow_redirects=False)
        assert "niet-jezelf" in r.headers["location"]


def test_revoking_a_key_stops_it_at_once(client, world):
    auth = {"Authorization": f"Bearer {world['partner_key']}"}
    assert client.get("/api/v1/feedback", headers=auth).status_code == 200
    sign_in(client, "redactie@gemeente.example")
    page = client.get("/redactie/accounts").text
    key_id = re.search(r'action="/redactie/sleutels/([0-9a-f-]{36})"', page).group(1)
    assert client.post(f"/redactie/sleutels/{key_id}", data={"csrf": csrf_of(page)}, follow_redirects=False).status_code == 303
    assert client.get("/api/v1/feedback", headers=auth).status_code == 401


def test_a_partners_change_in_the_partner_pages_waits_for_the_editor(client, ctx, world):
    from tests.partners.conftest import form_of

    with ctx.sessions() as session:
        set_moderation(session, SYSTEM, world["org"], True)
    sign_in(client, "partner@samen.example")
    action = f"/partner/dienst/{world['a']}"
    form = form_of(client.get(action).text, action)
    form["description"] = "Nu ook op zaterdag."
    r = client.post(action, data=form, follow_redirects=False)
    assert r.status_code == 303  # the partner pages say "wacht op controle"
    assert client.get(f"/api/v1/services/{world['a']}").json()["description"] != "Nu ook op zaterdag."
    sign_in(client, "redactie@gemeente.example")
    assert "Nu ook op zaterdag." in client.get("/redactie/wijzigingen").text


def test_an_address_that_could_not_be_placed_is_fixed_from_the_import_page(client, ctx, world):
    lost = f.location(lat=None, postcode="9999 ZZ")
    lost["addresses"][0].update(address_1="Onbekendeweg 1", city="Nergens")
    svc = f.service("Koffieochtend Nergens", locations=[lost])
    with ctx.sessions() as session:
        ctx.directory(session).save_service(s.convert(svc, s.Service))
    sign_in(client, "redactie@gemeente.example")
    page = client.get("/redactie/adressen").text
    assert "Onbekendeweg 1" in page and "9999 ZZ" in page
    action = f"/redactie/adressen/{lost['id']}"
    r = client.post(action, data={"csrf": csrf_of(page), "address_1": "Onbekendeweg 1", "postal_code": "", "city": "Nergens"},
                    follow_redirects=False)
    assert "klaar=leeg" in r.headers["location"]
    assert "Vul straat, postcode en plaats in." in client.get(r.headers["location"]).text
    r = client.post(action, data={"csrf": csrf_of(page), "address_1": "Havenstraat 1", "postal_code": "1271 AB", "city": "Huizen"},
                    follow_redirects=False)
    assert r.headers["location"] == "/redactie/adressen?klaar=geplaatst"
    placed = client.get(f"/api/v1/locations/{lost['id']}").json()
    assert placed["latitude"] and placed["addresses"][0]["postal_code"] == "1271 AB"
    assert "Onbekendeweg" not in client.get("/redactie/adressen").text
