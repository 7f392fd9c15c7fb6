"""The referral directory: the core tables of Open Referral HSDS 3.0.

Column names follow the HSDS 3.0 field names so import and export map one to one. Every table adds
``active`` (cleared when a re-import no longer contains the record) and the shared timestamps and
version counter.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.db.base import Base, Timestamps, Versioned

HSDS_ID = String(250)


class HsdsRecord(Timestamps, Versioned):
    """Fields every directory table shares."""

    id: Mapped[str] = mapped_column(HSDS_ID, primary_key=True)
    active: Mapped[bool] = mapped_column(default=True)


class Organization(HsdsRecord, Base):
    """HSDS ``organization``."""

    __tablename__ = "organizations"

    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str | None] = mapped_column(String(320))
    website: Mapped[str | None] = mapped_column(Text)
    year_incorporated: Mapped[int | None] = mapped_column(Integer)
    legal_status: Mapped[str | None] = mapped_column(Text)
    logo: Mapped[str | None] = mapped_column(Text)
    uri: Mapped[str | None] = mapped_column(Text)
    parent_organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("organizations.id"), index=True
    )
    tax_status: Mapped[str | None] = mapped_column(Text)
    tax_id: Mapped[str | None] = mapped_column(Text)


class Service(HsdsRecord, Base):
    """HSDS ``service``."""

    __tablename__ = "services"

    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    program_id: Mapped[str | None] = mapped_column(HSDS_ID)
    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(String(320))
    status: Mapped[str] = mapped_column(String(32), default="active")
    interpretation_services: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    accreditations: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[float | None] = mapped_column(Numeric(asdecimal=False))
    maximum_age: Mapped[float | None] = mapped_column(Numeric(asdecimal=False))
    assured_date: Mapped[date | None] = mapped_column(Date)
    assurer_email: Mapped[str | None] = mapped_column(String(320))
    alert: Mapped[str | None] = mapped_column(Text)
    wait_time: Mapped[str | None] = mapped_column(Text)
    fees: Mapped[str | None] = mapped_column(Text)
    licenses: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(40))


class Location(HsdsRecord, Base):
    """HSDS ``location``."""

    __tablename__ = "locations"

    location_type: Mapped[str] = mapped_column(String(20), default="physical")
    url: Mapped[str | None] = mapped_column(Text)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    transportation: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    external_identifier: Mapped[str | None] = mapped_column(Text)
    external_identifier_type: Mapped[str | None] = mapped_column(Text)


class ServiceAtLocation(HsdsRecord, Base):
    """HSDS ``service_at_location``."""

    __tablename__ = "service_at_locations"

    service_id: Mapped[str | None] = mapped_column(ForeignKey("services.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)


class Address(HsdsRecord, Base):
    """HSDS ``address``."""

    __tablename__ = "addresses"

    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"), index=True)
    attention: Mapped[str | None] = mapped_column(Text)
    address_1: Mapped[str] = mapped_column(Text)
    address_2: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)
    state_province: Mapped[str] = mapped_column(Text)
    postal_code: Mapped[str] = mapped_column(String(20), index=True)
    country: Mapped[str] = mapped_column(String(2))
    address_type: Mapped[str] = mapped_column(String(20), default="physical")


class Phone(HsdsRecord, Base):
    """HSDS ``phone``."""

    __tablename__ = "phones"

    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"), index=True)
    service_id: Mapped[str | None] = mapped_column(ForeignKey("services.id"), index=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(HSDS_ID)
    service_at_location_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_at_locations.id"), index=True
    )
    number: Mapped[str] = mapped_column(String(64))
    extension: Mapped[str | None] = mapped_column(String(20))
    type: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)


class Schedule(HsdsRecord, Base):
    """HSDS ``schedule`` (RFC 5545 recurrence fields plus opening times)."""

    __tablename__ = "schedules"

    service_id: Mapped[str | None] = mapped_column(ForeignKey("services.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"), index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_at_locations.id"), index=True
    )
    valid_from: Mapped[str | None] = mapped_column(String(40))
    valid_to: Mapped[str | None] = mapped_column(String(40))
    dtstart: Mapped[str | None] = mapped_column(String(40))
    timezone: Mapped[float | None]
    until: Mapped[str | None] = mapped_column(String(40))
    count: Mapped[int | None]
    wkst: Mapped[str | None] = mapped_column(String(3))
    freq: Mapped[str | None] = mapped_column(String(10))
    interval: Mapped[int | None]
    byday: Mapped[str | None] = mapped_column(String(60))
    byweekno: Mapped[str | None] = mapped_column(String(60))
    bymonthday: Mapped[str | None] = mapped_column(String(60))
    byyearday: Mapped[str | None] = mapped_column(String(60))
    description: Mapped[str | None] = mapped_column(Text)
    opens_at: Mapped[str | None] = mapped_column(String(20))
    closes_at: Mapped[str | None] = mapped_column(String(20))
    schedule_link: Mapped[str | None] = mapped_column(Text)
    attending_type: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Language(HsdsRecord, Base):
    """HSDS ``language``."""

    __tablename__ = "languages"

    service_id: Mapped[str | None] = mapped_column(ForeignKey("services.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"), index=True)
    phone_id: Mapped[str | None] = mapped_column(ForeignKey("phones.id"), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


class Taxonomy(HsdsRecord, Base):
    """HSDS ``taxonomy``."""

    __tablename__ = "taxonomies"

    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    uri: Mapped[str | None] = mapped_column(Text)
    taxonomy_version: Mapped[str | None] = mapped_column(Text)
    """HSDS ``taxonomy.version`` (``version`` is the optimistic-locking counter here)."""


class TaxonomyTerm(HsdsRecord, Base):
    """HSDS ``taxonomy_term`` (e.g. an AIRS/211 code)."""

    __tablename__ = "taxonomy_terms"

    code: Mapped[str | None] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("taxonomy_terms.id"), index=True)
    language: Mapped[str | None] = mapped_column(String(20))
    taxonomy_id: Mapped[str | None] = mapped_column(ForeignKey("taxonomies.id"), index=True)
    taxonomy: Mapped[str | None] = mapped_column(Text)
    term_uri: Mapped[str | None] = mapped_column(Text)


class Attribute(HsdsRecord, Base):
    """HSDS ``attribute``: links a taxonomy term to any record (``link_type``/``link_id``)."""

    __tablename__ = "attributes"

    link_id: Mapped[str] = mapped_column(HSDS_ID, index=True)
    taxonomy_term_id: Mapped[str | None] = mapped_column(
        ForeignKey("taxonomy_terms.id"), index=True
    )
    link_type: Mapped[str] = mapped_column(String(64))
    link_entity: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(Text)
