"""Cases: one household, one plan, one coordinator; decisions not taken alone.

Every function takes the acting consultant. Case data is only for consultants of the case's
team: another team gets "not found" (it must not learn that the case exists), any other role
"forbidden". Every read and every change is written to the case log in the same transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from statistics import median

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, object_session, selectinload

from sociale_kaart import vocab
from sociale_kaart.cases import schemas as cs
from sociale_kaart.cases.models import Case, CaseDomain, CaseLog, PlanItem
from sociale_kaart.context import Context
from sociale_kaart.db import new_id, utcnow
from sociale_kaart.directory import models as m
from sociale_kaart.directory.schemas import FieldError, Forbidden, InvalidInput, NotFound
from sociale_kaart.partners.service import Actor
from sociale_kaart.resolver.schemas import Advice, Need, Person, ResolveRequest
from sociale_kaart.resolver.service import INTENSIVE, resolve

ZRM = {  # the scale's level names (the matrix's own descriptions are copyrighted)
    1: ("Acute problemen", "Acute problems"),
    2: ("Niet zelfredzaam", "Not self-reliant"),
    3: ("Beperkt zelfredzaam", "Partly self-reliant"),
    4: ("Voldoende zelfredzaam", "Self-reliant enough"),
    5: ("Volledig zelfredzaam", "Fully self-reliant"),
}
PLAN_STATUSES = ("agreed", "awaiting_approval", "approved", "rejected")
# A household member in one of these roles makes services for that audience fitting (INTERFACES.md).
MEMBER_AUDIENCE = {"carer": "carers", "parent": "parents"}
OPEN_NEED = 3  # a ZRM score up to this asks for support; 4 and 5 are self-reliant
QUESTION_TEXT_MAX = 1000  # what the resolver reads of the household's own words


class Conflict(InvalidInput):
    """The record is in a state where this cannot be done (HTTP 409)."""

    def __init__(self, key: str, message: str):
        super().__init__([FieldError(key, message)], detail="Conflict")


# ----------------------------------------------------------------------------------------------
# checks


_DIGITS9 = re.compile(r"(?<!\d)\d{9}(?!\d)")


def is_bsn(digits: str) -> bool:
    """The eleven-test of the citizen service number (burgerservicenummer)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1))) - int(digits[8])
    return total % 11 == 0


def contains_bsn(code: str) -> bool:
    """True when the code is or holds a citizen service number, however it is written."""
    compact = re.sub(r"[\s.\-_/]", "", code)
    candidates = set(_DIGITS9.findall(compact)) | set(_DIGITS9.findall(code))
    if compact.isdigit() and len(compact) == 8:
        candidates.add("0" + compact)  # an old BSN written without its leading zero
    return any(is_bsn(c) for c in candidates)


def check_zrm(value, key: str = "zrm") -> int | None:
    if value is None:
        return None
    if type(value) is not int or not 1 <= value <= 5:
        raise InvalidInput([FieldError(key, f"a ZRM score is a whole number from 1 (acute problems) to 5 (fully "
                                            f"self-reliant), not {value!r}")])
    return value


def check_domain(code: str, key: str = "life_domain") -> str:
    if code not in vocab.LIFE_DOMAINS:
        raise InvalidInput([FieldError(key, f"unknown life domain {code!r}; use one of: {', '.join(vocab.LIFE_DOMAINS)}")])
    return code


def display_name(actor_name: str) -> str:
    """'account:jan@team.example' -> 'jan@team.example'; 'key:Jan:1a2b3c4d' -> 'Jan'."""
    kind, _, rest = actor_name.partition(":")
    if kind == "key":
        return rest.rsplit(":", 1)[0]
    return rest or actor_name


# ----------------------------------------------------------------------------------------------
# output


def domain_out(d: CaseDomain) -> cs.DomainOut:
    return cs.DomainOut(life_domain=d.life_domain, label=vocab.label(vocab.LIFE_DOMAINS, d.life_domain), zrm=d.zrm,
                        question=d.question, own_strength=d.own_strength, network=d.network)


def item_out(i: PlanItem, referral_status: str | None = None) -> cs.PlanItemOut:
    return cs.PlanItemOut(id=i.id, service_id=i.service_id, service_name=i.service_name, life_domain=i.life_domain,
                          tier=i.tier, status=i.status, who=i.who, start_date=i.start_date, review_date=i.review_date,
                          motivation=i.motivation, author=display_name(i.author), created=i.created_at,
                          decided_by=display_name(i.decided_by) if i.decided_by else None, decided_at=i.decided_at,
                          decision_note=i.decision_note, referral_status=referral_status)


def case_out(c: Case, full: bool = True) -> cs.CaseOut:
    from sociale_kaart.referrals.service import latest_statuses  # referrals build on cases, not the other way

    session = object_session(c)
    referrals = latest_statuses(session, [i.id for i in c.plan]) if full and session is not None else {}
    return cs.CaseOut(
        id=c.id, code=c.code, team=c.team, coordinator=display_name(c.coordinator), status=c.status,
        postcode=c.postcode, members=[cs.Member(role=x.get("role", "resident"), age=x.get("age")) for x in c.members or []],
        network_available=c.network_available, budget=c.budget, languages=list(c.languages or []),
        days=list(c.days or []), max_distance_km=c.max_distance_km, wheelchair=c.wheelchair, created=c.created_at,
        updated=c.updated_at, closed=c.closed_at,
        domains=[domain_out(d) for d in c.domains] if full else [],
        plan=[item_out(i, referrals.get(i.id)) for i in c.plan] if full else [],
    )


# ----------------------------------------------------------------------------------------------
# the service


class Cases:
    def __init__(self, ctx: Context, session: Session, actor: Actor):
        if actor.role != "consultant" or not actor.team:
            raise Forbidden("Only consultants of a district team may see or change cases")
        self.ctx, self.session, self.actor = ctx, session, actor

    # -- access and log --

    def get(self, case_id: str, *, action: str | None = "read", detail: str = "") -> Case:
        """The case if it belongs to the actor's team (else NotFound); logs the read."""
        case = self.session.get(Case, case_id) if isinstance(case_id, str) and len(case_id) <= 36 else None
        if case is None or case.team != self.actor.team:
            raise NotFound("case", case_id)
        if action:
            self.log(case, action, detail)
        return case

    def log(self, case: Case, action: str, detail: str = "") -> None:
        self.session.add(CaseLog(id=new_id(), case_id=case.id, team=case.team, actor=self.actor.name, action=action,
                                 detail=detail[:500]))

    def commit(self) -> None:
        self.session.commit()

    def _open(self, case: Case) -> None:
        if case.status != "open":
            raise Conflict("status", "this case is closed; it can be read, exported or erased, not changed")

    # -- the household --

    def create(self, data: cs.CaseIn) -> Case:
        values = self._household(data)
        case = Case(id=new_id(), team=self.actor.team, coordinator=self.actor.name, status="open", **values)
        self.session.add(case)
        self.log(case, "create")
        try:
            self.session.commit()
        except IntegrityError:
            self.session.rollback()
            raise Conflict("code", f"your team already has a case with the code {data.code!r}") from None
        return case

    def update(self, case_id: str, data: cs.CaseIn) -> Case:
        case = self.get(case_id, action=None)
        self._open(case)
        values = self._household(data)
        if values["code"] != case.code and self.session.scalar(
                select(Case.id).where(Case.team == case.team, Case.code == values["code"])):
            raise Conflict("code", f"your team already has a case with the code {data.code!r}")
        for k, v in values.items():
            setattr(case, k, v)
        case.updated_at = utcnow()
        self.log(case, "update", "household")
        self.session.commit()
        return case

    def _household(self, data: cs.CaseIn) -> dict:
        errors = []
        code = " ".join(data.code.split())
        if not code:
            errors.append(FieldError("code", "give the household a code, for example HH-2026-014"))
        elif contains_bsn(code):
            errors.append(FieldError("code", "this looks like a citizen service number (BSN); use your team's own "
                                             "code for the household, never a BSN"))
        postcode = None
        if data.postcode and data.postcode.strip():
            place = self.ctx.gazetteer.resolve(data.postcode)
            if place is None or not re.fullmatch(r"\d{4}\s?[A-Za-z]{0,2}", data.postcode.strip()):
                errors.append(FieldError("postcode", f"we do not know the postcode {data.postcode!r}; give a Dutch "
                                                     "postcode like 1271 or 1271 AB"))
            else:
                postcode = data.postcode.strip().upper().replace(" ", "")
                postcode = postcode[:4] + (" " + postcode[4:] if len(postcode) > 4 else "")
        if errors:
            raise InvalidInput(errors)
        return dict(code=code, postcode=postcode, members=[{"role": x.role, "age": x.age} for x in data.members],
                    network_available=data.network_available, budget=data.budget,
                    languages=[x.lower() for x in data.languages] or ["nl"], days=list(data.days),
                    max_distance_km=data.max_distance_km, wheelchair=data.wheelchair)

    def list(self, *, status: str | None = "open") -> list[Case]:
        stmt = select(Case).where(Case.team == self.actor.team).options(selectinload(Case.plan), selectinload(Case.domains))
        if status:
            stmt = stmt.where(Case.status == status)
        return list(self.session.scalars(stmt.order_by(Case.updated_at.desc(), Case.id)))

    def close(self, case_id: str) -> Case:
        case = self.get(case_id, action=None)
        self._open(case)
        from sociale_kaart.referrals.service import withdraw_unstarted  # referrals build on cases, not the other way

        case.status, case.closed_at = "closed", utcnow()
        withdraw_unstarted(self.session, case, self.actor)
        self.log(case, "close")
        self.session.commit()
        return case

    def export(self, case_id: str) -> cs.Export:
        case = self.get(case_id, action="export")
        self.session.commit()
        return cs.Export(case=case_out(case), log=self.log_entries(case_id, action=None), exported=utcnow())

    def erase(self, case_id: str) -> None:
        """Erase on request (AVG art. 17): the household's data goes; the log keeps that it was erased."""
        case = self.get(case_id, action=None)
        self.session.execute(delete(CaseLog).where(CaseLog.case_id == case.id))
        self.session.delete(case)
        self.log(case, "erase")
        self.session.commit()

    def log_entries(self, case_id: str, *, action: str | None = "read log") -> list[cs.LogEntry]:
        case = self.get(case_id, action=action)
        if action:
            self.session.commit()
        rows = self.session.scalars(select(CaseLog).where(CaseLog.case_id == case.id).order_by(CaseLog.at, CaseLog.id))
        return [cs.LogEntry(actor=display_name(r.actor), action=r.action, detail=r.detail, at=r.at) for r in rows]

    # -- intake --

    def set_domain(self, case_id: str, life_domain: str, data: cs.DomainIn) -> CaseDomain:
        check_domain(life_domain)
        zrm = check_zrm(data.zrm)
        case = self.get(case_id, action=None)
        self._open(case)
        row = next((d for d in case.domains if d.life_domain == life_domain), None)
        if row is None:
            row = CaseDomain(id=new_id(), life_domain=life_domain, position=list(vocab.LIFE_DOMAINS).index(life_domain))
            case.domains.append(row)
            case.domains.sort(key=lambda d: d.position)
        row.zrm, row.question, row.own_strength, row.network = zrm, data.question.strip(), data.own_strength.strip(), data.network.strip()
        row.updated_at = case.updated_at = utcnow()
        self.log(case, "intake", life_domain)
        self.session.commit()
        return row

    # -- advice --

    def request(self, case: Case, domains: list[CaseDomain], *, limit_per_tier: int = 3, all_tiers: bool = False) -> ResolveRequest:
        """The resolver's question for these life domains of the household."""
        resident = next((x for x in case.members or [] if x.get("role") == "resident"), None)
        text = " ".join(d.question for d in domains if d.question)[:QUESTION_TEXT_MAX]
        return ResolveRequest(
            need=Need(life_domains=[d.life_domain for d in domains], text=text,
                      zrm={d.life_domain: d.zrm for d in domains if d.zrm is not None}),
            person=Person(age=resident.get("age") if resident else None, near=case.postcode,
                          max_distance_km=case.max_distance_km, languages=list(case.languages or ["nl"]),
                          wheelchair=case.wheelchair, budget=case.budget, days=list(case.days or []),
                          network_available=case.network_available,
                          roles=sorted({MEMBER_AUDIENCE[x.get("role")] for x in case.members or [] if x.get("role") in MEMBER_AUDIENCE})),
            limit_per_tier=limit_per_tier, all_tiers=all_tiers,
        )

    def needs(self, case: Case) -> list[CaseDomain]:
        """The domains that ask for support: scored up to OPEN_NEED, or not scored but with a question."""
        return [d for d in case.domains if (d.zrm is not None and d.zrm <= OPEN_NEED) or (d.zrm is None and d.question)]

    def advice(self, case_id: str, life_domain: str | None = None, *, all_tiers: bool = False) -> Advice:
        """The resolver's advice for the case, or for one life domain; `all_tiers` also shows the
        tailored and specialist rungs that the ladder would hold back."""
        case = self.get(case_id, action="advice", detail=life_domain or "")
        self.session.commit()
        if life_domain is not None:
            check_domain(life_domain)
            domains = [d for d in case.domains if d.life_domain == life_domain]
            if not domains:
                domains = [CaseDomain(life_domain=life_domain, zrm=None, question="")]
        else:
            domains = self.needs(case)
            if not domains:
                raise InvalidInput([FieldError("domains", "record the intake first: give at least one life domain a ZRM "
                                                          "score of 1 to 3 or a question")])
        return resolve(self.ctx, self.request(case, domains, all_tiers=all_tiers))

    # -- the plan --

    def add_item(self, case_id: str, data: cs.PlanIn) -> PlanItem:
        check_domain(data.life_domain)
        case = self.get(case_id, action=None)
        self._open(case)
        svc = self.session.scalar(select(m.Service).where(m.Service.id == data.service_id.lower()))
        org = self.session.get(m.Organization, svc.organization_id) if svc else None
        if svc is None or svc.status != "active" or org is None or not org.active:
            raise InvalidInput([FieldError("service_id", "there is no active service with this id; choose one from the advice")])
        motivation = data.motivation.strip()
        errors = []
        if svc.tier in INTENSIVE and not motivation:
            errors.append(FieldError("motivation", "a tailored or specialist provision needs a written motivation: why do "
                                                   "own strength, network, volunteers and general provisions not fit?"))
        if data.start_date and data.review_date and data.review_date < data.start_date:
            errors.append(FieldError("review_date", "the review date comes after the start date"))
        if errors:
            raise InvalidInput(errors)
        item = PlanItem(id=new_id(), service_id=svc.id, service_name=svc.name, organization_id=svc.organization_id,
                        life_domain=data.life_domain, tier=svc.tier,
                        status="awaiting_approval" if svc.tier in INTENSIVE else "agreed",
                        who=data.who.strip(), start_date=data.start_date, review_date=data.review_date,
                        motivation=motivation, author=self.actor.name, decision_note="")
        case.plan.append(item)
        case.updated_at = utcnow()
        self.log(case, "plan add", f"{svc.name} ({item.status})")
        self.session.commit()
        return item

    def item(self, case_id: str, item_id: str, *, action: str | None = None) -> tuple[Case, PlanItem]:
        case = self.get(case_id, action=action)
        item = next((i for i in case.plan if i.id == item_id), None)
        if item is None:
            raise NotFound("plan item", item_id)
        return case, item

    def decide(self, case_id: str, item_id: str, approve: bool, note: str) -> PlanItem:
        """Four-eyes: another consultant of the team approves or refuses a tailored or specialist item."""
        case, item = self.item(case_id, item_id)
        self._open(case)
        if item.author == self.actor.name:
            raise Forbidden("You proposed this item yourself: a colleague of your team decides on it (four-eyes)")
        if item.status != "awaiting_approval":
            raise Conflict("status", f"this item is {item.status}; only an item awaiting approval can be decided")
        note = note.strip()
        if not approve and not note:
            raise InvalidInput([FieldError("note", "a refusal needs a motivation, so the household and the team know why")])
        item.status = "approved" if approve else "rejected"
        item.decided_by, item.decided_at, item.decision_note = self.actor.name, utcnow(), note
        case.updated_at = utcnow()
        self.log(case, "approve" if approve else "reject", item.service_name)
        self.session.commit()
        return item

    # -- the team --

    def waiting_for_me(self) -> list[tuple[Case, PlanItem]]:
        rows = self.session.execute(
            select(Case, PlanItem).join(PlanItem).where(Case.team == self.actor.team, Case.status == "open",
                                                        PlanItem.status == "awaiting_approval",
                                                        PlanItem.author != self.actor.name)
            .order_by(PlanItem.created_at))
        return [(c, i) for c, i in rows]

    def reviews_due(self, within_days: int = 14, today: date | None = None) -> list[tuple[Case, PlanItem]]:
        until = (today or date.today()) + timedelta(days=within_days)
        rows = self.session.execute(
            select(Case, PlanItem).join(PlanItem).where(
                Case.team == self.actor.team, Case.status == "open", PlanItem.review_date.is_not(None),
                PlanItem.review_date <= until, PlanItem.status.in_(("agreed", "approved")))
            .order_by(PlanItem.review_date, PlanItem.id))
        return [(c, i) for c, i in rows]

    def team_view(self, start: date | None = None, end: date | None = None) -> TeamView:
        stmt = select(Case, PlanItem).join(PlanItem).where(Case.team == self.actor.team)
        if start:
            stmt = stmt.where(PlanItem.created_at >= datetime.combine(start, datetime.min.time(), timezone.utc))
        if end:
            stmt = stmt.where(PlanItem.created_at < datetime.combine(end + timedelta(days=1), datetime.min.time(), timezone.utc))
        rows = list(self.session.execute(stmt.order_by(PlanItem.created_at.desc(), PlanItem.id)))
        return TeamView.of(self.actor.name, [(c, i) for c, i in rows])


@dataclass
class Cell:
    mine: int = 0
    team: int = 0


@dataclass
class TeamView:
    """The decision log of a team over a period: per life domain and tier, how often each outcome
    was chosen, by me beside the whole team; time from intake to plan; decisions to discuss."""

    outcomes: dict[tuple[str, str], dict[str, Cell]]
    days_to_plan: float | None
    days_to_plan_mine: float | None
    waiting: int
    decisions: list[tuple[Case, PlanItem]]
    total: int

    @classmethod
    def of(cls, me: str, rows: list[tuple[Case, PlanItem]]) -> TeamView:
        outcomes: dict[tuple[str, str], dict[str, Cell]] = {}
        first_item: dict[str, tuple[Case, PlanItem]] = {}
        for case, item in rows:
            cell = outcomes.setdefault((item.life_domain, item.tier), {s: Cell() for s in PLAN_STATUSES})[item.status]
            cell.team += 1
            cell.mine += item.author == me
            if case.id not in first_item or item.created_at < first_item[case.id][1].created_at:
                first_item[case.id] = (case, item)

        def days(pairs) -> float | None:
            spans = [max(0.0, (i.created_at - c.created_at).total_seconds() / 86400) for c, i in pairs]
            return round(median(spans), 1) if spans else None

        order = {d: n for n, d in enumerate(vocab.LIFE_DOMAINS)}
        return cls(
            outcomes=dict(sorted(outcomes.items(), key=lambda kv: (order.get(kv[0][0], 99), vocab.TIER_ORDER.get(kv[0][1], 9)))),
            days_to_plan=days(first_item.values()),
            days_to_plan_mine=days([p for p in first_item.values() if p[0].coordinator == me]),
            waiting=sum(1 for _, i in rows if i.status == "awaiting_approval"),
            decisions=[(c, i) for c, i in rows if i.tier in INTENSIVE],
            total=len(rows),
        )


def retention_limit(today: date, months: int) -> date:
    """The day `months` calendar months before `today` (the last day of a shorter month)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    for day in range(today.day, 27, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, min(today.day, 28))


def purge(session: Session, closed_before: date) -> int:
    """Erase every case closed before the date (the retention period has passed); returns how many."""
    limit = datetime.combine(closed_before, datetime.min.time(), timezone.utc)
    cases = list(session.scalars(select(Case).where(Case.status == "closed", Case.closed_at < limit)))
    for case in cases:
        session.execute(delete(CaseLog).where(CaseLog.case_id == case.id))
        session.delete(case)
        session.add(CaseLog(id=new_id(), case_id=case.id, team=case.team, actor="system", action="purge",
                            detail=f"closed before {closed_before.isoformat()}"))
    session.commit()
    return len(cases)

