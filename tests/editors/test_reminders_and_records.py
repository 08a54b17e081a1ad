"""`remind` for stale listings (once, to the partner accounts or the organisation's address), the
editors' bulk "ask the partner to check", searches without results counted per week, import
reports kept, and the public hint on listings not checked for a long time (both engines)."""

from __future__ import annotations

import json

import pytest

from sociale_kaart import mail
from sociale_kaart.cli import main
from sociale_kaart.directory import schemas as s
from sociale_kaart.editors import service as editors
from sociale_kaart.partners.service import create_account, create_key
from tests import factories as f


@pytest.fixture
def env(settings, monkeypatch):
    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("SK_OUTBOX_DIR", str(settings.outbox_dir))
    monkeypatch.setenv("SK_PUBLIC_URL", settings.public_url)
    monkeypatch.delenv("SK_SMTP_URL", raising=False)
    monkeypatch.delenv("SK_STALE_MONTHS", raising=False)
    return settings


@pytest.fixture
def listings(ctx):
    with_account = f.organization("Stichting Buurtkracht", email="info@buurtkracht.example")
    address_only = f.organization("Welzijn Oost", email="post@welzijnoost.example")
    nobody = f.organization("Zonder Adres")
    made = {
        "old": f.service("Boodschappendienst", org=with_account, assured_date="2025-06-01"),
        "never": f.service("Klussendienst", org=with_account),
        "fresh": f.service("Taalcafé", org=with_account, assured_date="2026-11-01"),
        "oost": f.service("Buurtkamer Oost", org=address_only, assured_date="2024-01-31"),
        "lost": f.service("Spelletjesmiddag", org=nobody, assured_date="2020-01-01"),
    }
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in made.values():
            d.save_service(s.convert(data, s.Service))
        create_account(session, "anna@buurtkracht.example", "partner", with_account["id"], "een-goed-wachtwoord")
    return {k: v["id"] for k, v in made.items()} | {"org": with_account["id"], "oost_org": address_only["id"]}


def test_remind_mails_each_organisation_with_stale_listings_once(env, listings, capsys):
    assert main(["remind", "--as-of", "2026-12-02"]) == 0
    sent = mail.outbox(env)
    assert sorted(m["To"] for m in sent) == ["anna@buurtkracht.example", "post@welzijnoost.example"]
    anna = next(m for m in sent if m["To"] == "anna@buurtkracht.example").get_content()
    assert "Boodschappendienst" in anna and "Klussendienst (laatst gecontroleerd: nog nooit)" in anna and "Taalcafé" not in anna
    assert "http://testserver/partner" in anna and "Klopt nog" in anna
    assert "2 reminders sent" in capsys.readouterr().out
    assert main(["remind", "--as-of", "2026-12-03"]) == 0  # a re-run the next day sends nothing new
    assert len(mail.outbox(env)) == 2
    assert main(["remind", "--as-of", "2027-01-05"]) == 0  # a month later: once more
    assert len(mail.outbox(env)) == 4
    assert main(["remind", "--as-of", "2026-13-01"]) == 2


def test_editor_asks_partners_to_check_in_bulk(client, ctx, listings):
    with ctx.sessions() as session:
        key = create_key(session, "editor", "redactie")
    auth = {"Authorization": f"Bearer {key}"}
    r = client.post("/api/v1/editors/stale/remind", json={"organization_ids": [listings["oost_org"]]}, headers=auth)
    assert r.status_code == 200 and r.json() == {"sent": 1, "skipped": 0}
    assert [m["To"] for m in mail.outbox(ctx.settings)] == ["post@welzijnoost.example"]
    r = client.post("/api/v1/editors/stale/remind", json={}, headers=auth)
    assert r.json() == {"sent": 1, "skipped": 2}  # Buurtkracht now; Oost was just asked, nobody has no address
    stale = client.get(f"/api/v1/editors/listings?stale=true&organization_id={listings['org']}", headers=auth).json()
    assert [x["name"] for x in stale["contents"]] == ["Klussendienst", "Boodschappendienst"]  # never checked first
    assert client.post("/api/v1/editors/stale/remind", json={"organization_ids": "all"}, headers=auth).status_code == 400


def test_searches_without_results_are_counted_per_week_without_who(client, ctx, listings):
    ctx.indexer.rebuild()
    for q in ("Rouwverwerking", "rouwverwerking ", "RÓUWVERWERKING", "boodschappen"):
        assert client.get("/api/v1/search", params={"q": q}).status_code == 200
    with ctx.sessions() as session:
        weeks = editors.misses(session)
    (week, rows), = weeks.items()
    assert [(r.query, r.count) for r in rows] == [("rouwverwerking", 3)]
    with ctx.sessions() as session:
        key = create_key(session, "editor", "redactie")
    got = client.get("/api/v1/editors/searches-without-results", headers={"Authorization": f"Bearer {key}"}).json()
    assert got[week][0]["query"] == "rouwverwerking"


def test_an_import_keeps_its_report_for_the_editors(env, tmp_path, client, ctx):
    good, bad = f.service("Boodschappendienst"), f.service("Zonder organisatie")
    bad["name"] = ""
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([good, bad]), encoding="utf-8")
    assert main(["import", "hsds", str(path), "--source", "registry"]) == 1
    with ctx.sessions() as session:
        key = create_key(session, "editor", "redactie")
    auth = {"Authorization": f"Bearer {key}"}
    runs = client.get("/api/v1/editors/imports", headers=auth).json()["contents"]
    assert [(r["created"], r["rejected"]) for r in runs] == [(1, 1)]
    run = client.get(f"/api/v1/editors/imports/{runs[0]['id']}", headers=auth).json()
    assert run["report"]["problems"][0]["field"] == "name"
    assert client.get("/api/v1/editors/summary", headers=auth).json()["imports_with_problems"] == 1


def test_public_detail_page_says_when_a_listing_was_not_checked_for_long(client, listings):
    hint = "Deze gegevens zijn lang niet gecontroleerd"
    assert hint in client.get(f"/dienst/{listings['old']}").text
    assert hint in client.get(f"/dienst/{listings['never']}").text
    assert hint not in client.get(f"/dienst/{listings['fresh']}").text
    assert "not been checked for a long time" in client.get(f"/en/dienst/{listings['oost']}").text


def test_stale_threshold_follows_the_setting():
    assert editors.is_stale("2025-12-01", 12, today=__import__("datetime").date(2026, 12, 2))
    assert not editors.is_stale("2025-12-03", 12, today=__import__("datetime").date(2026, 12, 2))
    assert editors.months_before(__import__("datetime").date(2026, 3, 31), 1).isoformat() == "2026-02-28"


def test_an_imported_address_that_cannot_be_placed_is_listed_with_the_way_to_fix_it(env, tmp_path, client, ctx):
    lost = f.location(lat=None, postcode="1004 ZZ")
    lost["addresses"][0].update(address_1="Onbekendeweg 1", city="Nergens")
    path = tmp_path / "feed.json"
    path.write_text(json.dumps([f.service("Koffieochtend Nergens", locations=[lost])]), encoding="utf-8")
    assert main(["import", "hsds", str(path), "--source", "registry"]) == 0
    with ctx.sessions() as session:
        key = create_key(session, "editor", "redactie")
    auth = {"Authorization": f"Bearer {key}"}
    run = client.get("/api/v1/editors/imports", headers=auth).json()["contents"][0]
    assert run["not_geocoded"] == 1 and run["source"] == "registry (feed.json)"
    report = client.get(f"/api/v1/editors/imports/{run['id']}", headers=auth).json()["report"]
    assert any("Onbekendeweg 1 1004 ZZ Nergens" in w["message"] for w in report["warnings"])
    assert client.get("/api/v1/editors/unplaced-locations", headers=auth).json()[0]["address"] == "Onbekendeweg 1"
    create_account_and_sign_in(client, ctx)
    page = client.get(f"/redactie/imports/{run['id']}").text
    assert "Niet op de kaart gezet (1)" in page and "Onbekendeweg 1 1004 ZZ Nergens" in page and 'href="/redactie/adressen"' in page


def create_account_and_sign_in(client, ctx) -> None:
    with ctx.sessions() as session:
        create_account(session, "redactie@gemeente.example", "editor", None, "een-goed-wachtwoord")
    r = f.post_form(client, "/partner/inloggen", {"email": "redactie@gemeente.example", "password": "een-goed-wachtwoord"},
                    follow_redirects=False)
    assert r.status_code == 303


def test_the_reminder_interval_is_a_setting(env, listings, monkeypatch):
    monkeypatch.setenv("SK_STALE_REMIND_DAYS", "7")
    assert main(["remind", "--as-of", "2026-12-02"]) == 0
    assert main(["remind", "--as-of", "2026-12-08"]) == 0
    assert len(mail.outbox(env)) == 2
    assert main(["remind", "--as-of", "2026-12-10"]) == 0
    assert len(mail.outbox(env)) == 4
