"""GET /api/v1/search."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Controller, get
from litestar.di import Provide
from litestar.params import Parameter

from sociale_kaart.api import context
from sociale_kaart.context import Context
from sociale_kaart.directory.schemas import convert
from sociale_kaart.search.service import SearchParams, SearchResponse, run_search


class SearchController(Controller):
    path = "/api/v1"
    tags = ["Search"]
    dependencies = {"ctx": Provide(context, sync_to_thread=False)}

    @get("/search", sync_to_thread=True, summary="Search services in everyday Dutch, near a place, with filters and facets")
    def search(
        self, ctx: Context,
        q: Annotated[str, Parameter(max_length=1000, description="Words, in Dutch or English; a service's exact name ranks it first")] = "",
        lang: Annotated[Literal["nl", "en"] | None, Parameter(description="`en` when the words are English (recognised without it too)")] = None,
        near: Annotated[str | None, Parameter(max_length=200, description="Postcode (1271, 1271 AB), place, or lat,lon")] = None,
        radius_km: Annotated[float | None, Parameter(gt=0, le=300, schema_extra={"exclusive_minimum": 0}, description="Search radius around `near` (default 10)")] = None,
        tier: Annotated[list[str] | None, Parameter(description="Tier codes (repeatable)")] = None,
        life_domain: Annotated[list[str] | None, Parameter(description="Life-domain codes (repeatable)")] = None,
        free: bool | None = None,
        age: Annotated[int | None, Parameter(ge=0, le=130, schema_extra={"minimum": 0})] = None,  # see s.FROM_ZERO
        language: Annotated[str | None, Parameter(pattern=r"^[a-zA-Z]{2}$", description="ISO 639-1 code")] = None,
        wheelchair: bool | None = None,
        open_on: Annotated[str | None, Parameter(pattern="^(mo|tu|we|th|fr|sa|su)$")] = None,
        page: Annotated[int, Parameter(ge=1, le=10_000)] = 1,
        per_page: Annotated[int, Parameter(ge=1, le=100)] = 20,
    ) -> SearchResponse:
        params = convert(dict(q=q, lang=lang, near=near, radius_km=radius_km, tier=tier or [], life_domain=life_domain or [], free=free,
                              age=age, language=language, wheelchair=wheelchair, open_on=open_on, page=page, per_page=per_page),
                         SearchParams)
        return run_search(ctx, params)
