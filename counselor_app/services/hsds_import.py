"""Import an Open Referral HSDS 3.0 CSV data package (a folder or a .zip) into the directory.

Tolerant where real files vary: UTF-8 with or without BOM, CRLF or LF, any column order, extra
columns (ignored), missing files (their tables are left as they are), empty optional values.
Strict where data would be wrong: a row without an id (or whose id is not a UUID, as HSDS 3.0
requires), with an empty required field, a value of the wrong type, an unknown enum value, a
value too long to store, or a broken required reference is rejected with its file, line and
reason. A broken optional reference, a malformed e-mail address or URL and an out-of-range
coordinate are cleared or noted and reported as warnings; the row is kept.

Everything accepted is applied in one transaction: records are created or updated by id, and
records of an imported table that are not in the package are deactivated (``active = False``),
so importing the same package twice changes nothing the second time. The search index is
rebuilt in the same transaction. One audit entry records the counts, never the content.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, Float, Integer, Numeric, String, bindparam, select, update
from sqlalchemy.orm import Session

from counselor_app.db import search
from counselor_app.db.base import utcnow
from counselor_app.db.engine import Database
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.directory import (
    GeoPoint,
    ImportIssue,
    ImportReport,
    IssueSeverity,
    TableCounts,
    parse_time,
)
from counselor_app.domain.errors import ConflictError, KnownError, ValidationError, msg
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.events import ChangeBus
from counselor_app.services.hsds_package import (
    BY_RESOURCE,
    FILE_ALIASES,
    TABLES,
    FieldSpec,
    TableSpec,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
"""``progress(done, total, stage)``: called between steps; ``total`` stays the same."""

MAX_MEMBER_BYTES = 1 << 30  # a zip member larger than 1 GiB is refused (zip bombs)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


class ImportCancelledError(KnownError):
    """The person cancelled an import; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; the directory was not changed.")


# --- reading the package --------------------------------------------------------------------


@dataclass
class _Source:
    """The CSV files of a package: resource name -> (file name, bytes)."""

    name: str
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    ignored: list[str] = field(default_factory=list)


def _resource_for(filename: str) -> str | None:
    base = filename.rsplit("/", 1)[-1].lower()
    for spec in TABLES:
        if base == spec.file:
            return spec.resource
    return FILE_ALIASES.get(base)


def read_source(path: Path) -> _Source:
    """Collect the CSV files of a folder or a zip file (read into memory, never extracted)."""
    source = _Source(path.name)
    entries: list[tuple[str, Callable[[], bytes]]] = []
    if path.is_dir():
        for child in sorted(path.iterdir()):
            if child.is_file():
                entries.append((child.name, child.read_bytes))
    elif path.is_file() and zipfile.is_zipfile(path):
        archive = zipfile.ZipFile(path)
        for info in archive.infolist():
            if info.is_dir() or info.filename.startswith("__MACOSX/"):
                continue
            if info.file_size > MAX_MEMBER_BYTES:
                raise ValidationError(
                    msg(
                        "{member} in {file} is too large to import.",
                        member=info.filename,
                        file=path.name,
                    )
                )
            entries.append((info.filename, lambda info=info: archive.read(info)))  # type: ignore[misc]
    elif path.exists():
        raise ValidationError(
            msg("{file} is neither a folder nor a zip file.", file=path.name),
            hint="Give the folder holding the HSDS CSV files, or a .zip of them.",
        )
    else:
        raise ValidationError(msg("{path} does not exist.", path=str(path)))
    for name, read in entries:
        base = name.rsplit("/", 1)[-1]
        resource = _resource_for(name)
        if resource is None:
            if base.lower().endswith(".csv"):
                source.ignored.append(base)
            continue
        if resource in source.files:
            source.ignored.append(base)
            continue
        source.files[resource] = (base, read())
    if not source.files:
        raise ValidationError(
            msg("No HSDS 3.0 CSV files were found in {file}.", file=path.name),
            hint="Expected files such as organizations.csv and services.csv.",
        )
    return source


def _rows(data: bytes) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) for each data row; the header is line 1. Raises UnicodeDecodeError."""
    text = data.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] | None = None
    last_line = 0
    for record in reader:
        line = last_line + 1
        last_line = reader.line_num
        if header is None:
            header = [h.strip().lstrip("\ufeff").lower() for h in record]
            continue
        if not any(cell.strip() for cell in record):
            continue
        row: dict[str, str] = {}
        for name, value in zip(header, record, strict=False):
            if name and name not in row:
                row[name] = value
        yield line, row


def _header(data: bytes) -> list[str]:
    text = data.decode("utf-8-sig")
    first = next(csv.reader(io.StringIO(text, newline="")), [])
    return [h.strip().lstrip("\ufeff").lower() for h in first]


# --- validating rows ------------------------------------------------------------------------


class _Reject(Exception):
    """A row cannot be accepted (the reason is the message)."""


@dataclass
class _Row:
    line: int
    id: str
    values: dict[str, Any]  # column -> Python value


@dataclass
class _Table:
    spec: TableSpec
    file: str
    columns: list[str]  # columns the file provides (besides id)
    rows: dict[str, _Row] = field(default_factory=dict)
    rejected: int = 0
    read: int = 0
    rejected_ids: set[str] = field(default_factory=set)


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _convert(spec: TableSpec, fs: FieldSpec, raw: str, warn: Callable[[str], None]) -> Any:
    """Check and convert one non-empty value; raise ``_Reject`` when it is invalid."""
    value = raw.strip()
    column = spec.table.c[spec.column(fs.name)]
    if fs.enum:
        for allowed in fs.enum:
            if value.casefold() == allowed.casefold():
                value = allowed
                break
        else:
            raise _Reject(f"{fs.name} '{value[:40]}' is not one of {', '.join(fs.enum)}")
    if fs.type in ("number", "integer"):
        if not _NUMBER.match(value):
            raise _Reject(f"{fs.name} '{value[:40]}' is not a number")
        number = float(value)
        if isinstance(column.type, Integer):
            if not number.is_integer():
                raise _Reject(f"{fs.name} '{value[:40]}' is not a whole number")
            return int(number)
        if isinstance(column.type, (Float, Numeric)):
            return number
        return value
    if fs.type == "date":
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            raise _Reject(f"{fs.name} '{value[:40]}' is not a date (YYYY-MM-DD)") from None
        if len(value) != 10:
            raise _Reject(f"{fs.name} '{value[:40]}' is not a date (YYYY-MM-DD)")
        return parsed if isinstance(column.type, Date) else parsed.isoformat()
    if fs.type == "time":
        parsed_time = parse_time(value)
        if parsed_time is None:
            raise _Reject(f"{fs.name} '{value[:40]}' is not a time (HH:MM:SS)")
        return parsed_time.strftime("%H:%M:%S") if value[:2] != "24" else "00:00:00"
    if fs.type == "datetime":
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise _Reject(f"{fs.name} '{value[:40]}' is not a date and time (ISO 8601)") from None
    if fs.format == "email" and not _EMAIL.match(value):
        warn(f"{fs.name} is not an e-mail address; cleared")
        return None
    if fs.format == "uri" and not _URI.match(value):
        warn(f"{fs.name} is not a URL with a scheme (such as https://); cleared")
        return None
    if fs.format == "uuid" and not _is_uuid(value):
        if fs.name == "id":
            raise _Reject("id is not a UUID, as HSDS 3.0 requires")
        warn(f"{fs.name} '{value[:40]}' is not a UUID; cleared")
        return None
    if isinstance(column.type, String) and column.type.length and len(value) > column.type.length:
        raise _Reject(f"{fs.name} is longer than {column.type.length} characters")
    return value


def _parse_table(spec: TableSpec, file: str, data: bytes, issues: list[ImportIssue]) -> _Table:
    header = _header(data)
    fields = {f.name: f for f in spec.stored_fields()}
    columns = [spec.column(n) for n in fields if n in header and n != "id"]
    table = _Table(spec, file, columns)
    missing_required = [n for n, f in fields.items() if f.required and n not in header]
    for line, raw in _rows(data):
        table.read += 1
        record_id = raw.get("id", "").strip()
        row_warnings: list[str] = []
        try:
            if not record_id:
                raise _Reject("the id is missing")
            if missing_required:
                raise _Reject(f"required column {missing_required[0]} is missing from the file")
            if record_id in table.rows:
                raise _Reject(f"id repeats line {table.rows[record_id].line}")
            values: dict[str, Any] = {}
            for name, fs in fields.items():
                if name not in header:
                    continue
                cell = raw.get(name, "")
                if not cell.strip():
                    if fs.required:
                        raise _Reject(f"{name} is required but empty")
                    values[spec.column(name)] = None
                    continue
                values[spec.column(name)] = _convert(spec, fs, cell, row_warnings.append)
            if spec.resource == "location":
                lat, lon = values.get("latitude"), values.get("longitude")
                if (lat is not None or lon is not None) and not GeoPoint.valid(lat, lon):
                    row_warnings.append(
                        "latitude/longitude missing or out of range; kept, but the location "
                        "is left out of distance searches"
                    )
        except _Reject as exc:
            table.rejected += 1
            if record_id:
                table.rejected_ids.add(record_id)
            issues.append(ImportIssue(IssueSeverity.REJECTED, file, line, record_id, str(exc)))
            continue
        issues.extend(
            ImportIssue(IssueSeverity.WARNING, file, line, record_id, w) for w in row_warnings
        )
        values.pop("id", None)
        table.rows[record_id] = _Row(line, record_id, values)
    return table


def _check_references(
    tables: dict[str, _Table], known: dict[str, set[str]], issues: list[ImportIssue]
) -> None:
    """Clear broken optional references, reject rows with broken required ones (in order)."""
    rejected_ids: dict[str, set[str]] = {
        r: (tables[r].rejected_ids if r in tables else set()) for r in BY_RESOURCE
    }
    for spec in TABLES:
        table = tables.get(spec.resource)
        if table is None:
            continue
        # Rows may point at rows of their own table: settle the table's own set first.
        changed = True
        while changed:
            changed = False
            for row in list(table.rows.values()):
                for ref in spec.references:
                    column = spec.column(ref.field)
                    target = row.values.get(column)
                    if target is None:
                        continue
                    if ref.target == spec.resource:
                        if target in table.rows:
                            continue
                    elif target in known[ref.target]:
                        continue
                    why = (
                        "was rejected"
                        if target in rejected_ids[ref.target]
                        else "is not in the package"
                    )
                    if ref.required:
                        del table.rows[row.id]
                        table.rejected += 1
                        rejected_ids[spec.resource].add(row.id)
                        issues.append(
                            ImportIssue(
                                IssueSeverity.REJECTED,
                                table.file,
                                row.line,
                                row.id,
                                f"{ref.field} {target} {why}: the {ref.target} must exist",
                            )
                        )
                        changed = True
                        break
                    row.values[column] = None
                    issues.append(
                        ImportIssue(
                            IssueSeverity.WARNING,
                            table.file,
                            row.line,
                            row.id,
                            f"{ref.field} {target} {why}; the reference was cleared",
                        )
                    )
        _break_cycles(table, issues)
        known[spec.resource] = set(table.rows)


def _break_cycles(table: _Table, issues: list[ImportIssue]) -> None:
    self_refs = [r for r in table.spec.references if r.target == table.spec.resource]
    for ref in self_refs:
        column = table.spec.column(ref.field)
        for row in table.rows.values():
            seen = {row.id}
            cursor = row.values.get(column)
            while cursor is not None and cursor in table.rows:
                if cursor in seen:
                    row.values[column] = None
                    issues.append(
                        ImportIssue(
                            IssueSeverity.WARNING,
                            table.file,
                            row.line,
                            row.id,
                            f"{ref.field} makes a loop; the reference was cleared",
                        )
                    )
                    break
                seen.add(cursor)
                cursor = table.rows[cursor].values.get(column)


def _parent_first(table: _Table, rows: list[_Row]) -> list[_Row]:
    """Rows ordered so that a row's parent in the same table is written before it."""
    self_cols = [
        table.spec.column(r.field) for r in table.spec.references if r.target == table.spec.resource
    ]
    if not self_cols:
        return rows
    pending = {r.id: r for r in rows}
    ordered: list[_Row] = []
    done: set[str] = set()

    def visit(row: _Row) -> None:
        stack = [row]
        while stack:
            current = stack[-1]
            parents = [
                pending[p]
                for c in self_cols
                if (p := current.values.get(c)) is not None and p in pending and p not in done
            ]
            if parents and parents[0] not in stack:
                stack.append(parents[0])
                continue
            stack.pop()
            if current.id not in done:
                done.add(current.id)
                ordered.append(current)

    for row in rows:
        if row.id not in done:
            visit(row)
    return ordered


# --- applying -------------------------------------------------------------------------------


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
    return bool(a == b)


def _check_all_updated(rowcount: int, expected: int, resource: str) -> None:
    """A version-checked bulk UPDATE that missed rows met someone else's change: refuse."""
    if rowcount != expected:
        raise ConflictError(
            msg(
                "Someone changed the directory's {resource} while the import was running.",
                resource=resource,
            ),
            "Nothing was imported or overwritten. Run the import again; it starts from the "
            "directory as it is now.",
        )


def _apply_table(session: Session, table: _Table) -> TableCounts:
    """Create, update and deactivate one table's records (in the caller's transaction)."""
    db_table = table.spec.table
    existing = {
        row.id: row._mapping
        for row in session.execute(
            select(
                db_table.c.id,
                db_table.c.active,
                db_table.c.version,
                *(db_table.c[c] for c in table.columns),
            )
        )
    }
    inserts: list[_Row] = []
    updates: list[dict[str, Any]] = []
    unchanged = 0
    now = utcnow()
    for row in table.rows.values():
        current = existing.get(row.id)
        if current is None:
            inserts.append(row)
            continue
        if current["active"] and all(_same(current[c], row.values.get(c)) for c in table.columns):
            unchanged += 1
            continue
        updates.append(
            {
                "b_id": row.id,
                "b_version": current["version"],
                **{f"b_{c}": row.values.get(c) for c in table.columns},
            }
        )
    if inserts:
        ordered = _parent_first(table, inserts)
        params = [{"id": r.id, **{c: r.values.get(c) for c in table.columns}} for r in ordered]
        for start in range(0, len(params), 2000):
            session.execute(db_table.insert(), params[start : start + 2000])
    if updates:
        # Bulk UPDATEs bypass SQLAlchemy's version check: each row is updated only at the
        # version read above, and a row changed meanwhile (an administrator's edit committed
        # on another workstation) makes the whole import a conflict instead of overwriting it.
        statement = (
            update(db_table)
            .where(db_table.c.id == bindparam("b_id"), db_table.c.version == bindparam("b_version"))
            .values(
                {c: bindparam(f"b_{c}") for c in table.columns}
                | {"active": True, "version": db_table.c.version + 1, "updated_at": now}
            )
        )
        done = session.connection().execute(statement, updates)
        _check_all_updated(done.rowcount, len(updates), table.spec.resource)
    gone = [
        {"b_id": i, "b_version": r["version"]}
        for i, r in existing.items()
        if r["active"] and i not in table.rows
    ]
    if gone:
        statement = (
            update(db_table)
            .where(db_table.c.id == bindparam("b_id"), db_table.c.version == bindparam("b_version"))
            .values(active=False, version=db_table.c.version + 1, updated_at=now)
        )
        done = session.connection().execute(statement, gone)
        _check_all_updated(done.rowcount, len(gone), table.spec.resource)
    return TableCounts(
        table.spec.resource,
        rows=table.read,
        created=len(inserts),
        updated=len(updates),
        unchanged=unchanged,
        rejected=table.rejected,
        deactivated=len(gone),
    )


class HsdsImporter:
    """Imports HSDS 3.0 data packages for an administrator."""

    def __init__(self, database: Database, audit: AuditTrail, events: ChangeBus) -> None:
        self._db = database
        self._audit = audit
        self._events = events

    def import_package(
        self,
        user: SignedInUser,
        path: Path,
        *,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import the package at ``path``; return the report (rejected rows are listed in it).

        ``progress(done, total, stage)`` is called between steps and ``cancelled()`` is polled
        there: when it returns True, ``ImportCancelledError`` is raised and nothing is changed.
        """
        report = progress or (lambda _d, _t, _s: None)
        is_cancelled = cancelled or (lambda: False)
        total = 2 * len(TABLES) + 2
        step = 0

        def advance(stage: str) -> None:
            nonlocal step
            if is_cancelled():
                raise ImportCancelledError()
            step += 1
            report(step, total, stage)

        with UnitOfWork(self._db) as uow:
            # Check the permission before reading anything.
            authorize(uow.session, user, Permission.DIRECTORY_MANAGE)
        source = read_source(path)
        issues: list[ImportIssue] = []
        tables: dict[str, _Table] = {}
        for spec in TABLES:
            advance(f"reading {spec.file}")
            entry = source.files.get(spec.resource)
            if entry is None:
                continue
            file, data = entry
            try:
                tables[spec.resource] = _parse_table(spec, file, data, issues)
            except UnicodeDecodeError:
                issues.append(
                    ImportIssue(
                        IssueSeverity.REJECTED, file, 0, "", "the file is not UTF-8 text; skipped"
                    )
                )
        counts: list[TableCounts] = []
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.DIRECTORY_MANAGE)
            known: dict[str, set[str]] = {}
            for spec in TABLES:
                if spec.resource not in tables:
                    # Not in the package: its records stay as they are and may be referred to.
                    known[spec.resource] = set(
                        session.scalars(
                            select(spec.table.c.id).where(spec.table.c.active.is_(True))
                        )
                    )
            advance("checking references")
            _check_references(tables, known, issues)
            for spec in TABLES:
                advance(f"saving {spec.resource} records")
                table = tables.get(spec.resource)
                if table is None:
                    continue
                counts.append(_apply_table(session, table))
            advance("indexing for search")
            changed = any(c.created or c.updated or c.deactivated for c in counts)
            if changed:
                search.rebuild(session)
            result = ImportReport(
                source=source.name,
                tables=tuple(counts),
                issues=tuple(sorted(issues, key=lambda i: (i.file, i.line))),
                ignored_files=tuple(sorted(source.ignored)),
                missing_files=tuple(s.file for s in TABLES if s.resource not in tables),
            )
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.UPDATE,
                "directory_import",
                uuid.uuid4(),
                f"HSDS import: {result.summary()}",
            )
            if is_cancelled():
                raise ImportCancelledError()
            uow.commit()
        log.info("HSDS import applied: %s", result.summary())
        self._events.publish("directory")
        return result
