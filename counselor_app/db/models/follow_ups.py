"""Follow-up contacts and each attempt to make them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, event, func, select
from sqlalchemy.orm import Mapped, mapped_column, relationship

from counselor_app.db.base import Base, Timestamps, UuidPk, Versioned
from counselor_app.db.crypto import EncryptedText
from counselor_app.db.models._types import enum_column_type
from counselor_app.domain.follow_ups import AttemptResult, ContactMethod, FollowUpStatus
from counselor_app.domain.risk import RiskLevel


def _next_sequence_no(context: Any) -> int:
    """Default sequence number: one after the call's highest so far (1 for its first).

    The services give it explicitly; this keeps an insert that leaves it out from colliding
    with the unique ``(call_id, sequence_no)``.
    """
    call_id = context.get_current_parameters().get("call_id")
    table = FollowUp.__table__
    highest = context.connection.execute(
        select(func.max(table.c.sequence_no)).where(table.c.call_id == call_id)
    ).scalar()
    return int(highest or 0) + 1


class FollowUp(UuidPk, Timestamps, Versioned, Base):
    """A consented follow-up contact, due within a window.

    ``(call_id, sequence_no)`` is unique: scheduling a call's plan twice cannot duplicate it.
    ``attempt_count`` counts the attempts so the queue never has to aggregate them.
    """

    __tablename__ = "follow_ups"

    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calls.id"), index=True)
    sequence_no: Mapped[int] = mapped_column(default=_next_sequence_no)
    plan_key: Mapped[str | None] = mapped_column(String(40))
    client_initials: Mapped[str] = mapped_column(String(8), default="")
    risk_level: Mapped[RiskLevel] = mapped_column(enum_column_type(RiskLevel))
    due_start: Mapped[datetime]
    due_end: Mapped[datetime]
    preferred_times: Mapped[str | None] = mapped_column(EncryptedText("follow_ups.preferred_times"))
    contact_method: Mapped[ContactMethod] = mapped_column(enum_column_type(ContactMethod))
    contact_number: Mapped[str | None] = mapped_column(EncryptedText("follow_ups.contact_number"))
    status: Mapped[FollowUpStatus] = mapped_column(
        enum_column_type(FollowUpStatus), default=FollowUpStatus.SCHEDULED
    )
    assigned_to: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff_accounts.id"))
    claimed_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    closed_reason: Mapped[str | None] = mapped_column(EncryptedText("follow_ups.closed_reason"))
    diverted_from_ems_police: Mapped[bool | None]
    diverted_from_inpatient: Mapped[bool | None]
    referral_made: Mapped[str | None] = mapped_column(EncryptedText("follow_ups.referral_made"))
    created_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"))
    attempt_count: Mapped[int] = mapped_column(default=0, server_default="0")

    attempts: Mapped[list[FollowUpAttempt]] = relationship(
        back_populates="follow_up",
        cascade="all, delete-orphan",
        order_by="FollowUpAttempt.attempted_at",
    )

    __table_args__ = (
        Index("ix_follow_ups_status_due", "status", "due_end"),
        Index("ix_follow_ups_assigned_due", "assigned_to", "status", "due_end"),
        UniqueConstraint("call_id", "sequence_no"),
    )


class FollowUpAttempt(UuidPk, Timestamps, Versioned, Base):
    """One try at reaching the person, and what came of it."""

    __tablename__ = "follow_up_attempts"

    follow_up_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("follow_ups.id"), index=True)
    attempted_at: Mapped[datetime]
    attempted_by: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"))
    result: Mapped[AttemptResult] = mapped_column(enum_column_type(AttemptResult))
    notes: Mapped[str | None] = mapped_column(EncryptedText("follow_up_attempts.notes"))
    next_step: Mapped[str | None] = mapped_column(EncryptedText("follow_up_attempts.next_step"))

    follow_up: Mapped[FollowUp] = relationship(back_populates="attempts")


@event.listens_for(FollowUp, "before_insert")
def _count_new_attempts(_mapper: Any, _connection: Any, target: FollowUp) -> None:
    """A follow-up inserted with its attempts already attached starts with their count."""
    attempts = target.__dict__.get("attempts")
    if attempts and not target.attempt_count:
        target.attempt_count = len(attempts)
