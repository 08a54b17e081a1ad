"""The duplicates queue: the finder's suggestions side by side, merge choosing per field, and
"not a duplicate" remembered. Finding is `directory.duplicates.find`; joining history and
provenance is `directory.provenance.merge`; this module only adds the editor's choices."""

from __future__ import annotations

from typing import Any

import msgspec
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sociale_kaart.db import new_id
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.duplicates import Candidate, find
from sociale_kaart.directory.provenance import merge
from sociale_kaart.editors.models import NotDuplicate
from sociale_kaart.editors.moderation import require_editor
from sociale_kaart.partners.service import Actor

# What an editor chooses between, per kind, in this order on the page.
SERVICE_FIELDS = ("name", "alternate_name", "description", "url", "email", "phones", "service_at_locations", "schedules",
                  "application_process", "eligibility_description", "fees_description", "cost_options", "wait_time",
                  "languages", "organization_id", "assured_date")
ORGANIZATION_FIELDS = ("name", "alternate_name", "description", "email", "website", "phones", "organization_identifiers",
                       "legal_status")
FIELDS = {"service": SERVICE_FIELDS, "organization": ORGANIZATION_FIELDS}


class CandidateOut(msgspec.Struct):
    kind: str
    keep_id: str
    other_id: str
    score: float
    reason: str
    names: list[str]
    sources: list[str]


def candidate_out(c: Candidate) -> CandidateOut:
    return CandidateOut(c.kind, c.keep_id, c.other_id, c.score, c.reason, list(c.names), list(c.sources))


# Finding takes seconds at 100,000 services, so the suggestions are kept per database (and per
# process) until a service, organisation, anything in a service's search document (the index change
# log) or "not a duplicate" changes; the pages and the summary count answer from them.
_found: dict[str, tuple[tuple, list[Candidate]]] = {}


def _fingerprint(session: Session) -> tuple:
    from sociale_kaart import index_log

    services = session.execute(select(func.count(), func.max(m.Service.last_modified)).select_from(m.Service)).one()
    orgs = session.execute(select(func.count(), func.max(m.Organization.last_modified)).select_from(m.Organization)).one()
    dismissed = session.scalar(select(func.count()).select_from(NotDuplicate))
    return (*services, *orgs, dismissed, index_log.head(session))


def open_candidates(session: Session, limit: int | None = None) -> list[Candidate]:
    """The finder's suggestions (it leaves out pairs marked "not a duplicate" and inactive records)."""
    key = str(session.get_bind().url)
    fingerprint = _fingerprint(session)
    cached = _found.get(key)
    if cached is None or cached[0] != fingerprint:
        cached = _found[key] = (fingerprint, find(session))
    return cached[1][:limit]


def count_open(session: Session) -> int:
    return len(open_candidates(session))


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def mark_not_duplicate(session: Session, actor: Actor, first_id: str, second_id: str) -> None:
    require_editor(actor)
    kind = _kind(session, first_id, second_id)
    a, b = pair_key(first_id, second_id)
    if session.scalar(select(NotDuplicate.id).where(NotDuplicate.first_id == a, NotDuplicate.second_id == b)) is not None:
        return
    session.add(NotDuplicate(id=new_id(), kind=kind, first_id=a, second_id=b, by=actor.name))
    try:
        session.commit()
    except IntegrityError:  # marked at the same moment by a colleague
        session.rollback()


def _kind(session: Session, first_id: str, second_id: str) -> str:
    if first_id == second_id:
        raise s.InvalidInput([s.FieldError("second_id", "a record cannot be a duplicate of itself")])
    for model, kind in ((m.Service, "service"), (m.Organization, "organization")):
        if session.get(model, first_id) is not None and session.get(model, second_id) is not None:
            return kind
    raise s.NotFound("service or organization", f"{first_id} / {second_id}")


def side_by_side(directory, keep_id: str, other_id: str) -> tuple[str, list[tuple[str, Any, Any]]]:
    """Both records' values per field, for the merge page (kind, [(field, keep value, other value)])."""
    kind = _kind(directory.session, keep_id, other_id)
    keep, other = (_record(directory, kind, i) for i in (keep_id, other_id))
    for record in (keep, other):  # the organisation by name, not by id
        org = directory.session.get(m.Organization, record.get("organization_id") or "")
        if org is not None:
            record["organization_id"] = org.name
    return kind, [(f, keep.get(f), other.get(f)) for f in FIELDS[kind]]


def _record(directory, kind: str, rid: str) -> dict:
    if kind == "service":
        return msgspec.to_builtins(directory.get_service(rid, public=False))
    return msgspec.to_builtins(directory.organizations_out([rid], full=True)[0])


def merge_records(directory, keep_id: str, other_id: str, choices: dict[str, str]) -> str:
    """Take the chosen fields from the other record into the kept one, then merge the two
    (history, provenance; the other is marked inactive). One transaction."""
    require_editor(directory.actor)
    kind = _kind(directory.session, keep_id, other_id)
    wrong = [k for k, v in choices.items() if k not in FIELDS[kind] or v not in ("keep", "other")]
    if wrong:
        raise s.InvalidInput([s.FieldError(f"fields.{k}", "choose 'keep' or 'other' for a field of the record") for k in wrong])
    take = [k for k, v in choices.items() if v == "other"]
    if take:
        keep, other = _record(directory, kind, keep_id), _record(directory, kind, other_id)
        merged = {**keep, **{k: other.get(k) for k in take}, "id": keep_id}
        if kind == "service":
            if "service_at_locations" in take:  # the rows move to the kept service: new ids
                merged["service_at_locations"] = [{**x, "id": None} for x in merged.get("service_at_locations") or []]
            merged.pop("organization", None)
            directory.stage_service(s.convert(merged, s.Service), keep_id, create=False)
        else:
            merged.pop("services", None)
            directory._save_organization(s.convert(merged, s.Organization), keep_id, create=False)
    return merge(directory, keep_id, other_id)
