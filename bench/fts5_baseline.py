"""The baseline for bench/search.py: the same search over SQLite FTS5 (standard library sqlite3).

What it does, per query (a `search_index.Query`, as sociale_kaart.search.service.to_query makes it):
- text: FTS5 table (name, kw, org, desc), tokenizer `unicode61 remove_diacritics 2`, prefix
  index on 3 and 4 characters; the words of `q` (folded, Dutch stop words dropped) become
  prefix terms joined with OR, ranked by bm25 with column weights 3/2.5/1.5/1 (the field boosts
  of search_index). No stemming, compound splitting, synonyms or typo fallback: it does less
  linguistic work than search_index, so its totals differ (bench/search.py reports both);
- geo: R*Tree bounding box on the points, exact haversine (SQLite math functions) for the
  radius, nearest point per service; services whose service area matches the place (virtual
  services, "Nederland") are included as search_index does;
- filters as SQL on plain columns (tier, life domains as a bit mask, free, age, language,
  wheelchair, open day);
- answer: total, tier and life-domain facet counts (one aggregate over a temp table of the
  matches), a page of 20 by bm25 (or by distance without words) with FTS5 snippets.

    python bench/fts5_baseline.py serve --fts bench/data/fts-10k.db --gazetteer-db bench/data/sk-10k.db --port 8766

serves GET /api/v1/search with the parameters of the real endpoint (litestar + uvicorn, 1 worker),
resolving `near` with the same gazetteer, names of the page from the same SQLite file.
"""

from __future__ import annotations

import argparse
import os
import re
import sqlite3
import sys
import threading
import unicodedata
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TIERS = ("self_help", "social_network", "volunteer", "general", "tailored", "specialist")
DOMAINS = ("finances", "work_education", "daytime_activities", "housing", "domestic_relations", "mental_health",
           "physical_health", "substance_use", "basic_adl", "instrumental_adl", "social_network",
           "social_participation", "justice")
DAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")
LANGS: dict[str, int] = {}
STOP = set("de het een en van voor bij met in op aan te of om naar door over uit als is zijn er die dat wat ik je u mijn "
           "hoe waar wie kan wil ook niet geen nog maar dan zo mee".split())
EARTH_KM = 6371.0088

SCHEMA = """
CREATE TABLE svc(r INTEGER PRIMARY KEY, id TEXT UNIQUE, name TEXT, org TEXT, tier INT, dom INT, free INT,
                 min_age INT, max_age INT, lang INT, wheel INT, days INT, crisis INT, place TEXT);
CREATE VIRTUAL TABLE fts USING fts5(name, kw, org, desc, tokenize='unicode61 remove_diacritics 2', prefix='3 4');
CREATE TABLE pt(p INTEGER PRIMARY KEY, r INT, lat REAL, lon REAL);
CREATE VIRTUAL TABLE pt_rt USING rtree(p, minlat, maxlat, minlon, maxlon);
CREATE TABLE area(r INT, code TEXT);
CREATE TABLE langs(code TEXT PRIMARY KEY, bit INT);
"""


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def match_expr(q: str) -> str | None:
    words = [w for w in re.findall(r"[a-z0-9]+", fold(q)) if w not in STOP and len(w) > 1]
    if not words:
        return None
    return " OR ".join(f'"{w}"*' for w in dict.fromkeys(words))


def build(path: Path, docs: Iterable) -> int:
    """Write the baseline database from search_index Documents (active ones, like SearchIndex.rebuild)."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
    langs: dict[str, int] = {}
    n = 0
    svc_rows, fts_rows, pt_rows, area_rows = [], [], [], []
    p = 0

    def flush():
        con.executemany("INSERT INTO svc VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", svc_rows)
        con.executemany("INSERT INTO fts(rowid, name, kw, org, desc) VALUES (?,?,?,?,?)", fts_rows)
        con.executemany("INSERT INTO pt VALUES (?,?,?,?)", pt_rows)
        con.executemany("INSERT INTO pt_rt VALUES (?,?,?,?,?)", [(a, c, c, d, d) for a, _, c, d in pt_rows])
        con.executemany("INSERT INTO area VALUES (?,?)", area_rows)
        for x in (svc_rows, fts_rows, pt_rows, area_rows):
            x.clear()

    for d in docs:
        if not d.active:
            continue
        n += 1
        dom = sum(1 << DOMAINS.index(x) for x in set(d.life_domains) if x in DOMAINS)
        lang = 0
        for code in d.languages:
            lang |= 1 << langs.setdefault(code, len(langs))
        days = sum(1 << DAYS.index(x) for x in d.open_days if x in DAYS)
        svc_rows.append((n, d.id, d.name, d.organization, TIERS.index(d.tier) if d.tier in TIERS else 3, dom, int(d.free),
                         -1 if d.min_age is None else d.min_age, 32767 if d.max_age is None else d.max_age, lang,
                         int(d.wheelchair), days, int(d.crisis), d.place))
        kw = " ".join(list(d.keywords) + list(getattr(d, "categories", []) or []))
        fts_rows.append((n, d.name, kw, d.organization, d.description))
        for lat, lon in d.points:
            p += 1
            pt_rows.append((p, n, float(lat), float(lon)))
        area_rows += [(n, a.lower()) for a in d.areas]
        if len(svc_rows) >= 5000:
            flush()
    flush()
    con.executemany("INSERT INTO langs VALUES (?,?)", list(langs.items()))
    con.executescript("CREATE INDEX area_code ON area(code); CREATE INDEX pt_r ON pt(r);"
                      "INSERT INTO fts(fts) VALUES('optimize'); ANALYZE;")
    con.commit()
    con.execute("PRAGMA journal_mode=WAL")
    con.close()
    return n


T_ALL = "t AS MATERIALIZED (SELECT rowid AS r, bm25(fts, 3.0, 2.5, 1.5, 1.0) AS score FROM fts WHERE fts MATCH :m)"


class FtsSearch:
    """One connection per thread; answers like SearchIndex.search (total, facets, page of hits)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._local = threading.local()

    @property
    def con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)  # autocommit: no lingering read locks
            con.executescript("PRAGMA query_only=0; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;"
                              "CREATE TEMP TABLE IF NOT EXISTS hits(r INTEGER PRIMARY KEY, score REAL, d REAL, tier INT, dom INT);")
            self._local.con = con
            self._local.langs = dict(con.execute("SELECT code, bit FROM langs"))
        return con

    def search(self, q) -> dict:
        con = self.con
        langs = self._local.langs
        where, args = [], {}
        ctes, joins = [], []
        base = "svc s"
        m = match_expr(q.q) if q.q else None
        if q.q and m is None:
            return {"total": 0, "hits": [], "facets": {"tier": {t: 0 for t in TIERS}, "life_domain": {}}}
        if m is not None:
            ctes.append(T_ALL)
            base = "t CROSS JOIN svc s ON s.r = t.r"
            args["m"] = m
        geo = q.lat is not None and q.lon is not None
        if geo:
            import math

            la, lo = math.radians(q.lat), math.radians(q.lon)
            args.update(la=la, lo=lo, cla=math.cos(la))
            dist = ("2*6371.0088*asin(sqrt(min(1.0, pow(sin((radians(p.lat)-:la)/2),2) + "
                    ":cla*cos(radians(p.lat))*pow(sin((radians(p.lon)-:lo)/2),2))))")
            if q.radius_km is not None:
                dlat = q.radius_km / EARTH_KM * 1.01 * 180 / math.pi
                dlon = dlat / max(math.cos(math.radians(min(abs(q.lat) + dlat, 89.9))), 1e-6)
                args.update(la0=q.lat - dlat, la1=q.lat + dlat, lo0=q.lon - dlon, lo1=q.lon + dlon, rad=q.radius_km)
                ctes.append(f"g AS (SELECT p.r AS r, min({dist}) AS d FROM pt_rt JOIN pt p ON p.p = pt_rt.p "
                            "WHERE pt_rt.maxlat >= :la0 AND pt_rt.minlat <= :la1 AND pt_rt.maxlon >= :lo0 AND pt_rt.minlon <= :lo1 "
                            "GROUP BY p.r HAVING d <= :rad)")
                areas = [a.lower() for a in q.areas]
                if areas:
                    args.update({f"a{i}": a for i, a in enumerate(areas)})
                    ph = ",".join(f":a{i}" for i in range(len(areas)))
                    # candidates first (points in the radius, plus services of the place's areas), then svc by key
                    ctes.append(f"c AS (SELECT r, d FROM g UNION ALL SELECT DISTINCT r, NULL FROM area "
                                f"WHERE code IN ({ph}) AND r NOT IN (SELECT r FROM g))")
                else:
                    ctes.append("c AS (SELECT r, d FROM g)")
                base = "c CROSS JOIN svc s ON s.r = c.r"
                if m is not None:
                    # words near a place: all text matches scored once (materialized), joined to the candidates.
                    # (Scoring only the candidates with `rowid IN (SELECT r FROM c)` measured 20x slower.)
                    joins.append("JOIN t ON t.r = s.r")
                dcol = "c.d"
            else:
                dcol = f"(SELECT min({dist}) FROM pt p WHERE p.r = s.r)"
        else:
            dcol = "NULL"
        if q.tiers:
            where.append(f"s.tier IN ({','.join(str(TIERS.index(t)) for t in q.tiers if t in TIERS) or '-1'})")
        if q.life_domains:
            bits = sum(1 << DOMAINS.index(d) for d in q.life_domains if d in DOMAINS)
            where.append(f"(s.dom & {bits}) != 0")
        if q.free is not None:
            where.append(f"s.free = {int(bool(q.free))}")
        if q.age is not None:
            where.append(f"s.min_age <= {int(q.age)} AND s.max_age >= {int(q.age)}")
        if q.language:
            where.append(f"(s.lang & {1 << langs[q.language] if q.language in langs else 0}) != 0")
        if q.wheelchair is not None:
            where.append(f"s.wheel = {int(bool(q.wheelchair))}")
        if q.open_on:
            where.append(f"(s.days & {1 << DAYS.index(q.open_on)}) != 0")
        if q.crisis is not None:
            where.append(f"s.crisis = {int(bool(q.crisis))}")
        agg = ", ".join([f"sum(tier={i})" for i in range(len(TIERS))] + [f"sum((dom>>{i})&1)" for i in range(len(DOMAINS))])
        per_page, page = q.per_page, q.page
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        if m is None and not geo:
            # filters only: aggregate and page straight from svc (no temp table for tens of thousands of rows)
            row = con.execute(f"SELECT count(*), {agg} FROM svc s{cond}").fetchone()
            top = con.execute(f"SELECT s.r, s.id, 0.0, NULL FROM svc s{cond} ORDER BY s.r "
                              f"LIMIT {int(per_page)} OFFSET {int((page - 1) * per_page)}").fetchall()
        else:
            sql = ("WITH " + ", ".join(ctes) + " " if ctes else "")
            sql += (f"INSERT INTO temp.hits SELECT s.r, {'t.score' if m else '0.0'}, {dcol}, s.tier, s.dom FROM {base} "
                    + " ".join(joins) + cond)
            con.execute("DELETE FROM temp.hits")
            con.execute(sql, args)
            row = con.execute(f"SELECT count(*), {agg} FROM temp.hits").fetchone()
            order = "h.d IS NULL, h.d, h.r" if (q.sort == "distance" and geo and not m) else "h.score, h.r"
            top = con.execute(f"SELECT h.r, s.id, h.score, h.d FROM temp.hits h CROSS JOIN svc s ON s.r = h.r ORDER BY {order} "
                              f"LIMIT {int(per_page)} OFFSET {int((page - 1) * per_page)}").fetchall()
        total = row[0]
        facets = {"tier": {t: row[1 + i] or 0 for i, t in enumerate(TIERS)},
                  "life_domain": {d: row[1 + len(TIERS) + i] for i, d in enumerate(DOMAINS) if row[1 + len(TIERS) + i]}}
        rows = [r for r, *_ in top]
        snips = {}
        if rows:
            ph = ",".join(str(r) for r in rows)
            if m:
                snips = dict(con.execute(f"SELECT rowid, snippet(fts, 3, '', '', '…', 16) FROM fts WHERE fts MATCH :m AND rowid IN ({ph})", {"m": m}))
            else:
                snips = dict(con.execute(f"SELECT rowid, substr(desc, 1, 160) FROM fts WHERE rowid IN ({ph})"))
        hits = [{"row": r, "id": i, "score": -s if m else 1.0, "distance_km": d, "snippet": snips.get(r, "")} for r, i, s, d in top]
        return {"total": total, "hits": hits, "facets": facets}

    def names(self, rows: list[int]) -> dict[int, tuple]:
        if not rows:
            return {}
        ph = ",".join(str(int(r)) for r in rows)
        return {r: rest for r, *rest in self.con.execute(f"SELECT r, name, org, tier, dom, free, place FROM svc WHERE r IN ({ph})")}


# ---- HTTP: the same endpoint shape, for the side-by-side over HTTP --------------------------------


def make_app(fts_path: Path, gazetteer_db: Path):
    from litestar import Litestar, get
    from litestar.exceptions import HTTPException
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from search_index import Query
    from sociale_kaart.geo.gazetteer import Gazetteer

    engine = create_engine(f"sqlite:///{gazetteer_db}")
    with Session(engine) as session:
        gazetteer = Gazetteer.from_db(session)
    engine.dispose()
    fts = FtsSearch(fts_path)

    @get("/api/v1/search", sync_to_thread=True)
    def search(q: str = "", near: str | None = None, radius_km: float | None = None, tier: list[str] | None = None,
               life_domain: list[str] | None = None, free: bool | None = None, age: int | None = None,
               language: str | None = None, wheelchair: bool | None = None, open_on: str | None = None,
               page: int = 1, per_page: int = 20) -> dict:
        lat = lon = None
        areas: list[str] = []
        near_out = None
        if near:
            place = gazetteer.resolve(near)
            if place is None:
                raise HTTPException(status_code=422, detail=f"unknown place {near!r}")
            lat, lon, areas = place.lat, place.lon, place.areas
            near_out = {"lat": round(lat, 6), "lon": round(lon, 6), "label": place.label}
        radius = radius_km if radius_km is not None else (10.0 if near else None)
        query = Query(q=q.strip(), lat=lat, lon=lon, radius_km=radius, areas=areas, tiers=tier or [],
                      life_domains=life_domain or [], free=free or None, age=age, language=language,
                      wheelchair=wheelchair or None, open_on=open_on,
                      sort="distance" if near and not q.strip() else "relevance", page=page, per_page=per_page)
        res = fts.search(query)
        names = fts.names([h["row"] for h in res["hits"]])
        results = []
        for h in res["hits"]:
            name, org, t, dom, fr, place = names[h["row"]]
            results.append({"id": h["id"], "name": name, "organization": org, "tier": TIERS[t],
                            "life_domains": [d for i, d in enumerate(DOMAINS) if dom >> i & 1],
                            "distance_km": None if h["distance_km"] is None else round(h["distance_km"], 2),
                            "free": bool(fr), "snippet": h["snippet"], "score": round(h["score"], 3), "place": place})
        return {"total": res["total"], "page": page, "per_page": per_page, "near": near_out, "results": results,
                "facets": res["facets"]}

    @get("/health", sync_to_thread=False)
    def health() -> dict:
        return {"status": "ok"}

    return Litestar(route_handlers=[search, health], debug=False)


def main() -> None:
    p = argparse.ArgumentParser(description="FTS5 baseline for bench/search.py")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--fts", type=Path, required=True)
    s.add_argument("--gazetteer-db", type=Path, required=True)
    s.add_argument("--port", type=int, default=8766)
    s.add_argument("--workers", type=int, default=1)
    a = p.parse_args()
    import uvicorn

    # Several workers need an import string: the factory reads the paths from the environment.
    os.environ.update(FTS_PATH=str(a.fts), FTS_GAZETTEER_DB=str(a.gazetteer_db))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    uvicorn.run("fts5_baseline:app_from_env", factory=True, host="127.0.0.1", port=a.port, workers=a.workers,
                log_level="warning", access_log=False)


def app_from_env():
    return make_app(Path(os.environ["FTS_PATH"]), Path(os.environ["FTS_GAZETTEER_DB"]))


if __name__ == "__main__":
    main()
