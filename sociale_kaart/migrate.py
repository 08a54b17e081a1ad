"""Schema migrations with Alembic, run from code (`init-db`), idempotent on both engines."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from sociale_kaart.directory.service import seed_taxonomies
from sociale_kaart.geo.gazetteer import ensure_builtin

SCRIPTS = Path(__file__).parent / "migrations"


def alembic_config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPTS))
    cfg.attributes["connection"] = connection
    return cfg


def init_db(engine: Engine) -> None:
    """Create or migrate the schema (every branch: each domain may add its own), then add what every instance needs (taxonomies, gazetteer)."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "heads")
    with Session(engine) as session:
        seed_taxonomies(session)
        ensure_builtin(session)


@cache
def _revisions() -> tuple[frozenset[str], frozenset[str]]:
    """(the heads, every revision) of our migration scripts."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(scripts.get_heads()), frozenset(r.revision for r in scripts.walk_revisions())


def schema_current(connection: Connection) -> bool:
    """Whether `init-db` has brought the schema up to this code (a revision we do not know is
    newer code's migration: also fine)."""
    have = set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())
    heads, known = _revisions()
    return heads <= have or bool(have - known)
