"""The audit trail: an append-only log chained with HMAC-SHA256.

Each entry's ``mac`` is ``HMAC(key, prev_mac || canonical entry)``, where the key is a secret in
the keyring. Editing, deleting, inserting or reordering rows directly in the database breaks the
chain, and ``verify`` names the first entry where it breaks. Entries say who did what to which
record and when (database clock); never the content.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import AuditEvent
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.audit import AuditAction, AuditEntry, AuditVerification, TamperKind
from counselor_app.domain.errors import PermissionDeniedError
from counselor_app.services.keys import AUDIT_KEY, DatabaseKeys

GENESIS = "0" * 64
AUDIT_LOCK_KEY = 0x0A0D17  # PostgreSQL advisory lock held while appending


@dataclass(frozen=True, slots=True)
class Actor:
    """Who did it: an account, or nobody known (a failed sign-in with an unknown name)."""

    account_id: uuid.UUID | None
    name: str

    @classmethod
    def of(cls, user: SignedInUser) -> Actor:
        """The actor for a signed-in user."""
        return cls(user.account.id, user.account.username)


SYSTEM = Actor(None, "(system)")
UNKNOWN_ACCOUNT = Actor(None, "(unknown account)")


def _canonical(event: AuditEvent) -> bytes:
    fields = [
        str(event.event_id),
        event.occurred_at.isoformat(timespec="microseconds"),
        str(event.actor_id) if event.actor_id else "",
        event.actor_name,
        str(event.action),
        event.record_type,
        event.record_id,
        event.workstation,
        event.detail,
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _mac(key: bytes, prev_mac: str, event: AuditEvent) -> str:
    return hmac.new(
        key, prev_mac.encode("ascii") + b"|" + _canonical(event), hashlib.sha256
    ).hexdigest()


class AuditTrail:
    """Appends audit entries inside the caller's unit of work, and verifies the chain."""

    def __init__(self, keys: DatabaseKeys, workstation: str) -> None:
        self._keys = keys
        self._workstation = workstation[:120] or "workstation"
        keys.register(AUDIT_KEY, _trail_is_empty)

    def _key(self, session: Session) -> bytes:
        # A new key only for an empty trail: a missing key must never restart the chain.
        return self._keys.get(session, AUDIT_KEY, _trail_is_empty)

    def record(
        self,
        session: Session,
        actor: Actor,
        action: AuditAction,
        record_type: str,
        record_id: str | uuid.UUID,
        detail: str = "",
    ) -> AuditEvent:
        """Append one entry in ``session``'s transaction (committed with the action it records)."""
        key = self._key(session)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})
        last = session.execute(
            select(AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1)
        ).scalar_one_or_none()
        prev_mac = last or GENESIS
        event = AuditEvent(
            event_id=uuid.uuid4(),
            occurred_at=database_now(session),
            actor_id=actor.account_id,
            actor_name=actor.name[:64],
            action=action,
            record_type=record_type[:40],
            record_id=str(record_id)[:64],
            workstation=self._workstation,
            detail=detail[:200],
            prev_mac=prev_mac,
            mac="",
        )
        event.mac = _mac(key, prev_mac, event)
        session.add(event)
        session.flush()
        return event

    def verify(self, database: Database) -> AuditVerification:
        """Walk the whole chain; report intact, or the first entry that was tampered with."""
        with UnitOfWork(database, write=False) as uow:
            key = self._key(uow.session)
            rows = list(uow.session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        return check_chain(key, rows)

    def recent(self, database: Database, user: SignedInUser, limit: int = 200) -> list[AuditEntry]:
        """The newest entries, for an administrator's review."""
        if not user.can(Permission.AUDIT_REVIEW):
            raise PermissionDeniedError("Only administrators can review the audit trail.")
        with UnitOfWork(database, write=False) as uow:
            rows = uow.session.scalars(
                select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
            )
            return [
                AuditEntry(
                    seq=r.seq,
                    occurred_at=r.occurred_at,
                    actor_name=r.actor_name,
                    action=AuditAction(r.action),
                    record_type=r.record_type,
                    record_id=r.record_id,
                    detail=r.detail,
                )
                for r in rows
            ]

    @staticmethod
    def count(database: Database) -> int:
        """Number of entries."""
        with UnitOfWork(database, write=False) as uow:
            return int(uow.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def _trail_is_empty(session: Session) -> bool:
    return session.execute(select(AuditEvent.seq).limit(1)).first() is None


def check_chain(key: bytes, rows: Sequence[AuditEvent]) -> AuditVerification:
    """Verify ``rows`` (in ``seq`` order) against ``key``."""
    expected_prev = GENESIS
    for i, row in enumerate(rows):
        self_ok = hmac.compare_digest(_mac(key, row.prev_mac, row), row.mac)
        link_ok = row.prev_mac == expected_prev
        if self_ok and link_ok:
            expected_prev = row.mac
            continue
        following = rows[i + 1] if i + 1 < len(rows) else None
        if not self_ok:
            # The chain skipping this row means it never belonged to it.
            if following is not None and following.prev_mac == expected_prev:
                kind = TamperKind.INSERTED
            else:
                kind = TamperKind.EDITED
        elif any(other.mac == row.prev_mac for other in rows):
            kind = TamperKind.REORDERED
        else:
            kind = TamperKind.DELETED
        return AuditVerification(entries_checked=i + 1, tampered_seq=row.seq, kind=kind)
    return AuditVerification(entries_checked=len(rows))
