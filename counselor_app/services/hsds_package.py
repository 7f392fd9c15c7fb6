"""What Counselor desk knows of the HSDS 3.0 tabular data package: tables, fields, references.

Field names, types, formats, enums and required flags come from the official descriptor
(``resources/hsds/datapackage.json``, a subset of the official HSDS 3.0 ``datapackage.json``);
which references must resolve (and which are cleared with a warning) is decided here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Table

from counselor_app.config import resources_dir
from counselor_app.db.models import (
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
)


@dataclass(frozen=True, slots=True)
class Reference:
    """A field holding the id of a record in ``target`` (a resource name)."""

    field: str
    target: str
    required: bool


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One HSDS field as the official descriptor declares it."""

    name: str
    type: str
    format: str | None
    required: bool
    enum: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableSpec:
    """One supported HSDS table and the database table holding it."""

    resource: str
    file: str
    table: Table
    references: tuple[Reference, ...] = ()
    columns: dict[str, str] = field(default_factory=dict)  # HSDS field -> column, when they differ

    def column(self, hsds_field: str) -> str:
        """The database column of an HSDS field."""
        return self.columns.get(hsds_field, hsds_field)

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        """The official fields of this table, in the official order."""
        return _fields(self.resource)

    def stored_fields(self) -> tuple[FieldSpec, ...]:
        """The official fields this application keeps a column for."""
        return tuple(f for f in self.fields if self.column(f.name) in self.table.c)


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


# Dependency order: every table comes after the tables its references point to.
TABLES: tuple[TableSpec, ...] = (
    TableSpec(
        "taxonomy", "taxonomies.csv", _table(Taxonomy), columns={"version": "taxonomy_version"}
    ),
    TableSpec(
        "taxonomy_term",
        "taxonomy_terms.csv",
        _table(TaxonomyTerm),
        (
            Reference("parent_id", "taxonomy_term", False),
            Reference("taxonomy_id", "taxonomy", False),
        ),
    ),
    TableSpec(
        "organization",
        "organizations.csv",
        _table(Organization),
        (Reference("parent_organization_id", "organization", False),),
    ),
    TableSpec(
        "service",
        "services.csv",
        _table(Service),
        (Reference("organization_id", "organization", True),),
    ),
    TableSpec(
        "location",
        "locations.csv",
        _table(Location),
        (Reference("organization_id", "organization", False),),
    ),
    TableSpec(
        "service_at_location",
        "service_at_location.csv",
        _table(ServiceAtLocation),
        (Reference("service_id", "service", True), Reference("location_id", "location", True)),
    ),
    TableSpec(
        "phone",
        "phones.csv",
        _table(Phone),
        (
            Reference("location_id", "location", False),
            Reference("service_id", "service", False),
            Reference("organization_id", "organization", False),
            Reference("service_at_location_id", "service_at_location", False),
        ),
    ),
    TableSpec(
        "address",
        "addresses.csv",
        _table(Address),
        (Reference("location_id", "location", False),),
    ),
    TableSpec(
        "schedule",
        "schedules.csv",
        _table(Schedule),
        (
            Reference("service_id", "service", False),
            Reference("location_id", "location", False),
            Reference("service_at_location_id", "service_at_location", False),
        ),
    ),
    TableSpec(
        "language",
        "languages.csv",
        _table(Language),
        (
            Reference("service_id", "service", False),
            Reference("location_id", "location", False),
            Reference("phone_id", "phone", False),
        ),
    ),
    TableSpec(
        "attribute",
        "attributes.csv",
        _table(Attribute),
        (Reference("taxonomy_term_id", "taxonomy_term", True),),
    ),
)

BY_RESOURCE = {spec.resource: spec for spec in TABLES}

# Other names seen in the wild for the same files.
FILE_ALIASES = {
    "service_at_locations.csv": "service_at_location",
    "taxonomy.csv": "taxonomy",
    "taxonomy_term.csv": "taxonomy_term",
    "organization.csv": "organization",
    "service.csv": "service",
    "location.csv": "location",
    "phone.csv": "phone",
    "address.csv": "address",
    "schedule.csv": "schedule",
    "language.csv": "language",
    "attribute.csv": "attribute",
}


@cache
def official_descriptor() -> dict[str, Any]:
    """The official HSDS 3.0 descriptor of the supported tables (a fresh parse, cached)."""
    path = resources_dir() / "hsds" / "datapackage.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@cache
def _fields(resource: str) -> tuple[FieldSpec, ...]:
    for res in official_descriptor()["resources"]:
        if res["name"] == resource:
            return tuple(
                FieldSpec(
                    name=f["name"],
                    type=f.get("type", "string"),
                    format=f.get("format"),
                    required=bool(f.get("constraints", {}).get("required", False)),
                    enum=tuple(f.get("constraints", {}).get("enum", ())),
                )
                for f in res["schema"]["fields"]
            )
    raise KeyError(resource)
