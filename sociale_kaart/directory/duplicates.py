"""Likely duplicates, for an editor to look at and merge by hand (nothing is merged automatically).

Three signals, strongest first: organizations sharing a KvK number; active services with the same
normalised name at the same postcode; active services whose names are alike (rapidfuzz) within
500 metres. Services are compared only with those in the same or a neighbouring grid cell of
about 500 m, so 100,000 services take seconds, not hours.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sociale_kaart.directory import models as m
from sociale_kaart.geo.gazetteer import fold, haversine_km

RADIUS_KM = 0.5
MIN_SIMILARITY = 85.0
CELL_LAT = 0.0045  # ~500 m
CELL_LON = CELL_LAT / math.cos(math.radians(60))  # at least 500 m wide up to 60 degrees north


@dataclass(frozen=True)
class Candidate:
    kind: str  # service or organization
    keep_id: str
    other_id: str
    score: float  # 0..1
    reason: str
    names: tuple[str, str]
    sources: tuple[str, str]


def _sources(session: Session, ids: set[str]) -> dict[str, str]:
    out: dict[str, set[str]] = defaultdict(set)
    ids_list = sorted(ids)
    for i in range(0, len(ids_list), 5000):
        for rid, src in session.execute(select(m.RecordSource.resource_id, m.RecordSource.source)
                                        .where(m.RecordSource.resource_id.in_(ids_list[i:i + 5000]))):
            out[rid].add(src)
    return {k: ",".join(sorted(v)) for k, v in out.items()}


def find(session: Session, limit: int | None = None) -> list[Candidate]:
    found: dict[tuple[str, str, str], Candidate] = {}

    def add(kind: str, a: tuple[str, str], b: tuple[str, str], score: float, reason: str) -> None:
        (ida, na), (idb, nb) = sorted((a, b))
        key = (kind, ida, idb)
        if key not in found or found[key].score < score:
            found[key] = Candidate(kind, ida, idb, round(score, 3), reason, (na, nb), ("", ""))

    kvk = defaultdict(list)
    rows = session.execute(select(m.OrganizationIdentifier.identifier, m.Organization.id, m.Organization.name)
                           .join(m.Organization).where(m.Organization.active.is_(True),
                                                       func.lower(m.OrganizationIdentifier.identifier_type) == "kvk"))
    for ident, oid, name in rows:
        kvk["".join(ch for ch in ident if ch.isdigit())].append((oid, name))
    for number, orgs in kvk.items():
        orgs = sorted(set(orgs))
        for i in range(len(orgs)):
            for j in range(i + 1, len(orgs)):
                add("organization", orgs[i], orgs[j], 1.0, f"same KvK number {number}")

    # One row per service and place: name, postcode, coordinates.
    places = session.execute(
        select(m.Service.id, m.Service.name, m.Address.postal_code, m.Location.latitude, m.Location.longitude)
        .join(m.ServiceAtLocation, m.ServiceAtLocation.service_id == m.Service.id)
        .join(m.Location, m.Location.id == m.ServiceAtLocation.location_id)
        .outerjoin(m.Address, m.Address.location_id == m.Location.id)
        .where(m.Service.status == "active"))
    by_name_pc = defaultdict(set)
    cells = defaultdict(set)
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    names: dict[str, str] = {}
    for sid, name, postcode, lat, lon in places:
        names[sid] = name
        if postcode:
            by_name_pc[(fold(name), postcode.replace(" ", "").upper())].add(sid)
        if lat is not None and lon is not None:
            points[sid].append((lat, lon))
            cells[(int(lat // CELL_LAT), int(lon // CELL_LON))].add(sid)
    for (_, postcode), ids in by_name_pc.items():
        ids = sorted(ids)
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                add("service", (ids[i], names[ids[i]]), (ids[j], names[ids[j]]), 0.95, f"same name at postcode {postcode}")
    folded = {sid: fold(n) for sid, n in names.items()}
    for (cy, cx), here in cells.items():
        near = set().union(*(cells.get((cy + dy, cx + dx), ()) for dy in (-1, 0, 1) for dx in (-1, 0, 1)))
        for a in here:
            for b in near:
                if a >= b:
                    continue
                similarity = fuzz.token_sort_ratio(folded[a], folded[b])
                if similarity < MIN_SIMILARITY:
                    continue
                distance = min(haversine_km(*p, *q) for p in points[a] for q in points[b])
                if distance <= RADIUS_KM:
                    add("service", (a, names[a]), (b, names[b]), similarity / 100 * 0.9,
                        f"names {similarity:.0f}% alike, {distance * 1000:.0f} m apart")
    result = sorted(found.values(), key=lambda c: (-c.score, c.kind, c.keep_id))[:limit]
    sources = _sources(session, {x for c in result for x in (c.keep_id, c.other_id)})
    return [Candidate(c.kind, c.keep_id, c.other_id, c.score, c.reason, c.names,
                      (sources.get(c.keep_id, ""), sources.get(c.other_id, ""))) for c in result]
