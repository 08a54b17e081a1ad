"""Where an import stores its records: one batch at a time, owned by `ImportBatches`.

The importer (importers/pipeline.py) reads, checks and geocodes each record and hands the valid
ones over as `Record`s; this stores them. Per batch of BATCH records:

1. resolve: which ids of the batch are stored already (one query per table), and whether each
   stored organization still holds what the batch sends (its rows loaded once for the batch);
2. plan: a new service goes the fast path when its organization is new, or stored with the same
   content, and its locations are new (or were inserted earlier in this run with the same
   content) and its taxonomy terms exist. Its rows are built here from the same column helpers
   the ORM path uses (`service.organization_values` ...);
3. write the fast rows table by table with one executemany each, in a savepoint; if the database
   refuses them anyway, every record of the batch goes the per-record path instead;
4. the per-record path (`Directory.stage_service` in a savepoint, each record whole or not at
   all) for what needs it: updates of stored services (kept hand edits become conflicts), an
   organization or location whose content differs, terms to create, a batch the database refused;
5. `_flush`: the provenance rows (`SourceLedger`) and the index change log of the batch;
   `_commit` commits: on PostgreSQL each batch, on SQLite less and less often (see COMMIT_MAX).

`tests/importers/test_fast_path.py` checks that both paths store the same rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import msgspec
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from importers.report import Problem, Report
from sociale_kaart import index_log, vocab
from sociale_kaart.db import new_id, utcnow
from sociale_kaart.directory import hsds
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.provenance import KeepHandEdits, SourceLedger, importer_name
from sociale_kaart.directory.service import (
    LOCATION_LOAD, ORGANIZATION_LOAD, Directory, _text, child_values, location_values, normalised_addresses,
    organization_values, service_values,
)
from sociale_kaart.partners.service import Actor

# Records a batch. SQLite gains from fewer, larger batches (100k services: 97 s at 1,000, 85 s at
# 2,500); PostgreSQL measured slower at 2,500 (127 s against 96 s, before its rows went by COPY).
BATCH = {"sqlite": 2500, "postgresql": 1000}
# SQLite: a commit writes every page the transaction dirtied to the write-ahead log; with random
# UUID keys a batch dirties pages all over every index, so a commit costs about as much as the
# database is large, and a commit per batch makes an import quadratic (100k services: 30 s in
# commits at one per 2,500). So the first batch is committed at once, and from then on the records
# between commits grow with what this run committed, up to COMMIT_MAX: 12 commits for 100k services.
# The import holds SQLite's one write lock until it commits, and other writers (a partner saving a
# listing) wait for it at most db.SQLITE_BUSY_SECONDS: a group of 10,000 takes about 7 s here, so
# they wait and succeed even on a busy machine. PostgreSQL commits each batch.
COMMIT_MAX = {"sqlite": 10_000}
SQLITE_CACHE_KIB = 256 * 1024  # SQLite's own page cache during an import (its default is 2 MiB)
# Parents before children, so foreign keys hold at every insert.
ORDER = (m.Organization, m.OrganizationIdentifier, m.Location, m.Address, m.Accessibility, m.Service,
         m.ServiceLifeDomain, m.ServiceAtLocation, m.Phone, m.Schedule, m.ServiceArea, m.CostOption,
         m.Language, m.Attribute, m.ChangeRecord)
PHONE = hsds.PHONE_FIELDS + ("extension",)
IDENTIFIER = ("identifier_scheme", "identifier_type", "identifier")


@dataclass
class Record:
    """A record the importer checked and found valid: where it is in the input, its id there,
    its content hash, the service itself, its extensions, and location id -> geocoded point."""

    where: str
    external_id: str
    digest: str
    data: s.Service
    ext: hsds.Extensions
    points: dict


def _key(struct) -> bytes:
    return msgspec.json.encode(struct)


def _term_id(a: s.Attribute) -> str | None:
    return (a.taxonomy_term.id if a.taxonomy_term else None) or a.taxonomy_term_id


def _children(items, fields: tuple[str, ...]) -> list[tuple]:
    return sorted(map(repr, (tuple(hsds.clean(getattr(i, f, None)) for f in fields) for i in items)))


# A location's child rows as `Directory._save_location` syncs them: (relationship, fields).
LOCATION_PARTS = (("addresses", hsds.ADDRESS_FIELDS), ("phones", PHONE), ("schedules", hsds.SCHEDULE_FIELDS),
                  ("languages", hsds.LANGUAGE_FIELDS), ("accessibility", hsds.ACCESSIBILITY_FIELDS))


def location_content(loc, attributes: list[tuple], ext: hsds.Extensions | None = None) -> tuple:
    """What `Directory._save_location` compares, of an incoming (schemas, with its extensions) or
    a stored (models) location, but for its organization and coordinates: equal means saving it
    would change nothing."""
    if isinstance(loc, m.Location):
        values = {f: getattr(loc, f) for f in (*hsds.LOCATION_FIELDS, *vocab.LOCATION_FEATURES, "confidential")}
        parts = {name: getattr(loc, name) for name, _ in LOCATION_PARTS}
    else:
        values = location_values(loc, ext)
        parts = {name: getattr(loc, name) for name, _ in LOCATION_PARTS} | {"addresses": normalised_addresses(loc)}
    return (sorted(values.items(), key=lambda kv: kv[0]), [_children(parts[name], fields) for name, fields in LOCATION_PARTS],
            sorted(attributes, key=repr))


def organization_content(org, attributes: list[tuple]) -> tuple:
    """What `Directory._save_organization` compares, of an incoming (schemas) or a stored (models)
    organization: equal means saving it would change nothing."""
    stored = isinstance(org, m.Organization)
    values = {f: getattr(org, f) for f in (*hsds.ORGANIZATION_FIELDS, "year_incorporated")} if stored else organization_values(org)
    identifiers = org.identifiers if stored else org.organization_identifiers
    return (sorted(values.items(), key=lambda kv: kv[0]), _children(identifiers, IDENTIFIER), _children(org.phones, PHONE),
            sorted(attributes, key=repr))


class ImportBatches:
    """Stores the records of one import run, a batch at a time; see the module's docstring."""

    def __init__(self, directory: Directory, source: str, file: str, report: Report, *, dry_run: bool = False,
                 fast: bool = True, size: int | None = None, commit_each_batch: bool = False):
        self.directory = directory
        self.session: Session = directory.session
        directory.actor = Actor(importer_name(source), "importer")
        directory.on_change = None  # the caller brings the index up to date once, at the end
        self.guard = KeepHandEdits(self.session)
        directory.guard = self.guard
        self.ledger = SourceLedger(self.session, source)
        self.actor_name = importer_name(source)
        self.file = file
        self.report = report
        self.dry_run = dry_run
        self.fast = fast  # False: every record the per-record way (the tests compare both)
        self.size = size or BATCH.get(self.session.bind.dialect.name, 1000)
        # A remote geocoder's cache is written in a session of its own: SQLite's write lock must not
        # stay held while it asks (at most one request a second, so the commits cost nothing then).
        self.commit_max = self.size if commit_each_batch else max(self.size, COMMIT_MAX.get(self.session.bind.dialect.name, 0))
        self.uncommitted = 0  # records stored since the last commit
        self.committed = 0  # records stored and committed by this run
        self.changed: set[str] = set()  # services whose public face changed (for the index)
        self.per_record = 0  # how many records took the per-record path
        self.terms = set(self.session.scalars(select(m.TaxonomyTerm.id)))
        # Stored organizations and locations that hold what this run sends: id -> content.
        self.orgs: dict[str, bytes] = {}
        self.locations: dict[str, bytes] = {}
        self.records: list[Record] = []
        self._reset()

    def add(self, record: Record) -> None:
        self.records.append(record)
        if len(self.records) >= self.size:
            self._store_batch()
            if self.uncommitted >= min(self.commit_max, max(self.size, self.committed)):
                self._commit()

    def store(self) -> None:
        """Store and commit the records collected so far."""
        self._store_batch()
        self._commit()

    def _store_batch(self) -> None:
        batch, self.records = self.records, []
        self.uncommitted += len(batch)
        if self.session.bind.dialect.name == "sqlite":
            # Random UUID keys touch pages all over every table and index: keep them in memory; and
            # copy the write-ahead log into the database (with its fsync) every 64 MiB, not every 4.
            connection = self.session.connection()
            connection.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            connection.exec_driver_sql("PRAGMA wal_autocheckpoint=16384")
        slow: list[Record] = []
        fast: list[Record] = []
        if batch and self.fast:
            self._resolve([r.data for r in batch])
            now = utcnow()
            for r in batch:
                if self._accepts(r.data, r.ext):
                    self._add_rows(r.data, r.ext, r.points, now)
                    fast.append(r)
                else:
                    slow.append(r)
        else:
            slow = batch
        changed: set[str] = set()
        if fast:
            try:
                self._write()
            except DBAPIError:
                slow = batch  # replay: each record whole or not at all
            else:
                for r in fast:
                    self.report.created += 1
                    changed.add(r.data.id)
                    self.report.not_geocoded += sum(1 for v in r.points.values() if v is None)
                    self.ledger.stored(r.external_id, r.data.id, r.digest)
        for r in slow:
            changed |= self._store_one(r)
        self._flush(changed)

    def deactivate_vanished(self) -> None:
        """For `--full`: the services this source sent before and not this time become inactive."""
        changed = set()
        for rid in self.ledger.vanished():
            svc = self.session.get(m.Service, rid)
            if svc is not None and svc.status == "active":
                self.directory._deactivate_service(svc)
                self.report.deactivated += 1
                changed.add(rid)
        self._flush(changed)
        self._commit()

    def _flush(self, changed: set[str]) -> None:
        """After each batch: its provenance rows and its index change log rows (written by the
        commit, in the same transaction). `changed`: the services whose public face it changed."""
        self.changed |= changed
        self.ledger.flush(self._insert)
        index_log.record(self.session, changed)  # Core writes pass no ORM hook
        self.session.flush()
        self.session.expunge_all()

    def _commit(self) -> None:
        """The one place an import commits (a dry run does not; the importer rolls back at the end)."""
        self.committed += self.uncommitted
        self.uncommitted = 0
        if not self.dry_run:
            self.session.commit()

    # ---- the per-record path ---------------------------------------------------------

    def _store_one(self, r: Record) -> set[str]:
        """Through `Directory.stage_service` in a savepoint; returns the services it changed."""
        self.per_record += 1
        d = self.directory
        existed = self.session.get(m.Service, r.data.id) is not None
        conflicts_before = len(self.guard.conflicts)
        d._changed = set()  # what this record changes (the importer never calls `Directory.commit`)
        savepoint = self.session.begin_nested()
        try:
            staged = d.stage_service(r.data)
            for loc_id, point in r.points.items():
                loc = self.session.get(m.Location, loc_id)
                if loc is not None and loc.latitude is None and point is not None:
                    d.set_coordinates(loc_id, point.lat, point.lon, point.precision)
            self.session.flush()
            savepoint.commit()
        except (s.InvalidInput, s.NotFound, s.Forbidden, DBAPIError) as exc:
            savepoint.rollback()
            del self.guard.conflicts[conflicts_before:]
            if isinstance(exc, DBAPIError):
                errors = [s.FieldError("", f"the database refused this record: {str(getattr(exc, 'orig', exc)).splitlines()[0]}")]
            else:
                errors = exc.errors if isinstance(exc, s.InvalidInput) else [s.FieldError("", str(exc))]
            self.report.rejected += 1
            self.report.problems += [Problem(self.file, r.where, e.key, e.message, r.data.id) for e in errors]
            return set()
        # What this record changed may differ from what this run inserted before: compare again.
        if r.data.organization is not None:
            self.orgs.pop(r.data.organization.id, None)
        for sal in r.data.service_at_locations:
            self.locations.pop(sal.location.id if sal.location is not None else sal.location_id, None)
        self.report.warnings += [Problem(self.file, r.where, w.key, w.message, staged.id) for w in d.warnings]
        conflicts = [msgspec.structs.replace(c, file=self.file, record=r.where) for c in self.guard.conflicts[conflicts_before:]]
        self.report.conflicts += conflicts
        self.report.not_geocoded += sum(1 for v in r.points.values() if v is None)
        if staged.id in d._changed:
            if existed:
                self.report.updated += 1
            else:
                self.report.created += 1
        else:
            self.report.unchanged += 1
        # With a conflict the old hash stays, so the next run reports it again until it is settled.
        digest = r.digest
        if conflicts:
            known = self.ledger.target(r.external_id)
            digest = known[1] if known else ""
        self.ledger.stored(r.external_id, staged.id, digest)
        return d._changed

    # ---- the fast path: resolving --------------------------------------------------------

    def _reset(self) -> None:
        self.rows: dict[type, list[dict]] = defaultdict(list)
        self.pending_orgs: dict[str, bytes] = {}
        self.pending_locations: dict[str, bytes] = {}
        self.contested: set[str] = set()
        self.stored: dict[type, set[str]] = {}
        self.used: dict[type, set[str]] = defaultdict(set)
        self.location_exts: dict[str, hsds.Extensions] = {}

    def _resolve(self, batch: list[s.Service]) -> None:
        """Which ids of this batch are stored already (one query per table), and which stored
        organizations hold what this batch sends (their rows loaded once)."""
        wanted: dict[type, set[str]] = defaultdict(set)
        for data in batch:
            wanted[m.Service].add(data.id)
            if data.organization is not None:
                org = data.organization
                wanted[m.Organization].add(org.id)
                wanted[m.OrganizationIdentifier] |= {x.id for x in org.organization_identifiers if x.id}
                wanted[m.Phone] |= {x.id for x in org.phones if x.id}
                wanted[m.Attribute] |= {x.id for x in org.attributes if x.id}
            for part, model in ((data.phones, m.Phone), (data.schedules, m.Schedule), (data.service_areas, m.ServiceArea),
                                (data.cost_options, m.CostOption), (data.languages, m.Language),
                                (data.attributes, m.Attribute), (data.service_at_locations, m.ServiceAtLocation)):
                wanted[model] |= {x.id for x in part if x.id}
            for sal in data.service_at_locations:
                wanted[m.Phone] |= {x.id for x in sal.phones if x.id}
                wanted[m.Schedule] |= {x.id for x in sal.schedules if x.id}
                loc = sal.location
                if loc is not None:
                    wanted[m.Location].add(loc.id)
                    for part, model in ((loc.addresses, m.Address), (loc.phones, m.Phone), (loc.schedules, m.Schedule),
                                        (loc.languages, m.Language), (loc.accessibility, m.Accessibility),
                                        (loc.attributes, m.Attribute)):
                        wanted[model] |= {x.id for x in part if x.id}
                elif sal.location_id:
                    wanted[m.Location].add(sal.location_id)
        self.stored = {model: self._existing(model, ids) for model, ids in wanted.items()}
        self.stored_orgs = self._organizations(self.stored.get(m.Organization, set()) - set(self.orgs))
        self.stored_locations = self._locations(self.stored.get(m.Location, set()) - set(self.locations))

    def _existing(self, model, ids: set) -> set[str]:
        """Which of these ids the table holds. Plain driver SQL: compiling an IN of thousands of
        bound parameters costs SQLAlchemy more than the query costs the database."""
        ids.discard(None)
        if not ids:
            return set()
        connection = self.session.connection()
        table = model.__table__.name
        if connection.dialect.name == "postgresql":
            return {r[0] for r in connection.exec_driver_sql(f'SELECT id FROM "{table}" WHERE id = ANY(%(ids)s)', {"ids": list(ids)})}
        found: set[str] = set()
        ids_list = sorted(ids)
        for i in range(0, len(ids_list), 5000):
            chunk = tuple(ids_list[i:i + 5000])
            found |= {r[0] for r in connection.exec_driver_sql(
                f'SELECT id FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))})', chunk)}
        return found

    def _stored_attributes(self, ids: set[str]) -> dict[str, list[tuple]]:
        """The attributes of these stored organizations or locations: id -> [(term id, value)]."""
        attrs: dict[str, list[tuple]] = defaultdict(list)
        for link_id, tid, value in self.session.execute(
                select(m.Attribute.link_id, m.Attribute.taxonomy_term_id, m.Attribute.value).where(m.Attribute.link_id.in_(ids))):
            attrs[link_id].append((tid, value))
        return attrs

    def _organizations(self, ids: set[str]) -> dict[str, tuple]:
        """Stored organizations (not inserted by this run): id -> `organization_content`."""
        if not ids:
            return {}
        attrs = self._stored_attributes(ids)
        rows = self.session.scalars(select(m.Organization).where(m.Organization.id.in_(ids)).options(*ORGANIZATION_LOAD))
        return {o.id: (organization_content(o, attrs[o.id]), {x.id for x in o.identifiers} | {x.id for x in o.phones}) for o in rows}

    def _locations(self, ids: set[str]) -> dict[str, tuple]:
        """Stored locations (not inserted by this run): id -> (`location_content`, organization id,
        latitude, longitude, child ids by relationship)."""
        if not ids:
            return {}
        attrs = self._stored_attributes(ids)
        rows = self.session.scalars(select(m.Location).where(m.Location.id.in_(ids)).options(*LOCATION_LOAD))
        return {loc.id: (location_content(loc, attrs[loc.id]), loc.organization_id, loc.latitude, loc.longitude,
                         {name: {x.id for x in getattr(loc, name)} for name, _ in LOCATION_PARTS}) for loc in rows}

    def _location_unchanged(self, loc: s.Location, org_id: str | None) -> bool:
        """Stored before this run and saving it again (`Directory._save_location`, then the
        geocoded point if it has no coordinates) would change nothing."""
        stored = self.stored_locations.get(loc.id)
        if stored is None:
            return False
        content, stored_org, lat, lon, child_ids = stored
        if (loc.organization_id or stored_org or org_id) != stored_org:
            return False
        if loc.latitude is not None and (loc.latitude, loc.longitude) != (lat, lon):
            return False  # moved
        if loc.latitude is None and lat is None:
            return False  # not on the map yet: the per-record path places it
        if any(not {x.id for x in getattr(loc, name) if x.id} <= child_ids[name] for name, _ in LOCATION_PARTS):
            return False
        ext = self._location_ext(loc)
        attrs = [(_term_id(a), None if a.value is None else str(a.value)) for _, a in ext.other]
        return location_content(loc, attrs, ext) == content

    def _org_unchanged(self, org: s.Organization) -> bool:
        """Stored before this run and saving it again would change nothing."""
        stored = self.stored_orgs.get(org.id)
        if stored is None:
            return False
        content, child_ids = stored
        given = {x.id for x in org.organization_identifiers if x.id} | {x.id for x in org.phones if x.id}
        attrs = [(_term_id(a), None if a.value is None else str(a.value)) for a in org.attributes]
        return given <= child_ids and organization_content(org, attrs) == content

    def _accepts(self, data: s.Service, ext: hsds.Extensions) -> bool:
        """A new service whose organization is new or holds the same content, whose locations
        are new or unchanged from this run, and whose taxonomy terms exist."""
        if data.id is None or data.id in self.stored.get(m.Service, ()):
            return False
        org = data.organization
        if org is not None:
            if org.id is None or data.organization_id not in (None, org.id) or org.id in self.contested:
                return False
            seen = self.orgs.get(org.id) or self.pending_orgs.get(org.id)
            if seen is None and org.id in self.stored.get(m.Organization, ()):
                if not self._org_unchanged(org):
                    return False
                seen = self.orgs[org.id] = _key(org)
            if seen is not None and seen != _key(org):
                self.contested.add(org.id)  # from here on in this batch, this organization goes record by record
                return False
            if not self._terms_known(org.attributes):
                return False
        elif data.organization_id not in self.orgs and data.organization_id not in self.pending_orgs:
            return False
        for sal in data.service_at_locations:
            loc = sal.location
            if loc is None:
                if sal.location_id not in self.locations and sal.location_id not in self.pending_locations \
                        and sal.location_id not in self.stored.get(m.Location, ()):
                    return False  # a link to a location the database does not hold: the per-record path says so
                continue
            if loc.id is None or loc.id in self.contested:
                return False
            seen = self.locations.get(loc.id) or self.pending_locations.get(loc.id)
            if seen is None and loc.id in self.stored.get(m.Location, ()):
                if not self._terms_known(a for _, a in self._location_ext(loc).other) or \
                        not self._location_unchanged(loc, org.id if org is not None else data.organization_id):
                    return False
                seen = self.locations[loc.id] = _key(loc)
            if seen is not None and seen != _key(loc):
                self.contested.add(loc.id)
                return False
            if not self._terms_known(a for _, a in self._location_ext(loc).other):
                return False
        return self._terms_known(a for _, a in ext.other)

    def _terms_known(self, attrs) -> bool:
        return all(_term_id(a) in self.terms for a in attrs)

    # ---- the fast path: rows -------------------------------------------------------------

    def _id(self, model, given: str | None) -> str:
        """The given id when it is free, else a fresh one (as `Directory._sync` does)."""
        if given and given not in self.stored.get(model, ()) and given not in self.used[model]:
            self.used[model].add(given)
            return given
        return new_id()

    def _child_rows(self, model, items: list, fields: tuple[str, ...], fixed: dict) -> None:
        if items:  # most lists are empty
            self.rows[model] += [{"id": self._id(model, i.id), **child_values(i, fields), **fixed} for i in items]

    def _attributes(self, link_type: str, link_id: str, attrs) -> None:
        for a in attrs:
            self.rows[m.Attribute].append({"id": self._id(m.Attribute, a.id), "link_id": link_id, "link_type": link_type,
                                           "link_entity": link_type, "taxonomy_term_id": _term_id(a),
                                           "value": None if a.value is None else str(a.value)})

    def _log(self, resource_type: str, resource_id: str, name: str | None, now) -> None:
        self.rows[m.ChangeRecord].append({
            "id": new_id(), "resource_id": resource_id, "resource_type": resource_type, "last_action_date": now,
            "last_action_type": "create", "field_name": "record", "previous_value": "", "replacement_value": _text(name),
            "updated_by": self.actor_name,
        })

    def _add_rows(self, data: s.Service, ext: hsds.Extensions, points: dict, now) -> None:
        """Rows for one accepted service; `points` maps location id -> geocoded Point; `now`: the batch's time."""
        org_id = data.organization_id
        if data.organization is not None:
            org = data.organization
            org_id = org.id
            if org.id not in self.orgs and org.id not in self.pending_orgs:
                self.pending_orgs[org.id] = _key(org)
                self.rows[m.Organization].append({"id": org.id, **organization_values(org), "active": True, "last_modified": now})
                self._child_rows(m.OrganizationIdentifier, org.organization_identifiers, IDENTIFIER, {"organization_id": org.id})
                self._child_rows(m.Phone, org.phones, PHONE, {"organization_id": org.id})
                self._attributes("organization", org.id, org.attributes)
                self._log("organization", org.id, org.name, now)
        sid = data.id
        self.rows[m.Service].append({"id": sid, "organization_id": org_id, **service_values(data, ext), "last_modified": now})
        self.rows[m.ServiceLifeDomain] += [{"service_id": sid, "code": c} for c in ext.life_domains]
        fixed = {"service_id": sid}
        self._child_rows(m.Phone, data.phones, PHONE, fixed)
        self._child_rows(m.Schedule, data.schedules, hsds.SCHEDULE_FIELDS, fixed)
        self._child_rows(m.ServiceArea, data.service_areas, hsds.AREA_FIELDS, fixed)
        self._child_rows(m.CostOption, data.cost_options, hsds.COST_FIELDS, fixed)
        self._child_rows(m.Language, data.languages, hsds.LANGUAGE_FIELDS, fixed)
        self._attributes("service", sid, [a for _, a in ext.other])
        self._log("service", sid, data.name, now)
        for sal in data.service_at_locations:
            loc = sal.location
            loc_id = loc.id if loc is not None else sal.location_id
            if loc is not None and loc.id not in self.locations and loc.id not in self.pending_locations:
                self._location(loc, org_id, points.get(loc.id), now)
            sal_id = self._id(m.ServiceAtLocation, sal.id)
            self.rows[m.ServiceAtLocation].append({"id": sal_id, "service_id": sid, "location_id": loc_id,
                                                   "description": hsds.clean(sal.description)})
            self._child_rows(m.Phone, sal.phones, PHONE, {"service_at_location_id": sal_id})
            self._child_rows(m.Schedule, sal.schedules, hsds.SCHEDULE_FIELDS, {"service_at_location_id": sal_id})

    def _location_ext(self, loc: s.Location) -> hsds.Extensions:
        if loc.id not in self.location_exts:
            self.location_exts[loc.id] = hsds.location_extensions(loc)
        return self.location_exts[loc.id]

    def _location(self, loc: s.Location, org_id: str | None, point, now) -> None:
        ext = self._location_ext(loc)
        self.pending_locations[loc.id] = _key(loc)
        if loc.latitude is not None:
            lat, lon, precision = loc.latitude, loc.longitude, "given"
        elif point is not None:
            lat, lon, precision = point.lat, point.lon, point.precision
        else:
            lat, lon, precision = None, None, "none"
        self.rows[m.Location].append({"id": loc.id, "organization_id": loc.organization_id or org_id, **location_values(loc, ext),
                                      "latitude": lat, "longitude": lon, "geo_precision": precision, "active": True,
                                      "last_modified": now})
        fixed = {"location_id": loc.id}
        self._child_rows(m.Address, normalised_addresses(loc), hsds.ADDRESS_FIELDS, fixed)
        self._child_rows(m.Phone, loc.phones, PHONE, fixed)
        self._child_rows(m.Schedule, loc.schedules, hsds.SCHEDULE_FIELDS, fixed)
        self._child_rows(m.Language, loc.languages, hsds.LANGUAGE_FIELDS, fixed)
        self._child_rows(m.Accessibility, loc.accessibility, hsds.ACCESSIBILITY_FIELDS, fixed)
        self._attributes("location", loc.id, [a for _, a in ext.other])
        self._log("location", loc.id, loc.name or "", now)

    # ---- the fast path: writing ----------------------------------------------------------

    def _write(self) -> None:
        """Insert the planned rows in a savepoint. On a database error the savepoint is rolled
        back, the plan forgotten and the error raised."""
        try:
            with self.session.begin_nested():
                for model in ORDER:
                    rows = self.rows.get(model)
                    if rows:
                        self._insert(model.__table__, _uniform(rows))
        except Exception:
            self._reset()
            raise
        self.orgs.update(self.pending_orgs)
        self.locations.update(self.pending_locations)
        self._reset()

    def _insert(self, table, rows: list[dict]) -> None:
        """One table's rows through the driver itself: SQLAlchemy's per-row parameter handling
        costs more than the database's insert. Only the columns whose type converts values
        (datetimes) pass their bind processor. SQLite: executemany; PostgreSQL: COPY (its
        executemany sends one INSERT a row)."""
        connection = self.session.connection()
        dialect = connection.dialect
        columns = list(rows[0])
        params = [[r[c] for c in columns] for r in rows]
        for i, c in enumerate(columns):
            if convert := table.c[c].type._cached_bind_processor(dialect):
                done: dict = {}  # the rows of a batch share one time: convert it once
                for row in params:
                    value = row[i]
                    row[i] = done[value] if value in done else done.setdefault(value, convert(value))
        names = ", ".join(f'"{c}"' for c in columns)
        if dialect.name == "postgresql":
            sql = f'COPY "{table.name}" ({names}) FROM STDIN'
            try:
                with connection.connection.dbapi_connection.cursor() as cursor, cursor.copy(sql) as copy:
                    for row in params:
                        copy.write_row(row)
            except dialect.loaded_dbapi.Error as exc:
                raise DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error) from exc
            return
        sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        connection.exec_driver_sql(sql, list(map(tuple, params)))


def _uniform(rows: list[dict]) -> list[dict]:
    """executemany needs the same keys in every row."""
    keys = set().union(*rows)
    if all(len(r) == len(keys) for r in rows):
        return rows
    return [{k: r.get(k) for k in keys} for r in rows]
