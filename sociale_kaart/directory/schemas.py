"""HSDS 3 records as msgspec Structs: the one description of what crosses a boundary.

The same Structs decode input (API bodies, import files; constraints validate at the edge) and
encode output (`omit_defaults`, so absent fields are left out as HSDS expects). Unknown fields
are ignored on input, so richer HSDS feeds import without complaint.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

UUID_RE = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"

Uuid = Annotated[str, Meta(pattern=UUID_RE, description="A UUID")]
Name = Annotated[str, Meta(min_length=1, max_length=300, pattern=r"\S", description="A non-empty name")]
Short = Annotated[str, Meta(max_length=300)]
Text = Annotated[str, Meta(max_length=20_000)]
Url = Annotated[str, Meta(max_length=2000, pattern=r"^(|https?://[^\s]+)$", description="An http(s) URL")]
Email = Annotated[str, Meta(max_length=320, pattern=r"^(|[^@\s]+@[^@\s]+\.[^@\s]+)$", description="An e-mail address")]
Latitude = Annotated[float, Meta(ge=-90, le=90)]
Longitude = Annotated[float, Meta(ge=-180, le=180)]
# litestar 2.25 leaves a bound of 0 out of the OpenAPI of an optional field (a truthiness check);
# fields that start at 0 say so again here.
FROM_ZERO = {"extra": {"minimum": 0}}
Age = Annotated[float, Meta(ge=0, le=130, extra_json_schema=FROM_ZERO)]
Date = Annotated[str, Meta(pattern=r"^(|\d{4}-\d{2}-\d{2}.*)$", max_length=40, description="An ISO date")]
# Any common way of writing a time of day ("9:00", "9am", "4:00 PM", "9.00 uur", "09u30"): the
# directory service turns it into HH:MM (`normalise_time`) or says what it could not read.
Time = Annotated[str, Meta(max_length=20, description="A time of day, written as HH:MM")]
Status = Literal["active", "inactive", "defunct", "temporarily closed"]

# Input limits (README "Limits"): at most this many items per list in one record.
LIMITS = {"phones": 50, "schedules": 100, "service_areas": 200, "service_at_locations": 500, "languages": 50,
          "cost_options": 50, "attributes": 200, "addresses": 10, "accessibility": 50, "organization_identifiers": 50}

POSTCODE_RE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*$")


class Record(Struct, kw_only=True, omit_defaults=True):
    def __post_init__(self) -> None:
        # One spelling per id: a UUID sent in capitals is the same record (and stays addressable).
        for name in _id_fields(type(self)):
            value = getattr(self, name)
            if value is not None and len(value) == 36 and not value.islower() and _UUID.match(value):
                setattr(self, name, value.lower())


_UUID = re.compile(UUID_RE)


@lru_cache(maxsize=None)
def _id_fields(cls: type) -> tuple[str, ...]:
    return tuple(f for f in cls.__struct_fields__ if f == "id" or f.endswith("_id"))


class TaxonomyDetail(Record, kw_only=True):
    id: Uuid | None = None
    name: Short | None = None
    description: Text | None = None
    uri: Url | None = None
    version: Short | None = None


class TaxonomyTerm(Record, kw_only=True):
    id: Uuid | None = None
    code: Short | None = None
    name: Short | None = None
    description: Text | None = None
    parent_id: Uuid | None = None
    taxonomy: Short | None = None
    taxonomy_detail: TaxonomyDetail | None = None
    language: Short | None = None
    taxonomy_id: Uuid | None = None
    term_uri: Url | None = None


class Attribute(Record, kw_only=True):
    id: Uuid | None = None
    link_id: Uuid | None = None
    taxonomy_term_id: Uuid | None = None
    link_type: Short | None = None
    link_entity: Short | None = None
    value: Annotated[str, Meta(max_length=2000)] | int | float | None = None
    taxonomy_term: TaxonomyTerm | None = None


class Language(Record, kw_only=True):
    id: Uuid | None = None
    name: Short | None = None
    code: Annotated[str, Meta(max_length=10)] | None = None
    note: Text | None = None


class Phone(Record, kw_only=True):
    id: Uuid | None = None
    number: Annotated[str, Meta(min_length=1, max_length=50, pattern=r"\S")]
    extension: Annotated[float, Meta(ge=0, le=999_999, extra_json_schema=FROM_ZERO)] | None = None
    type: Short | None = None
    description: Text | None = None


class Schedule(Record, kw_only=True):
    id: Uuid | None = None
    valid_from: Date | None = None
    valid_to: Date | None = None
    dtstart: Date | None = None
    timezone: Annotated[float, Meta(ge=-14, le=14)] | None = None
    until: Date | None = None
    count: Annotated[int, Meta(ge=0, le=100_000, extra_json_schema=FROM_ZERO)] | None = None
    wkst: Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"] | None = None
    freq: Literal["WEEKLY", "MONTHLY"] | None = None
    interval: Annotated[int, Meta(ge=0, le=1000, extra_json_schema=FROM_ZERO)] | None = None
    byday: Annotated[str, Meta(max_length=100)] | None = None
    byweekno: Short | None = None
    bymonthday: Short | None = None
    byyearday: Short | None = None
    description: Text | None = None
    opens_at: Time | None = None
    closes_at: Time | None = None
    schedule_link: Url | None = None
    attending_type: Short | None = None
    notes: Text | None = None


class ServiceArea(Record, kw_only=True):
    id: Uuid | None = None
    name: Short | None = None
    description: Text | None = None
    extent: Text | None = None
    extent_type: Short | None = None
    uri: Url | None = None


class CostOption(Record, kw_only=True):
    id: Uuid | None = None
    valid_from: Date | None = None
    valid_to: Date | None = None
    option: Short | None = None
    currency: Annotated[str, Meta(max_length=3)] | None = None
    amount: Annotated[float, Meta(ge=0, le=1_000_000, extra_json_schema=FROM_ZERO)] | None = None
    amount_description: Text | None = None


class Address(Record, kw_only=True):
    """HSDS requires address_1, city, state_province, postal_code, country and address_type: they
    are always written (empty when unknown), so every export validates; on input they may be absent."""

    id: Uuid | None = None
    attention: Short | None = None
    address_1: Short | None = None
    address_2: Short | None = None
    city: Short | None = None
    region: Short | None = None
    state_province: Short | None = None
    postal_code: Annotated[str, Meta(max_length=20)] | None = None
    country: Annotated[str, Meta(max_length=2)] | None = None
    address_type: Literal["physical", "postal", "virtual"] | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        # Defaults set here, not in the fields: omit_defaults would leave required fields out.
        for name in ("address_1", "city", "state_province", "postal_code"):
            if getattr(self, name) is None:
                setattr(self, name, "")
        if self.country is None:
            self.country = "NL"
        if self.address_type is None:
            self.address_type = "physical"


class Accessibility(Record, kw_only=True):
    id: Uuid | None = None
    description: Text | None = None
    details: Text | None = None
    url: Url | None = None


class Location(Record, kw_only=True):
    id: Uuid | None = None
    location_type: Literal["physical", "postal", "virtual"] = "physical"
    url: Url | None = None
    organization_id: Uuid | None = None
    name: Short | None = None
    alternate_name: Short | None = None
    description: Text | None = None
    transportation: Text | None = None
    latitude: Latitude | None = None
    longitude: Longitude | None = None
    external_identifier: Short | None = None
    external_identifier_type: Short | None = None
    languages: Annotated[list[Language], Meta(max_length=LIMITS["languages"])] = []
    addresses: Annotated[list[Address], Meta(max_length=LIMITS["addresses"])] = []
    phones: Annotated[list[Phone], Meta(max_length=LIMITS["phones"])] = []
    schedules: Annotated[list[Schedule], Meta(max_length=LIMITS["schedules"])] = []
    accessibility: Annotated[list[Accessibility], Meta(max_length=LIMITS["accessibility"])] = []
    attributes: Annotated[list[Attribute], Meta(max_length=LIMITS["attributes"])] = []


class ServiceAtLocation(Record, kw_only=True):
    id: Uuid | None = None
    service_id: Uuid | None = None
    location_id: Uuid | None = None
    description: Text | None = None
    phones: Annotated[list[Phone], Meta(max_length=LIMITS["phones"])] = []
    schedules: Annotated[list[Schedule], Meta(max_length=LIMITS["schedules"])] = []
    location: Location | None = None


class OrganizationIdentifier(Record, kw_only=True):
    id: Uuid | None = None
    identifier_scheme: Short | None = None
    identifier_type: Short = ""
    identifier: Annotated[str, Meta(min_length=1, max_length=200)]


class Organization(Record, kw_only=True):
    id: Uuid | None = None
    name: Name
    alternate_name: Short | None = None
    description: Text = ""
    email: Email | None = None
    website: Url | None = None
    tax_status: Short | None = None
    tax_id: Short | None = None
    year_incorporated: Annotated[float, Meta(ge=1000, le=3000)] | None = None
    legal_status: Short | None = None
    logo: Url | None = None
    uri: Url | None = None
    parent_organization_id: Uuid | None = None
    phones: Annotated[list[Phone], Meta(max_length=LIMITS["phones"])] = []
    organization_identifiers: Annotated[list[OrganizationIdentifier], Meta(max_length=LIMITS["organization_identifiers"])] = []
    attributes: Annotated[list[Attribute], Meta(max_length=LIMITS["attributes"])] = []
    metadata: list[Metadata] = []


class Metadata(Record, kw_only=True):
    id: Uuid | None = None
    resource_id: Uuid | None = None
    resource_type: Short | None = None
    last_action_date: Short | None = None
    last_action_type: Short | None = None
    field_name: Short | None = None
    previous_value: Text | None = None
    replacement_value: Text | None = None
    updated_by: Short | None = None


class Service(Record, kw_only=True):
    id: Uuid | None = None
    organization_id: Uuid | None = None
    program_id: Uuid | None = None
    name: Name
    alternate_name: Short | None = None
    description: Text = ""
    url: Url | None = None
    email: Email | None = None
    status: Status = "active"
    interpretation_services: Text | None = None
    application_process: Text | None = None
    fees_description: Text | None = None
    wait_time: Text | None = None
    fees: Text | None = None
    accreditations: Text | None = None
    eligibility_description: Text | None = None
    minimum_age: Age | None = None
    maximum_age: Age | None = None
    assured_date: Date | None = None
    assurer_email: Email | None = None
    licenses: Text | None = None
    alert: Text | None = None
    last_modified: Short | None = None
    phones: Annotated[list[Phone], Meta(max_length=LIMITS["phones"])] = []
    schedules: Annotated[list[Schedule], Meta(max_length=LIMITS["schedules"])] = []
    service_areas: Annotated[list[ServiceArea], Meta(max_length=LIMITS["service_areas"])] = []
    service_at_locations: Annotated[list[ServiceAtLocation], Meta(max_length=LIMITS["service_at_locations"])] = []
    languages: Annotated[list[Language], Meta(max_length=LIMITS["languages"])] = []
    organization: Organization | None = None
    cost_options: Annotated[list[CostOption], Meta(max_length=LIMITS["cost_options"])] = []
    attributes: Annotated[list[Attribute], Meta(max_length=LIMITS["attributes"])] = []
    metadata: list[Metadata] = []


class ServiceList(Record, kw_only=True):
    """A nested organization with services, as some HSDS feeds deliver them."""

    services: list[Service] = []


class OrganizationWithServices(Organization, kw_only=True):
    services: list[Service] = []


class Taxonomy(Record, kw_only=True):
    id: Uuid
    name: Short
    description: Text = ""
    uri: Url | None = None
    version: Short | None = None


class FieldError(Struct):
    key: str
    message: str


class InvalidInput(Exception):
    """Input that cannot be stored; `errors` name each offending field."""

    def __init__(self, errors: list[FieldError], detail: str = "Invalid input"):
        super().__init__(detail + ": " + "; ".join(f"{e.key}: {e.message}" for e in errors))
        self.errors = errors
        self.detail = detail


class NotFound(Exception):
    def __init__(self, kind: str, id: str):
        super().__init__(f"No {kind} with id {id}")
        self.kind = kind
        self.id = id


class Forbidden(Exception):
    pass


_PATH_RE = re.compile(r"^(?P<msg>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.S)


def field_error(exc: msgspec.ValidationError | msgspec.DecodeError, prefix: str = "") -> FieldError:
    """Turn msgspec's message ("Expected `str` - at `$.phones[0].number`") into a named field."""
    m = _PATH_RE.match(str(exc))
    path = (m.group("path") or "").lstrip(".") if m else ""
    key = ".".join(p for p in (prefix, path) if p) or prefix or "body"
    return FieldError(key, m.group("msg") if m else str(exc))


def convert(data: object, type_: type, prefix: str = ""):
    """Validate already-parsed JSON (dicts and lists) into a Struct, or raise InvalidInput."""
    try:
        return msgspec.convert(data, type_)
    except msgspec.ValidationError as exc:
        raise InvalidInput([field_error(exc, prefix)]) from None


_TIME = re.compile(r"^(\d{1,2})(?:[:.uh](\d{2}))?(?::(\d{2}))?(am|pm|a\.m\.|p\.m\.|uur|u|h)?$", re.I)


def normalise_time(value: str) -> str | None:
    """'9am' -> '09:00', '4:00 PM' -> '16:00', '9.00 uur' -> '09:00', '09u30' -> '09:30',
    '17:00:00' -> '17:00'; None when it is not a time of day. '24:00' (midnight) is '23:59'."""
    m = _TIME.match("".join((value or "").split()))
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    suffix = (m.group(4) or "").lower().replace(".", "")
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    if minute > 59 or hour > 24 or (hour == 24 and minute):
        return None
    return "23:59" if hour == 24 else f"{hour:02d}:{minute:02d}"


def normalise_postcode(value: str) -> str | None:
    """'1271ab' -> '1271 AB', '1271' -> '1271'; None when it is not a Dutch postcode."""
    m = POSTCODE_RE.match(value or "")
    if not m:
        return None
    return m.group(1) + (" " + m.group(2).upper() if m.group(2) else "")
