"""The database's data keys, each wrapped (encrypted) by the center key held in the keyring."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.db.base import Base, utcnow


class DataKey(Base):
    """One data key: sensitive fields name it by ``id`` (``cd1:<id>:…``).

    The key itself is stored only wrapped with AES-GCM under the center key, which never leaves
    the keyring of enrolled workstations. The highest ``generation`` is the current key (new
    values are sealed with it); older keys are kept for good, so nothing becomes unreadable.
    """

    __tablename__ = "data_keys"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    generation: Mapped[int] = mapped_column(unique=True)
    wrapped_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
