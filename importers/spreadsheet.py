"""CSV and XLSX spreadsheets, one service per row, read through a mapping file (TOML).

The mapping names which column holds which field, translates the sheet's own words for tiers,
life domains and access routes into our codes, gives defaults for empty cells, and groups rows
into organizations (by KvK number when there is one, else by name). Each row becomes an HSDS
service dict and goes through the same pipeline as HSDS JSON, so the same validation applies.
See importers/README.md and importers/examples/.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime, time
from pathlib import Path

from importers.pipeline import Input, Unusable, stable_id
from importers.text import decode, number, rows, unformula
from sociale_kaart import vocab
from sociale_kaart.geo.gazetteer import fold

FIELDS = {
    "id", "name", "alternate_name", "description", "url", "email", "status", "application_process", "fees_description",
    "eligibility_description", "wait_time", "minimum_age", "maximum_age", "assured_date",
    "organization.name", "organization.kvk", "organization.description", "organization.email", "organization.website",
    "location.name", "address", "postal_code", "city", "latitude", "longitude",
    "phone", "tier", "life_domains", "access", "waiting_weeks", "cost", "days", "opens_at", "closes_at", "languages", "area",
}
DAYS = {"ma": "MO", "di": "TU", "wo": "WE", "do": "TH", "vr": "FR", "za": "SA", "zo": "SU",
        "maandag": "MO", "dinsdag": "TU", "woensdag": "WE", "donderdag": "TH", "vrijdag": "FR", "zaterdag": "SA", "zondag": "SU",
        **{d: d.upper() for d in ("mo", "tu", "we", "th", "fr", "sa", "su")}}
SPLIT = re.compile(r"\s*[,;|/]\s*")


class Mapping:
    def __init__(self, path: Path):
        try:
            spec = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
        except OSError as exc:
            raise Unusable(f"cannot read the mapping {path}: {exc.strerror}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise Unusable(f"the mapping {path.name} is not valid TOML: {exc}") from None
        columns = spec.get("columns")
        if not isinstance(columns, dict) or not columns:
            raise Unusable(f"the mapping {path.name} needs a [columns] table (field = \"column name\")")
        self.columns = _flat(columns)
        unknown = sorted(set(self.columns) - FIELDS)
        if unknown:
            raise Unusable(f"the mapping {path.name} names unknown fields: {', '.join(unknown)}; known: {', '.join(sorted(FIELDS))}")
        if "name" not in self.columns:
            raise Unusable(f"the mapping {path.name} must say which column holds the service's name (name = \"...\")")
        self.values = {k: {fold(str(a)): str(b) for a, b in v.items()} for k, v in spec.get("values", {}).items() if isinstance(v, dict)}
        self.defaults = _flat(spec.get("defaults", {}))
        self.sheet = spec.get("source", {}).get("sheet")

    def code(self, field: str, cell: str) -> str:
        """The sheet's word for a tier, life domain or access route as our code (unknown words
        pass through unchanged, so validation names them)."""
        return self.values.get(field, {}).get(fold(cell), cell.strip())


def _flat(table: dict, prefix: str = "") -> dict[str, str]:
    out = {}
    for k, v in table.items():
        if isinstance(v, dict):
            out.update(_flat(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value).strip()


def _xlsx_rows(path: Path, sheet: str | None) -> tuple[list[str], list[tuple[int, dict[str, str]]], str]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a file that is not a workbook
        raise Unusable(f"{path.name} is not an Excel workbook (.xlsx): {exc}") from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise Unusable(f"{path.name} has no sheet {sheet!r}; it has: {', '.join(book.sheetnames)}")
        ws = book[sheet] if sheet else book.worksheets[0]
        found = ((n, [_cell(v) for v in r]) for n, r in enumerate(ws.iter_rows(values_only=True), start=1))
        header: list[str] = []
        out = []
        for n, values in found:
            if not header:
                header = [h.strip() for h in values] if any(values) else []
                continue
            if any(values):
                out.append((n, {h: unformula(v) for h, v in zip(header, values) if h}))
        if not header:
            raise Unusable(f"{path.name} is empty")
        return header, out, ws.title
    finally:
        book.close()


def row_to_service(row: dict[str, str], mapping: Mapping, source: str) -> dict:
    def get(field: str) -> str:
        column = mapping.columns.get(field)
        value = row.get(column, "") if column else ""
        return value or str(mapping.defaults.get(field, ""))

    def num(field: str):
        return number(get(field)) if get(field) else None

    org_name, kvk = get("organization.name") or get("name"), get("organization.kvk")
    org = {"id": stable_id("organization", source, f"kvk:{kvk}" if kvk else fold(org_name)), "name": org_name,
           "description": get("organization.description")}
    for f in ("email", "website"):
        if get(f"organization.{f}"):
            org[f] = get(f"organization.{f}")
    if kvk:
        org["organization_identifiers"] = [{"id": stable_id("kvk", source, kvk), "identifier_type": "KvK",
                                            "identifier_scheme": "NL-KVK", "identifier": kvk}]
    svc: dict = {"name": get("name"), "description": get("description"), "organization": org}
    if get("id"):
        svc["id"] = get("id") if re.fullmatch(r"[0-9a-fA-F-]{36}", get("id")) else stable_id("service", source, "id", get("id"))
    for f in ("alternate_name", "url", "email", "status", "application_process", "fees_description", "eligibility_description",
              "wait_time", "assured_date"):
        if get(f):
            svc[f] = get(f)
    for f in ("minimum_age", "maximum_age"):
        if num(f) is not None:
            svc[f] = num(f)
    attrs = []
    if get("tier"):
        attrs.append(_attr(vocab.TIER, mapping.code("tier", get("tier"))))
    for d in SPLIT.split(get("life_domains")):
        if d:
            attrs.append(_attr(vocab.LIFE_DOMAIN, mapping.code("life_domains", d)))
    if get("access"):
        attrs.append(_attr(vocab.ACCESS, mapping.code("access", get("access"))))
    if get("waiting_weeks"):
        attrs.append(_attr(vocab.WAITING, "waiting_weeks", get("waiting_weeks")))
    svc["attributes"] = attrs
    if get("phone"):
        svc["phones"] = [{"number": get("phone")}]
    if num("cost") is not None:
        svc["cost_options"] = [{"currency": "EUR", "amount": num("cost")}]
    if get("languages"):
        svc["languages"] = [{"code": c.lower()} for c in SPLIT.split(get("languages")) if c]
    if get("days"):
        days = [DAYS.get(d.lower(), d.upper()) for d in SPLIT.split(get("days")) if d]
        schedule = {"freq": "WEEKLY", "byday": ",".join(days)}
        for f in ("opens_at", "closes_at"):
            if get(f):
                schedule[f] = get(f)
        svc["schedules"] = [schedule]
    if get("area"):
        svc["service_areas"] = [{"name": get("area")}]
    if get("address") or get("postal_code") or get("city") or get("latitude"):
        loc: dict = {"name": get("location.name") or None,
                     "addresses": [{"address_1": get("address"), "postal_code": get("postal_code"), "city": get("city"), "country": "NL"}]}
        if get("latitude") or get("longitude"):
            loc["latitude"], loc["longitude"] = num("latitude"), num("longitude")
        svc["service_at_locations"] = [{"location": {k: v for k, v in loc.items() if v is not None}}]
    return svc


def _attr(taxonomy: str, code: str, value: str | None = None) -> dict:
    out = {"taxonomy_term": {"taxonomy": taxonomy, "code": code, "name": code}}
    if value is not None:
        out["value"] = value
    return out


def read(path: Path, mapping_path: Path, fmt: str, source: str) -> Input:
    mapping = Mapping(mapping_path)
    warnings: list[str] = []
    if not path.is_file():
        raise Unusable(f"cannot read {path}: no such file")
    if fmt == "xlsx":
        header, found, label = _xlsx_rows(path, mapping.sheet)
    else:
        text, notes = decode(path.read_bytes(), path.name)
        warnings += notes
        header, lines = rows(text, path.name, warnings)
        found, label = list(lines), path.name
    if mapping.columns["name"] not in header:
        raise Unusable(f"{path.name}: the column {mapping.columns['name']!r} with the names of the services is not in the file; "
                       f"the file has: {', '.join(h for h in header if h)}")
    missing = sorted({c for c in mapping.columns.values() if c not in header})
    if missing:
        warnings.append(f"{path.name}: columns of the mapping not in the file (their fields stay empty or default): {', '.join(missing)}")
    records = [(f"{label} line {n}", row_to_service(row, mapping, source)) for n, row in found]
    return Input(records, total=len(records), warnings=warnings)
