"""Bad input: a clear whole-file or per-record message, nothing invalid stored, never a traceback."""

import json
import subprocess
import sys
import uuid

import pytest
from sqlalchemy import select

from sociale_kaart.directory import models as m
from tests import factories as f
from tests.conftest import REPO
from tests.importers.conftest import count, write_json


@pytest.mark.parametrize("content, says", [
    (b"", "empty"),
    (b"\xef\xbb\xbf  \n", "empty"),
    (b'[{"id": "a", "name": "Maatje"', "not valid JSON"),
    (b'"een tekst"', "expected HSDS JSON"),
    (b"42", "expected HSDS JSON"),
    (b'{"foo": 1}', "expected HSDS JSON"),
    (b'{"contents": "geen lijst"}', "'contents' must be a list"),
    (b"\xff\xfe[\x00]\x00", "UTF-16"),
    (b"<html><body>Not found</body></html>", "not valid JSON"),
])
def test_unusable_json_exits_2_and_stores_nothing(run, session, tmp_path, content, says):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    code, report = run("hsds", str(path))
    assert code == 2
    assert says in report["unusable"]
    assert count(session) == 0


def test_truncated_list_after_valid_records_stores_none_of_them(run, session, tmp_path):
    text = json.dumps([f.service(), f.service()])
    path = tmp_path / "cut.json"
    path.write_text(text[: len(text) - 40])
    code, report = run("hsds", str(path))
    assert code == 2 and "is the file complete" in report["unusable"]
    assert count(session) == 0 and count(session, m.Organization) == 0


def test_missing_file_and_missing_folder_are_unusable(run, tmp_path):
    assert run("hsds", str(tmp_path / "nowhere.json"))[0] == 2
    assert run("csv", str(tmp_path / "nowhere.csv"), "--mapping", str(REPO / "importers/examples/mapping.toml"))[0] == 2


def test_wrong_records_are_rejected_one_by_one_and_unusable_fields_left_out(run, session, tmp_path):
    good = f.service("Boodschappenhulp")
    no_name = {k: v for k, v in f.service().items() if k != "name"}
    bad_id = f.service(id="12")
    bad_coordinates = f.service("Met tekst als breedtegraad", locations=[{**f.location(), "latitude": "noord"}])
    half_point = f.service("Half punt", locations=[{**f.location(lat=None), "latitude": 52.3}])
    bad_tier = f.service(tier="heel_zwaar")
    code, report = run("hsds", str(write_json(tmp_path, [good, no_name, bad_id, "tekst", bad_coordinates, half_point, bad_tier])))
    assert code == 1
    assert report["created"] == 3 and report["rejected"] == 4
    where = {p["record"]: p for p in report["problems"]}
    assert where["[1]"]["field"] == "name"
    assert where["[2]"]["field"] == "id"
    assert "JSON object" in where["[3]"]["message"]
    assert "heel_zwaar" in where["[6]"]["message"]  # the rung is never guessed
    warned = {w["record"]: w for w in report["warnings"] if "left out" in w["message"]}
    assert warned["[4]"]["field"].endswith("latitude") and warned["[5]"]["field"].startswith("service_at_locations[0]")
    assert all(p["file"].endswith("feed.json") for p in report["problems"])
    assert count(session) == 3
    assert set(session.scalars(select(m.Service.name))) == {"Boodschappenhulp", "Met tekst als breedtegraad", "Half punt"}


def test_placeholder_coordinates_are_dropped_with_a_warning_not_rejected(run, session, tmp_path):
    svc = f.service(locations=[f.location(lat=52.3, lon=500.0)])
    code, report = run("hsds", str(write_json(tmp_path, [svc])))
    assert code == 0 and any("not a point on earth" in w["message"] for w in report["warnings"])
    loc = session.scalar(select(m.Location))
    assert loc.latitude != 100.0 and loc.geo_precision == "pc6"  # placed by its postcode instead


def test_duplicate_ids_in_one_file_keep_the_first(run, session, tmp_path):
    first = f.service("Eerste")
    code, report = run("hsds", str(write_json(tmp_path, [first, {**first, "name": "Tweede"}])))
    assert code == 1 and report["rejected"] == 1
    assert "also at [0]" in report["problems"][0]["message"]
    assert session.scalar(select(m.Service.name)) == "Eerste"


def test_html_and_script_are_stored_verbatim_as_text(run, session, tmp_path):
    text = '<script>alert("x")</script><b>Vet</b> & meer'
    run("hsds", str(write_json(tmp_path, [f.service(name="<i>Maatje</i>", description=text)])))
    row = session.scalar(select(m.Service))
    assert (row.name, row.description) == ("<i>Maatje</i>", text)


def test_ten_megabyte_string_is_left_out_by_name(run, session, tmp_path):
    code, report = run("hsds", str(write_json(tmp_path, [f.service(description="x" * 10_000_000), f.service()])))
    assert code == 0 and report["rejected"] == 0 and report["created"] == 2
    warning = next(w for w in report["warnings"] if w["field"] == "description")
    assert "left out" in warning["message"] and "length" in warning["message"]
    assert max(len(d) for d in session.scalars(select(m.Service.description))) < 1000


def test_windows_1252_json_is_read_with_a_warning(run, session, tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(json.dumps([f.service("Café De Brug")], ensure_ascii=False).encode("cp1252"))
    code, report = run("hsds", str(path))
    assert code == 0 and any("Windows-1252" in w["message"] for w in report["warnings"])
    assert session.scalar(select(m.Service.name)) == "Café De Brug"


def test_dry_run_reports_and_stores_nothing(run, session, tmp_path):
    code, report = run("hsds", str(write_json(tmp_path, [f.service(), f.service(), {"name": ""}])), "--dry-run")
    assert code == 1 and report["dry_run"] and report["created"] == 2 and report["rejected"] == 1
    assert count(session) == 0 and count(session, m.RecordSource) == 0


def test_exit_codes_end_to_end_in_a_subprocess(env, tmp_path):
    if not env.database_url.startswith("sqlite"):
        pytest.skip("one engine is enough for the process boundary; the in-process tests cover both")
    env_vars = {"SK_DATABASE_URL": env.database_url, "SK_INDEX_DIR": str(env.index_dir), "PATH": "/usr/bin:/bin"}
    mixed = write_json(tmp_path, [f.service(), {"name": ""}], "mixed.json")
    broken = tmp_path / "broken.json"
    broken.write_text("[{")
    codes = []
    for path in (mixed, broken):
        proc = subprocess.run([sys.executable, "-m", "sociale_kaart", "import", "hsds", str(path)], cwd=REPO, env=env_vars,
                              capture_output=True, text=True, timeout=120)
        assert "Traceback" not in proc.stderr
        codes.append(proc.returncode)
    assert codes == [1, 2]


def test_a_batch_the_database_refuses_is_stored_record_by_record(run, session, tmp_path):
    """A location naming an organization that does not exist passes the checks before the write;
    the database refuses the fast path's rows (COPY on PostgreSQL, executemany on SQLite), and
    the batch goes record by record: that one record is rejected by name, the rest stored."""
    good = [f.service(f"Klussendienst {i}") for i in range(3)]
    orphan = f.service("Zonder organisatie", locations=[f.location(organization_id=str(uuid.uuid4()))])
    code, report = run("hsds", str(write_json(tmp_path, [good[0], orphan, *good[1:]])))
    assert code == 1
    assert (report["created"], report["rejected"]) == (3, 1)
    assert [(p["record"], p["field"]) for p in report["problems"]] == [("[1]", "organization_id")]
    assert "no organization" in report["problems"][0]["message"]
    assert set(session.scalars(select(m.Service.name))) == {s["name"] for s in good}
    assert count(session, m.Location) == 3
