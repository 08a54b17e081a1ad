"""Everything a running instance holds: engine, sessions, gazetteer, search index."""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from types import SimpleNamespace

from sqlalchemy import text
from sqlalchemy.orm import Session

from search_index import Query, SearchIndex
from sociale_kaart.db import make_engine, make_sessionmaker
from sociale_kaart.directory.service import Directory
from sociale_kaart.geo.gazetteer import Gazetteer
from sociale_kaart.indexing import FAR_BEHIND, IndexFollower, Indexer
from sociale_kaart.partners.service import SYSTEM, Actor
from sociale_kaart.settings import Settings

log = logging.getLogger("sociale_kaart")


class Context:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.engine = make_engine(settings.database_url)
        self.sessions = make_sessionmaker(self.engine)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        with self.sessions() as session:
            return Gazetteer.from_db(session)

    @cached_property
    def index(self) -> SearchIndex:
        self.settings.index_dir.mkdir(parents=True, exist_ok=True)
        return SearchIndex(self.settings.index_dir, synonyms=self.settings.synonyms_file, english=self.settings.english_file)

    @cached_property
    def indexer(self) -> Indexer:
        return Indexer(self.sessions, self.index, self.gazetteer)

    @cached_property
    def follower(self) -> IndexFollower:
        return IndexFollower(self.indexer, self.settings.index_dir)

    @cached_property
    def geocoder(self):
        from sociale_kaart.geo.geocoding import GeocoderChain

        return GeocoderChain(self.settings.geocoder, self.gazetteer, self.sessions, self.settings.geocoder_user_agent)

    def directory(self, session: Session, actor: Actor = SYSTEM, *, geocode: bool = False) -> Directory:
        """`geocode`: place new or moved addresses on save (API and pages; importers geocode in their pipeline)."""
        return Directory(session, actor, on_change=self.after_write, geocoder=self.geocoder if geocode else None)

    def after_write(self, _ids=None) -> None:
        """A write of this process is searchable in it at once (the follower's thread applies the rest)."""
        try:
            self.follower.catch_up(wait=5)
        except Exception:  # noqa: BLE001 - the write is committed; /health reports the index's error
            log.exception("search index: applying the change log after a write failed")

    @contextmanager
    def index_alongside(self, records: int | None) -> Iterator[SimpleNamespace]:
        """Around a block that writes `records` services or more (an import, None: not known): from
        `FAR_BEHIND` on, a second process builds the index as the writes commit
        (`IndexFollower.build_alongside`), so that little is left when the block ends. Yields
        `built`, True after the block when that process built the index up to the block's last write."""
        result = SimpleNamespace(built=False)
        if records is not None and records < FAR_BEHIND or self.engine.url.database in (None, "", ":memory:"):
            yield result
            return
        spawn = multiprocessing.get_context("spawn")  # no fork: this process may have threads
        done = spawn.Event()
        builder = spawn.Process(target=_build_alongside, args=(self.settings, done), name="index-builder", daemon=True)
        builder.start()
        try:
            yield result
        finally:
            done.set()
            builder.join()
        result.built = builder.exitcode == 0

    def database_ready(self) -> bool:
        """The database answers and `init-db` has created or migrated its schema for this code."""
        from sociale_kaart.migrate import schema_current

        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1 FROM service LIMIT 1"))
                return schema_current(conn)
        except Exception:  # noqa: BLE001 - any failure means "not ready", reported by /health
            return False

    def ensure_index(self) -> None:
        """Bring the index up to the database: apply the change log, or rebuild a missing,
        damaged or far behind index."""
        self.follower.catch_up(wait=3600)

    def warm(self) -> None:
        """Load now what the first requests would: the gazetteer (places and postcodes for `near`)
        and the index's read-ahead (SearchIndex.warm)."""
        _ = self.gazetteer
        self.index.warm()

    def search_ids(self, q: str, page: int, per_page: int) -> tuple[int, list[str]]:
        """HSDA's `search` parameter: the same engine as /api/v1/search."""
        result = self.index.search(Query(q=q, page=page, per_page=per_page))
        return result.total, [h.id for h in result.hits]

    def close(self) -> None:
        if "follower" in self.__dict__:
            self.follower.stop()
        if "index" in self.__dict__:
            self.index.close()
        self.engine.dispose()


def _build_alongside(settings: Settings, done) -> None:
    """The index builder's process (Context.index_alongside): exits with 0 when it built the index."""
    parent = multiprocessing.parent_process()
    ctx = Context(settings)
    try:
        built = ctx.follower.build_alongside(done.is_set, parent.is_alive) is not None
    except Exception:  # noqa: BLE001 - the writing process catches up (or rebuilds) after its block
        log.exception("search index: building alongside the writes failed")
        built = False
    finally:
        ctx.close()
    raise SystemExit(0 if built else 1)
