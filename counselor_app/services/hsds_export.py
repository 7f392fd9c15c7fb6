"""Export the active referral directory as an HSDS 3.0 CSV data package.

Each supported table becomes its official file (``organizations.csv``, ``services.csv``...) with
every official field in the official order (fields this application does not keep are empty),
and ``datapackage.json`` is the official HSDS 3.0 descriptor of those tables. Foreign keys to
tables that are not exported (program, contact) are left out of the descriptor; the values stay.
References to records that are not exported (deactivated ones) are cleared, and a row whose
required reference would break is left out, so the package validates (``frictionless validate``).

This is a machine-to-machine interchange format, so cells are written exactly (a phone number
such as ``+1 314 555 0100`` is not prefixed against spreadsheet formulas); it is meant for other
HSDS tools, not for opening in a spreadsheet.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from counselor_app.atomic import atomic_write_bytes
from counselor_app.db.engine import Database
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.directory import ExportReport
from counselor_app.domain.errors import ValidationError, msg
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.hsds_package import BY_RESOURCE, TABLES, official_descriptor


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def descriptor_for(resources: list[str]) -> dict[str, Any]:
    """The official descriptor restricted to ``resources`` (and foreign keys among them)."""
    descriptor = copy.deepcopy(official_descriptor())
    kept = []
    for res in descriptor["resources"]:
        if res["name"] not in resources:
            continue
        schema = res["schema"]
        foreign = [
            fk for fk in schema.get("foreignKeys", []) if fk["reference"]["resource"] in resources
        ]
        if foreign:
            schema["foreignKeys"] = foreign
        else:
            schema.pop("foreignKeys", None)
        kept.append(res)
    descriptor["resources"] = kept
    return descriptor


def export_package(
    database: Database, audit: AuditTrail, user: SignedInUser, folder: Path
) -> ExportReport:
    """Write the package into ``folder`` (created when missing); needs DIRECTORY_MANAGE."""
    if folder.exists() and not folder.is_dir():
        raise ValidationError(msg("{folder} exists and is not a folder.", folder=str(folder)))
    files: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    with UnitOfWork(database) as uow:
        session = uow.session
        authorize(session, user, Permission.DIRECTORY_MANAGE)
        exported: dict[str, set[str]] = {}
        for spec in TABLES:
            table = spec.table
            fields = spec.fields
            rows = session.execute(
                select(table).where(table.c.active.is_(True)).order_by(table.c.id)
            ).mappings()
            records: list[dict[str, Any]] = [dict(r) for r in rows]
            ids = {r["id"] for r in records}
            kept = []
            for record in records:
                drop = False
                for ref in spec.references:
                    column = spec.column(ref.field)
                    target = record.get(column)
                    targets = ids if ref.target == spec.resource else exported[ref.target]
                    if target is None or target in targets:
                        continue
                    if ref.required:
                        drop = True
                        break
                    record[column] = None
                if not drop:
                    kept.append(record)
            exported[spec.resource] = {r["id"] for r in kept}
            buffer = io.StringIO(newline="")
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow([f.name for f in fields])
            for record in kept:
                writer.writerow(
                    [
                        _cell(record.get(spec.column(f.name)))
                        if spec.column(f.name) in table.c
                        else ""
                        for f in fields
                    ]
                )
            files[spec.file] = buffer.getvalue().encode("utf-8")
            counts[spec.resource] = len(kept)
        descriptor = descriptor_for([s.resource for s in TABLES])
        audit.record(
            session,
            Actor.of(user),
            AuditAction.EXPORT,
            "directory_export",
            uuid.uuid4(),
            "HSDS export: " + ", ".join(f"{n} {t}" for t, n in counts.items()),
        )
        uow.commit()
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        atomic_write_bytes(folder / name, data, mode=0o644)
    atomic_write_bytes(
        folder / "datapackage.json",
        (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
        mode=0o644,
    )
    assert set(counts) == set(BY_RESOURCE)
    return ExportReport(str(folder), counts)
