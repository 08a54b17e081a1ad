"""Schema migrations with Alembic, run from code (`init-db`), idempotent on both engines."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine
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
