"""The directory service: owns every write (validated, authorised, logged) and the reads.

Controllers, importers and the CLI call this; nothing else writes directory tables. Which
services' search documents a transaction changed is logged with it (`index_log`); after each
committed write the `on_change` callback receives the ids of the services whose public face
changed (the app then brings its index up to date at once).
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache

import msgspec
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from sociale_kaart import vocab
from sociale_kaart.db import new_id, utcnow
from sociale_kaart.directory import hsds
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s
from sociale_kaart.partners.service import SYSTEM, Actor

OnChange = Callable[[set[str]], None]

LOCATION_LOAD = (
    selectinload(m.Location.addresses),
    selectinload(m.Location.phones),
    selectinload(m.Location.schedules),
    selectinload(m.Location.languages),
    selectinload(m.Location.accessibility),
)
ORGANIZATION_LOAD = (selectinload(m.Organization.identifiers), selectinload(m.Organization.phones))
SERVICE_FULL_LOAD = (
    selectinload(m.Service.organization).options(*ORGANIZATION_LOAD),
    selectinload(m.Service.life_domains),
    selectinload(m.Service.phones),
    selectinload(m.Service.schedules),
    selectinload(m.Service.service_areas),
    selectinload(m.Service.cost_options),
    selectinload(m.Service.languages),
    selectinload(m.Service.service_at_locations).options(
        selectinload(m.ServiceAtLocation.phones),
        selectinload(m.ServiceAtLocation.schedules),
        selectinload(m.ServiceAtLocation.location).options(*LOCATION_LOAD),
    ),
)
SERVICE_BRIEF_LOAD = (selectinload(m.Service.life_domains),)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def check_service(data: s.Service) -> hsds.Extensions:
    """Every check a service must pass before anything is stored; raises InvalidInput.

    The one validation path: `stage_service` and the importers (directory/batch.py stores what passed) both call it."""
    ext = hsds.service_extensions(data)
    errors = hsds.validate_service(data) + ext.errors + normalise_times(data)
    for i, sal in enumerate(data.service_at_locations):
        if sal.location is not None:
            errors += hsds.location_extensions(sal.location, f"service_at_locations[{i}].location.").errors
    if errors:
        raise s.InvalidInput(errors)
    return ext


def normalise_times(data: s.Service) -> list[s.FieldError]:
    """Opening times in any common notation become HH:MM; what cannot be read is named."""
    groups = [("", data.schedules)]
    for i, sal in enumerate(data.service_at_locations):
        groups.append((f"service_at_locations[{i}].", sal.schedules))
        if sal.location is not None:
            groups.append((f"service_at_locations[{i}].location.", sal.location.schedules))
    errors = []
    for prefix, schedules in groups:
        for j, sched in enumerate(schedules):
            for name in ("opens_at", "closes_at"):
                value = getattr(sched, name)
                if value in (None, ""):
                    continue
                fixed = s.normalise_time(value)
                if fixed is None:
                    errors.append(s.FieldError(f"{prefix}schedules[{j}].{name}",
                                               f"{value!r} is not a time of day; write it like 09:00 or 9am"))
                else:
                    setattr(sched, name, fixed)
    return errors


# Column values of a record, shared by the ORM path below and the import batches of directory/batch.py.

def organization_values(data: s.Organization) -> dict:
    values = {f: hsds.clean(getattr(data, f)) if f != "description" else data.description for f in hsds.ORGANIZATION_FIELDS}
    values["year_incorporated"] = int(data.year_incorporated) if data.year_incorporated is not None else None
    return values


def service_values(data: s.Service, ext: hsds.Extensions) -> dict:
    values = {f: getattr(data, f) if f in ("description", "status") else hsds.clean(getattr(data, f)) for f in hsds.SERVICE_FIELDS}
    values.update(
        minimum_age=int(data.minimum_age) if data.minimum_age is not None else None,
        maximum_age=int(data.maximum_age) if data.maximum_age is not None else None,
        assured_date=hsds.clean(data.assured_date)[:10] if hsds.clean(data.assured_date) else None,
        tier=ext.tier, access=ext.access, waiting_weeks=ext.waiting_weeks, crisis=ext.crisis, reopens_on=ext.reopens_on,
    )
    return values


def location_values(data: s.Location, ext: hsds.Extensions) -> dict:
    """Everything but the coordinates, which carry a precision of their own."""
    values = {f: hsds.clean(getattr(data, f)) if f != "location_type" else data.location_type for f in hsds.LOCATION_FIELDS}
    values.update({feature: feature in ext.features for feature in vocab.LOCATION_FEATURES}, confidential=ext.confidential)
    return values


def normalised_addresses(data: s.Location) -> list[s.Address]:
    return [
        msgspec.structs.replace(a, postal_code=s.normalise_postcode(a.postal_code) or a.postal_code.strip())
        if a.country.upper() == "NL" else a
        for a in data.addresses
    ]


KEEP_AS_GIVEN = ("address_1", "city", "state_province", "postal_code", "country", "identifier_type")


def child_values(item, fields: tuple[str, ...]) -> dict:
    """Whole numbers as int; text stripped, empty text None, except the fields in KEEP_AS_GIVEN.
    (An import calls this for every child row: the plan per `fields` is worked out once.)"""
    numbers, cleaned = _child_plan(fields)
    values = {f: getattr(item, f, None) for f in fields}
    for f in numbers:
        if values[f] is not None:
            values[f] = int(values[f])
    for f in cleaned:
        values[f] = hsds.clean(values[f])
    return values


@lru_cache(maxsize=None)
def _child_plan(fields: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(f for f in ("extension", "interval", "count") if f in fields), tuple(f for f in fields if f not in KEEP_AS_GIVEN)


def _unordered(rows) -> list[str]:
    """Child rows are stored ordered by id, not as given: compare them as a multiset."""
    return sorted(map(repr, rows))


# Called before an update overwrites a field of a stored record: True keeps the stored value.
Guard = Callable[[str, str, str, object, object], bool]


class Directory:
    def __init__(self, session: Session, actor: Actor = SYSTEM, on_change: OnChange | None = None, geocoder=None):
        self.session = session
        self.actor = actor
        self.on_change = on_change
        # A GeocoderChain: places new or moved addresses on save (the importers geocode in their own pipeline).
        self.geocoder = geocoder
        self.warnings: list[s.FieldError] = []
        self._changed: set[str] = set()
        self.guard: Guard | None = None
        self.moderation = True  # off while an editor's approval replays a held write

    # ---- transaction -------------------------------------------------------------------

    def commit(self) -> None:
        self.session.commit()
        changed, self._changed = self._changed, set()
        if changed and self.on_change:
            self.on_change(changed)

    def _log(self, resource_type: str, resource_id: str, action: str, field: str, old, new) -> None:
        self.session.add(
            m.ChangeRecord(
                id=new_id(), resource_id=resource_id, resource_type=resource_type, last_action_date=utcnow(),
                last_action_type=action, field_name=field, previous_value=_text(old),
                replacement_value=_text(new), updated_by=self.actor.name,
            )
        )

    def _kept(self, resource_type: str, resource_id: str, field: str, old, new, creating: bool) -> bool:
        return not creating and self.guard is not None and self.guard(resource_type, resource_id, field, old, new)

    def _set(self, obj, resource_type: str, field: str, value, creating: bool) -> bool:
        old = getattr(obj, field, None)
        if old == value or self._kept(resource_type, obj.id, field, old, value, creating):
            return False
        setattr(obj, field, value)
        if not creating:
            self._log(resource_type, obj.id, "update", field, old, value)
        return True

    def _hold(self, resource_type: str, resource_id: str | None, organization_id: str | None, action: str,
              data=None, create: bool | None = None) -> None:
        """A partner's write to a moderated organisation waits for an editor: raises Pending."""
        if self.actor.role == "partner" and self.moderation:
            from sociale_kaart.editors.moderation import hold

            hold(self, resource_type, resource_id, organization_id, action, data, create)

    def _authorise(self, organization_id: str | None) -> None:
        if not self.actor.may_edit_organization(organization_id):
            raise s.Forbidden("This key may only change the records of its own organization")

    # ---- organizations -----------------------------------------------------------------

    def save_organization(self, data: s.Organization, organization_id: str | None = None, *, create: bool | None = None) -> m.Organization:
        """Create (create=True), replace (False) or upsert (None) one organization; commits."""
        oid = organization_id or data.id
        self._hold("organization", oid, oid, "update", data, create)
        org = self._save_organization(data, organization_id, create=create)
        self.commit()
        return org

    def _save_organization(self, data: s.Organization, organization_id: str | None, *, create: bool | None) -> m.Organization:
        oid = organization_id or data.id or new_id()
        org = self._existing(m.Organization, "organization", oid, create)
        creating = org is None
        if creating:
            if not self.actor.is_editor:
                raise s.Forbidden("Only editors may add organizations")
            org = m.Organization(id=oid, name=data.name, active=True)
            self.session.add(org)
            self._log("organization", oid, "create", "record", None, data.name)
        else:
            self._authorise(org.id)
        changed = False
        for f, value in organization_values(data).items():
            changed |= self._set(org, "organization", f, value, creating)
        changed |= self._sync("organization", org, "identifiers", m.OrganizationIdentifier, data.organization_identifiers,
                              ("identifier_scheme", "identifier_type", "identifier"), {"organization_id": org.id}, creating)
        changed |= self._sync("organization", org, "phones", m.Phone, data.phones, hsds.PHONE_FIELDS + ("extension",),
                              {"organization_id": org.id}, creating)
        changed |= self._sync_attributes("organization", org.id, data.attributes, creating)
        if changed or creating:
            org.last_modified = utcnow()
            if not creating:
                self._changed |= set(self.session.scalars(select(m.Service.id).where(m.Service.organization_id == org.id)))
        return org

    def deactivate_organization(self, organization_id: str) -> None:
        org = self._get(m.Organization, "organization", organization_id)
        self._authorise(org.id)
        if not self.actor.is_editor:
            raise s.Forbidden("Only editors may deactivate organizations")
        if org.active:
            org.active = False
            org.last_modified = utcnow()
            self._log("organization", org.id, "update", "active", True, False)
            for svc in self.session.scalars(select(m.Service).where(m.Service.organization_id == org.id, m.Service.status == "active")):
                self._deactivate_service(svc)
        self.commit()

    # ---- services ----------------------------------------------------------------------

    def save_service(self, data: s.Service, service_id: str | None = None, *, create: bool | None = None) -> m.Service:
        """Create (create=True), replace (False) or upsert (None) one service with its parts; commits."""
        svc = self.stage_service(data, service_id, create=create)
        self.commit()
        return svc

    def stage_service(self, data: s.Service, service_id: str | None = None, *, create: bool | None = None) -> m.Service:
        """Like save_service, without committing (importers commit in batches)."""
        ext = check_service(data)
        self.warnings = ext.warnings
        sid = service_id or data.id or new_id()
        svc = self._existing(m.Service, "service", sid, create)
        creating = svc is None

        org_id = data.organization_id or (data.organization.id if data.organization else None) or (svc.organization_id if svc else None)
        if data.organization is not None:
            org_id = self._save_organization(data.organization, org_id, create=None).id
        if org_id is None:
            raise s.InvalidInput([s.FieldError("organization_id", "a service belongs to an organization: give organization_id or organization")])
        if self.session.get(m.Organization, org_id) is None:
            raise s.InvalidInput([s.FieldError("organization_id", f"there is no organization with id {org_id}")])
        self._authorise(org_id)
        if svc is not None:
            self._authorise(svc.organization_id)
        self._hold("service", sid, svc.organization_id if svc is not None else org_id, "create" if creating else "update", data, create)

        if creating:
            svc = m.Service(id=sid, organization_id=org_id, name=data.name, tier=ext.tier)
            self.session.add(svc)
            self._log("service", sid, "create", "record", None, data.name)
        changed = self._set(svc, "service", "organization_id", org_id, creating)
        for f, value in service_values(data, ext).items():
            changed |= self._set(svc, "service", f, value, creating)

        old_domains = [d.code for d in svc.life_domains]
        if old_domains != ext.life_domains and not self._kept("service", sid, "life_domains", old_domains, ext.life_domains, creating):
            svc.life_domains = [m.ServiceLifeDomain(code=c) for c in ext.life_domains]
            if not creating:
                self._log("service", sid, "update", "life_domains", old_domains, ext.life_domains)
            changed = True

        fixed = {"service_id": sid}
        changed |= self._sync("service", svc, "phones", m.Phone, data.phones, hsds.PHONE_FIELDS + ("extension",), fixed, creating)
        changed |= self._sync("service", svc, "schedules", m.Schedule, data.schedules, hsds.SCHEDULE_FIELDS, fixed, creating)
        changed |= self._sync("service", svc, "service_areas", m.ServiceArea, data.service_areas, hsds.AREA_FIELDS, fixed, creating)
        changed |= self._sync("service", svc, "cost_options", m.CostOption, data.cost_options, hsds.COST_FIELDS, fixed, creating)
        changed |= self._sync("service", svc, "languages", m.Language, data.languages, hsds.LANGUAGE_FIELDS, fixed, creating)
        changed |= self._sync_locations(svc, data.service_at_locations, org_id, creating)
        changed |= self._sync_attributes("service", sid, [a for _, a in ext.other], creating)
        if changed or creating:
            svc.last_modified = utcnow()
            self._changed.add(sid)
        return svc

    def deactivate_service(self, service_id: str) -> None:
        svc = self._get(m.Service, "service", service_id)
        self._authorise(svc.organization_id)
        self._hold("service", svc.id, svc.organization_id, "deactivate")
        self._deactivate_service(svc)
        self.commit()

    def _deactivate_service(self, svc: m.Service) -> None:
        if svc.status != "inactive":
            self._log("service", svc.id, "update", "status", svc.status, "inactive")
            svc.status = "inactive"
            svc.last_modified = utcnow()
            self._changed.add(svc.id)

    def assure_service(self, service_id: str, date: str) -> None:
        """A person confirms the listing is still correct ("Klopt nog")."""
        svc = self._get(m.Service, "service", service_id)
        self._authorise(svc.organization_id)
        self._set(svc, "service", "assured_date", date, False)
        svc.last_modified = utcnow()
        self._changed.add(svc.id)
        self.commit()

    # ---- locations ---------------------------------------------------------------------

    def save_location(self, data: s.Location, location_id: str | None = None, *, create: bool | None = None) -> m.Location:
        errors = hsds.validate_location(data) + hsds.location_extensions(data).errors
        if errors:
            raise s.InvalidInput(errors)
        self.warnings = []
        lid = location_id or data.id
        stored = self.session.get(m.Location, lid) if lid else None
        self._hold("location", lid, stored.organization_id if stored is not None else data.organization_id,
                   "update" if stored is not None else "create", data, create)
        loc = self._save_location(data, location_id, data.organization_id, create=create)
        self.commit()
        return loc

    def _save_location(self, data: s.Location, location_id: str | None, organization_id: str | None, *, create: bool | None) -> m.Location:
        ext = hsds.location_extensions(data)
        lid = location_id or data.id or new_id()
        loc = self._existing(m.Location, "location", lid, create)
        creating = loc is None
        org_id = data.organization_id or (loc.organization_id if loc else None) or organization_id
        if org_id is not None and self.session.get(m.Organization, org_id) is None:
            raise s.InvalidInput([s.FieldError("organization_id", f"there is no organization with id {org_id}")])
        self._authorise(org_id)  # a location is neither made for, nor given to, an organization the key may not change
        if not creating:
            self._authorise(loc.organization_id)
        if creating:
            loc = m.Location(id=lid, organization_id=org_id)
            self.session.add(loc)
            self._log("location", lid, "create", "record", None, data.name or "")
        changed = self._set(loc, "location", "organization_id", org_id, creating)
        for f, value in location_values(data, ext).items():
            changed |= self._set(loc, "location", f, value, creating)
        if data.latitude is not None:
            moved = self._set(loc, "location", "latitude", data.latitude, creating)
            moved |= self._set(loc, "location", "longitude", data.longitude, creating)
            if moved:
                loc.geo_precision = "given"
            changed |= moved
        fixed = {"location_id": lid}
        moved = self._sync("location", loc, "addresses", m.Address, normalised_addresses(data), hsds.ADDRESS_FIELDS, fixed, creating)
        changed |= moved
        if self.geocoder is not None and data.latitude is None and (moved or creating or loc.latitude is None):
            changed |= self._geocode(loc, data)
        changed |= self._sync("location", loc, "phones", m.Phone, data.phones, hsds.PHONE_FIELDS + ("extension",), fixed, creating)
        changed |= self._sync("location", loc, "schedules", m.Schedule, data.schedules, hsds.SCHEDULE_FIELDS, fixed, creating)
        changed |= self._sync("location", loc, "languages", m.Language, data.languages, hsds.LANGUAGE_FIELDS, fixed, creating)
        changed |= self._sync("location", loc, "accessibility", m.Accessibility, data.accessibility, hsds.ACCESSIBILITY_FIELDS, fixed, creating)
        changed |= self._sync_attributes("location", lid, [a for _, a in ext.other], creating)
        if changed or creating:
            loc.last_modified = utcnow()
            if loc.latitude is None and not any(a.address_type == "virtual" for a in data.addresses):
                loc.geo_precision = "none"
            if not creating:
                self._changed |= set(self.session.scalars(select(m.ServiceAtLocation.service_id).where(m.ServiceAtLocation.location_id == lid)))
        return loc

    def _geocode(self, loc: m.Location, data: s.Location) -> bool:
        """Place a new or moved address on the map; say so when it cannot be placed."""
        if data.location_type == "virtual" or all(a.address_type == "virtual" for a in data.addresses):
            return False
        point = self.geocoder.address(normalised_addresses(data))
        if point is None:
            changed = self._set(loc, "location", "latitude", None, False) | self._set(loc, "location", "longitude", None, False)
            loc.geo_precision = "none"
            self.warnings.append(s.FieldError("addresses", "this address could not be placed on the map, so the location "
                                                           "is not found in searches near a postcode; check the postcode"))
            return changed
        changed = self._set(loc, "location", "latitude", point.lat, False) | self._set(loc, "location", "longitude", point.lon, False)
        loc.geo_precision = point.precision
        return changed

    def deactivate_location(self, location_id: str) -> None:
        loc = self._get(m.Location, "location", location_id)
        self._authorise(loc.organization_id)
        self._hold("location", loc.id, loc.organization_id, "deactivate")
        if loc.active:
            loc.active = False
            loc.last_modified = utcnow()
            self._log("location", loc.id, "update", "active", True, False)
            self._changed |= set(self.session.scalars(select(m.ServiceAtLocation.service_id).where(m.ServiceAtLocation.location_id == loc.id)))
        self.commit()

    def set_coordinates(self, location_id: str, lat: float, lon: float, precision: str) -> None:
        """Geocoding result: not a person's edit, so no change record beyond the fields."""
        loc = self._get(m.Location, "location", location_id)
        self._set(loc, "location", "latitude", lat, False)
        self._set(loc, "location", "longitude", lon, False)
        loc.geo_precision = precision
        loc.last_modified = utcnow()
        self._changed |= set(self.session.scalars(select(m.ServiceAtLocation.service_id).where(m.ServiceAtLocation.location_id == loc.id)))

    # ---- parts -------------------------------------------------------------------------

    def _sync(self, rtype: str, parent, attr: str, model, items: list, fields: tuple[str, ...], fixed: dict, creating: bool) -> bool:
        """Replace a parent's child rows when their content differs; keeps given ids where free."""
        current = getattr(parent, attr)
        old = [tuple(hsds.clean(getattr(o, f)) for f in fields) for o in current]
        new = [tuple(hsds.clean(getattr(i, f, None)) for f in fields) for i in items]
        same_ids = {i.id for i in items if i.id} <= {o.id for o in current}
        if _unordered(old) == _unordered(new) and same_ids:
            return False
        if self._kept(rtype, parent.id, attr, old, new, creating):
            return False
        if current:
            current.clear()
            self.session.flush()
        ids = [i.id for i in items if i.id]
        taken = set(self.session.scalars(select(model.id).where(model.id.in_(ids)))) if ids else set()
        seen: set[str] = set()
        for item in items:
            rid = item.id if item.id and item.id not in taken and item.id not in seen else new_id()
            seen.add(rid)
            current.append(model(id=rid, **child_values(item, fields), **fixed))
        if not creating:
            self._log(rtype, parent.id, "update", attr, [dict(zip(fields, o)) for o in old], [dict(zip(fields, n)) for n in new])
        return True

    def _sync_locations(self, svc: m.Service, sals: list[s.ServiceAtLocation], org_id: str, creating: bool) -> bool:
        new = []
        linked = set() if creating else {x.location_id for x in svc.service_at_locations}
        for i, sal in enumerate(sals):
            if sal.location is not None:
                loc_id = sal.location.id or sal.location_id or new_id()
                existing = self.session.get(m.Location, loc_id)
                if existing is None or self.actor.may_edit_organization(existing.organization_id):
                    self._save_location(sal.location, loc_id, org_id, create=None)
            else:
                loc_id = sal.location_id
                existing = self.session.get(m.Location, loc_id)
                if existing is None:
                    raise s.InvalidInput([s.FieldError(f"service_at_locations[{i}].location_id", f"there is no location with id {loc_id}")])
            # A partner links its services to its own locations only (an editor may have linked a shared one before).
            if existing is not None and loc_id not in linked and not self.actor.is_editor \
                    and existing.organization_id not in (None, org_id):
                raise s.Forbidden("This location belongs to another organization")
            new.append((sal, loc_id))
        old_key = [(x.location_id, x.description, len(x.phones), len(x.schedules)) for x in svc.service_at_locations]
        new_key = [(lid, hsds.clean(sal.description), len(sal.phones), len(sal.schedules)) for sal, lid in new]
        same = _unordered(old_key) == _unordered(new_key)
        if same and not any(sal.phones or sal.schedules for sal, _ in new):
            return False
        if self._kept("service", svc.id, "service_at_locations", [k[0] for k in old_key], [k[0] for k in new_key], creating):
            return False
        if svc.service_at_locations:
            svc.service_at_locations.clear()
            self.session.flush()
        ids = [sal.id for sal, _ in new if sal.id]
        taken = set(self.session.scalars(select(m.ServiceAtLocation.id).where(m.ServiceAtLocation.id.in_(ids)))) if ids else set()
        for sal, loc_id in new:
            sal_id = sal.id if sal.id and sal.id not in taken else new_id()
            taken.add(sal_id)
            row = m.ServiceAtLocation(id=sal_id, service_id=svc.id, location_id=loc_id, description=hsds.clean(sal.description))
            svc.service_at_locations.append(row)
            self._sync("service_at_location", row, "phones", m.Phone, sal.phones, hsds.PHONE_FIELDS + ("extension",),
                       {"service_at_location_id": sal_id}, True)
            self._sync("service_at_location", row, "schedules", m.Schedule, sal.schedules, hsds.SCHEDULE_FIELDS,
                       {"service_at_location_id": sal_id}, True)
        if not creating and not same:
            self._log("service", svc.id, "update", "service_at_locations", [k[0] for k in old_key], [k[0] for k in new_key])
        return not same

    def _sync_attributes(self, link_type: str, link_id: str, attrs: list[s.Attribute], creating: bool) -> bool:
        current = list(self.session.scalars(select(m.Attribute).where(m.Attribute.link_id == link_id)))
        old = sorted((a.taxonomy_term_id, a.value) for a in current)
        wanted = []
        for a in attrs:
            term_id = self._ensure_term(a)
            if term_id is None:
                self.warnings.append(s.FieldError("attributes", f"attribute {a.id or ''} names no known taxonomy term; left out"))
                continue
            wanted.append((a, term_id, None if a.value is None else str(a.value)))
        if old == sorted((t, v) for _, t, v in wanted):
            return False
        if self._kept(link_type, link_id, "attributes", old, sorted((t, v) for _, t, v in wanted), creating):
            return False
        for a in current:
            self.session.delete(a)
        self.session.flush()
        ids = [a.id for a, _, _ in wanted if a.id]
        taken = set(self.session.scalars(select(m.Attribute.id).where(m.Attribute.id.in_(ids)))) if ids else set()
        for a, term_id, value in wanted:
            rid = a.id if a.id and a.id not in taken else new_id()
            taken.add(rid)
            self.session.add(m.Attribute(id=rid, link_id=link_id, link_type=link_type, link_entity=link_type,
                                         taxonomy_term_id=term_id, value=value))
        if not creating:
            self._log(link_type, link_id, "update", "attributes", old, sorted((t, v) for _, t, v in wanted))
        return True

    def _ensure_term(self, a: s.Attribute) -> str | None:
        t = a.taxonomy_term
        tid = (t.id if t else None) or a.taxonomy_term_id
        if tid and self.session.get(m.TaxonomyTerm, tid) is not None:
            return tid
        if t is None or not t.name:
            return None
        if not tid:  # a term named without an id: the same name gives the same term, every time
            tid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"term:{t.taxonomy}:{t.code}:{t.name}"))
            if self.session.get(m.TaxonomyTerm, tid) is not None:
                return tid
        tax_id = t.taxonomy_id
        if t.taxonomy_detail is not None and t.taxonomy_detail.name:
            d = t.taxonomy_detail
            tax_id = d.id or vocab.taxonomy_id(d.name)
            if self.session.get(m.Taxonomy, tax_id) is None:
                self.session.add(m.Taxonomy(id=tax_id, name=d.name, description=d.description or "", uri=d.uri, version=d.version))
        if tax_id and self.session.get(m.Taxonomy, tax_id) is None:
            tax_id = None
        self.session.add(m.TaxonomyTerm(id=tid, code=t.code, name=t.name, description=t.description or t.name, parent_id=t.parent_id,
                                        taxonomy=t.taxonomy or (t.taxonomy_detail.name if t.taxonomy_detail else None),
                                        language=t.language, taxonomy_id=tax_id, term_uri=t.term_uri))
        self.session.flush()
        return tid

    def _existing(self, model, kind: str, rid: str, create: bool | None):
        """The record a save applies to: None to create; NotFound or Conflict when `create` forbids."""
        obj = self.session.get(model, rid)
        if obj is None and create is False:
            raise s.NotFound(kind, rid)
        if obj is not None and create is True:
            raise s.InvalidInput([s.FieldError("id", f"there is already a {kind} with id {rid}")], "Conflict")
        return obj

    def _get(self, model, kind: str, rid: str):
        obj = self.session.get(model, rid)
        if obj is None:
            raise s.NotFound(kind, rid)
        return obj

    # ---- reads -------------------------------------------------------------------------

    def _attributes(self, link_ids: Iterable[str]) -> dict[str, list[m.Attribute]]:
        out: dict[str, list[m.Attribute]] = defaultdict(list)
        ids = list(set(link_ids))
        for i in range(0, len(ids), 5000):
            for a in self.session.scalars(select(m.Attribute).where(m.Attribute.link_id.in_(ids[i:i + 5000])).order_by(m.Attribute.id)):
                out[a.link_id].append(a)
        return out

    def services_out(self, services: list[m.Service], *, full: bool, public: bool = True) -> list[s.Service]:
        link_ids = [x.id for x in services]
        if full:
            link_ids += [x.organization_id for x in services]
            link_ids += [sal.location_id for x in services for sal in x.service_at_locations]
        attrs = self._attributes(link_ids)
        return [hsds.service_out(x, attrs, public=public, full=full) for x in services]

    def load_services(self, ids: list[str], *, full: bool = True) -> list[m.Service]:
        """Services by id in the given order, with their parts loaded in a bounded number of queries."""
        if not ids:
            return []
        rows: dict[str, m.Service] = {}
        for i in range(0, len(ids), 5000):
            stmt = select(m.Service).where(m.Service.id.in_(ids[i:i + 5000])).options(*(SERVICE_FULL_LOAD if full else SERVICE_BRIEF_LOAD))
            rows.update((x.id, x) for x in self.session.scalars(stmt))
        return [rows[i] for i in ids if i in rows]

    def get_service(self, service_id: str, *, public: bool = True) -> s.Service:
        found = self.load_services([service_id])
        if not found:
            raise s.NotFound("service", service_id)
        return self.services_out(found, full=True, public=public)[0]

    def service_query(self, *, search: str | None = None, taxonomy_term_id: str | None = None,
                      organization_id: str | None = None, modified_after: datetime | None = None,
                      status: str | None = None) -> Select:
        stmt = select(m.Service.id)
        if search:
            like = f"%{search.lower()}%"
            stmt = stmt.where(or_(func.lower(m.Service.name).like(like), func.lower(m.Service.description).like(like)))
        if organization_id:
            stmt = stmt.where(m.Service.organization_id == organization_id)
        if modified_after:
            stmt = stmt.where(m.Service.last_modified > modified_after)
        if status:
            stmt = stmt.where(m.Service.status == status)
        if taxonomy_term_id:
            tax, code = hsds.KNOWN_TERMS.get(taxonomy_term_id, (None, None))
            if tax == vocab.TIER:
                stmt = stmt.where(m.Service.tier == code)
            elif tax == vocab.LIFE_DOMAIN:
                stmt = stmt.where(m.Service.id.in_(select(m.ServiceLifeDomain.service_id).where(m.ServiceLifeDomain.code == code)))
            elif tax == vocab.ACCESS:
                stmt = stmt.where(m.Service.access == code)
            elif tax == vocab.ACUTE:
                stmt = stmt.where(m.Service.crisis.is_(True))
            else:
                stmt = stmt.where(m.Service.id.in_(select(m.Attribute.link_id).where(m.Attribute.taxonomy_term_id == taxonomy_term_id)))
        return stmt

    def page_ids(self, stmt: Select, order_by, page: int, per_page: int) -> tuple[int, list[str]]:
        total = self.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        ids = list(self.session.scalars(stmt.order_by(*order_by).limit(per_page).offset((page - 1) * per_page)))
        return total, ids

    def list_services(self, *, page: int, per_page: int, full: bool = False, **filters) -> tuple[int, list[s.Service]]:
        total, ids = self.page_ids(self.service_query(**filters), (m.Service.name, m.Service.id), page, per_page)
        return total, self.services_out(self.load_services(ids, full=full), full=full)

    def list_organizations(self, *, page: int, per_page: int, search: str | None = None,
                           modified_after: datetime | None = None, full: bool = False) -> tuple[int, list[s.Organization]]:
        stmt = select(m.Organization.id)
        if search:
            stmt = stmt.where(func.lower(m.Organization.name).like(f"%{search.lower()}%"))
        if modified_after:
            stmt = stmt.where(m.Organization.last_modified > modified_after)
        total, ids = self.page_ids(stmt, (m.Organization.name, m.Organization.id), page, per_page)
        return total, self.organizations_out(ids, full=full)

    def organizations_out(self, ids: list[str], *, full: bool) -> list[s.Organization]:
        if not ids:
            return []
        rows = {o.id: o for o in self.session.scalars(select(m.Organization).where(m.Organization.id.in_(ids)).options(*ORGANIZATION_LOAD))}
        attrs = self._attributes(ids)
        return [hsds.organization_out(rows[i], attrs, full=True) for i in ids if i in rows]

    def get_organization(self, organization_id: str) -> s.OrganizationWithServices:
        found = self.organizations_out([organization_id], full=True)
        if not found:
            raise s.NotFound("organization", organization_id)
        service_ids = list(self.session.scalars(select(m.Service.id).where(m.Service.organization_id == organization_id).order_by(m.Service.name)))
        services = self.services_out(self.load_services(service_ids, full=False), full=False)
        return s.OrganizationWithServices(**msgspec.structs.asdict(found[0]), services=services)

    def get_location(self, location_id: str, *, public: bool = True) -> s.Location:
        loc = self.session.scalar(select(m.Location).where(m.Location.id == location_id).options(*LOCATION_LOAD))
        if loc is None:
            raise s.NotFound("location", location_id)
        return hsds.location_out(loc, self._attributes([loc.id]), public)

    def list_service_at_locations(self, *, page: int, per_page: int, search: str | None = None,
                                  organization_id: str | None = None, taxonomy_term_id: str | None = None,
                                  modified_after: datetime | None = None) -> tuple[int, list[s.ServiceAtLocation]]:
        services = self.service_query(search=search, organization_id=organization_id, taxonomy_term_id=taxonomy_term_id,
                                      modified_after=modified_after)
        stmt = select(m.ServiceAtLocation.id).where(m.ServiceAtLocation.service_id.in_(services))
        total, ids = self.page_ids(stmt, (m.ServiceAtLocation.id,), page, per_page)
        return total, self.sals_out(ids)

    def sals_out(self, ids: list[str]) -> list[s.ServiceAtLocation]:
        if not ids:
            return []
        stmt = select(m.ServiceAtLocation).where(m.ServiceAtLocation.id.in_(ids)).options(
            selectinload(m.ServiceAtLocation.phones), selectinload(m.ServiceAtLocation.schedules),
            selectinload(m.ServiceAtLocation.location).options(*LOCATION_LOAD),
        )
        rows = {x.id: x for x in self.session.scalars(stmt)}
        attrs = self._attributes([x.location_id for x in rows.values()])
        return [hsds.sal_out(rows[i], attrs, public=True) for i in ids if i in rows]

    def get_service_at_location(self, sal_id: str) -> s.ServiceAtLocation:
        found = self.sals_out([sal_id])
        if not found:
            raise s.NotFound("service_at_location", sal_id)
        return found[0]

    def list_taxonomies(self, *, page: int, per_page: int) -> tuple[int, list[s.Taxonomy]]:
        total, ids = self.page_ids(select(m.Taxonomy.id), (m.Taxonomy.name,), page, per_page)
        rows = {t.id: t for t in self.session.scalars(select(m.Taxonomy).where(m.Taxonomy.id.in_(ids)))}
        return total, [s.Taxonomy(id=t.id, name=t.name, description=t.description, uri=t.uri, version=t.version) for t in (rows[i] for i in ids)]

    def list_taxonomy_terms(self, *, page: int, per_page: int, taxonomy_id: str | None = None,
                            search: str | None = None) -> tuple[int, list[s.TaxonomyTerm]]:
        stmt = select(m.TaxonomyTerm.id)
        if taxonomy_id:
            stmt = stmt.where(m.TaxonomyTerm.taxonomy_id == taxonomy_id)
        if search:
            stmt = stmt.where(func.lower(m.TaxonomyTerm.name).like(f"%{search.lower()}%"))
        total, ids = self.page_ids(stmt, (m.TaxonomyTerm.taxonomy, m.TaxonomyTerm.code, m.TaxonomyTerm.id), page, per_page)
        rows = {t.id: t for t in self.session.scalars(select(m.TaxonomyTerm).where(m.TaxonomyTerm.id.in_(ids)))}
        return total, [
            s.TaxonomyTerm(id=t.id, code=t.code, name=t.name, description=t.description or t.name, parent_id=t.parent_id,
                           taxonomy=t.taxonomy, language=t.language, taxonomy_id=t.taxonomy_id, term_uri=t.term_uri)
            for t in (rows[i] for i in ids)
        ]


def seed_taxonomies(session: Session) -> None:
    """Our own taxonomies and terms, with their deterministic ids (idempotent)."""
    have = set(session.scalars(select(m.TaxonomyTerm.id).where(m.TaxonomyTerm.taxonomy.like("sociale-kaart:%"))))
    have_tax = set(session.scalars(select(m.Taxonomy.id)))
    for tax, terms in vocab.TAXONOMIES.items():
        tax_id = vocab.taxonomy_id(tax)
        if tax_id not in have_tax:
            session.add(m.Taxonomy(id=tax_id, name=tax, description=f"Sociale Kaart: {tax.split(':')[1]}",
                                   uri=f"{vocab.TAXONOMY_BASE}/{tax}", version="1"))
        for code, (nl, _en) in terms.items():
            tid = vocab.term_id(tax, code)
            if tid not in have:
                session.add(m.TaxonomyTerm(id=tid, code=code, name=nl, description=nl, taxonomy=tax, taxonomy_id=tax_id, language="nl"))
    session.commit()
