"""The editors' queues and overviews: the queries behind /redactie and /api/v1/editors.

Writes to the directory go through the directory service; this module reads, and writes only the
editors' own records (accounts and keys switched off, searches counted, import runs kept).
"""

from __future__ import annotations

import re
from datetime import date, datetime

import msgspec
from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from sociale_kaart.db import new_id
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.editors.models import ImportRun, PendingChange, SearchMiss
from sociale_kaart.editors.moderation import moderated_ids, require_editor
from sociale_kaart.feedback.models import Feedback
from sociale_kaart.geo.gazetteer import fold
from sociale_kaart.partners.models import ApiKey, PartnerAccount
from sociale_kaart.partners.service import Actor


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the last day of a shorter month)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def stale_before(months: int, today: date | None = None) -> str:
    """Listings confirmed before this day (ISO) are stale."""
    return months_before(today or date.today(), months).isoformat()


def is_stale(assured_date: str | None, months: int, today: date | None = None) -> bool:
    """Never confirmed counts as stale too: nobody has checked it."""
    return not assured_date or assured_date[:10] < stale_before(months, today)


def stale_condition(months: int, today: date | None = None):
    return or_(m.Service.assured_date.is_(None), m.Service.assured_date < stale_before(months, today))


# ---- the start page -------------------------------------------------------------------------


class Summary(msgspec.Struct):
    open_feedback: int
    pending_changes: int
    new_organizations: int
    stale_listings: int
    duplicate_suggestions: int
    without_coordinates: int
    imports_with_problems: int
    stale_months: int


def without_coordinates_query():
    """Active locations with a physical address that are not on the map."""
    return (select(m.Location.id).where(m.Location.active.is_(True), m.Location.latitude.is_(None),
                                        or_(m.Location.location_type.is_(None), m.Location.location_type != "virtual")))


def summary(session: Session, stale_months: int, duplicates: int) -> Summary:
    count = lambda stmt: session.scalar(select(func.count()).select_from(stmt.subquery())) or 0  # noqa: E731
    from sociale_kaart.partners.models import AccessRequest

    recent_runs = list(session.scalars(select(ImportRun).order_by(ImportRun.started.desc()).limit(10)))
    return Summary(
        open_feedback=count(select(Feedback.id).where(Feedback.handled.is_(False))),
        pending_changes=count(select(PendingChange.id).where(PendingChange.status == "pending")),
        new_organizations=count(select(AccessRequest.id).where(AccessRequest.status == "pending")),
        stale_listings=count(select(m.Service.id).where(m.Service.status == "active", stale_condition(stale_months))),
        duplicate_suggestions=duplicates,
        without_coordinates=count(without_coordinates_query()),
        imports_with_problems=sum(1 for r in recent_runs if r.rejected or r.not_geocoded or r.unusable),
        stale_months=stale_months,
    )


# ---- listings: the dashboard search, stale listings ---------------------------------------


class Listing(msgspec.Struct):
    id: str
    name: str
    organization_id: str
    organization_name: str
    status: str
    tier: str
    assured_date: str | None
    last_modified: datetime
    open_feedback: int
    stale: bool
    moderated: bool


class ListingFilter(msgspec.Struct):
    q: str = ""
    organization_id: str = ""
    status: str = ""
    tier: str = ""
    life_domain: str = ""
    never_checked: bool = False
    has_feedback: bool = False
    stale: bool = False


def listings(session: Session, f: ListingFilter, *, page: int, per_page: int, stale_months: int,
             today: date | None = None) -> tuple[int, list[Listing]]:
    open_fb = (select(Feedback.service_id, func.count().label("n")).where(Feedback.handled.is_(False))
               .group_by(Feedback.service_id).subquery())
    stmt = (select(m.Service.id, m.Service.name, m.Organization.id, m.Organization.name, m.Service.status, m.Service.tier,
                   m.Service.assured_date, m.Service.last_modified, func.coalesce(open_fb.c.n, 0))
            .join(m.Organization, m.Organization.id == m.Service.organization_id)
            .outerjoin(open_fb, open_fb.c.service_id == m.Service.id))
    if f.q.strip():
        like = f"%{f.q.strip().lower()}%"
        stmt = stmt.where(or_(func.lower(m.Service.name).like(like), func.lower(m.Organization.name).like(like)))
    if f.organization_id:
        stmt = stmt.where(m.Service.organization_id == f.organization_id)
    if f.status:
        stmt = stmt.where(m.Service.status == f.status)
    if f.tier:
        stmt = stmt.where(m.Service.tier == f.tier)
    if f.life_domain:
        stmt = stmt.where(exists().where(and_(m.ServiceLifeDomain.service_id == m.Service.id, m.ServiceLifeDomain.code == f.life_domain)))
    if f.never_checked:
        stmt = stmt.where(m.Service.assured_date.is_(None))
    if f.has_feedback:
        stmt = stmt.where(open_fb.c.n > 0)
    if f.stale:
        stmt = stmt.where(m.Service.status == "active", stale_condition(stale_months, today))
        order = (m.Service.assured_date.is_not(None), m.Service.assured_date, m.Service.name, m.Service.id)
    else:
        order = (m.Service.name, m.Service.id)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.execute(stmt.order_by(*order).limit(per_page).offset((page - 1) * per_page)).all()
    moderated = moderated_ids(session)
    return total, [Listing(sid, name, oid, oname, status, tier, assured, modified, n, is_stale(assured, stale_months, today),
                           oid in moderated)
                   for sid, name, oid, oname, status, tier, assured, modified, n in rows]


def organization_choices(session: Session) -> list[tuple[str, str]]:
    return list(session.execute(select(m.Organization.id, m.Organization.name).where(m.Organization.active.is_(True))
                                .order_by(m.Organization.name)))


# ---- accounts and keys ---------------------------------------------------------------------


class AccountOut(msgspec.Struct):
    id: str
    email: str
    role: str
    organization_id: str | None
    organization_name: str | None
    team: str | None
    active: bool
    created_at: datetime


class KeyOut(msgspec.Struct):
    id: str
    name: str
    role: str
    organization_id: str | None
    organization_name: str | None
    team: str | None
    revoked: bool
    created_at: datetime


def accounts(session: Session, *, q: str = "") -> list[AccountOut]:
    stmt = (select(PartnerAccount, m.Organization.name).outerjoin(m.Organization, m.Organization.id == PartnerAccount.organization_id)
            .order_by(PartnerAccount.active.desc(), PartnerAccount.email))
    if q.strip():
        like = f"%{q.strip().lower()}%"
        stmt = stmt.where(or_(PartnerAccount.email.like(like), func.lower(m.Organization.name).like(like)))
    return [AccountOut(a.id, a.email, a.role, a.organization_id, org, a.team, a.active, a.created_at) for a, org in session.execute(stmt)]


def keys(session: Session) -> list[KeyOut]:
    stmt = (select(ApiKey, m.Organization.name).outerjoin(m.Organization, m.Organization.id == ApiKey.organization_id)
            .order_by(ApiKey.revoked, ApiKey.created_at.desc()))
    return [KeyOut(k.id, k.name, k.role, k.organization_id, org, k.team, k.revoked, k.created_at) for k, org in session.execute(stmt)]


def set_account_active(session: Session, actor: Actor, account_id: str, active: bool) -> None:
    """Disabling takes effect at once: every request reads the account again (partners/signin.py)."""
    require_editor(actor)
    account = session.get(PartnerAccount, account_id)
    if account is None:
        raise s.NotFound("account", account_id)
    if account.role == "admin" and actor.role != "admin":
        raise s.Forbidden("Only an administrator may switch an administrator's account")
    if f"account:{account.email}" == actor.name and not active:
        raise s.InvalidInput([s.FieldError("id", "you cannot disable your own account")])
    account.active = active
    session.commit()


def revoke_key(session: Session, actor: Actor, key_id: str) -> None:
    require_editor(actor)
    key = session.get(ApiKey, key_id)
    if key is None:
        raise s.NotFound("key", key_id)
    if key.role == "admin" and actor.role != "admin":
        raise s.Forbidden("Only an administrator may revoke an administrator's key")
    key.revoked = True
    session.commit()


# ---- what residents look for ----------------------------------------------------------------

MAX_QUERY = 200


def week_of(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def fold_query(q: str) -> str:
    """The same words count as one search: lower case, no accents, single spaces."""
    return re.sub(r"\s+", " ", fold(q or "")).strip()[:MAX_QUERY]


def count_miss(session: Session, q: str, day: date | None = None) -> None:
    """A search without results: +1 for its folded words this week. No person, no time of day."""
    query = fold_query(q)
    if not query:
        return
    week = week_of(day or date.today())
    row = session.scalar(select(SearchMiss).where(SearchMiss.week == week, SearchMiss.query == query))
    if row is None:
        session.add(SearchMiss(id=new_id(), week=week, query=query, count=1))
    else:
        row.count = SearchMiss.count + 1
    try:
        session.commit()
    except Exception:  # noqa: BLE001 - two processes counted the same new query at once: the other row stands
        session.rollback()


class MissOut(msgspec.Struct):
    week: str
    query: str
    count: int


def misses(session: Session, *, weeks: int = 8, limit_per_week: int = 50, today: date | None = None) -> dict[str, list[MissOut]]:
    """The most frequent searches without results, per week, newest week first."""
    rows = session.scalars(select(SearchMiss).order_by(SearchMiss.week.desc(), SearchMiss.count.desc(), SearchMiss.query))
    out: dict[str, list[MissOut]] = {}
    for r in rows:
        if r.week not in out and len(out) >= weeks:
            break
        bucket = out.setdefault(r.week, [])
        if len(bucket) < limit_per_week:
            bucket.append(MissOut(r.week, r.query, r.count))
    return out


# ---- import runs ------------------------------------------------------------------------------


class ImportRunOut(msgspec.Struct):
    id: str
    source: str
    started: datetime
    created: int
    updated: int
    unchanged: int
    rejected: int
    not_geocoded: int
    unusable: str | None = None
    report: dict | None = None


def record_import(session: Session, report, source: str | None = None) -> str:
    """Keep an import's report (importers.report.Report) for the editors' import page, under the
    source's name with the file or address it read."""
    from importers.report import encode

    label = report.source.rstrip("/").rsplit("/", 1)[-1] if "://" not in report.source else report.source
    name = f"{source} ({label})" if source and source != label else label
    row = ImportRun(id=new_id(), source=name[:2000], created=report.created, updated=report.updated,
                    unchanged=report.unchanged, rejected=report.rejected, not_geocoded=report.not_geocoded,
                    unusable=report.unusable, report=encode(report).decode())
    session.add(row)
    session.commit()
    return row.id


def import_runs(session: Session, *, page: int, per_page: int) -> tuple[int, list[ImportRunOut]]:
    total = session.scalar(select(func.count()).select_from(ImportRun)) or 0
    rows = session.scalars(select(ImportRun).order_by(ImportRun.started.desc(), ImportRun.id).limit(per_page).offset((page - 1) * per_page))
    return total, [ImportRunOut(r.id, r.source, r.started, r.created, r.updated, r.unchanged, r.rejected, r.not_geocoded, r.unusable)
                   for r in rows]


def import_run(session: Session, run_id: str) -> ImportRunOut:
    r = session.get(ImportRun, run_id)
    if r is None:
        raise s.NotFound("import run", run_id)
    return ImportRunOut(r.id, r.source, r.started, r.created, r.updated, r.unchanged, r.rejected, r.not_geocoded, r.unusable,
                        msgspec.json.decode(r.report) if r.report else {})


class Unplaced(msgspec.Struct):
    location_id: str
    name: str
    organization_name: str
    address: str
    postal_code: str
    city: str


def unplaced_locations(session: Session, *, limit: int = 100) -> tuple[int, list[Unplaced]]:
    """Locations that could not be geocoded, with the address to correct."""
    ids = without_coordinates_query()
    total = session.scalar(select(func.count()).select_from(ids.subquery())) or 0
    rows = session.execute(
        select(m.Location.id, m.Location.name, m.Organization.name, m.Address.address_1, m.Address.postal_code, m.Address.city)
        .outerjoin(m.Organization, m.Organization.id == m.Location.organization_id)
        .outerjoin(m.Address, m.Address.location_id == m.Location.id)
        .where(m.Location.id.in_(ids)).order_by(m.Location.name, m.Location.id).limit(limit))
    seen: dict[str, Unplaced] = {}
    for lid, name, org, street, pc, city in rows:
        seen.setdefault(lid, Unplaced(lid, name or "", org or "", street or "", pc or "", city or ""))
    return total, list(seen.values())
