"""Public data types of the search library."""

from __future__ import annotations

import msgspec

#: Service tiers, least intensive first.
TIERS: tuple[str, ...] = ("self_help", "social_network", "volunteer", "general", "tailored", "specialist")
#: Day codes for ``open_days`` / ``open_on``.
DAYS: tuple[str, ...] = ("mo", "tu", "we", "th", "fr", "sa", "su")


class Document(msgspec.Struct, kw_only=True):
    id: str
    name: str
    organization: str = ""
    description: str = ""
    keywords: list[str] = []
    #: Broad category labels (e.g. life-domain names) shared by many
    #: documents: searchable with the weight of description text, not shown
    #: in snippets.
    categories: list[str] = []
    tier: str
    life_domains: list[str] = []
    points: list[tuple[float, float]] = []
    areas: list[str] = []
    free: bool = False
    cost_amount: float | None = None
    min_age: int | None = None
    max_age: int | None = None
    languages: list[str] = []
    wheelchair: bool = False
    open_days: list[str] = []
    crisis: bool = False
    waiting_weeks: int | None = None
    access: str = "open"
    place: str = ""
    #: Opaque facts the caller reads back from ``facts()`` (e.g. "audience:carers"); not searched.
    labels: list[str] = []
    active: bool = True
    version: str = ""


class Query(msgspec.Struct, kw_only=True):
    q: str = ""
    #: "en" when the words are English (the English pages); English is also recognised without it.
    lang: str | None = None
    lat: float | None = None
    lon: float | None = None
    radius_km: float | None = None
    areas: list[str] = []
    tiers: list[str] = []
    life_domains: list[str] = []
    free: bool | None = None
    age: int | None = None
    language: str | None = None
    wheelchair: bool | None = None
    open_on: str | None = None
    crisis: bool | None = None
    ids: list[str] | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20


class Hit(msgspec.Struct):
    id: str
    score: float
    distance_km: float | None
    snippet: str
    #: "strong": answers the words; "weak": only shares a common word, a category, a related
    #: term or a compound part with them ("maybe also").
    strength: str = "strong"
    #: What a results list shows, from the index's stored payload (no database read per hit).
    name: str = ""
    organization: str = ""
    tier: str = "general"
    life_domains: list[str] = []
    free: bool = False
    place: str = ""
    labels: list[str] = []


class Result(msgspec.Struct):
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    suggestion: str | None = None
    fuzzy: bool = False
    #: Rank (0-based, over all pages) where the weak matches start; None when there are none.
    weak_from: int | None = None
