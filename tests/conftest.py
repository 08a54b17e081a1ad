"""Real databases for every test: SQLite (a file) and PostgreSQL (a database of its own per run).

PostgreSQL is taken from SK_TEST_POSTGRES_URL (default: the local server of the project's
machines). When it cannot be reached the PostgreSQL half is skipped, unless CI=true, where that
is an error.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sociale_kaart.context import Context
from sociale_kaart.db import make_engine
from sociale_kaart.directory.service import seed_taxonomies
from sociale_kaart.migrate import init_db
from sociale_kaart.models import metadata
from sociale_kaart.partners import accounts as partner_accounts
from sociale_kaart.partners import service as partner_service
from sociale_kaart.settings import Settings

# Passwords are hashed with real argon2 at its lowest cost: the library's defaults (used by the
# application) take 0.2 s of CPU per hash or check, and the tests sign in hundreds of times.
_fast_hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
partner_service._hasher = partner_accounts._hasher = _fast_hasher
partner_service._DUMMY_HASH = _fast_hasher.hash("not a password")

PG_URL = os.environ.get("SK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
KEEP = {"gazetteer_entry", "alembic_version"}


def _pg_database():
    admin_url = make_url(PG_URL)
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001
        if IN_CI:
            raise RuntimeError(f"PostgreSQL is required in CI but not reachable at {PG_URL}: {exc}") from exc
        return None, None
    name = f"sk_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return admin, admin_url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(request, tmp_path_factory):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
        return
    admin, url = _pg_database()
    if url is None:
        pytest.skip(f"PostgreSQL not reachable at {PG_URL} (set CI=true to make this an error)")
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def engine(database_url):
    engine = make_engine(database_url)
    init_db(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clean_db(engine):
    """An empty directory (the gazetteer stays: it is reference data loaded by init-db)."""
    tables = [t for t in reversed(metadata.sorted_tables) if t.name not in KEEP]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # DELETE, not TRUNCATE: the tables hold a few rows, and TRUNCATE replaces the files of
            # all 40 tables (about 0.8 s a test); nothing of a test's own data needs to reach the disk.
            conn.execute(text("SET LOCAL synchronous_commit = off"))
            conn.execute(text("; ".join(f'DELETE FROM "{t.name}"' for t in tables)))
        else:
            for t in tables:
                conn.execute(t.delete())
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        seed_taxonomies(session)
    return engine


@pytest.fixture
def settings(clean_db, tmp_path) -> Settings:
    # Mail goes into the test's own outbox folder, never into the working directory.
    return Settings(database_url=clean_db.url.render_as_string(hide_password=False), index_dir=tmp_path / "index", cookie_secure=False,
                    outbox_dir=tmp_path / "outbox",
                    log_requests=False)


_gazetteers: dict[str, object] = {}


@pytest.fixture
def ctx(settings):
    context = Context(settings)
    # The gazetteer is reference data that clean_db keeps: read it once per database, not per test
    # (building it from its 4,000 rows took about 0.2 s of CPU in every test).
    if settings.database_url not in _gazetteers:
        _gazetteers[settings.database_url] = context.gazetteer
    context.__dict__["gazetteer"] = _gazetteers[settings.database_url]
    yield context
    context.close()


@pytest.fixture
def session(ctx):
    with ctx.sessions() as s:
        yield s


@pytest.fixture
def client(ctx):
    from litestar.testing import TestClient

    from sociale_kaart.app import create_app

    with TestClient(create_app(ctx.settings, ctx)) as c:
        yield c


@pytest.fixture
def admin_key(ctx) -> str:
    from sociale_kaart.partners.service import create_key

    with ctx.sessions() as s:
        return create_key(s, "admin", "test admin")


@pytest.fixture
def auth(admin_key) -> dict:
    return {"Authorization": f"Bearer {admin_key}"}


REPO = Path(__file__).resolve().parent.parent
HSDS_EXAMPLES = REPO / "tests" / "data" / "hsds_examples"
HSDS_SCHEMAS = REPO / "sociale_kaart" / "hsds" / "schema"


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def demo_ctx(request, tmp_path_factory):
    """The demo municipality loaded once per engine into a database of its own (read-only use!)."""
    from sociale_kaart.cli import DEMO_DATA, _import

    tmp = tmp_path_factory.mktemp(f"demo-{request.param}")
    admin = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp / 'demo.db'}"
    else:
        admin, url = _pg_database()
        if url is None:
            pytest.skip(f"PostgreSQL not reachable at {PG_URL} (set CI=true to make this an error)")
    engine = make_engine(url)
    init_db(engine)
    engine.dispose()
    context = Context(Settings(database_url=url, index_dir=tmp / "index", log_requests=False, outbox_dir=tmp / "outbox", cookie_secure=False))
    code = _import(context, "hsds", DEMO_DATA, source="demo", dry_run=False, report_file=None, rebuild=True)
    assert code == 0, "the demo data must import without rejections"
    yield context
    context.close()
    if admin is not None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
        admin.dispose()
