"""How the whole index is built: a rebuild reading its documents in a second process equals one read
in process and the index built write by write; a large default import leaves the index complete
and current without a rebuild after it (a second process built it alongside), on both engines."""

from __future__ import annotations

import json

from search_index import Query
from sociale_kaart import indexing
from sociale_kaart.cli import main
from sociale_kaart.context import Context
from sociale_kaart.directory import schemas as s
from sociale_kaart.indexing import FAR_BEHIND, IndexFollower
from tests import factories as f

QUERIES = ["boodschappen", "maatje", "schulden", "mantelzorg", "kookclub huizen", "eensaam", ""]


def answers(index) -> list:
    return [index.search(Query(q=q, per_page=50)) for q in QUERIES] + [index.search(Query(tiers=["specialist"]))]


def strong(result) -> tuple:
    return result.total, result.suggestion, sorted((h.id, h.score) for h in result.hits if h.strength == "strong")


def test_a_rebuild_read_in_a_second_process_equals_one_read_in_process_and_the_index_built_write_by_write(
        settings, ctx, tmp_path, monkeypatch):
    names = ["Boodschappenhulp", "Maatjesproject", "Schuldhulp", "Mantelzorgcafé", "Kookclub", "Eenzaamheid samen"]
    services = [f.service(f"{names[i % len(names)]} {i}", tier=("volunteer", "specialist")[i % 2],
                          description=f"Voor bewoners van Huizen die {names[(i * 7) % len(names)].lower()} zoeken.")
                for i in range(60)]
    services.append(f.service("Gestopte dienst", status="inactive"))
    with ctx.sessions() as session:
        d = ctx.directory(session)
        for data in services:
            d.save_service(s.convert(data, s.Service))  # each write applied to ctx's index as it commits
    ctx.follower.catch_up()
    written = ctx.index

    def rebuilt(folder: str, read_apart: int):
        monkeypatch.setattr(indexing, "READ_APART", read_apart)
        other = Context(type(settings)(**{**settings.__dict__, "index_dir": tmp_path / folder}))
        assert other.indexer.rebuild() == 60
        return other

    apart, in_process = rebuilt("apart", 1), rebuilt("in-process", 10**9)  # 1: a second process reads
    try:
        assert written.versions() == apart.index.versions() == in_process.index.versions()
        assert len(written.versions()) == 60
        assert answers(apart.index) == answers(in_process.index)
        # One segment against one per write: the same documents found with the same scores; among
        # weak matches of equal score the three shown may differ (they follow the document order).
        assert [strong(r) for r in answers(apart.index)] == [strong(r) for r in answers(written)]
    finally:
        apart.close()
        in_process.close()


def test_a_large_default_import_is_indexed_alongside_and_leaves_the_index_complete_and_current(
        settings, ctx, tmp_path, monkeypatch):
    records = [f.service(f"Maaltijdservice {i}", days=None) for i in range(FAR_BEHIND + 1500)]
    path = tmp_path / "services.json"
    path.write_text(json.dumps(records))
    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))

    def no_rebuild(self, progress=None):
        raise AssertionError("the import's own catch-up rebuilt the index: nothing was built alongside")

    monkeypatch.setattr(IndexFollower, "_rebuild", no_rebuild)  # in this process; the builder is another one
    assert main(["import", "hsds", "--quiet", str(path)]) == 0
    assert ctx.follower.lag().rows == 0
    assert main(["check-index"]) == 0
    assert ctx.index.search(Query(q="maaltijdservice")).total == len(records)
