"""Search for residents and consultants: parameters in, ranked services with facets out.

One function, `run_search`, serves `GET /api/v1/search`, the HSDA `search` parameter and the
public results page, so that they always agree.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

from search_index import Query, SearchIndex
from sociale_kaart import vocab
from sociale_kaart.context import Context
from sociale_kaart.directory.labels import CLOSED_LABEL
from sociale_kaart.directory.schemas import FROM_ZERO, FieldError, InvalidInput

Day = Literal["mo", "tu", "we", "th", "fr", "sa", "su"]
MAX_RADIUS_KM = 300


class SearchParams(msgspec.Struct, kw_only=True):
    q: Annotated[str, Meta(max_length=1000)] = ""
    lang: Literal["nl", "en"] | None = None
    near: Annotated[str, Meta(max_length=200)] | None = None
    radius_km: Annotated[float, Meta(gt=0, le=MAX_RADIUS_KM, extra_json_schema={"extra": {"exclusive_minimum": 0}})] | None = None
    tier: list[str] = []
    life_domain: list[str] = []
    free: bool | None = None
    age: Annotated[int, Meta(ge=0, le=130, extra_json_schema=FROM_ZERO)] | None = None
    language: Annotated[str, Meta(pattern=r"^[a-zA-Z]{2}$")] | None = None
    wheelchair: bool | None = None
    open_on: Day | None = None
    page: Annotated[int, Meta(ge=1, le=10_000)] = 1
    per_page: Annotated[int, Meta(ge=1, le=100)] = 20


class Near(msgspec.Struct):
    lat: float
    lon: float
    label: str


class SearchResult(msgspec.Struct):
    id: str
    name: str
    organization: str
    tier: str
    life_domains: list[str]
    distance_km: float | None
    free: bool
    snippet: str
    score: float
    place: str = ""
    strength: Annotated[Literal["strong", "weak"], Meta(description=(
        "`strong`: answers the words; `weak`: only shares a common word, a life-domain label, a related term "
        "or part of a compound with them (shown under 'Misschien ook', after the strong results)"))] = "strong"
    status: str = "active"  # or "temporarily closed": still found, marked as such


class SearchResponse(msgspec.Struct):
    total: int
    page: int
    per_page: int
    near: Near | None
    results: list[SearchResult]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    fuzzy: bool = False
    weak_from: Annotated[int | None, Meta(description=(
        "Where the weak results start (0-based, counted over all pages, so also the number of strong results); "
        "null when every result is strong. At most three weak results follow strong ones."))] = None


def check_codes(params: SearchParams) -> None:
    errors = [FieldError("tier", f"unknown tier {t!r}; use one of: {', '.join(vocab.TIERS)}")
              for t in params.tier if t not in vocab.TIERS]
    errors += [FieldError("life_domain", f"unknown life domain {d!r}; use one of: {', '.join(vocab.LIFE_DOMAINS)}")
               for d in params.life_domain if d not in vocab.LIFE_DOMAINS]
    if errors:
        raise InvalidInput(errors)


def to_query(ctx: Context, params: SearchParams) -> tuple[Query, Near | None]:
    check_codes(params)
    near = None
    lat = lon = None
    areas: list[str] = []
    if params.near and params.near.strip():
        place = ctx.gazetteer.resolve(params.near)
        if place is None:
            raise InvalidInput([FieldError("near", f"we do not know the place or postcode {params.near!r}; try a postcode like 1271 or a town name")])
        near = Near(round(place.lat, 6), round(place.lon, 6), place.label)
        lat, lon, areas = place.lat, place.lon, place.areas
    radius = params.radius_km if params.radius_km is not None else (10.0 if near else None)
    query = Query(
        q=params.q.strip(), lang=params.lang, lat=lat, lon=lon, radius_km=radius, areas=areas, tiers=params.tier,
        life_domains=params.life_domain, free=params.free or None, age=params.age,
        language=params.language.lower() if params.language else None, wheelchair=params.wheelchair or None,
        open_on=params.open_on, sort="distance" if near and not params.q.strip() else "relevance",
        page=params.page, per_page=params.per_page,
    )
    return query, near


def _gone() -> None:
    return None


class ResultCache:
    """The answers to the last `size` different searches of this process, for one state of its index.

    An answer is kept with the index state it was computed on: when the index the process holds
    changes (a write, a change applied by the follower, a rebuild, another process's write picked
    up), the next lookup sees a new state and drops every answer, so no answer is older than the
    index. Answers are shared between requests and must not be changed."""

    def __init__(self, size: int):
        self.size = size
        self._lock = threading.Lock()
        self._state = _gone  # a weak reference: the cache does not keep an old index state alive
        self._answers: OrderedDict[tuple, SearchResponse] = OrderedDict()

    def get(self, state: object, key: tuple) -> SearchResponse | None:
        with self._lock:
            if state is not self._state():
                self._answers.clear()
                self._state = weakref.ref(state)
                return None
            answer = self._answers.get(key)
            if answer is not None:
                self._answers.move_to_end(key)
            return answer

    def put(self, state: object, key: tuple, answer: SearchResponse) -> None:
        """`state`: as given to `get` before the search (the search saw that state or a newer one)."""
        with self._lock:
            if state is not self._state() or self.size <= 0:
                return
            self._answers[key] = answer
            if len(self._answers) > self.size:
                self._answers.popitem(last=False)

    def __len__(self) -> int:
        return len(self._answers)


_caches: weakref.WeakKeyDictionary[SearchIndex, ResultCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def result_cache(ctx: Context) -> ResultCache | None:
    """The result cache of `ctx`'s index (None when the settings turn it off: `SK_SEARCH_CACHE=0`)."""
    size = ctx.settings.search_cache
    if size <= 0:
        return None
    with _caches_lock:
        cache = _caches.get(ctx.index)
        if cache is None:
            cache = _caches[ctx.index] = ResultCache(size)
        return cache


def cache_key(params: SearchParams) -> tuple:
    """Every parameter, the words as the search reads them (trimmed)."""
    return tuple((v.strip() if f == "q" else tuple(v) if isinstance(v, list) else v)
                 for f, v in zip(params.__struct_fields__, msgspec.structs.astuple(params)))


def run_search(ctx: Context, params: SearchParams) -> SearchResponse:
    cache = result_cache(ctx)
    if cache is None:
        answer = search(ctx, params)
    else:
        key = cache_key(params)
        state = ctx.index.current_state()
        answer = cache.get(state, key)
        if answer is None:
            answer = search(ctx, params)
            cache.put(state, key, answer)
    if answer.total == 0 and params.page == 1 and params.q.strip():
        from sociale_kaart.editors.service import count_miss

        with ctx.sessions() as session:
            count_miss(session, params.q)  # for the editors: what residents look for and do not find (every time)
    return answer


def search(ctx: Context, params: SearchParams) -> SearchResponse:
    """One search, not cached."""
    query, near = to_query(ctx, params)
    result = ctx.index.search(query)
    # Everything a result shows comes with the hit from the index: no database read per search.
    results = [
        SearchResult(id=h.id, name=h.name, organization=h.organization, tier=h.tier, life_domains=h.life_domains,
                     distance_km=None if h.distance_km is None else round(h.distance_km, 2), free=h.free,
                     snippet=h.snippet, score=round(h.score, 3), place=h.place, strength=h.strength,
                     status="temporarily closed" if CLOSED_LABEL in h.labels else "active")
        for h in result.hits
    ]
    return SearchResponse(total=result.total, page=params.page, per_page=params.per_page, near=near, results=results,
                          facets=result.facets, suggestion=result.suggestion, fuzzy=result.fuzzy,
                          weak_from=result.weak_from)
