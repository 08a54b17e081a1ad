"""Bulk inserts of brand-new services for large imports.

`Directory.stage_service` costs tens of milliseconds per service (ORM unit of work, lookups per
part); a 100,000-service feed needs less. A new service whose organization and locations are
new too (or were inserted earlier in this run with the same content) is turned into plain rows
here and inserted table by table with one executemany each. Everything else (updates, records
that touch stored organizations or locations) goes through `stage_service`.

Validation stays in one place: callers pass only services that passed `check_service`, and the
column values come from the same helpers the ORM path uses. A batch that the database refuses
anyway (a constraint, a length on PostgreSQL) raises, and the caller replays it record by record.
"""

from __future__ import annotations

from collections import defaultdict

import msgspec
from sqlalchemy import select
from sqlalchemy.orm import Session

from sociale_kaart import index_log
from sociale_kaart.db import new_id, utcnow
from sociale_kaart.directory import hsds
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.directory.service import (
    _text, child_values, location_values, normalised_addresses, organization_values, service_values,
)

# Parents before children, so foreign keys hold at every insert.
ORDER = (m.Organization, m.OrganizationIdentifier, m.Location, m.Address, m.Accessibility, m.Service,
         m.ServiceLifeDomain, m.ServiceAtLocation, m.Phone, m.Schedule, m.ServiceArea, m.CostOption,
         m.Language, m.Attribute, m.ChangeRecord)
CHILD_TABLES = (m.OrganizationIdentifier, m.Address, m.Accessibility, m.ServiceAtLocation, m.Phone, m.Schedule,
                m.ServiceArea, m.CostOption, m.Language, m.Attribute)
PHONE = hsds.PHONE_FIELDS + ("extension",)


def _key(struct) -> bytes:
    return msgspec.json.encode(struct)


class BulkInsert:
    def __init__(self, session: Session, actor_name: str):
        self.session = session
        self.actor_name = actor_name
        self.terms = set(session.scalars(select(m.TaxonomyTerm.id)))
        # What this run inserted: id -> content, so a later service may share it unchanged.
        self.orgs: dict[str, bytes] = {}
        self.locations: dict[str, bytes] = {}
        self._reset()

    def _reset(self) -> None:
        self.rows: dict[type, list[dict]] = defaultdict(list)
        self.pending_orgs: dict[str, bytes] = {}
        self.pending_locations: dict[str, bytes] = {}
        self.service_ids: list[str] = []
        self.stored: dict[type, set[str]] = {}
        self.used: dict[type, set[str]] = defaultdict(set)
        self.location_exts: dict[str, hsds.Extensions] = {}

    # ---- planning --------------------------------------------------------------------

    def prepare(self, batch: list[s.Service]) -> None:
        """Look up, in one query per table, which ids of this batch are stored already."""
        wanted: dict[type, set[str]] = defaultdict(set)
        for data in batch:
            wanted[m.Service].add(data.id)
            if data.organization is not None:
                wanted[m.Organization].add(data.organization.id)
                org = data.organization
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
        self.stored = {}
        for model, ids in wanted.items():
            ids.discard(None)
            found: set[str] = set()
            ids_list = sorted(ids)
            for i in range(0, len(ids_list), 2000):
                found |= set(self.session.scalars(select(model.id).where(model.id.in_(ids_list[i:i + 2000]))))
            self.stored[model] = found

    def accepts(self, data: s.Service, ext: hsds.Extensions) -> bool:
        """A new service whose organization and locations are new, or unchanged from this run."""
        if data.id is None or data.id in self.stored.get(m.Service, ()):
            return False
        org = data.organization
        if org is not None:
            if org.id is None or org.id in self.stored.get(m.Organization, ()) or data.organization_id not in (None, org.id):
                return False
            seen = self.orgs.get(org.id) or self.pending_orgs.get(org.id)
            if seen is not None and seen != _key(org):
                return False
            if not self._terms_known(org.attributes):
                return False
        elif data.organization_id not in self.orgs and data.organization_id not in self.pending_orgs:
            return False
        for sal in data.service_at_locations:
            loc = sal.location
            if loc is None:
                if sal.location_id not in self.locations and sal.location_id not in self.pending_locations:
                    return False
                continue
            if loc.id is None or loc.id in self.stored.get(m.Location, ()):
                return False
            seen = self.locations.get(loc.id) or self.pending_locations.get(loc.id)
            if seen is not None and seen != _key(loc):
                return False
            if not self._terms_known(a for _, a in self._location_ext(loc).other):
                return False
        return self._terms_known(a for _, a in ext.other)

    def _terms_known(self, attrs) -> bool:
        for a in attrs:
            tid = (a.taxonomy_term.id if a.taxonomy_term else None) or a.taxonomy_term_id
            if tid not in self.terms:
                return False
        return True

    # ---- rows ------------------------------------------------------------------------

    def _id(self, model, given: str | None) -> str:
        """The given id when it is free, else a fresh one (as `Directory._sync` does)."""
        if given and given not in self.stored.get(model, ()) and given not in self.used[model]:
            self.used[model].add(given)
            return given
        return new_id()

    def _children(self, model, items: list, fields: tuple[str, ...], fixed: dict) -> None:
        self.rows[model] += [{"id": self._id(model, i.id), **child_values(i, fields), **fixed} for i in items]

    def _attributes(self, link_type: str, link_id: str, attrs) -> None:
        for a in attrs:
            tid = (a.taxonomy_term.id if a.taxonomy_term else None) or a.taxonomy_term_id
            self.rows[m.Attribute].append({"id": self._id(m.Attribute, a.id), "link_id": link_id, "link_type": link_type,
                                           "link_entity": link_type, "taxonomy_term_id": tid,
                                           "value": None if a.value is None else str(a.value)})

    def _log(self, resource_type: str, resource_id: str, name: str | None, now) -> None:
        self.rows[m.ChangeRecord].append({
            "id": new_id(), "resource_id": resource_id, "resource_type": resource_type, "last_action_date": now,
            "last_action_type": "create", "field_name": "record", "previous_value": "", "replacement_value": _text(name),
            "updated_by": self.actor_name,
        })

    def add(self, data: s.Service, ext: hsds.Extensions, points: dict) -> None:
        """Rows for one accepted service; `points` maps location id -> geocoded Point."""
        now = utcnow()
        org_id = data.organization_id
        if data.organization is not None:
            org = data.organization
            org_id = org.id
            if org.id not in self.orgs and org.id not in self.pending_orgs:
                self.pending_orgs[org.id] = _key(org)
                self.rows[m.Organization].append({"id": org.id, **organization_values(org), "active": True, "last_modified": now})
                self._children(m.OrganizationIdentifier, org.organization_identifiers,
                               ("identifier_scheme", "identifier_type", "identifier"), {"organization_id": org.id})
                self._children(m.Phone, org.phones, PHONE, {"organization_id": org.id})
                self._attributes("organization", org.id, org.attributes)
                self._log("organization", org.id, org.name, now)
        sid = data.id
        self.service_ids.append(sid)
        self.rows[m.Service].append({"id": sid, "organization_id": org_id, **service_values(data, ext), "last_modified": now})
        self.rows[m.ServiceLifeDomain] += [{"service_id": sid, "code": c} for c in ext.life_domains]
        fixed = {"service_id": sid}
        self._children(m.Phone, data.phones, PHONE, fixed)
        self._children(m.Schedule, data.schedules, hsds.SCHEDULE_FIELDS, fixed)
        self._children(m.ServiceArea, data.service_areas, hsds.AREA_FIELDS, fixed)
        self._children(m.CostOption, data.cost_options, hsds.COST_FIELDS, fixed)
        self._children(m.Language, data.languages, hsds.LANGUAGE_FIELDS, fixed)
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
            self._children(m.Phone, sal.phones, PHONE, {"service_at_location_id": sal_id})
            self._children(m.Schedule, sal.schedules, hsds.SCHEDULE_FIELDS, {"service_at_location_id": sal_id})

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
        self._children(m.Address, normalised_addresses(loc), hsds.ADDRESS_FIELDS, fixed)
        self._children(m.Phone, loc.phones, PHONE, fixed)
        self._children(m.Schedule, loc.schedules, hsds.SCHEDULE_FIELDS, fixed)
        self._children(m.Language, loc.languages, hsds.LANGUAGE_FIELDS, fixed)
        self._children(m.Accessibility, loc.accessibility, hsds.ACCESSIBILITY_FIELDS, fixed)
        self._attributes("location", loc.id, [a for _, a in ext.other])
        self._log("location", loc.id, loc.name or "", now)

    # ---- writing ---------------------------------------------------------------------

    def flush(self) -> list[str]:
        """Insert the batch in a savepoint; returns the new service ids. On a database error the
        savepoint is rolled back, the batch forgotten and the error raised."""
        ids = self.service_ids
        try:
            with self.session.begin_nested():
                for model in ORDER:
                    rows = self.rows.get(model)
                    if rows:
                        self._insert(model.__table__, _uniform(rows))
        except Exception:
            self._reset()
            raise
        index_log.record(self.session, ids)  # the session's hook does not see these inserts
        self.orgs.update(self.pending_orgs)
        self.locations.update(self.pending_locations)
        self._reset()
        return ids

    def _insert(self, table, rows: list[dict]) -> None:
        connection = self.session.connection()
        dialect = connection.dialect
        if dialect.name != "sqlite":
            connection.execute(table.insert(), rows)  # insertmanyvalues: multi-row INSERTs
            return
        # SQLite: the driver's own executemany. SQLAlchemy's per-row parameter handling costs
        # more than SQLite's insert; only the columns whose type converts values (datetimes) do.
        columns = list(rows[0])
        convert = [table.c[c].type._cached_bind_processor(dialect) for c in columns]
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
        params = [tuple(f(r[c]) if f else r[c] for c, f in zip(columns, convert)) for r in rows]
        connection.exec_driver_sql(sql, params)


def _uniform(rows: list[dict]) -> list[dict]:
    """executemany needs the same keys in every row."""
    keys = set().union(*rows)
    if all(len(r) == len(keys) for r in rows):
        return rows
    return [{k: r.get(k) for k in keys} for r in rows]
