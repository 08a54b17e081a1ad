"""The index follows the database through the change log: after a killed import or server, across
instances with their own index folders, with many writers at once on SQLite."""

from __future__ import annotations

import fcntl
import json
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest
from sqlalchemy import func, select, text

from sociale_kaart.cli import main
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.service import Directory
from sociale_kaart.index_log import IndexChange
from sociale_kaart.indexing import LOCK_FILE, POSITION_FILE
from sociale_kaart.partners.service import create_key
from tests import factories as f
from tests.conftest import REPO
from tests.servers import server, server_process, servers


@pytest.fixture
def key(ctx) -> str:
    with ctx.sessions() as session:
        return create_key(session, "admin", "index log test")


def found(base: str, q: str) -> set[str]:
    r = httpx.get(f"{base}/api/v1/search", params={"q": q, "per_page": 100}, timeout=10)
    assert r.status_code == 200, r.text
    return {x["id"] for x in r.json()["results"]}


def total(base: str, q: str) -> int:
    r = httpx.get(f"{base}/api/v1/search", params={"q": q}, timeout=10)
    assert r.status_code == 200, r.text
    return r.json()["total"]


def services(ctx) -> int:
    with ctx.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM service")).scalar()


def check_index(settings, monkeypatch) -> int:
    monkeypatch.setenv("SK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("SK_INDEX_DIR", str(settings.index_dir))
    return main(["check-index"])


def write_until_killed(base: str, key: str, proc: subprocess.Popen, writers: int = 4) -> list[str]:
    """Writers create and rename services until the server is killed under them; the ids whose
    creation was answered."""
    headers = {"Authorization": f"Bearer {key}"}
    created: list[str] = []

    def write():
        while proc.poll() is None:
            data = f.service("Boodschappenhulp aan huis")
            try:
                r = httpx.post(f"{base}/api/v1/services", json=data, headers=headers, timeout=10)
                if r.status_code == 201:
                    created.append(data["id"])
                    httpx.patch(f"{base}/api/v1/services/{data['id']}", json={"name": "Boodschappenhulp thuis"},
                                headers=headers, timeout=10)
            except httpx.HTTPError:
                return

    threads = [threading.Thread(target=write) for _ in range(writers)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    while len(created) < 6 and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    for t in threads:
        t.join()
    return created


def test_a_killed_import_and_a_killed_server_leave_the_index_complete_and_current(settings, ctx, key, tmp_path, monkeypatch):
    records = [f.service(f"Maaltijdservice {i}", days=None) for i in range(6000)]  # more than one batch (2,500 on SQLite)
    path = tmp_path / "services.json"
    path.write_text(json.dumps(records))
    env = {**os.environ, "SK_DATABASE_URL": settings.database_url, "SK_INDEX_DIR": str(settings.index_dir)}
    importing = subprocess.Popen([sys.executable, "-m", "sociale_kaart", "import", "hsds", str(path)], cwd=REPO, env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while services(ctx) < 1000:  # the first batch is committed
            assert importing.poll() is None, "the import ended before it could be killed"
            time.sleep(0.02)
    finally:
        importing.send_signal(signal.SIGKILL)
        importing.wait(10)
    committed = services(ctx)
    assert 1000 <= committed < len(records)
    assert ctx.follower.lag().rows >= committed  # the import died before it brought the index up to date

    with server_process(settings) as (base, proc):  # a restart applies what the import committed
        assert httpx.get(f"{base}/health").json()["index_lag"] == 0
        assert total(base, "maaltijdservice") == committed
        written = write_until_killed(base, key, proc)

    with server(settings) as base:
        health = httpx.get(f"{base}/health").json()
        assert (health["status"], health["index_lag"]) == ("ok", 0)
        assert set(written) <= found(base, "boodschappenhulp")
    assert check_index(settings, monkeypatch) == 0


def test_two_instances_with_their_own_index_folders_stay_in_step(settings, ctx, key, tmp_path):
    if ctx.engine.dialect.name != "postgresql":
        pytest.skip("several instances share one PostgreSQL")
    headers = {"Authorization": f"Bearer {key}"}
    other = type(settings)(**{**settings.__dict__, "index_dir": tmp_path / "index-b"})
    with servers(settings, other) as ((a, _), (b, _)):
        data = f.service("Klussendienst Noord")
        r = httpx.post(f"{a}/api/v1/services", json=data, headers=headers, timeout=10)
        assert r.status_code == 201, r.text
        for q, present, step in (("klussendienst", True, None), ("klusjesman", True, {"name": "Klusjesman Noord"}),
                                 ("klusjesman", False, "delete")):
            if step == "delete":
                assert httpx.delete(f"{a}/api/v1/services/{data['id']}", headers=headers, timeout=10).status_code == 200
            elif step:
                assert httpx.patch(f"{a}/api/v1/services/{data['id']}", json=step, headers=headers, timeout=10).status_code == 200
            assert (data["id"] in found(a, q)) is present  # at once in the instance that wrote
            written = time.monotonic()
            while (data["id"] in found(b, q)) is not present:
                assert time.monotonic() - written < 1.0, f"{q}: not in step on the other instance within a second"
                time.sleep(0.05)
    assert not (settings.index_dir / POSITION_FILE).samefile(other.index_dir / POSITION_FILE)


def test_sixteen_writers_at_once_on_sqlite_all_succeed(settings, ctx, key):
    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL has many writers anyway")
    headers = {"Authorization": f"Bearer {key}"}
    start = threading.Barrier(16)
    answers: list[int] = []
    made: list[str] = []

    def writer(i: int):
        start.wait()
        data = f.service(f"Vriendendienst {i}")
        r = httpx.post(f"{base}/api/v1/services", json=data, headers=headers, timeout=60)
        answers.append(r.status_code)
        if r.status_code == 201:
            made.append(data["id"])
            r = httpx.patch(f"{base}/api/v1/services/{data['id']}", json={"description": f"Schrijver {i}"},
                            headers=headers, timeout=60)
            answers.append(r.status_code)

    with server(settings) as base:
        threads = [threading.Thread(target=writer, args=(i,)) for i in range(16)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(set(answers)) == [200, 201] and len(answers) == 32
        assert found(base, "vriendendienst") == set(made)
        assert httpx.get(f"{base}/health").json()["index_lag"] == 0


def test_health_reports_the_lag_and_a_follower_that_fails(settings, ctx):
    from litestar.testing import TestClient

    from sociale_kaart.app import create_app

    with TestClient(create_app(settings, ctx)) as client:
        assert client.get("/health").json()["index_lag"] == 0
        with open(settings.index_dir / LOCK_FILE, "a+") as held:  # another process is busy with this folder
            fcntl.flock(held, fcntl.LOCK_EX)
            with ctx.sessions() as session:  # written without this process's follower noticing
                d = Directory(session)
                ids = [d.save_service(s.convert(f.service(f"Taalcafé {i}"), s.Service)).id for i in range(3)]
                d.commit()
            time.sleep(0.6)
            health = client.get("/health").json()
            assert (health["status"], health["index_lag"], health["index_error"]) == ("ok", 3, None)
            assert health["index_lag_seconds"] >= 0.5
        deadline = time.monotonic() + 5
        while client.get("/health").json()["index_lag"]:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert set(ids) <= {r["id"] for r in client.get("/api/v1/search", params={"q": "taalcafé"}).json()["results"]}

        position = settings.index_dir / POSITION_FILE
        position.unlink()
        position.mkdir()  # the follower can no longer keep its position
        (position / "x").write_text("")
        deadline = time.monotonic() + 5
        while (health := client.get("/health").json())["status"] == "ok":
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert health["status"] == "degraded" and health["index_error"]
        (position / "x").unlink()
        position.rmdir()
        deadline = time.monotonic() + 10
        while (health := client.get("/health").json())["status"] != "ok":
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert health["index_error"] is None


def test_the_log_records_what_feeds_a_document_and_nothing_rolled_back(settings, ctx):
    with ctx.sessions() as session:
        d = Directory(session)
        svc = d.save_service(s.convert(f.service("Buurtbus"), s.Service))
        d.commit()
        org_id, before = svc.organization_id, session.scalar(select(func.max(IndexChange.id)))
        org = session.get(m.Organization, org_id)
        org.name = "Stichting Vervoer Samen"  # a change to the organisation shows in its services' documents
        session.commit()
        assert session.scalars(select(IndexChange.entity_id).where(IndexChange.id > before)).all() == [svc.id]
        before = session.scalar(select(func.max(IndexChange.id)))
        session.get(m.Service, svc.id).name = "Buurtbus Oost"
        session.flush()
        session.rollback()
        assert session.scalar(select(func.max(IndexChange.id))) == before
    ctx.ensure_index()
    assert ctx.indexer.check() == {"missing": [], "extra": [], "stale": []}
