"""POST /api/v1/resolve: a thin wrapper around `resolve`."""

from __future__ import annotations

import re

from litestar import Controller, Request, Response, post
from litestar.di import Provide
from litestar.exceptions import ValidationException

from sociale_kaart import api
from sociale_kaart.context import Context
from sociale_kaart.directory.schemas import FieldError
from sociale_kaart.resolver.schemas import Advice, ResolveRequest
from sociale_kaart.resolver.service import resolve


MISSING = re.compile(r"missing required field `([^`]+)`(?: - at `\$\.?([^`]*)`)?")


def _key(item: dict) -> str:
    """The field a body error is about: msgspec names a missing field only in its message."""
    found = MISSING.search(str(item.get("message", "")))
    if found:
        return ".".join(p for p in (found.group(2), found.group(1)) if p)
    return str(item.get("key", "body"))


def on_bad_body(request: Request, exc: ValidationException) -> Response:
    """Litestar rejects a body that does not fit the request Struct with a 400; the contract says 422."""
    extra = [FieldError(_key(e), str(e.get("message", ""))) for e in exc.extra or [] if isinstance(e, dict)]
    return api.error(422, "Invalid input", extra or [FieldError("body", exc.detail)])


class ResolveController(Controller):
    path = "/api/v1"
    tags = ["Resolver"]
    dependencies = {"ctx": Provide(api.context, sync_to_thread=False)}

    @post("/resolve", sync_to_thread=True, status_code=200, exception_handlers={ValidationException: on_bad_body},
          summary="The least intensive fitting support, close to home, with the reasons for every suggestion and exclusion")
    def resolve(self, ctx: Context, data: ResolveRequest) -> Advice:
        return resolve(ctx, data)
