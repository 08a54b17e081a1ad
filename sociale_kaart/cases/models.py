"""Case tables. The only place where personal data about residents lives (AVG: minimal, pseudonymous).

A case is one household under the team's own code, never a citizen service number. Members are
kept as role and age only; names stay out (a referral may carry a first name, nothing more).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sociale_kaart.db import Base, Id, utcnow


class Case(Base):
    __tablename__ = "support_case"
    __table_args__ = (UniqueConstraint("team", "code"),)
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    team: Mapped[str] = mapped_column(String(100), index=True)
    coordinator: Mapped[str] = mapped_column(String(400))
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    postcode: Mapped[str | None] = mapped_column(String(7))
    members: Mapped[list] = mapped_column(JSON, default=list)  # [{"role": "resident", "age": 78}]
    network_available: Mapped[bool] = mapped_column(Boolean, default=False)
    budget: Mapped[str] = mapped_column(String(5), default="any")
    languages: Mapped[list] = mapped_column(JSON, default=list)
    days: Mapped[list] = mapped_column(JSON, default=list)
    max_distance_km: Mapped[float] = mapped_column(Float, default=5.0)
    wheelchair: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(index=True)

    domains: Mapped[list[CaseDomain]] = relationship(back_populates="case", cascade="all, delete-orphan",
                                                     order_by="CaseDomain.position")
    plan: Mapped[list[PlanItem]] = relationship(back_populates="case", cascade="all, delete-orphan",
                                                order_by="PlanItem.created_at")


class CaseDomain(Base):
    """The intake for one life domain: ZRM score, the question behind the question, own strength."""

    __tablename__ = "case_domain"
    __table_args__ = (UniqueConstraint("case_id", "life_domain"),)
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    life_domain: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=0)  # vocab order
    zrm: Mapped[int | None] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text, default="")
    own_strength: Mapped[str] = mapped_column(Text, default="")
    network: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    case: Mapped[Case] = relationship(back_populates="domains")


class PlanItem(Base):
    """One agreed step of the household's plan. Tailored and specialist items wait for a second
    consultant of the team (four-eyes); a motivated "no" is kept as an outcome too."""

    __tablename__ = "plan_item"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("support_case.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[str] = mapped_column(Id(), index=True)  # no FK: a plan outlives a listing
    service_name: Mapped[str] = mapped_column(String(500))
    organization_id: Mapped[str | None] = mapped_column(Id(), index=True)
    life_domain: Mapped[str] = mapped_column(String(40))
    tier: Mapped[str] = mapped_column(String(20))
    # agreed | awaiting_approval | approved | rejected
    status: Mapped[str] = mapped_column(String(20), index=True)
    who: Mapped[str] = mapped_column(Text, default="")  # who does what
    start_date: Mapped[date | None] = mapped_column(Date)
    review_date: Mapped[date | None] = mapped_column(Date, index=True)
    motivation: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(400))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str] = mapped_column(Text, default="")
    case: Mapped[Case] = relationship(back_populates="plan")


class CaseLog(Base):
    """Who read or changed which case, when (AVG: access to personal data is logged)."""

    __tablename__ = "case_log"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    case_id: Mapped[str] = mapped_column(Id(), index=True)  # no FK: the erasure itself is logged
    team: Mapped[str] = mapped_column(String(100), index=True)
    actor: Mapped[str] = mapped_column(String(400))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(String(500), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
