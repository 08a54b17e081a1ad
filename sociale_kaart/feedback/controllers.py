"""/api/v1/feedback: residents' messages for the editors (the form itself is on the detail page).

Editors and admins read every message and handle it; a partner key reads the messages about its
own organisation's services, without the sender's e-mail address; other keys get 403.
"""

from __future__ import annotations

from uuid import UUID

from litestar import Controller, get, patch
from litestar.di import Provide
from litestar.params import Parameter
from typing_extensions import Annotated

from sociale_kaart.api import Page, PageNumber, PerPage, context, envelope, require_actor
from sociale_kaart.context import Context
from sociale_kaart.directory import schemas as s
from sociale_kaart.editors.moderation import require_editor
from sociale_kaart.feedback import service
from sociale_kaart.partners.service import Actor


class FeedbackController(Controller):
    path = "/api/v1/feedback"
    tags = ["Feedback"]
    dependencies = {"ctx": Provide(context, sync_to_thread=False), "actor": Provide(require_actor, sync_to_thread=True)}

    @get(sync_to_thread=True, security=[{"BearerToken": []}],
         summary="Messages from residents ('Klopt er iets niet?'), newest first; a partner key sees its own organisation's")
    def list_feedback(self, ctx: Context, actor: Actor, page: PageNumber = 1, per_page: PerPage = 20,
                      service_id: Annotated[UUID | None, Parameter(description="Only messages about this service")] = None,
                      handled: Annotated[bool | None, Parameter(description="Only handled (true) or open (false) messages")] = None,
                      organization_id: Annotated[UUID | None, Parameter(description="Only messages about this organisation's services")] = None) -> Page:
        sid = str(service_id) if service_id else None
        with ctx.sessions() as session:
            if actor.role == "partner":
                total, items = service.list_for_organization(session, actor.organization_id, page=page, per_page=per_page,
                                                             service_id=sid, handled=handled)
            else:
                if actor.role not in ("admin", "editor"):
                    raise s.Forbidden("Only editors, administrators and partners may read residents' feedback")
                total, items = service.list_feedback(session, page=page, per_page=per_page, service_id=sid, handled=handled,
                                                     organization_id=str(organization_id) if organization_id else None)
        return envelope(total, page, per_page, items)

    @patch("/{feedback_id:uuid}", sync_to_thread=True, security=[{"BearerToken": []}],
           summary="Mark a message handled (or open again) and keep a note with it; editors and admins only")
    def update_feedback(self, ctx: Context, actor: Actor, feedback_id: UUID, data: service.FeedbackPatch) -> service.FeedbackOut:
        require_editor(actor)
        with ctx.sessions() as session:
            return service.update(session, str(feedback_id), data, actor.name)
