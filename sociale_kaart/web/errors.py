"""Friendly HTML error pages for page routes; the API keeps its JSON error body."""

from __future__ import annotations

import logging
from collections.abc import Callable

from litestar import Request, Response
from litestar.exceptions import HTTPException

from sociale_kaart.directory import schemas as s
from sociale_kaart.web.render import render

log = logging.getLogger("sociale_kaart.web")
NOT_PAGES = ("/api/", "/schema", "/health", "/static/", "/vendor/")


def is_page(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith(NOT_PAGES) or path in ("/api", "/schema", "/health"))


def status_of(exc: Exception) -> int:
    if isinstance(exc, HTTPException):
        return exc.status_code
    if isinstance(exc, s.NotFound):
        return 404
    if isinstance(exc, s.Forbidden):
        return 403
    if isinstance(exc, s.InvalidInput):
        return 422
    return 500


def error_page(request: Request, status: int) -> Response:
    try:
        return render(request, "error.html", status=status, code=status)
    except Exception:  # noqa: BLE001 - the error page itself must never fail
        log.exception("error page failed")
        return Response("Er ging iets mis. Something went wrong.", status_code=status, media_type="text/plain")


def html_for_pages(api_handler: Callable[[Request, Exception], Response]) -> Callable[[Request, Exception], Response]:
    """Wrap an API exception handler: page routes get an HTML page with the same status."""

    def handler(request: Request, exc: Exception) -> Response:
        if not is_page(request):
            return api_handler(request, exc)
        status = status_of(exc)
        if status >= 500:
            log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        response = error_page(request, status)
        headers = getattr(exc, "headers", None)
        if headers:
            response.headers.update(headers)
        return response

    return handler
