"""POST /api/v1/resolve: a thin wrapper around `resolve`."""

from __future__ import annotations

from litestar import Controller, Request, Response, post
from litestar.di import Provide
from litestar.exceptions import ValidationException

from sociale_kaart import api
from sociale_kaart.context import Context
from sociale_kaart.directory.schemas import FieldError
from sociale_kaart.resolver.schemas import Advice, ResolveRequest
from sociale_kaart.resolver.service import resolve


def on_bad_body(request: Request, exc: ValidationException) -> Response:
    """Litestar rejects a body that does not fit ResolveRequest with a 400; the contract says 422."""
    extra = [FieldError(str(e.get("key", "body")), str(e.get("message", ""))) for e in exc.extra or [] if isinstance(e, dict)]
    return api.error(422, "Invalid input", extra or [FieldError("body", exc.detail)])


class ResolveController(Controller):
    path = "/api/v1"
    tags = ["Resolver"]
    dependencies = {"ctx": Provide(api.context, sync_to_thread=False)}

    @post("/resolve", sync_to_thread=True, status_code=200, exception_handlers={ValidationException: on_bad_body},
          summary="The least intensive fitting support, close to home, with the reasons for every suggestion and exclusion")
    def resolve(self, ctx: Context, data: ResolveRequest) -> Advice:
        return resolve(ctx, data)
