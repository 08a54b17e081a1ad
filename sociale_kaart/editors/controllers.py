"""The editors' API: moderation and changes (INTERFACES.md), and each /redactie page's data."""

from __future__ import annotations

from uuid import UUID

import msgspec
from litestar import Controller, Request, Response, get, post, put
from litestar.di import Provide
from litestar.params import Parameter
from typing_extensions import Annotated

from sociale_kaart import vocab
from sociale_kaart.api import Page, PageNumber, PerPage, context, envelope, require_actor
from sociale_kaart.context import Context
from sociale_kaart.editors import duplicates as dup
from sociale_kaart.editors import moderation as mod
from sociale_kaart.editors import service as svc
from sociale_kaart.partners.service import Actor

OrgId = Annotated[UUID | None, Parameter(description="Only this organisation's")]
AUTH = {"sync_to_thread": True, "security": [{"BearerToken": []}]}


def on_pending(request: Request, exc: mod.Pending) -> Response:
    """A partner's write to a moderated organisation: 202, the write waits for an editor."""
    if request.url.path.startswith("/api/"):
        return Response(mod.PendingOut(exc.change_id), status_code=202)
    from sociale_kaart.web.render import render

    return render(request, "editors/pending.html", status=202)


def _str(value: UUID | None) -> str | None:
    return str(value) if value is not None else None


class ChangesController(Controller):
    """Moderation as INTERFACES.md "Concurrency and moderation" describes it."""

    path = "/api/v1"
    tags = ["Moderation"]
    dependencies = {"ctx": Provide(context, sync_to_thread=False), "actor": Provide(require_actor, sync_to_thread=True)}

    @put("/organizations/{organization_id:uuid}/moderation", **AUTH,
         summary="Turn moderation of an organisation's partner writes on or off (editors, admins)")
    def set_moderation(self, ctx: Context, actor: Actor, organization_id: UUID, data: mod.ModerationIn) -> mod.ModerationOut:
        with ctx.sessions() as session:
            return mod.set_moderation(session, actor, str(organization_id), data.moderated)

    @get("/changes", **AUTH, summary="Partner changes held for moderation (editors: all; a partner key: its own organisation's)")
    def list_changes(self, ctx: Context, actor: Actor, page: PageNumber = 1, per_page: PerPage = 20,
                     status: Annotated[str | None, Parameter(pattern="^(pending|approved|rejected)$")] = None,
                     organization_id: OrgId = None) -> Page:
        with ctx.sessions() as session:
            total, items = mod.list_changes(session, actor, page=page, per_page=per_page, status=status,
                                            organization_id=_str(organization_id))
        return envelope(total, page, per_page, items)

    @get("/changes/{change_id:uuid}", **AUTH, summary="One held change")
    def get_change(self, ctx: Context, actor: Actor, change_id: UUID) -> mod.ChangeOut:
        with ctx.sessions() as session:
            return mod.get_change(session, actor, str(change_id))

    @post("/changes/{change_id:uuid}/approve", **AUTH, status_code=200,
          summary="Apply a held change (409 when the record changed since it was sent)")
    def approve(self, ctx: Context, actor: Actor, change_id: UUID) -> mod.ChangeOut:
        with ctx.sessions() as session:
            return mod.approve(lambda sess, author: ctx.directory(sess, author, geocode=True), session, actor, str(change_id))

    @post("/changes/{change_id:uuid}/reject", **AUTH, status_code=200, summary="Reject a held change with a message the partner sees")
    def reject(self, ctx: Context, actor: Actor, change_id: UUID, data: mod.RejectIn) -> mod.ChangeOut:
        with ctx.sessions() as session:
            return mod.reject(session, actor, str(change_id), data.message, ctx.settings)


class MergeIn(msgspec.Struct, forbid_unknown_fields=True):
    keep_id: str
    other_id: str
    # Per field, the record whose value the kept record takes: "keep" (default) or "other".
    fields: dict[str, str] = {}


class PairIn(msgspec.Struct, forbid_unknown_fields=True):
    first_id: str
    second_id: str


class RemindIn(msgspec.Struct, forbid_unknown_fields=True):
    organization_ids: list[str] = []


class RemindOut(msgspec.Struct):
    sent: int
    skipped: int


class EditorsController(Controller):
    """What each /redactie page shows, for scripts and other tools (editors and admins)."""

    path = "/api/v1/editors"
    tags = ["Editors"]
    dependencies = {"ctx": Provide(context, sync_to_thread=False), "actor": Provide(require_actor, sync_to_thread=True)}

    @get("/summary", **AUTH, summary="The counts of the editors' start page")
    def summary(self, ctx: Context, actor: Actor) -> svc.Summary:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            return svc.summary(session, ctx.settings.stale_months, dup.count_open(session))

    @get("/listings", **AUTH, summary="Search every listing with filters (organisation, status, tier, domain, never checked, feedback, stale)")
    def listings(self, ctx: Context, actor: Actor, page: PageNumber = 1, per_page: PerPage = 25,
                 q: Annotated[str, Parameter(max_length=200)] = "", organization_id: OrgId = None,
                 status: Annotated[str | None, Parameter(pattern="^(active|inactive|defunct|temporarily closed)$")] = None,
                 tier: Annotated[str | None, Parameter(pattern="^(" + "|".join(vocab.TIERS) + ")$")] = None,
                 life_domain: Annotated[str | None, Parameter(pattern="^(" + "|".join(vocab.LIFE_DOMAINS) + ")$")] = None,
                 never_checked: bool = False, has_feedback: bool = False, stale: bool = False) -> Page:
        mod.require_editor(actor)
        f = svc.ListingFilter(q=q, organization_id=_str(organization_id) or "", status=status or "", tier=tier or "",
                              life_domain=life_domain or "", never_checked=never_checked, has_feedback=has_feedback, stale=stale)
        with ctx.sessions() as session:
            total, items = svc.listings(session, f, page=page, per_page=per_page, stale_months=ctx.settings.stale_months)
        return envelope(total, page, per_page, items)

    @post("/stale/remind", **AUTH, status_code=200,
          summary="Ask the partners of stale listings to check them (all organisations, or the ones given)")
    def remind(self, ctx: Context, actor: Actor, data: RemindIn) -> RemindOut:
        mod.require_editor(actor)
        from sociale_kaart.editors.reminders import EDITOR_EVERY_DAYS, stale_listings

        result = stale_listings(ctx, organization_ids=data.organization_ids or None, every_days=EDITOR_EVERY_DAYS)
        return RemindOut(result.sent, result.skipped)

    @get("/recent-changes", **AUTH, summary="The change log (HSDS metadata), newest first")
    def recent_changes(self, ctx: Context, actor: Actor, page: PageNumber = 1, per_page: PerPage = 50,
                       organization_id: OrgId = None, field: Annotated[str | None, Parameter(max_length=100)] = None) -> Page:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            total, items = mod.recent_changes(session, page=page, per_page=per_page, organization_id=_str(organization_id),
                                              field=field or None)
        return envelope(total, page, per_page, items)

    @get("/duplicates", **AUTH, summary="Likely duplicates not yet merged or marked 'not a duplicate'")
    def duplicates(self, ctx: Context, actor: Actor) -> list[dup.CandidateOut]:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            return [dup.candidate_out(c) for c in dup.open_candidates(session)]

    @post("/duplicates/merge", **AUTH, status_code=200, summary="Merge two services or organisations, choosing per field")
    def merge(self, ctx: Context, actor: Actor, data: MergeIn) -> dict:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            kind = dup.merge_records(ctx.directory(session, actor), data.keep_id, data.other_id, data.fields)
        return {"kind": kind, "keep_id": data.keep_id, "other_id": data.other_id}

    @post("/duplicates/not-duplicate", **AUTH, status_code=200, summary="Remember that two records are not the same")
    def not_duplicate(self, ctx: Context, actor: Actor, data: PairIn) -> dict:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            dup.mark_not_duplicate(session, actor, data.first_id, data.second_id)
        return {"first_id": data.first_id, "second_id": data.second_id}

    @get("/imports", **AUTH, summary="Import runs, newest first")
    def imports(self, ctx: Context, actor: Actor, page: PageNumber = 1, per_page: PerPage = 20) -> Page:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            total, items = svc.import_runs(session, page=page, per_page=per_page)
        return envelope(total, page, per_page, items)

    @get("/imports/{run_id:uuid}", **AUTH, summary="One import run with its full report")
    def import_run(self, ctx: Context, actor: Actor, run_id: UUID) -> svc.ImportRunOut:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            return svc.import_run(session, str(run_id))

    @get("/unplaced-locations", **AUTH, summary="Locations that could not be put on the map")
    def unplaced(self, ctx: Context, actor: Actor) -> list[svc.Unplaced]:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            return svc.unplaced_locations(session, limit=500)[1]

    @get("/accounts", **AUTH, summary="Sign-ins for the partner, editor and consultant pages")
    def accounts(self, ctx: Context, actor: Actor) -> list[svc.AccountOut]:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            return svc.accounts(session)

    @post("/accounts/{account_id:uuid}/disable", **AUTH, status_code=200, summary="Disable an account (its sessions end at once)")
    def disable(self, ctx: Context, actor: Actor, account_id: UUID) -> dict:
        with ctx.sessions() as session:
            svc.set_account_active(session, actor, str(account_id), False)
        return {"id": str(account_id), "active": False}

    @post("/accounts/{account_id:uuid}/enable", **AUTH, status_code=200, summary="Enable an account again")
    def enable(self, ctx: Context, actor: Actor, account_id: UUID) -> dict:
        with ctx.sessions() as session:
            svc.set_account_active(session, actor, str(account_id), True)
        return {"id": str(account_id), "active": True}

    @get("/keys", **AUTH, summary="API keys (never the key itself)")
    def keys(self, ctx: Context, actor: Actor) -> list[svc.KeyOut]:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            return svc.keys(session)

    @post("/keys/{key_id:uuid}/revoke", **AUTH, status_code=200, summary="Revoke an API key")
    def revoke(self, ctx: Context, actor: Actor, key_id: UUID) -> dict:
        with ctx.sessions() as session:
            svc.revoke_key(session, actor, str(key_id))
        return {"id": str(key_id), "revoked": True}

    @get("/searches-without-results", **AUTH, summary="Searches that found nothing, per week")
    def misses(self, ctx: Context, actor: Actor, weeks: Annotated[int, Parameter(ge=1, le=52)] = 8) -> dict[str, list[svc.MissOut]]:
        mod.require_editor(actor)
        with ctx.sessions() as session:
            return svc.misses(session, weeks=weeks)



