"""Reminders on both engines: a referral unanswered for N working days reminds the organisation (its
partner accounts and its own address), once per N working days; a review date reminds the coordinator."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from sociale_kaart import mail
from sociale_kaart.cases import schemas as cs
from sociale_kaart.cases.service import Cases
from sociale_kaart.context import Context
from sociale_kaart.partners.service import Actor, create_account
from sociale_kaart.referrals.models import Referral
from sociale_kaart.referrals.service import holidays, remind_referrals, remind_reviews, working_days_between
from tests.referrals.conftest import case_with_item, send

FRIDAY_BEFORE_KINGS_DAY = datetime(2026, 4, 24, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def mailing(settings, tmp_path):
    context = Context(replace(settings, outbox_dir=tmp_path / "reminders", referral_reminder_days=3,
                              public_url="https://kaart.example"))
    yield context
    context.close()


def test_working_days_skip_weekends_and_public_holidays():
    assert date(2026, 4, 27) in holidays(2026) and date(2026, 5, 14) in holidays(2026)  # Koningsdag, Hemelvaart
    assert date(2026, 4, 5) not in holidays(2026) and date(2026, 4, 6) in holidays(2026)  # Easter Sunday, Monday
    assert working_days_between(date(2026, 4, 24), date(2026, 4, 29)) == 2
    assert working_days_between(date(2026, 4, 24), date(2026, 4, 30)) == 3
    assert working_days_between(date(2026, 12, 2), date(2026, 12, 2)) == 0


def test_an_unanswered_referral_reminds_the_organisation_once(client, ctx, world, mailing):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    with ctx.sessions() as s:
        s.get(Referral, ref["id"]).created_at = FRIDAY_BEFORE_KINGS_DAY
        s.commit()
    assert remind_referrals(mailing, date(2026, 4, 29)) == []  # two working days: Koningsdag does not count
    assert mail.outbox(mailing.settings) == []
    lines = remind_referrals(mailing, date(2026, 4, 30))
    assert len(lines) == 1
    [message] = mail.outbox(mailing.settings)
    assert message["To"] == "anna@buurtkracht.example"
    body = message.get_content()
    assert "Boodschappendienst Buurtkracht" in body and "HH-2026-001" in body
    assert "https://kaart.example/partner/verwijzingen" in body
    assert "Truus" not in body and "boodschappen." not in body  # a mail carries no more than the code
    assert remind_referrals(mailing, date(2026, 4, 30)) == []  # not twice for the same days
    assert remind_referrals(mailing, date(2026, 5, 6)) != []  # again after three more working days
    log = [e["action"] for e in client.get(f"/api/v1/cases/{case}/log", headers=world["anna"]).json()]
    assert log.count("referral reminder") == 2


def test_an_answered_referral_reminds_nobody(client, ctx, world, mailing):
    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    client.post(f"/api/v1/referrals/{ref['id']}/status", headers=world["buurt"], json={"status": "accepted"})
    with ctx.sessions() as s:
        s.get(Referral, ref["id"]).created_at = FRIDAY_BEFORE_KINGS_DAY
        s.commit()
    assert remind_referrals(mailing, date(2026, 5, 30)) == []
    assert mail.outbox(mailing.settings) == []


def test_a_review_date_reminds_the_coordinator_once(client, ctx, world, mailing):
    with ctx.sessions() as s:
        create_account(s, "consulent@noord.example", "consultant", password="een-goed-wachtwoord", team="Noord")
        cases = Cases(ctx, s, Actor("account:consulent@noord.example", "consultant", None, "Noord"))
        case = cases.create(cs.CaseIn(code="HH-REVIEW-1", postcode="1271"))
        cases.add_item(case.id, cs.PlanIn(service_id=world["svc"]["shopping"], life_domain="instrumental_adl",
                                          start_date=date(2026, 3, 1), review_date=date(2026, 4, 15)))
    assert remind_reviews(mailing, date(2026, 4, 14)) == []
    assert len(remind_reviews(mailing, date(2026, 4, 15))) == 1
    [message] = mail.outbox(mailing.settings)
    assert message["To"] == "consulent@noord.example" and "HH-REVIEW-1" in message.get_content()
    assert f"https://kaart.example/consulent/huishouden/{case.id}" in message.get_content()
    assert remind_reviews(mailing, date(2026, 4, 20)) == []


def test_remind_command_writes_referral_reminders_into_the_outbox(client, ctx, world, settings, tmp_path, monkeypatch, capsys):
    from sociale_kaart.cli import main

    case, item = case_with_item(client, world)
    ref = send(client, world, case, item["id"]).json()
    with ctx.sessions() as s:
        s.get(Referral, ref["id"]).created_at = FRIDAY_BEFORE_KINGS_DAY
        s.commit()
    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))
    monkeypatch.setenv("SK_OUTBOX_DIR", str(tmp_path / "cli-outbox"))
    assert main(["remind", "--as-of", "2026-04-29"]) == 0
    assert "referrals:" not in capsys.readouterr().out
    assert main(["remind", "--as-of", "2026-04-30"]) == 0
    assert "referrals: 1 unanswered, reminded anna@buurtkracht.example" in capsys.readouterr().out
    [eml] = [p for p in (tmp_path / "cli-outbox").glob("*.eml") if "Subject: Er wacht een verwijzing op uw antwoord" in p.read_text()]
    assert "Boodschappendienst Buurtkracht" in eml.read_text()
