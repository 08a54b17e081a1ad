"""HSDA-compatible reads and the guarded writes under /api/v1."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

import hashlib

import msgspec
from litestar import Controller, Request, Response, delete, get, patch, post, put
from litestar.di import Provide
from litestar.openapi.spec.enums import OpenAPIFormat
from litestar.exceptions import ValidationException
from litestar.params import Parameter
from typing_extensions import Annotated

from sociale_kaart.api import Page, PageNumber, PerPage, context, envelope, optional_actor, require_actor
from sociale_kaart.context import Context
from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.service import Actor

Search = Annotated[str | None, Parameter(max_length=1000, description="Words to look for")]
TermId = Annotated[UUID | None, Parameter(description="Only records tagged with this taxonomy term")]
OrgId = Annotated[UUID | None, Parameter(description="Only records of this organization")]
# A string, not a datetime: litestar would take a bare number as a unix time, which the docs do not promise.
Since = Annotated[str | None, Parameter(pattern=r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}", max_length=40, schema_extra={"format": OpenAPIFormat.DATE_TIME},
                                        description="Only records changed after this moment (ISO 8601 date and time)")]


def _moment(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise ValidationException("Validation failed", extra=[{"key": "modified_after", "message": "not an ISO 8601 date and time"}]) from None


def merge_patch(current: msgspec.Struct, patch: dict[str, Any], type_: type):
    """PATCH: the given top-level fields replace the stored ones; the id cannot change."""
    return s.convert({**msgspec.to_builtins(current), **patch, "id": current.id}, type_)


IfMatch = Annotated[str | None, Parameter(header="If-Match", required=False, max_length=1000,
                                          description="The ETag of the record as you read it; a stale one gets 412")]


def etag(record: msgspec.Struct) -> str:
    """A strong validator of a record exactly as GET shows it."""
    return '"' + hashlib.sha256(msgspec.json.encode(record)).hexdigest()[:32] + '"'


def tagged(record: msgspec.Struct) -> Response:
    return Response(record, headers={"ETag": etag(record)})


class Stale(Exception):
    """If-Match no longer matches: the writer gets the current record to merge with."""

    def __init__(self, current: msgspec.Struct):
        super().__init__("The record changed since you read it")
        self.current = current


def on_stale(_: Request, exc: Stale) -> Response:
    return Response(exc.current, status_code=412, headers={"ETag": etag(exc.current)})


def check_if_match(if_match: str | None, current: msgspec.Struct) -> None:
    """No If-Match: the write applies as before. `*` matches any existing record."""
    if if_match is None:
        return
    wanted = {v.strip().removeprefix("W/") for v in if_match.split(",")}
    if "*" not in wanted and etag(current) not in wanted:
        raise Stale(current)


def writer_view(get, actor: Actor | None, rid: str):
    """The record as its writer sees it: a key that may change the organization's records reads
    them whole (a confidential street included), so that a GET and a PUT of the same body lose
    nothing; everyone else reads the public view."""
    record = get(rid)
    if actor is not None and actor.may_edit_organization(record.organization_id):
        return get(rid, public=False)
    return record


def _str(value: UUID | None) -> str | None:
    return str(value) if value is not None else None


class WriteResult(msgspec.Struct):
    id: str
    warnings: list[s.FieldError] = []


# Writes need an API key; the directory service checks what the key's role may change.
READ = {"tags": ["HSDA"], "sync_to_thread": True}
WRITE = {"sync_to_thread": True, "dependencies": {"actor": Provide(require_actor, sync_to_thread=True)}, "security": [{"BearerToken": []}], "tags": ["Writes"]}


class DirectoryController(Controller):
    path = "/api/v1"
    dependencies = {"ctx": Provide(context, sync_to_thread=False)}
    exception_handlers = {Stale: on_stale}

    @get("/services", **READ, summary="List services (HSDA)")
    def list_services(self, ctx: Context, page: PageNumber = 1,
                      per_page: PerPage = 20, search: Search = None, taxonomy_term_id: TermId = None,
                      organization_id: OrgId = None, modified_after: Since = None, full: bool = False,
                      status: Annotated[str | None, Parameter(pattern="^(active|inactive|defunct|temporarily closed)$")] = None) -> Page:
        with ctx.sessions() as session:
            directory = ctx.directory(session)
            if search and search.strip():
                total, ids = ctx.search_ids(search, page, per_page)
                found = directory.load_services(ids, full=full)
                return envelope(total, page, per_page, directory.services_out(found, full=full))
            total, items = directory.list_services(
                page=page, per_page=per_page, full=full, taxonomy_term_id=_str(taxonomy_term_id),
                organization_id=_str(organization_id), modified_after=_moment(modified_after), status=status,
            )
        return envelope(total, page, per_page, items)

    @get("/services/{service_id:uuid}", **READ, summary="One service in full (HSDA)")
    def get_service(self, request: Request, ctx: Context, service_id: UUID) -> Response[s.Service]:
        actor = optional_actor(request)
        with ctx.sessions() as session:
            return tagged(writer_view(ctx.directory(session).get_service, actor, str(service_id)))

    @get("/organizations", **READ, summary="List organizations (HSDA)")
    def list_organizations(self, ctx: Context, page: PageNumber = 1,
                           per_page: PerPage = 20, search: Search = None, modified_after: Since = None,
                           full: bool = False) -> Page:
        with ctx.sessions() as session:
            total, items = ctx.directory(session).list_organizations(
                page=page, per_page=per_page, search=search, modified_after=_moment(modified_after), full=full)
        return envelope(total, page, per_page, items)

    @get("/organizations/{organization_id:uuid}", **READ, summary="One organization with its services")
    def get_organization(self, ctx: Context, organization_id: UUID) -> Response[s.OrganizationWithServices]:
        with ctx.sessions() as session:
            return tagged(ctx.directory(session).get_organization(str(organization_id)))

    @get("/locations/{location_id:uuid}", **READ, summary="One location")
    def get_location(self, request: Request, ctx: Context, location_id: UUID) -> Response[s.Location]:
        actor = optional_actor(request)
        with ctx.sessions() as session:
            return tagged(writer_view(ctx.directory(session).get_location, actor, str(location_id)))

    @get("/service_at_locations", **READ, summary="List services at locations (HSDA)")
    def list_sals(self, ctx: Context, page: PageNumber = 1,
                  per_page: PerPage = 20, search: Search = None, taxonomy_term_id: TermId = None,
                  organization_id: OrgId = None, modified_after: Since = None) -> Page:
        with ctx.sessions() as session:
            total, items = ctx.directory(session).list_service_at_locations(
                page=page, per_page=per_page, search=search, taxonomy_term_id=_str(taxonomy_term_id),
                organization_id=_str(organization_id), modified_after=_moment(modified_after))
        return envelope(total, page, per_page, items)

    @get("/service_at_locations/{sal_id:uuid}", **READ, summary="One service at a location (HSDA)")
    def get_sal(self, ctx: Context, sal_id: UUID) -> Response[s.ServiceAtLocation]:
        with ctx.sessions() as session:
            return tagged(ctx.directory(session).get_service_at_location(str(sal_id)))

    @get("/taxonomies", **READ, summary="List taxonomies (HSDA)")
    def list_taxonomies(self, ctx: Context, page: PageNumber = 1,
                        per_page: PerPage = 20) -> Page:
        with ctx.sessions() as session:
            total, items = ctx.directory(session).list_taxonomies(page=page, per_page=per_page)
        return envelope(total, page, per_page, items)

    @get("/taxonomy_terms", **READ, summary="List taxonomy terms (HSDA)")
    def list_terms(self, ctx: Context, page: PageNumber = 1,
                   per_page: PerPage = 20, taxonomy_id: Annotated[UUID | None, Parameter()] = None,
                   search: Search = None) -> Page:
        with ctx.sessions() as session:
            total, items = ctx.directory(session).list_taxonomy_terms(
                page=page, per_page=per_page, taxonomy_id=_str(taxonomy_id), search=search)
        return envelope(total, page, per_page, items)


    @post("/services", **WRITE, summary="Add a service")
    def create_service(self, ctx: Context, actor: Actor, data: s.Service) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor, geocode=True)
            svc = d.save_service(data, create=True)
            return WriteResult(svc.id, d.warnings)

    @put("/services/{service_id:uuid}", **WRITE, summary="Replace a service")
    def replace_service(self, ctx: Context, actor: Actor, service_id: UUID, data: s.Service, if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor, geocode=True)
            check_if_match(if_match, writer_view(d.get_service, actor, str(service_id)))
            svc = d.save_service(data, str(service_id), create=False)
            return WriteResult(svc.id, d.warnings)

    @patch("/services/{service_id:uuid}", **WRITE, summary="Change some fields of a service")
    def patch_service(self, ctx: Context, actor: Actor, service_id: UUID, data: dict[str, Any], if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor, geocode=True)
            check_if_match(if_match, writer_view(d.get_service, actor, str(service_id)))
            merged = merge_patch(d.get_service(str(service_id), public=False), data, s.Service)
            svc = d.save_service(merged, str(service_id), create=False)
            return WriteResult(svc.id, d.warnings)

    @delete("/services/{service_id:uuid}", **WRITE, status_code=200, summary="Deactivate a service (never deleted)")
    def deactivate_service(self, ctx: Context, actor: Actor, service_id: UUID, if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor)
            check_if_match(if_match, writer_view(d.get_service, actor, str(service_id)))
            d.deactivate_service(str(service_id))
        return WriteResult(str(service_id))

    @post("/organizations", **WRITE, summary="Add an organization")
    def create_organization(self, ctx: Context, actor: Actor, data: s.Organization) -> WriteResult:
        with ctx.sessions() as session:
            return WriteResult(ctx.directory(session, actor).save_organization(data, create=True).id)

    @put("/organizations/{organization_id:uuid}", **WRITE, summary="Replace an organization")
    def replace_organization(self, ctx: Context, actor: Actor, organization_id: UUID, data: s.Organization,
                             if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor)
            check_if_match(if_match, d.get_organization(str(organization_id)))
            return WriteResult(d.save_organization(data, str(organization_id), create=False).id)

    @patch("/organizations/{organization_id:uuid}", **WRITE, summary="Change some fields of an organization")
    def patch_organization(self, ctx: Context, actor: Actor, organization_id: UUID, data: dict[str, Any],
                           if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor)
            current = d.get_organization(str(organization_id))
            check_if_match(if_match, current)
            merged = merge_patch(current, data, s.Organization)
            return WriteResult(d.save_organization(merged, str(organization_id), create=False).id)

    @delete("/organizations/{organization_id:uuid}", **WRITE, status_code=200, summary="Deactivate an organization and its services")
    def deactivate_organization(self, ctx: Context, actor: Actor, organization_id: UUID, if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor)
            check_if_match(if_match, d.get_organization(str(organization_id)))
            d.deactivate_organization(str(organization_id))
        return WriteResult(str(organization_id))

    @post("/locations", **WRITE, summary="Add a location")
    def create_location(self, ctx: Context, actor: Actor, data: s.Location) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor, geocode=True)
            return WriteResult(d.save_location(data, create=True).id, d.warnings)

    @put("/locations/{location_id:uuid}", **WRITE, summary="Replace a location")
    def replace_location(self, ctx: Context, actor: Actor, location_id: UUID, data: s.Location, if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor, geocode=True)
            check_if_match(if_match, writer_view(d.get_location, actor, str(location_id)))
            return WriteResult(d.save_location(data, str(location_id), create=False).id, d.warnings)

    @patch("/locations/{location_id:uuid}", **WRITE, summary="Change some fields of a location")
    def patch_location(self, ctx: Context, actor: Actor, location_id: UUID, data: dict[str, Any], if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor, geocode=True)
            check_if_match(if_match, writer_view(d.get_location, actor, str(location_id)))
            merged = merge_patch(d.get_location(str(location_id), public=False), data, s.Location)
            return WriteResult(d.save_location(merged, str(location_id), create=False).id, d.warnings)

    @delete("/locations/{location_id:uuid}", **WRITE, status_code=200, summary="Deactivate a location")
    def deactivate_location(self, ctx: Context, actor: Actor, location_id: UUID, if_match: IfMatch = None) -> WriteResult:
        with ctx.sessions() as session:
            d = ctx.directory(session, actor)
            check_if_match(if_match, writer_view(d.get_location, actor, str(location_id)))
            d.deactivate_location(str(location_id))
        return WriteResult(str(location_id))
