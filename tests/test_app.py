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
