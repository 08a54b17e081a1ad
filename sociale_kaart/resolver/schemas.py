"""What crosses the boundary of the resolver: the request (need + person) and the advice.

Types and ranges are checked by msgspec at the edge; codes (life domains, tiers, ZRM keys) are
checked in `service.validate` so the error can name the exact field (`need.zrm.finances`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

Day = Literal["mo", "tu", "we", "th", "fr", "sa", "su"]
Budget = Literal["free", "low", "any"]
Role = Literal["carers", "relatives", "parents", "professionals"]  # sociale-kaart:audience codes
MAX_DISTANCE_KM = 300


class Need(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    life_domains: list[Annotated[str, Meta(max_length=40)]] = []
    text: Annotated[str, Meta(max_length=1000)] = ""
    # ZRM score per life domain: 1 (acute problems) to 5 (fully self-reliant). Any value passes here so
    # that validate() can name the exact key; a lenient decoder must not turn "1" or true into 1.
    zrm: dict[Annotated[str, Meta(max_length=40)], Any] = {}


class Person(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    age: Annotated[int, Meta(ge=0, le=130)] | None = None
    near: Annotated[str, Meta(max_length=200)] | None = None
    max_distance_km: Annotated[float, Meta(gt=0, le=MAX_DISTANCE_KM)] = 5.0
    languages: list[Annotated[str, Meta(pattern=r"^[a-zA-Z]{2}$")]] = msgspec.field(default_factory=lambda: ["nl"])
    wheelchair: bool = False
    budget: Budget = "any"
    days: list[Day] = []
    network_available: bool = False
    # Who the person is besides someone with a need: services for that audience become fitting.
    roles: list[Role] = []


class ResolveRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    need: Need = msgspec.field(default_factory=Need)  # required in substance: validate() says what is missing
    person: Person = msgspec.field(default_factory=Person)
    limit_per_tier: Annotated[int, Meta(ge=1, le=20)] = 3
    all_tiers: bool = False
    # extension: only these rungs of the ladder (empty: all)
    tiers: list[Annotated[str, Meta(max_length=40)]] = []


class Suggestion(msgspec.Struct, kw_only=True):
    id: str
    name: str
    tier: str
    distance_km: float | None
    free: bool
    waiting_weeks: int | None
    reasons: list[str]
    # What a consultant needs to act on it (null when the listing does not say).
    organization: str | None = None
    phone: str | None = None
    email: str | None = None
    url: str | None = None
    address: str | None = None  # null for a confidential location
    access: str | None = None
    how_to_apply: str | None = None
    schedule: str | None = None  # short Dutch text
    cost: str | None = None


class TierAdvice(msgspec.Struct, kw_only=True):
    tier: str
    label: str
    suggestions: list[Suggestion]


class Excluded(msgspec.Struct, kw_only=True):
    id: str
    name: str
    tier: str
    reasons: list[str]


class Advice(msgspec.Struct, kw_only=True):
    acute: bool
    crisis: list[Suggestion]
    tiers: list[TierAdvice]
    excluded: list[Excluded]
    explanation: str
