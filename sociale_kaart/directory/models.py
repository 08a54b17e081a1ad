"""HSDS 3 tables with the Dutch extensions as real columns (they are queried on every search)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sociale_kaart.db import Base, Id, utcnow

CASCADE = "all, delete-orphan"


class Organization(Base):
    __tablename__ = "organization"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(String(320))
    website: Mapped[str | None] = mapped_column(String(2000))
    tax_status: Mapped[str | None] = mapped_column(String(300))
    tax_id: Mapped[str | None] = mapped_column(String(300))
    year_incorporated: Mapped[int | None] = mapped_column(Integer)
    legal_status: Mapped[str | None] = mapped_column(String(300))
    logo: Mapped[str | None] = mapped_column(String(2000))
    uri: Mapped[str | None] = mapped_column(String(2000))
    parent_organization_id: Mapped[str | None] = mapped_column(Id())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_modified: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    identifiers: Mapped[list[OrganizationIdentifier]] = relationship(cascade=CASCADE, order_by="OrganizationIdentifier.id")
    phones: Mapped[list[Phone]] = relationship(
        primaryjoin="and_(Phone.organization_id == Organization.id, Phone.service_id.is_(None))",
        cascade=CASCADE, order_by="Phone.id", overlaps="phones",
    )
    services: Mapped[list[Service]] = relationship(back_populates="organization", order_by="Service.name")


class OrganizationIdentifier(Base):
    __tablename__ = "organization_identifier"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    identifier_scheme: Mapped[str | None] = mapped_column(String(300))
    identifier_type: Mapped[str] = mapped_column(String(300))
    identifier: Mapped[str] = mapped_column(String(200), index=True)


class Service(Base):
    __tablename__ = "service"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    program_id: Mapped[str | None] = mapped_column(Id())
    name: Mapped[str] = mapped_column(String(300))
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(2000))
    email: Mapped[str | None] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(30), default="active", index=True)
    interpretation_services: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    wait_time: Mapped[str | None] = mapped_column(Text)
    fees: Mapped[str | None] = mapped_column(Text)
    accreditations: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[int | None] = mapped_column(Integer)
    maximum_age: Mapped[int | None] = mapped_column(Integer)
    assured_date: Mapped[str | None] = mapped_column(String(10))
    assurer_email: Mapped[str | None] = mapped_column(String(320))
    licenses: Mapped[str | None] = mapped_column(Text)
    alert: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # Dutch extensions (travel as sociale-kaart:* attributes in HSDS).
    tier: Mapped[str] = mapped_column(String(20), index=True)
    access: Mapped[str] = mapped_column(String(20), default="open")
    waiting_weeks: Mapped[int | None] = mapped_column(Integer)
    crisis: Mapped[bool] = mapped_column(Boolean, default=False)
    # While temporarily closed: the day it opens again (the message is HSDS `alert`).
    reopens_on: Mapped[str | None] = mapped_column(String(10))

    organization: Mapped[Organization] = relationship(back_populates="services")
    life_domains: Mapped[list[ServiceLifeDomain]] = relationship(cascade=CASCADE, order_by="ServiceLifeDomain.code")
    phones: Mapped[list[Phone]] = relationship(
        primaryjoin="and_(Phone.service_id == Service.id, Phone.service_at_location_id.is_(None))",
        cascade=CASCADE, order_by="Phone.id", overlaps="phones",
    )
    schedules: Mapped[list[Schedule]] = relationship(
        primaryjoin="and_(Schedule.service_id == Service.id, Schedule.service_at_location_id.is_(None))",
        cascade=CASCADE, order_by="Schedule.id",
    )
    service_areas: Mapped[list[ServiceArea]] = relationship(cascade=CASCADE, order_by="ServiceArea.id")
    cost_options: Mapped[list[CostOption]] = relationship(cascade=CASCADE, order_by="CostOption.id")
    languages: Mapped[list[Language]] = relationship(
        primaryjoin="Language.service_id == Service.id", cascade=CASCADE, order_by="Language.id",
    )
    service_at_locations: Mapped[list[ServiceAtLocation]] = relationship(
        back_populates="service", cascade=CASCADE, order_by="ServiceAtLocation.id",
    )

    @property
    def active(self) -> bool:
        return self.status == "active"


class ServiceLifeDomain(Base):
    __tablename__ = "service_life_domain"
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class Location(Base):
    __tablename__ = "location"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    location_type: Mapped[str] = mapped_column(String(20), default="physical")
    url: Mapped[str | None] = mapped_column(String(2000))
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    alternate_name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    transportation: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    external_identifier: Mapped[str | None] = mapped_column(String(300))
    external_identifier_type: Mapped[str | None] = mapped_column(String(300))
    # How the coordinates were found: given, pc6, pc4, place, remote, or none (not geocoded yet).
    geo_precision: Mapped[str] = mapped_column(String(10), default="none")
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)
    wheelchair: Mapped[bool] = mapped_column(Boolean, default=False)
    hearing_loop: Mapped[bool] = mapped_column(Boolean, default=False)
    accessible_toilet: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_modified: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    addresses: Mapped[list[Address]] = relationship(cascade=CASCADE, order_by="Address.id")
    phones: Mapped[list[Phone]] = relationship(
        primaryjoin="and_(Phone.location_id == Location.id, Phone.service_id.is_(None))",
        cascade=CASCADE, order_by="Phone.id", overlaps="phones",
    )
    schedules: Mapped[list[Schedule]] = relationship(
        primaryjoin="and_(Schedule.location_id == Location.id, Schedule.service_id.is_(None))",
        cascade=CASCADE, order_by="Schedule.id", overlaps="schedules",
    )
    languages: Mapped[list[Language]] = relationship(
        primaryjoin="and_(Language.location_id == Location.id, Language.service_id.is_(None))",
        cascade=CASCADE, order_by="Language.id", overlaps="languages",
    )
    accessibility: Mapped[list[Accessibility]] = relationship(cascade=CASCADE, order_by="Accessibility.id")


class Address(Base):
    __tablename__ = "address"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"), index=True)
    attention: Mapped[str | None] = mapped_column(String(300))
    address_1: Mapped[str] = mapped_column(String(300))
    address_2: Mapped[str | None] = mapped_column(String(300))
    city: Mapped[str] = mapped_column(String(300))
    region: Mapped[str | None] = mapped_column(String(300))
    state_province: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(20), index=True)
    country: Mapped[str] = mapped_column(String(2), default="NL")
    address_type: Mapped[str] = mapped_column(String(20), default="physical")


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)

    service: Mapped[Service] = relationship(back_populates="service_at_locations")
    location: Mapped[Location] = relationship()
    phones: Mapped[list[Phone]] = relationship(
        primaryjoin="Phone.service_at_location_id == ServiceAtLocation.id",
        cascade=CASCADE, order_by="Phone.id", overlaps="phones",
    )
    schedules: Mapped[list[Schedule]] = relationship(
        primaryjoin="Schedule.service_at_location_id == ServiceAtLocation.id",
        cascade=CASCADE, order_by="Schedule.id", overlaps="schedules",
    )


class Phone(Base):
    __tablename__ = "phone"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"), index=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_at_location.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(50))
    extension: Mapped[int | None] = mapped_column(Integer)
    type: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)


class Schedule(Base):
    __tablename__ = "schedule"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"), index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_at_location.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[str | None] = mapped_column(String(40))
    valid_to: Mapped[str | None] = mapped_column(String(40))
    dtstart: Mapped[str | None] = mapped_column(String(40))
    timezone: Mapped[float | None] = mapped_column(Float)
    until: Mapped[str | None] = mapped_column(String(40))
    count: Mapped[int | None] = mapped_column(Integer)
    wkst: Mapped[str | None] = mapped_column(String(2))
    freq: Mapped[str | None] = mapped_column(String(10))
    interval: Mapped[int | None] = mapped_column(Integer)
    byday: Mapped[str | None] = mapped_column(String(100))
    byweekno: Mapped[str | None] = mapped_column(String(300))
    bymonthday: Mapped[str | None] = mapped_column(String(300))
    byyearday: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    opens_at: Mapped[str | None] = mapped_column(String(20))
    closes_at: Mapped[str | None] = mapped_column(String(20))
    schedule_link: Mapped[str | None] = mapped_column(String(2000))
    attending_type: Mapped[str | None] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)


class ServiceArea(Base):
    __tablename__ = "service_area"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    extent: Mapped[str | None] = mapped_column(Text)
    extent_type: Mapped[str | None] = mapped_column(String(300))
    uri: Mapped[str | None] = mapped_column(String(2000))


class CostOption(Base):
    __tablename__ = "cost_option"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[str | None] = mapped_column(String(40))
    valid_to: Mapped[str | None] = mapped_column(String(40))
    option: Mapped[str | None] = mapped_column(String(300))
    currency: Mapped[str | None] = mapped_column(String(3))
    amount: Mapped[float | None] = mapped_column(Float)
    amount_description: Mapped[str | None] = mapped_column(Text)


class Language(Base):
    __tablename__ = "language"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("service.id", ondelete="CASCADE"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"), index=True)
    phone_id: Mapped[str | None] = mapped_column(Id())
    name: Mapped[str | None] = mapped_column(String(300))
    code: Mapped[str | None] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)


class Accessibility(Base):
    __tablename__ = "accessibility"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("location.id", ondelete="CASCADE"), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2000))


class Taxonomy(Base):
    __tablename__ = "taxonomy"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    uri: Mapped[str | None] = mapped_column(String(2000))
    version: Mapped[str | None] = mapped_column(String(300))


class TaxonomyTerm(Base):
    __tablename__ = "taxonomy_term"
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    code: Mapped[str | None] = mapped_column(String(300))
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(Id())
    taxonomy: Mapped[str | None] = mapped_column(String(300), index=True)
    language: Mapped[str | None] = mapped_column(String(10))
    taxonomy_id: Mapped[str | None] = mapped_column(ForeignKey("taxonomy.id"), index=True)
    term_uri: Mapped[str | None] = mapped_column(String(2000))


class Attribute(Base):
    """Attributes from other taxonomies; our own sociale-kaart:* ones live in columns."""

    __tablename__ = "attribute"
    __table_args__ = (Index("ix_attribute_link", "link_id", "link_type"),)
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    link_id: Mapped[str] = mapped_column(Id())
    taxonomy_term_id: Mapped[str] = mapped_column(ForeignKey("taxonomy_term.id"), index=True)
    link_type: Mapped[str] = mapped_column(String(300))
    link_entity: Mapped[str | None] = mapped_column(String(300))
    value: Mapped[str | None] = mapped_column(Text)

    taxonomy_term: Mapped[TaxonomyTerm] = relationship(lazy="joined")


class ChangeRecord(Base):
    """HSDS `metadata`: who changed which field of which record, from what to what, when."""

    __tablename__ = "metadata"
    __table_args__ = (Index("ix_metadata_resource", "resource_id", "field_name"),)
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    resource_id: Mapped[str] = mapped_column(Id())
    resource_type: Mapped[str] = mapped_column(String(50))
    last_action_date: Mapped[datetime] = mapped_column(default=utcnow)
    last_action_type: Mapped[str] = mapped_column(String(20))
    field_name: Mapped[str] = mapped_column(String(100))
    previous_value: Mapped[str] = mapped_column(Text, default="")
    replacement_value: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(200))


class RecordSource(Base):
    """Provenance: where a record came from, its content hash, when it was first and last seen."""

    __tablename__ = "record_source"
    __table_args__ = (UniqueConstraint("source", "resource_type", "external_id", name="uq_record_source_key"),)
    id: Mapped[str] = mapped_column(Id(), primary_key=True)
    resource_type: Mapped[str] = mapped_column(String(50))
    resource_id: Mapped[str] = mapped_column(Id(), index=True)
    source: Mapped[str] = mapped_column(String(200))
    external_id: Mapped[str] = mapped_column(String(200))
    content_hash: Mapped[str] = mapped_column(String(64))
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)
