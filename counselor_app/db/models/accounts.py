"""Staff accounts and center-wide settings."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from counselor_app.db.base import Base, Timestamps, UuidPk, Versioned
from counselor_app.db.crypto import EncryptedText
from counselor_app.db.models._types import enum_column_type
from counselor_app.domain.accounts import Role


class StaffAccount(UuidPk, Timestamps, Versioned, Base):
    """A person who signs in: counselor, peer specialist, supervisor or administrator."""

    __tablename__ = "staff_accounts"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    """Normalised (NFKC, case-folded) sign-in name."""
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_column_type(Role))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[datetime | None]
    locked_until: Mapped[datetime | None]
    last_sign_in_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime | None]
    must_change_password: Mapped[bool] = mapped_column(default=False)
    totp_secret_ref: Mapped[str | None] = mapped_column(String(64))
    """Unused (an early plan kept the second factor's secret in the keyring)."""
    totp_secret: Mapped[str | None] = mapped_column(
        EncryptedText("staff_accounts.totp_secret"), deferred=True
    )
    """The TOTP second factor's shared secret (base32), encrypted; None when not enabled.

    Deferred: it is decrypted only when a code is checked, so a workstation without the keys can
    still list accounts and reset a second factor.
    """
    totp_last_step: Mapped[int | None]
    """The last accepted TOTP time step (a code is never accepted twice); set exactly while the
    second factor is on."""


class CenterSetting(Timestamps, Versioned, Base):
    """A setting shared by every workstation of a center (time zone, center name, demo marker)."""

    __tablename__ = "center_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StaffSession(UuidPk, Base):
    """A sign-in session on one workstation; closed at sign-out."""

    __tablename__ = "staff_sessions"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"), index=True)
    workstation: Mapped[str] = mapped_column(String(120))
    started_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    authenticated_at: Mapped[datetime | None]
    """When the person last proved their password in this session (sign-in or unlock)."""
    reauth_due_at: Mapped[datetime | None]
    """After this the services refuse the session until the password is confirmed again."""


class BreakGlassGrant(UuidPk, Base):
    """Access to one call outside one's role, for a reason, until it expires."""

    __tablename__ = "break_glass_grants"

    account_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("staff_accounts.id"), index=True)
    call_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calls.id"), index=True)
    reason: Mapped[str] = mapped_column(EncryptedText("break_glass_grants.reason"))
    """Why the person needed the record; may describe the caller, hence encrypted."""
    workstation: Mapped[str] = mapped_column(String(120))
    granted_at: Mapped[datetime] = mapped_column(index=True)
    expires_at: Mapped[datetime]
