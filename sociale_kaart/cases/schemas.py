"""What crosses the boundary of the cases API. Codes (life domains, ZRM) are checked in the
service so the error names the exact field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta

from sociale_kaart.directory.schemas import FROM_ZERO
from sociale_kaart.resolver.schemas import MAX_DISTANCE_KM, Budget, Day

MemberRole = Literal["resident", "partner", "child", "parent", "carer", "other"]
Text = Annotated[str, Meta(max_length=4000)]


class Member(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    role: MemberRole = "resident"
    age: Annotated[int, Meta(ge=0, le=130, extra_json_schema=FROM_ZERO)] | None = None


class CaseIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    code: Annotated[str, Meta(min_length=1, max_length=40)]
    postcode: Annotated[str, Meta(max_length=7)] | None = None
    members: Annotated[list[Member], Meta(max_length=20)] = []
    network_available: bool = False
    budget: Budget = "any"
    languages: Annotated[list[Annotated[str, Meta(pattern=r"^[a-zA-Z]{2}$")]], Meta(max_length=20)] = msgspec.field(
        default_factory=lambda: ["nl"])
    days: list[Day] = []
    max_distance_km: Annotated[float, Meta(gt=0, le=MAX_DISTANCE_KM)] = 5.0
    wheelchair: bool = False


class DomainIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    # Any value passes here so that the service can say "a ZRM score is 1 to 5" for 0, 6 or "3".
    zrm: Any = None
    question: Text = ""
    own_strength: Text = ""
    network: Text = ""


class PlanIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    service_id: Annotated[str, Meta(max_length=100)]
    life_domain: Annotated[str, Meta(max_length=40)]
    motivation: Text = ""
    who: Text = ""
    start_date: date | None = None
    review_date: date | None = None


class DecisionIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    note: Text = ""


class DomainOut(msgspec.Struct, kw_only=True):
    life_domain: str
    label: str
    zrm: int | None
    question: str
    own_strength: str
    network: str


class PlanItemOut(msgspec.Struct, kw_only=True):
    id: str
    service_id: str
    service_name: str
    life_domain: str
    tier: str
    status: str
    who: str
    start_date: date | None
    review_date: date | None
    motivation: str
    author: str
    created: datetime
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str
    referral_status: str | None = None


class CaseOut(msgspec.Struct, kw_only=True):
    id: str
    code: str
    team: str
    coordinator: str
    status: str
    postcode: str | None
    members: list[Member]
    network_available: bool
    budget: str
    languages: list[str]
    days: list[str]
    max_distance_km: float
    wheelchair: bool
    created: datetime
    updated: datetime
    closed: datetime | None
    domains: list[DomainOut] = []
    plan: list[PlanItemOut] = []


class LogEntry(msgspec.Struct, kw_only=True):
    actor: str
    action: str
    detail: str
    at: datetime


class Export(msgspec.Struct, kw_only=True):
    """Everything stored about one household (AVG art. 15 and 20)."""

    case: CaseOut
    log: list[LogEntry]
    exported: datetime
