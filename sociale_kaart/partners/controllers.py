"""The partner pages: organisations sign in and keep their own listings right, from a phone.

Every change goes through the directory service with the signed-in person as the actor, so the
server checks on each write that a partner only changes its own organisation's records, and the
change log records who changed which field. Every form carries the CSRF token of the sign-in and
the version of the record it was filled in on: a save on a stale version shows what changed
meanwhile and keeps what was typed. Texts live in `web/i18n.py` ("p." keys).
"""

from __future__ import annotations

import functools
import hmac
import uuid
from urllib.parse import urlsplit
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated

import anyio
from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect
from sqlalchemy import or_, select

from sociale_kaart import throttle, vocab
from sociale_kaart.context import Context
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.controllers import etag
from sociale_kaart.editors.moderation import Pending, hold, is_moderated, list_changes
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners import accounts, forms
from sociale_kaart.partners.models import PartnerAccount
from sociale_kaart.partners.service import DEMO_PARTNER, HOME, Actor, account_actor, authenticate, instance_secret
from sociale_kaart.partners.signin import (COOKIE, FORM_COOKIE, LIFETIME, Signin, end_sessions, ended, form_token, form_token_ok,
                                           make_cookie, new_form_cookie, read_cookie)
from sociale_kaart.referrals.service import waiting_count
from sociale_kaart.web.i18n import Translator
from sociale_kaart.web.render import lang_of, localised, render

Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]
PAGE = 25
HISTORY = 200


def in_thread(fn):
    """Run a blocking handler in a worker thread. (litestar 2.25 wraps a `sync_to_thread`
    handler once per path, so a handler with a Dutch and an English path breaks.)"""

    @functools.wraps(fn)
    async def handler(*args, **kwargs):
        return await anyio.to_thread.run_sync(functools.partial(fn, *args, **kwargs))

    return handler


def both(path: str) -> list[str]:
    return [path, "/en" + path]


def _ctx(request: Request) -> Context:
    return request.app.state.ctx


def _secret(request: Request) -> str:
    state = request.app.state
    if "partner_secret" not in state:
        with _ctx(request).sessions() as session:
            state.partner_secret = instance_secret(session)
    return state.partner_secret


def client_address(request: Request) -> str:
    """The client's IP address (a trusted proxy's X-Forwarded-For already applied, see api.TrustedProxies)."""
    return request.client.host if request.client else "unknown"


def throttle_wait(request: Request, *checks: tuple[throttle.Rule, str]) -> int:
    """Seconds this request must wait (0: go ahead), shared by every server process."""
    with _ctx(request).sessions() as session:
        return throttle.wait(session, _secret(request), *checks)


def throttle_hit(request: Request, *checks: tuple[throttle.Rule, str]) -> None:
    with _ctx(request).sessions() as session:
        throttle.hit(session, _secret(request), *checks)


def set_cookie(request: Request, resp: Response, name: str, value: str, max_age: int | None = None) -> None:
    resp.set_cookie(name, value, max_age=max_age, path="/", httponly=True, samesite="lax",
                    secure=request.app.state.settings.secure_cookies)


@dataclass
class Me:
    """The signed-in person on this request."""

    actor: Actor
    signin: Signin
    account_id: str
    lang: str

    @property
    def t(self) -> Translator:
        return Translator(self.lang)

    @property
    def is_partner(self) -> bool:
        return self.actor.role == "partner"


def _me(request: Request) -> Me | Response:
    signin = read_cookie(_secret(request), request.cookies.get(COOKIE))
    account = None
    if signin is not None:
        with _ctx(request).sessions() as session:
            account = session.scalar(select(PartnerAccount).where(PartnerAccount.email == signin.email,
                                                                  PartnerAccount.active.is_(True)))
    if account is None or ended(signin, account.sessions_after):
        return Redirect(localised(lang_of(request.url.path), "/partner/inloggen"), status_code=303)
    return Me(account_actor(account), signin, account.id, lang_of(request.url.path))


def _page(request: Request, template: str, *, status: int = 200, **context) -> Response:
    context.setdefault("errors", {})
    resp = render(request, template, status=status, **context)
    resp.headers["Cache-Control"] = "no-store"
    return resp


def form_csrf(request: Request) -> tuple[str, str | None]:
    """The CSRF token for a form sent without a session, and the `sk_form` cookie value to set
    when this browser has none yet (else None)."""
    raw = request.cookies.get(FORM_COOKIE)
    fresh = new_form_cookie() if not raw or len(raw) > 100 else None
    return form_token(_secret(request), fresh or raw), fresh


def _anonymous_page(request: Request, template: str, *, status: int = 200, wait: int = 0, **context) -> Response:
    """A page with a form for someone not signed in (`form_csrf`). `wait`: 429 with Retry-After."""
    token, fresh = form_csrf(request)
    resp = _page(request, template, status=429 if wait else status, csrf=token, **context)
    if wait:
        resp.headers["Retry-After"] = str(wait)
    if fresh:
        set_cookie(request, resp, FORM_COOKIE, fresh)
    return resp


def form_token_sent(request: Request, form: dict[str, str]) -> bool:
    return form_token_ok(_secret(request), request.cookies.get(FORM_COOKIE), form.get("csrf") or "")


def _done(request: Request, path: str, notice: str) -> Response:
    return Redirect(localised(lang_of(request.url.path), path) + f"?klaar={notice}", status_code=303)


def _signed_in(request: Request) -> tuple[Actor, Signin] | None:
    """(actor, sign-in) of the signed-in person, or None (other signed-in pages use this)."""
    me = _me(request)
    return None if isinstance(me, Response) else (me.actor, me.signin)


def _same_origin(request: Request) -> None:
    """Besides the form token: a browser says where a form came from, and a form from another site is refused."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.url.netloc:
        raise s.Forbidden("This form comes from another site")


def _check_csrf(who: Me | Signin, form: dict[str, str]) -> None:
    signin = who.signin if isinstance(who, Me) else who
    if not hmac.compare_digest(form.get("csrf", ""), signin.csrf):
        raise s.Forbidden("This form has expired; please reload the page and try again")


def _uuid(value: str, kind: str) -> str:
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise s.NotFound(kind, value) from None


def _demo_hint(request: Request) -> tuple[str, str] | None:
    return DEMO_PARTNER if request.app.state.settings.demo else None


def _directory_errors(exc: s.InvalidInput, fields) -> dict[str, str]:
    """The directory's own checks, shown beside the field they name (or at the top)."""
    out = {}
    for e in exc.errors:
        key = e.key.split(".")[0].split("[")[0]
        out[key if key in fields else "form"] = "p.error.field"
    return out


class PartnerPages(Controller):
    include_in_schema = False

    # ---- signing in and out ------------------------------------------------------------

    @get(both("/partner/inloggen"), sync_to_thread=False)
    def login_form(self, request: Request) -> Response:
        return _anonymous_page(request, "partner/login.html", error=None, email="", demo=_demo_hint(request),
                               notice=request.query_params.get("klaar"))

    @post(both("/partner/inloggen"), status_code=303)
    @in_thread
    def login(self, request: Request, data: Form) -> Response:
        _same_origin(request)
        lang = lang_of(request.url.path)
        email = accounts.normal_email(data.get("email") or "")[:320]
        again = functools.partial(_anonymous_page, request, "partner/login.html", email=email, demo=_demo_hint(request), notice=None)
        if not form_token_sent(request, data):
            return again(status=403, error="p.form.expired")
        checks = ((throttle.ACCOUNT, email), (throttle.CLIENT, client_address(request)))
        wait = throttle_wait(request, *checks)
        if wait:
            return again(wait=wait, error="p.throttled")
        with _ctx(request).sessions() as session:
            actor = authenticate(session, email, (data.get("password") or "")[:1000])
        if actor is None:
            throttle_hit(request, *checks)
            return again(status=401, error="p.login.failed")
        with _ctx(request).sessions() as session:  # the real person is not kept waiting by earlier guesses
            throttle.clear(session, _secret(request), throttle.ACCOUNT, email)
        value, _ = make_cookie(_secret(request), email)
        resp = Redirect(localised(lang, HOME.get(actor.role, "/partner")), status_code=303)
        set_cookie(request, resp, COOKIE, value, max_age=LIFETIME)
        return resp

    @post(both("/partner/uitloggen"), status_code=303)
    @in_thread
    def logout(self, request: Request, data: Form) -> Response:
        _same_origin(request)
        signin = read_cookie(_secret(request), request.cookies.get(COOKIE))
        if signin is not None:  # the session ends on the server too: a copied cookie no longer works
            _check_csrf(signin, data)
            with _ctx(request).sessions() as session:
                account = session.scalar(select(PartnerAccount).where(PartnerAccount.email == signin.email))
                if account is not None:
                    end_sessions(account)
                    session.commit()
        resp = Redirect(localised(lang_of(request.url.path), "/partner/inloggen"), status_code=303)
        resp.delete_cookie(COOKIE, path="/")
        return resp

    # ---- passwords -----------------------------------------------------------------------

    @get(both("/partner/wachtwoord-vergeten"), sync_to_thread=False)
    def forgot_form(self, request: Request) -> Response:
        return _anonymous_page(request, "partner/forgot.html", email="", sent=False)

    @post(both("/partner/wachtwoord-vergeten"), status_code=200)
    @in_thread
    def forgot(self, request: Request, data: Form) -> Response:
        _same_origin(request)
        email = accounts.normal_email(data.get("email") or "")[:320]
        again = functools.partial(_anonymous_page, request, "partner/forgot.html", email=email, sent=False)
        if not form_token_sent(request, data):
            return again(status=403, errors={"email": "p.form.expired"})
        if not accounts.valid_email(email):
            return again(status=422, errors={"email": "p.error.email"})
        # Nobody fills someone's mailbox with links, nor mails every address from one place.
        checks = ((throttle.RESET, email), (throttle.FORM, client_address(request)))
        wait = throttle_wait(request, *checks)
        if wait:
            return again(wait=wait, errors={"email": "p.throttled"})
        throttle_hit(request, *checks)
        with _ctx(request).sessions() as session:
            accounts.request_password_reset(session, request.app.state.settings, email, lang_of(request.url.path))
        return _page(request, "partner/forgot.html", email="", sent=True)

    @get(both("/partner/wachtwoord/{token:str}"))
    @in_thread
    def reset_form(self, request: Request, token: str) -> Response:
        with _ctx(request).sessions() as session:
            valid = accounts.token_account(session, token) is not None
        return _anonymous_page(request, "partner/reset.html", status=200 if valid else 410, valid=valid, token=token)

    @post(both("/partner/wachtwoord/{token:str}"), status_code=303)
    @in_thread
    def reset(self, request: Request, token: str, data: Form) -> Response:
        _same_origin(request)
        if not form_token_sent(request, data):
            return _anonymous_page(request, "partner/reset.html", status=403, valid=True, token=token,
                                   errors={"password": "p.form.expired"})
        password, repeat = (data.get("password") or "")[:1001], (data.get("repeat") or "")[:1001]
        errors = {}
        problem = accounts.password_problem(password)
        if problem:
            errors["password"] = problem
        elif password != repeat:
            errors["repeat"] = "p.error.password.same"
        with _ctx(request).sessions() as session:
            if errors:
                valid = accounts.token_account(session, token) is not None
                return _anonymous_page(request, "partner/reset.html", status=422 if valid else 410, valid=valid, token=token,
                                       errors=errors)
            account = accounts.redeem_token(session, token, password)
        if account is None:
            return _anonymous_page(request, "partner/reset.html", status=410, valid=False, token=token)
        return _done(request, "/partner/inloggen", "password")

    @get(both("/partner/wachtwoord"))
    @in_thread
    def password_form(self, request: Request) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        return _page(request, "partner/password.html", me=me, notice=request.query_params.get("klaar"))

    @post(both("/partner/wachtwoord"), status_code=303)
    @in_thread
    def change_password(self, request: Request, data: Form) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        current, new, repeat = ((data.get(k) or "")[:1001] for k in ("current", "password", "repeat"))
        errors = {}
        problem = accounts.password_problem(new)
        if problem:
            errors["password"] = problem
        elif new != repeat:
            errors["repeat"] = "p.error.password.same"
        after = 0
        if not errors:
            with _ctx(request).sessions() as session:
                after = accounts.change_password(session, me.signin.email, current, new)
                if not after:
                    errors["current"] = "p.error.password.current"
        if errors:
            return _page(request, "partner/password.html", status=422, me=me, errors=errors, notice=None)
        resp = _done(request, "/partner", "password")
        value, _ = make_cookie(_secret(request), me.signin.email, now_ms=after)  # this browser stays signed in
        set_cookie(request, resp, COOKIE, value, max_age=LIFETIME)
        return resp

    # ---- access for a new organisation ------------------------------------------------------

    @get(both("/partner/toegang"), sync_to_thread=False)
    def access_form(self, request: Request) -> Response:
        return _anonymous_page(request, "partner/access.html", v={}, sent=request.query_params.get("klaar") == "sent")

    @post(both("/partner/toegang"), status_code=303)
    @in_thread
    def access_request(self, request: Request, data: Form) -> Response:
        _same_origin(request)
        v = {k: (data.get(k) or "").strip()[:4000] for k in ("organization_name", "contact_name", "email", "phone", "url", "kvk", "message")}
        again = functools.partial(_anonymous_page, request, "partner/access.html", v=v, sent=False)
        if not form_token_sent(request, data):
            return again(status=403, errors={"form": "p.form.expired"})
        errors = {}
        for k in ("organization_name", "contact_name"):
            if not v[k]:
                errors[k] = "p.error.required"
        if not accounts.valid_email(accounts.normal_email(v["email"])):
            errors["email"] = "p.error.email"
        if v["phone"] and not forms.valid_phone(v["phone"]):
            errors["phone"] = "p.error.phone"
        if v["url"] and forms.clean_url(v["url"]) is None:
            errors["url"] = "p.error.url"
        if v["kvk"] and not (v["kvk"].replace(" ", "").isdigit() and len(v["kvk"].replace(" ", "")) == 8):
            errors["kvk"] = "p.error.kvk"
        if not v["message"]:
            errors["message"] = "p.error.message"
        if (data.get("website") or "").strip():  # the honeypot: people never see it
            return _done(request, "/partner/toegang", "sent")
        if errors:
            return again(status=422, errors=errors)
        client = ((throttle.FORM, client_address(request)),)
        wait = throttle_wait(request, *client)
        if wait:
            return again(wait=wait, errors={"form": "p.throttled"})
        throttle_hit(request, *client)
        with _ctx(request).sessions() as session:
            accounts.submit_access_request(session, organization_name=v["organization_name"], email=v["email"],
                                           contact_name=v["contact_name"], phone=v["phone"], website=forms.clean_url(v["url"]) or "",
                                           kvk=v["kvk"].replace(" ", ""), message=v["message"])
        return _done(request, "/partner/toegang", "sent")

    # ---- dashboard -----------------------------------------------------------------------

    @get(both("/partner"))
    @in_thread
    def dashboard(self, request: Request) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        if me.actor.role in HOME:  # consultants and editors have their own workspace
            return Redirect(localised(me.lang, HOME[me.actor.role]), status_code=303)
        raw = request.query_params.get("page", "1")
        page = max(1, min(int(raw), 10_000)) if raw.isdigit() else 1
        settings = request.app.state.settings
        stale_before = (date.today() - timedelta(days=round(settings.stale_months * 30.44))).isoformat()
        with _ctx(request).sessions() as session:
            stmt = select(m.Service).where(m.Service.status != "inactive")
            if me.is_partner:
                stmt = stmt.where(m.Service.organization_id == me.actor.organization_id).order_by(m.Service.name)
            else:
                stmt = stmt.order_by(m.Service.assured_date.is_not(None), m.Service.assured_date, m.Service.name)
            rows = session.scalars(stmt.limit(PAGE + 1).offset((page - 1) * PAGE)).all()
            org = session.get(m.Organization, me.actor.organization_id) if me.actor.organization_id else None
            services = [dict(id=x.id, name=x.name, assured=x.assured_date, status=x.status,
                             stale=not x.assured_date or x.assured_date < stale_before) for x in rows[:PAGE]]
            stale = 0
            if me.is_partner:
                stale = len([1 for x in session.scalars(select(m.Service.assured_date).where(
                    m.Service.organization_id == me.actor.organization_id, m.Service.status != "inactive"))
                    if not x or x < stale_before])
            referrals_waiting = waiting_count(session, me.actor.organization_id) if me.is_partner else 0
        return _page(request, "partner/dashboard.html", me=me, org=org.name if org else None, services=services,
                     page=page, more=len(rows) > PAGE, notice=request.query_params.get("klaar"), stale=stale,
                     stale_months=settings.stale_months, pending=self._pending(request, me), referrals_waiting=referrals_waiting)

    @staticmethod
    def _pending(request: Request, me: Me, resource_id: str | None = None) -> list[dict]:
        """The organisation's changes waiting for an editor ("wacht op controle"), as name + changed fields."""
        if not me.is_partner:
            return []
        with _ctx(request).sessions() as session:
            _, changes = list_changes(session, me.actor, page=1, per_page=100, status="pending")
        out = []
        for c in changes:
            if resource_id and c.resource_id != resource_id:
                continue
            fields = [me.t(f"p.{k}") if me.t.has(f"p.{k}") else k for k in c.fields]
            out.append(dict(name=c.resource_name, fields=", ".join(fields), created=c.created, id=c.resource_id,
                            type=c.resource_type))
        return out

    # ---- services -------------------------------------------------------------------------

    def _service(self, request: Request, me: Me, service_id: str) -> s.Service:
        with _ctx(request).sessions() as session:
            svc = _ctx(request).directory(session).get_service(_uuid(service_id, "service"), public=False)
        if not me.actor.may_edit_organization(svc.organization_id):
            raise s.Forbidden("This service belongs to another organisation")
        return svc

    def _locations(self, request: Request, organization_id: str | None, svc: s.Service | None) -> list[dict]:
        """The locations a service may be at: its organisation's, and any it is at already."""
        linked = [sal.location_id for sal in (svc.service_at_locations if svc else [])]
        with _ctx(request).sessions() as session:
            rows = session.scalars(select(m.Location).where(
                or_(m.Location.organization_id == organization_id, m.Location.id.in_(linked or [""])),
                m.Location.active.is_(True)).order_by(m.Location.name)).all()
            out = []
            for loc in rows:
                addr = next(iter(loc.addresses), None)
                out.append(dict(id=loc.id, name=loc.name or "", placed=loc.latitude is not None,
                                address=" ".join(p for p in (addr.address_1, addr.postal_code, addr.city) if p) if addr else ""))
        return out

    def _service_page(self, request: Request, me: Me, svc: s.Service | None, v: dict, *, status: int = 200,
                      errors: dict | None = None, changes: list | None = None) -> Response:
        org_id = svc.organization_id if svc else me.actor.organization_id
        return _page(request, "partner/service.html", status=status, me=me, svc=svc, v=v, errors=errors or {},
                     changes=changes or [], pending=self._pending(request, me, svc.id) if svc else [], locations=self._locations(request, org_id, svc), days=forms.DAYS,
                     slots=forms.SLOTS, phone_rows=range(forms.PHONE_ROWS), exception_rows=range(forms.EXCEPTION_ROWS),
                     languages=[(c, Translator(me.lang).language(c)) for c in forms.LANGUAGES], periods=forms.PERIODS,
                     tiers=list(vocab.TIERS), domains=list(vocab.LIFE_DOMAINS), audiences=vocab.AUDIENCES,
                     access_choices=[(code, me.t.access(code)) for code in vocab.ACCESS_ROUTES],
                     capacity_choices=[*((code, me.t.pick(labels)) for code, labels in vocab.CAPACITIES.items()),
                                       ("", me.t("p.capacity.unknown"))],
                     notice=request.query_params.get("klaar"))

    @get(both("/partner/dienst/nieuw"))
    @in_thread
    def new_service_form(self, request: Request) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        if not me.is_partner:
            raise s.Forbidden("Editors add services in the editors' workspace")
        return self._service_page(request, me, None, forms.service_form(None))

    @get(both("/partner/dienst/{service_id:str}"))
    @in_thread
    def edit_form(self, request: Request, service_id: str) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        svc = self._service(request, me, service_id)
        return self._service_page(request, me, svc, forms.service_form(svc))

    @post(both("/partner/dienst/nieuw"), status_code=303)
    @in_thread
    def create_service(self, request: Request, data: Form) -> Response:
        return self._save_service(request, None, data)

    @post(both("/partner/dienst/{service_id:str}"), status_code=303)
    @in_thread
    def save(self, request: Request, service_id: str, data: Form) -> Response:
        return self._save_service(request, service_id, data)

    def _save_service(self, request: Request, service_id: str | None, data: dict[str, str]) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        if service_id is None and not me.is_partner:
            raise s.Forbidden("Editors add services in the editors' workspace")
        svc = self._service(request, me, service_id) if service_id else None
        org_id = svc.organization_id if svc else me.actor.organization_id
        locations = self._locations(request, org_id, svc)
        v = forms.read_service_form(data, [x["id"] for x in locations])
        errors = forms.check_service_form(v, own_locations={x["id"] for x in locations})
        current_tier = forms.service_form(svc)["tier"] if svc else None
        if svc is not None and v["version"] != (svc.last_modified or ""):
            # Someone saved in between: show what changed, keep what was typed, offer the new version.
            changes = self._changes_since(request, me, svc.id, v["version"])
            v["version"] = svc.last_modified or ""
            return self._service_page(request, me, svc, v, status=409, errors=errors, changes=changes)
        if errors:
            return self._service_page(request, me, svc, v, status=422, errors=errors)
        today = date.today().isoformat()
        record = forms.build_service(svc, v, org_id, assured=today)
        ctx = _ctx(request)
        try:
            with ctx.sessions() as session:
                d = ctx.directory(session, me.actor, geocode=True)
                if svc is not None and me.is_partner and v["tier"] != current_tier and not is_moderated(session, org_id):
                    # A partner's new tier waits for an editor; everything else goes on the map now.
                    d.save_service(forms.build_service(svc, {**v, "tier": current_tier}, org_id, assured=today), svc.id, create=False)
                    fresh = d.get_service(svc.id, public=False)
                    hold(d, "service", svc.id, org_id, "update", forms.build_service(fresh, v, org_id, assured=today), False,
                         always=True)
                saved = d.save_service(record, svc.id if svc else None, create=svc is None)
        except s.InvalidInput as exc:
            return self._service_page(request, me, svc, v, status=422, errors=_directory_errors(exc, v))
        except Pending:
            return _done(request, "/partner", "tier" if svc is not None and v["tier"] != current_tier else "pending")
        if svc is None:
            return _done(request, f"/partner/dienst/{saved.id}", "created")
        return _done(request, "/partner", "saved")

    def _changes_since(self, request: Request, me: Me, service_id: str, version: str) -> list[dict]:
        from datetime import datetime

        try:
            since = datetime.fromisoformat(version.replace("Z", "+00:00"))
        except ValueError:
            since = None
        with _ctx(request).sessions() as session:
            stmt = select(m.ChangeRecord).where(m.ChangeRecord.resource_id == service_id)
            if since is not None:
                stmt = stmt.where(m.ChangeRecord.last_action_date > since)
            rows = session.scalars(stmt.order_by(m.ChangeRecord.last_action_date.desc()).limit(50)).all()
            return [self._change(me, r) for r in rows]

    @staticmethod
    def _change(me: Me, r: m.ChangeRecord) -> dict:
        t = me.t
        label = f"p.{r.field_name}"
        who = r.updated_by
        if who.startswith("account:"):
            who = who.removeprefix("account:")
        elif who.startswith("key:"):
            who = "API"
        elif who in ("system", "geocoder") or who.startswith("import"):
            who = t("p.who.import")
        new = r.replacement_value or ""
        return dict(when=r.last_action_date, field=t(label) if t.has(label) else r.field_name, who=who,
                    new=new if len(new) <= 200 else new[:199] + "…", action=r.last_action_type)

    # ---- still correct, closing, history -------------------------------------------------------

    @get(both("/partner/dienst/{service_id:str}/klopt"))
    @in_thread
    def confirm_page(self, request: Request, service_id: str) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        from sociale_kaart.web.views import ServiceView

        svc = self._service(request, me, service_id)
        return _page(request, "partner/confirm.html", me=me, svc=svc, view=ServiceView(svc, me.t), stale=False)

    @post(both("/partner/dienst/{service_id:str}/klopt"), status_code=303)
    @in_thread
    def confirm(self, request: Request, service_id: str, data: Form) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        svc = self._service(request, me, service_id)
        if data.get("version") != svc.last_modified:
            # The facts changed after they were shown: show them again rather than confirm what was not seen.
            from sociale_kaart.web.views import ServiceView

            return _page(request, "partner/confirm.html", status=409, me=me, svc=svc, view=ServiceView(svc, me.t), stale=True)
        with _ctx(request).sessions() as session:
            _ctx(request).directory(session, me.actor).assure_service(svc.id, date.today().isoformat())
        return _done(request, "/partner", "confirmed")

    @get(both("/partner/dienst/{service_id:str}/sluiten"))
    @in_thread
    def closure_form(self, request: Request, service_id: str) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        svc = self._service(request, me, service_id)
        v = {"message": svc.alert or "", "reopens": forms.attribute_value(svc.attributes, vocab.REOPENS) or "",
             "version": svc.last_modified or ""}
        return _page(request, "partner/closure.html", me=me, svc=svc, v=v)

    @post(both("/partner/dienst/{service_id:str}/sluiten"), status_code=303)
    @in_thread
    def closure(self, request: Request, service_id: str, data: Form) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        svc = self._service(request, me, service_id)
        closing = data.get("action") != "reopen"
        v = {"message": (data.get("message") or "").strip()[:2000], "reopens": (data.get("reopens") or "").strip()[:20],
             "version": svc.last_modified or ""}
        errors = {}
        if data.get("version") != svc.last_modified:
            errors["form"] = "p.stale.text"
        if closing and v["reopens"]:
            day = forms.clean_date(v["reopens"])
            if day is None:
                errors["reopens"] = "p.error.date"
            elif day < date.today():
                errors["reopens"] = "p.error.date.past"
        if errors:
            return _page(request, "partner/closure.html", status=409 if "form" in errors else 422, me=me, svc=svc, v=v,
                         errors=errors)
        record = forms.with_closure(svc, closed=closing, message=v["message"], reopens=v["reopens"])
        try:
            with _ctx(request).sessions() as session:
                _ctx(request).directory(session, me.actor).save_service(record, svc.id, create=False)
        except Pending:
            return _done(request, "/partner", "pending")
        return _done(request, "/partner", "closed" if closing else "reopened")

    @post(both("/partner/dienst/{service_id:str}/stoppen"), status_code=303)
    @in_thread
    def stop(self, request: Request, service_id: str, data: Form) -> Response:
        """The service stops for good: off the map (deactivated, never deleted)."""
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        svc = self._service(request, me, service_id)
        errors = {} if data.get("confirm") else {"confirm": "p.error.confirm"}
        if data.get("version") != svc.last_modified:
            errors["form"] = "p.stale.text"
        if errors:
            v = {"message": svc.alert or "", "reopens": forms.attribute_value(svc.attributes, vocab.REOPENS) or "",
                 "version": svc.last_modified or ""}
            return _page(request, "partner/closure.html", status=409 if "form" in errors else 422, me=me, svc=svc, v=v,
                         errors=errors)
        try:
            with _ctx(request).sessions() as session:
                _ctx(request).directory(session, me.actor).deactivate_service(svc.id)
        except Pending:
            return _done(request, "/partner", "pending")
        return _done(request, "/partner", "stopped")

    @get(both("/partner/dienst/{service_id:str}/geschiedenis"))
    @in_thread
    def history(self, request: Request, service_id: str) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        svc = self._service(request, me, service_id)
        with _ctx(request).sessions() as session:
            rows = session.scalars(select(m.ChangeRecord).where(m.ChangeRecord.resource_id == svc.id)
                                   .order_by(m.ChangeRecord.last_action_date.desc()).limit(HISTORY)).all()
            changes = [self._change(me, r) for r in rows]
        return _page(request, "partner/history.html", me=me, svc=svc, changes=changes)

    # ---- locations ----------------------------------------------------------------------------

    @get(both("/partner/locaties"))
    @in_thread
    def locations(self, request: Request) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        return _page(request, "partner/locations.html", me=me, locations=self._locations(request, me.actor.organization_id, None),
                     notice=request.query_params.get("klaar"))

    def _location(self, request: Request, me: Me, location_id: str) -> s.Location:
        with _ctx(request).sessions() as session:
            loc = _ctx(request).directory(session).get_location(_uuid(location_id, "location"), public=False)
        if not me.actor.may_edit_organization(loc.organization_id):
            raise s.Forbidden("This location belongs to another organisation")
        return loc

    def _location_page(self, request: Request, me: Me, loc: s.Location | None, v: dict, *, status: int = 200,
                       errors: dict | None = None, found: str | None = None) -> Response:
        return _page(request, "partner/location.html", status=status, me=me, loc=loc, v=v, errors=errors or {}, found=found,
                     features=forms.FEATURES, service_id=self._for_service(request))

    @staticmethod
    def _for_service(request: Request) -> str | None:
        value = request.query_params.get("dienst") or ""
        try:
            return str(uuid.UUID(value))
        except ValueError:
            return None

    @get(both("/partner/locatie/nieuw"))
    @in_thread
    def new_location_form(self, request: Request) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        if not me.is_partner:
            raise s.Forbidden("Editors add locations in the editors' workspace")
        return self._location_page(request, me, None, forms.location_form(None))

    @get(both("/partner/locatie/{location_id:str}"))
    @in_thread
    def location_form(self, request: Request, location_id: str) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        loc = self._location(request, me, location_id)
        return self._location_page(request, me, loc, {**forms.location_form(loc), "version": etag(loc)})

    @post(both("/partner/locatie/nieuw"), status_code=303)
    @in_thread
    def create_location(self, request: Request, data: Form) -> Response:
        return self._save_location(request, None, data)

    @post(both("/partner/locatie/{location_id:str}"), status_code=303)
    @in_thread
    def save_location(self, request: Request, location_id: str, data: Form) -> Response:
        return self._save_location(request, location_id, data)

    def _save_location(self, request: Request, location_id: str | None, data: dict[str, str]) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        if location_id is None and not me.is_partner:
            raise s.Forbidden("Editors add locations in the editors' workspace")
        loc = self._location(request, me, location_id) if location_id else None
        service_id = self._for_service(request)
        if service_id:
            self._service(request, me, service_id)  # only the partner's own service gets the location
        ctx = _ctx(request)
        v = forms.read_location_form(data)

        def place(postcode: str) -> str | None:
            found = ctx.gazetteer.resolve(postcode)
            return found.label if found is not None and found.precision != "point" else None

        if data.get("action") == "lookup":
            # Postcode + house number: the gazetteer names the place; the street is typed by the partner.
            postcode = s.normalise_postcode(v["postcode"])
            label = place(postcode) if postcode else None
            if label is None:
                return self._location_page(request, me, loc, v, status=422, errors={"postcode": "p.error.postcode"})
            v["postcode"] = postcode
            v["city"] = v["city"] or ctx.gazetteer.resolve(postcode).place or ""
            return self._location_page(request, me, loc, v, found=label)
        errors = forms.check_location_form(v, place)
        if loc is not None and v["version"] != etag(loc):
            errors["form"] = "p.stale.text"
            v["version"] = etag(loc)
        if errors:
            return self._location_page(request, me, loc, v, status=409 if "form" in errors else 422, errors=errors)
        if not v["city"]:
            v["city"] = ctx.gazetteer.resolve(s.normalise_postcode(v["postcode"])).place or ""
        org_id = loc.organization_id if loc else me.actor.organization_id
        record = forms.build_location(loc, v, org_id)
        try:
            with ctx.sessions() as session:
                d = ctx.directory(session, me.actor, geocode=True)
                saved = d.save_location(record, loc.id if loc else None, create=loc is None)
                unplaced = bool(d.warnings)
                if service_id:
                    self._link(request, me, d, service_id, saved.id)
        except s.InvalidInput as exc:
            return self._location_page(request, me, loc, v, status=422, errors=_directory_errors(exc, v))
        except Pending:
            return _done(request, "/partner", "pending")
        notice = "unplaced" if unplaced else "location"
        if service_id:
            return _done(request, f"/partner/dienst/{service_id}", notice)
        return _done(request, "/partner/locaties", notice)

    @post(both("/partner/locatie/{location_id:str}/stoppen"), status_code=303)
    @in_thread
    def stop_location(self, request: Request, location_id: str, data: Form) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        loc = self._location(request, me, location_id)
        if not data.get("confirm"):
            return self._location_page(request, me, loc, {**forms.location_form(loc), "version": etag(loc)}, status=422,
                                       errors={"confirm": "p.error.confirm"})
        try:
            with _ctx(request).sessions() as session:
                _ctx(request).directory(session, me.actor).deactivate_location(loc.id)
        except Pending:
            return _done(request, "/partner", "pending")
        return _done(request, "/partner/locaties", "location_stopped")

    def _link(self, request: Request, me: Me, d, service_id: str, location_id: str) -> None:
        """Put the service at the new location too (the service must be the partner's own)."""
        import msgspec

        svc = d.get_service(service_id, public=False)
        if not me.actor.may_edit_organization(svc.organization_id):
            raise s.Forbidden("This service belongs to another organisation")
        base = msgspec.to_builtins(svc)
        base.pop("organization", None)
        sals = [{k: v for k, v in sal.items() if k != "location"} for sal in base.get("service_at_locations", [])]
        if location_id not in [x.get("location_id") for x in sals]:
            sals.append({"location_id": location_id})
        base["service_at_locations"] = sals
        d.save_service(s.convert(base, s.Service), svc.id, create=False)

    # ---- organisation --------------------------------------------------------------------------

    def _organization(self, request: Request, me: Me) -> s.Organization:
        if not me.is_partner:
            raise s.Forbidden("This page is for the staff of an organisation")
        with _ctx(request).sessions() as session:
            return _ctx(request).directory(session).get_organization(me.actor.organization_id)

    @get(both("/partner/organisatie"))
    @in_thread
    def organization_form(self, request: Request) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        org = self._organization(request, me)
        return _page(request, "partner/organization.html", me=me, org=org, v={**forms.organization_form(org), "version": etag(org)})

    @post(both("/partner/organisatie"), status_code=303)
    @in_thread
    def save_organization(self, request: Request, data: Form) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        org = self._organization(request, me)
        v = forms.read_organization_form(data)
        errors = forms.check_organization_form(v)
        if v["version"] != etag(org):
            errors["form"] = "p.stale.text"
            v["version"] = etag(org)
        if errors:
            return _page(request, "partner/organization.html", status=409 if "form" in errors else 422, me=me, org=org, v=v,
                         errors=errors)
        try:
            with _ctx(request).sessions() as session:
                _ctx(request).directory(session, me.actor).save_organization(forms.build_organization(org, v), org.id, create=False)
        except s.InvalidInput as exc:
            return _page(request, "partner/organization.html", status=422, me=me, org=org, v=v, errors=_directory_errors(exc, v))
        except Pending:
            return _done(request, "/partner", "pending")
        return _done(request, "/partner", "organization")

    # ---- feedback inbox ------------------------------------------------------------------------

    @get(both("/partner/berichten"))
    @in_thread
    def feedback_inbox(self, request: Request) -> Response:
        """"Klopt er iets niet?" messages about the organisation's services, never with the sender's e-mail."""
        me = _me(request)
        if isinstance(me, Response):
            return me
        if not me.is_partner:
            raise s.Forbidden("This page is for the staff of an organisation")
        raw = request.query_params.get("page", "1")
        page = max(1, min(int(raw), 10_000)) if raw.isdigit() else 1
        with _ctx(request).sessions() as session:
            total, messages = feedback.list_for_organization(session, me.actor.organization_id, page=page, per_page=PAGE)
        return _page(request, "partner/feedback.html", me=me, messages=messages, page=page, more=total > page * PAGE)

    # ---- colleagues -----------------------------------------------------------------------------

    def _colleagues_page(self, request: Request, me: Me, *, status: int = 200, v: dict | None = None,
                         errors: dict | None = None) -> Response:
        if not me.is_partner:
            raise s.Forbidden("This page is for the staff of an organisation")
        with _ctx(request).sessions() as session:
            people = [dict(id=a.id, email=a.email) for a in accounts.colleagues(session, me.actor.organization_id)]
        return _page(request, "partner/colleagues.html", status=status, me=me, people=people, v=v or {"email": ""},
                     errors=errors or {}, notice=request.query_params.get("klaar"))

    @get(both("/partner/collegas"))
    @in_thread
    def colleagues(self, request: Request) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        return self._colleagues_page(request, me)

    @post(both("/partner/collegas"), status_code=303)
    @in_thread
    def invite(self, request: Request, data: Form) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        email = (data.get("email") or "").strip()[:320]
        try:
            with _ctx(request).sessions() as session:
                accounts.invite_colleague(session, request.app.state.settings, me.actor, email, me.lang)
        except s.InvalidInput as exc:
            return self._colleagues_page(request, me, status=422, v={"email": email},
                                         errors={e.key: e.message for e in exc.errors})
        return _done(request, "/partner/collegas", "invited")

    @post(both("/partner/collegas/{account_id:str}/verwijderen"), status_code=303)
    @in_thread
    def remove(self, request: Request, account_id: str, data: Form) -> Response:
        me = _me(request)
        if isinstance(me, Response):
            return me
        _check_csrf(me, data)
        with _ctx(request).sessions() as session:
            accounts.remove_colleague(session, me.actor, _uuid(account_id, "account"))
        return _done(request, "/partner/collegas", "removed")

