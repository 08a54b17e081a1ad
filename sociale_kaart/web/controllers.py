"""The public pages: home, results, detail (Dutch, and English under /en), sitemap and robots.

Every page is a GET form or a link, so every search state is a shareable address and the pages
work without JavaScript; the map script only adds to them.
"""

from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import quote, urlsplit

from litestar import Controller, Request, Response, Router, get, post
from litestar.datastructures import CacheControlHeader
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect
from litestar.static_files import create_static_files_router
from sqlalchemy import func, select

from sociale_kaart import throttle, vocab
from sociale_kaart.context import Context
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners.controllers import (_same_origin, client_address, form_csrf, form_token_sent, set_cookie,
                                                throttle_hit, throttle_wait)
from sociale_kaart.partners.signin import FORM_COOKIE
from sociale_kaart.web.i18n import Translator
from sociale_kaart.web.render import (LEAFLET_DIR, LEAFLET_PREFIX, STATIC_DIR, STATIC_PREFIX, dutch_path, lang_of, localised,
                                     render)
from sociale_kaart.web.views import RADIUS_CHOICES, SearchState, ServiceView, search_page

SITEMAP_CHUNK = 40_000
FEEDBACK_SENT = "verzonden"


def _ctx(request: Request) -> Context:
    return request.app.state.ctx


def _service(request: Request, service_id: str) -> s.Service:
    try:
        service_id = str(uuid.UUID(service_id))
    except ValueError:
        raise s.NotFound("service", service_id) from None
    with _ctx(request).sessions() as session:
        svc = _ctx(request).directory(session).get_service(service_id, public=True)
    if svc.status not in ("active", "temporarily closed"):  # a temporarily closed listing stays readable
        raise s.NotFound("service", service_id)
    return svc


def _back_link(request: Request) -> str | None:
    """Back to the results the resident came from (same site only), in its Dutch form, so detail addresses
    stay clean: from the referring page, or from `terug` where the language switch or the feedback form
    carried it along."""
    referer = urlsplit(request.headers.get("referer") or "")
    if referer.netloc == request.url.netloc and referer.path in ("/zoeken", "/en/zoeken"):
        return dutch_path(referer.path) + (f"?{referer.query}" if referer.query else "")
    carried = urlsplit(request.query_params.get("terug") or "")
    if not carried.scheme and not carried.netloc and carried.path == "/zoeken":
        return "/zoeken" + (f"?{carried.query}" if carried.query else "")
    return None


def _detail(request: Request, svc: s.Service, *, status: int = 200, errors: dict[str, str] | None = None,
            form: dict[str, str] | None = None, headers: dict[str, str] | None = None) -> Response:
    lang = lang_of(request.url.path)
    view = ServiceView(svc, Translator(lang))
    base = str(request.base_url).rstrip("/")
    canonical = base + localised(lang, f"/dienst/{svc.id}")
    back = _back_link(request)
    csrf, fresh = form_csrf(request)  # for the feedback form
    resp = render(request, "detail.html", status=status, headers=headers, svc=svc, view=view, canonical=canonical,
                  json_ld=view.json_ld(canonical), back=back and localised(lang, back), back_dutch=back,
                  switch_to=f"/dienst/{svc.id}" + (f"?terug={quote(back)}" if back else ""),
                  errors=errors or {}, form=form or {}, sent=request.query_params.get("feedback") == FEEDBACK_SENT,
                  csrf=csrf)
    if fresh:
        set_cookie(request, resp, FORM_COOKIE, fresh)
    return resp


FeedbackForm = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]


class PublicPages(Controller):
    """The pages; registered twice, at / (Dutch) and under /en (English)."""

    include_in_schema = False

    @get("/", sync_to_thread=False)
    def home(self, request: Request) -> Response:
        return render(request, "home.html", domains=list(vocab.LIFE_DOMAINS))

    @get("/zoeken", sync_to_thread=True)
    def results(self, request: Request) -> Response:
        state = SearchState.from_query(request.query_params, lang_of(request.url.path))
        page = search_page(_ctx(request), state)
        return render(request, "results.html", page=page, state=state, tiers=list(vocab.TIERS),
                      domains=list(vocab.LIFE_DOMAINS), days=list(vocab.DAYS), radius_choices=RADIUS_CHOICES)

    @get("/dienst/{service_id:str}", sync_to_thread=True)
    def detail(self, request: Request, service_id: str) -> Response:
        return _detail(request, _service(request, service_id))

    @post("/dienst/{service_id:str}/feedback", sync_to_thread=True,
          status_code=303)
    def send_feedback(self, request: Request, service_id: str, data: FeedbackForm) -> Response:
        lang = lang_of(request.url.path)
        svc = _service(request, service_id)
        back = _back_link(request)
        thanks = (localised(lang, f"/dienst/{svc.id}") + f"?feedback={FEEDBACK_SENT}"
                  + (f"&terug={quote(back)}" if back else "") + "#feedback")
        _same_origin(request)
        client = ((throttle.FORM, client_address(request)),)
        if (data.get("website") or "").strip():
            # The honeypot: people never see this field, form robots fill it in. Answer as if sent.
            throttle_hit(request, *client)
            return Redirect(thanks, status_code=303)
        typed = {"message": data.get("message", "")[:5000], "email": data.get("email", "")[:320]}
        if not form_token_sent(request, data):
            return _detail(request, svc, status=403, errors={"message": "p.form.expired"}, form=typed)
        message, email, problems = feedback.check(data.get("message", ""), data.get("email", ""))
        if problems:
            errors = {e.key: f"feedback.error.{e.key}.{e.message}" for e in problems}
            return _detail(request, svc, status=422, errors=errors, form=typed)
        wait = throttle_wait(request, *client)
        if wait:  # the listing again, with what was typed and when to try again
            return _detail(request, svc, status=429, errors={"send": "feedback.error.send.rate"}, form=typed,
                           headers={"Retry-After": str(wait)})
        throttle_hit(request, *client)
        with _ctx(request).sessions() as session:
            feedback.submit(session, svc.id, message, email or "", lang)
        return Redirect(thanks, status_code=303)



class SiteFiles(Controller):
    """robots.txt and the sitemap (one language-independent copy)."""

    include_in_schema = False

    @get("/robots.txt", sync_to_thread=False, media_type="text/plain")
    def robots(self, request: Request) -> str:
        base = str(request.base_url).rstrip("/")
        return ("User-agent: *\nDisallow: /api/\nDisallow: /zoeken\nDisallow: /en/zoeken\nDisallow: /schema\n"
                f"\nSitemap: {base}/sitemap.xml\n")

    @get("/sitemap.xml", sync_to_thread=True)
    def sitemap(self, request: Request) -> Response:
        """All active services' detail pages (Dutch, with the English alternate); an index past 40,000."""
        return _sitemap(request, None)

    @get("/sitemap-{part:int}.xml", sync_to_thread=True)
    def sitemap_part(self, request: Request, part: int) -> Response:
        return _sitemap(request, part)


def _sitemap(request: Request, part: int | None) -> Response:
    with _ctx(request).sessions() as session:
        active = select(m.Service.id, m.Service.last_modified).where(m.Service.status == "active")
        total = session.scalar(select(func.count()).select_from(active.subquery())) or 0
        parts = max(1, -(-total // SITEMAP_CHUNK))
        if part is None and parts > 1:
            return render(request, "sitemap_index.xml.html", lang="nl", parts=range(1, parts + 1),
                          media_type="application/xml")
        if part is not None and not (1 <= part <= parts):
            raise s.NotFound("sitemap", str(part))
        offset = ((part or 1) - 1) * SITEMAP_CHUNK
        rows = session.execute(active.order_by(m.Service.id).limit(SITEMAP_CHUNK).offset(offset)).all()
    return render(request, "sitemap.xml.html", lang="nl", rows=rows, home=part in (None, 1),
                  media_type="application/xml")


def static_routers() -> list:
    cache = {"send_as_attachment": False, "include_in_schema": False,
             "cache_control": CacheControlHeader(max_age=7 * 24 * 3600, public=True)}
    return [
        create_static_files_router(path=STATIC_PREFIX, directories=[STATIC_DIR], name="static", **cache),
        create_static_files_router(path=LEAFLET_PREFIX, directories=[LEAFLET_DIR], name="leaflet", **cache),
    ]


def route_handlers() -> list:
    return [PublicPages, Router("/en", route_handlers=[PublicPages]), SiteFiles, *static_routers()]
