"""SK_TRUSTED_PROXIES, SK_BODY_TIMEOUT and the request log, on a real server where it matters:
a client cannot choose its own address with X-Forwarded-For, a half-sent body is answered 408
instead of holding a worker, and a request the client gave up on is logged as 499, not 500."""

from __future__ import annotations

import logging
import re
from concurrent.futures import ThreadPoolExecutor
import socket
import time
from dataclasses import replace
from urllib.parse import urlsplit

import anyio
import httpx
import pytest

from sociale_kaart.app import create_app
from sociale_kaart.context import Context
from sociale_kaart.directory import schemas as s
from tests import factories as f
from tests.servers import server


def run(fn, *args):
    """anyio.run in a thread of its own: a browser test in this process may have left a loop running here."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(anyio.run, fn, *args).result()


@pytest.fixture
def service_id(ctx) -> str:
    data = f.service("Boodschappendienst")
    with ctx.sessions() as session:
        ctx.directory(session).save_service(s.convert(data, s.Service))
    return data["id"]


def feedback_statuses(base: str, service_id: str, addresses: list[str], transport=None) -> list[int]:
    async def send() -> list[int]:
        async with httpx.AsyncClient(base_url=base, transport=transport) as c:
            page = (await c.get(f"/dienst/{service_id}")).text
            token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
            return [(await c.post(f"/dienst/{service_id}/feedback", data={"csrf": token, "message": f"Bericht {i}"},
                                  headers={"X-Forwarded-For": address})).status_code
                    for i, address in enumerate(addresses)]

    return run(send)


def test_a_server_believes_no_forwarded_for_from_an_untrusted_address_and_times_out_half_sent_bodies(settings, service_id):
    # Proxies are trusted from 10.0.0.0/8 only; this client is 127.0.0.1 (uvicorn used to trust loopback).
    with server(settings, env={"SK_TRUSTED_PROXIES": "10.0.0.0/8", "SK_BODY_TIMEOUT": "1"}) as base:
        rotating = [f"203.0.113.{i}" for i in range(6)]
        assert feedback_statuses(base, service_id, rotating) == [303] * 5 + [429]
        host, port = urlsplit(base).hostname, urlsplit(base).port
        with socket.create_connection((host, port), timeout=10) as sock:
            sock.sendall(b"POST /api/v1/resolve HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 100\r\n\r\n{\"need\":")
            started = time.monotonic()
            answer = sock.recv(4096)
        assert answer.startswith(b"HTTP/1.1 408") and time.monotonic() - started < 5


def test_forwarded_for_from_a_trusted_proxy_is_the_clients_address(ctx, service_id):
    def statuses(peer: str) -> list[int]:
        settings = replace(ctx.settings, trusted_proxies=("10.0.0.1",))
        own = Context(settings)
        try:
            transport = httpx.ASGITransport(app=create_app(settings, own), client=(peer, 1234))
            return feedback_statuses("http://testserver", service_id, [f"203.0.113.{i}, 10.0.0.1" for i in range(6)], transport)
        finally:
            own.close()

    assert statuses("10.0.0.1") == [303] * 6  # six residents behind our proxy
    assert statuses("10.0.0.2") == [303] * 5 + [429]  # someone else's "proxy" is not believed


def test_a_request_the_client_gave_up_on_is_logged_as_499(ctx, caplog):
    app = create_app(replace(ctx.settings, log_requests=True), ctx)
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/v1/resolve", "raw_path": b"/api/v1/resolve", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver"), (b"content-type", b"application/json"), (b"content-length", b"100")],
             "client": ("127.0.0.1", 1), "server": ("testserver", 80)}
    messages = iter([{"type": "http.request", "body": b'{"ne', "more_body": True}, {"type": "http.disconnect"}])
    sent = []

    async def receive():
        return next(messages)

    async def send(message):
        sent.append(message)

    with caplog.at_level(logging.INFO, logger="sociale_kaart.access"):
        run(app, scope, receive, send)
    assert not sent
    assert [r.http["status"] for r in caplog.records if hasattr(r, "http")] == [499]
