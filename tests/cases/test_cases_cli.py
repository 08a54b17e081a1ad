"""The consultants' command line: accounts and keys with a team, purge-cases after the retention period."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from sociale_kaart.cases import schemas as cs
from sociale_kaart.cases.models import Case, CaseLog
from sociale_kaart.cases.service import Cases, retention_limit
from sociale_kaart.cli import main
from sociale_kaart.partners.models import ApiKey, PartnerAccount
from sociale_kaart.partners.service import Actor


@pytest.fixture
def env(settings, monkeypatch):
    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))
    return settings


def test_consultant_account_and_key_belong_to_one_team(env, session, capsys):
    assert main(["create-account", "--role", "consultant", "--team", "Wijkteam Oost", "--email", "Jan@Team.example"]) == 0
    assert main(["create-key", "--role", "consultant", "--team", "Wijkteam Oost", "--name", "Jan"]) == 0
    assert session.scalar(select(PartnerAccount.team).where(PartnerAccount.email == "jan@team.example")) == "Wijkteam Oost"
    assert session.scalar(select(ApiKey).where(ApiKey.role == "consultant")).name == "Jan"


@pytest.mark.parametrize("argv", [
    ["create-account", "--role", "consultant", "--email", "a@b.example"],
    ["create-key", "--role", "consultant", "--name", "Jan"],
    ["create-key", "--role", "editor", "--team", "Oost"],
])
def test_team_is_required_for_consultants_only(env, session, capsys, argv):
    assert main(argv) == 2
    assert "team" in capsys.readouterr().err.lower()
    assert session.scalars(select(ApiKey)).all() == [] and session.scalars(select(PartnerAccount)).all() == []


def test_retention_limit_counts_calendar_months():
    assert retention_limit(date(2026, 12, 2), 24) == date(2024, 12, 2)
    assert retention_limit(date(2026, 3, 31), 1) == date(2026, 2, 28)


def test_purge_cases_erases_only_closed_cases_before_the_date(env, ctx, capsys):
    with ctx.sessions() as s:
        cases = Cases(ctx, s, Actor("key:Jan:1", "consultant", team="Oost"))
        old = cases.create(cs.CaseIn(code="HH-1"))
        cases.close(old.id)
        still_open = cases.create(cs.CaseIn(code="HH-2"))
        old_id, open_id = old.id, still_open.id
    assert main(["purge-cases", "--closed-before", (date.today() + timedelta(days=1)).isoformat()]) == 0
    assert "Erased 1 closed case" in capsys.readouterr().out
    with ctx.sessions() as s:
        assert s.get(Case, old_id) is None and s.get(Case, open_id) is not None
        assert [r.action for r in s.scalars(select(CaseLog).where(CaseLog.case_id == old_id))] == ["purge"]
    assert main(["purge-cases"]) == 0  # default: the retention period; nothing that old
    assert "Erased 0 closed cases" in capsys.readouterr().out
    assert main(["purge-cases", "--closed-before", "gisteren"]) == 2


def test_demo_accounts_include_two_consultants_and_two_example_households(ctx):
    from sociale_kaart.cli import _demo_accounts
    from sociale_kaart.directory import schemas as s
    from sociale_kaart.partners.service import DEMO_CONSULTANTS, DEMO_TEAM, authenticate
    from tests import factories as f

    with ctx.sessions() as session:
        d = ctx.directory(session)
        d.save_service(s.convert(f.service("Boodschappendienst"), s.Service))
        d.save_service(s.convert(f.service("Hulp in het huishouden", tier="tailored", access="decision"), s.Service))
    _demo_accounts(ctx)
    with ctx.sessions() as session:
        for email, password in DEMO_CONSULTANTS:
            actor = authenticate(session, email, password)
            assert actor.role == "consultant" and actor.team == DEMO_TEAM
        me = authenticate(session, *DEMO_CONSULTANTS[0])
        cases = Cases(ctx, session, me)
        assert sorted(c.code for c in cases.list()) == ["HH-DEMO-001", "HH-DEMO-002"]
        waiting = cases.waiting_for_me()
        assert [(c.code, i.service_name) for c, i in waiting] == [("HH-DEMO-001", "Hulp in het huishouden")]
