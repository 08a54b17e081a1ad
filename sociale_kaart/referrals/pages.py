"""The partner's referral inbox under /partner/verwijzingen: newest first, answer with one click,
decline with a reason, report progress. Works without JavaScript; every form carries the CSRF token.

Pages only: every rule lives in `Referrals` (the same as the API), so a page can never allow what the
API refuses, and the organisation sees exactly what the API shows it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect
from sqlalchemy import select

from sociale_kaart.cases.models import PlanItem
from sociale_kaart.cases.service import Cases, case_out
from sociale_kaart.directory import models as m
from sociale_kaart.directory.schemas import Forbidden, InvalidInput, NotFound
from sociale_kaart.partners.controllers import Me, _check_csrf, _me, in_thread
from sociale_kaart.partners.service import HOME
from sociale_kaart.referrals import schemas as rs
from sociale_kaart.referrals.service import MoveNotAllowed, Referrals, partner_figures, unanswered, waiting_count
from sociale_kaart.web.render import lang_of, localised, render

Form = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
PAGE = 25
FILTERS = ("open", "closed", "all")
CONTACTS = ("phone", "email", "visit")


def paths(path: str) -> list[str]:
    return ["/partner/verwijzingen" + path, "/en/partner/verwijzingen" + path]


def _field(form: dict, key: str, limit: int = 2000) -> str:
    value = form.get(key, "")
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip()[:limit]


class Inbox:
    """The signed-in partner of one request, or where to send anyone else."""

    def __init__(self, request: Request):
        self.request = request
        self.lang = lang_of(request.url.path)
        me = _me(request)
        self.me, self.to_login = (me, None) if isinstance(me, Me) else (None, me)
        self.actor = self.me.actor if self.me else None

    def away(self) -> Response | None:
        if self.me is None:
            return self.to_login
        if self.actor.role != "partner" or not self.actor.organization_id:
            return Redirect(localised(self.lang, HOME.get(self.actor.role, "/partner")), status_code=303)
        return None

    def url(self, path: str = "") -> str:
        return localised(self.lang, "/partner/verwijzingen" + path)

    def render(self, template: str, status: int = 200, **context) -> Response:
        resp = render(self.request, "referrals/" + template, status=status, me=self.me, csrf=self.me.signin.csrf, rurl=self.url,
                      **context)
        resp.headers["Cache-Control"] = "no-store"
        return resp


class ReferralPages(Controller):
    include_in_schema = False

    @get(paths(""))
    @in_thread
    def inbox(self, request: Request) -> Response:
        page = Inbox(request)
        if (away := page.away()) is not None:
            return away
        which = request.query_params.get("toon", "open")
        which = which if which in FILTERS else "open"
        number = request.query_params.get("pagina", "1")
        number = max(1, min(int(number), 10_000)) if number.isdigit() else 1
        ctx = request.app.state.ctx
        with ctx.sessions() as session:
            svc = Referrals(ctx, session, page.actor)
            total, rows = svc.list(status=None if which == "all" else which, page=number, per_page=PAGE)
            org = session.get(m.Organization, page.actor.organization_id)
            return page.render("inbox.html", referrals=[svc.out(r) for r in rows], which=which, filters=FILTERS,
                               waiting=waiting_count(session, page.actor.organization_id), org=org.name if org else None,
                               number=number, more=total > number * PAGE)

    @get(paths("/{referral_id:str}"))
    @in_thread
    def detail(self, request: Request, referral_id: str) -> Response:
        page = Inbox(request)
        if (away := page.away()) is not None:
            return away
        return self._detail(request, page, referral_id)

    @post(paths("/{referral_id:str}"), status_code=303)
    @in_thread
    def answer(self, request: Request, referral_id: str, data: Form) -> Response:
        page = Inbox(request)
        if (away := page.away()) is not None:
            return away
        _check_csrf(page.me, {"csrf": _field(data, "csrf")})
        ctx = request.app.state.ctx
        reason = _field(data, "reason")
        try:
            with ctx.sessions() as session:
                Referrals(ctx, session, page.actor).move(referral_id, _field(data, "status", 20), reason)
        except MoveNotAllowed:
            return self._detail(request, page, referral_id, error="r.error.move", status=409, reason=reason)
        except InvalidInput as exc:
            key = "r.error.reason" if exc.errors and exc.errors[0].key == "reason" else "r.error.move"
            return self._detail(request, page, referral_id, error=key, status=422, reason=reason)
        except Forbidden:
            return self._detail(request, page, referral_id, error="r.error.move", status=403, reason=reason)
        return Redirect(page.url(f"/{referral_id}?klaar=status"), status_code=303)

    @staticmethod
    def _detail(request: Request, page: Inbox, referral_id: str, *, error: str | None = None, status: int = 200,
                reason: str = "") -> Response:
        ctx = request.app.state.ctx
        with ctx.sessions() as session:
            svc = Referrals(ctx, session, page.actor)
            referral = svc.out(svc.get(referral_id, read=error is None))
        return page.render("referral.html", status=status, r=referral, error=error, reason=reason,
                           notice=request.query_params.get("klaar") if error is None else None)


# ----------------------------------------------------------------------------------------------
# the consultant's side: the referral on the plan (pages under /consulent, the lead's layout)


def plan_context(ctx, session, actor, case_id: str) -> dict:
    """What case.html needs to show each plan item's referral: the latest referral per item (with its
    history) and, after a decline, the resolver's next options for that item's life domain."""
    svc = Referrals(ctx, session, actor)
    latest = {r.plan_item_id: svc.out(r) for r in svc.for_case(case_id)}
    planned = set(session.scalars(select(PlanItem.service_id).where(PlanItem.case_id == case_id)))
    next_options = {}
    for item_id, r in latest.items():
        if r.status == "rejected":
            advice = svc.alternatives(case_id, item_id, limit_per_tier=3, action=None)
            next_options[item_id] = [s for t in advice.tiers for s in t.suggestions if s.id not in planned][:3]
    return {"referrals": latest, "next_options": next_options}


def start_context(ctx, session, actor) -> dict:
    """For the consultant's start page: the team's referrals unanswered for the reminder's working days."""
    days = ctx.settings.referral_reminder_days
    svc = Referrals(ctx, session, actor)
    return {"unanswered": [svc.out(r) for r in unanswered(session, days, date.today(), team=actor.team)],
            "reminder_days": days}


def team_context(session, actor, start: date, end: date) -> dict:
    return {"partner_figures": partner_figures(session, actor.team, start, end)}


class ConsultantReferralPages(Controller):
    include_in_schema = False

    @post(["/consulent/huishouden/{case_id:str}/plan/{item_id:str}/verwijzen",
           "/en/consulent/huishouden/{case_id:str}/plan/{item_id:str}/verwijzen"], status_code=303)
    @in_thread
    def send(self, request: Request, case_id: str, item_id: str, data: Form) -> Response:
        from sociale_kaart.cases.pages import Page  # cases.pages imports this module for the plan's context

        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        _check_csrf(_me(request), {"csrf": _field(data, "csrf")})
        ctx = request.app.state.ctx
        contact = _field(data, "contact", 10)
        body = rs.ReferralIn(consent=_field(data, "consent") == "yes", contact=contact if contact in CONTACTS else "phone",
                             first_name=_field(data, "first_name", 60), message=_field(data, "message"))
        errors = {}
        if contact not in CONTACTS:
            errors[f"r-{item_id}-contact"] = page.t("r.error.contact")
        if not errors:
            try:
                with ctx.sessions() as session:
                    Referrals(ctx, session, page.actor).send(case_id, item_id, body)
            except InvalidInput as exc:
                for e in exc.errors:
                    field = "consent" if e.key == "consent" else "contact"
                    text = f"r.error.{e.key}" if page.t.has(f"r.error.{e.key}") else "c.error.status"
                    errors[f"r-{item_id}-{field}"] = page.t(text)
        if errors:
            typed = {item_id: {"contact": contact, "first_name": body.first_name, "message": body.message}}
            return self._case(request, page, case_id, errors, status=422 if any(k.endswith("consent") for k in errors) else 409,
                              typed=typed)
        return page.redirect(f"/huishouden/{case_id}?klaar=verwezen#verwijzing-{item_id}")

    @post(["/consulent/huishouden/{case_id:str}/verwijzing/{referral_id:str}/intrekken",
           "/en/consulent/huishouden/{case_id:str}/verwijzing/{referral_id:str}/intrekken"], status_code=303)
    @in_thread
    def cancel(self, request: Request, case_id: str, referral_id: str, data: Form) -> Response:
        from sociale_kaart.cases.pages import Page

        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        _check_csrf(_me(request), {"csrf": _field(data, "csrf")})
        ctx = request.app.state.ctx
        try:
            with ctx.sessions() as session:
                svc = Referrals(ctx, session, page.actor)
                if svc.get(referral_id).case_id != case_id:
                    raise NotFound("referral", referral_id)
                svc.move(referral_id, "cancelled", _field(data, "reason"))
        except InvalidInput:
            return self._case(request, page, case_id, {"plan": page.t("r.error.move")}, status=409)
        return page.redirect(f"/huishouden/{case_id}?klaar=ingetrokken#plan")

    @staticmethod
    def _case(request: Request, page, case_id: str, errors: dict, status: int, typed: dict | None = None) -> Response:
        ctx = request.app.state.ctx
        with ctx.sessions() as session:
            case = case_out(Cases(ctx, session, page.actor).get(case_id, action=None))
            extra = plan_context(ctx, session, page.actor, case_id)
        return page.render("case.html", status=status, case=case, domains={d.life_domain: d for d in case.domains},
                           notice=None, errors=errors, referral_form=typed or {}, **extra)
