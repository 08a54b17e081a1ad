"""Shared HTTP pieces: the page envelope, the error body, authentication, request logs."""

from __future__ import annotations

import ipaddress
import logging
import math
import time
from typing import Any

import anyio
import msgspec
from litestar import Request, Response
from litestar.connection import ASGIConnection
from litestar.exceptions import HTTPException, NotAuthorizedException
from litestar.params import Parameter
from typing_extensions import Annotated

from sociale_kaart.context import Context
from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.service import Actor, actor_for_key

log = logging.getLogger("sociale_kaart.access")

MAX_PER_PAGE = 100
PageNumber = Annotated[int, Parameter(ge=1, le=1_000_000, description="Page number, from 1")]
PerPage = Annotated[int, Parameter(ge=1, le=MAX_PER_PAGE, description=f"Items per page, 1 to {MAX_PER_PAGE}")]


class Page(msgspec.Struct):
    """HSDA's page envelope."""

    total_items: int
    total_pages: int
    page_number: int
    size: int
    first_page: bool
    last_page: bool
    empty: bool
    contents: list[Any]


def envelope(total: int, page_number: int, per_page: int, contents: list) -> Page:
    pages = math.ceil(total / per_page) if total else 0
    return Page(
        total_items=total, total_pages=pages, page_number=page_number, size=len(contents),
        first_page=page_number == 1, last_page=page_number >= pages, empty=not contents, contents=contents,
    )


class ErrorItem(msgspec.Struct):
    key: str
    message: str


class ErrorBody(msgspec.Struct):
    """One error shape everywhere in the API."""

    status_code: int
    detail: str
    extra: list[ErrorItem] | None = None


def error(status: int, detail: str, extra: list[s.FieldError] | None = None) -> Response:
    body = ErrorBody(status, detail, [ErrorItem(e.key, e.message) for e in extra] if extra else None)
    return Response(content=body, status_code=status)


def on_invalid(_: Request, exc: s.InvalidInput) -> Response:
    return error(409 if exc.detail == "Conflict" else 422, exc.detail, exc.errors)


def on_not_found(_: Request, exc: s.NotFound) -> Response:
    return error(404, str(exc), [s.FieldError("id", f"there is no {exc.kind} with this id")])


def on_forbidden(_: Request, exc: s.Forbidden) -> Response:
    return error(403, str(exc))


def on_http(_: Request, exc: HTTPException) -> Response:
    extra = None
    if isinstance(exc.extra, list):
        extra = [s.FieldError(str(e.get("key", "")), str(e.get("message", ""))) for e in exc.extra if isinstance(e, dict)]
    headers = getattr(exc, "headers", None)
    resp = error(exc.status_code, exc.detail, extra)
    if headers:
        resp.headers.update(headers)
    return resp


def on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error(500, "Something went wrong on our side. Please try again later.")


def context(request: Request) -> Context:
    return request.app.state.ctx


def get_key(connection: ASGIConnection) -> str | None:
    auth = connection.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip() or None
    return connection.headers.get("x-api-key") or None


def require_actor(request: Request) -> Actor:
    """The writer behind the request's API key; 401 without a valid key."""
    key = get_key(request)
    if not key:
        raise NotAuthorizedException("An API key is required: send 'Authorization: Bearer KEY'",
                                     headers={"WWW-Authenticate": "Bearer"})
    ctx: Context = request.app.state.ctx
    with ctx.sessions() as session:
        actor = actor_for_key(session, key)
    if actor is None:
        raise NotAuthorizedException("This API key is not valid", headers={"WWW-Authenticate": "Bearer"})
    return actor


MAX_BODY_BYTES = 2_000_000  # README "Limits"
_NUL = (b"%00", b"\x00")


class InputGuard:
    """Refuses a NUL character anywhere in the address or the body (PostgreSQL cannot store one, and
    no form or record needs one) with a 400 that says so, before any handler runs; a body not sent
    within `body_timeout` seconds gets a 408 (a half-sent body does not hold a worker)."""

    def __init__(self, app, body_timeout: float = 30.0):
        self.app = app
        self.body_timeout = body_timeout

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if any(marker in scope.get("query_string", b"") or marker in scope.get("raw_path", b"") for marker in _NUL):
            return await _refuse(send, "query")
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        chunks, size = [], 0
        with anyio.move_on_after(self.body_timeout) as waited:
            while True:
                message = await receive()
                if message["type"] != "http.request":  # the client went away
                    return
                chunks.append(message.get("body", b""))
                size += len(chunks[-1])
                if size > MAX_BODY_BYTES:
                    return await _refuse(send, "body", 413, f"The request body is larger than {MAX_BODY_BYTES:,} bytes")
                if not message.get("more_body"):
                    break
        if waited.cancelled_caught:
            return await _refuse(send, "body", 408, f"The request body did not arrive within {self.body_timeout:g} seconds")
        body = b"".join(chunks)
        form = any(k == b"content-type" and v.startswith(b"application/x-www-form-urlencoded") for k, v in scope["headers"])
        if b"\x00" in body or (b"%00" if form else b"\\u0000") in body:
            return await _refuse(send, "body")
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        return await self.app(scope, replay, send)


async def _refuse(send, key: str, status: int = 400, detail: str = "A NUL character (\\u0000) is not allowed") -> None:
    body = msgspec.json.encode(ErrorBody(status, detail, [ErrorItem(key, detail)]))
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def on_too_deep(_: Request, exc: RecursionError) -> Response:
    return error(400, "The JSON is nested too deeply", [s.FieldError("body", "nest objects and lists at most a few hundred levels deep")])


def optional_actor(request: Request) -> Actor | None:
    """The writer behind a key when one is sent (for reads that show a writer more), else None."""
    key = get_key(request)
    if not key:
        return None
    with context(request).sessions() as session:
        return actor_for_key(session, key)


class TrustedProxies:
    """X-Forwarded-For and X-Forwarded-Proto are believed only when the request comes from one of
    `SK_TRUSTED_PROXIES` (addresses or networks); from anyone else they are ignored, so a client
    cannot pick its own address (the throttles count per address)."""

    def __init__(self, app, proxies: tuple[str, ...] = ()):
        self.app = app
        self.networks = [ipaddress.ip_network(p, strict=False) for p in proxies]

    def _trusted(self, host: str) -> bool:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(address in network for network in self.networks)

    async def __call__(self, scope, receive, send):
        if scope["type"] in ("http", "websocket") and self.networks and scope.get("client") and self._trusted(scope["client"][0]):
            headers = {k.lower(): v.decode("latin-1") for k, v in scope["headers"]}
            scope = dict(scope)
            hops = [h.strip() for h in headers.get(b"x-forwarded-for", "").split(",") if h.strip()]
            while hops and self._trusted(hops[-1]):  # the nearest address that is not one of our proxies
                hops.pop()
            if hops:
                scope["client"] = (hops[-1], 0)
            proto = headers.get(b"x-forwarded-proto", "").split(",")[0].strip().lower()
            if proto in ("http", "https"):
                scope["scheme"] = proto
        return await self.app(scope, receive, send)


class AccessLog:
    """Structured request logs: method, route, status, duration. No query strings, no IPs. A request
    the client gave up on before the answer is logged as 499 (nginx's "client closed request")."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        status = {"code": None, "gone": False}

        async def receive_wrapper():
            message = await receive()
            if message["type"] == "http.disconnect":
                status["gone"] = True
            return message

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive_wrapper, send_wrapper)
        finally:
            code = status["code"] or (499 if status["gone"] else 500)
            log.info(
                "request",
                extra={"http": {"method": scope["method"], "path": scope["path"], "status": code,
                                "ms": round((time.perf_counter() - start) * 1000, 1)}},
            )
