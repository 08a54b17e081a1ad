"""Instance B follows instance A's /api/v1 as an HSDA feed, over real HTTP."""

from sqlalchemy import select

from sociale_kaart.cli import _import
from sociale_kaart.context import Context
from sociale_kaart.db import make_engine
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.provenance import FeedCursor
from sociale_kaart.directory.service import Directory
from sociale_kaart.migrate import init_db
from sociale_kaart.partners.service import Actor
from sociale_kaart.settings import Settings
from tests import factories as f
from tests.importers.conftest import count, write_json
from tests.servers import free_port, server


def instance_a(tmp_path) -> Context:
    url = f"sqlite:///{tmp_path / 'a.db'}"
    engine = make_engine(url)
    init_db(engine)
    engine.dispose()
    return Context(Settings(database_url=url, index_dir=tmp_path / "a-index", log_requests=False))


def test_b_pulls_a_then_only_what_changed(run, session, tmp_path):
    a = instance_a(tmp_path)
    services = [f.service(f"Dienst A{i}") for i in range(5)]
    services.append(f.service("Vertrouwelijk adres", locations=[f.location(confidential=True)]))
    assert _import(a, "hsds", write_json(tmp_path, services), source="seed", dry_run=False, report_file=None, rebuild=True) == 0
    with server(a.settings) as base:
        feed = f"{base}/api/v1"
        code, report = run("hsda", feed, "--source", "a")
        assert code == 0 and report["created"] == 6
        assert count(session) == 6
        hidden = session.scalar(select(m.Service).where(m.Service.name == "Vertrouwelijk adres"))
        assert hidden.service_at_locations[0].location.addresses[0].address_1 == ""  # the public feed hides it
        cursor = session.get(FeedCursor, "a")
        assert cursor.url == feed and cursor.modified_after is not None

        with a.sessions() as sa:
            editor = Directory(sa, Actor("editor:a", "editor"))
            editor.save_service(s.convert({**services[0], "name": "Dienst A0 (nieuw)"}, s.Service), create=False)
            editor.save_service(s.convert(f.service("Dienst A6"), s.Service), create=True)
        code, report = run("hsda", feed, "--source", "a")
        assert code == 0 and (report["created"], report["updated"], report["unchanged"]) == (1, 1, 0)
        session.rollback()
        assert session.get(m.Service, services[0]["id"]).name == "Dienst A0 (nieuw)"
        code, report = run("hsda", feed, "--source", "a")
        assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 0)
        code, report = run("hsda", f"{base}/geen-api", "--source", "weg")
        assert code == 2 and "404" in report["unusable"]
    a.close()
    assert session.get(FeedCursor, "weg") is None


def test_unreachable_or_wrong_feed_is_unusable_and_keeps_the_cursor(run, session, tmp_path):
    code, report = run("hsda", f"http://127.0.0.1:{free_port()}/api/v1", "--source", "weg")
    assert code == 2 and "cannot reach" in report["unusable"]
    assert run("hsda", "ftp://example.org/api", "--source", "weg")[0] == 2
    assert count(session) == 0 and session.get(FeedCursor, "weg") is None
