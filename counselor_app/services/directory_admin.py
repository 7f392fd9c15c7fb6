"""Administration of the referral directory: organizations and services added, edited, deactivated.

Every change is one unit of work holding the change and its audit entry (who, which record,
which fields; never the content), and is announced on the ``directory`` topic after the commit.
Edits carry the version they started from: an edit based on an older version is refused with a
``ConflictError`` carrying the record as it is now, and the rows' version counter
(``version_id_col``) catches a change committed by someone else between the check and the write.
Nothing is ever deleted: a deactivated record is left out of searches and exports.

The full-text index follows on its own: every ORM flush touching a service or an organization
rewrites the documents of the services concerned (``db.search``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counselor_app.db.engine import Database
from counselor_app.db.models import Language, Organization, Phone, Service
from counselor_app.db.retry import new_idempotency_key, run_unit_of_work
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.directory import (
    OrganizationEdit,
    OrganizationSummary,
    ServiceDetail,
    ServiceEdit,
    cleaned_organization,
    cleaned_service,
    language_entry,
    organization_problems,
    service_problems,
)
from counselor_app.domain.errors import ConflictError, NotFoundError, ValidationError, msg
from counselor_app.phones import to_e164
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.directory import (
    own_phone_rows,
    phone_number_as_shown,
    read_service_detail,
    shared_phone_rows,
)
from counselor_app.services.events import ChangeBus

TOPIC = "directory"
ORGANIZATION_RECORD = "directory_organization"
SERVICE_RECORD = "directory_service"
_RELOAD = "Nothing was overwritten. Reload it to see their change, then apply yours again."


def phone_to_store(text: str, region: str) -> str:
    """A typed service number as stored: E.164, or a short code such as 988 or 211 as dialled.

    Raises ``ValidationError`` for anything else; empty text gives an empty string.
    """
    try:
        return to_e164(text, region)
    except ValidationError:
        digits = "".join(ch for ch in text if not ch.isspace())
        if digits.isdigit() and len(digits) <= 6:
            try:
                number = phonenumbers.parse(digits, region)
            except phonenumbers.NumberParseException:
                number = None
            if number is not None and phonenumbers.is_valid_short_number_for_region(number, region):
                return digits
        raise


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _assign(row: Any, values: Sequence[tuple[str, str, Any]]) -> list[str]:
    """Set the changed ``(field, column, value)`` of ``row``; the names of the fields changed."""
    changed = []
    for field, column, value in values:
        if getattr(row, column) != value:
            setattr(row, column, value)
            changed.append(field)
    return changed


def _detail(action: str, fields: Sequence[str] = (), **counts: int) -> str:
    """An audit entry's detail: ``directory.service.update fields=name,phone`` (names only)."""
    parts = [action]
    if fields:
        parts.append("fields=" + ",".join(fields))
    parts.extend(f"{name}={count}" for name, count in counts.items())
    return " ".join(parts)


class DirectoryAdmin:
    """Organizations and services as administrators manage them (Permission.DIRECTORY_MANAGE)."""

    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        events: ChangeBus,
        *,
        zone: ZoneInfo,
        region: str,
    ) -> None:
        self._db = database
        self._audit = audit
        self._events = events
        self._zone = zone
        self._region = region

    # --- organizations ----------------------------------------------------------------------

    def list_organizations(
        self, user: SignedInUser, *, include_inactive: bool = True
    ) -> list[OrganizationSummary]:
        """Organizations by name (case and accents aside), each with its active services counted."""
        counts = (
            select(Service.organization_id.label("org_id"), func.count().label("n"))
            .where(Service.active.is_(True))
            .group_by(Service.organization_id)
            .subquery()
        )
        statement = select(Organization, counts.c.n).outerjoin(
            counts, counts.c.org_id == Organization.id
        )
        if not include_inactive:
            statement = statement.where(Organization.active.is_(True))
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.DIRECTORY_MANAGE)
            summaries = [
                _organization_summary(row, int(n or 0)) for row, n in uow.session.execute(statement)
            ]
        return sorted(summaries, key=lambda o: (o.name.casefold(), o.id))

    def save_organization(
        self, user: SignedInUser, edit: OrganizationEdit, *, idempotency_key: str | None = None
    ) -> OrganizationSummary:
        """Create (``edit.id`` None, or an unused UUID with version 0) or update an organization.

        Raises ``ValidationError`` with one reason per field that cannot be accepted,
        ``ConflictError`` when the organization changed since ``edit.version`` and
        ``NotFoundError`` when it no longer exists. Saving an unchanged organization writes
        nothing.
        """
        edit = cleaned_organization(edit)

        def work(uow: UnitOfWork) -> OrganizationSummary:
            session = uow.session
            authorize(session, user, Permission.DIRECTORY_MANAGE)
            row = session.get(Organization, edit.id) if edit.id else None
            problems = list(organization_problems(edit))
            if row is None and edit.id is not None:
                if edit.version != 0:
                    raise NotFoundError("That organization is no longer in the directory.")
                if not _is_uuid(edit.id):
                    problems.append(msg("Id: a new organization's id must be a UUID."))
            if problems:
                raise ValidationError("This organization cannot be saved.", tuple(problems))
            values = [
                ("name", "name", edit.name),
                ("description", "description", edit.description),
                ("email", "email", edit.email or None),
                ("website", "website", edit.website or None),
            ]
            if row is None:
                row = Organization(id=edit.id or str(uuid.uuid4()), active=True)
                _assign(row, values)
                changed = [field for field, _column, value in values if value]
                session.add(row)
                action = "directory.organization.create"
            else:
                if row.version != edit.version:
                    raise ConflictError(
                        "Someone else changed this organization while you were editing it.",
                        _RELOAD,
                        current=_organization_summary(row, _service_count(session, row.id)),
                    )
                changed = _assign(row, values)
                if not changed:
                    return _organization_summary(row, _service_count(session, row.id))
                action = "directory.organization.update"
            session.flush()  # one INSERT, or one UPDATE checked against the version read
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.CREATE if action.endswith("create") else AuditAction.UPDATE,
                ORGANIZATION_RECORD,
                row.id,
                _detail(action, changed),
            )
            summary = _organization_summary(row, _service_count(session, row.id))
            return summary

        summary = run_unit_of_work(
            self._db,
            work,
            idempotency_key=idempotency_key or new_idempotency_key(),
            operation="directory.organization",
            outcome=lambda answer: answer.id,
            replayed=lambda uow, outcome: self._organization_now(uow.session, outcome),
        )
        self._events.publish(TOPIC, summary.id)
        return summary

    def set_organization_active(
        self, user: SignedInUser, organization_id: str, active: bool, version: int
    ) -> OrganizationSummary:
        """Deactivate or reactivate an organization seen at ``version``.

        Deactivating an organization also deactivates every active service it offers (each
        with its own audit entry), so none of them is found or referred any more. Reactivating
        it leaves its services as they are: reactivate each service that should come back.
        """
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.DIRECTORY_MANAGE)
            row = session.get(Organization, organization_id)
            if row is None:
                raise NotFoundError("That organization is no longer in the directory.")
            if row.version != version:
                raise ConflictError(
                    "Someone else changed this organization while you were looking at it.",
                    _RELOAD,
                    current=_organization_summary(row, _service_count(session, row.id)),
                )
            if row.active == active:
                return _organization_summary(row, _service_count(session, row.id))
            row.active = active
            services: list[Service] = []
            if not active:
                services = list(
                    session.scalars(
                        select(Service)
                        .where(Service.organization_id == row.id, Service.active.is_(True))
                        .order_by(Service.id)
                    )
                )
                for service in services:
                    service.active = False
            session.flush()
            actor = Actor.of(user)
            verb = "activate" if active else "deactivate"
            self._audit.record(
                session,
                actor,
                AuditAction.UPDATE,
                ORGANIZATION_RECORD,
                row.id,
                _detail(f"directory.organization.{verb}", services=len(services)),
            )
            for service in services:
                self._audit.record(
                    session,
                    actor,
                    AuditAction.UPDATE,
                    SERVICE_RECORD,
                    service.id,
                    _detail("directory.service.deactivate", ["active"]) + " by=organization",
                )
            summary = _organization_summary(row, _service_count(session, row.id))
            uow.commit()
        self._events.publish(TOPIC, summary.id)
        return summary

    def _organization_now(self, session: Session, organization_id: str) -> OrganizationSummary:
        """An organization's summary as stored (the answer of a save already applied)."""
        row = session.get(Organization, organization_id)
        if row is None:
            raise NotFoundError("That organization is no longer in the directory.")
        return _organization_summary(row, _service_count(session, row.id))

    # --- services ---------------------------------------------------------------------------

    def save_service(
        self, user: SignedInUser, edit: ServiceEdit, *, idempotency_key: str | None = None
    ) -> ServiceDetail:
        """Create (``edit.id`` None, or an unused UUID with version 0) or update a service.

        The organization must exist and be active. ``edit.phone`` is the service's main phone
        (its oldest active phone row, created or changed; cleared deactivates it; other phones
        stay); a service without phones of its own that is given the number it already shows
        from its location or organization gets no copy of it. ``edit.languages`` replace the
        service's languages (rows naming the same language are kept). ``last_verified`` is
        stored as HSDS ``assured_date``. Raises ``ValidationError`` (one reason per field),
        ``ConflictError`` or ``NotFoundError``; saving an unchanged service writes nothing.
        """
        edit = cleaned_service(edit)
        now = datetime.now(UTC)

        def work(uow: UnitOfWork) -> ServiceDetail:
            session = uow.session
            authorize(session, user, Permission.DIRECTORY_MANAGE)
            row = session.get(Service, edit.id) if edit.id else None
            problems = list(service_problems(edit, now.astimezone(self._zone).date()))
            if row is None and edit.id is not None:
                if edit.version != 0:
                    raise NotFoundError("That service is no longer in the directory.")
                if not _is_uuid(edit.id):
                    problems.append(msg("Id: a new service's id must be a UUID."))
            if edit.organization_id:
                organization = session.get(Organization, edit.organization_id)
                if organization is None:
                    problems.append(
                        msg("Organization: it is no longer in the directory; choose another.")
                    )
                elif not organization.active:
                    problems.append(
                        msg(
                            "Organization: it is deactivated; reactivate it first or choose "
                            "another."
                        )
                    )
            phone = ""
            try:
                phone = phone_to_store(edit.phone, self._region)
            except ValidationError as exc:
                problems.append(
                    msg("Phone: {problem} {hint}", problem=exc.message, hint=exc.hint)
                    if exc.hint
                    else msg("Phone: {problem}", problem=exc.message)
                )
            if problems:
                raise ValidationError("This service cannot be saved.", tuple(problems))
            if row is not None and row.version != edit.version:
                raise ConflictError(
                    "Someone else changed this service while you were editing it.",
                    _RELOAD,
                    current=self._read(session, row.id, now),
                )
            values = [
                ("organization_id", "organization_id", edit.organization_id),
                ("name", "name", edit.name),
                ("description", "description", edit.description or None),
                ("eligibility", "eligibility_description", edit.eligibility or None),
                ("fees", "fees_description", edit.fees or None),
                ("application_process", "application_process", edit.application_process or None),
                ("url", "url", edit.url or None),
                ("email", "email", edit.email or None),
                ("status", "status", edit.status),
                ("last_verified", "assured_date", edit.last_verified),
            ]
            created = row is None
            if row is None:
                row = Service(id=edit.id or str(uuid.uuid4()), active=True)
                _assign(row, values)
                changed = [field for field, _column, value in values if value]
                session.add(row)
                session.flush()  # the service exists before its phone and languages
            else:
                with session.no_autoflush:
                    changed = _assign(row, values)
            with session.no_autoflush:
                if self._apply_phone(session, row, phone):
                    changed.append("phone")
                if self._apply_languages(session, row, edit.languages):
                    changed.append("languages")
            if not changed:
                return self._read(session, row.id, now)
            if not created:
                row.updated_at = now  # every change is one new version of the service
            session.flush()  # the UPDATE is checked against the version read
            action = "directory.service." + ("create" if created else "update")
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.CREATE if created else AuditAction.UPDATE,
                SERVICE_RECORD,
                row.id,
                _detail(action, changed),
            )
            detail = self._read(session, row.id, now)
            return detail

        detail = run_unit_of_work(
            self._db,
            work,
            idempotency_key=idempotency_key or new_idempotency_key(),
            operation="directory.service",
            outcome=lambda answer: answer.id,
            replayed=lambda uow, outcome: self._read(uow.session, outcome, now),
        )
        self._events.publish(TOPIC, detail.id)
        return detail

    def set_service_active(
        self, user: SignedInUser, service_id: str, active: bool, version: int
    ) -> ServiceDetail:
        """Deactivate or reactivate one service seen at ``version``.

        A service of a deactivated organization cannot be reactivated before its organization.
        """
        now = datetime.now(UTC)
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.DIRECTORY_MANAGE)
            row = session.get(Service, service_id)
            if row is None:
                raise NotFoundError("That service is no longer in the directory.")
            if row.version != version:
                raise ConflictError(
                    "Someone else changed this service while you were looking at it.",
                    _RELOAD,
                    current=self._read(session, row.id, now),
                )
            if row.active == active:
                return self._read(session, row.id, now)
            if active and row.organization_id is not None:
                organization = session.get(Organization, row.organization_id)
                if organization is not None and not organization.active:
                    raise ValidationError(
                        "This service cannot be reactivated.",
                        ("Organization: it is deactivated; reactivate the organization first.",),
                    )
            row.active = active
            session.flush()
            verb = "activate" if active else "deactivate"
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.UPDATE,
                SERVICE_RECORD,
                row.id,
                _detail(f"directory.service.{verb}", ["active"]),
            )
            detail = self._read(session, row.id, now)
            uow.commit()
        self._events.publish(TOPIC, detail.id)
        return detail

    # --- helpers ----------------------------------------------------------------------------

    def _read(self, session: Session, service_id: str, now: datetime) -> ServiceDetail:
        detail = read_service_detail(session, service_id, now, self._zone, self._region)
        if detail is None:  # pragma: no cover - read in the transaction that holds the row
            raise NotFoundError("That service is no longer in the directory.")
        return detail

    def _apply_phone(self, session: Session, service: Service, number: str) -> bool:
        """Make ``number`` the service's main phone; True when a row changed."""
        own = own_phone_rows(session, service.id)
        main = own[0] if own else None
        if not number:
            if main is None:
                return False
            main.active = False
            return True
        if main is not None:
            if phone_number_as_shown(main.number, self._region) == number:
                return False
            main.number = number
            return True
        shared = shared_phone_rows(session, service)
        if shared and phone_number_as_shown(shared[0].number, self._region) == number:
            return False  # the number shown already (the location's or organization's)
        session.add(Phone(id=str(uuid.uuid4()), service_id=service.id, number=number, type="voice"))
        return True

    @staticmethod
    def _apply_languages(session: Session, service: Service, wanted: Sequence[str]) -> bool:
        """Make ``wanted`` the service's languages; True when a row changed."""
        rows = list(
            session.scalars(
                select(Language)
                .where(Language.service_id == service.id)
                .order_by(Language.created_at, Language.id)
            )
        )
        changed = False
        kept: set[str] = set()
        for label in wanted:
            code, name = language_entry(label)
            matches = [r for r in rows if _same_language(r, label, code)]
            if matches:
                kept.update(r.id for r in matches)
                if not any(r.active for r in matches):
                    matches[0].active = True
                    changed = True
                continue
            row = Language(id=str(uuid.uuid4()), service_id=service.id, code=code, name=name)
            session.add(row)
            rows.append(row)
            kept.add(row.id)
            changed = True
        for row in rows:
            if row.active and row.id not in kept:
                row.active = False
                changed = True
        return changed


def _same_language(row: Language, label: str, code: str | None) -> bool:
    """True when a stored language row is the language typed as ``label`` (code or name)."""
    folded = label.casefold()
    row_code = (row.code or "").strip().casefold()
    row_name = (row.name or "").strip().casefold()
    return bool(
        (row_code and (row_code == folded or (code is not None and row_code == code.casefold())))
        or (row_name and row_name == folded)
    )


def _service_count(session: Session, organization_id: str) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Service)
            .where(Service.organization_id == organization_id, Service.active.is_(True))
        )
        or 0
    )


def _organization_summary(row: Organization, service_count: int) -> OrganizationSummary:
    return OrganizationSummary(
        id=row.id,
        name=row.name,
        description=row.description or "",
        email=row.email or "",
        website=row.website or "",
        active=row.active,
        version=row.version,
        service_count=service_count,
    )
