"""Geocoding: a chain of geopy-style geocoders, local first, remote only when configured.

The chain answers "where is this location?" with a `Point` and how precise it is (the value of
`Location.geo_precision`): `given` coordinates are kept as they are; the offline gazetteer gives
`pc6` (a PC6 postcode, placed at its PC4 area), `pc4` or `place`; PDOK Locatieserver and
Nominatim give `remote`. Remote geocoders are used only when named in `SK_GEOCODER`
(`local,pdok,nominatim`; `pdok=URL` points one at another server, as the tests do), go through
geopy's `RateLimiter` and keep their answers, found or not, in the `geocode_cache` table.
A location nobody can place keeps no coordinates and precision `none`: stored, not rejected.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from urllib.parse import urlencode, urlsplit

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder as GeopyGeocoder
from geopy.location import Location as GeoLocation
from geopy.point import Point as GeoPoint
from sqlalchemy import Boolean, Float, String, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Mapped, Session, mapped_column, selectinload, sessionmaker

from sociale_kaart.db import Base, utcnow
from sociale_kaart.directory import schemas as s
from sociale_kaart.geo.gazetteer import Gazetteer

log = logging.getLogger("sociale_kaart.geocoding")
POINT_RE = re.compile(r"POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)")
# Nominatim's usage policy asks for at most one request per second; PDOK has no published limit.
MIN_DELAY = {"nominatim": 1.0, "pdok": 0.1}


class GeocodeCache(Base):
    """Answers of remote geocoders, so a query is asked once (also when nothing was found)."""

    __tablename__ = "geocode_cache"
    provider: Mapped[str] = mapped_column(String(30), primary_key=True)
    query: Mapped[str] = mapped_column(String(500), primary_key=True)
    found: Mapped[bool] = mapped_column(Boolean)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    created: Mapped[datetime] = mapped_column(default=utcnow)


class Geocoder(Protocol):
    """geopy's shape: a query in, a geopy Location (or None) out."""

    def geocode(self, query: str, exactly_one: bool = True, timeout=DEFAULT_SENTINEL) -> GeoLocation | None: ...


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    precision: str


class LocalGeocoder:
    """The offline gazetteer as a geocoder: a postcode or a place name."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def geocode(self, query: str, exactly_one: bool = True, timeout=DEFAULT_SENTINEL) -> GeoLocation | None:
        place = self.gazetteer.resolve(query)
        if place is None or place.precision == "point":
            return None
        return GeoLocation(place.label, GeoPoint(place.lat, place.lon), {"precision": place.precision})


class PDOK(GeopyGeocoder):
    """PDOK Locatieserver (free, CC0), the Dutch national geocoder, in geopy's shape."""

    def __init__(self, *, domain: str = "api.pdok.nl", scheme: str | None = "https", user_agent: str | None = None,
                 timeout=DEFAULT_SENTINEL, **kwargs):
        super().__init__(scheme=scheme, timeout=timeout, user_agent=user_agent, **kwargs)
        self.api = f"{self.scheme}://{domain.rstrip('/')}/bzk/locatieserver/search/v3_1/free"

    def geocode(self, query: str, exactly_one: bool = True, timeout=DEFAULT_SENTINEL):
        url = f"{self.api}?{urlencode({'q': query, 'rows': 1 if exactly_one else 10, 'fl': 'weergavenaam,centroide_ll,type'})}"
        return self._call_geocoder(url, lambda doc: self._parse(doc, exactly_one), timeout=timeout)

    @staticmethod
    def _parse(doc, exactly_one: bool):
        found = []
        for d in (doc or {}).get("response", {}).get("docs", []):
            m = POINT_RE.match(d.get("centroide_ll") or "")
            if m:  # WKT is "POINT(lon lat)"
                found.append(GeoLocation(d.get("weergavenaam", ""), GeoPoint(float(m.group(2)), float(m.group(1))), d))
        if not found:
            return None
        return found[0] if exactly_one else found


def _remote(name: str, url: str | None, user_agent: str) -> GeopyGeocoder:
    where = {}
    if url:
        parts = urlsplit(url if "://" in url else f"https://{url}")
        where = {"domain": parts.netloc + parts.path.rstrip("/"), "scheme": parts.scheme}
    if name == "pdok":
        return PDOK(user_agent=user_agent, **where)
    if name == "nominatim":
        return Nominatim(user_agent=user_agent, **where)
    raise ValueError(f"unknown geocoder {name!r}; use local, pdok or nominatim")


class GeocoderChain:
    """Tries each configured geocoder in turn; remote answers are cached in the database."""

    def __init__(self, names: tuple[str, ...], gazetteer: Gazetteer, sessions: sessionmaker | None = None,
                 user_agent: str = "sociale-kaart"):
        self.steps: list[tuple[str, object]] = []
        self.sessions = sessions
        for spec in names or ("local",):
            name, _, url = spec.partition("=")
            name = name.strip().lower()
            if name == "local":
                self.steps.append(("local", LocalGeocoder(gazetteer).geocode))
            else:
                logging.getLogger("geopy").setLevel(logging.ERROR)  # its retry warnings carry tracebacks; we log one line
                geocoder = _remote(name, url.strip() or None, user_agent)
                limited = RateLimiter(geocoder.geocode, min_delay_seconds=MIN_DELAY.get(name, 1.0), max_retries=1,
                                      error_wait_seconds=1.0, swallow_exceptions=False)
                self.steps.append((name, limited))

    @property
    def remote(self) -> bool:
        return any(name != "local" for name, _ in self.steps)

    def locate(self, loc: s.Location) -> Point | None:
        """Where a location is: its own coordinates, else its address through the chain."""
        if loc.latitude is not None and loc.longitude is not None:
            return Point(loc.latitude, loc.longitude, "given")
        if loc.location_type == "virtual":
            return None
        return self.address(loc.addresses)

    def address(self, addresses: list) -> Point | None:
        for a in addresses:
            if getattr(a, "address_type", "physical") == "virtual":
                continue
            full = ", ".join(p for p in (a.address_1, f"{a.postal_code} {a.city}".strip()) if p and p.strip())
            for name, geocode in self.steps:
                if name == "local":
                    # The gazetteer knows postcodes and places, not streets: ask it for those alone.
                    for query in (a.postal_code, a.city):
                        hit = geocode(query) if query and query.strip() else None
                        if hit is not None:
                            return Point(hit.latitude, hit.longitude, hit.raw["precision"])
                elif full:
                    hit = self._cached(name, geocode, f"{full}, {a.country or 'NL'}")
                    if hit is not None:
                        return hit
        return None

    def _cached(self, name: str, geocode, query: str) -> Point | None:
        query = query[:500]
        if self.sessions is not None:
            with self.sessions() as session:
                row = session.get(GeocodeCache, (name, query))
                if row is not None:
                    return Point(row.latitude, row.longitude, "remote") if row.found else None
        try:
            hit = geocode(query)
        except GeopyError as exc:  # not cached: the next run asks again
            log.warning("geocoder %s failed for %r: %s", name, query, exc)
            return None
        if self.sessions is not None:
            try:
                with self.sessions() as session:
                    session.merge(GeocodeCache(provider=name, query=query, found=hit is not None,
                                               latitude=hit.latitude if hit else None, longitude=hit.longitude if hit else None))
                    session.commit()
            except OperationalError as exc:  # SQLite busy with the caller's own write: the answer is still good
                log.warning("geocode cache not written: %s", exc.orig)
        return Point(hit.latitude, hit.longitude, "remote") if hit is not None else None


def ungeocoded(session: Session):
    """Active physical locations without coordinates (precision `none`), for `geocode`."""
    from sociale_kaart.directory import models as m

    return session.scalars(select(m.Location).where(m.Location.latitude.is_(None), m.Location.active.is_(True),
                                                    m.Location.location_type != "virtual")
                           .options(selectinload(m.Location.addresses)).order_by(m.Location.id))
