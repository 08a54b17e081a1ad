"""Filters, geo and facets: masks over the reader state's arrays for
the query's filters, distances and service areas, facet counts, and the
"the query is the service's name" match."""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Iterable

import numpy as np

from .analysis import _WORD_RE, fold
from .model import TIERS, Query
from .store import DAY_BIT, TIER_CODE

if TYPE_CHECKING:
    from .store import _Registry, _State

EARTH_KM = 6371.0088


class Filters:
    """Filters, geo and facets of a SearchIndex (mixin)."""

    def _filter_mask(self, st: _State, query: Query) -> np.ndarray:
        mask = st.alive.copy()
        if query.ids is not None:
            rows = self._rows_for_ids(st, query.ids)
            m = np.zeros(st.n, dtype=np.bool_)
            m[rows] = True
            mask &= m
        if query.tiers:
            codes = [TIER_CODE[t] for t in query.tiers if t in TIER_CODE]
            mask &= np.isin(st.tier, np.array(codes, dtype=np.int8))
        if query.life_domains:
            bits = _known_bits(self._reg_dom, query.life_domains)
            mask &= (st.dom & np.uint64(bits)) != 0
        if query.free is not None:
            mask &= st.free == bool(query.free)
        if query.age is not None:
            mask &= (st.min_age <= query.age) & (st.max_age >= query.age)
        if query.language:
            bits = _known_bits(self._reg_lang, [query.language.lower()])
            mask &= (st.lang & np.uint64(bits)) != 0
        if query.wheelchair is not None:
            mask &= st.wheel == bool(query.wheelchair)
        if query.open_on:
            bit = DAY_BIT.get(query.open_on.lower(), 0)
            mask &= (st.days & np.uint8(bit)) != 0
        if query.crisis is not None:
            mask &= st.crisis == bool(query.crisis)
        return mask

    def _rows_for_ids(self, st: _State, ids: Iterable[str]) -> np.ndarray:
        if st._id_row is None:
            idrow = {}
            alive = st.alive
            for i, d in enumerate(st.ids):
                if alive[i]:
                    idrow[d] = i
            st._id_row = idrow
        idrow = st._id_row
        return np.array([idrow[i] for i in ids if i in idrow], dtype=np.int64)

    def _id_rank(self, st: _State) -> np.ndarray:
        if st._id_rank is None:
            arr = np.array(st.ids.tolist(), dtype=str) if st.n else np.zeros(0, dtype=str)
            order = np.argsort(arr, kind="stable")
            rank = np.empty(st.n, dtype=np.int64)
            rank[order] = np.arange(st.n)
            st._id_rank = rank
        return st._id_rank

    def _distances(self, st: _State, lat: float, lon: float, mask: np.ndarray,
                   radius_km: float | None = None) -> np.ndarray:
        """Distance in km from (lat, lon) to the nearest point of each doc in
        ``mask``; inf for docs without points, outside ``mask`` or (when
        ``radius_km`` is given) without a point inside the radius."""
        dist = np.full(st.n, np.inf)
        if not len(st.prow):
            return dist
        la, lo = np.radians(lat), np.radians(lon)
        if radius_km is not None:
            # only the points in the radius's band of latitude (a slice of the points sorted by
            # latitude), then its band of longitude
            dlat = radius_km / EARTH_KM * 1.01
            coslat = max(np.cos(min(abs(la) + dlat, np.pi / 2 - 1e-6)), 1e-6)
            dlon = min(dlat / coslat, np.pi)
            by_lat, sorted_lat = _points_by_latitude(st)
            sel = by_lat[np.searchsorted(sorted_lat, la - dlat, "left"):np.searchsorted(sorted_lat, la + dlat, "right")]
            dl = np.abs(st.plon[sel] - lo)
            sel = np.sort(sel[mask[st.prow[sel]] & ((dl <= dlon) | (dl >= 2 * np.pi - dlon))])
        else:
            sel = np.flatnonzero(mask[st.prow])
        if not len(sel):
            return dist
        rows = st.prow[sel]
        plat = st.plat[sel]
        a = np.sin((plat - la) * 0.5) ** 2 + np.cos(la) * st.pcos[sel] * np.sin((st.plon[sel] - lo) * 0.5) ** 2
        d = 2 * EARTH_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
        dist[rows[starts]] = np.minimum.reduceat(d, starts)
        return dist

    def _area_mask(self, st: _State, areas: list[str]) -> np.ndarray:
        m = np.zeros(st.n, dtype=np.bool_)
        codes = [self._reg_area.codes[a] for a in (x.lower() for x in areas) if a in self._reg_area.codes]
        if codes and len(st.acode):
            sel = np.isin(st.acode, np.array(codes, dtype=np.int32))
            m[st.arow[sel]] = True
        return m

    def _geo_filter(self, st: _State, query: Query, mask: np.ndarray):
        """Narrow ``mask`` (in place) to docs within ``radius_km`` or serving
        one of ``areas``. Returns (dist, area_only): distances (None without
        a radius or a point to measure from) and the docs let in only by
        their area. Areas without a radius do not filter."""
        has_geo = query.lat is not None and query.lon is not None
        dist = None
        area_only = None
        if query.radius_km is not None:
            # geo filter first (cheap bounding box + haversine on the rest)
            area = self._area_mask(st, query.areas) & mask
            if has_geo:
                dist = self._distances(st, query.lat, query.lon, mask, query.radius_km)
                within = dist <= query.radius_km
            else:
                within = np.zeros(st.n, dtype=np.bool_)
            mask &= within | area
            area_only = area & ~within
            if has_geo and area_only.any():
                # report the nearest (out of radius) point of area matches
                far = self._distances(st, query.lat, query.lon, area_only)
                np.minimum(dist, far, out=dist)
        return dist, area_only

    def _named_rows(self, st: _State, q: str, mask: np.ndarray) -> np.ndarray | None:
        """Rows (within ``mask``) of services whose name is the query; None when there are none."""
        key = match_key(q)
        found = [np.asarray(local, dtype=np.int64) + base for sid, base, _ in st.segs
                 if key and sid in self._seg_cache and (local := self._seg_cache[sid].names.get(key))]
        if not found:
            return None
        named = np.zeros(st.n, dtype=np.bool_)
        named[np.concatenate(found)] = True
        named &= mask
        return named if named.any() else None

    def _facets(self, st: _State, rows: np.ndarray) -> dict[str, dict[str, int]]:
        f: dict[str, dict[str, int]] = {}
        tc = np.bincount(st.tier[rows], minlength=len(TIERS) + 1)
        f["tier"] = {t: int(tc[i]) for i, t in enumerate(TIERS)}
        f["life_domain"] = _bit_counts(st.dom[rows], self._reg_dom)
        nfree = int(st.free[rows].sum())
        f["free"] = {"true": nfree, "false": int(len(rows) - nfree)}
        f["language"] = _bit_counts(st.lang[rows], self._reg_lang)
        nw = int(st.wheel[rows].sum())
        f["wheelchair"] = {"true": nw, "false": int(len(rows) - nw)}
        per_days = np.bincount(st.days[rows], minlength=256)  # rows per set of days: one pass, not seven
        f["open_on"] = {d: int(per_days[np.arange(256) & b != 0].sum()) for d, b in DAY_BIT.items()}
        f["place"] = _code_counts(st.place[rows], self._reg_place)
        f["access"] = _code_counts(st.access[rows], self._reg_access)
        return f


def match_key(text: str) -> str:
    """A name or query as compared for "the query is the name": case, accents
    and punctuation ignored ("Service for Admin: Test-Location" ->
    "service for admin test location")."""
    return " ".join(_WORD_RE.findall(fold(text).replace("'", "").replace("-", " ")))


def name_keys(name: str) -> list[str]:
    """The name's match keys: the whole name, and for "Title: subtitle" names the title too."""
    keys = [match_key(name)]
    head, colon, _ = name.partition(":")
    if colon and match_key(head):
        keys.append(match_key(head))
    return [k for k in dict.fromkeys(keys) if k]


def _known_bits(reg: _Registry, names: Iterable[str]) -> int:
    m = 0
    for n in names:
        c = reg.codes.get(n.lower())
        if c is not None and c < 64:
            m |= 1 << c
    return m


def _points_by_latitude(st: _State) -> tuple[np.ndarray, np.ndarray]:
    """The point numbers ordered by latitude, and their latitudes in that order (once per reader state)."""
    held = getattr(st, "_points_by_lat", None)
    if held is None:
        order = np.argsort(st.plat, kind="stable")
        held = st._points_by_lat = (order, st.plat[order])
    return held


def _bit_counts(masks: np.ndarray, reg: _Registry) -> dict[str, int]:
    out = {}
    for c, name in enumerate(reg.names[:64]):
        cnt = int(((masks & np.uint64(1 << c)) != 0).sum())
        if cnt:
            out[name] = cnt
    return out


def _code_counts(codes: np.ndarray, reg: _Registry) -> dict[str, int]:
    if not len(codes):
        return {}
    cnt = np.bincount(codes, minlength=len(reg.names))
    used = np.flatnonzero(cnt)
    named = itemgetter(*used.tolist())(reg.names) if len(used) > 1 else [reg.names[i] for i in used.tolist()]
    out = dict(zip(named, cnt[used].tolist()))  # one pass in C: a facet can name thousands of places
    out.pop("", None)
    return out
