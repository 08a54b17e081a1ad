"""HSDS tabular data: a folder of CSV files described by `datapackage.json`.

The tables are read whole (tabular packages are the small ones) and each service is rebuilt in
the nested shape of HSDS JSON: its organization, phones, schedules, areas, costs, languages,
attributes and locations with their own parts, so it goes through the same pipeline as JSON.
A missing or unreadable `datapackage.json` (the HSDS examples ship it as a link) falls back to
the standard HSDS file names and field types.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from importers.pipeline import Input, Unusable
from importers.text import decode, number, rows

STANDARD = Path(__file__).parent / "hsds_datapackage.json"  # HSDS 3.0 (CC BY-SA 4.0, Open Referral)
NOT_STORED = ("contact", "funding", "program", "required_document", "metadata", "meta_table_description")


def standard_package() -> dict:
    return json.loads(STANDARD.read_text(encoding="utf-8"))


def _package(folder: Path, warnings: list[str]) -> dict:
    path = folder / "datapackage.json"
    if path.exists():
        try:
            package = json.loads(path.read_bytes().decode("utf-8-sig"))
            if isinstance(package, dict) and isinstance(package.get("resources"), list):
                return package
        except (ValueError, UnicodeDecodeError):
            pass
        warnings.append("datapackage.json is not a data package description; the standard HSDS table names were used")
    return standard_package()


def _value(text: str, kind: str):
    """A cell as the JSON value HSDS expects."""
    return number(text) if kind in ("number", "integer") else text


def read_tables(folder: Path) -> tuple[dict[str, list[tuple[str, dict]]], list[str]]:
    """Table name -> [(where, row)] with typed values; empty cells are left out."""
    warnings: list[str] = []
    package = _package(folder, warnings)
    tables: dict[str, list[tuple[str, dict]]] = {}
    for res in package["resources"]:
        name, rel = res.get("name"), res.get("path")
        if not isinstance(name, str) or not isinstance(rel, str):
            continue
        path = (folder / rel).resolve()
        if folder.resolve() not in path.parents or not path.is_file():
            continue
        types = {f["name"]: f.get("type", "string") for f in res.get("schema", {}).get("fields", []) if isinstance(f, dict)}
        text, notes = decode(path.read_bytes(), path.name)
        warnings += notes
        try:
            _header, found = rows(text, path.name, warnings)
        except Unusable as exc:
            if "is empty" in str(exc):
                continue
            raise
        tables[name] = [(f"{path.name} line {line}", {k: _value(v, types.get(k, "string")) for k, v in row.items() if v != ""})
                        for line, row in found]
    if "service" not in tables:
        raise Unusable(f"{folder.name}: no services table (services.csv) found")
    unused = sorted(n for n in NOT_STORED if tables.get(n))
    if unused:
        warnings.append(f"tables not stored (no place for them in this directory): {', '.join(unused)}")
    return tables, warnings


def _by(table: list[tuple[str, dict]], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for _, row in table:
        if row.get(key):
            out[row[key]].append(row)
    return out


def _only(row: dict, *drop: str) -> dict:
    return {k: v for k, v in row.items() if k not in drop}


def build(tables: dict[str, list[tuple[str, dict]]], warnings: list[str]) -> list[tuple[str, dict]]:
    """(where, nested service) for each row of the services table."""
    t = lambda name: tables.get(name, [])  # noqa: E731
    taxonomies = {r["id"]: r for _, r in t("taxonomy") if r.get("id")}
    terms = {}
    for _, r in t("taxonomy_term"):
        term = dict(r)
        if term.get("taxonomy_id") in taxonomies:
            term["taxonomy_detail"] = taxonomies[term["taxonomy_id"]]
        terms[r.get("id")] = term
    attributes = _by(t("attribute"), "link_id")

    def attrs(link_id: str) -> list[dict]:
        out = []
        for a in attributes.get(link_id, []):
            a = _only(a, "link_id")
            if a.get("taxonomy_term_id") in terms:
                a["taxonomy_term"] = terms[a["taxonomy_term_id"]]
            out.append(a)
        return out

    # A phone or schedule row may name several owners; it goes to the most specific one.
    phones = {k: defaultdict(list) for k in ("service_at_location_id", "service_id", "location_id", "organization_id")}
    for _, r in t("phone"):
        for key in phones:
            if r.get(key):
                phones[key][r[key]].append(_only(r, "service_at_location_id", "service_id", "location_id", "organization_id", "contact_id"))
                break
    schedules = {k: defaultdict(list) for k in ("service_at_location_id", "service_id", "location_id")}
    for _, r in t("schedule"):
        for key in schedules:
            if r.get(key):
                schedules[key][r[key]].append(_only(r, "service_at_location_id", "service_id", "location_id"))
                break
    languages = {k: defaultdict(list) for k in ("service_id", "location_id")}
    for _, r in t("language"):
        for key in languages:
            if r.get(key):
                languages[key][r[key]].append(_only(r, "service_id", "location_id", "phone_id"))
                break
    identifiers = _by(t("organization_identifier"), "organization_id")
    organizations = {}
    for _, r in t("organization"):
        organizations[r.get("id")] = {**r, "phones": phones["organization_id"].get(r.get("id"), []),
                                      "organization_identifiers": [_only(x, "organization_id") for x in identifiers.get(r.get("id"), [])],
                                      "attributes": attrs(r.get("id"))}
    addresses, access = _by(t("address"), "location_id"), _by(t("accessibility"), "location_id")
    locations = {}
    for where, r in t("location"):
        lid = r.get("id")
        loc = {**r, "addresses": [_only(x, "location_id") for x in addresses.get(lid, [])],
               "accessibility": [_only(x, "location_id") for x in access.get(lid, [])],
               "phones": phones["location_id"].get(lid, []), "schedules": schedules["location_id"].get(lid, []),
               "languages": languages["location_id"].get(lid, []), "attributes": attrs(lid)}
        if loc.get("organization_id") and loc["organization_id"] not in organizations:
            warnings.append(f"{where}: organization_id {loc['organization_id']} is not in organizations.csv; left out")
            del loc["organization_id"]
        locations[lid] = loc
    sals = _by(t("service_at_location"), "service_id")
    areas, costs = _by(t("service_area"), "service_id"), _by(t("cost_option"), "service_id")
    out = []
    for where, r in t("service"):
        sid = r.get("id")
        svc = {**r, "phones": phones["service_id"].get(sid, []), "schedules": schedules["service_id"].get(sid, []),
               "languages": languages["service_id"].get(sid, []),
               "service_areas": [_only(x, "service_id") for x in areas.get(sid, [])],
               "cost_options": [_only(x, "service_id") for x in costs.get(sid, [])],
               "attributes": attrs(sid),
               "service_at_locations": [
                   {**_only(x, "service_id"), "phones": phones["service_at_location_id"].get(x.get("id"), []),
                    "schedules": schedules["service_at_location_id"].get(x.get("id"), []),
                    **({"location": locations[x["location_id"]]} if x.get("location_id") in locations else {})}
                   for x in sals.get(sid, [])]}
        if r.get("organization_id") in organizations:
            svc["organization"] = organizations[r["organization_id"]]
        out.append((where, svc))
    return out


def read(folder: Path) -> Input:
    if not folder.is_dir():
        raise Unusable(f"{folder} is not a folder with HSDS CSV files")
    tables, warnings = read_tables(folder)
    records = build(tables, warnings)
    return Input(records, total=len(records), warnings=warnings)
