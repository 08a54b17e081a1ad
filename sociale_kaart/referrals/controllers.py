"""/api/v1 referrals (INTERFACES.md "Consultants: cases, plans and referrals"): send from a plan item,
the organisation's answers, the team's and the organisation's lists, the next options."""

from __future__ import annotations

from litestar import Controller, Request, Response, get, post
from litestar.exceptions import ValidationException
from litestar.openapi.datastructures import ResponseSpec

from sociale_kaart import api
from sociale_kaart.api import Page, PageNumber, PerPage
from sociale_kaart.directory.schemas import FieldError, InvalidInput
from sociale_kaart.referrals import schemas as rs
from sociale_kaart.referrals.service import STATUSES, MoveNotAllowed, Referrals
from sociale_kaart.resolver.controllers import on_bad_body
from sociale_kaart.resolver.schemas import Advice


def referrals(request: Request, session) -> Referrals:
    return Referrals(api.context(request), session, api.require_actor(request))


def on_move_not_allowed(_: Request, exc: MoveNotAllowed) -> Response:
    body = rs.MoveConflict(status_code=409, detail="Conflict", extra=[{"key": e.key, "message": e.message} for e in exc.errors],
                           current=exc.current, allowed=exc.allowed)
    return Response(content=body, status_code=409)


class ReferralsController(Controller):
    path = "/api/v1"
    tags = ["Referrals"]
    security = [{"BearerToken": []}]
    exception_handlers = {ValidationException: on_bad_body, MoveNotAllowed: on_move_not_allowed}

    @post("/cases/{case_id:str}/plan/{item_id:str}/referral", sync_to_thread=True, status_code=201,
          summary="Refer the household to the organisation that runs the plan item's service (needs the resident's consent)",
          responses={422: ResponseSpec(data_container=api.ErrorBody, description="No `consent: true`, or a bad contact route"),
                     409: ResponseSpec(data_container=api.ErrorBody, description="The item awaits approval or was refused, "
                                       "is already referred, or its organisation declined this service for the household")})
    def send(self, request: Request, case_id: str, item_id: str, data: rs.ReferralIn) -> rs.Referral:
        with api.context(request).sessions() as session:
            svc = referrals(request, session)
            return svc.out(svc.send(case_id, item_id, data))

    @get("/cases/{case_id:str}/plan/{item_id:str}/alternatives", sync_to_thread=True,
         summary="The resolver's next fitting options for the item's life domain, without declined services")
    def alternatives(self, request: Request, case_id: str, item_id: str) -> Advice:
        with api.context(request).sessions() as session:
            return referrals(request, session).alternatives(case_id, item_id)

    @get("/referrals", sync_to_thread=True,
         summary="Referrals to your organisation (partner key) or from your team (consultant key), newest first")
    def list_referrals(self, request: Request, page: PageNumber = 1, per_page: PerPage = 25,
                       status: str | None = None) -> Page:
        if status not in (None, "open", "closed", *STATUSES):
            raise InvalidInput([FieldError("status", f"use open, closed or one of: {', '.join(STATUSES)}")])
        with api.context(request).sessions() as session:
            svc = referrals(request, session)
            total, rows = svc.list(status=status, page=page, per_page=per_page)
            return api.envelope(total, page, per_page, [svc.out(r) for r in rows])

    @get("/referrals/{referral_id:str}", sync_to_thread=True, summary="One referral with its history")
    def read(self, request: Request, referral_id: str) -> rs.Referral | rs.PartnerReferral:
        with api.context(request).sessions() as session:
            svc = referrals(request, session)
            return svc.out(svc.get(referral_id, read=True))

    @post("/referrals/{referral_id:str}/status", sync_to_thread=True, status_code=200,
          summary="Move a referral (FHIR Task codes): the organisation answers, the team may cancel",
          responses={409: ResponseSpec(data_container=rs.MoveConflict, description="The state table forbids this move; "
                                       "`current` is the referral's status and `allowed` the moves from there"),
                     422: ResponseSpec(data_container=api.ErrorBody, description="Unknown status, or a decline without a reason"),
                     403: ResponseSpec(data_container=api.ErrorBody, description="Only the organisation answers; the team only cancels")})
    def move(self, request: Request, referral_id: str, data: rs.StatusIn) -> rs.Referral | rs.PartnerReferral:
        with api.context(request).sessions() as session:
            svc = referrals(request, session)
            return svc.out(svc.move(referral_id, data.status, data.reason))
