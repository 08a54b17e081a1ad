"""The importer's fast path (rows planned per batch, written with executemany) and its per-record
path (`Directory.stage_service`) store the same records, compared field by field, on a feed whose
organizations are shared by services spread through the file."""

from __future__ import annotations

import json
import random
import uuid
from datetime import datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from importers import hsds as hsds_file
from importers.pipeline import Importer
from sociale_kaart import vocab
from sociale_kaart.directory import models as m
from sociale_kaart.directory.batch import ORDER
from sociale_kaart.directory.service import Directory, seed_taxonomies
from sociale_kaart.models import metadata

NS = uuid.UUID("a3e0f6a4-1a51-4e3c-8a8e-5b8f0c2d9e11")
KEEP = {"gazetteer_entry", "alembic_version"}
# Rows with ids of their own (not given by the feed): compared without the id.
OWN_IDS = (m.ChangeRecord, m.RecordSource)


def uid(*parts) -> str:
    return str(uuid.uuid5(NS, ":".join(map(str, parts))))


def term(tax: str, code: str, whole: bool) -> dict:
    """An attribute naming a term by id, or (whole) with the term itself as well."""
    tid = vocab.term_id(tax, code)
    out = {"taxonomy_term_id": tid}
    if whole:
        out["taxonomy_term"] = {"id": tid, "code": code, "name": code, "description": code, "taxonomy": tax}
    return out


def organization(i: int, version: int = 1) -> dict:
    org = {"id": uid("org", i), "name": f"Stichting Buurtkracht {i}", "description": f"Versie {version}: hulp in de wijk.",
           "email": f"info@org{i}.example", "website": f"https://org{i}.example",
           "organization_identifiers": [{"id": uid("kvk", i), "identifier_type": "KvK", "identifier_scheme": "NL-KVK",
                                         "identifier": f"{40000000 + i:08d}"}],
           "phones": [{"id": uid("org-phone", i), "number": f"030 200 {i:04d}", "type": "voice"}]}
    if i % 3 == 0:
        org["attributes"] = [{"id": uid("org-attr", i), **term(vocab.ACCESSIBILITY, "wheelchair", False)}]
    return org


def location(key, place: str, coordinates: bool) -> dict:
    loc = {"id": uid("loc", key), "name": f"Wijkcentrum {place}", "location_type": "physical",
           "addresses": [{"id": uid("addr", key), "address_1": f"Dorpsstraat {len(place)}", "city": place,
                          "postal_code": "1234ab", "country": "NL", "address_type": "physical"}],
           "phones": [{"id": uid("loc-phone", key), "number": "030 111 2222"}],
           "schedules": [{"id": uid("loc-sched", key), "freq": "WEEKLY", "byday": "MO,WE", "opens_at": "9:00", "closes_at": "17:00"}],
           "attributes": [{"id": uid("loc-attr", key), **term(vocab.ACCESSIBILITY, "wheelchair", True)}]}
    if coordinates:
        loc.update(latitude=52.1 + len(place) / 1000, longitude=5.1)
    return loc


def service(j: int, org: dict, rnd: random.Random) -> dict:
    sid = uid("svc", j)
    svc = {"id": sid, "organization_id": org["id"], "organization": org, "name": f"Maatjesproject {j}",
           "description": f"Een maatje voor wie er alleen voor staat ({j}).", "status": "active",
           "email": f"dienst{j}@example.org", "minimum_age": 18,
           "phones": [{"id": uid("phone", j), "number": f"06 1234 {j:04d}", "type": "voice"}],
           "schedules": [{"id": uid("sched", j), "freq": "WEEKLY", "byday": "TU,TH", "opens_at": "10:00", "closes_at": "12:00"}],
           "cost_options": [{"id": uid("cost", j), "currency": "EUR", "amount": 2.5, "option": "Eigen bijdrage"}],
           "languages": [{"id": uid("lang", j, c), "code": c, "name": c} for c in ("nl", "en")[: 1 + j % 2]],
           "attributes": [
               {"id": uid("tier", j), **term(vocab.TIER, ("volunteer", "general", "tailored")[j % 3], j % 2 == 0)},
               {"id": uid("access", j), **term(vocab.ACCESS, "open", False)},
               {"id": uid("domain", j), **term(vocab.LIFE_DOMAIN, ("social_network", "finances")[j % 2], j % 4 == 0)},
           ]}
    kind = rnd.random()
    if kind < 0.1:  # a service everywhere, without a location
        svc["service_areas"] = [{"id": uid("area", j), "name": "Nederland"}]
    elif kind < 0.35:  # one of three locations shared by services all through the file
        k = rnd.randrange(3)
        svc["service_at_locations"] = [{"id": uid("sal", j), "location_id": uid("loc", "shared", k),
                                        "location": location(("shared", k), f"Gedeeld{k}", True)}]
    else:
        svc["service_at_locations"] = [{"id": uid("sal", j), "description": "Inloop",
                                        "location": location(j, f"Plaats{j}", coordinates=j % 5 != 0),
                                        "schedules": [{"id": uid("sal-sched", j), "freq": "WEEKLY", "byday": "FR",
                                                       "opens_at": "13:00", "closes_at": "15:00"}]}]
    return svc


def feeds(tmp_path) -> tuple:
    """Two files: 60 services over 12 organizations in random order; then 30 new services of
    the same (now stored) organizations, one organization with a new description, new services at
    stored locations (one of them renamed, some never placed on the map), and one stored service
    renamed. Also returns how many services of the second file may take the per-record path."""
    rnd = random.Random(7)
    first = [service(j, organization(rnd.randrange(12)), rnd) for j in range(60)]
    own = [svc["service_at_locations"][0]["location"] for svc in first
           if svc.get("service_at_locations") and svc["service_at_locations"][0]["location"]["name"].startswith("Wijkcentrum Plaats")]
    second, slow_locations = [], 0
    for n, j in enumerate(range(60, 90)):
        i = rnd.randrange(12)
        svc = service(j, organization(i, version=2 if i == 5 else 1), rnd)
        if n % 2 == 0 and n // 2 < len(own):  # at a stored location of its own (the shared ones are stored too)
            loc = own[n // 2] if n else {**own[0], "name": "Wijkcentrum De Verhuizing"}
            svc["service_at_locations"] = [{"id": uid("sal", j), "location": loc}]
            slow_locations += n == 0 or "latitude" not in loc  # renamed, or not on the map yet: record by record
        elif n // 2 < len(own):  # linked to a stored location by its id alone
            svc["service_at_locations"] = [{"id": uid("sal", j), "location_id": own[n // 2]["id"]}]
        second.append(svc)
    second.append({**first[3], "name": "Maatjesproject, nieuwe naam"})
    paths = []
    for name, data in (("first.json", first), ("second.json", second)):
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        paths.append(path)
    changed_org = sum(1 for svc in second if svc["organization"]["id"] == uid("org", 5))
    return paths, changed_org + slow_locations


def empty(engine) -> None:
    with engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            if table.name not in KEEP:
                conn.execute(table.delete())
    with Session(engine) as session:
        seed_taxonomies(session)


def run(engine, path, fast: bool) -> Importer:
    with Session(engine) as session:
        importer = Importer(Directory(session), "feed", path.name, fast=fast, batch_size=16)
        found = hsds_file.read(path)
        try:
            importer.run(found.records)
        finally:
            found.close()
    assert importer.report.rejected == 0, importer.report.problems
    return importer


def snapshot(engine) -> dict[str, list[dict]]:
    """Every directory row, without times (and without the ids the database makes up itself)."""
    out = {}
    with engine.connect() as conn:
        for model in (*ORDER, m.TaxonomyTerm, m.RecordSource):
            table = model.__table__
            skip = {"id"} if model in OWN_IDS else set()
            rows = [{k: "<a time>" if isinstance(v, datetime) else v for k, v in r.items() if k not in skip}
                    for r in conn.execute(select(table)).mappings()]
            out[table.name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def same(fast: dict, slow: dict) -> None:
    for table, rows in slow.items():
        assert len(fast[table]) == len(rows), f"{table}: {len(fast[table])} rows on the fast path, {len(rows)} record by record"
        for a, b in zip(fast[table], rows):
            for field in b:
                assert a[field] == b[field], f"{table}.{field}: {a[field]!r} on the fast path, {b[field]!r} record by record ({b})"


@pytest.fixture
def engine(clean_db):
    return clean_db


def test_fast_and_per_record_paths_store_identical_records(engine, tmp_path):
    (first, second), may_be_slow = feeds(tmp_path)

    fast1 = run(engine, first, fast=True)
    after_first = snapshot(engine)
    fast2 = run(engine, second, fast=True)
    after_second = snapshot(engine)
    assert fast1.batches.per_record == 0  # shared organizations and locations never leave the fast path
    # The second file: the renamed service, the organization and location with new content (and
    # locations never placed on the map) need the per-record path, nothing else: not a stored location as such.
    assert 2 <= fast2.batches.per_record <= 1 + may_be_slow
    assert (fast2.report.created, fast2.report.updated) == (30, 1)

    empty(engine)
    slow1 = run(engine, first, fast=False)
    same(after_first, snapshot(engine))
    slow2 = run(engine, second, fast=False)
    same(after_second, snapshot(engine))
    assert slow1.batches.per_record == 60 and slow2.batches.per_record == 31
    for fast, slow in ((fast1, slow1), (fast2, slow2)):
        assert (fast.report.created, fast.report.updated, fast.report.unchanged) == \
               (slow.report.created, slow.report.updated, slow.report.unchanged)
        assert fast.changed == slow.changed
    assert after_second["organization"][[o["id"] for o in after_second["organization"]].index(uid("org", 5))]["description"] \
        == "Versie 2: hulp in de wijk."
