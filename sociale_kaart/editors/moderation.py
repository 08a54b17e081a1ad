"""Moderation: a partner's writes to a moderated organisation wait for an editor.

The directory service calls `hold` on every partner write (service, location, organisation), so
the API and the partner pages get the same rule. A held write is stored whole (to replay it on
approval, through the directory service again) with its old and new values per field; nothing
in the directory changes until an editor approves, so public reads stay as they were.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sociale_kaart.db import new_id, utcnow
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.editors.models import ModeratedOrganization, PendingChange
from sociale_kaart.partners.service import Actor

EDITOR_ROLES = ("admin", "editor")
STATUSES = ("pending", "approved", "rejected")
MODELS = {"service": m.Service, "organization": m.Organization, "location": m.Location}
TYPES = {"service": s.Service, "organization": s.Organization, "location": s.Location}
IGNORED = ("id", "organization", "services")  # identity, and nested copies that are records of their own


class Pending(Exception):
    """The write was kept for an editor: the API answers 202 with `change_id`."""

    def __init__(self, change_id: str):
        super().__init__(change_id)
        self.change_id = change_id


class PendingOut(msgspec.Struct):
    change_id: str
    status: str = "pending"


class FieldChange(msgspec.Struct):
    old: Any
    new: Any


class ChangeOut(msgspec.Struct):
    id: str
    resource_type: str
    resource_id: str
    organization_id: str
    organization_name: str
    resource_name: str
    action: str
    fields: dict[str, FieldChange]
    author: str
    created: datetime
    status: str
    decided_by: str | None = None
    decided_at: datetime | None = None
    message: str | None = None


class ModerationIn(msgspec.Struct):
    moderated: bool


class ModerationOut(msgspec.Struct):
    organization_id: str
    moderated: bool


class RejectIn(msgspec.Struct):
    message: str = ""


def require_editor(actor: Actor) -> None:
    if actor.role not in EDITOR_ROLES:
        raise s.Forbidden("Only editors and administrators may do this")


def is_moderated(session: Session, organization_id: str | None) -> bool:
    return organization_id is not None and session.get(ModeratedOrganization, organization_id) is not None


def moderated_ids(session: Session) -> set[str]:
    return set(session.scalars(select(ModeratedOrganization.organization_id)))


def set_moderation(session: Session, actor: Actor, organization_id: str, moderated: bool) -> ModerationOut:
    require_editor(actor)
    if session.get(m.Organization, organization_id) is None:
        raise s.NotFound("organization", organization_id)
    row = session.get(ModeratedOrganization, organization_id)
    if moderated and row is None:
        session.add(ModeratedOrganization(organization_id=organization_id, by=actor.name))
    elif not moderated and row is not None:
        session.delete(row)
    session.commit()
    return ModerationOut(organization_id, moderated)


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {}


def field_changes(old: dict, new: dict) -> dict[str, FieldChange]:
    """Top-level fields whose value differs (empty values count as the same)."""
    out = {}
    for key, value in new.items():
        if key in IGNORED:
            continue
        before = old.get(key)
        if (_empty(before) and _empty(value)) or before == value:
            continue
        out[key] = FieldChange(before, value)
    return out


def _normal(resource_type: str, value: msgspec.Struct | dict) -> dict:
    """One shape for stored and sent records (defaults written the same way), to compare them."""
    return msgspec.to_builtins(s.convert(msgspec.to_builtins(value), TYPES[resource_type]))


def _current(directory, resource_type: str, resource_id: str) -> dict:
    if resource_type == "service":
        return _normal(resource_type, directory.get_service(resource_id, public=False))
    if resource_type == "location":
        return _normal(resource_type, directory.get_location(resource_id, public=False))
    return _normal(resource_type, directory.organizations_out([resource_id], full=True)[0])


def hold(directory, resource_type: str, resource_id: str | None, organization_id: str | None, action: str,
         data: msgspec.Struct | None, create: bool | None, *, always: bool = False) -> None:
    """Keep the write for an editor and raise Pending, when the actor is a partner allowed to make
    it and the organisation is moderated (or `always`: a partner's change of a service's tier);
    else return and let the write go on as usual."""
    actor, session = directory.actor, directory.session
    if actor.role != "partner" or organization_id is None or not actor.may_edit_organization(organization_id):
        return
    if not always and not is_moderated(session, organization_id):
        return
    record = session.get(MODELS[resource_type], resource_id) if resource_id else None
    if record is None and (resource_type == "organization" or action != "create"):
        return  # the write itself says what is wrong (404, 403)
    session.rollback()  # anything a nested write staged before this point
    resource_id = resource_id or new_id()
    record = session.get(MODELS[resource_type], resource_id)
    old = _current(directory, resource_type, resource_id) if record is not None else {}
    if action == "deactivate":
        key, before, after = ("status", old.get("status"), "inactive") if resource_type == "service" else ("active", True, False)
        fields = {key: FieldChange(before, after)}
        payload = b""
    else:
        new = msgspec.to_builtins(data)
        fields = field_changes(old, _normal(resource_type, data))
        payload = msgspec.json.encode({"data": new, "create": create})
    row = PendingChange(id=new_id(), resource_type=resource_type, resource_id=resource_id, organization_id=organization_id,
                        action=action, payload=payload.decode(), fields=msgspec.json.encode(fields).decode(),
                        base_modified=record.last_modified if record is not None else None, author=actor.name)
    session.add(row)
    session.commit()
    raise Pending(row.id)


def _name_map(session: Session, model, ids) -> dict[str, str]:
    if not ids:
        return {}
    return {rid: name or "" for rid, name in session.execute(select(model.id, model.name).where(model.id.in_(list(ids))))}


def _names(session: Session, rows: list[PendingChange]) -> tuple[dict[str, str], dict[str, str]]:
    org_ids = {r.organization_id for r in rows}
    orgs = _name_map(session, m.Organization, org_ids)
    names: dict[str, str] = {}
    for kind, model in MODELS.items():
        ids = {r.resource_id for r in rows if r.resource_type == kind}
        if ids:
            names.update(_name_map(session, model, ids))
    return orgs, names


def change_out(row: PendingChange, orgs: dict[str, str], names: dict[str, str]) -> ChangeOut:
    fields = msgspec.json.decode(row.fields, type=dict[str, FieldChange]) if row.fields else {}
    name = names.get(row.resource_id) or ""
    if not name and row.payload:
        name = str(msgspec.json.decode(row.payload).get("data", {}).get("name") or "")
    return ChangeOut(row.id, row.resource_type, row.resource_id, row.organization_id, orgs.get(row.organization_id, ""),
                     name or "", row.action, fields, row.author, row.created, row.status, row.decided_by, row.decided_at,
                     row.message)


def list_changes(session: Session, actor: Actor, *, page: int, per_page: int, status: str | None = None,
                 organization_id: str | None = None) -> tuple[int, list[ChangeOut]]:
    """Editors see every change; a partner only its own organisation's."""
    if actor.role == "partner":
        organization_id = actor.organization_id
    else:
        require_editor(actor)
    stmt = select(PendingChange)
    if status:
        stmt = stmt.where(PendingChange.status == status)
    if organization_id:
        stmt = stmt.where(PendingChange.organization_id == organization_id)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    order = (PendingChange.created, PendingChange.id) if status == "pending" else (PendingChange.created.desc(), PendingChange.id)
    rows = list(session.scalars(stmt.order_by(*order).limit(per_page).offset((page - 1) * per_page)))
    orgs, names = _names(session, rows)
    return total, [change_out(r, orgs, names) for r in rows]


def get_change(session: Session, actor: Actor, change_id: str) -> ChangeOut:
    row = session.get(PendingChange, change_id)
    if row is None or (actor.role == "partner" and row.organization_id != actor.organization_id):
        raise s.NotFound("change", change_id)
    if actor.role != "partner":
        require_editor(actor)
    orgs, names = _names(session, [row])
    return change_out(row, orgs, names)


def _pending(session: Session, actor: Actor, change_id: str) -> PendingChange:
    require_editor(actor)
    row = session.get(PendingChange, change_id)
    if row is None:
        raise s.NotFound("change", change_id)
    if row.status != "pending":
        raise s.InvalidInput([s.FieldError("status", f"this change was already {row.status}")], "Conflict")
    return row


def approve(directory_for, session: Session, actor: Actor, change_id: str) -> ChangeOut:
    """Apply a held write through the directory service, as its author. 409 when the record
    changed since the partner sent it (the editor then sees the current record and the change)."""
    row = _pending(session, actor, change_id)
    record = session.get(MODELS[row.resource_type], row.resource_id)
    changed = record is not None if row.action == "create" else (record is None or record.last_modified != row.base_modified)
    if changed:
        raise s.InvalidInput([s.FieldError("resource_id", "this record changed after the partner sent the change; "
                                                          "reject it and ask the partner to try again")], "Conflict")
    row.status, row.decided_by, row.decided_at = "approved", actor.name, utcnow()
    directory = directory_for(session, Actor(row.author, "partner", row.organization_id))
    directory.moderation = False
    if row.action == "deactivate":
        getattr(directory, f"deactivate_{row.resource_type}")(row.resource_id)
    else:
        sent = msgspec.json.decode(row.payload)
        data = s.convert(sent["data"], TYPES[row.resource_type])
        getattr(directory, f"save_{row.resource_type}")(data, row.resource_id, create=sent.get("create"))
    return get_change(session, actor, change_id)


def reject(session: Session, actor: Actor, change_id: str, message: str, settings=None) -> ChangeOut:
    """Keep the record as it is; the partner reads the message with the change (API, pages) and,
    given `settings`, gets it by mail too."""
    message = (message or "").strip()
    if len(message) > 4000:
        raise s.InvalidInput([s.FieldError("message", "at most 4000 characters")])
    row = _pending(session, actor, change_id)
    row.status, row.decided_by, row.decided_at, row.message = "rejected", actor.name, utcnow(), message or None
    session.commit()
    out = get_change(session, actor, change_id)
    if settings is not None:
        _mail_rejection(session, settings, row, out)
    return out


def _mail_rejection(session: Session, settings, row: PendingChange, change: ChangeOut) -> None:
    from sociale_kaart import mail
    from sociale_kaart.partners.models import PartnerAccount

    author = row.author.removeprefix("account:") if row.author.startswith("account:") else None
    active = select(PartnerAccount.email).where(PartnerAccount.active.is_(True), PartnerAccount.role == "partner")
    to = sorted(set(session.scalars(active.where(PartnerAccount.email == author)))) if author else []
    if not to:
        to = sorted(set(session.scalars(active.where(PartnerAccount.organization_id == row.organization_id))))
    if not to:
        return
    what = change.resource_name or change.organization_name
    said = f"De redactie schrijft erbij:\n\n“{row.message}”\n\n" if row.message else ""
    body = (f"Beste collega,\n\nDank u wel voor uw wijziging van ‘{what}’. De redactie heeft de wijziging deze keer "
            f"niet op de kaart gezet.\n\n{said}Wilt u de gegevens nog eens bekijken? Dat kan hier:\n"
            f"{settings.public_url}/partner\n\nMet vriendelijke groet,\nDe redactie van de Sociale Kaart\n")
    mail.send(settings, ", ".join(to), f"Uw wijziging van {what}", body)


class RecentChange(msgspec.Struct):
    resource_type: str
    resource_id: str
    name: str
    field: str
    action: str
    old: str
    new: str
    by: str
    when: datetime


def recent_changes(session: Session, *, page: int, per_page: int, organization_id: str | None = None,
                   field: str | None = None) -> tuple[int, list[RecentChange]]:
    """The change log (HSDS `metadata`), newest first, by organisation and field."""
    c = m.ChangeRecord
    stmt = select(c)
    if field:
        stmt = stmt.where(c.field_name == field)
    if organization_id:
        stmt = stmt.where(or_(c.resource_id == organization_id,
                              c.resource_id.in_(select(m.Service.id).where(m.Service.organization_id == organization_id)),
                              c.resource_id.in_(select(m.Location.id).where(m.Location.organization_id == organization_id))))
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = list(session.scalars(stmt.order_by(c.last_action_date.desc(), c.id).limit(per_page).offset((page - 1) * per_page)))
    names: dict[str, str] = {}
    for kind, model in MODELS.items():
        ids = {r.resource_id for r in rows if r.resource_type == kind}
        if ids:
            names.update(_name_map(session, model, ids))
    return total, [RecentChange(r.resource_type, r.resource_id, names.get(r.resource_id) or "", r.field_name, r.last_action_type,
                                r.previous_value, r.replacement_value, r.updated_by, r.last_action_date) for r in rows]
