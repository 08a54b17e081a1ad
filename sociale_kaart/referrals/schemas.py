"""What crosses the boundary of the referrals API.

Two views of one referral: the team's (everything about the hand-over) and the receiving
organisation's (only what it needs to help: code, first name, contact route, the question,
the service, status and history; never ZRM scores, other life domains or other plan items).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import Meta

Contact = Literal["phone", "email", "visit"]


class ReferralIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    # Any bool passes here so that the service can name `consent` when it is not `true`.
    consent: bool = False
    contact: Contact
    first_name: Annotated[str, Meta(max_length=60)] = ""
    message: Annotated[str, Meta(max_length=2000)] = ""


class StatusIn(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    status: Annotated[str, Meta(max_length=20)]
    reason: Annotated[str, Meta(max_length=2000)] = ""


class Event(msgspec.Struct, kw_only=True):
    status: str
    reason: str
    by: str
    party: str  # consultant | partner
    at: datetime


class ServiceRef(msgspec.Struct, kw_only=True):
    id: str
    name: str


class PartnerReferral(msgspec.Struct, kw_only=True):
    """What the receiving organisation sees."""

    id: str
    code: str
    first_name: str
    contact: str
    message: str
    service: ServiceRef
    status: str
    history: list[Event]
    created: datetime
    updated: datetime
    moves: list[str]  # the statuses the reader may move it to now


class OrganizationRef(msgspec.Struct, kw_only=True):
    id: str
    name: str | None


class Referral(PartnerReferral, kw_only=True):
    """What the district team sees."""

    case_id: str
    plan_item_id: str
    team: str
    organization: OrganizationRef
    sent_by: str
    consent_by: str
    consent_at: datetime


class MoveConflict(msgspec.Struct, kw_only=True):
    """The 409 body for a move the state table forbids: the error body plus the moves that are allowed."""

    status_code: int
    detail: str
    extra: list[dict]
    current: str
    allowed: list[str]
