"""Likely duplicates, for an editor to look at and merge by hand (nothing is merged automatically).

Names are compared the Dutch way: without accents, punctuation and legal forms ("Stichting",
"Vereniging", "St."), and also with the spaces taken out, so "Maatjes project Samen op pad"
and "Maatjesproject Samen Op Pad" are the same name (Dutch compounds are written together or
apart). A name alone is not enough: two records must also share something concrete.

Signals, strongest first: organisations sharing a KvK number; services with the same name at the
same postcode; alike names (organisations too) that share a phone number, e-mail address,
website or street address; alike names within 500 metres; alike names within one organisation
(services without a location too). Candidates come from blocks (same key, or the same or a
neighbouring grid cell of about 500 m), so 100,000 services take seconds, not hours. Pairs an
editor marked "not a duplicate" are never suggested again.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

import numpy as np
from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sociale_kaart.directory import models as m
from sociale_kaart.geo.gazetteer import fold, haversine_km

RADIUS_KM = 0.5
MIN_SIMILARITY = 85.0  # names this alike within 500 m
MIN_SHARED = 80.0  # names this alike that share a phone, e-mail, website or address
MIN_SAME_ORG = 90.0  # names this alike within one organisation
MAX_BLOCK = 200  # a phone number or website shared by more records is a switchboard, not a signal
CELL_LAT = 0.0045  # ~500 m
CELL_LON = CELL_LAT / math.cos(math.radians(60))  # at least 500 m wide up to 60 degrees north
# Words that say what kind of body it is, not which one.
LEGAL_FORMS = {"stichting", "stg", "st", "vereniging", "ver", "vzw", "bv", "nv", "cooperatie", "cooperatieve", "ua", "de", "het"}
HOUSE_NUMBER = re.compile(r"\d+\s*[a-z]?\b")
MAIL_HOSTS = {"gmail.com", "hotmail.com", "outlook.com", "live.nl", "ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl", "xs4all.nl"}


@dataclass(frozen=True)
class Candidate:
    kind: str  # service or organization
    keep_id: str
    other_id: str
    score: float  # 0..1
    reason: str
    names: tuple[str, str]
    sources: tuple[str, str]


@lru_cache(maxsize=100_000)
def name_words(name: str) -> tuple[str, ...]:
    return tuple(w for w in fold(name or "").split() if w not in LEGAL_FORMS)


def name_key(name: str) -> str:
    """The name without accents, punctuation, legal forms or spaces: compounds split either way match."""
    return "".join(name_words(name))


def _unexplained(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """A word of one name that the other name does not have, not even inside a compound or with a typo."""
    compact = "".join(other)
    return any(w not in compact and not any(fuzz.ratio(w, o) >= 85 for o in other) for w in words if w not in other)


@lru_cache(maxsize=100_000)
def name_similarity(a: str, b: str) -> float:
    """0..100: the better of word order-free and spacing-free comparison; 0 when each name has a
    word of its own ("Maatje voor jongeren" / "Maatje voor ouderen"): those are two offers."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb or (_unexplained(wa, wb) and _unexplained(wb, wa)):
        return 0.0
    return max(fuzz.token_sort_ratio(" ".join(wa), " ".join(wb)), fuzz.ratio("".join(wa), "".join(wb)))


def phone_key(number: str) -> str | None:
    digits = re.sub(r"\D", "", number or "")
    if digits.startswith("0031"):
        digits = digits[4:]
    elif digits.startswith("31") and len(digits) == 11:
        digits = digits[2:]
    digits = digits.lstrip("0")
    return digits if len(digits) >= 8 else None


def email_key(email: str | None) -> str | None:
    email = (email or "").strip().lower()
    return email if "@" in email else None


def web_key(url: str | None) -> str | None:
    """Host and path without www or trailing slash: two listings on one page are one listing."""
    url = (url or "").strip().lower()
    if not url:
        return None
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = parts.netloc.removeprefix("www.")
    return (host + parts.path.rstrip("/")) if host else None


def address_key(street: str | None, postcode: str | None) -> str | None:
    """Postcode and house number: 1271 AB 12a."""
    pc = re.sub(r"\s", "", postcode or "").upper()
    number = HOUSE_NUMBER.search(fold(street or ""))
    return f"{pc} {number.group(0).replace(' ', '')}" if pc and number else None


@dataclass
class _Record:
    id: str
    name: str
    org: str | None = None
    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    points: list[tuple[float, float]] = field(default_factory=list)
    postcodes: set[str] = field(default_factory=set)


def _sources(session: Session, ids: set[str]) -> dict[str, str]:
    out: dict[str, set[str]] = defaultdict(set)
    ids_list = sorted(ids)
    for i in range(0, len(ids_list), 5000):
        for rid, src in session.execute(select(m.RecordSource.resource_id, m.RecordSource.source)
                                        .where(m.RecordSource.resource_id.in_(ids_list[i:i + 5000]))):
            out[rid].add(src)
    return {k: ",".join(sorted(v)) for k, v in out.items()}


def _dismissed(session: Session) -> set[tuple[str, str]]:
    from sociale_kaart.editors.models import NotDuplicate

    return {(a, b) for a, b in session.execute(select(NotDuplicate.first_id, NotDuplicate.second_id))}


SIGNAL_TEXT = {"phone": "same phone number", "email": "same e-mail address", "web": "same website", "address": "same address"}


def _services(session: Session) -> dict[str, _Record]:
    recs: dict[str, _Record] = {}
    for sid, name, org, email, url in session.execute(select(m.Service.id, m.Service.name, m.Service.organization_id, m.Service.email,
                                                             m.Service.url).where(m.Service.status == "active")):
        r = recs[sid] = _Record(sid, name, org)
        if (k := email_key(email)) is not None:
            r.keys["email"].add(k)
        if (k := web_key(url)) is not None:
            r.keys["web"].add(k)
    for sid, number in session.execute(select(m.Phone.service_id, m.Phone.number).where(m.Phone.service_id.is_not(None))):
        if sid in recs and (k := phone_key(number)) is not None:
            recs[sid].keys["phone"].add(k)
    places = session.execute(
        select(m.ServiceAtLocation.service_id, m.Address.address_1, m.Address.postal_code, m.Location.latitude, m.Location.longitude)
        .join(m.Location, m.Location.id == m.ServiceAtLocation.location_id)
        .outerjoin(m.Address, m.Address.location_id == m.Location.id))
    for sid, street, postcode, lat, lon in places:
        r = recs.get(sid)
        if r is None:
            continue
        if postcode:
            r.postcodes.add(postcode.replace(" ", "").upper())
        if (k := address_key(street, postcode)) is not None:
            r.keys["address"].add(k)
        if lat is not None and lon is not None:
            r.points.append((lat, lon))
    return recs


def _organizations(session: Session) -> dict[str, _Record]:
    recs: dict[str, _Record] = {}
    for oid, name, email, website in session.execute(select(m.Organization.id, m.Organization.name, m.Organization.email,
                                                            m.Organization.website).where(m.Organization.active.is_(True))):
        r = recs[oid] = _Record(oid, name)
        if (k := email_key(email)) is not None and k.split("@")[1] not in MAIL_HOSTS:
            r.keys["email"].add(k)
        if (k := web_key(website)) is not None:
            r.keys["web"].add(k)
    for oid, number in session.execute(select(m.Phone.organization_id, m.Phone.number).where(m.Phone.organization_id.is_not(None))):
        if oid in recs and (k := phone_key(number)) is not None:
            recs[oid].keys["phone"].add(k)
    for oid, street, postcode in session.execute(select(m.Location.organization_id, m.Address.address_1, m.Address.postal_code)
                                                 .join(m.Address, m.Address.location_id == m.Location.id)
                                                 .where(m.Location.organization_id.is_not(None))):
        if oid in recs and (k := address_key(street, postcode)) is not None:
            recs[oid].keys["address"].add(k)
    return recs


def find(session: Session, limit: int | None = None) -> list[Candidate]:
    found: dict[tuple[str, str, str], Candidate] = {}
    dismissed = _dismissed(session)

    def add(kind: str, a: _Record, b: _Record, score: float, reason: str) -> None:
        first, second = sorted((a, b), key=lambda r: r.id)
        key = (kind, first.id, second.id)
        if (first.id, second.id) in dismissed:
            return
        if key not in found or found[key].score < score:
            found[key] = Candidate(kind, first.id, second.id, round(score, 3), reason, (first.name, second.name), ("", ""))

    orgs = _organizations(session)
    kvk = defaultdict(set)
    rows = session.execute(select(m.OrganizationIdentifier.identifier, m.Organization.id)
                           .join(m.Organization).where(m.Organization.active.is_(True),
                                                       func.lower(m.OrganizationIdentifier.identifier_type) == "kvk"))
    for ident, oid in rows:
        number = "".join(ch for ch in ident if ch.isdigit())
        if number:
            kvk[number].add(oid)
    for number, ids in kvk.items():
        ids = sorted(ids)
        for i in range(len(ids)):
            for j in range(i + 1, len(ids)):
                add("organization", orgs[ids[i]], orgs[ids[j]], 1.0, f"same KvK number {number}")
    _shared_contacts("organization", orgs, add)
    by_name = defaultdict(list)
    for r in orgs.values():
        if name_key(r.name):
            by_name[name_key(r.name)].append(r)
    for group in by_name.values():
        for i in range(len(group)):
            for j in range(i + 1, min(len(group), MAX_BLOCK)):
                a, b = group[i], group[j]
                shared = any(a.keys[k] & b.keys[k] for k in SIGNAL_TEXT)
                add("organization", a, b, 0.9 if shared else 0.85, "same name apart from spelling or legal form")

    services = _services(session)
    by_name_pc = defaultdict(list)
    by_org = defaultdict(list)
    cells = defaultdict(list)
    for r in services.values():
        key = name_key(r.name)
        for pc in r.postcodes:
            by_name_pc[(key, pc)].append(r)
        by_org[r.org].append(r)
        for lat, lon in r.points:
            cells[(int(lat // CELL_LAT), int(lon // CELL_LON))].append(r)
    for (_, postcode), group in by_name_pc.items():
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                add("service", group[i], group[j], 0.95, f"same name at postcode {postcode[:4]} {postcode[4:]}".strip())
    _shared_contacts("service", services, add)
    for group in by_org.values():
        if len(group) > MAX_BLOCK:
            continue
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                a, b = group[i], group[j]
                similarity = name_similarity(a.name, b.name)
                if similarity >= MIN_SAME_ORG and not (a.points and b.points and _distance(a, b) > RADIUS_KM):
                    add("service", a, b, similarity / 100 * 0.9, f"names {similarity:.0f}% alike, same organisation")
    for (cy, cx), here in cells.items():
        near = list({r.id: r for dy in (-1, 0, 1) for dx in (-1, 0, 1) for r in cells.get((cy + dy, cx + dx), ())}.values())
        for i, j in _maybe_alike(here, near, MIN_SIMILARITY):
            a, b = here[i], near[j]
            if a.id >= b.id:
                continue
            similarity = name_similarity(a.name, b.name)
            if similarity < MIN_SIMILARITY:
                continue
            distance = _distance(a, b)
            if distance <= RADIUS_KM:
                add("service", a, b, similarity / 100 * 0.9, f"names {similarity:.0f}% alike, {distance * 1000:.0f} m apart")
    result = sorted(found.values(), key=lambda c: (-c.score, c.kind, c.keep_id))[:limit]
    sources = _sources(session, {x for c in result for x in (c.keep_id, c.other_id)})
    return [Candidate(c.kind, c.keep_id, c.other_id, c.score, c.reason, c.names,
                      (sources.get(c.keep_id, ""), sources.get(c.other_id, ""))) for c in result]


def _maybe_alike(left: list[_Record], right: list[_Record], cutoff: float) -> list[tuple[int, int]]:
    """The (left, right) index pairs whose names may be `cutoff` alike: either of name_similarity's
    two comparisons reaches it (all pairs at once, in rapidfuzz's C); name_similarity decides."""
    def words(recs):
        return [" ".join(name_words(r.name)) for r in recs]

    def keys(recs):
        return ["".join(name_words(r.name)) for r in recs]

    low = cutoff - 0.5  # a little room for float32 rounding: this only narrows what name_similarity sees
    sorted_words = process.cdist(words(left), words(right), scorer=fuzz.token_sort_ratio, score_cutoff=low)
    spaceless = process.cdist(keys(left), keys(right), scorer=fuzz.ratio, score_cutoff=low)
    return list(zip(*(x.tolist() for x in np.nonzero((sorted_words >= low) | (spaceless >= low)))))


def _distance(a: _Record, b: _Record) -> float:
    return min((haversine_km(*p, *q) for p in a.points for q in b.points), default=math.inf)


def _shared_contacts(kind: str, recs: dict[str, _Record], add) -> None:
    """Alike names that share a phone number, e-mail address, website or address."""
    blocks: dict[tuple[str, str], list[_Record]] = defaultdict(list)
    for r in recs.values():
        for signal, values in r.keys.items():
            for v in values:
                blocks[(signal, v)].append(r)
    for (signal, _), group in blocks.items():
        if len(group) < 2 or len(group) > MAX_BLOCK:
            continue
        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                a, b = group[i], group[j]
                similarity = name_similarity(a.name, b.name)
                if similarity >= MIN_SHARED:
                    shared = [SIGNAL_TEXT[k] for k in SIGNAL_TEXT if a.keys[k] & b.keys[k]]
                    score = min(0.94, 0.6 + 0.3 * similarity / 100 + 0.04 * len(shared))
                    add(kind, a, b, score, f"names {similarity:.0f}% alike, " + ", ".join(shared))
