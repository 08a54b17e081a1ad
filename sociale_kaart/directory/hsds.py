"""Mapping between HSDS Structs and our tables, including the sociale-kaart:* extensions.

Reading input: `service_extensions` / `location_extensions` find our attributes (by taxonomy name
or by our deterministic term ids) and check their codes. Writing output: `service_out` /
`location_out` build HSDS Structs, with our extensions as attributes again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sociale_kaart import vocab
from sociale_kaart.directory import models as m
from sociale_kaart.directory import schemas as s

KNOWN_TERMS: dict[str, tuple[str, str]] = {
    vocab.term_id(tax, code): (tax, code) for tax, terms in vocab.TAXONOMIES.items() for code in terms
}

SERVICE_FIELDS = (
    "name", "alternate_name", "description", "url", "email", "status", "interpretation_services",
    "application_process", "fees_description", "wait_time", "fees", "accreditations",
    "eligibility_description", "assurer_email", "licenses", "alert", "program_id",
)
ORGANIZATION_FIELDS = (
    "name", "alternate_name", "description", "email", "website", "tax_status", "tax_id",
    "legal_status", "logo", "uri", "parent_organization_id",
)
LOCATION_FIELDS = (
    "location_type", "url", "name", "alternate_name", "description", "transportation",
    "external_identifier", "external_identifier_type",
)
PHONE_FIELDS = ("number", "type", "description")
SCHEDULE_FIELDS = tuple(f for f in s.Schedule.__struct_fields__ if f != "id")
AREA_FIELDS = tuple(f for f in s.ServiceArea.__struct_fields__ if f != "id")
COST_FIELDS = tuple(f for f in s.CostOption.__struct_fields__ if f != "id")
LANGUAGE_FIELDS = ("name", "code", "note")
ADDRESS_FIELDS = tuple(f for f in s.Address.__struct_fields__ if f != "id")
ACCESSIBILITY_FIELDS = ("description", "details", "url")


@dataclass
class Extensions:
    tier: str = "general"
    life_domains: list[str] = field(default_factory=list)
    access: str = "open"
    waiting_weeks: int | None = None
    crisis: bool = False
    reopens_on: str | None = None  # while temporarily closed (sociale-kaart:reopens, value an ISO date)
    features: set[str] = field(default_factory=set)  # location: wheelchair, hearing_loop, ...
    confidential: bool = False
    other: list[tuple[int, s.Attribute]] = field(default_factory=list)  # attributes of other taxonomies
    errors: list[s.FieldError] = field(default_factory=list)
    warnings: list[s.FieldError] = field(default_factory=list)


def _ours(attr: s.Attribute) -> tuple[str | None, str | None]:
    term = attr.taxonomy_term
    if term is not None:
        tax = term.taxonomy or (term.taxonomy_detail.name if term.taxonomy_detail else None)
        if tax and tax.startswith("sociale-kaart:"):
            return tax, term.code
        tid = term.id or attr.taxonomy_term_id
    else:
        tid = attr.taxonomy_term_id
    return KNOWN_TERMS.get(tid or "", (None, None))


def _read(attrs: list[s.Attribute], prefix: str, allowed: tuple[str, ...]) -> tuple[Extensions, dict[str, list[str]]]:
    ext = Extensions()
    found: dict[str, list[str]] = {}
    for i, attr in enumerate(attrs):
        tax, code = _ours(attr)
        key = f"{prefix}attributes[{i}]"
        if tax is None:
            ext.other.append((i, attr))
            continue
        if tax not in vocab.TAXONOMIES:  # a newer profile or a typo: the rest of the record is fine
            ext.warnings.append(s.FieldError(f"{key}.taxonomy_term.taxonomy", f"unknown extension {tax}; left out"))
            continue
        if tax not in allowed:
            ext.errors.append(s.FieldError(f"{key}.taxonomy_term.taxonomy", f"{tax} does not apply here"))
            continue
        terms = vocab.TAXONOMIES.get(tax, {})
        if code not in terms:
            choices = ", ".join(terms) or "none"
            ext.errors.append(s.FieldError(f"{key}.taxonomy_term.code", f"unknown {tax} code {code!r}; use one of: {choices}"))
            continue
        if tax == vocab.WAITING:
            try:
                weeks = int(float(attr.value))  # type: ignore[arg-type]
                if weeks < 0 or weeks > 520:
                    raise ValueError
                ext.waiting_weeks = weeks
            except (TypeError, ValueError):
                ext.errors.append(s.FieldError(f"{key}.value", "waiting weeks must be a whole number from 0 to 520"))
            continue
        if tax == vocab.REOPENS:
            value = str(attr.value or "")[:10]
            try:
                date.fromisoformat(value)
                ext.reopens_on = value
            except ValueError:
                ext.errors.append(s.FieldError(f"{key}.value", "the reopening date must be a date like 2027-01-31"))
            continue
        if tax in KEPT_AS_ATTRIBUTES:
            ext.other.append((i, attr))
        found.setdefault(tax, []).append(code)
    return ext, found


# Our taxonomies that need no column of their own: stored in the attribute table like any other.
KEPT_AS_ATTRIBUTES = (vocab.AUDIENCE, vocab.CAPACITY)


def service_extensions(svc: s.Service, prefix: str = "") -> Extensions:
    ext, found = _read(svc.attributes, prefix, (vocab.TIER, vocab.LIFE_DOMAIN, vocab.ACCESS, vocab.WAITING, vocab.ACUTE,
                                                vocab.REOPENS, *KEPT_AS_ATTRIBUTES))
    if len(set(found.get(vocab.CAPACITY, []))) > 1:
        ext.errors.append(s.FieldError(f"{prefix}attributes", "a service is either 'available' or 'full', not both"))
    tiers = found.get(vocab.TIER, [])
    if len(set(tiers)) > 1:
        ext.errors.append(s.FieldError(f"{prefix}attributes", f"a service has one tier, not {', '.join(tiers)}"))
    elif tiers:
        ext.tier = tiers[0]
    else:
        ext.warnings.append(s.FieldError(f"{prefix}attributes", "no sociale-kaart:tier attribute; stored as tier 'general'"))
    ext.life_domains = sorted(set(found.get(vocab.LIFE_DOMAIN, [])))
    access = found.get(vocab.ACCESS, [])
    if len(set(access)) > 1:
        ext.errors.append(s.FieldError(f"{prefix}attributes", f"a service has one access route, not {', '.join(access)}"))
    elif access:
        ext.access = access[0]
    ext.crisis = bool(found.get(vocab.ACUTE))
    return ext


def location_extensions(loc: s.Location, prefix: str = "") -> Extensions:
    ext, found = _read(loc.attributes, prefix, (vocab.ACCESSIBILITY, vocab.CONFIDENTIAL))
    ext.features = set(found.get(vocab.ACCESSIBILITY, []))
    ext.confidential = bool(found.get(vocab.CONFIDENTIAL))
    return ext


def validate_service(svc: s.Service, prefix: str = "") -> list[s.FieldError]:
    """Checks that a Struct's types cannot express."""
    errors: list[s.FieldError] = []
    if svc.minimum_age is not None and svc.maximum_age is not None and svc.minimum_age > svc.maximum_age:
        errors.append(s.FieldError(f"{prefix}minimum_age", "minimum_age is higher than maximum_age"))
    for i, sal in enumerate(svc.service_at_locations):
        if sal.location is None and not sal.location_id:
            errors.append(s.FieldError(f"{prefix}service_at_locations[{i}]", "give a location or a location_id"))
        if sal.location is not None:
            errors += validate_location(sal.location, f"{prefix}service_at_locations[{i}].location.")
    return errors


def validate_location(loc: s.Location, prefix: str = "") -> list[s.FieldError]:
    errors: list[s.FieldError] = []
    if (loc.latitude is None) != (loc.longitude is None):
        errors.append(s.FieldError(f"{prefix}latitude", "give both latitude and longitude, or neither"))
    for i, addr in enumerate(loc.addresses):
        key = f"{prefix}addresses[{i}]"
        if addr.country.upper() == "NL" and addr.postal_code and s.normalise_postcode(addr.postal_code) is None:
            errors.append(s.FieldError(f"{key}.postal_code", f"{addr.postal_code!r} is not a Dutch postcode like '1271 AB'"))
        if addr.address_type != "virtual" and not (addr.address_1.strip() or addr.postal_code.strip() or addr.city.strip()):
            errors.append(s.FieldError(f"{key}.address_1", "an address needs a street, a postcode or a city"))
    return errors


def clean(value):
    """Empty strings from spreadsheets and feeds mean 'absent'."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def child_id(given: str | None) -> str:
    return given or str(uuid.uuid4())


# ---- output -----------------------------------------------------------------------------


def ext_attribute(link_id: str, link_type: str, tax: str, code: str, value: str | None = None) -> s.Attribute:
    tid = vocab.term_id(tax, code)
    nl = vocab.TAXONOMIES[tax][code][0]
    return s.Attribute(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{vocab.TAXONOMY_BASE}/{tax}/{code}/{link_id}")),
        link_id=link_id,
        taxonomy_term_id=tid,
        link_type=link_type,
        link_entity=link_type,
        value=value,
        taxonomy_term=s.TaxonomyTerm(
            id=tid, code=code, name=nl, description=nl, taxonomy=tax, taxonomy_id=vocab.taxonomy_id(tax)
        ),
    )


def generic_attribute(a: m.Attribute) -> s.Attribute:
    t = a.taxonomy_term
    return s.Attribute(
        id=a.id, link_id=a.link_id, taxonomy_term_id=a.taxonomy_term_id, link_type=a.link_type,
        link_entity=a.link_entity, value=a.value,
        taxonomy_term=s.TaxonomyTerm(
            id=t.id, code=t.code, name=t.name, description=t.description or t.name, parent_id=t.parent_id,
            taxonomy=t.taxonomy, language=t.language, taxonomy_id=t.taxonomy_id, term_uri=t.term_uri,
        ),
    )


def _num(v: float | None) -> float | int | None:
    return int(v) if v is not None and float(v).is_integer() else v


def phone_out(p: m.Phone) -> s.Phone:
    return s.Phone(id=p.id, number=p.number, extension=_num(p.extension), type=p.type, description=p.description)


def schedule_out(x: m.Schedule) -> s.Schedule:
    vals = {f: getattr(x, f) for f in SCHEDULE_FIELDS}
    vals["timezone"] = _num(vals["timezone"])
    return s.Schedule(id=x.id, **vals)


def language_out(x: m.Language) -> s.Language:
    return s.Language(id=x.id, name=x.name, code=x.code, note=x.note)


def location_out(loc: m.Location, attrs: dict[str, list[m.Attribute]], public: bool) -> s.Location:
    hide = public and loc.confidential
    attributes = [ext_attribute(loc.id, "location", vocab.ACCESSIBILITY, f) for f in vocab.LOCATION_FEATURES if getattr(loc, f)]
    if loc.confidential:
        attributes.append(ext_attribute(loc.id, "location", vocab.CONFIDENTIAL, "confidential"))
    attributes += [generic_attribute(a) for a in attrs.get(loc.id, [])]
    lat, lon = loc.latitude, loc.longitude
    if hide and lat is not None and lon is not None:
        lat, lon = round(lat, 2), round(lon, 2)  # about a kilometre: the place, not the house
    return s.Location(
        id=loc.id,
        organization_id=loc.organization_id,
        latitude=lat,
        longitude=lon,
        # a shelter's own words may say how to find it: not for the public either
        **{f: None if hide and f in ("description", "transportation") else getattr(loc, f) for f in LOCATION_FIELDS},
        languages=[language_out(x) for x in loc.languages],
        addresses=[address_out(a, hide) for a in loc.addresses],
        phones=[] if hide else [phone_out(p) for p in loc.phones],
        schedules=[schedule_out(x) for x in loc.schedules],
        accessibility=[s.Accessibility(id=a.id, description=a.description, details=a.details, url=a.url) for a in loc.accessibility],
        attributes=attributes,
    )


def address_out(a: m.Address, hide: bool) -> s.Address:
    if hide:
        return s.Address(
            id=a.id, address_1="", city=a.city, state_province=a.state_province,
            postal_code=a.postal_code[:4], country=a.country, address_type=a.address_type,
        )
    return s.Address(id=a.id, **{f: getattr(a, f) for f in ADDRESS_FIELDS})


def organization_out(o: m.Organization, attrs: dict[str, list[m.Attribute]], full: bool = True) -> s.Organization:
    return s.Organization(
        id=o.id,
        year_incorporated=_num(o.year_incorporated),
        **{f: getattr(o, f) for f in ORGANIZATION_FIELDS},
        phones=[phone_out(p) for p in o.phones] if full else [],
        organization_identifiers=[
            s.OrganizationIdentifier(id=i.id, identifier_scheme=i.identifier_scheme, identifier_type=i.identifier_type, identifier=i.identifier)
            for i in o.identifiers
        ] if full else [],
        attributes=[generic_attribute(a) for a in attrs.get(o.id, [])] if full else [],
    )


def service_attributes(svc: m.Service, attrs: dict[str, list[m.Attribute]]) -> list[s.Attribute]:
    out = [ext_attribute(svc.id, "service", vocab.TIER, svc.tier)]
    out += [ext_attribute(svc.id, "service", vocab.LIFE_DOMAIN, d.code) for d in svc.life_domains]
    out.append(ext_attribute(svc.id, "service", vocab.ACCESS, svc.access))
    if svc.waiting_weeks is not None:
        out.append(ext_attribute(svc.id, "service", vocab.WAITING, "waiting_weeks", str(svc.waiting_weeks)))
    if svc.crisis:
        out.append(ext_attribute(svc.id, "service", vocab.ACUTE, "crisis"))
    if svc.reopens_on:
        out.append(ext_attribute(svc.id, "service", vocab.REOPENS, "reopens_on", svc.reopens_on))
    return out + [generic_attribute(a) for a in attrs.get(svc.id, [])]


def service_out(svc: m.Service, attrs: dict[str, list[m.Attribute]], *, public: bool = True, full: bool = True) -> s.Service:
    base = dict(
        id=svc.id,
        organization_id=svc.organization_id,
        minimum_age=_num(svc.minimum_age),
        maximum_age=_num(svc.maximum_age),
        assured_date=svc.assured_date,
        last_modified=svc.last_modified.isoformat().replace("+00:00", "Z"),
        attributes=service_attributes(svc, attrs),
        **{f: getattr(svc, f) for f in SERVICE_FIELDS},
    )
    if not full:
        return s.Service(**base)
    return s.Service(
        **base,
        organization=organization_out(svc.organization, attrs),
        phones=[phone_out(p) for p in svc.phones],
        schedules=[schedule_out(x) for x in svc.schedules],
        service_areas=[s.ServiceArea(id=a.id, **{f: getattr(a, f) for f in AREA_FIELDS}) for a in svc.service_areas],
        languages=[language_out(x) for x in svc.languages],
        cost_options=[
            s.CostOption(id=c.id, **{f: (_num(getattr(c, f)) if f == "amount" else getattr(c, f)) for f in COST_FIELDS})
            for c in svc.cost_options
        ],
        service_at_locations=[sal_out(sal, attrs, public) for sal in svc.service_at_locations],
    )


def sal_out(sal: m.ServiceAtLocation, attrs: dict[str, list[m.Attribute]], public: bool) -> s.ServiceAtLocation:
    return s.ServiceAtLocation(
        id=sal.id,
        service_id=sal.service_id,
        location_id=sal.location_id,
        description=sal.description,
        phones=[phone_out(p) for p in sal.phones],
        schedules=[schedule_out(x) for x in sal.schedules],
        location=location_out(sal.location, attrs, public),
    )
