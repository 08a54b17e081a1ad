"""/api/v1/cases: the consultant's households, intake, advice and plan (INTERFACES.md "Consultants")."""

from __future__ import annotations

from litestar import Controller, Request, delete, get, post, put
from litestar.exceptions import ValidationException

from sociale_kaart import api
from sociale_kaart.cases import schemas as cs
from sociale_kaart.cases.service import Cases, case_out, domain_out, item_out
from sociale_kaart.resolver.controllers import on_bad_body
from sociale_kaart.resolver.schemas import Advice


def cases(request: Request, session) -> Cases:
    return Cases(api.context(request), session, api.require_actor(request))


class CasesController(Controller):
    path = "/api/v1/cases"
    tags = ["Cases"]
    security = [{"BearerToken": []}]
    exception_handlers = {ValidationException: on_bad_body}

    @get("/", sync_to_thread=True, summary="Your team's open cases (status=closed for closed ones)")
    def list_cases(self, request: Request, status: str = "open") -> list[cs.CaseOut]:
        with api.context(request).sessions() as session:
            return [case_out(c, full=False) for c in cases(request, session).list(status=status if status in ("open", "closed") else None)]

    @post("/", sync_to_thread=True, status_code=201, summary="Open a case for a household under your team's code (never a BSN)")
    def create(self, request: Request, data: cs.CaseIn) -> cs.CaseOut:
        with api.context(request).sessions() as session:
            return case_out(cases(request, session).create(data))

    @get("/{case_id:str}", sync_to_thread=True, summary="The case with its intake and plan (the read is logged)")
    def read(self, request: Request, case_id: str) -> cs.CaseOut:
        with api.context(request).sessions() as session:
            svc = cases(request, session)
            case = svc.get(case_id)
            svc.commit()
            return case_out(case)

    @put("/{case_id:str}", sync_to_thread=True, summary="Change the household's details")
    def update(self, request: Request, case_id: str, data: cs.CaseIn) -> cs.CaseOut:
        with api.context(request).sessions() as session:
            return case_out(cases(request, session).update(case_id, data))

    @put("/{case_id:str}/domains/{life_domain:str}", sync_to_thread=True,
         summary="The intake for one life domain: ZRM 1-5, the question in the resident's words, own strength")
    def set_domain(self, request: Request, case_id: str, life_domain: str, data: cs.DomainIn) -> cs.DomainOut:
        with api.context(request).sessions() as session:
            return domain_out(cases(request, session).set_domain(case_id, life_domain, data))

    @get("/{case_id:str}/advice", sync_to_thread=True, summary="The resolver's advice for the case (same shape as /resolve)")
    def advice(self, request: Request, case_id: str, life_domain: str | None = None, all_tiers: bool = False) -> Advice:
        with api.context(request).sessions() as session:
            return cases(request, session).advice(case_id, life_domain, all_tiers=all_tiers)

    @get("/{case_id:str}/log", sync_to_thread=True, summary="Who read or changed the case, when")
    def log(self, request: Request, case_id: str) -> list[cs.LogEntry]:
        with api.context(request).sessions() as session:
            return cases(request, session).log_entries(case_id)

    @post("/{case_id:str}/plan", sync_to_thread=True, status_code=201,
          summary="Add a service to the plan; tailored and specialist items need a motivation and a colleague's approval")
    def add_item(self, request: Request, case_id: str, data: cs.PlanIn) -> cs.PlanItemOut:
        with api.context(request).sessions() as session:
            return item_out(cases(request, session).add_item(case_id, data))

    @post("/{case_id:str}/plan/{item_id:str}/approve", sync_to_thread=True, status_code=200,
          summary="Approve a colleague's tailored or specialist item (four-eyes)")
    def approve(self, request: Request, case_id: str, item_id: str, data: cs.DecisionIn | None = None) -> cs.PlanItemOut:
        with api.context(request).sessions() as session:
            return item_out(cases(request, session).decide(case_id, item_id, True, data.note if data else ""))

    @post("/{case_id:str}/plan/{item_id:str}/reject", sync_to_thread=True, status_code=200,
          summary="Refuse a colleague's tailored or specialist item, with a motivation")
    def reject(self, request: Request, case_id: str, item_id: str, data: cs.DecisionIn | None = None) -> cs.PlanItemOut:
        with api.context(request).sessions() as session:
            return item_out(cases(request, session).decide(case_id, item_id, False, data.note if data else ""))

    @post("/{case_id:str}/close", sync_to_thread=True, status_code=200, summary="Close the case (it is erased after the retention period)")
    def close(self, request: Request, case_id: str) -> cs.CaseOut:
        with api.context(request).sessions() as session:
            return case_out(cases(request, session).close(case_id))

    @get("/{case_id:str}/export", sync_to_thread=True, summary="Everything stored about the household, as JSON")
    def export(self, request: Request, case_id: str) -> cs.Export:
        with api.context(request).sessions() as session:
            return cases(request, session).export(case_id)

    @delete("/{case_id:str}", sync_to_thread=True, status_code=204, summary="Erase the household's data on request")
    def erase(self, request: Request, case_id: str) -> None:
        with api.context(request).sessions() as session:
            cases(request, session).erase(case_id)
