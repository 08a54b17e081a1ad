"""Closed-loop referrals: send with consent, the organisation answers, the team sees it through.

Statuses and moves are HL7 FHIR Task's (the SDOH Clinical Care referral): the organisation that
runs the service moves a referral, the district team may only cancel it. Every step is written
to the case log in the same transaction. The organisation sees only what it needs to help.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from sociale_kaart import mail
from sociale_kaart.cases.models import Case, CaseDomain, CaseLog, PlanItem
from sociale_kaart.cases.service import Cases, Conflict, display_name
from sociale_kaart.context import Context
from sociale_kaart.db import new_id, utcnow
from sociale_kaart.directory import models as m
from sociale_kaart.directory.schemas import FieldError, Forbidden, InvalidInput, NotFound
from sociale_kaart.editors.reminders import recipients
from sociale_kaart.partners.models import PartnerAccount
from sociale_kaart.partners.service import SYSTEM, Actor
from sociale_kaart.referrals import schemas as rs
from sociale_kaart.referrals.models import Referral, ReferralEvent
from sociale_kaart.resolver.schemas import Advice, TierAdvice
from sociale_kaart.resolver.service import resolve

logger = logging.getLogger("sociale_kaart.referrals")

# The state table (FHIR Task codes). A status without moves is final.
MOVES: dict[str, tuple[str, ...]] = {
    "requested": ("accepted", "rejected", "cancelled"),
    "accepted": ("in-progress", "cancelled"),
    "in-progress": ("on-hold", "completed", "failed"),
    "on-hold": ("in-progress",),
}
STATUSES = ("requested", "accepted", "rejected", "cancelled", "in-progress", "on-hold", "completed", "failed")
OPEN = tuple(MOVES)
TEAM_MOVES = ("cancelled",)  # what the referring team may do; the organisation does the rest
NEEDS_REASON = ("rejected",)
RESENDABLE = ("cancelled", "failed")  # after these a plan item may be referred again
REFERABLE_ITEMS = ("agreed", "approved")
# The organisation's moves the referring consultant hears of by mail (the others show on the plan).
TELL_THE_TEAM = {"accepted": "aangenomen", "rejected": "de organisatie kan niet helpen, kies een volgende mogelijkheid",
                 "completed": "afgerond", "failed": "niet gelukt"}


class MoveNotAllowed(Conflict):
    def __init__(self, current: str, wanted: str):
        self.current, self.allowed = current, list(MOVES.get(current, ()))
        where = f"can go to: {', '.join(self.allowed)}" if self.allowed else "is final and cannot change any more"
        super().__init__("status", f"a referral that is {current!r} cannot become {wanted!r}; from {current!r} it {where}")


def allowed_moves(actor: Actor, status: str) -> list[str]:
    """The statuses this reader may move a referral to now."""
    mine = TEAM_MOVES if actor.role == "consultant" else tuple(s for s in STATUSES if s not in TEAM_MOVES)
    return [s for s in MOVES.get(status, ()) if s in mine]


# ----------------------------------------------------------------------------------------------
# output


def events_out(r: Referral) -> list[rs.Event]:
    return [rs.Event(status=e.status, reason=e.reason, by=display_name(e.actor), party=e.party, at=e.at) for e in r.history]


def _shared(r: Referral, actor: Actor) -> dict:
    return dict(id=r.id, code=r.code, first_name=r.first_name, contact=r.contact, message=r.message,
                service=rs.ServiceRef(id=r.service_id, name=r.service_name), status=r.status, history=events_out(r),
                created=r.created_at, updated=r.updated_at, moves=allowed_moves(actor, r.status))


def partner_out(r: Referral, actor: Actor) -> rs.PartnerReferral:
    return rs.PartnerReferral(**_shared(r, actor))


def team_out(r: Referral, actor: Actor, organization: str | None) -> rs.Referral:
    return rs.Referral(**_shared(r, actor), case_id=r.case_id, plan_item_id=r.plan_item_id, team=r.team,
                       organization=rs.OrganizationRef(id=r.organization_id, name=organization),
                       sent_by=display_name(r.created_by), consent_by=display_name(r.consent_by), consent_at=r.consent_at)


def notify(ctx: Context, to: list[str], subject: str, body: str) -> None:
    """A mail about a step that has already been stored. It carries no personal data beyond the household's code
    and links to the pages; when it cannot be sent now, the step stands and the reminders follow."""
    if not to:
        return
    try:
        mail.send(ctx.settings, ", ".join(to), subject, body)
    except (OSError, smtplib.SMTPException, ValueError):
        logger.warning("could not send %r to %d recipient(s)", subject, len(to), exc_info=True)


def log(session: Session, r: Referral, actor: Actor, action: str, detail: str = "") -> None:
    session.add(CaseLog(id=new_id(), case_id=r.case_id, team=r.team, actor=actor.name, action=action,
                        detail=(f"{r.service_name}: {detail}" if detail else r.service_name)[:500]))


# ----------------------------------------------------------------------------------------------
# the service


class Referrals:
    """Referrals as one consultant (of the referring team) or one partner (of the receiving organisation) sees them."""

    def __init__(self, ctx: Context, session: Session, actor: Actor):
        if not ((actor.role == "consultant" and actor.team) or (actor.role == "partner" and actor.organization_id)):
            raise Forbidden("Referrals are for the district team that sent them and the organisation that receives them")
        self.ctx, self.session, self.actor = ctx, session, actor

    @property
    def is_team(self) -> bool:
        return self.actor.role == "consultant"

    def out(self, r: Referral) -> rs.Referral | rs.PartnerReferral:
        if not self.is_team:
            return partner_out(r, self.actor)
        org = self.session.get(m.Organization, r.organization_id)
        return team_out(r, self.actor, org.name if org else None)

    # -- reading --

    def _mine(self):
        if self.is_team:
            return Referral.team == self.actor.team
        return Referral.organization_id == self.actor.organization_id

    def get(self, referral_id: str, *, read: bool = False) -> Referral:
        """The referral if it is the reader's (else NotFound: another party must not learn it exists)."""
        r = self.session.scalar(select(Referral).where(Referral.id == referral_id, self._mine())) if len(referral_id) <= 36 else None
        if r is None:
            raise NotFound("referral", referral_id)
        if read:
            log(self.session, r, self.actor, "referral read")
            self.session.commit()
        return r

    def list(self, *, status: str | None = None, page: int = 1, per_page: int = 25) -> tuple[int, list[Referral]]:
        """The reader's referrals, newest first."""
        where = [self._mine()]
        if status == "open":
            where.append(Referral.status.in_(OPEN))
        elif status == "closed":
            where.append(Referral.status.not_in(OPEN))
        elif status:
            where.append(Referral.status == status)
        total = self.session.scalar(select(func.count()).select_from(Referral).where(*where))
        rows = self.session.scalars(select(Referral).where(*where).options(selectinload(Referral.history))
                                    .order_by(Referral.created_at.desc(), Referral.id)
                                    .limit(per_page).offset((page - 1) * per_page))
        return total, list(rows)

    def for_case(self, case_id: str) -> list[Referral]:
        """Every referral of one case (the team's view on the plan), oldest first."""
        return list(self.session.scalars(select(Referral).where(Referral.case_id == case_id, self._mine())
                                         .options(selectinload(Referral.history)).order_by(Referral.created_at)))

    # -- sending --

    def send(self, case_id: str, item_id: str, data: rs.ReferralIn) -> Referral:
        cases = Cases(self.ctx, self.session, self.actor)
        case, item = cases.item(case_id, item_id)
        if data.consent is not True:
            raise InvalidInput([FieldError("consent", "a referral needs the resident's consent: ask the resident and "
                                                      "send consent: true once they agree")])
        if case.status != "open":
            raise Conflict("status", "this case is closed; open a new case to refer the household")
        if item.status not in REFERABLE_ITEMS:
            raise Conflict("status", f"this plan item is {item.status}; only an agreed or approved item can be referred")
        earlier = self.session.scalars(select(Referral).where(Referral.case_id == case.id)).all()
        if any(r.plan_item_id == item.id and r.status not in RESENDABLE for r in earlier):
            raise Conflict("referral", "this plan item has already been referred; follow that referral, or cancel it first")
        if any(r.service_id == item.service_id and r.status == "rejected" for r in earlier):
            raise Conflict("service_id", "this organisation declined a referral for this household for this service; "
                                         "choose another option (see the alternatives)")
        svc = self.session.get(m.Service, item.service_id)
        org = self.session.get(m.Organization, svc.organization_id) if svc else None
        if svc is None or svc.status != "active" or org is None or not org.active:
            raise Conflict("service_id", "this service is no longer active on the map; choose another option")
        r = Referral(id=new_id(), case_id=case.id, plan_item_id=item.id, team=case.team, organization_id=org.id,
                     service_id=svc.id, service_name=svc.name, code=case.code, first_name=" ".join(data.first_name.split()),
                     contact=data.contact, message=data.message.strip(), status="requested", consent_by=self.actor.name,
                     consent_at=utcnow(), created_by=self.actor.name, reminded_at=None)
        r.history.append(ReferralEvent(id=new_id(), status="requested", reason="", actor=self.actor.name, party="consultant"))
        self.session.add(r)
        case.updated_at = utcnow()
        log(self.session, r, self.actor, "referral sent", f"to {org.name}, with consent")
        self.session.commit()
        notify(self.ctx, recipients(self.session, org), "Nieuwe verwijzing van het wijkteam",
               f"Beste collega's van {org.name},\n\n"
               f"Het wijkteam vraagt of u een inwoner kunt helpen met: {r.service_name} (code {r.code}).\n\n"
               f"Wilt u laten weten of het lukt? U ziet de vraag en hoe de inwoner contact wil hier:\n"
               f"{self.ctx.settings.public_url}/partner/verwijzingen/{r.id}\n\n"
               "Kunt u deze keer niet helpen? Zeg het dan ook, met een korte reden. Dan zoekt het wijkteam meteen verder.\n\n"
               "Dank u wel!\nSociale Kaart\n")
        return r

    # -- moving --

    def move(self, referral_id: str, status: str, reason: str = "") -> Referral:
        r = self.get(referral_id)
        reason = reason.strip()
        if status not in STATUSES:
            raise InvalidInput([FieldError("status", f"unknown status {status!r}; use one of: {', '.join(STATUSES)}")])
        if self.is_team and status not in TEAM_MOVES:
            raise Forbidden("The organisation that runs the service answers a referral; the team can only cancel it")
        if not self.is_team and status in TEAM_MOVES:
            raise Forbidden("Only the district team that sent the referral can cancel it; decline it with a reason instead")
        if status not in MOVES.get(r.status, ()):
            raise MoveNotAllowed(r.status, status)
        if status in NEEDS_REASON and not reason:
            raise InvalidInput([FieldError("reason", "say why you decline, so the team can look for another option "
                                                     "(for example: full until March, not for this age)")])
        r.status, r.updated_at = status, utcnow()
        r.history.append(ReferralEvent(id=new_id(), status=status, reason=reason, actor=self.actor.name,
                                       party="consultant" if self.is_team else "partner"))
        log(self.session, r, self.actor, f"referral {status}", reason)
        self.session.commit()
        if status in TELL_THE_TEAM:
            self._tell_sender(r)
        return r

    def _tell_sender(self, r: Referral) -> None:
        """The consultant who sent the referral hears of the organisation's answer and of the outcome."""
        kind, _, email = r.created_by.partition(":")
        account = self.session.scalar(select(PartnerAccount).where(PartnerAccount.email == email,
                                                                   PartnerAccount.active.is_(True))) if kind == "account" else None
        if account is None:
            return
        org = self.session.get(m.Organization, r.organization_id)
        what = TELL_THE_TEAM[r.status]
        notify(self.ctx, [account.email], f"Verwijzing {r.code}: {what}",
               f"Beste collega,\n\n{org.name if org else 'De organisatie'} heeft uw verwijzing naar {r.service_name} "
               f"(code {r.code}) bijgewerkt: {what}.\n\nU ziet wie, wanneer en waarom in het plan:\n"
               f"{self.ctx.settings.public_url}/consulent/huishouden/{r.case_id}#verwijzing-{r.plan_item_id}\n\n"
               "Dank u wel!\nSociale Kaart\n")

    # -- the next option --

    def alternatives(self, case_id: str, item_id: str, *, limit_per_tier: int = 3,
                     action: str | None = "alternatives") -> Advice:
        """The resolver's next fitting options for the item's life domain, without this item's service and without
        any service whose referral for this household was declined."""
        cases = Cases(self.ctx, self.session, self.actor)
        case, item = cases.item(case_id, item_id, action=action)
        self.session.commit()
        skip = {item.service_id} | set(self.session.scalars(
            select(Referral.service_id).where(Referral.case_id == case.id, Referral.status == "rejected")))
        domain = next((d for d in case.domains if d.life_domain == item.life_domain), None)
        request = cases.request(case, [domain or CaseDomain(life_domain=item.life_domain, zrm=None, question="")],
                                limit_per_tier=min(20, limit_per_tier + len(skip)))
        advice = resolve(self.ctx, request)
        tiers = [TierAdvice(tier=t.tier, label=t.label, suggestions=kept[:limit_per_tier])
                 for t in advice.tiers if (kept := [s for s in t.suggestions if s.id not in skip])]
        return Advice(acute=advice.acute, crisis=[s for s in advice.crisis if s.id not in skip], tiers=tiers,
                      excluded=[x for x in advice.excluded if x.id not in skip], explanation=advice.explanation)


CASE_CLOSED = "Het wijkteam heeft het plan van dit huishouden afgesloten."


def withdraw_unstarted(session: Session, case: Case, actor: Actor) -> None:
    """Closing a case cancels the referrals nobody has started on yet, so no organisation takes up a closed
    plan; help that has started goes on and is followed to its end. Part of the caller's transaction."""
    for r in session.scalars(select(Referral).where(Referral.case_id == case.id, Referral.status.in_(("requested", "accepted")))):
        r.status, r.updated_at = "cancelled", utcnow()
        r.history.append(ReferralEvent(id=new_id(), status="cancelled", reason=CASE_CLOSED, actor=actor.name, party="consultant"))
        log(session, r, actor, "referral cancelled", CASE_CLOSED)


# ----------------------------------------------------------------------------------------------
# for the plan, the dashboards and the team view


def latest_statuses(session: Session, item_ids: list[str]) -> dict[str, str]:
    """The status of each plan item's latest referral (items without one are left out)."""
    if not item_ids:
        return {}
    rows = session.execute(select(Referral.plan_item_id, Referral.status).where(Referral.plan_item_id.in_(item_ids))
                           .order_by(Referral.created_at))
    return {item: status for item, status in rows}


def waiting_count(session: Session, organization_id: str) -> int:
    """Referrals to the organisation that wait for its answer."""
    return session.scalar(select(func.count()).select_from(Referral).where(
        Referral.organization_id == organization_id, Referral.status == "requested")) or 0


# Dutch public holidays that are days off for most organisations (Easter-based ones computed).
def _easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * mm + 90) // 25
    return date(year, month, (h + l_ - 7 * mm + 33 * month + 19) % 32)


def holidays(year: int) -> set[date]:
    easter = _easter(year)
    kings = date(year, 4, 27)
    if kings.weekday() == 6:  # Koningsdag on a Sunday moves to the Saturday before
        kings -= timedelta(days=1)
    days = {date(year, 1, 1), kings, date(year, 12, 25), date(year, 12, 26)}
    days |= {easter + timedelta(days=n) for n in (1, 39, 50)}  # Easter Monday, Ascension, Whit Monday
    if year % 5 == 0:
        days.add(date(year, 5, 5))  # Bevrijdingsdag is a day off once every five years
    return days


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (weekends and public holidays do not count)."""
    count, day = 0, start
    off: dict[int, set[date]] = {}
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in off.setdefault(day.year, holidays(day.year)):
            count += 1
    return count


def unanswered(session: Session, days: int, as_of: date, *, team: str | None = None,
               organization_id: str | None = None) -> list[Referral]:
    """Referrals still waiting for an answer after `days` working days, oldest first."""
    stmt = select(Referral).where(Referral.status == "requested")
    if team:
        stmt = stmt.where(Referral.team == team)
    if organization_id:
        stmt = stmt.where(Referral.organization_id == organization_id)
    rows = session.scalars(stmt.order_by(Referral.created_at, Referral.id))
    return [r for r in rows if working_days_between(r.created_at.date(), as_of) >= days]


@dataclass
class PartnerFigures:
    """How one organisation answers the team's referrals."""

    organization_id: str
    organization: str
    sent: int
    answered: int
    accepted: int
    rejected: int
    waiting: int
    acceptance_rate: float | None  # accepted of answered, 0..1
    days_to_answer: float | None  # median days from sending to the first answer


def partner_figures(session: Session, team: str, start: date | None = None, end: date | None = None) -> list[PartnerFigures]:
    """Per organisation: referrals sent by the team in the period, acceptance rate and time to first answer."""
    stmt = select(Referral).where(Referral.team == team).options(selectinload(Referral.history))
    if start:
        stmt = stmt.where(Referral.created_at >= datetime.combine(start, time.min, timezone.utc))
    if end:
        stmt = stmt.where(Referral.created_at < datetime.combine(end + timedelta(days=1), time.min, timezone.utc))
    by_org: dict[str, list[Referral]] = {}
    for r in session.scalars(stmt):
        by_org.setdefault(r.organization_id, []).append(r)
    names = dict(session.execute(select(m.Organization.id, m.Organization.name).where(m.Organization.id.in_(list(by_org)))).all()) if by_org else {}
    out = []
    for org_id, refs in by_org.items():
        answers = [next((e for e in r.history if e.status in ("accepted", "rejected")), None) for r in refs]
        spans = [(a.at - r.created_at).total_seconds() / 86400 for r, a in zip(refs, answers) if a is not None]
        accepted = sum(1 for a in answers if a is not None and a.status == "accepted")
        out.append(PartnerFigures(
            organization_id=org_id, organization=names.get(org_id, org_id), sent=len(refs), answered=len(spans),
            accepted=accepted, rejected=len(spans) - accepted, waiting=sum(1 for r in refs if r.status == "requested"),
            acceptance_rate=round(accepted / len(spans), 2) if spans else None,
            days_to_answer=round(median(spans), 1) if spans else None))
    return sorted(out, key=lambda f: f.organization.lower())


# ----------------------------------------------------------------------------------------------
# reminders (the `remind` command's steps)


def _as_of_datetime(as_of: date) -> datetime:
    return datetime.combine(as_of, time.min, timezone.utc)


def remind_referrals(ctx: Context, as_of: date) -> list[str]:
    """Mail each organisation with referrals unanswered for `referral_reminder_days` working days (once per that
    many working days) at its partner accounts (or its own address). Returns one line per mail sent."""
    settings, days = ctx.settings, ctx.settings.referral_reminder_days
    sent = []
    with ctx.sessions() as session:
        due = [r for r in unanswered(session, days, as_of)
               if r.reminded_at is None or working_days_between(r.reminded_at.date(), as_of) >= days]
        by_org: dict[str, list[Referral]] = {}
        for r in due:
            by_org.setdefault(r.organization_id, []).append(r)
        for org_id, refs in by_org.items():
            org = session.get(m.Organization, org_id)
            to = recipients(session, org) if org is not None else []
            if not to:  # nobody to write to; the team still sees it waiting on its start page
                continue
            lines = "\n".join(f"- {r.service_name} (code {r.code}), verstuurd op {r.created_at:%d-%m-%Y}" for r in refs)
            body = (f"Beste collega's van {org.name},\n\n"
                    f"Er {'wacht' if len(refs) == 1 else 'wachten'} {len(refs)} "
                    f"{'verwijzing' if len(refs) == 1 else 'verwijzingen'} van het wijkteam op uw antwoord:\n\n{lines}\n\n"
                    f"Wilt u laten weten of u de inwoner kunt helpen? Dat kan met één klik in uw overzicht:\n"
                    f"{settings.public_url}/partner/verwijzingen\n\n"
                    "Kunt u deze keer niet helpen? Zeg het dan ook, met een korte reden. Dan zoekt het wijkteam meteen verder.\n\n"
                    "Dank u wel!\nSociale Kaart\n")
            subject = f"Er {'wacht een verwijzing' if len(refs) == 1 else f'wachten {len(refs)} verwijzingen'} op uw antwoord"
            mail.send(settings, ", ".join(to), subject, body)
            for r in refs:
                r.reminded_at = _as_of_datetime(as_of)
                log(session, r, SYSTEM, "referral reminder", f"to {org.name}")
            session.commit()
            sent.append(f"referrals: {len(refs)} unanswered, reminded {', '.join(to)}")
    return sent


REVIEW_REMINDER = "review reminder"


def remind_reviews(ctx: Context, as_of: date) -> list[str]:
    """Mail each coordinator (an account with an e-mail address) whose open cases have plan items due for review,
    once per review date. Returns one line per mail sent."""
    settings = ctx.settings
    sent = []
    with ctx.sessions() as session:
        rows = session.execute(select(Case, PlanItem).join(PlanItem).where(
            Case.status == "open", PlanItem.review_date.is_not(None), PlanItem.review_date <= as_of,
            PlanItem.status.in_(REFERABLE_ITEMS), Case.coordinator.like("account:%"))
            .order_by(PlanItem.review_date, PlanItem.id)).all()
        done = set(session.scalars(select(CaseLog.detail).where(
            CaseLog.action == REVIEW_REMINDER, CaseLog.case_id.in_({c.id for c, _ in rows})))) if rows else set()
        by_coordinator: dict[str, list[tuple[Case, PlanItem]]] = {}
        for case, item in rows:
            if f"{item.id} {item.review_date.isoformat()}" not in done:
                by_coordinator.setdefault(case.coordinator, []).append((case, item))
        for coordinator, items in by_coordinator.items():
            email = coordinator.partition(":")[2]
            account = session.scalar(select(PartnerAccount).where(PartnerAccount.email == email, PartnerAccount.active.is_(True)))
            if account is None:
                continue
            lines = "\n".join(f"- {c.code}: {i.service_name}, evaluatie op {i.review_date:%d-%m-%Y}\n"
                              f"  {settings.public_url}/consulent/huishouden/{c.id}#plan" for c, i in items)
            body = (f"Beste collega,\n\nHet is tijd om samen met {'het huishouden' if len({c.id for c, _ in items}) == 1 else 'deze huishoudens'} "
                    f"te kijken hoe het gaat:\n\n{lines}\n\n"
                    "Past de hulp nog? Leg de uitkomst vast in het plan.\n\nDank u wel!\nSociale Kaart\n")
            subject = "Evaluatie van een plan" if len(items) == 1 else f"Evaluatie van {len(items)} afspraken in plannen"
            mail.send(settings, account.email, subject, body)
            for case, item in items:
                session.add(CaseLog(id=new_id(), case_id=case.id, team=case.team, actor="system", action=REVIEW_REMINDER,
                                    detail=f"{item.id} {item.review_date.isoformat()}"))
            session.commit()
            sent.append(f"reviews: {len(items)} due, reminded {account.email}")
    return sent
