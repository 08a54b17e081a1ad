"""The partner pages: organisations sign in, keep their own listings right and confirm them.

Every change goes through the directory service with the signed-in person as the actor, so the
server checks on each write that a partner only changes its own organisation's services, and
the change log records who changed which field.
"""

from __future__ import annotations

import functools
import uuid
from datetime import date
from typing import Annotated

import anyio
import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect
from sqlalchemy import select

from sociale_kaart.context import Context
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.models import PartnerAccount
from sociale_kaart.partners.service import DEMO_PARTNER, HOME, Actor, account_actor, authenticate, instance_secret
from sociale_kaart.partners.signin import COOKIE, LIFETIME, Signin, Throttle, make_cookie, read_cookie
from sociale_kaart.web.render import lang_of, localised, render

Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]
EDITABLE = ("description", "application_process", "eligibility_description", "fees_description", "wait_time", "email", "url")
STATUSES = ("active", "temporarily closed")
PAGE = 25

TEXT = {
    "nl": {
        "title": "Voor organisaties", "login": "Inloggen", "email": "E-mailadres", "password": "Wachtwoord",
        "login.intro": "Log in om de gegevens van uw organisatie op de kaart bij te werken.",
        "login.failed": "Het e-mailadres of het wachtwoord klopt niet. Probeer het nog eens.",
        "login.blocked": "U heeft te vaak een verkeerd wachtwoord gebruikt. Probeer het over een kwartier opnieuw.",
        "login.demo": "Dit is de demo. Probeer het met", "logout": "Uitloggen",
        "dashboard.intro": "Hier houdt u uw aanbod up-to-date. Bewerk een dienst, of laat weten dat alles nog klopt.",
        "dashboard.editor": "U bent redacteur: u ziet alle diensten, de oudste controle eerst.",
        "dashboard.empty": "Er staan nog geen diensten van uw organisatie op de kaart.",
        "checked": "Laatst gecontroleerd", "never": "nog niet", "edit": "Bewerken", "confirm": "Klopt nog",
        "confirmed": "Dank u wel! We hebben genoteerd dat de gegevens kloppen.", "saved": "Dank u wel! De wijzigingen staan op de kaart.",
        "save": "Opslaan", "cancel": "Terug naar het overzicht",
        "description": "Wat bieden jullie?", "application_process": "Hoe meldt iemand zich aan?",
        "eligibility_description": "Voor wie is het?", "fees_description": "Wat kost het?",
        "wait_time": "Wachttijd (in woorden)", "waiting_weeks": "Wachttijd in weken", "url": "Website",
        "status": "Status", "status.active": "Open", "status.temporarily closed": "Tijdelijk gesloten",
        "error.form": "Niet alles is goed ingevuld. Kijk bij de velden met een melding.",
        "previous": "Vorige", "next": "Volgende",
    },
    "en": {
        "title": "For organisations", "login": "Sign in", "email": "E-mail address", "password": "Password",
        "login.intro": "Sign in to keep your organisation's listings on the map up to date.",
        "login.failed": "The e-mail address or password is not right. Please try again.",
        "login.blocked": "Too many wrong passwords. Please try again in a quarter of an hour.",
        "login.demo": "This is the demo. Try", "logout": "Sign out",
        "dashboard.intro": "Keep your services up to date here. Edit a service, or confirm that everything is still correct.",
        "dashboard.editor": "You are an editor: you see every service, the least recently checked first.",
        "dashboard.empty": "Your organisation has no services on the map yet.",
        "checked": "Last checked", "never": "not yet", "edit": "Edit", "confirm": "Still correct",
        "confirmed": "Thank you! We noted that the details are correct.", "saved": "Thank you! Your changes are on the map.",
        "save": "Save", "cancel": "Back to the overview",
        "description": "What do you offer?", "application_process": "How does someone sign up?",
        "eligibility_description": "Who is it for?", "fees_description": "What does it cost?",
        "wait_time": "Waiting time (in words)", "waiting_weeks": "Waiting time in weeks", "url": "Website",
        "status": "Status", "status.active": "Open", "status.temporarily closed": "Temporarily closed",
        "error.form": "Not everything is filled in correctly. Please look at the fields with a message.",
        "previous": "Previous", "next": "Next",
    },
}


def in_thread(fn):
    """Run a blocking handler in a worker thread. (litestar 2.25 wraps a `sync_to_thread`
    handler once per path, so a handler with a Dutch and an English path breaks.)"""

    @functools.wraps(fn)
    async def handler(*args, **kwargs):
        return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs))

    return handler


def _ctx(request: Request) -> Context:
    return request.app.state.ctx


def _secret(request: Request) -> str:
    state = request.app.state
    if "partner_secret" not in state:
        with _ctx(request).sessions() as session:
            state.partner_secret = instance_secret(session)
    return state.partner_secret


def _throttle(request: Request) -> Throttle:
    if "signin_throttle" not in request.app.state:
        request.app.state.signin_throttle = Throttle()
    return request.app.state.signin_throttle


def _signed_in(request: Request) -> tuple[Actor, Signin] | None:
    signin = read_cookie(_secret(request), request.cookies.get(COOKIE))
    if signin is None:
        return None
    with _ctx(request).sessions() as session:
        account = session.scalar(select(PartnerAccount).where(PartnerAccount.email == signin.email, PartnerAccount.active.is_(True)))
    if account is None:
        return None
    return account_actor(account), signin


def _page(request: Request, template: str, **context) -> Response:
    lang = lang_of(request.url.path)
    resp = render(request, template, p=TEXT[lang], **context)
    resp.headers["Cache-Control"] = "no-store"
    return resp


def _to_login(request: Request) -> Response:
    return Redirect(localised(lang_of(request.url.path), "/partner/inloggen"), status_code=303)


def _check_csrf(signin: Signin, form: dict[str, str]) -> None:
    import hmac

    if not hmac.compare_digest(form.get("csrf", ""), signin.csrf):
        raise s.Forbidden("This form has expired; please reload the page and try again")


def _service_id(value: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise s.NotFound("service", value) from None


class PartnerPages(Controller):
    include_in_schema = False

    @get(["/partner/inloggen", "/en/partner/inloggen"], sync_to_thread=False)
    def login_form(self, request: Request) -> Response:
        return _page(request, "partner/login.html", error=None, email="", demo=_demo_hint(request))

    @post(["/partner/inloggen", "/en/partner/inloggen"], status_code=303)
    @in_thread
    def login(self, request: Request, data: Form) -> Response:
        lang = lang_of(request.url.path)
        email = (data.get("email") or "").strip().lower()[:320]
        throttle = _throttle(request)
        if throttle.blocked(email):
            return _page(request, "partner/login.html", error=TEXT[lang]["login.blocked"], email=email, demo=_demo_hint(request))
        with _ctx(request).sessions() as session:
            actor = authenticate(session, email, (data.get("password") or "")[:1000])
        if actor is None:
            throttle.failed(email)
            resp = _page(request, "partner/login.html", error=TEXT[lang]["login.failed"], email=email, demo=_demo_hint(request))
            resp.status_code = 401
            return resp
        throttle.succeeded(email)
        value, _ = make_cookie(_secret(request), email)
        resp = Redirect(localised(lang, HOME.get(actor.role, "/partner")), status_code=303)
        resp.set_cookie(COOKIE, value, max_age=LIFETIME, path="/", httponly=True, samesite="lax",
                        secure=request.url.scheme == "https")
        return resp

    @post(["/partner/uitloggen", "/en/partner/uitloggen"], sync_to_thread=False, status_code=303)
    def logout(self, request: Request) -> Response:
        resp = _to_login(request)
        resp.delete_cookie(COOKIE, path="/")
        return resp

    @get(["/partner", "/en/partner"])
    @in_thread
    def dashboard(self, request: Request) -> Response:
        page = int(request.query_params.get("page", "1")) if request.query_params.get("page", "1").isdigit() else 1
        found = _signed_in(request)
        if found is None:
            return _to_login(request)
        actor, signin = found
        if actor.role in HOME:  # consultants have their own workspace
            return Redirect(localised(lang_of(request.url.path), HOME[actor.role]), status_code=303)
        page = max(1, min(page, 10_000))
        with _ctx(request).sessions() as session:
            stmt = select(m.Service).where(m.Service.status != "inactive")
            if actor.role == "partner":
                stmt = stmt.where(m.Service.organization_id == actor.organization_id).order_by(m.Service.name)
            else:
                stmt = stmt.order_by(m.Service.assured_date.is_not(None), m.Service.assured_date, m.Service.name)
            rows = session.scalars(stmt.limit(PAGE + 1).offset((page - 1) * PAGE)).all()
            org = session.get(m.Organization, actor.organization_id) if actor.organization_id else None
            services = [(x.id, x.name, x.assured_date, x.status) for x in rows[:PAGE]]
        return _page(request, "partner/dashboard.html", actor=actor, org=org.name if org else None, services=services,
                     csrf=signin.csrf, page=page, more=len(rows) > PAGE, notice=request.query_params.get("klaar"))

    @get(["/partner/dienst/{service_id:str}", "/en/partner/dienst/{service_id:str}"])
    @in_thread
    def edit_form(self, request: Request, service_id: str) -> Response:
        found = _signed_in(request)
        if found is None:
            return _to_login(request)
        actor, signin = found
        svc = self._own(request, actor, service_id)
        return _page(request, "partner/edit.html", svc=svc, form=self._form_values(svc), errors={}, csrf=signin.csrf,
                     fields=EDITABLE, statuses=STATUSES)

    @post(["/partner/dienst/{service_id:str}", "/en/partner/dienst/{service_id:str}"], status_code=303)
    @in_thread
    def save(self, request: Request, service_id: str, data: Form) -> Response:
        found = _signed_in(request)
        if found is None:
            return _to_login(request)
        actor, signin = found
        _check_csrf(signin, data)
        svc = self._own(request, actor, service_id)
        values = {f: (data.get(f) or "").strip() for f in EDITABLE}
        status = data.get("status") if data.get("status") in STATUSES else svc.status
        attributes = [a for a in svc.attributes if not (a.taxonomy_term and a.taxonomy_term.taxonomy == "sociale-kaart:waiting-weeks")]
        weeks = (data.get("waiting_weeks") or "").strip()
        errors: dict[str, str] = {}
        if weeks:
            if not weeks.isdigit() or int(weeks) > 520:
                errors["waiting_weeks"] = "Vul een heel getal in, van 0 tot 520." if lang_of(request.url.path) == "nl" else "Enter a whole number from 0 to 520."
            else:
                from sociale_kaart.directory.hsds import ext_attribute

                attributes.append(ext_attribute(svc.id, "service", "sociale-kaart:waiting-weeks", "waiting_weeks", weeks))
        if not errors:
            try:
                merged = s.convert({**msgspec.to_builtins(svc), **{k: v or None for k, v in values.items()},
                                    "description": values["description"], "status": status,
                                    "attributes": msgspec.to_builtins(attributes)}, s.Service)
                with _ctx(request).sessions() as session:
                    _ctx(request).directory(session, actor).save_service(merged, svc.id, create=False)
            except s.InvalidInput as exc:
                errors = {e.key.split(".")[0]: e.message for e in exc.errors}
        if errors:
            resp = _page(request, "partner/edit.html", svc=svc, form={**values, "waiting_weeks": weeks, "status": status},
                         errors=errors, csrf=signin.csrf, fields=EDITABLE, statuses=STATUSES)
            resp.status_code = 422
            return resp
        return Redirect(localised(lang_of(request.url.path), "/partner") + "?klaar=saved", status_code=303)

    @post(["/partner/dienst/{service_id:str}/klopt", "/en/partner/dienst/{service_id:str}/klopt"], status_code=303)
    @in_thread
    def confirm(self, request: Request, service_id: str, data: Form) -> Response:
        found = _signed_in(request)
        if found is None:
            return _to_login(request)
        actor, signin = found
        _check_csrf(signin, data)
        with _ctx(request).sessions() as session:
            _ctx(request).directory(session, actor).assure_service(_service_id(service_id), date.today().isoformat())
        return Redirect(localised(lang_of(request.url.path), "/partner") + "?klaar=confirmed", status_code=303)

    def _own(self, request: Request, actor: Actor, service_id: str) -> s.Service:
        with _ctx(request).sessions() as session:
            svc = _ctx(request).directory(session).get_service(_service_id(service_id), public=False)
        if not actor.may_edit_organization(svc.organization_id):
            raise s.Forbidden("This service belongs to another organisation")
        return svc

    @staticmethod
    def _form_values(svc: s.Service) -> dict[str, str]:
        values = {f: getattr(svc, f) or "" for f in EDITABLE}
        weeks = next((a.value for a in svc.attributes if a.taxonomy_term and a.taxonomy_term.taxonomy == "sociale-kaart:waiting-weeks"), "")
        return {**values, "waiting_weeks": weeks or "", "status": svc.status}


def _demo_hint(request: Request) -> tuple[str, str] | None:
    if not _ctx(request).settings.demo:
        return None
    return DEMO_PARTNER
