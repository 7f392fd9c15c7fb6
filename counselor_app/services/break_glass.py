"""Break-glass access: opening a call outside one's role, for a reason, for a limited time.

A counselor sees only the calls they took. When they need another counselor's call (the caller
rings back and the counselor who took the first call is gone), they "break the glass": they name
the call by its reference and say why. The access is granted at once for ``minutes``, recorded
in ``break_glass_grants`` (the reason encrypted, since it may describe the caller) and in the
audit trail (never the reason), and announced on the ``break_glass`` topic -- with ``NOTIFY`` on
PostgreSQL -- so supervisors are alerted on every workstation and review the reasons. The call
opens read-only. When the time is up, the call is refused again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import BreakGlassGrant, Call
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import (
    BreakGlassAccess,
    Permission,
    Role,
    SignedInUser,
    check_break_glass_reason,
    parse_call_reference,
    role_allows,
)
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import call_reference
from counselor_app.domain.errors import KnownError, NotFoundError, ValidationError, msg
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.events import ChangeBus
from counselor_app.services.notify import notify

TOPIC = "break_glass"
DEFAULT_MINUTES = 30
MAX_MINUTES = 8 * 60


def has_active_grant(session: Session, account_id: uuid.UUID, call_id: uuid.UUID) -> bool:
    """True while ``account_id`` holds an unexpired break-glass grant on ``call_id``."""
    now = database_now(session)
    found = session.execute(
        select(BreakGlassGrant.id)
        .where(
            and_(
                BreakGlassGrant.account_id == account_id,
                BreakGlassGrant.call_id == call_id,
                BreakGlassGrant.granted_at <= now,
                BreakGlassGrant.expires_at > now,
            )
        )
        .limit(1)
    ).first()
    return found is not None


class BreakGlassService:
    """Grant, check and review break-glass accesses."""

    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        events: ChangeBus,
        workstation: str,
        *,
        minutes: int = DEFAULT_MINUTES,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._db = database
        self._audit = audit
        self._events = events
        self._workstation = workstation[:120] or "workstation"
        self.minutes = minutes if 1 <= minutes <= MAX_MINUTES else DEFAULT_MINUTES
        self._clock = clock

    def grant(self, user: SignedInUser, reference: str, reason: str) -> BreakGlassAccess:
        """Open ``reference`` to ``user`` for ``minutes``; supervisors are alerted."""
        problems = check_break_glass_reason(reason)
        if problems:
            raise ValidationError("A reason is needed to break the glass.", tuple(problems))
        parsed = parse_call_reference(reference)
        if parsed is None:
            raise ValidationError(
                "That is not a call reference.",
                ("A call reference looks like C-261128-3FA2B1 (on the handoff or the list).",),
            )
        day, prefix = parsed
        with UnitOfWork(self._db) as uow:
            session = uow.session
            account = authorize(session, user, Permission.BREAK_GLASS)
            if role_allows(Role(account.role), Permission.CALL_VIEW_ALL):
                raise KnownError("Your role already lets you open every call.")
            candidates = session.scalars(
                select(Call).where(
                    and_(Call.started_at >= day, Call.started_at < day + timedelta(days=1))
                )
            )
            call = next((c for c in candidates if c.id.hex.startswith(prefix)), None)
            if call is None:
                raise NotFoundError(
                    msg(
                        "No call has the reference {reference}.",
                        reference=reference.strip().upper(),
                    ),
                    "Check the reference and try again.",
                )
            if call.counselor_id == account.id:
                raise KnownError("This is one of your own calls.", "Open it from the list.")
            now = self._clock() if self._clock is not None else database_now(session)
            row = BreakGlassGrant(
                id=uuid.uuid4(),
                account_id=account.id,
                call_id=call.id,
                reason=" ".join(reason.split()),
                workstation=self._workstation,
                granted_at=now,
                expires_at=now + timedelta(minutes=self.minutes),
            )
            session.add(row)
            session.flush()
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.BREAK_GLASS,
                "call",
                call.id,
                f"break-glass access for {self.minutes} minutes (grant {row.id})",
            )
            notify(session, TOPIC, str(row.id))
            uow.commit()
            access = _access(row, account.display_name, call)
        self._events.publish(TOPIC, str(access.id))
        return access

    def recent(self, user: SignedInUser, limit: int = 100) -> list[BreakGlassAccess]:
        """The newest break-glass accesses with their reasons, for supervisors' review."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            authorize(session, user, Permission.BREAK_GLASS_REVIEW)
            rows = session.execute(
                select(BreakGlassGrant, StaffAccountRow.display_name, Call)
                .join(StaffAccountRow, BreakGlassGrant.account_id == StaffAccountRow.id)
                .join(Call, BreakGlassGrant.call_id == Call.id)
                .order_by(BreakGlassGrant.granted_at.desc())
                .limit(max(1, min(limit, 1000)))
            )
            return [_access(grant, name, call) for grant, name, call in rows]

    def mine(self, user: SignedInUser) -> list[BreakGlassAccess]:
        """``user``'s own accesses still running (the calls they may open now)."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            account = authorize(session, user, Permission.CALL_VIEW)
            now = database_now(session)
            rows = session.execute(
                select(BreakGlassGrant, Call)
                .join(Call, BreakGlassGrant.call_id == Call.id)
                .where(
                    and_(
                        BreakGlassGrant.account_id == account.id,
                        BreakGlassGrant.expires_at > now,
                    )
                )
                .order_by(BreakGlassGrant.granted_at.desc())
            )
            return [_access(grant, account.display_name, call) for grant, call in rows]


def _access(row: BreakGlassGrant, name: str, call: Call) -> BreakGlassAccess:
    return BreakGlassAccess(
        id=row.id,
        account_name=name,
        call_id=call.id,
        call_reference=call_reference(call.id, call.started_at),
        reason=row.reason,
        granted_at=row.granted_at,
        expires_at=row.expires_at,
    )
