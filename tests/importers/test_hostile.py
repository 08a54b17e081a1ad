"""Issue 17, at the import: liberal per field, strict per record, the valid records always stored,
never a traceback; and an export that is always valid HSDS 3."""

from __future__ import annotations

import json

from sqlalchemy import select

from sociale_kaart.directory import models as m
from sociale_kaart.hsds import errors as hsds_errors
from tests import factories as f
from tests.importers.conftest import count, write_json


def schedule(opens: str, closes: str) -> dict:
    return {"id": f.uid(), "freq": "WEEKLY", "byday": "MO", "opens_at": opens, "closes_at": closes}


def test_numbers_beyond_every_limit_are_left_out_and_the_file_still_imports(run, session, tmp_path):
    huge = 2 ** 64
    records = [f.service("Goed"),
               f.service("Groot toestelnummer", phones=[{"id": f.uid(), "number": "035 123 45 67", "extension": huge}]),
               f.service("Grote herhaling", days=None, schedules=[{"id": f.uid(), "freq": "WEEKLY", "byday": "MO", "count": huge}]),
               f.service("Ook goed")]
    code, report = run("hsds", str(write_json(tmp_path, records)))
    assert code == 0 and report["created"] == 4 and report["rejected"] == 0
    fields = {w["field"] for w in report["warnings"] if "left out" in w["message"]}
    assert {"phones[0].extension", "schedules[0].count"} <= fields
    assert session.scalar(select(m.Phone.extension)) is None


def test_times_in_common_notations_are_understood(run, session, tmp_path):
    records = [f.service("Engels", days=None, schedules=[schedule("9am", "4:00 PM")]),
               f.service("Nederlands", days=None, schedules=[schedule("9.00 uur", "17u30")]),
               f.service("Onleesbaar", days=None, schedules=[schedule("09:00", "25:00")])]
    code, report = run("hsds", str(write_json(tmp_path, records)))
    assert code == 0 and report["created"] == 3
    stored = dict(session.execute(select(m.Service.name, m.Schedule.opens_at).join(m.Schedule)).all())
    assert stored == {"Engels": "09:00", "Nederlands": "09:00", "Onleesbaar": "09:00"}
    closes = dict(session.execute(select(m.Service.name, m.Schedule.closes_at).join(m.Schedule)).all())
    assert closes["Engels"] == "16:00" and closes["Nederlands"] == "17:30" and not closes["Onleesbaar"]
    assert any(w["field"] == "schedules[0].closes_at" and "25:00" in w["message"] for w in report["warnings"])


def test_json_nested_too_deeply_is_unusable_with_a_message(run, session, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 5000 + "]" * 5000)
    code, report = run("hsds", str(path))
    assert code == 2 and "nested too deeply" in report["unusable"]
    assert count(session) == 0


def test_a_custom_term_named_twice_without_an_id_is_one_term(run, session, tmp_path):
    def with_term(name):
        svc = f.service(name)
        svc["attributes"].append({"id": f.uid(), "taxonomy_term": {"code": "x1", "name": "Eigen term", "taxonomy": "eigen"}})
        return svc
    records = [with_term("Een"), with_term("Twee")]
    path = write_json(tmp_path, records)
    code, report = run("hsds", str(path))
    assert code == 0 and report["created"] == 2
    assert len(session.scalars(select(m.TaxonomyTerm).where(m.TaxonomyTerm.name == "Eigen term")).all()) == 1
    code, report = run("hsds", str(path))  # the same file again changes nothing
    assert code == 0 and report["unchanged"] == 2


def test_an_unknown_extension_is_a_warning_and_nul_characters_are_removed(run, session, tmp_path):
    svc = f.service("Met\x00 nul", description="Tekst\x00 met nul")
    svc["attributes"].append(f.attribute("sociale-kaart:nieuw-in-versie-9", "iets"))
    code, report = run("hsds", str(write_json(tmp_path, [svc])))
    assert code == 0 and report["created"] == 1
    messages = " ".join(w["message"] for w in report["warnings"])
    assert "unknown extension sociale-kaart:nieuw-in-versie-9" in messages and "NUL" in messages
    assert session.scalar(select(m.Service.name)) == "Met nul"


def test_upper_case_ids_are_stored_lower_case(run, session, tmp_path):
    svc = f.service("Hoofdletters")
    svc["id"] = svc["id"].upper()
    run("hsds", str(write_json(tmp_path, [svc])))
    assert session.scalar(select(m.Service.id)) == svc["id"].lower()


def test_export_is_valid_hsds_also_for_an_address_without_postcode(run, session, tmp_path, env):
    from sociale_kaart.cli import main

    loc = f.location()
    loc["addresses"] = [{"id": f.uid(), "address_1": "Dorpsstraat 1", "city": "Huizen"}]
    assert run("hsds", str(write_json(tmp_path, [f.service("Zonder postcode", locations=[loc])])))[0] == 0
    out = tmp_path / "export.json"
    assert main(["export", "hsds", str(out)]) == 0
    exported = json.loads(out.read_text())
    assert hsds_errors("service", exported[0]) == []
    assert exported[0]["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == ""


def test_public_export_leaves_out_what_the_public_may_not_see(run, session, tmp_path, env):
    from sociale_kaart.cli import main

    hidden = f.location(confidential=True)
    hidden["addresses"][0]["address_1"] = "Geheimstraat 9"
    shelter = f.service("Opvang", locations=[hidden])
    gone = f.service("Gestopt", status="inactive")
    assert run("hsds", str(write_json(tmp_path, [shelter, gone, f.service("Open")])))[0] == 0
    full, public = tmp_path / "all.json", tmp_path / "public.json"
    assert main(["export", "hsds", str(full)]) == 0 and main(["export", "hsds", str(public), "--public"]) == 0
    everything, open_data = json.loads(full.read_text()), json.loads(public.read_text())
    assert {x["name"] for x in everything} == {"Opvang", "Gestopt", "Open"}
    assert {x["name"] for x in open_data} == {"Opvang", "Open"}
    street = "Geheimstraat 9"
    assert street in full.read_text() and street not in public.read_text()
    assert all(hsds_errors("service", x) == [] for x in open_data)


def test_check_index_json_is_json_alone(env, capsys):
    from sociale_kaart.cli import main

    main(["check-index", "--json"])
    assert set(json.loads(capsys.readouterr().out)) == {"missing", "extra", "stale"}


def test_revoke_key_and_disable_account_from_the_command_line(env, session, capsys):
    from sociale_kaart.cli import main
    from sociale_kaart.partners.models import ApiKey, PartnerAccount
    from sociale_kaart.partners.service import actor_for_key, create_account, create_key

    key = create_key(session, "editor", "weg")
    create_account(session, "weg@example.nl", "editor", None, "een-goed-wachtwoord")
    key_id = session.scalar(select(ApiKey.id))
    assert main(["revoke-key", key_id]) == 0 and main(["disable-account", "Weg@Example.nl"]) == 0
    session.rollback()  # a fresh look at what the commands wrote
    assert actor_for_key(session, key) is None
    assert session.scalar(select(PartnerAccount.active)) is False
    assert main(["revoke-key", "00000000-0000-4000-8000-000000000000"]) == 2
    assert main(["disable-account", "niemand@example.nl"]) == 2
