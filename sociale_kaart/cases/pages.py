"""The consultant's workspace under /consulent: households, intake per life domain with the
resolver's advice inline, one plan, four-eyes approval, a printable plan, the team view.

Pages only: every rule lives in `Cases` (the same as the API), so a page can never allow what the
API refuses. Works without JavaScript; every form carries the sign-in's CSRF token.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect

from sociale_kaart import vocab
from sociale_kaart.cases import schemas as cs
from sociale_kaart.cases.service import INTENSIVE, ZRM, Cases, case_out, contains_bsn, display_name
from sociale_kaart.directory.schemas import InvalidInput, NotFound, convert
from sociale_kaart.partners.controllers import Me, _check_csrf, _me, in_thread
from sociale_kaart.partners.service import HOME, Actor
from sociale_kaart.partners.signin import Signin
from sociale_kaart.referrals.pages import plan_context, start_context, team_context
from sociale_kaart.resolver.service import LANGUAGES
from sociale_kaart.web.i18n import Translator
from sociale_kaart.web.render import lang_of, localised, render

Form = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
MEMBER_ROWS = 5
LANGUAGE_CHOICES = ("nl", "en", "ar", "tr", "pl", "uk", "ti", "so", "fa", "de")
ROLES = ("resident", "partner", "child", "parent", "carer", "other")
REVIEW_WEEKS = 6  # a sensible default review date for a new plan item


def paths(path: str) -> list[str]:
    return ["/consulent" + path, "/en/consulent" + path]


def one(form: dict, key: str) -> str:
    value = form.get(key, "")
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip()


def many(form: dict, key: str) -> list[str]:
    value = form.get(key, [])
    return [str(v) for v in (value if isinstance(value, list) else [value]) if str(v).strip()]


class Page:
    """The signed-in consultant, the language and the texts of one request."""

    def __init__(self, request: Request):
        self.request = request
        self.lang = lang_of(request.url.path)
        self.t = Translator(self.lang)
        me = _me(request)
        self.me: Me | None = me if isinstance(me, Me) else None
        self.actor: Actor | None = self.me.actor if self.me else None
        self.signin: Signin | None = self.me.signin if self.me else None

    def url(self, path: str) -> str:
        return localised(self.lang, "/consulent" + path)

    def redirect(self, path: str) -> Response:
        return Redirect(self.url(path), status_code=303)

    def guard(self) -> Response | None:
        """Not signed in: to the sign-in; signed in with another role: to that role's start page."""
        if self.actor is None:
            return Redirect(localised(self.lang, "/partner/inloggen"), status_code=303)
        if self.actor.role != "consultant":
            return Redirect(localised(self.lang, HOME.get(self.actor.role, "/partner")), status_code=303)
        return None

    @contextmanager
    def cases(self) -> Iterator[Cases]:
        """The signed-in consultant's cases, in a session of their own."""
        ctx = self.request.app.state.ctx
        with ctx.sessions() as session:
            yield Cases(ctx, session, self.actor)

    def render(self, template: str, status: int = 200, **context) -> Response:
        resp = render(self.request, "consultant/" + template, status=status, me=self.actor,
                      csrf=self.signin.csrf if self.signin else "", curl=self.url, zrm=ZRM, intensive=INTENSIVE,
                      display_name=display_name, **context)
        resp.headers["Cache-Control"] = "no-store"
        return resp

    def errors(self, exc: InvalidInput, form: dict | None = None) -> dict[str, str]:
        """The service's field errors as B1 Dutch (or English) texts beside each field."""
        out = {}
        for e in exc.errors:
            key = e.key.split(".")[0].split("[")[0]
            text_key = f"c.error.{key}"
            if key == "code" and form is not None and contains_bsn(one(form, "code")):
                text_key = "c.error.bsn"
            out[key] = self.t(text_key) if self.t.has(text_key) else self.t("c.error.field")
        return out


def household_in(form: dict) -> tuple[cs.CaseIn | None, dict[str, str]]:
    """The household form as the API's CaseIn; errors per field for what does not fit."""
    errors: dict[str, str] = {}
    members = []
    for i in range(MEMBER_ROWS):
        role, age = one(form, f"role_{i}"), one(form, f"age_{i}")
        if not role and not age:
            continue
        if age and (not age.isdigit() or int(age) > 130):
            errors[f"age_{i}"] = "c.error.age"
            continue
        members.append({"role": role if role in ROLES else "other", "age": int(age) if age else None})
    distance = one(form, "max_distance_km") or "5"
    try:
        km = float(distance.replace(",", "."))
        if not 0 < km <= 300:
            raise ValueError
    except ValueError:
        errors["max_distance_km"] = "c.error.max_distance_km"
        km = 5.0
    # Too long a postcode is simply unknown: the service says so beside the field, with the code's check.
    body = {"code": one(form, "code")[:40], "postcode": one(form, "postcode")[:7] or None, "members": members,
            "network_available": one(form, "network_available") == "yes",
            "budget": one(form, "budget") if one(form, "budget") in ("free", "low", "any") else "any",
            "languages": [x for x in many(form, "languages") if x in LANGUAGE_CHOICES] or ["nl"],
            "days": [d for d in many(form, "days") if d in vocab.DAYS], "max_distance_km": km,
            "wheelchair": one(form, "wheelchair") == "yes"}
    if not body["code"]:
        errors["code"] = "c.error.code"
    if errors:
        return None, errors
    return convert(body, cs.CaseIn), {}


def household_values(form: dict | None, case: cs.CaseOut | None = None) -> dict:
    """What the household form shows: typed values after an error, else the stored case."""
    if form is not None:
        return {"code": one(form, "code"), "postcode": one(form, "postcode"),
                "members": [(one(form, f"role_{i}"), one(form, f"age_{i}")) for i in range(MEMBER_ROWS)],
                "network_available": one(form, "network_available") == "yes", "budget": one(form, "budget") or "any",
                "languages": many(form, "languages"), "days": many(form, "days"),
                "max_distance_km": one(form, "max_distance_km"), "wheelchair": one(form, "wheelchair") == "yes"}
    if case is None:
        return {"code": "", "postcode": "", "members": [("resident", "")] + [("", "")] * (MEMBER_ROWS - 1),
                "network_available": False, "budget": "any", "languages": ["nl"], "days": [], "max_distance_km": "5",
                "wheelchair": False}
    members = [(x.role, str(x.age) if x.age is not None else "") for x in case.members]
    return {"code": case.code, "postcode": case.postcode or "", "members": (members + [("", "")] * MEMBER_ROWS)[:MEMBER_ROWS],
            "network_available": case.network_available, "budget": case.budget, "languages": case.languages,
            "days": case.days, "max_distance_km": f"{case.max_distance_km:g}", "wheelchair": case.wheelchair}


def parse_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise InvalidInput([]) from None


class ConsultantPages(Controller):
    include_in_schema = False

    # -- start --

    @get(paths(""))
    @in_thread
    def start(self, request: Request) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        with page.cases() as cases:
            open_cases = cases.list()
            return page.render("start.html", cases=[case_out(c, full=False) for c in open_cases],
                               plan_counts={c.id: len(c.plan) for c in open_cases},
                               waiting=cases.waiting_for_me(), reviews=cases.reviews_due(), today=date.today(),
                               notice=request.query_params.get("klaar"), **start_context(cases.ctx, cases.session, page.actor))

    # -- the household --

    @get(paths("/nieuw"))
    @in_thread
    def new_form(self, request: Request) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        return page.render("household.html", case=None, form=household_values(None), errors={}, roles=ROLES,
                           language_choices=LANGUAGE_CHOICES, language_names=LANGUAGES)

    @post(paths("/nieuw"), status_code=303)
    @in_thread
    def create(self, request: Request, data: Form) -> Response:
        return self._save_household(request, None, data)

    @get(paths("/huishouden/{case_id:str}/gegevens"))
    @in_thread
    def edit_form(self, request: Request, case_id: str) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        with page.cases() as cases:
            case = case_out(cases.get(case_id))
            cases.commit()
        return page.render("household.html", case=case, form=household_values(None, case), errors={}, roles=ROLES,
                           language_choices=LANGUAGE_CHOICES, language_names=LANGUAGES)

    @post(paths("/huishouden/{case_id:str}/gegevens"), status_code=303)
    @in_thread
    def update(self, request: Request, case_id: str, data: Form) -> Response:
        return self._save_household(request, case_id, data)

    def _save_household(self, request: Request, case_id: str | None, data: dict) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        _check_csrf(page.me, {"csrf": one(data, "csrf")})
        body, errors = household_in(data)
        errors = {k: page.t(v) for k, v in errors.items()}
        case = None
        with page.cases() as cases:
            if case_id:
                case = case_out(cases.get(case_id, action=None), full=False)
            if body is not None:
                try:
                    saved = cases.update(case_id, body) if case_id else cases.create(body)
                    return page.redirect(f"/huishouden/{saved.id}?klaar=opgeslagen")
                except InvalidInput as exc:
                    errors = page.errors(exc, data)
        return page.render("household.html", status=422, case=case, form=household_values(data), errors=errors,
                           roles=ROLES, language_choices=LANGUAGE_CHOICES, language_names=LANGUAGES)

    @get(paths("/huishouden/{case_id:str}"))
    @in_thread
    def case(self, request: Request, case_id: str) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        with page.cases() as cases:
            case = case_out(cases.get(case_id))
            cases.commit()
            referrals = plan_context(cases.ctx, cases.session, page.actor, case_id)
        return page.render("case.html", case=case, domains={d.life_domain: d for d in case.domains},
                           notice=request.query_params.get("klaar"), errors={}, **referrals)

    # -- intake and advice per life domain --

    @get(paths("/huishouden/{case_id:str}/leefgebied/{life_domain:str}"))
    @in_thread
    def domain(self, request: Request, case_id: str, life_domain: str) -> Response:
        return self._domain_page(request, case_id, life_domain)

    @post(paths("/huishouden/{case_id:str}/leefgebied/{life_domain:str}"), status_code=303)
    @in_thread
    def save_domain(self, request: Request, case_id: str, life_domain: str, data: Form) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        _check_csrf(page.me, {"csrf": one(data, "csrf")})
        if life_domain not in vocab.LIFE_DOMAINS:
            raise NotFound("life domain", life_domain)
        zrm = one(data, "zrm")
        body = cs.DomainIn(zrm=int(zrm) if zrm.isdigit() else (None if not zrm else zrm), question=one(data, "question")[:4000],
                           own_strength=one(data, "own_strength")[:4000], network=one(data, "network")[:4000])
        try:
            with page.cases() as cases:
                cases.set_domain(case_id, life_domain, body)
        except InvalidInput as exc:
            return self._domain_page(request, case_id, life_domain, form=data, errors=page.errors(exc))
        return page.redirect(f"/huishouden/{case_id}/leefgebied/{life_domain}?klaar=opgeslagen#advies")

    def _domain_page(self, request: Request, case_id: str, life_domain: str, form: dict | None = None,
                     errors: dict | None = None, plan_errors: dict | None = None, chosen: str | None = None) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        if life_domain not in vocab.LIFE_DOMAINS:
            raise NotFound("life domain", life_domain)
        with page.cases() as cases:
            case = case_out(cases.get(case_id, detail=life_domain))
            cases.commit()
            stored = next((d for d in case.domains if d.life_domain == life_domain), None)
            all_tiers = request.query_params.get("alle") == "1"
            advice = (cases.advice(case_id, life_domain, all_tiers=all_tiers)
                      if stored and (stored.zrm or stored.question) else None)
        values = {"zrm": one(form, "zrm"), "question": one(form, "question"), "own_strength": one(form, "own_strength"),
                  "network": one(form, "network")} if form is not None else {
            "zrm": str(stored.zrm or "") if stored else "", "question": stored.question if stored else "",
            "own_strength": stored.own_strength if stored else "", "network": stored.network if stored else ""}
        planned = {i.service_id for i in case.plan if i.life_domain == life_domain}
        today = date.today()
        return page.render("domain.html", status=422 if errors or plan_errors else 200, case=case, domain=life_domain,
                           form=values, errors=errors or {}, plan_errors=plan_errors or {}, chosen=chosen,
                           advice=advice, planned=planned, all_tiers=all_tiers, notice=request.query_params.get("klaar"),
                           start=today.isoformat(), review=(today + timedelta(weeks=REVIEW_WEEKS)).isoformat(),
                           plan_form=form if plan_errors else {})

    @get(paths("/huishouden/{case_id:str}/vergelijk"))
    @in_thread
    def compare(self, request: Request, case_id: str) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        life_domain = request.query_params.get("leefgebied", "")
        ids = request.query_params.getall("dienst", [])[:3]
        all_tiers = request.query_params.get("alle") == "1"
        if life_domain not in vocab.LIFE_DOMAINS:
            raise NotFound("life domain", life_domain)
        with page.cases() as cases:
            case = case_out(cases.get(case_id, action=None), full=False)
            advice = cases.advice(case_id, life_domain, all_tiers=all_tiers)
        every = [*advice.crisis, *(s for t in advice.tiers for s in t.suggestions)]
        chosen = [s for s in every if s.id in ids]
        return page.render("compare.html", case=case, domain=life_domain, options=chosen, too_few=len(chosen) < 2)

    # -- the plan --

    @post(paths("/huishouden/{case_id:str}/plan"), status_code=303)
    @in_thread
    def add_item(self, request: Request, case_id: str, data: Form) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        _check_csrf(page.me, {"csrf": one(data, "csrf")})
        life_domain = one(data, "life_domain")
        try:
            body = cs.PlanIn(service_id=one(data, "service_id")[:100], life_domain=life_domain,
                             motivation=one(data, "motivation")[:4000], who=one(data, "who")[:4000],
                             start_date=parse_date(one(data, "start_date")), review_date=parse_date(one(data, "review_date")))
            with page.cases() as cases:
                cases.add_item(case_id, body)
        except InvalidInput as exc:
            if life_domain not in vocab.LIFE_DOMAINS:
                raise
            errors = page.errors(exc) if exc.errors else {"start_date": page.t("c.error.date")}
            return self._domain_page(request, case_id, life_domain, form=data, plan_errors=errors,
                                     chosen=one(data, "service_id"))
        return page.redirect(f"/huishouden/{case_id}?klaar=plan#plan")

    @post(paths("/huishouden/{case_id:str}/plan/{item_id:str}/besluit"), status_code=303)
    @in_thread
    def decide(self, request: Request, case_id: str, item_id: str, data: Form) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        _check_csrf(page.me, {"csrf": one(data, "csrf")})
        try:
            with page.cases() as cases:
                cases.decide(case_id, item_id, one(data, "decision") == "approve", one(data, "note")[:4000])
        except InvalidInput as exc:
            with page.cases() as cases:
                case = case_out(cases.get(case_id, action=None))
            return page.render("case.html", status=422 if exc.detail != "Conflict" else 409, case=case,
                               domains={d.life_domain: d for d in case.domains}, notice=None,
                               errors={item_id: page.t("c.error.note") if exc.detail != "Conflict" else page.t("c.error.decided")})
        return page.redirect(f"/huishouden/{case_id}?klaar=besluit#plan")

    # -- print, log, close, export, erase --

    @get(paths("/huishouden/{case_id:str}/afdrukken"))
    @in_thread
    def print_plan(self, request: Request, case_id: str) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        ctx = request.app.state.ctx
        with page.cases() as cases:
            case = case_out(cases.get(case_id, action="print"))
            cases.commit()
        from sociale_kaart.resolver.service import contact_details

        items = [i for i in case.plan if i.status in ("agreed", "approved")]
        return page.render("print.html", case=case, items=items, contacts=contact_details(ctx, [i.service_id for i in items]),
                           today=date.today().isoformat())

    @get(paths("/huishouden/{case_id:str}/logboek"))
    @in_thread
    def log(self, request: Request, case_id: str) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        with page.cases() as cases:
            case = case_out(cases.get(case_id, action=None), full=False)
            entries = cases.log_entries(case_id)
        return page.render("log.html", case=case, entries=list(reversed(entries)))

    @get(paths("/huishouden/{case_id:str}/export"))
    @in_thread
    def export(self, request: Request, case_id: str) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        with page.cases() as cases:
            data = cases.export(case_id)
        name = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in data.case.code)
        return Response(msgspec.json.encode(data), media_type="application/json",
                        headers={"Content-Disposition": f'attachment; filename="huishouden-{name}.json"',
                                 "Cache-Control": "no-store"})

    @post(paths("/huishouden/{case_id:str}/afsluiten"), status_code=303)
    @in_thread
    def close(self, request: Request, case_id: str, data: Form) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        _check_csrf(page.me, {"csrf": one(data, "csrf")})
        with page.cases() as cases:
            cases.close(case_id)
        return page.redirect(f"/huishouden/{case_id}?klaar=gesloten")

    @post(paths("/huishouden/{case_id:str}/wissen"), status_code=303)
    @in_thread
    def erase(self, request: Request, case_id: str, data: Form) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        _check_csrf(page.me, {"csrf": one(data, "csrf")})
        with page.cases() as cases:
            if one(data, "confirm") != "yes":
                case = case_out(cases.get(case_id, action=None))
                return page.render("case.html", status=422, case=case, domains={d.life_domain: d for d in case.domains},
                                   notice=None, errors={"confirm": page.t("c.error.confirm")})
            cases.erase(case_id)
        return page.redirect("?klaar=gewist")

    # -- the team --

    @get(paths("/team"))
    @in_thread
    def team(self, request: Request) -> Response:
        page = Page(request)
        if (away := page.guard()) is not None:
            return away
        today = date.today()
        errors = {}
        try:
            start = date.fromisoformat(request.query_params.get("van") or (today - timedelta(days=90)).isoformat())
            end = date.fromisoformat(request.query_params.get("tot") or today.isoformat())
        except ValueError:
            errors["period"] = page.t("c.error.date")
            start, end = today - timedelta(days=90), today
        with page.cases() as cases:
            view = cases.team_view(start, end)
            return page.render("team.html", view=view, start=start.isoformat(), end=end.isoformat(), errors=errors,
                               statuses=("agreed", "awaiting_approval", "approved", "rejected"),
                               **team_context(cases.session, page.actor, start, end))
