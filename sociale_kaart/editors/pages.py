"""The editors' workspace under /redactie (and /en/redactie): start page with counts, feedback
inbox, moderation, stale listings, duplicates, import reports with an address fix flow, the
listing search, accounts and keys, and searches without results.

Pages only: every rule lives in the services the API uses too (directory service, moderation,
feedback, partners' accounts), so a page can never allow what the API refuses. Works without
JavaScript; every form carries the sign-in's CSRF token; only editors and admins get in.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated, Any

import msgspec
from litestar import Controller, Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Redirect

from sociale_kaart import vocab
from sociale_kaart.directory import schemas as s
from sociale_kaart.editors import duplicates as dup
from sociale_kaart.editors import moderation as mod
from sociale_kaart.editors import service as svc
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners.controllers import _check_csrf, _signed_in, in_thread
from sociale_kaart.partners.service import HOME, Actor
from sociale_kaart.partners.signin import Signin
from sociale_kaart.web.i18n import Translator
from sociale_kaart.web.render import lang_of, localised, query_string, render

Form = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]
PER_PAGE = 25


def paths(path: str) -> list[str]:
    return ["/redactie" + path, "/en/redactie" + path]


def one(form: dict, key: str, limit: int = 4000) -> str:
    value = form.get(key, "")
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value).strip()[:limit]


def many(form: dict, key: str) -> list[str]:
    value = form.get(key, [])
    return [str(v) for v in (value if isinstance(value, list) else [value]) if str(v).strip()]


def page_number(request: Request) -> int:
    value = request.query_params.get("pagina", "1")
    return max(1, min(int(value), 10_000)) if value.isdigit() else 1


class Page:
    """The signed-in editor, the language and the texts of one request."""

    def __init__(self, request: Request):
        self.request = request
        self.lang = lang_of(request.url.path)
        self.t = Translator(self.lang)
        found = _signed_in(request)
        self.actor: Actor | None = found[0] if found else None
        self.signin: Signin | None = found[1] if found else None
        self.ctx = request.app.state.ctx

    def url(self, path: str) -> str:
        return localised(self.lang, "/redactie" + path)

    def redirect(self, path: str) -> Response:
        return Redirect(self.url(path), status_code=303)

    def guard(self) -> Response | None:
        """Not signed in: to the sign-in; another role: to that role's own start page."""
        if self.actor is None:
            return Redirect(localised(self.lang, "/partner/inloggen"), status_code=303)
        if self.actor.role not in mod.EDITOR_ROLES:
            return Redirect(localised(self.lang, HOME.get(self.actor.role, "/partner")), status_code=303)
        return None

    def check(self, form: dict) -> None:
        _check_csrf(self.signin, {"csrf": one(form, "csrf")})

    def render(self, template: str, status: int = 200, **context) -> Response:
        context.setdefault("errors", {})
        context.setdefault("notice", self.request.query_params.get("klaar"))
        resp = render(self.request, "editors/" + template, status=status, me=self.actor,
                      csrf=self.signin.csrf if self.signin else "", rurl=self.url, qs=query_string, show=_show, tiers=vocab.TIERS,
                      **context)
        resp.headers["Cache-Control"] = "no-store"
        return resp


def pager(total: int, page: int, per_page: int = PER_PAGE) -> dict:
    return {"total": total, "page": page, "pages": max(1, math.ceil(total / per_page))}


class EditorPages(Controller):
    include_in_schema = False

    # -- start --

    @get(paths(""))
    @in_thread
    def start(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        with p.ctx.sessions() as session:
            counts = svc.summary(session, p.ctx.settings.stale_months, dup.count_open(session))
            runs = svc.import_runs(session, page=1, per_page=3)[1]
        return p.render("start.html", counts=counts, runs=runs)

    # -- feedback inbox --

    @get(paths("/meldingen"))
    @in_thread
    def inbox(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        status = request.query_params.get("status", "open")
        handled = {"open": False, "afgehandeld": True}.get(status)
        page = page_number(request)
        with p.ctx.sessions() as session:
            total, items = feedback.list_feedback(session, page=page, per_page=PER_PAGE, handled=handled)
        return p.render("feedback.html", items=items, tab=status, pager=pager(total, page))

    @post(paths("/meldingen/{feedback_id:str}"), status_code=303)
    @in_thread
    def handle(self, request: Request, feedback_id: str, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        action = one(data, "action")
        change = feedback.FeedbackPatch(note=one(data, "note", 4000),
                                        handled={"handled": True, "reopen": False}.get(action))
        with p.ctx.sessions() as session:
            feedback.update(session, _uuid(feedback_id, "feedback"), change, p.actor.name)
        back = one(data, "status", 20) or "open"
        return p.redirect(f"/meldingen?status={back}&klaar={'afgehandeld' if action == 'handled' else 'opgeslagen'}")

    # -- moderation --

    @get(paths("/wijzigingen"))
    @in_thread
    def changes(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        status = request.query_params.get("status", "pending")
        status = status if status in mod.STATUSES else "pending"
        page = page_number(request)
        with p.ctx.sessions() as session:
            total, items = mod.list_changes(session, p.actor, page=page, per_page=PER_PAGE, status=status)
            moderated = sorted(((oid, name) for oid, name in svc.organization_choices(session)
                                if oid in mod.moderated_ids(session)), key=lambda x: x[1].lower())
            organizations = svc.organization_choices(session)
            requests = _access_requests(session)
        return p.render("changes.html", items=items, tab=status, pager=pager(total, page), moderated=moderated,
                        organizations=organizations, requests=requests)

    @post(paths("/wijzigingen/{change_id:str}"), status_code=303)
    @in_thread
    def decide(self, request: Request, change_id: str, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        change_id = _uuid(change_id, "change")
        try:
            with p.ctx.sessions() as session:
                if one(data, "decision") == "approve":
                    mod.approve(lambda sess, author: p.ctx.directory(sess, author, geocode=True), session, p.actor, change_id)
                    notice = "goedgekeurd"
                else:
                    mod.reject(session, p.actor, change_id, one(data, "message"), p.ctx.settings)
                    notice = "afgewezen"
        except s.InvalidInput as exc:
            if exc.detail != "Conflict":
                raise
            return p.redirect(f"/wijzigingen?klaar=veranderd#change-{change_id}")
        return p.redirect(f"/wijzigingen?klaar={notice}")

    @post(paths("/moderatie"), status_code=303)
    @in_thread
    def moderation(self, request: Request, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        with p.ctx.sessions() as session:
            mod.set_moderation(session, p.actor, _uuid(one(data, "organization_id", 100), "organization"), one(data, "moderated") == "yes")
        return p.redirect("/wijzigingen?klaar=moderatie")

    @post(paths("/aanvragen/{request_id:str}"), status_code=303)
    @in_thread
    def access_request(self, request: Request, request_id: str, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        from sociale_kaart.partners import accounts

        note = one(data, "note")
        with p.ctx.sessions() as session:
            if one(data, "decision") == "approve":
                accounts.approve_access_request(session, p.ctx.settings, _uuid(request_id, "access request"), p.actor, note or None)
                notice = "aanvraag-goedgekeurd"
            else:
                try:
                    accounts.reject_access_request(session, p.ctx.settings, _uuid(request_id, "access request"), p.actor, note)
                except s.InvalidInput:
                    return p.redirect("/wijzigingen?klaar=reden-nodig#aanvragen")
                notice = "aanvraag-afgewezen"
        return p.redirect(f"/wijzigingen?klaar={notice}#aanvragen")

    @get(paths("/logboek"))
    @in_thread
    def log(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        org = _maybe_uuid(request.query_params.get("organisatie", ""))
        field = request.query_params.get("veld", "")[:100]
        page = page_number(request)
        with p.ctx.sessions() as session:
            total, items = mod.recent_changes(session, page=page, per_page=50, organization_id=org or None, field=field or None)
            organizations = svc.organization_choices(session)
        return p.render("log.html", items=items, pager=pager(total, page, 50), organizations=organizations,
                        chosen={"organisatie": org, "veld": field}, fields=LOG_FIELDS)

    # -- listings: the search, stale listings --

    @get(paths("/aanbod"))
    @in_thread
    def listings(self, request: Request) -> Response:
        return self._listings(request, "listings.html", stale=False)

    @get(paths("/verouderd"))
    @in_thread
    def stale(self, request: Request) -> Response:
        return self._listings(request, "stale.html", stale=True)

    def _listings(self, request: Request, template: str, *, stale: bool) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        q = request.query_params
        f = svc.ListingFilter(
            q=q.get("q", "")[:200], organization_id=_maybe_uuid(q.get("organisatie", "")),
            status=q.get("status", "") if q.get("status", "") in ("active", "inactive", "temporarily closed") else "",
            tier=q.get("tier", "") if q.get("tier", "") in vocab.TIERS else "",
            life_domain=q.get("leefgebied", "") if q.get("leefgebied", "") in vocab.LIFE_DOMAINS else "",
            never_checked=q.get("nooit") == "1", has_feedback=q.get("meldingen") == "1", stale=stale)
        page = page_number(request)
        with p.ctx.sessions() as session:
            total, items = svc.listings(session, f, page=page, per_page=PER_PAGE, stale_months=p.ctx.settings.stale_months)
            organizations = svc.organization_choices(session)
            reminded = {}
            if stale:
                from sociale_kaart.editors.reminders import last_reminded

                reminded = last_reminded(session, sorted({x.organization_id for x in items}))
        params = {"q": f.q, "organisatie": f.organization_id, "status": f.status, "tier": f.tier, "leefgebied": f.life_domain,
                  "nooit": "1" if f.never_checked else "", "meldingen": "1" if f.has_feedback else ""}
        stale_orgs = list(dict.fromkeys((x.organization_id, x.organization_name) for x in items))
        return p.render(template, items=items, pager=pager(total, page), organizations=organizations, f=f, params=params,
                        stale_months=p.ctx.settings.stale_months, reminded=reminded, stale_orgs=stale_orgs)

    @post(paths("/verouderd/herinneren"), status_code=303)
    @in_thread
    def remind(self, request: Request, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        from sociale_kaart.editors.reminders import EDITOR_EVERY_DAYS, stale_listings

        chosen = [x for x in (_maybe_uuid(v) for v in many(data, "organization_id")) if x]
        if not chosen and one(data, "all") != "yes":
            return p.redirect("/verouderd?klaar=niets-gekozen")
        result = stale_listings(p.ctx, organization_ids=chosen or None, every_days=EDITOR_EVERY_DAYS)
        return p.redirect(f"/verouderd?klaar=herinnerd&verstuurd={result.sent}&overgeslagen={result.skipped}")

    # -- duplicates --

    @get(paths("/dubbel"))
    @in_thread
    def duplicates(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        with p.ctx.sessions() as session:
            found = dup.open_candidates(session, limit=200)
        return p.render("duplicates.html", items=found, reason=lambda text: reason_text(text, p.lang))

    @get(paths("/dubbel/vergelijk"))
    @in_thread
    def compare(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        a, b = _uuid(request.query_params.get("a", ""), "record"), _uuid(request.query_params.get("b", ""), "record")
        with p.ctx.sessions() as session:
            kind, rows = dup.side_by_side(p.ctx.directory(session), a, b)
        return p.render("compare.html", kind=kind, a=a, b=b, rows=rows)

    @post(paths("/dubbel/samenvoegen"), status_code=303)
    @in_thread
    def merge(self, request: Request, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        keep, other = _uuid(one(data, "keep", 100), "record"), _uuid(one(data, "other", 100), "record")
        choices = {k[6:]: one(data, k, 10) for k in data if k.startswith("field_")}
        with p.ctx.sessions() as session:
            dup.merge_records(p.ctx.directory(session, p.actor), keep, other, choices)
        return p.redirect("/dubbel?klaar=samengevoegd")

    @post(paths("/dubbel/geen-dubbel"), status_code=303)
    @in_thread
    def not_duplicate(self, request: Request, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        with p.ctx.sessions() as session:
            dup.mark_not_duplicate(session, p.actor, _uuid(one(data, "a", 100), "record"), _uuid(one(data, "b", 100), "record"))
        return p.redirect("/dubbel?klaar=geen-dubbel")

    # -- imports and addresses --

    @get(paths("/imports"))
    @in_thread
    def imports(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        page = page_number(request)
        with p.ctx.sessions() as session:
            total, runs = svc.import_runs(session, page=page, per_page=PER_PAGE)
        return p.render("imports.html", runs=runs, pager=pager(total, page))

    @get(paths("/imports/{run_id:str}"))
    @in_thread
    def import_run(self, request: Request, run_id: str) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        with p.ctx.sessions() as session:
            run = svc.import_run(session, _uuid(run_id, "import run"))
        return p.render("import.html", run=run)

    @get(paths("/adressen"))
    @in_thread
    def addresses(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        with p.ctx.sessions() as session:
            total, items = svc.unplaced_locations(session)
        return p.render("addresses.html", items=items, total=total, form={}, failed=request.query_params.get("mislukt"))

    @post(paths("/adressen/{location_id:str}"), status_code=303)
    @in_thread
    def fix_address(self, request: Request, location_id: str, data: Form) -> Response:
        """Correct an address that could not be placed; the geocoder tries it again on save."""
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        location_id = _uuid(location_id, "location")
        street, postcode, city = one(data, "address_1", 300), one(data, "postal_code", 20), one(data, "city", 300)
        if not (street and postcode and city):
            return p.redirect(f"/adressen?mislukt={location_id}&klaar=leeg#loc-{location_id}")
        with p.ctx.sessions() as session:
            d = p.ctx.directory(session, p.actor, geocode=True)
            loc = d.get_location(location_id, public=False)
            first = loc.addresses[0] if loc.addresses else s.Address(address_1="", city="", state_province="", postal_code="", country="NL")
            fixed = msgspec.structs.replace(first, address_1=street, postal_code=postcode, city=city, address_type="physical")
            saved = d.save_location(msgspec.structs.replace(loc, addresses=[fixed, *loc.addresses[1:]], latitude=None, longitude=None),
                                    location_id, create=False)
            placed = saved.latitude is not None
        if not placed:
            return p.redirect(f"/adressen?mislukt={location_id}&klaar=niet-gevonden#loc-{location_id}")
        return p.redirect("/adressen?klaar=geplaatst")

    # -- accounts and keys --

    @get(paths("/accounts"))
    @in_thread
    def accounts(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        q = request.query_params.get("q", "")[:200]
        with p.ctx.sessions() as session:
            return p.render("accounts.html", accounts=svc.accounts(session, q=q), keys=svc.keys(session), q=q)

    @post(paths("/accounts/{account_id:str}"), status_code=303)
    @in_thread
    def account_action(self, request: Request, account_id: str, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        account_id = _uuid(account_id, "account")
        action = one(data, "action")
        with p.ctx.sessions() as session:
            if action == "reset":
                from sociale_kaart.partners import accounts

                accounts.send_password_link(session, p.ctx.settings, account_id, purpose="reset", lang=p.lang)
                notice = "link-verstuurd"
            elif action in ("disable", "enable"):
                try:
                    svc.set_account_active(session, p.actor, account_id, action == "enable")
                except s.InvalidInput:
                    return p.redirect("/accounts?klaar=niet-jezelf")
                notice = "uitgezet" if action == "disable" else "aangezet"
            else:
                raise s.InvalidInput([s.FieldError("action", "unknown action")])
        return p.redirect(f"/accounts?klaar={notice}")

    @post(paths("/sleutels/{key_id:str}"), status_code=303)
    @in_thread
    def revoke(self, request: Request, key_id: str, data: Form) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        p.check(data)
        with p.ctx.sessions() as session:
            svc.revoke_key(session, p.actor, _uuid(key_id, "key"))
        return p.redirect("/accounts?klaar=ingetrokken#sleutels")

    # -- what residents look for --

    @get(paths("/zoekvragen"))
    @in_thread
    def searches(self, request: Request) -> Response:
        p = Page(request)
        if (away := p.guard()) is not None:
            return away
        with p.ctx.sessions() as session:
            weeks = svc.misses(session, weeks=8)
        return p.render("searches.html", weeks=weeks, this_week=svc.week_of(date.today()))


LOG_FIELDS = ("record", "name", "description", "status", "email", "url", "phones", "assured_date", "application_process",
              "organization_id", "service_at_locations", "addresses", "latitude", "merged_into", "merged_from", "active")


def _uuid(value: str, kind: str) -> str:
    out = _maybe_uuid(value)
    if not out:
        raise s.NotFound(kind, value[:100])
    return out


def _maybe_uuid(value: str) -> str:
    import uuid

    try:
        return str(uuid.UUID(value)) if value else ""
    except ValueError:
        return ""


def _show(value) -> str:
    """A field's value as short readable text for the side-by-side view."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, dict) and ("byday" in item or "opens_at" in item):
                hours = "–".join(x for x in (item.get("opens_at"), item.get("closes_at")) if x)
                parts.append(" ".join(x for x in (item.get("byday") or item.get("freq") or "", hours, item.get("description") or "") if x) or "…")
            elif isinstance(item, dict) and "amount" in item:
                parts.append(" ".join(str(x) for x in (item.get("currency") or "", item.get("amount"), item.get("option") or "") if x != ""))
            elif isinstance(item, dict):
                loc = item.get("location") or item
                address = (loc.get("addresses") or [{}])[0] if isinstance(loc, dict) else {}
                parts.append(item.get("number") or item.get("code") or item.get("identifier")
                             or " ".join(x for x in (loc.get("name") or "", address.get("address_1", ""), address.get("postal_code", ""),
                                                     address.get("city", "")) if x)
                             or item.get("name") or item.get("description") or str(item.get("amount", "")) or "…")
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(value)


REASONS_NL = (
    ("same name apart from spelling or legal form", "zelfde naam, anders geschreven of met rechtsvorm"),
    ("same KvK number", "zelfde KvK-nummer"), ("same name at postcode", "zelfde naam op postcode"),
    ("same phone number", "zelfde telefoonnummer"), ("same e-mail address", "zelfde e-mailadres"),
    ("same website", "zelfde website"), ("same address", "zelfde adres"), ("same organisation", "zelfde organisatie"),
    ("% alike", "% gelijk"), ("names ", "namen "), (" m apart", " m uit elkaar"),
)


def reason_text(reason: str, lang: str) -> str:
    """The finder's reason (English, also for the command line) in the page's language."""
    if lang == "en":
        return reason
    for en, nl in REASONS_NL:
        reason = reason.replace(en, nl)
    return reason


def _access_requests(session) -> list:
    try:
        from sociale_kaart.partners.accounts import list_access_requests
    except ImportError:  # the partners' access requests are not on this instance yet
        return []
    return list_access_requests(session, "pending")
