"""Referrals: a warm hand-over from a plan item to the organisation that runs the service.

A referral carries only what the receiving organisation needs (the household's code, a first
name, the preferred contact route, the question in the resident's words) and its history of
status moves (HL7 FHIR Task codes). It is part of the case: erasing the case erases it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sociale_kaart.db import Base, Id, utcnow


class Referral(Base):
    __tablename__ = "referral"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    plan_item_id: Mapped[str] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"), index=True)
    team: Mapped[str] = mapped_column(String(100), index=True)
    organization_id: Mapped[str] = mapped_column(Id(), index=True)  # no FK: a referral outlives a merge
    service_id: Mapped[str] = mapped_column(Id())
    service_name: Mapped[str] = mapped_column(String(500))
    code: Mapped[str] = mapped_column(String(40))
    first_name: Mapped[str] = mapped_column(String(60), default="")
    contact: Mapped[str] = mapped_column(String(10))  # phone | email | visit
    message: Mapped[str] = mapped_column(Text, default="")
    # requested | accepted | rejected | cancelled | in-progress | on-hold | completed | failed
    status: Mapped[str] = mapped_column(String(20), index=True)
    consent_by: Mapped[str] = mapped_column(String(400))  # who recorded the resident's consent
    consent_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    reminded_at: Mapped[datetime | None]
    history: Mapped[list[ReferralEvent]] = relationship(back_populates="referral", cascade="all, delete-orphan",
                                                        passive_deletes=True, order_by="ReferralEvent.at")


class ReferralEvent(Base):
    """One status move: who, when, to which status, and why."""

    __tablename__ = "referral_event"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    referral_id: Mapped[str] = mapped_column(ForeignKey("referral.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(400))
    party: Mapped[str] = mapped_column(String(20))  # consultant | partner
    at: Mapped[datetime] = mapped_column(default=utcnow)
    referral: Mapped[Referral] = relationship(back_populates="history")
