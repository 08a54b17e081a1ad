"""GET /api/v1/feedback: residents' messages for the editors (the form itself is on the detail page)."""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, get
from litestar.di import Provide
from litestar.params import Parameter
from typing_extensions import Annotated

from sociale_kaart.api import Page, PageNumber, PerPage, context, envelope, require_actor
from sociale_kaart.context import Context
from sociale_kaart.directory import schemas as s
from sociale_kaart.feedback import service
from sociale_kaart.partners.service import Actor


class FeedbackController(Controller):
    path = "/api/v1/feedback"
    tags = ["Feedback"]
    dependencies = {"ctx": Provide(context, sync_to_thread=False), "actor": Provide(require_actor, sync_to_thread=True)}

    @get(sync_to_thread=True, security=[{"BearerToken": []}],
         summary="Messages from residents ('Klopt er iets niet?'), newest first; editors and admins only")
    def list_feedback(self, ctx: Context, actor: Actor, page: PageNumber = 1, per_page: PerPage = 20,
                      service_id: Annotated[UUID | None, Parameter(description="Only messages about this service")] = None,
                      handled: Annotated[bool | None, Parameter(description="Only handled (true) or open (false) messages")] = None) -> Page:
        if not actor.is_editor:
            raise s.Forbidden("Only editors and administrators may read residents' feedback")
        with ctx.sessions() as session:
            total, items = service.list_feedback(session, page=page, per_page=per_page,
                                                 service_id=str(service_id) if service_id else None, handled=handled)
        return envelope(total, page, per_page, items)
