"""Idempotent imports, provenance, --full, hand edits kept as conflicts, merges."""

import json

from sqlalchemy import select

from sociale_kaart.cli import main
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.service import Directory
from sociale_kaart.partners.service import Actor
from tests import factories as f
from tests.importers.conftest import count, write_json

PARTNER_EDIT = Actor("account:partner@buurt.example", "editor")


def test_reimport_of_the_same_file_changes_nothing(run, session, tmp_path):
    org = f.organization()
    feed = write_json(tmp_path, [f.service(org=org), f.service(org=org, languages=("nl", "en", "ar"))])
    assert run("hsds", str(feed))[1]["created"] == 2
    changes = count(session, m.ChangeRecord)
    code, report = run("hsds", str(feed))
    assert code == 0 and (report["created"], report["updated"], report["unchanged"]) == (0, 0, 2)
    assert count(session, m.ChangeRecord) == changes


def test_provenance_per_record_with_source_and_seen_times(run, session, tmp_path):
    svc = f.service()
    feed = write_json(tmp_path, [svc])
    run("hsds", str(feed), "--source", "wijkteam")
    row = session.scalar(select(m.RecordSource))
    assert (row.source, row.resource_type, row.external_id, row.resource_id) == ("wijkteam", "service", svc["id"], svc["id"])
    first = row.last_seen
    run("hsds", str(feed), "--source", "wijkteam")
    session.rollback()
    row = session.scalar(select(m.RecordSource))
    assert row.first_seen <= first < row.last_seen
    by = session.scalar(select(m.ChangeRecord.updated_by).where(m.ChangeRecord.resource_id == svc["id"]))
    assert by == "import:wijkteam"


def test_changed_record_is_updated_and_logged(run, session, tmp_path):
    svc = f.service("Klussendienst")
    run("hsds", str(write_json(tmp_path, [svc])))
    code, report = run("hsds", str(write_json(tmp_path, [{**svc, "name": "Klussendienst Huizen"}])))
    assert report["updated"] == 1
    assert session.scalar(select(m.Service.name)) == "Klussendienst Huizen"


def test_full_marks_vanished_records_inactive_and_never_deletes(run, session, tmp_path):
    keep, gone = f.service(), f.service()
    run("hsds", str(write_json(tmp_path, [keep, gone])), "--source", "feed")
    run("hsds", str(write_json(tmp_path, [keep])), "--source", "other")  # another source's list says nothing
    assert session.get(m.Service, gone["id"]).status == "active"
    code, report = run("hsds", str(write_json(tmp_path, [keep])), "--source", "feed", "--full")
    assert code == 0 and report["deactivated"] == 1
    session.rollback()
    assert session.get(m.Service, gone["id"]).status == "inactive"
    assert count(session) == 2


def test_hand_edited_field_is_kept_and_reported_as_conflict(run, session, tmp_path):
    svc = f.service("Maatjesproject", description="Oude tekst")
    run("hsds", str(write_json(tmp_path, [svc])))
    edited = s.convert({**svc, "name": "Maatjes Huizen"}, s.Service)
    Directory(session, PARTNER_EDIT).save_service(edited, create=False)
    incoming = {**svc, "name": "Maatjesproject Gooi", "description": "Nieuwe tekst"}
    code, report = run("hsds", str(write_json(tmp_path, [incoming])))
    assert code == 0 and report["updated"] == 1 and report["conflict_count"] == 1
    c = report["conflicts"][0]
    assert (c["field"], c["current"], c["incoming"], c["edited_by"]) == ("name", "Maatjes Huizen", "Maatjesproject Gooi", PARTNER_EDIT.name)
    session.rollback()
    row = session.get(m.Service, svc["id"])
    assert (row.name, row.description) == ("Maatjes Huizen", "Nieuwe tekst")
    # Until an editor settles it, every run says so again, and still changes nothing.
    code, report = run("hsds", str(write_json(tmp_path, [incoming])))
    assert report["conflict_count"] == 1 and report["updated"] == 0


def test_merge_moves_history_and_provenance_and_marks_the_other_inactive(run, env, session, tmp_path, capsys):
    a, b = f.service("Boodschappenhulp"), f.service("Boodschappen hulp")
    run("hsds", str(write_json(tmp_path, [a], "a.json")), "--source", "a")
    run("hsds", str(write_json(tmp_path, [b], "b.json")), "--source", "b")
    assert main(["merge", a["id"], b["id"]]) == 0
    session.rollback()
    assert session.get(m.Service, b["id"]).status == "inactive"
    sources = session.execute(select(m.RecordSource.source, m.RecordSource.resource_id)).all()
    assert sorted(sources) == [("a", a["id"]), ("b", a["id"])]
    assert session.scalar(select(m.ChangeRecord.replacement_value).where(
        m.ChangeRecord.resource_id == b["id"], m.ChangeRecord.field_name == "merged_into")) == a["id"]
    assert session.scalars(select(m.ChangeRecord.resource_id).where(
        m.ChangeRecord.resource_type == "service", m.ChangeRecord.last_action_type == "create")).all() == [a["id"], a["id"]]
    # A later change in source b now flows into the kept record.
    run("hsds", str(write_json(tmp_path, [{**b, "description": "Bijgewerkt door b"}], "b.json")), "--source", "b")
    session.rollback()
    assert session.get(m.Service, a["id"]).description == "Bijgewerkt door b"
    assert main(["merge", a["id"], a["id"]]) == 2
    assert main(["merge", a["id"], f.uid()]) == 2


def test_report_file_is_json_with_counts_and_problems(run, tmp_path):
    code, report = run("hsds", str(write_json(tmp_path, [f.service(), {"name": ""}])))
    assert {"created", "updated", "unchanged", "rejected", "deactivated", "problems", "warnings", "conflicts",
            "conflict_count", "exit_code"} <= set(report)
    assert report["exit_code"] == code == 1
    assert json.dumps(report)
