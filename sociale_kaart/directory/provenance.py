"""Provenance: where records came from, what people changed by hand, feed cursors and merges.

`record_source` (in models.py) holds one row per (source, resource type, external id) with the
content hash of what that source last sent. `metadata` (ChangeRecord) says who changed which
field; a change by a person (a partner's key or account, an editor) is kept against later
imports, which report it as a conflict instead (`KeepHandEdits`).
"""

from __future__ import annotations

from datetime import datetime

import msgspec
from sqlalchemy import String, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from sociale_kaart.db import Base, new_id, utcnow
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.service import Directory, _text

MACHINE_ACTORS = ("system", "geocoder")


def importer_name(source: str) -> str:
    return f"import:{source}"


def by_a_person(updated_by: str) -> bool:
    return not (updated_by.startswith("import:") or updated_by in MACHINE_ACTORS)


class FeedCursor(Base):
    """How far an HSDA feed was read: the next pull asks only for what changed after `modified_after`."""

    __tablename__ = "feed_cursor"
    source: Mapped[str] = mapped_column(String(200), primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    modified_after: Mapped[datetime | None] = mapped_column()
    last_run: Mapped[datetime] = mapped_column(default=utcnow)


class Conflict(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A field a person changed by hand that an import would have changed: kept, to be settled.
    `file` and `record` say where in the input it came from (the importer fills them in)."""

    file: str = ""
    record: str = ""
    resource_type: str
    resource_id: str
    field: str
    current: str
    incoming: str
    edited_by: str


class KeepHandEdits:
    """A `Directory.guard`: keeps each field whose latest change was made by a person."""

    def __init__(self, session: Session):
        self.session = session
        self._edited: dict[str, dict[str, str]] = {}
        self.conflicts: list[Conflict] = []

    def prefetch(self, resource_ids: list[str]) -> None:
        """One query for a batch of records instead of one per record."""
        missing = [i for i in resource_ids if i not in self._edited]
        for i in missing:
            self._edited[i] = {}
        latest: dict[tuple[str, str], tuple[datetime, str]] = {}
        for k in range(0, len(missing), 1000):
            rows = self.session.execute(
                select(m.ChangeRecord.resource_id, m.ChangeRecord.field_name, m.ChangeRecord.last_action_date, m.ChangeRecord.updated_by)
                .where(m.ChangeRecord.resource_id.in_(missing[k:k + 1000]), m.ChangeRecord.last_action_type == "update"))
            for rid, field, when, by in rows:
                if (rid, field) not in latest or when >= latest[rid, field][0]:
                    latest[rid, field] = (when, by)
        for (rid, field), (_, by) in latest.items():
            if by_a_person(by):
                self._edited[rid][field] = by

    def __call__(self, resource_type: str, resource_id: str, field: str, old, new) -> bool:
        if resource_id not in self._edited:
            self.prefetch([resource_id])
        by = self._edited[resource_id].get(field)
        if by is None:
            return False
        self.conflicts.append(Conflict(resource_type=resource_type, resource_id=resource_id, field=field,
                                       current=_text(old), incoming=_text(new), edited_by=by))
        return True


def merge(directory: Directory, keep_id: str, other_id: str) -> str:
    """Join two services or two organizations: the other's history and provenance move to the
    kept record, the other is marked inactive and says where it went. Commits; returns the kind."""
    session = directory.session
    if keep_id == other_id:
        raise s.InvalidInput([s.FieldError("other_id", "a record cannot be merged with itself")])
    kind = None
    for model, name in ((m.Service, "service"), (m.Organization, "organization")):
        keep, other = session.get(model, keep_id), session.get(model, other_id)
        if keep is not None and other is not None:
            kind = name
            break
        if keep is not None or other is not None:
            raise s.InvalidInput([s.FieldError("other_id", f"both ids must be {name}s")])
    if kind is None:
        raise s.NotFound("service or organization", keep_id)
    if not directory.actor.is_editor:
        raise s.Forbidden("Only editors may merge records")
    # History first, so the merge's own log lines below stay with the record they describe.
    session.execute(update(m.ChangeRecord).where(m.ChangeRecord.resource_id == other_id).values(resource_id=keep_id))
    for row in session.scalars(select(m.RecordSource).where(m.RecordSource.resource_id == other_id)):
        row.resource_id = keep_id
    if kind == "service":
        directory._deactivate_service(other)
    else:
        for svc in session.scalars(select(m.Service).where(m.Service.organization_id == other_id)):
            directory._set(svc, "service", "organization_id", keep_id, False)
            svc.last_modified = utcnow()
            directory._changed.add(svc.id)
        if other.active:
            directory._set(other, "organization", "active", False, False)
        other.last_modified = keep.last_modified = utcnow()
    directory._log(kind, other_id, "merge", "merged_into", other_id, keep_id)
    directory._log(kind, keep_id, "merge", "merged_from", other_id, keep_id)
    directory.commit()
    return kind


def record_sources(session: Session, source: str, resource_type: str) -> dict[str, tuple[str, str, str]]:
    """external id -> (row id, resource id, content hash) of everything a source sent before."""
    rows = session.execute(select(m.RecordSource.external_id, m.RecordSource.id, m.RecordSource.resource_id, m.RecordSource.content_hash)
                           .where(m.RecordSource.source == source, m.RecordSource.resource_type == resource_type))
    return {ext: (rid, res, h) for ext, rid, res, h in rows}


def source_row(source: str, resource_type: str, external_id: str, resource_id: str, content_hash: str, now: datetime) -> dict:
    return dict(id=new_id(), source=source, resource_type=resource_type, external_id=external_id, resource_id=resource_id,
                content_hash=content_hash, first_seen=now, last_seen=now)


class SourceLedger:
    """The `record_source` rows of one source during an import: what it sent before (content
    hash, target record), what it sends now, and which of its records vanished from the input."""

    def __init__(self, session: Session, source: str, resource_type: str = "service"):
        self.session = session
        self.source = source
        self.resource_type = resource_type
        self.known = record_sources(session, source, resource_type)
        self.seen: set[str] = set()
        self._touch: list[str] = []
        self._new: list[dict] = []
        self._changed: list[tuple[str, str, str]] = []

    def target(self, external_id: str) -> tuple[str, str] | None:
        """(resource id, content hash) from the last import, or None."""
        row = self.known.get(external_id)
        return (row[1], row[2]) if row else None

    def unchanged(self, external_id: str) -> None:
        self._touch.append(self.known[external_id][0])

    def stored(self, external_id: str, resource_id: str, content_hash: str) -> None:
        row = self.known.get(external_id)
        if row is None:
            new = source_row(self.source, self.resource_type, external_id, resource_id, content_hash, utcnow())
            self._new.append(new)
            self.known[external_id] = (new["id"], resource_id, content_hash)
        else:
            self._changed.append((row[0], resource_id, content_hash))
            self.known[external_id] = (row[0], resource_id, content_hash)

    def flush(self, insert) -> None:
        """Write what changed; `insert(table, rows)` writes the new rows (`ImportBatches._insert`)."""
        now = utcnow()
        table = m.RecordSource.__table__
        if self._new:
            insert(table, self._new)
        for row_id, resource_id, content_hash in self._changed:
            self.session.execute(update(table).where(table.c.id == row_id)
                                 .values(resource_id=resource_id, content_hash=content_hash, last_seen=now))
        for i in range(0, len(self._touch), 1000):
            self.session.execute(update(table).where(table.c.id.in_(self._touch[i:i + 1000])).values(last_seen=now))
        self._new, self._changed, self._touch = [], [], []

    def vanished(self) -> list[str]:
        """Records this source sent before and not this time (for `--full`)."""
        return sorted({res for ext, (_, res, _) in self.known.items() if ext not in self.seen})
