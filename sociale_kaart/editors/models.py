"""Tables of the editors' workspace.

Moderation lives beside the directory tables (not as a column on `organization`) so that turning
it on or off is itself a small, logged record: who, since when.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sociale_kaart.db import Base, Id, utcnow


class ModeratedOrganization(Base):
    """While a row exists, a partner's writes to this organisation wait for an editor."""

    __tablename__ = "moderated_organization"
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True)
    since: Mapped[datetime] = mapped_column(default=utcnow)
    by: Mapped[str] = mapped_column(String(200))


class PendingChange(Base):
    """A partner's write held for an editor: the write itself (to replay on approval) and, per
    field, the old and new values to show side by side."""

    __tablename__ = "pending_change"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    resource_type: Mapped[str] = mapped_column(String(50))
    resource_id: Mapped[str] = mapped_column(Id(), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(20))  # create, update, deactivate
    payload: Mapped[str] = mapped_column(Text, default="")  # the HSDS JSON the partner sent
    fields: Mapped[str] = mapped_column(Text, default="{}")  # {"field": {"old": …, "new": …}}
    base_modified: Mapped[datetime | None] = mapped_column()  # the record's last_modified when sent
    author: Mapped[str] = mapped_column(String(200))
    created: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)  # pending, approved, rejected
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column()
    message: Mapped[str | None] = mapped_column(Text)  # the editor's words to the partner


class NotDuplicate(Base):
    """An editor said these two records are not the same: never suggest the pair again."""

    __tablename__ = "not_duplicate"
    __table_args__ = (UniqueConstraint("first_id", "second_id", name="uq_not_duplicate_pair"),)
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    first_id: Mapped[str] = mapped_column(Id())  # the smaller id of the two
    second_id: Mapped[str] = mapped_column(Id())
    by: Mapped[str] = mapped_column(String(200))
    created: Mapped[datetime] = mapped_column(default=utcnow)


class ReminderSent(Base):
    """One reminder sent (kind, what it was about, to whom), so a re-run does not send it again."""

    __tablename__ = "reminder_sent"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[str] = mapped_column(Id(), index=True)  # e.g. the organisation
    recipient: Mapped[str] = mapped_column(String(320))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class SearchMiss(Base):
    """Searches that found nothing, counted per ISO week and folded query: no person, no time of day."""

    __tablename__ = "search_miss"
    __table_args__ = (UniqueConstraint("week", "query", name="uq_search_miss_week_query"),)
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    week: Mapped[str] = mapped_column(String(8), index=True)  # 2026-W49
    query: Mapped[str] = mapped_column(String(200))
    count: Mapped[int] = mapped_column(Integer, default=1)


class ImportRun(Base):
    """One import's report as the editors see it later: counts, and per record what went wrong."""

    __tablename__ = "import_run"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    source: Mapped[str] = mapped_column(String(2000))
    started: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    not_geocoded: Mapped[int] = mapped_column(Integer, default=0)
    unusable: Mapped[str | None] = mapped_column(Text)
    report: Mapped[str] = mapped_column(Text, default="{}")  # importers.report.Report as JSON
