"""Database engine, sessions and the declarative base shared by every domain's models."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime, timezone

from sqlalchemy import DateTime, MetaData, String, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, sessionmaker
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on both engines (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def Id(**kw):
    """A UUID primary or foreign key column type, stored as text on both engines."""
    return String(36, **kw)


# SQLite has one writer at a time. A transaction takes the write lock (BEGIN IMMEDIATE) at its
# first write, so a writer waits for the one before it (busy timeout) instead of failing with
# "database is locked" when it turns a read into a write; reads before that run without a lock.
# Within one process the writers queue on a lock of their own, first come first served.
SQLITE_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "SAVEPOINT", "CREATE", "DROP", "ALTER")
SQLITE_BUSY_SECONDS = 30
_sqlite_writer = threading.Lock()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_SECONDS})

        # pysqlite's own transaction handling breaks SAVEPOINT (per-record imports rely on it):
        # turn it off; BEGIN IMMEDIATE is sent before the first write below.
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
            cur.close()

        @event.listens_for(engine, "before_cursor_execute")
        def _sqlite_begin_immediate(conn, cursor, statement, parameters, context, executemany):
            dbapi_conn = cursor.connection
            if dbapi_conn.in_transaction or not conn.in_transaction():
                return
            if statement.lstrip()[:9].upper().startswith(SQLITE_WRITES):
                conn.info["writer"] = _sqlite_writer.acquire(timeout=SQLITE_BUSY_SECONDS)
                dbapi_conn.execute("BEGIN IMMEDIATE")

        def _release(conn) -> None:
            if conn.info.pop("writer", False):
                _sqlite_writer.release()

        # "commit" and "rollback" come just before the driver's call: a writer let in by the
        # release waits out the last moment of the commit in SQLite's busy timeout.
        event.listen(engine, "commit", _release)
        event.listen(engine, "rollback", _release)

        @event.listens_for(engine, "reset")
        def _released_on_return(dbapi_conn, record, reset_state):
            if record.info.pop("writer", False):
                _sqlite_writer.release()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)
