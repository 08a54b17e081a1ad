"""What crosses the boundary of the resolver: the request (need + person) and the advice.

Types and ranges are checked by msgspec at the edge; codes (life domains, tiers, ZRM keys) are
checked in `service.validate` so the error can name the exact field (`need.zrm.finances`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from sociale_kaart import vocab
from sociale_kaart.directory.schemas import FROM_ZERO

DOMAIN_CODES = ", ".join(f"`{c}` ({nl})" for c, (nl, _) in vocab.LIFE_DOMAINS.items())
TIER_CODES = ", ".join(f"`{c}` ({nl})" for c, (nl, _) in vocab.TIERS.items())
ZRM_SCALE = ("1 acute problems, 2 not self-reliant, 3 partly self-reliant, 4 self-reliant enough, "
             "5 fully self-reliant (Zelfredzaamheid-Matrix); 1 in a safety domain (finances, housing, domestic "
             "relations, mental or physical health, substance use, basic ADL) is acute and puts crisis services "
             "first; 1 elsewhere is urgent and opens the heavier rungs")

Day = Literal["mo", "tu", "we", "th", "fr", "sa", "su"]
Budget = Literal["free", "low", "any"]
Role = Literal["carers", "relatives", "parents", "professionals"]  # sociale-kaart:audience codes
MAX_DISTANCE_KM = 300


class Need(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    life_domains: Annotated[list[Annotated[str, Meta(max_length=40)]], Meta(
        description=f"Life domains of the need, codes of the 13 ZRM domains: {DOMAIN_CODES}",
        examples=[["social_network", "instrumental_adl"]])] = []
    text: Annotated[str, Meta(max_length=1000, description="The need in the resident's own words (Dutch; English works too)",
                              examples=["eenzaam, kan niet meer zelf boodschappen doen"])] = ""
    # ZRM score per life domain: 1 (acute problems) to 5 (fully self-reliant). Any value passes here so
    # that validate() can name the exact key; a lenient decoder must not turn "1" or true into 1.
    zrm: Annotated[dict[Annotated[str, Meta(max_length=40)], Any], Meta(
        description=f"ZRM score per life domain code: {ZRM_SCALE}", examples=[{"social_network": 2}])] = {}


class Person(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    age: Annotated[int, Meta(ge=0, le=130, extra_json_schema=FROM_ZERO)] | None = None
    near: Annotated[str, Meta(max_length=200)] | None = None
    max_distance_km: Annotated[float, Meta(gt=0, le=MAX_DISTANCE_KM)] = 5.0
    languages: list[Annotated[str, Meta(pattern=r"^[a-zA-Z]{2}$")]] = msgspec.field(default_factory=lambda: ["nl"])
    wheelchair: bool = False
    budget: Annotated[Budget, Meta(description="`free`: only free services; `low`: free or at most EUR 25 a month "
                                               "(a yearly cost counts for a twelfth); `any`")] = "any"
    days: list[Day] = []
    network_available: Annotated[bool, Meta(description="Family, neighbours or friends can help. Without them, "
                                                         "network services that need one are left out and those "
                                                         "that build one come first")] = False
    # Who the person is besides someone with a need: services for that audience become fitting.
    roles: Annotated[list[Role], Meta(description="The person is also a carer (mantelzorger), relative, parent or "
                                                   "professional: services for that audience become fitting")] = []


class ResolveRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    need: Need = msgspec.field(default_factory=Need)  # required in substance: validate() says what is missing
    person: Person = msgspec.field(default_factory=Person)
    limit_per_tier: Annotated[int, Meta(ge=1, le=20)] = 3
    all_tiers: bool = False
    # extension: only these rungs of the ladder (empty: all)
    tiers: Annotated[list[Annotated[str, Meta(max_length=40)]], Meta(
        description=f"Only these rungs of the ladder, least intensive first: {TIER_CODES}")] = []


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
