"""The offline gazetteer: Dutch postcodes (PC4, and PC6 by its PC4) and place names to points.

Rows live in the `gazetteer_entry` table. `init-db` fills it from the national PC4 file shipped
in `geo/data/` (MIT, see its LICENSE); `gazetteer load PATH` adds or replaces rows from another
file in the same format. Distances are great-circle kilometres.
"""

from __future__ import annotations

import csv
import difflib
import io
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sociale_kaart.geo.models import GazetteerEntry

BUILTIN = Path(__file__).parent / "data" / "nl_pc4_4pp.csv"
EARTH_KM = 6371.0088
LATLON_RE = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")
PC_RE = re.compile(r"^\s*([1-9]\d{3})\s*([A-Za-z]{2})?\s*$")
NATIONAL = {"nederland", "landelijk", "heel nederland", "nl", "the netherlands", "netherlands"}
REQUIRED_COLUMNS = {"postcode", "woonplaats", "gemeente", "latitude", "longitude"}


def fold(text: str) -> str:
    """Lower case without accents or punctuation: "'s-Graveland" -> "s graveland"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float
    label: str
    postcode: str | None
    municipality: str | None
    place: str | None
    precision: str  # pc6, pc4, place, point

    @property
    def areas(self) -> list[str]:
        """Area codes a service may serve wholly, from the whole country down to this postcode."""
        out = ["nl"]
        if self.municipality:
            out.append("gm:" + fold(self.municipality))
        if self.place:
            out.append("pl:" + fold(self.place))
        if self.postcode:
            out.append("pc4:" + self.postcode)
        return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


class GazetteerError(ValueError):
    pass


def read_rows(text: str, source: str = "file") -> list[GazetteerEntry]:
    """Parse the nl_pc4_4pp format; a bad file raises GazetteerError naming the line."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = REQUIRED_COLUMNS - set(reader.fieldnames or [])
    if missing:
        raise GazetteerError(f"{source}: missing columns {', '.join(sorted(missing))}")
    rows: dict[str, GazetteerEntry] = {}
    for n, row in enumerate(reader, start=2):
        pc = (row.get("postcode") or "").strip()
        try:
            lat, lon = float(row["latitude"]), float(row["longitude"])
        except (TypeError, ValueError):
            raise GazetteerError(f"{source} line {n}: latitude/longitude must be numbers") from None
        if not re.fullmatch(r"[1-9]\d{3}", pc):
            raise GazetteerError(f"{source} line {n}: {pc!r} is not a four-digit postcode")
        if not (50.5 <= lat <= 53.8 and 3.2 <= lon <= 7.3):
            raise GazetteerError(f"{source} line {n}: {lat},{lon} lies outside the Netherlands")
        rows[pc] = GazetteerEntry(
            postcode=pc, place=(row.get("woonplaats") or "").strip(), alternatives=(row.get("alternatieve_schrijfwijzen") or "").strip(),
            municipality=(row.get("gemeente") or "").strip(), province=(row.get("provincie") or "").strip(), latitude=lat, longitude=lon,
        )
    if not rows:
        raise GazetteerError(f"{source}: no postcodes found")
    return list(rows.values())


def load(session: Session, rows: list[GazetteerEntry]) -> int:
    """Add or replace rows by postcode, in one transaction. A service area's name may now read as
    another area code (a municipality or place added or renamed): the services whose search
    documents change that way go into the index change log, in the same transaction."""
    from sociale_kaart import index_log
    from sociale_kaart.directory import models as m

    before = Gazetteer.from_db(session)
    session.execute(delete(GazetteerEntry).where(GazetteerEntry.postcode.in_([r.postcode for r in rows])))
    session.add_all(rows)
    session.flush()
    after = Gazetteer.from_db(session)
    names = session.scalars(select(m.ServiceArea.name).distinct().where(m.ServiceArea.service_id.is_not(None)))
    moved = sorted({n for n in names if before.area_code(n) != after.area_code(n)})
    for i in range(0, len(moved), 1000):
        index_log.record(session, session.scalars(select(m.ServiceArea.service_id).where(m.ServiceArea.name.in_(moved[i:i + 1000]))))
    session.commit()
    return len(rows)


def ensure_builtin(session: Session) -> None:
    if not session.scalar(select(func.count()).select_from(GazetteerEntry)):
        load(session, read_rows(BUILTIN.read_text(encoding="utf-8"), str(BUILTIN.name)))


class Gazetteer:
    def __init__(self, entries: list[GazetteerEntry]):
        self.by_pc4 = {e.postcode: e for e in entries}
        groups: dict[str, list[GazetteerEntry]] = {}
        self.names: dict[str, str] = {}  # folded name -> the name as people write it
        for e in entries:
            for name in [e.place, e.municipality, *e.alternatives.split(",")]:
                if name.strip():
                    groups.setdefault(fold(name), []).append(e)
                    self.names.setdefault(fold(name), name.strip())
        self.by_name = groups
        self.municipalities = {fold(e.municipality) for e in entries}
        self._pcs = list(self.by_pc4)
        self._lat = np.radians([self.by_pc4[p].latitude for p in self._pcs])
        self._lon = np.radians([self.by_pc4[p].longitude for p in self._pcs])

    @classmethod
    def from_db(cls, session: Session) -> "Gazetteer":
        return cls(list(session.scalars(select(GazetteerEntry))))

    def __len__(self) -> int:
        return len(self.by_pc4)

    def _place(self, e: GazetteerEntry, label: str, precision: str, lat=None, lon=None) -> Place:
        return Place(lat if lat is not None else e.latitude, lon if lon is not None else e.longitude,
                     label, e.postcode, e.municipality, e.place, precision)

    def resolve(self, text: str) -> Place | None:
        """A postcode ('1271', '1271 AB'), a place or municipality name, or 'lat,lon'."""
        text = (text or "").strip()
        if not text or len(text) > 200:
            return None
        m = LATLON_RE.match(text)
        if m:
            lat, lon = float(m.group(1)), float(m.group(2))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                return None
            e = self.nearest(lat, lon)
            return Place(lat, lon, f"{lat:.5f}, {lon:.5f}", e.postcode if e else None,
                         e.municipality if e else None, e.place if e else None, "point")
        m = PC_RE.match(text)
        if m:
            e = self.by_pc4.get(m.group(1))
            if e is None:
                return None
            if m.group(2):
                return self._place(e, f"{m.group(1)} {m.group(2).upper()} {e.place}", "pc6")
            return self._place(e, f"{e.postcode} {e.place}", "pc4")
        entries = self.by_name.get(fold(text))
        if not entries:
            return None
        # A name shared by places in several provinces: take the one with the most postcodes.
        by_place: dict[tuple[str, str], list[GazetteerEntry]] = {}
        for e in entries:
            by_place.setdefault((e.place, e.municipality), []).append(e)
        group = max(by_place.values(), key=len)
        lat = sum(e.latitude for e in group) / len(group)
        lon = sum(e.longitude for e in group) / len(group)
        first = group[0]
        is_municipality = fold(text) == fold(first.municipality) and fold(text) != fold(first.place)
        return Place(lat, lon, first.municipality if is_municipality else first.place, None, first.municipality,
                     None if is_municipality else first.place, "place")

    def suggest(self, text: str) -> str | None:
        """The known place or municipality name closest to a misspelt one ("Huizzen" -> "Huizen"), or None."""
        key = fold(text or "")
        if len(key) < 3 or len(key) > 60 or key in self.by_name or PC_RE.match(text):
            return None
        close = difflib.get_close_matches(key, self.names, n=1, cutoff=0.8)
        return self.names[close[0]] if close else None

    def nearest(self, lat: float, lon: float) -> GazetteerEntry | None:
        if not self._pcs:
            return None
        la, lo = math.radians(lat), math.radians(lon)
        d = np.sin((self._lat - la) / 2) ** 2 + np.cos(la) * np.cos(self._lat) * np.sin((self._lon - lo) / 2) ** 2
        return self.by_pc4[self._pcs[int(np.argmin(d))]]

    def area_code(self, name: str | None) -> str | None:
        """A service area's name as an area code: 'Nederland', 'Gemeente Huizen', 'Huizen', '1271'."""
        if not name:
            return None
        f = fold(name)
        if f in NATIONAL:
            return "nl"
        m = PC_RE.match(name)
        if m:
            return "pc4:" + m.group(1)
        if f.startswith("gemeente "):
            return "gm:" + f.removeprefix("gemeente ")
        if f in self.municipalities:
            return "gm:" + f
        if f in self.by_name:
            return "pl:" + f
        return None
