"""Something to do in the demo's editors' workspace: two residents' messages, a partner's change
waiting in a moderated organisation, and one listing that came in twice (the issue's own example:
"Maatjes project Samen op pad" from a second source beside "Maatjesproject Samen Op Pad")."""

from __future__ import annotations

import msgspec
from sqlalchemy import select

from sociale_kaart.db import new_id
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.editors.moderation import Pending, set_moderation
from sociale_kaart.feedback import service as feedback
from sociale_kaart.partners.service import SYSTEM, Actor

MESSAGES = (
    ("Klussendienst", "Het telefoonnummer werkt niet meer. Ik kreeg een melding dat het nummer niet bestaat.", None),
    ("Taalcafé Huizen", "Het taalcafé is sinds september op donderdag in plaats van dinsdag.", "bewoner@example.nl"),
)
MODERATED = "Stichting Klusbus Huizen"
DUPLICATE = ("Maatjesproject Samen Op Pad", "Maatjes project Samen op pad")


def demo_workspace(ctx) -> None:
    with ctx.sessions() as session:
        by_name = {name: sid for sid, name in session.execute(select(m.Service.id, m.Service.name).where(m.Service.status == "active"))}
        for name, text, email in MESSAGES:
            if name in by_name:
                feedback.submit(session, by_name[name], text, email or "")
        org = session.scalar(select(m.Organization).where(m.Organization.name == MODERATED))
        tuinhulp = session.scalar(select(m.Service).where(m.Service.organization_id == org.id, m.Service.name == "Tuinhulp")) if org else None
        if org is not None and tuinhulp is not None:
            set_moderation(session, SYSTEM, org.id, True)
            partner = Actor("account:coordinator@klusbus.example", "partner", org.id)
            d = ctx.directory(session, partner)
            current = d.get_service(tuinhulp.id, public=False)
            changed = msgspec.structs.replace(current, description=(current.description or "") +
                                              " Nieuw: we helpen nu ook met het schoonmaken van de dakgoot.")
            try:
                d.save_service(changed, tuinhulp.id, create=False)
            except Pending:
                pass
        original = by_name.get(DUPLICATE[0])
        if original is not None:
            d = ctx.directory(session, Actor("import:sociale-kaart-regio", "importer"))
            data = msgspec.to_builtins(d.get_service(original, public=False))
            data.update(id=new_id(), name=DUPLICATE[1], assured_date=None,
                        service_at_locations=[{"id": new_id(), "location_id": x["location_id"]} for x in data["service_at_locations"]],
                        phones=[{**p, "id": new_id()} for p in data.get("phones", [])],
                        schedules=[], cost_options=[{**c, "id": new_id()} for c in data.get("cost_options", [])],
                        languages=[{**x, "id": new_id()} for x in data.get("languages", [])], service_areas=[],
                        attributes=[{**a, "id": new_id()} for a in data.get("attributes", [])])
            data.pop("organization", None)
            d.save_service(s.convert(data, s.Service), create=True)
