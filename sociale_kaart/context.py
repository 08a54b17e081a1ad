"""Everything a running instance holds: engine, sessions, gazetteer, search index."""

from __future__ import annotations

import logging
from functools import cached_property

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from search_index import Query, SearchIndex
from sociale_kaart.db import make_engine, make_sessionmaker
from sociale_kaart.directory import models as m
from sociale_kaart.directory.service import Directory
from sociale_kaart.geo.gazetteer import Gazetteer
from sociale_kaart.indexing import Indexer
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
    def geocoder(self):
        from sociale_kaart.geo.geocoding import GeocoderChain

        return GeocoderChain(self.settings.geocoder, self.gazetteer, self.sessions, self.settings.geocoder_user_agent)

    def directory(self, session: Session, actor: Actor = SYSTEM, *, geocode: bool = False) -> Directory:
        """`geocode`: place new or moved addresses on save (API and pages; importers geocode in their pipeline)."""
        return Directory(session, actor, on_change=self.indexer.sync, geocoder=self.geocoder if geocode else None)

    def database_ready(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1 FROM service LIMIT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means "not ready", reported by /health
            return False

    def ensure_index(self) -> None:
        """Rebuild a missing or damaged index, or an empty one while the database has services."""
        with self.sessions() as session:
            active = session.scalar(select(func.count()).select_from(m.Service).where(m.Service.status == "active")) or 0
        if self.index.needs_rebuild or (active and len(self.index) == 0):
            log.info("search index missing or damaged: rebuilding from the database")
            self.indexer.rebuild()

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
        if "index" in self.__dict__:
            self.index.close()
        self.engine.dispose()
