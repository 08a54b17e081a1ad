"""HSDS JSON shapes, HSDS CSV packages, spreadsheets with a mapping, and exports that round-trip."""

import csv
import json
import shutil

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from sociale_kaart.cli import main
from sociale_kaart.directory import models as m
from sociale_kaart.hsds import errors as hsds_errors
from tests import factories as f
from tests.conftest import HSDS_EXAMPLES, REPO
from tests.importers.conftest import count, write_json

EXAMPLES = REPO / "importers" / "examples"
MAPPING = EXAMPLES / "mapping.toml"


def test_json_shapes_page_single_and_organization_with_services(run, session, tmp_path):
    org = f.organization()
    page = {"total_items": 1, "total_pages": 1, "page_number": 1, "size": 1, "first_page": True, "last_page": True,
            "empty": False, "contents": [f.service()]}
    assert run("hsds", str(write_json(tmp_path, page, "page.json")))[1]["created"] == 1
    assert run("hsds", str(write_json(tmp_path, f.service(), "one.json")))[1]["created"] == 1
    nested = {**org, "services": [{k: v for k, v in f.service().items() if k != "organization"} for _ in range(2)]}
    code, report = run("hsds", str(write_json(tmp_path, [nested], "orgs.json")))
    assert code == 0 and report["created"] == 2
    assert count(session) == 4
    assert len(session.scalars(select(m.Service).where(m.Service.organization_id == org["id"])).all()) == 2


def test_hsds_csv_example_package_imports_every_file(run, session, tmp_path):
    folder = tmp_path / "csv"
    shutil.copytree(HSDS_EXAMPLES / "csv", folder)  # its datapackage.json is a link that leads nowhere
    code, report = run("hsds", str(folder))
    assert code == 0 and report["created"] == 1
    svc = session.scalar(select(m.Service))
    assert svc.name == "Community Counselling" and svc.organization.name == "Example Organization Inc."
    assert [p.number for p in svc.service_at_locations[0].phones] == ['"+44 1234 234567"']
    assert svc.service_at_locations[0].location.addresses[0].city == "MyCity"
    assert svc.cost_options[0].amount == 35 and svc.schedules == [] and svc.service_at_locations[0].schedules
    assert any("not stored" in w["message"] for w in report["warnings"])


def test_export_csv_folder_validates_and_round_trips(run, env, session, tmp_path):
    svc = f.service("=HYPERLINK(\"http://evil.example\")", description="-5 euro korting", waiting_weeks=2, crisis=True)
    run("hsds", str(write_json(tmp_path, [svc, f.service(tier="self_help", locations=[])])))
    folder = tmp_path / "export"
    assert main(["export", "hsds", str(folder) + "/"]) == 0
    package = json.loads((folder / "datapackage.json").read_text())
    assert {r["path"] for r in package["resources"]} >= {"services.csv", "organizations.csv", "locations.csv", "attributes.csv"}
    with (folder / "services.csv").open(newline="", encoding="utf-8") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    assert rows[svc["id"]]["name"].startswith("'=HYPERLINK") and rows[svc["id"]]["description"] == "'-5 euro korting"
    first = tmp_path / "first.json"
    assert main(["export", "hsds", str(first)]) == 0
    # Into an empty directory from the CSV export, then out again as JSON: the same content.
    session.execute(m.RecordSource.__table__.delete())
    for model in (m.Attribute, m.ServiceAtLocation, m.Service, m.Location, m.Organization, m.ChangeRecord):
        session.execute(model.__table__.delete())
    session.commit()
    code, report = run("hsds", str(folder))
    assert code == 0 and report["created"] == 2
    second = tmp_path / "second.json"
    assert main(["export", "hsds", str(second)]) == 0

    def content(path):
        out = json.loads(path.read_text())
        for x in out:
            x.pop("last_modified")
        return out

    assert content(first) == content(second)
    assert svc["name"] in {x["name"] for x in content(first)}  # JSON is no spreadsheet: not neutralised
    for item in content(first):
        assert hsds_errors("service", item) == []


def test_json_export_import_into_fresh_database_gives_the_same_export(run, env, session, tmp_path, monkeypatch):
    run("hsds", str(REPO / "sociale_kaart" / "demo" / "huizen.json"))
    first = tmp_path / "first.json"
    assert main(["export", "hsds", str(first)]) == 0
    fresh = tmp_path / "fresh.db"
    monkeypatch.setenv("SK_DATABASE_URL", f"sqlite:///{fresh}")
    assert main(["init-db"]) == 0
    assert main(["import", "hsds", str(first)]) == 0
    second = tmp_path / "second.json"
    assert main(["export", "hsds", str(second)]) == 0
    strip = lambda p: [{k: v for k, v in x.items() if k != "last_modified"} for x in json.loads(p.read_text())]  # noqa: E731
    assert strip(first) == strip(second)


def test_csv_spreadsheet_with_mapping(run, session):
    code, report = run("csv", str(EXAMPLES / "aanbod.csv"), "--mapping", str(MAPPING))
    assert code == 0 and report["created"] == 4
    rows = {s.name: s for s in session.scalars(select(m.Service))}
    maatje = rows["Boodschappenmaatje"]
    assert (maatje.tier, maatje.access, [d.code for d in maatje.life_domains]) == ("volunteer", "registration", ["instrumental_adl", "social_network"])
    assert maatje.description.startswith("Een vrijwilliger") and "\n" in maatje.description  # quoted newline
    assert maatje.organization_id == rows["Formulierenhulp"].organization_id  # grouped by KvK number
    assert rows["Schuldhulpverlening"].service_at_locations[0].location.addresses[0].city == "Huizen"  # default
    assert rows["Koffieochtend De Kaai"].cost_options[0].amount == 1.5  # decimal comma
    assert rows["Koffieochtend De Kaai"].service_at_locations[0].location.geo_precision == "pc4"
    assert run("csv", str(EXAMPLES / "aanbod.csv"), "--mapping", str(MAPPING))[1]["unchanged"] == 4


def test_xlsx_with_mapping_and_formula_cells(run, session, tmp_path):
    code, report = run("xlsx", str(EXAMPLES / "aanbod.xlsx"), "--mapping", str(MAPPING))
    assert code == 0 and report["created"] == 4
    book = Workbook()
    ws = book.active
    ws.title = "Aanbod"
    ws.append(["Naam", "Aanbieder", "Trede"])
    ws.append(["Taalcafé", "Bibliotheek", "Heel zwaar"])
    ws.append(["Repair Café", "Buurtkracht", "vrijwilligers"])
    path = tmp_path / "lijst.xlsx"
    book.save(path)
    code, report = run("xlsx", str(path), "--mapping", str(MAPPING))
    assert code == 1 and report["created"] == 1 and report["rejected"] == 1
    assert report["problems"][0]["record"] == "Aanbod line 2" and "Heel zwaar" in report["problems"][0]["message"]


@pytest.mark.parametrize("encoding, delimiter", [("utf-8-sig", ";"), ("cp1252", "\t"), ("utf-8", ",")])
def test_csv_encodings_delimiters_empty_lines_and_stray_columns(run, session, tmp_path, encoding, delimiter):
    lines = [["Naam", "Aanbieder", "Trede"], ["Crèche Zonneschijn", "Stichting Kind & Co", "Algemene voorziening"], [],
             ["Huiswerkhulp", "Stichting Kind & Co", "Vrijwilligers", "losse waarde"]]
    path = tmp_path / "lijst.csv"
    with path.open("w", encoding=encoding, newline="") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(lines)
    code, report = run("csv", str(path), "--mapping", str(MAPPING))
    assert code == 0 and report["created"] == 2
    assert any("extra values are ignored" in w["message"] for w in report["warnings"])
    assert (encoding == "cp1252") == any("Windows-1252" in w["message"] for w in report["warnings"])
    assert "Crèche Zonneschijn" in set(session.scalars(select(m.Service.name)))


@pytest.mark.parametrize("mapping, says", [
    ("[columns]\nname = 'Titel'\n", "is not in the file"),
    ("[columns\nname = 'Naam'", "not valid TOML"),
    ("[columns]\nkleur = 'Naam'\n", "unknown fields"),
    ("[columns]\ndescription = 'Naam'\n", "service's name"),
])
def test_bad_mapping_is_unusable(run, session, tmp_path, mapping, says):
    path = tmp_path / "mapping.toml"
    path.write_text(mapping)
    code, report = run("csv", str(EXAMPLES / "aanbod.csv"), "--mapping", str(path))
    assert code == 2 and says in report["unusable"]
    assert count(session) == 0


def test_spreadsheet_formulas_are_neutralised_in_csv_export(run, env, tmp_path):
    run("hsds", str(write_json(tmp_path, [f.service("@SUM(A1)", org=f.organization("+31 Zorg")), f.service("-Korting")])))
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export", "hsds", str(folder)]) == 0
    text = (folder / "services.csv").read_text(encoding="utf-8") + (folder / "organizations.csv").read_text(encoding="utf-8")
    assert "'@SUM(A1)" in text and "'+31 Zorg" in text and "'-Korting" in text
    for line in csv.reader(text.splitlines()):
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in line)


def test_example_xlsx_opens_as_a_workbook():
    assert load_workbook(EXAMPLES / "aanbod.xlsx").sheetnames == ["Aanbod"]


def test_a_csv_marked_utf8_with_bytes_that_are_not_is_imported_with_a_warning(run, session, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_bytes(b"\xef\xbb\xbfNaam;Aanbieder;Trede\nCr\xe8che Zonneschijn;Stichting Kind & Co;Algemene voorziening\n"
                     b"Huiswerkhulp;Stichting Kind & Co;Vrijwilligers\n")
    code, report = run("csv", str(path), "--mapping", str(MAPPING))
    assert report["created"] == 2  # the valid records are stored ...
    assert any("not" in w["message"] and "UTF-8" in w["message"] for w in report["warnings"])  # ... and the bad bytes named
