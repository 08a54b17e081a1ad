"""One import pipeline for every format: readers yield (where, service dict); this checks them.

Per record, in order: shape and duplicate-id checks; a content hash compared with what this
source sent last time (unchanged: skipped without any ORM work); validation (`check_service`, the
directory's own), leaving out optional fields that cannot be used; geocoding of locations without
coordinates. A valid record goes to `directory.batch.ImportBatches`, which stores it (each record
whole or not at all) and commits batch by batch (a dry run rolls back at the end), so readers must
find an unusable input before they yield the first record.
"""

from __future__ import annotations

import gc
import hashlib
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import msgspec

from importers.report import Problem, Report
from sociale_kaart import vocab
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.batch import ImportBatches, Record
from sociale_kaart.directory.service import Directory, check_service
from sociale_kaart.geo.gazetteer import fold
from sociale_kaart.geo.geocoding import GeocoderChain

NS = uuid.UUID("0b6f7c1e-4c5d-4f55-9a43-2f4d1f3c7a21")


class Unusable(Exception):
    """The input as a whole cannot be used; nothing is stored."""


@dataclass
class Broken:
    """A record a reader could not even parse (nested too deeply, say): rejected with the reason."""

    reason: str


# Liberal at the field level, strict at the record level: an optional field that cannot be used is
# left out with a warning; these make up the record itself, and their errors reject it.
PROTECTED = ("", "body", "id", "name", "organization", "organization.id", "organization.name", "organization_id",
             "attributes", "service_at_locations")
MAX_DROPS = 20
_PATH = re.compile(r"([^.\[\]]+)|\[(\d+)\]")

@dataclass
class Input:
    """What a reader found: the records (lazily), how many when known, warnings about the whole file."""

    records: Iterable[tuple[str, object]]
    total: int | None = None
    warnings: list[str] = field(default_factory=list)
    close: Callable[[], None] = lambda: None


def content_hash(item: dict) -> str:
    """Of the record as sent, minus `last_modified` (a feed's clock is not content)."""
    body = {k: v for k, v in item.items() if k != "last_modified"}
    return hashlib.sha256(msgspec.json.encode(body, order="sorted")).hexdigest()


def stable_id(*parts: str) -> str:
    """Ids for records that come without one, the same on every run (so a re-import updates)."""
    return str(uuid.uuid5(NS, "\x1f".join(parts)))


def fill_ids(item: dict, source: str) -> dict:
    """Give the service, its organization and its locations ids when the input has none."""
    org = item.get("organization")
    if isinstance(org, dict) and not org.get("id") and isinstance(org.get("name"), str):
        item = {**item, "organization": {**org, "id": stable_id("organization", source, fold(org["name"]))}}
    if not item.get("id"):
        org_name = item["organization"].get("name", "") if isinstance(item.get("organization"), dict) else str(item.get("organization_id", ""))
        item = {**item, "id": stable_id("service", source, fold(str(item.get("name", ""))), fold(str(org_name)))}
    sals = item.get("service_at_locations")
    if isinstance(sals, list):
        fixed = []
        for i, sal in enumerate(sals):
            loc = sal.get("location") if isinstance(sal, dict) else None
            if isinstance(loc, dict) and not loc.get("id"):
                sal = {**sal, "location": {**loc, "id": sal.get("location_id") or stable_id("location", item["id"], str(i))}}
            fixed.append(sal)
        item = {**item, "service_at_locations": fixed}
    return item


def drop_bad_coordinates(item: dict, warn: Callable[[str, str], None]) -> dict:
    """Feeds carry placeholder coordinates (HSDS's own examples use 100,101). Such a location is
    kept without them, to be geocoded from its address, instead of rejecting the whole service."""
    sals = item.get("service_at_locations")
    if not isinstance(sals, list):
        return item
    fixed = []
    for i, sal in enumerate(sals):
        loc = sal.get("location") if isinstance(sal, dict) else None
        if isinstance(loc, dict) and ("latitude" in loc or "longitude" in loc):
            lat, lon = loc.get("latitude"), loc.get("longitude")
            numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
            if numbers and not (-90 <= lat <= 90 and -180 <= lon <= 180):
                warn(f"service_at_locations[{i}].location.latitude",
                     f"coordinates {lat},{lon} are not a point on earth; left out, the address will be geocoded")
                sal = {**sal, "location": {k: v for k, v in loc.items() if k not in ("latitude", "longitude")}}
        fixed.append(sal)
    return {**item, "service_at_locations": fixed}


def strip_nul(value, found: list[bool]):
    """The same JSON without NUL characters (PostgreSQL cannot store them)."""
    if isinstance(value, str):
        if "\x00" in value:
            found.append(True)
            return value.replace("\x00", "")
        return value
    if isinstance(value, dict):
        return {strip_nul(k, found): strip_nul(v, found) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_nul(v, found) for v in value]
    return value


# Of the directory's own checks, these concern one optional field: an opening time, a coordinate,
# an unknown code of an extension. The rest (ages that contradict each other, say) is about the record.
FIELD_CHECKS = re.compile(r"(opens_at|closes_at|latitude|longitude|\.taxonomy_term\.(code|taxonomy))$")


def droppable(error: s.FieldError, checked: bool) -> bool:
    """Can the field of this error be left out? Any field that does not convert (a wrong type, too
    long, out of range); of the later checks only FIELD_CHECKS. The rung of the ladder decides where
    a service is offered, so an unknown tier is never guessed."""
    if vocab.TIER in error.message:
        return False
    return not checked or bool(FIELD_CHECKS.search(error.key))


def _tokens(key: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _PATH.findall(key)]


def without(item: dict, key: str) -> dict | None:
    """The record without the field at `key` ("phones[0].extension"); when that field is absent or
    required (a phone without its number), without the list item that holds it. None when the
    key names the record itself or a part it cannot do without."""
    if key in PROTECTED:
        return None
    tokens = _tokens(key)
    for cut in range(len(tokens), 0, -1):  # the field itself, else the nearest list item holding it
        path = tokens[:cut]
        if cut < len(tokens) and not isinstance(path[-1], int):
            continue
        if ".".join(str(t) for t in path if isinstance(t, str)) in PROTECTED and cut == 1:
            return None
        copy = _removed(item, path)
        if copy is not None:
            return copy
    return None


def _removed(node, path: list):
    head, rest = path[0], path[1:]
    if isinstance(node, dict) and isinstance(head, str) and head in node:
        if not rest:
            return {k: v for k, v in node.items() if k != head}
        inner = _removed(node[head], rest)
        return None if inner is None else {**node, head: inner}
    if isinstance(node, list) and isinstance(head, int) and 0 <= head < len(node):
        if not rest:
            return node[:head] + node[head + 1:]
        inner = _removed(node[head], rest)
        return None if inner is None else node[:head] + [inner] + node[head + 1:]
    return None


def _named(error: s.FieldError) -> s.FieldError:
    """msgspec names a missing field only in its message: put it in the key, where people look."""
    missing = re.search(r"missing required field `([^`]+)`", error.message)
    key = "" if error.key == "body" else error.key
    if missing:
        key = ".".join(x for x in (key, missing.group(1)) if x)
    return s.FieldError(key, error.message)


class Importer:
    def __init__(self, directory: Directory, source: str, file: str, *, geocoder: GeocoderChain | None = None,
                 dry_run: bool = False, full: bool = False, progress: Callable[[int], None] | None = None, fast: bool = True,
                 batch_size: int | None = None):
        self.directory = directory
        self.session = directory.session
        self.source = source
        self.file = file
        self.geocoder = geocoder
        self.dry_run = dry_run
        self.full = full
        self.progress = progress or (lambda n: None)
        self.report = Report(source=file, dry_run=dry_run)
        self.batches = ImportBatches(directory, source, file, self.report, dry_run=dry_run, fast=fast, size=batch_size,
                                     commit_each_batch=geocoder is not None and geocoder.remote)
        self.ledger = self.batches.ledger
        self._where_of: dict[str, str] = {}
        self._points: dict[str, object] = {}

    # ---- per record ------------------------------------------------------------------

    def _reject(self, where: str, errors: list[s.FieldError], rid: str | None) -> None:
        self.report.rejected += 1
        self.report.problems += [Problem(self.file, where, e.key, e.message, rid) for e in errors]

    @property
    def changed(self) -> set[str]:
        return self.batches.changed

    def _prepare(self, where: str, item) -> Record | None:
        """Checks before any write; None when the record is rejected or unchanged."""
        if isinstance(item, Broken):
            self._reject(where, [s.FieldError("", item.reason)], None)
            return None
        if not isinstance(item, dict):
            self._reject(where, [s.FieldError("", "expected a JSON object (a service)")], None)
            return None
        given = item.get("id")
        item = fill_ids(item, self.source)
        sid = item["id"]
        if not isinstance(sid, str):
            self._reject(where, [s.FieldError("id", "an id is a UUID in quotes")], None)
            return None
        external_id = sid
        self.ledger.seen.add(external_id)
        if sid in self._where_of:
            self._reject(where, [s.FieldError("id", f"duplicate id; the same id is also at {self._where_of[sid]}")], sid)
            return None
        self._where_of[sid] = where
        digest = content_hash(item)
        before = self.ledger.target(external_id)
        if before is not None and before[1] == digest:
            self.ledger.unchanged(external_id)
            self.report.unchanged += 1
            return None
        warn = lambda key, msg: self.report.warnings.append(Problem(self.file, where, key, msg, sid))  # noqa: E731
        nul: list[bool] = []
        if b"\\u0000" in msgspec.json.encode(item):  # walking every record in Python costs more than this test
            item = strip_nul(item, nul)
        if nul:
            warn("", "NUL characters were removed")
        item = drop_bad_coordinates(item, warn)
        for _ in range(MAX_DROPS):
            try:
                checked = False
                data = s.convert(item, s.Service)
                checked = True
                ext = check_service(data)
                break
            except s.InvalidInput as exc:
                errors = [_named(e) for e in exc.errors]
                smaller = item
                for e in errors:
                    smaller = without(smaller, e.key) if smaller is not None and droppable(e, checked) else None
                if smaller is None:
                    self._reject(where, errors, sid if given else None)
                    return None
                for e in errors:
                    warn(e.key, f"left out: {e.message}")
                item = smaller
        else:
            self._reject(where, [s.FieldError("", f"more than {MAX_DROPS} fields could not be used")], sid if given else None)
            return None
        if before is not None and before[0] != data.id:
            data = msgspec.structs.replace(data, id=before[0])  # merged into another record since
        self.report.warnings += [Problem(self.file, where, w.key, w.message, data.id) for w in ext.warnings]
        points = self._geocode(data)
        for sal in data.service_at_locations:
            if sal.location is not None and sal.location.id in points and points[sal.location.id] is None:
                address = " ".join(x for a in sal.location.addresses[:1] for x in (a.address_1, a.postal_code, a.city) if x)
                warn("service_at_locations.location.addresses",
                     f"could not be placed on the map: {address or 'no address'}; correct it on the editors' address page")
        return Record(where, external_id, digest, data, ext, points)

    def _geocode(self, data: s.Service) -> dict:
        points = {}
        for sal in data.service_at_locations:
            loc = sal.location
            if loc is None or loc.latitude is not None or self.geocoder is None:
                continue
            if loc.id not in self._points:
                self._points[loc.id] = self.geocoder.locate(loc)
            points[loc.id] = self._points[loc.id]
        return points

    # ---- the run ---------------------------------------------------------------------

    def run(self, records: Iterable[tuple[str, object]]) -> Report:
        # A run makes millions of short-lived objects and few cycles: the collector's frequent
        # passes over them cost about a tenth of the time. Fewer passes; restored at the end.
        threshold = gc.get_threshold()
        gc.set_threshold(100_000, 50, 100)
        try:
            for where, item in records:
                record = self._prepare(where, item)
                if record is not None:
                    self.batches.add(record)
                self.progress(1)
            self.batches.store()
            if self.full:
                self.batches.deactivate_vanished()
        finally:
            gc.set_threshold(*threshold)
            if self.dry_run:
                self.session.rollback()
                self.changed.clear()
        return self.report



def run_import(directory: Directory, source: str, file: str, found: Input, **options) -> tuple[Report, set[str]]:
    importer = Importer(directory, source, file, **options)
    importer.report.warnings += [Problem(file, "", "", w) for w in found.warnings]
    try:
        report = importer.run(found.records)
    finally:
        found.close()
    return report, importer.changed
