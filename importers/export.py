"""Export as HSDS 3: one JSON list of full services, or HSDS CSV tables with datapackage.json.

Spreadsheet programs run a cell that starts with =, +, -, @, tab or carriage return as a formula;
every text cell of a CSV export that starts so gets a leading apostrophe (OWASP's advice), which
the HSDS CSV import takes off again.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import msgspec
from sqlalchemy import select

from importers.tabular import standard_package
from importers.text import FORMULA_START
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.service import Directory

CHUNK = 1000


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def full_services(directory: Directory, public: bool = False) -> Iterator[s.Service]:
    """Every service in full form, in id order, a chunk at a time: with unredacted locations for a
    backup or a move, or as the public sees them (`public`: only active services, confidential
    addresses blanked, no change history) for open data."""
    stmt = select(m.Service.id).order_by(m.Service.id)
    if public:
        stmt = stmt.join(m.Organization).where(m.Service.status.in_(("active", "temporarily closed")), m.Organization.active.is_(True))
    ids = list(directory.session.scalars(stmt))
    for i in range(0, len(ids), CHUNK):
        for svc in directory.services_out(directory.load_services(ids[i:i + CHUNK]), full=True, public=public):
            yield msgspec.structs.replace(svc, metadata=[]) if public else svc
        directory.session.expunge_all()


def export_json(directory: Directory, path: Path, public: bool = False) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for svc in full_services(directory, public):
            fh.write(("\n" if n == 0 else ",\n") + json.dumps(msgspec.to_builtins(svc), ensure_ascii=False))
            n += 1
        fh.write("\n]\n")
    return n


class Tables:
    """CSV writers for the HSDS tables, each with the columns of the standard data package;
    rows seen before (a location shared by services) are written once."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.resources = {r["name"]: r for r in standard_package()["resources"]}
        self.files: dict[str, tuple] = {}
        self.seen: dict[str, set] = {}

    def add(self, table: str, row: dict) -> None:
        seen = self.seen.setdefault(table, set())
        if row.get("id") in seen:
            return
        seen.add(row.get("id"))
        if table not in self.files:
            res = self.resources[table]
            fh = (self.folder / res["path"]).open("w", encoding="utf-8", newline="")
            writer = csv.writer(fh)
            columns = [f["name"] for f in res["schema"]["fields"]]
            writer.writerow(columns)
            self.files[table] = (fh, writer, columns)
        _, writer, columns = self.files[table]
        writer.writerow(["" if row.get(c) is None else neutralise(row[c]) for c in columns])

    def close(self) -> None:
        for fh, _, _ in self.files.values():
            fh.close()
        package = {k: v for k, v in standard_package().items() if k != "resources"}
        package["resources"] = [self.resources[name] for name in self.files]
        (self.folder / "datapackage.json").write_text(json.dumps(package, indent=1, ensure_ascii=False), encoding="utf-8")


def _plain(struct) -> dict:
    return {k: v for k, v in msgspec.to_builtins(struct).items() if not isinstance(v, (list, dict))}


def _attributes(t: Tables, link_id: str, attrs: list[s.Attribute]) -> None:
    for a in attrs:
        term = a.taxonomy_term
        if term is not None:
            t.add("taxonomy_term", _plain(term))
        t.add("attribute", {**_plain(a), "link_id": link_id})


def export_csv(directory: Directory, folder: Path, public: bool = False) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    t = Tables(folder)
    n = 0
    try:
        for svc in full_services(directory, public):
            n += 1
            org = svc.organization
            if org is not None:
                t.add("organization", _plain(org))
                for x in org.organization_identifiers:
                    t.add("organization_identifier", {**_plain(x), "organization_id": org.id})
                for x in org.phones:
                    t.add("phone", {**_plain(x), "organization_id": org.id})
                _attributes(t, org.id, org.attributes)
            t.add("service", {**_plain(svc), "organization_id": svc.organization_id})
            for table, items in (("phone", svc.phones), ("schedule", svc.schedules), ("service_area", svc.service_areas),
                                 ("cost_option", svc.cost_options), ("language", svc.languages)):
                for x in items:
                    t.add(table, {**_plain(x), "service_id": svc.id})
            _attributes(t, svc.id, svc.attributes)
            for sal in svc.service_at_locations:
                t.add("service_at_location", {**_plain(sal), "service_id": svc.id})
                for table, items in (("phone", sal.phones), ("schedule", sal.schedules)):
                    for x in items:
                        t.add(table, {**_plain(x), "service_at_location_id": sal.id})
                loc = sal.location
                if loc is None:
                    continue
                t.add("location", _plain(loc))
                for table, items in (("address", loc.addresses), ("phone", loc.phones), ("schedule", loc.schedules),
                                     ("language", loc.languages), ("accessibility", loc.accessibility)):
                    for x in items:
                        t.add(table, {**_plain(x), "location_id": loc.id})
                _attributes(t, loc.id, loc.attributes)
    finally:
        t.close()
    return n
