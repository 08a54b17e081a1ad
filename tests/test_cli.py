"""The command line: init-db, create-key, import/export hsds, gazetteer load, exit codes."""

import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from sociale_kaart.cli import main
from sociale_kaart.directory import models as m
from sociale_kaart.geo.models import GazetteerEntry
from sociale_kaart.hsds import errors as hsds_errors
from sociale_kaart.partners.models import ApiKey
from tests import factories as f
from tests.conftest import HSDS_EXAMPLES, REPO


@pytest.fixture
def env(settings, monkeypatch):
    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))
    return settings


def services(session) -> int:
    return session.scalar(select(func.count()).select_from(m.Service))


def test_init_db_is_idempotent(env, capsys):
    assert main(["init-db"]) == 0
    assert main(["init-db"]) == 0


def test_init_db_on_an_empty_sqlite_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SK_DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")
    assert main(["init-db"]) == 0
    assert main(["init-db"]) == 0
    from sqlalchemy import create_engine

    with create_engine(f"sqlite:///{tmp_path / 'new.db'}").connect() as conn:
        assert conn.execute(select(func.count()).select_from(GazetteerEntry)).scalar() > 4000


def test_create_key_prints_it_once_and_stores_only_a_hash(env, session, capsys):
    assert main(["create-key", "--role", "admin"]) == 0
    key = capsys.readouterr().out.strip().splitlines()[-1]
    assert key.startswith("sk_") and len(key) > 30
    stored = session.scalars(select(ApiKey.key_hash)).all()
    assert key not in stored and len(stored) == 1


def test_create_key_rejects_a_partner_key_without_organization(env, capsys):
    assert main(["create-key", "--role", "partner"]) == 2
    assert "organization" in capsys.readouterr().err


def test_import_hsds_examples_with_tier_warning_and_export_again(env, session, tmp_path, capsys):
    report = tmp_path / "report.json"
    assert main(["import", "hsds", str(HSDS_EXAMPLES / "service_full.json"), "--report", str(report)]) == 0
    body = json.loads(report.read_text())
    assert body["created"] == 1 and any("tier" in w["message"] for w in body["warnings"])
    assert main(["import", "hsds", str(HSDS_EXAMPLES / "service_list.json")]) == 0
    assert services(session) == 1  # the list holds the same service as service_full.json
    out = tmp_path / "export.json"
    assert main(["export", "hsds", str(out)]) == 0
    exported = json.loads(out.read_text())
    assert len(exported) == services(session)
    for svc in exported:
        assert hsds_errors("service", svc) == []
    assert main(["import", "hsds", str(out)]) == 0
    assert "0 created, 0 updated" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"", b"   \n", b'[{"id": "', b'"just a string"', b'{"foo": 1}', b"\xff\xfe\x00garbage"])
def test_unusable_input_exits_2_and_stores_nothing(env, session, tmp_path, content, capsys):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    assert main(["import", "hsds", str(path)]) == 2
    assert "Nothing imported" in capsys.readouterr().out
    assert services(session) == 0


def test_some_rejected_exits_1_and_keeps_the_valid_ones(env, session, tmp_path, capsys):
    good, dup = f.service("Goed"), f.service("Dubbel")
    bad = {**f.service("Fout"), "minimum_age": 90, "maximum_age": 10}
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([good, bad, dup, {**dup, "name": "Dubbel 2"}]))
    assert main(["import", "hsds", str(path)]) == 1
    text = capsys.readouterr()
    assert "[1]" in text.err and "minimum_age" in text.err and "duplicate id" in text.err
    assert sorted(session.scalars(select(m.Service.name))) == ["Dubbel", "Goed"]


def test_dry_run_stores_nothing(env, session, tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps([f.service()]))
    assert main(["import", "hsds", str(path), "--dry-run"]) == 0
    assert services(session) == 0


def test_gazetteer_load_adds_and_reports_bad_files(env, session, tmp_path, capsys):
    path = tmp_path / "extra.csv"
    path.write_text("postcode,woonplaats,gemeente,latitude,longitude\n1271,Huizen-Test,Huizen,52.3,5.24\n")
    assert main(["gazetteer", "load", str(path)]) == 0
    assert session.get(GazetteerEntry, "1271").place == "Huizen-Test"
    path.write_text("nonsense")
    assert main(["gazetteer", "load", str(path)]) == 2
    assert "missing columns" in capsys.readouterr().err
    assert main(["gazetteer", "load", str(tmp_path / "missing.csv")]) == 2


def test_commands_without_database_say_what_to_do(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SK_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    assert main(["reindex"]) == 2
    assert "init-db" in capsys.readouterr().err


def test_help_works_for_every_command():
    for cmd in ("init-db", "demo", "serve", "import", "export", "create-key", "create-account", "gazetteer", "reindex", "check-index"):
        r = subprocess.run([sys.executable, "-m", "sociale_kaart", cmd, "--help"], capture_output=True, text=True, cwd=REPO)
        assert r.returncode == 0 and "usage:" in r.stdout, cmd


def test_create_account_prints_a_password_once_and_stores_an_argon2_hash(env, session, capsys):
    from sociale_kaart.directory import schemas as s
    from sociale_kaart.directory.service import Directory
    from sociale_kaart.partners.models import PartnerAccount
    from sociale_kaart.partners.service import authenticate

    org = Directory(session).save_organization(s.convert(f.organization(), s.Organization))
    assert main(["create-account", "--email", "Anna@Buurt.example", "--organization", org.id]) == 0
    password = capsys.readouterr().out.strip().splitlines()[-1]
    stored = session.scalar(select(PartnerAccount.password_hash))
    assert stored.startswith("$argon2") and password not in stored
    actor = authenticate(session, "anna@buurt.example", password)
    assert actor.role == "partner" and actor.organization_id == org.id
    assert authenticate(session, "anna@buurt.example", "wrong password") is None
    assert authenticate(session, "nobody@buurt.example", password) is None
    assert main(["create-account", "--email", "anna@buurt.example", "--organization", org.id]) == 2
    assert main(["create-account", "--email", "x@y.example"]) == 2
