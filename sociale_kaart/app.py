"""The web application: `create_app(settings)`."""

from __future__ import annotations

import logging

import msgspec
from litestar import Litestar, Request, get
from litestar.exceptions import HTTPException
from litestar.config.compression import CompressionConfig
from litestar.middleware import DefineMiddleware

from sociale_kaart import api
from sociale_kaart.cases.controllers import CasesController
from sociale_kaart.cases.pages import ConsultantPages
from sociale_kaart.context import Context
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.controllers import DirectoryController
from sociale_kaart.editors.controllers import ChangesController, EditorsController, on_pending
from sociale_kaart.editors.moderation import Pending
from sociale_kaart.editors.pages import EditorPages
from sociale_kaart.etags import ETags
from sociale_kaart.feedback.controllers import FeedbackController
from sociale_kaart.indexing import FAR_BEHIND, LAG_DEGRADED_SECONDS, Lag
from sociale_kaart.partners.controllers import PartnerPages
from sociale_kaart.referrals.controllers import ReferralsController
from sociale_kaart.referrals.pages import ConsultantReferralPages, ReferralPages
from sociale_kaart.resolver.controllers import ResolveController
from sociale_kaart.search.controllers import SearchController
from sociale_kaart.settings import Settings
from sociale_kaart.web import apidocs
from sociale_kaart.web import controllers as web
from sociale_kaart.web.errors import html_for_pages
from sociale_kaart.web.security import security_headers


class Health(msgspec.Struct):
    status: str  # ok, degraded (the index lags or cannot follow the database), unavailable
    database: bool
    search_index: bool
    indexed_services: int
    index_lag: int  # committed changes not yet in this process's index
    index_lag_seconds: float  # age of the oldest of them
    index_error: str | None


@get("/health", sync_to_thread=True, tags=["Operations"], summary="Are the database and the search index ready, and is the index current?")
def health(request: Request) -> Health:
    ctx: Context = request.app.state.ctx
    db_ok = ctx.database_ready()
    try:
        indexed = len(ctx.index)
        index_ok = not ctx.index.needs_rebuild
    except Exception:  # noqa: BLE001 - a broken index is reported, not raised
        indexed, index_ok = 0, False
    lag = Lag(0, 0.0, ctx.follower.error)
    if db_ok:
        try:
            lag = ctx.follower.lag()
        except Exception as exc:  # noqa: BLE001
            lag = Lag(0, 0.0, f"{type(exc).__name__}: {exc}")
    status = "ok"
    if lag.error or lag.seconds > LAG_DEGRADED_SECONDS or lag.rows > FAR_BEHIND:
        status = "degraded"
    if not (db_ok and index_ok):
        status = "unavailable"
    return Health(status, db_ok, index_ok, indexed, lag.rows, lag.seconds, lag.error)


def route_handlers() -> list:
    return [health, DirectoryController, CasesController, SearchController, ResolveController, FeedbackController, ChangesController, EditorsController, EditorPages, PartnerPages, ConsultantPages, ReferralsController, ReferralPages, ConsultantReferralPages, *web.route_handlers()]


def create_app(settings: Settings | None = None, ctx: Context | None = None) -> Litestar:
    settings = settings or Settings.from_env()
    owns_ctx = ctx is None  # a context handed in belongs to the caller, who closes it
    ctx = ctx or Context(settings)

    def startup(app: Litestar) -> None:
        if ctx.database_ready():
            ctx.follower.start()  # catches up (or rebuilds) first, then follows the change log
            ctx.warm()
        else:  # said once; /health answers "unavailable" until init-db has run and the server restarted
            logging.getLogger("sociale_kaart").error(
                "The database is not ready (no tables, or migrations missing). Run `python -m sociale_kaart init-db`, then restart the server.")

    def shutdown(app: Litestar) -> None:
        ctx.follower.stop()
        if owns_ctx:
            ctx.close()

    app = Litestar(
        route_handlers=route_handlers(),
        on_startup=[startup],
        on_shutdown=[shutdown],
        # Page routes answer errors with an HTML page, the API with its JSON error body.
        exception_handlers={
            s.InvalidInput: html_for_pages(api.on_invalid),
            s.NotFound: html_for_pages(api.on_not_found),
            s.Forbidden: html_for_pages(api.on_forbidden),
            Pending: on_pending,
            HTTPException: html_for_pages(api.on_http),
            RecursionError: html_for_pages(api.on_too_deep),
            Exception: html_for_pages(api.on_unexpected),
        },
        middleware=[DefineMiddleware(api.TrustedProxies, proxies=settings.trusted_proxies),
                    *([DefineMiddleware(api.AccessLog)] if settings.log_requests else []),
                    DefineMiddleware(api.InputGuard, body_timeout=settings.body_timeout), ETags],
        request_max_body_size=api.MAX_BODY_BYTES,
        before_send=[security_headers(settings)],
        compression_config=CompressionConfig(backend="gzip", minimum_size=1000, gzip_compress_level=1),
        openapi_config=apidocs.openapi_config(),
        logging_config=None,
        debug=False,
    )
    app.state.ctx = ctx
    app.state.settings = settings
    return app


def configure_logging(level: int = logging.INFO) -> None:
    """JSON lines on stderr; request logs carry method, path, status and duration only."""

    class JsonFormatter(logging.Formatter):
        def format(self, record: logging.LogRecord) -> str:
            out = {"time": self.formatTime(record), "level": record.levelname, "logger": record.name, "message": record.getMessage()}
            if hasattr(record, "http"):
                out.update(record.http)
            if record.exc_info:
                out["error"] = self.formatException(record.exc_info)
            return msgspec.json.encode(out).decode()

    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every URL it fetches (query strings included) at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
