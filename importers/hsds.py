"""HSDS 3 JSON: a list of services, an HSDA page, one service, or organizations with services."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import msgspec
from sqlalchemy import select

from importers.report import Problem, Report
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.service import Directory

BATCH = 500


class Unusable(Exception):
    """The input as a whole cannot be used; nothing is stored."""


def records(data: object) -> Iterator[tuple[str, object]]:
    """(where, service dict) for each service in any accepted top-level shape."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items = data["contents"]
    elif isinstance(data, list):
        items = data
    elif isinstance(data, dict) and ("name" in data or "id" in data):
        items = [data]
    else:
        raise Unusable("expected HSDS JSON: a list of services, an HSDA page with 'contents', or one service")
    for i, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get("services"), list) and "organization_id" not in item:
            org = {k: v for k, v in item.items() if k != "services"}
            for j, svc in enumerate(item["services"]):
                yield f"[{i}].services[{j}]", {**svc, "organization": org} if isinstance(svc, dict) else svc
        else:
            yield f"[{i}]", item


def read(path: Path) -> object:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise Unusable(f"cannot read {path}: {exc.strerror}") from None
    if not raw.strip():
        raise Unusable(f"{path.name} is empty")
    try:
        return msgspec.json.decode(raw.lstrip(b"\xef\xbb\xbf"))
    except msgspec.DecodeError as exc:
        raise Unusable(f"{path.name} is not valid JSON: {exc}") from None


def import_services(directory: Directory, data: object, file: str, *, dry_run: bool = False,
                    progress: Callable[[int], None] | None = None) -> tuple[Report, set[str]]:
    """Store each valid service whole (with its parts) or not at all; returns the report and changed ids."""
    report = Report(source=file, dry_run=dry_run)
    session = directory.session
    changed: set[str] = set()
    try:
        items = list(records(data))
    except Unusable as exc:
        report.unusable = str(exc)
        return report, changed
    seen: dict[str, str] = {}
    for n, (where, item) in enumerate(items, start=1):
        sid = item.get("id") if isinstance(item, dict) else None
        if not isinstance(item, dict):
            report.rejected += 1
            report.problems.append(Problem(file, where, "", "expected a JSON object (a service)"))
            continue
        if isinstance(sid, str) and sid in seen:
            report.rejected += 1
            report.problems.append(Problem(file, where, "id", f"duplicate id; the same id is also at {seen[sid]}", sid))
            continue
        if isinstance(sid, str):
            seen[sid] = where
        savepoint = None
        item = drop_bad_coordinates(item, lambda key, msg: report.warnings.append(Problem(file, where, key, msg, sid)))
        try:
            svc = s.convert(item, s.Service)
            existed = svc.id is not None and session.get(m.Service, svc.id) is not None
            before = set(directory._changed)
            savepoint = session.begin_nested()
            staged = directory.stage_service(svc)
            savepoint.commit()
        except (s.InvalidInput, s.NotFound, s.Forbidden) as exc:
            if savepoint is not None and savepoint.is_active:
                savepoint.rollback()
            report.rejected += 1
            errors = exc.errors if isinstance(exc, s.InvalidInput) else [s.FieldError("", str(exc))]
            report.problems += [Problem(file, where, e.key, e.message, sid if isinstance(sid, str) else None) for e in errors]
            continue
        report.warnings += [Problem(file, where, w.key, w.message, staged.id) for w in directory.warnings]
        if staged.id in directory._changed and staged.id not in before:
            if existed:
                report.updated += 1
            else:
                report.created += 1
            changed.add(staged.id)
        else:
            report.unchanged += 1
        if n % BATCH == 0:
            _flush(directory, dry_run)
        if progress:
            progress(1)
    _flush(directory, dry_run)
    return report, changed


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
            ok = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)) and -90 <= lat <= 90 and -180 <= lon <= 180
            if not ok:
                warn(f"service_at_locations[{i}].location.latitude",
                     f"coordinates {lat},{lon} are not a point on earth; left out, the address will be geocoded")
                sal = {**sal, "location": {k: v for k, v in loc.items() if k not in ("latitude", "longitude")}}
        fixed.append(sal)
    return {**item, "service_at_locations": fixed}


def _flush(directory: Directory, dry_run: bool) -> None:
    if dry_run:
        directory.session.rollback()
        directory._changed.clear()
    else:
        directory.commit()


def export_services(directory: Directory, path: Path) -> int:
    """All services, full form with unredacted locations, as one HSDS JSON list."""
    ids = list(directory.session.scalars(select(m.Service.id).order_by(m.Service.id)))
    with path.open("w", encoding="utf-8") as fh:
        fh.write("[")
        for i in range(0, len(ids), 1000):
            chunk = directory.services_out(directory.load_services(ids[i:i + 1000]), full=True, public=False)
            for j, svc in enumerate(chunk):
                fh.write(("\n" if i + j == 0 else ",\n") + json.dumps(msgspec.to_builtins(svc), ensure_ascii=False))
            directory.session.expunge_all()
        fh.write("\n]\n")
    return len(ids)
