"""Reminders about stale listings: "Kloppen uw gegevens nog?" to each organisation whose listings
were not confirmed for `stale_months`, at its partner accounts (or its own e-mail address).

One mail per organisation, at most once per `SK_STALE_REMIND_DAYS` (30; a re-run of `remind` sends
nothing new); an editor's "ask the partner to check" from the pages waits `EDITOR_EVERY_DAYS`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import select

from sociale_kaart import mail
from sociale_kaart.db import new_id
from sociale_kaart.directory import models as m
from sociale_kaart.editors.models import ReminderSent
from sociale_kaart.editors.service import stale_condition
from sociale_kaart.partners.models import PartnerAccount

KIND = "stale-listings"
EDITOR_EVERY_DAYS = 7
SHOWN = 30  # listings named in one mail; the rest are on the partner's page


@dataclass
class Result:
    sent: int = 0
    skipped: int = 0
    lines: list[str] = field(default_factory=list)


def recipients(session, org: m.Organization) -> list[str]:
    accounts = set(session.scalars(select(PartnerAccount.email).where(
        PartnerAccount.organization_id == org.id, PartnerAccount.role == "partner", PartnerAccount.active.is_(True))))
    if accounts:
        return sorted(accounts)
    return [org.email.strip().lower()] if org.email and "@" in org.email else []


def last_reminded(session, organization_ids: list[str]) -> dict[str, datetime]:
    out: dict[str, datetime] = {}
    if not organization_ids:
        return out
    for oid, when in session.execute(select(ReminderSent.subject_id, ReminderSent.sent_at)
                                     .where(ReminderSent.kind == KIND, ReminderSent.subject_id.in_(organization_ids))):
        if oid not in out or when > out[oid]:
            out[oid] = when
    return out


def stale_listings(ctx, as_of: date | None = None, *, organization_ids: list[str] | None = None,
                   every_days: int | None = None) -> Result:
    settings = ctx.settings
    every_days = settings.stale_remind_days if every_days is None else every_days
    as_of = as_of or date.today()
    now = datetime.combine(as_of, time(12), timezone.utc) if as_of != date.today() else datetime.now(timezone.utc)
    result = Result()
    with ctx.sessions() as session:
        stmt = (select(m.Service.organization_id, m.Service.name, m.Service.assured_date)
                .join(m.Organization, m.Organization.id == m.Service.organization_id)
                .where(m.Service.status == "active", m.Organization.active.is_(True), stale_condition(settings.stale_months, as_of))
                .order_by(m.Service.name))
        if organization_ids:
            stmt = stmt.where(m.Service.organization_id.in_(organization_ids))
        by_org: dict[str, list[tuple[str, str | None]]] = {}
        for oid, name, assured in session.execute(stmt):
            by_org.setdefault(oid, []).append((name, assured))
        reminded = last_reminded(session, list(by_org))
        for oid, services in by_org.items():
            org = session.get(m.Organization, oid)
            to = recipients(session, org)
            if not to or (oid in reminded and reminded[oid] > now - timedelta(days=every_days)):
                result.skipped += 1
                continue
            lines = "\n".join(f"- {name} (laatst gecontroleerd: {_day(assured)})" for name, assured in services[:SHOWN])
            more = f"\n…en nog {len(services) - SHOWN} andere.\n" if len(services) > SHOWN else ""
            body = (f"Beste collega's van {org.name},\n\n"
                    f"Inwoners en consulenten zoeken op de Sociale Kaart naar uw aanbod. Daarom is het fijn als de gegevens "
                    f"kloppen. Deze {'dienst is' if len(services) == 1 else 'diensten zijn'} al meer dan "
                    f"{settings.stale_months} maanden niet gecontroleerd:\n\n{lines}\n{more}\n"
                    f"Wilt u ze even nakijken? Klopt alles nog, dan is één klik op ‘Klopt nog’ genoeg:\n"
                    f"{settings.public_url}/partner\n\n"
                    "Dank u wel!\nDe redactie van de Sociale Kaart\n")
            subject = "Kloppen uw gegevens op de Sociale Kaart nog?"
            mail.send(settings, ", ".join(to), subject, body)
            for address in to:
                session.add(ReminderSent(id=new_id(), kind=KIND, subject_id=oid, recipient=address, sent_at=now))
            session.commit()
            result.sent += 1
            result.lines.append(f"stale listings: {len(services)} at {org.name}, reminded {', '.join(to)}")
    return result


def _day(assured: str | None) -> str:
    if not assured:
        return "nog nooit"
    try:
        return date.fromisoformat(assured[:10]).strftime("%d-%m-%Y")
    except ValueError:
        return assured


def remind_stale(ctx, as_of: date) -> list[str]:
    """The `remind` command's step for stale listings."""
    return stale_listings(ctx, as_of).lines
