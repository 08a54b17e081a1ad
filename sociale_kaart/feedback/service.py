"""Storing and listing residents' feedback, and a small in-memory rate limit for the form."""

from __future__ import annotations

import re
from datetime import datetime

import msgspec
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sociale_kaart.db import new_id, utcnow
from sociale_kaart.directory import models as m
from sociale_kaart.directory.schemas import FieldError, InvalidInput, NotFound
from sociale_kaart.feedback.models import Feedback

MAX_MESSAGE = 4000
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class FeedbackOut(msgspec.Struct):
    id: str
    service_id: str
    service_name: str
    message: str
    email: str | None
    language: str
    created_at: datetime
    handled: bool
    note: str | None = None
    handled_at: datetime | None = None
    handled_by: str | None = None
    organization_id: str | None = None
    organization_name: str | None = None


class PartnerFeedbackOut(msgspec.Struct):
    """What a partner sees of a message about its own service: never the sender's e-mail
    address, nor the editors' note."""

    id: str
    service_id: str
    service_name: str
    message: str
    language: str
    created_at: datetime
    handled: bool


class FeedbackPatch(msgspec.Struct, forbid_unknown_fields=True):
    handled: bool | None = None
    note: str | None = None


def check(message: str, email: str) -> tuple[str, str | None, list[FieldError]]:
    """Cleaned message and e-mail, and what is wrong with them (keys are the form's field names)."""
    message = (message or "").strip()
    email = (email or "").strip()
    errors = []
    if not message:
        errors.append(FieldError("message", "empty"))
    elif len(message) > MAX_MESSAGE:
        errors.append(FieldError("message", "too_long"))
    if email and (len(email) > 320 or not EMAIL_RE.match(email)):
        errors.append(FieldError("email", "invalid"))
    return message, email or None, errors


def submit(session: Session, service_id: str, message: str, email: str = "", language: str = "nl") -> str:
    message, email_or_none, errors = check(message, email)
    if errors:
        raise InvalidInput(errors)
    svc = session.get(m.Service, service_id)
    if svc is None or svc.status != "active":
        raise NotFound("service", service_id)
    row = Feedback(id=new_id(), service_id=service_id, message=message, email=email_or_none,
                   language="en" if language == "en" else "nl")
    session.add(row)
    session.commit()
    return row.id


def _query(service_id: str | None, handled: bool | None, organization_id: str | None):
    stmt = (select(Feedback, m.Service.name, m.Organization.id, m.Organization.name)
            .join(m.Service, m.Service.id == Feedback.service_id)
            .join(m.Organization, m.Organization.id == m.Service.organization_id))
    if service_id:
        stmt = stmt.where(Feedback.service_id == service_id)
    if handled is not None:
        stmt = stmt.where(Feedback.handled.is_(handled))
    if organization_id:
        stmt = stmt.where(m.Service.organization_id == organization_id)
    return stmt


def _page(session: Session, stmt, page: int, per_page: int):
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.execute(stmt.order_by(Feedback.created_at.desc(), Feedback.id).limit(per_page).offset((page - 1) * per_page))
    return total, rows


def _out(f: Feedback, name: str, org_id: str, org_name: str) -> FeedbackOut:
    return FeedbackOut(f.id, f.service_id, name, f.message, f.email, f.language, f.created_at, f.handled, f.note,
                       f.handled_at, f.handled_by, org_id, org_name)


def list_feedback(session: Session, *, page: int, per_page: int, service_id: str | None = None,
                  handled: bool | None = None, organization_id: str | None = None) -> tuple[int, list[FeedbackOut]]:
    """For editors, newest first."""
    total, rows = _page(session, _query(service_id, handled, organization_id), page, per_page)
    return total, [_out(*row) for row in rows]


def list_for_organization(session: Session, organization_id: str, *, page: int, per_page: int,
                          service_id: str | None = None, handled: bool | None = None) -> tuple[int, list[PartnerFeedbackOut]]:
    """For a partner (API and partner pages): messages about its own organisation's services, without e-mail."""
    total, rows = _page(session, _query(service_id, handled, organization_id), page, per_page)
    return total, [PartnerFeedbackOut(f.id, f.service_id, name, f.message, f.language, f.created_at, f.handled)
                   for f, name, _, _ in rows]


def count_open(session: Session, organization_id: str | None = None) -> int:
    stmt = _query(None, False, organization_id)
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def get_feedback(session: Session, feedback_id: str) -> FeedbackOut:
    row = session.execute(_query(None, None, None).where(Feedback.id == feedback_id)).first()
    if row is None:
        raise NotFound("feedback", feedback_id)
    return _out(*row)


def update(session: Session, feedback_id: str, change: FeedbackPatch, by: str) -> FeedbackOut:
    """An editor marks a message handled (or open again) and/or keeps a note with it."""
    row = session.get(Feedback, feedback_id)
    if row is None:
        raise NotFound("feedback", feedback_id)
    if change.note is not None:
        note = change.note.strip()
        if len(note) > MAX_MESSAGE:
            raise InvalidInput([FieldError("note", f"at most {MAX_MESSAGE} characters")])
        row.note = note or None
    if change.handled is not None and change.handled != row.handled:
        row.handled = change.handled
        row.handled_at = utcnow() if change.handled else None
        row.handled_by = by if change.handled else None
    session.commit()
    return get_feedback(session, feedback_id)

