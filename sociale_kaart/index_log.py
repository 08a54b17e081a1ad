"""The index change log: every committed change to what a service's search document shows.

A row names a service whose document may have changed. It is written in the same transaction as
the change itself (a session hook collects the services touched by each flush and writes them just
before the commit), so the log holds exactly what the database holds. Each server process applies
the rows it has not yet applied to its own index folder (`indexing.IndexFollower`).

Writes that bypass the ORM (the importer's bulk inserts) call `record(session, service_ids)`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import BigInteger, Integer, String, delete, event, func, insert, inspect, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from sociale_kaart.db import Base, Id, utcnow
from sociale_kaart.directory import models as m

RETENTION = timedelta(days=7)
# PostgreSQL: writers of log rows take turns, so the ids commit in their order and a follower
# that has seen id N has seen every id below N.
ADVISORY_LOCK = 0x5C_18_0001


class IndexChange(Base):
    __tablename__ = "index_change"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never come back after pruning

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))  # "service"
    entity_id: Mapped[str] = mapped_column(Id())
    changed_at: Mapped[datetime] = mapped_column(index=True)


def record(session: Session, service_ids: Iterable[str]) -> None:
    """Services changed in this transaction by writes the session does not see (bulk inserts)."""
    _pending(session)["service"].update(service_ids)


def head(session: Session) -> int:
    return session.scalar(select(func.max(IndexChange.id))) or 0


def since(session: Session, position: int, limit: int) -> list[tuple[int, str, datetime]]:
    rows = session.execute(select(IndexChange.id, IndexChange.entity_id, IndexChange.changed_at)
                           .where(IndexChange.id > position).order_by(IndexChange.id).limit(limit))
    return [tuple(r) for r in rows]


def behind(session: Session, position: int) -> tuple[int, datetime | None]:
    """How many rows follow `position`, and when the oldest of them was written."""
    count, oldest = session.execute(select(func.count(), func.min(IndexChange.changed_at)).where(IndexChange.id > position)).one()
    return count, oldest


def prune(session: Session) -> None:
    session.execute(delete(IndexChange).where(IndexChange.changed_at < utcnow() - RETENTION))
    session.commit()


# ---- collecting what a transaction touched ----------------------------------------------

# kind -> the services it feeds: resolved just before the commit, when the rows are all written.
RESOLVE = {
    "organization": lambda ids: select(m.Service.id).where(m.Service.organization_id.in_(ids)),
    "location": lambda ids: select(m.ServiceAtLocation.service_id).where(m.ServiceAtLocation.location_id.in_(ids)),
    "service_at_location": lambda ids: select(m.ServiceAtLocation.service_id).where(m.ServiceAtLocation.id.in_(ids)),
    "taxonomy_term": lambda ids: select(m.Attribute.link_id).where(m.Attribute.taxonomy_term_id.in_(ids),
                                                                   m.Attribute.link_type == "service"),
}


def _touches(obj) -> Iterable[tuple[str, str | None]]:
    """(kind, id) pairs an ORM object's change may show in service documents."""
    v = inspect(obj).dict.get  # what is loaded: a deleted row cannot be read again
    if isinstance(obj, m.Service):
        yield "service", v("id")
    elif isinstance(obj, m.Organization):
        yield "organization", v("id")
    elif isinstance(obj, m.Location):
        yield "location", v("id")
    elif isinstance(obj, m.ServiceAtLocation):
        yield "service", v("service_id")
        yield "location", v("location_id")
    elif isinstance(obj, (m.ServiceLifeDomain, m.ServiceArea, m.CostOption)):
        yield "service", v("service_id")
    elif isinstance(obj, (m.Schedule, m.Language)):
        yield "service", v("service_id")
        yield "location", v("location_id")
        yield "service_at_location", v("service_at_location_id")
    elif isinstance(obj, (m.Address, m.Accessibility)):
        yield "location", v("location_id")
    elif isinstance(obj, m.Attribute):
        yield v("link_type"), v("link_id")
    elif isinstance(obj, m.TaxonomyTerm):
        yield "taxonomy_term", v("id")


def _pending(session: Session) -> dict[str, set[str]]:
    return session.info.setdefault("index_log", {"service": set()})


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _flush_context) -> None:
    dirty = [o for o in session.dirty if session.is_modified(o, include_collections=False)]
    for obj in (*session.new, *dirty, *session.deleted):
        for kind, ident in _touches(obj):
            if ident and (kind == "service" or kind in RESOLVE):
                _pending(session).setdefault(kind, set()).add(ident)


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: the rows are written with the whole transaction (one lock, held briefly)
    session.flush()  # the commit would flush after this hook; its changes must be collected first
    pending = session.info.pop("index_log", None)
    if not pending:
        return
    ids = set(pending.pop("service", ()))
    with session.no_autoflush:
        for kind, keys in pending.items():
            keys = sorted(keys)
            for i in range(0, len(keys), 1000):
                ids |= set(session.scalars(RESOLVE[kind](keys[i:i + 1000])))
    ids.discard(None)
    if not ids:
        return
    if session.connection().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(ADVISORY_LOCK)))
    now = utcnow()
    session.execute(insert(IndexChange), [{"entity": "service", "entity_id": i, "changed_at": now} for i in sorted(ids)])


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction) -> None:
    if transaction.parent is None:  # the whole transaction (committed, rolled back or closed), not a savepoint
        session.info.pop("index_log", None)
