"""Operations: health, request logs without personal data, several server processes."""

import json
import logging

import httpx

from sociale_kaart.app import configure_logging, create_app
from tests.servers import server


def test_request_logs_are_structured_and_carry_no_query_or_address(ctx, capsys):
    from dataclasses import replace

    from litestar.testing import TestClient

    configure_logging()
    try:
        with TestClient(create_app(replace(ctx.settings, log_requests=True), ctx)) as client:
            client.get("/api/v1/search", params={"q": "schulden", "near": "1271 AB"}, headers={"X-Forwarded-For": "10.1.2.3"})
    finally:
        logging.getLogger().handlers[:] = []
    lines = [json.loads(x) for x in capsys.readouterr().err.splitlines() if x.startswith("{")]
    request = [x for x in lines if x.get("path") == "/api/v1/search"]
    assert request and request[0]["status"] == 200 and "ms" in request[0]
    text = json.dumps(lines)
    assert "schulden" not in text and "1271" not in text and "10.1.2.3" not in text


def test_health_reports_database_and_index(client):
    body = client.get("/health").json()
    assert body == {"status": "ok", "database": True, "search_index": True, "indexed_services": 0,
                    "index_lag": 0, "index_lag_seconds": 0.0, "index_error": None}


def test_serve_with_several_workers(settings, ctx):
    from sociale_kaart.migrate import init_db

    init_db(ctx.engine)
    with server(settings, "--workers", "2") as base:
        for _ in range(6):
            assert httpx.get(f"{base}/api/v1/search", params={"q": "hulp"}, timeout=10).status_code == 200


def test_a_server_on_a_database_without_the_latest_migrations_says_init_db_once(tmp_path):
    """Started through the ASGI factory (not `serve`): one clear line, /health "unavailable", no
    traceback every round of the index follower; `serve` refuses to start at all."""
    import os
    import subprocess
    import sys
    import time

    from alembic import command

    from sociale_kaart.db import make_engine
    from sociale_kaart.migrate import alembic_config
    from tests.conftest import REPO
    from tests.servers import free_port

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0007")  # before the index change log
    engine.dispose()
    env = {**os.environ, "SK_DATABASE_URL": url, "SK_INDEX_DIR": str(tmp_path / "index"), "SK_PORT": str(free_port())}
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "--factory", "sociale_kaart.asgi:create", "--port", env["SK_PORT"]],
                            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline, body = time.monotonic() + 60, None
        while body is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                body = httpx.get(f"http://127.0.0.1:{env['SK_PORT']}/health", timeout=2).json()
            except httpx.HTTPError:
                time.sleep(0.2)
        assert body is not None and body["status"] == "unavailable" and body["database"] is False
        time.sleep(1.5)  # six rounds of the follower's poll
        assert httpx.get(f"http://127.0.0.1:{env['SK_PORT']}/health", timeout=5).json()["status"] == "unavailable"
    finally:
        proc.terminate()
        err = proc.communicate(timeout=20)[1].decode()
    assert err.count("python -m sociale_kaart init-db") == 1, err[-3000:]
    assert "Traceback" not in err, err[-3000:]
    served = subprocess.run([sys.executable, "-m", "sociale_kaart", "serve"], cwd=REPO, env=env, capture_output=True, timeout=60)
    assert served.returncode != 0 and "python -m sociale_kaart init-db" in served.stderr.decode()
