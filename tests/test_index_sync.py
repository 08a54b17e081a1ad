"""The search index follows the database: across server processes, during a rebuild, after damage."""

import subprocess
import sys
import threading
import time

import httpx
import pytest

from sociale_kaart.cli import main
from sociale_kaart.partners.service import create_key
from tests import factories as f
from tests.conftest import REPO
from tests.servers import server


@pytest.fixture
def key(ctx) -> str:
    with ctx.sessions() as s:
        return create_key(s, "editor", "sync test")


def ids(base: str, q: str) -> set[str]:
    r = httpx.get(f"{base}/api/v1/search", params={"q": q}, timeout=10)
    assert r.status_code == 200, r.text
    return {x["id"] for x in r.json()["results"]}


def test_a_write_in_one_process_is_searchable_in_another_within_a_second(settings, ctx, key):
    from sociale_kaart.migrate import init_db

    init_db(ctx.engine)
    with server(settings) as a, server(settings) as b:
        assert ids(b, "maaltijdservice") == set()
        data = f.service("Maaltijdservice Oost")
        r = httpx.post(f"{a}/api/v1/services", json=data, headers={"Authorization": f"Bearer {key}"}, timeout=10)
        assert r.status_code == 201, r.text
        written = time.monotonic()
        while data["id"] not in ids(b, "maaltijdservice"):
            assert time.monotonic() - written < 1.0, "not visible in the other process within 1 s"
            time.sleep(0.05)
        r = httpx.delete(f"{a}/api/v1/services/{data['id']}", headers={"Authorization": f"Bearer {key}"}, timeout=10)
        gone = time.monotonic()
        while data["id"] in ids(b, "maaltijdservice"):
            assert time.monotonic() - gone < 1.0
            time.sleep(0.05)


def test_reindex_while_the_server_keeps_answering(settings, ctx, key):
    d = ctx.directory(ctx.sessions())
    from sociale_kaart.directory import schemas as s

    for i in range(30):
        d.save_service(s.convert(f.service(f"Klussendienst {i}"), s.Service))
    d.session.close()
    with server(settings) as base:
        failures, answers = [], []
        stop = threading.Event()

        def hammer():
            while not stop.is_set():
                r = httpx.get(f"{base}/api/v1/search", params={"q": "klussendienst"}, timeout=10)
                (answers if r.status_code == 200 and r.json()["total"] == 30 else failures).append(r.status_code)

        t = threading.Thread(target=hammer)
        t.start()
        try:
            env = {"SK_DATABASE_URL": settings.database_url, "SK_INDEX_DIR": str(settings.index_dir)}
            import os

            for _ in range(2):
                done = subprocess.run([sys.executable, "-m", "sociale_kaart", "reindex"], cwd=REPO,
                                      env={**os.environ, **env}, capture_output=True, text=True)
                assert done.returncode == 0, done.stderr
        finally:
            stop.set()
            t.join()
        assert failures == [] and len(answers) > 5


def test_check_index_reports_differences(settings, ctx, monkeypatch, capsys):
    from sociale_kaart.directory import schemas as s

    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))
    with ctx.sessions() as session:
        svc = ctx.directory(session).save_service(s.convert(f.service("Taalmaatje"), s.Service))
    assert main(["check-index"]) == 0
    ctx.index.delete([svc.id])
    assert main(["check-index", "--json"]) == 1
    assert svc.id in capsys.readouterr().out
    assert main(["reindex"]) == 0
    assert main(["check-index"]) == 0


def test_missing_or_damaged_index_is_rebuilt_on_start(settings, ctx):
    from litestar.testing import TestClient

    from sociale_kaart.app import create_app
    from sociale_kaart.context import Context
    from sociale_kaart.directory import schemas as s

    with ctx.sessions() as session:
        svc = ctx.directory(session).save_service(s.convert(f.service("Burenhulp"), s.Service))
    ctx.index.close()
    for path in settings.index_dir.rglob("*"):
        if path.is_file():
            path.write_bytes(b"kapot")
    fresh = Context(settings)
    with TestClient(create_app(settings, fresh)) as client:
        assert client.get("/health").json()["search_index"] is True
        assert svc.id in {r["id"] for r in client.get("/api/v1/search", params={"q": "burenhulp"}).json()["results"]}
