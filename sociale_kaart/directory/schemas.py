"""HSDS 3 records as msgspec Structs: the one description of what crosses a boundary.

The same Structs decode input (API bodies, import files; constraints validate at the edge) and
encode output (`omit_defaults`, so absent fields are left out as HSDS expects). Unknown fields
are ignored on input, so richer HSDS feeds import without complaint.
"""

from __future__ import annotations

import re
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
Age = Annotated[float, Meta(ge=0, le=130)]
Date = Annotated[str, Meta(pattern=r"^(|\d{4}-\d{2}-\d{2}.*)$", max_length=40, description="An ISO date")]
Time = Annotated[str, Meta(pattern=r"^(|\d{1,2}:\d{2}(:\d{2})?.*)$", max_length=20)]
Status = Literal["active", "inactive", "defunct", "temporarily closed"]

POSTCODE_RE = re.compile(r"^\s*([1-9][0-9]{3})\s*([A-Za-z]{2})?\s*$")


class Record(Struct, kw_only=True, omit_defaults=True):
    pass


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
    extension: float | None = None
    type: Short | None = None
    description: Text | None = None


class Schedule(Record, kw_only=True):
    id: Uuid | None = None
    valid_from: Date | None = None
    valid_to: Date | None = None
    dtstart: Date | None = None
    timezone: float | None = None
    until: Date | None = None
    count: Annotated[int, Meta(ge=0)] | None = None
    wkst: Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"] | None = None
    freq: Literal["WEEKLY", "MONTHLY"] | None = None
    interval: Annotated[int, Meta(ge=0, le=1000)] | None = None
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
    amount: Annotated[float, Meta(ge=0, le=1_000_000)] | None = None
    amount_description: Text | None = None


class Address(Record, kw_only=True):
    id: Uuid | None = None
    attention: Short | None = None
    address_1: Short = ""
    address_2: Short | None = None
    city: Short = ""
    region: Short | None = None
    state_province: Short = ""
    postal_code: Annotated[str, Meta(max_length=20)] = ""
    country: Annotated[str, Meta(max_length=2)] = "NL"
    address_type: Literal["physical", "postal", "virtual"] = "physical"


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
    languages: list[Language] = []
    addresses: list[Address] = []
    phones: list[Phone] = []
    schedules: list[Schedule] = []
    accessibility: list[Accessibility] = []
    attributes: list[Attribute] = []


class ServiceAtLocation(Record, kw_only=True):
    id: Uuid | None = None
    service_id: Uuid | None = None
    location_id: Uuid | None = None
    description: Text | None = None
    phones: list[Phone] = []
    schedules: list[Schedule] = []
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
    phones: list[Phone] = []
    organization_identifiers: list[OrganizationIdentifier] = []
    attributes: list[Attribute] = []
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
    phones: list[Phone] = []
    schedules: list[Schedule] = []
    service_areas: list[ServiceArea] = []
    service_at_locations: list[ServiceAtLocation] = []
    languages: list[Language] = []
    organization: Organization | None = None
    cost_options: list[CostOption] = []
    attributes: list[Attribute] = []
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


def normalise_postcode(value: str) -> str | None:
    """'1271ab' -> '1271 AB', '1271' -> '1271'; None when it is not a Dutch postcode."""
    m = POSTCODE_RE.match(value or "")
    if not m:
        return None
    return m.group(1) + (" " + m.group(2).upper() if m.group(2) else "")
