"""The append-only audit trail and the disclosure log."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.db.base import Base, BigIntId, UuidPk, utcnow
from counselor_app.db.crypto import EncryptedText
from counselor_app.db.models._types import enum_column_type
from counselor_app.domain.audit import AuditAction


class AuditEvent(Base):
    """One audit entry, linked to the one before it by an HMAC-SHA256 chain.

    ``mac = HMAC(key, prev_mac || canonical(entry))``. Rows are only ever inserted; the order of
    the chain is ``seq``. Never holds sensitive content: only who, what, which record and when.
    """

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(BigIntId, primary_key=True, autoincrement=True)
    event_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    occurred_at: Mapped[datetime]
    """Taken from the database clock, not the workstation's."""
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_accounts.id"))
    actor_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[AuditAction] = mapped_column(enum_column_type(AuditAction))
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(120))
    detail: Mapped[str] = mapped_column(String(200), default="")
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_events_record", "record_type", "record_id"),)


class Disclosure(UuidPk, Base):
    """A record that left the building (a PDF handoff, an export): who, what, to whom, consent."""

    __tablename__ = "disclosures"

    call_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("calls.id"), index=True)
    record_type: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(64))
    document_kind: Mapped[str] = mapped_column(String(40))
    recipient_kind: Mapped[str] = mapped_column(String(40))
    recipient_name: Mapped[str] = mapped_column(EncryptedText("disclosures.recipient_name"))
    purpose: Mapped[str] = mapped_column(EncryptedText("disclosures.purpose"))
    consent: Mapped[str] = mapped_column(String(32))
    """``given``, ``not_required`` or ``emergency_override``."""
    override_reason: Mapped[str | None] = mapped_column(
        EncryptedText("disclosures.override_reason")
    )
    includes_part2: Mapped[bool] = mapped_column(default=False)
    """True when 42 CFR Part 2 (substance-use treatment) information was disclosed."""
    disclosed_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"))
    disclosed_at: Mapped[datetime] = mapped_column(default=utcnow)
