"""Idempotency keys of the units of work already applied (so a retry never applies twice)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.db.base import Base, utcnow


class AppliedOperation(Base):
    """One unit of work that committed, under the idempotency key its caller chose.

    Written in the same transaction as the change it stands for: when a retry (after a lost
    commit acknowledgement) or an offline replay finds its key here, the change is already in
    the database and is not applied again. ``outcome`` is what the first run answered (a
    version number, an id), so the retry can give the same answer. Never sensitive content.
    """

    __tablename__ = "applied_operations"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    operation: Mapped[str] = mapped_column(String(40))
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    outcome: Mapped[str | None] = mapped_column(String(200))
