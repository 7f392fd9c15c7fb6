"""Workstation enrollment vocabulary: the one-time passphrase and what an enrollment reports.

An administrator exports an enrollment file (the keys a workstation needs for one database,
sealed under a one-time passphrase); a new workstation imports it. The file format and the
keyring live in ``services/enrollment.py``; this module holds what the UI and the command line
show, and the passphrase rules (standard library only).
"""

from __future__ import annotations

import enum
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from counselor_app.domain.errors import KnownError, msg

PASSPHRASE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # noqa: S105 - not a password
"""32 symbols without 0/O and 1/I, so nothing read aloud or copied by hand is ambiguous."""
PASSPHRASE_GROUPS = 6
PASSPHRASE_GROUP_LENGTH = 4
PASSPHRASE_BITS = 5 * PASSPHRASE_GROUPS * PASSPHRASE_GROUP_LENGTH
"""120 bits: far beyond guessing, even against a stolen file."""

PASSPHRASE_SHAPE = msg(
    "An enrollment passphrase is {groups} groups of {length} letters and digits, like 7KQM-3XHP-…",
    groups=PASSPHRASE_GROUPS,
    length=PASSPHRASE_GROUP_LENGTH,
)


def new_passphrase() -> str:
    """A fresh random passphrase, grouped for reading aloud: ``7KQM-3XHP-R2WD-…``."""
    groups = (
        "".join(secrets.choice(PASSPHRASE_ALPHABET) for _ in range(PASSPHRASE_GROUP_LENGTH))
        for _ in range(PASSPHRASE_GROUPS)
    )
    return "-".join(groups)


def normalize_passphrase(typed: str) -> str | None:
    """The passphrase as the key derivation sees it, or None when it cannot be one.

    Case, spaces and dashes do not matter, so a person may type it as they hear it.
    """
    compact = "".join(ch for ch in typed.upper() if not ch.isspace() and ch not in "-–—_.")
    if len(compact) != PASSPHRASE_GROUPS * PASSPHRASE_GROUP_LENGTH:
        return None
    if any(ch not in PASSPHRASE_ALPHABET for ch in compact):
        return None
    return compact


@dataclass(frozen=True, slots=True)
class EnrollmentIssued:
    """An exported enrollment file. ``passphrase`` is shown once and kept nowhere."""

    enrollment_id: str
    path: Path
    passphrase: str = field(repr=False)
    expires_at: datetime
    purposes: tuple[str, ...]
    """Which keys the file carries (names, never values)."""
    database_password: bool
    """True when the file carries the PostgreSQL password of this workstation."""


@dataclass(frozen=True, slots=True)
class EnrollmentResult:
    """What importing an enrollment file did on this workstation."""

    enrollment_id: str
    database_location: str
    purposes: tuple[str, ...]
    database_password: bool
    replaced: bool
    """True when keys this workstation held before were replaced (``--replace``)."""
    settings_saved: bool
    """True when the database address is now this workstation's default."""

    def describe(self) -> str:
        """One line for a person."""
        what = f"{len(self.purposes)} key(s)"
        if self.database_password:
            what += " and the database password"
        line = f"This workstation is enrolled for the database at {self.database_location} ({what})"
        if self.replaced:
            line += "; the keys it held before were replaced"
        if not self.settings_saved:
            line += "; its address could not be saved in the settings, give it with --database"
        return line + "."


class KeyState(enum.StrEnum):
    """Whether this workstation can work with the open database's protected data."""

    ENROLLED = "enrolled"
    """It holds every key the database depends on."""
    FRESH = "fresh"
    """Nothing in the database depends on keys yet; the first workstation to need one makes it."""
    NOT_ENROLLED = "not_enrolled"
    """The database depends on keys this workstation does not hold."""


NOT_ENROLLED_MESSAGE = msg("This workstation is not enrolled for this database.")
NOT_ENROLLED_HINT = (
    "An administrator exports an enrollment file (Admin → Enroll a workstation…, or "
    "'counselor-app keys enroll-export'); import it here with its passphrase "
    "('counselor-app keys enroll FILE')."
)


@dataclass(frozen=True, slots=True)
class WorkstationKeyStatus:
    """The keys of one database as this workstation sees them (names only)."""

    database_location: str
    held: tuple[str, ...]
    """Purposes whose key this workstation holds."""
    missing: tuple[str, ...]
    """Purposes the database depends on whose key this workstation lacks."""
    not_created: tuple[str, ...]
    """Purposes nothing depends on yet and no key exists for here (made on first use)."""

    @property
    def state(self) -> KeyState:
        """Enrolled, fresh, or not enrolled."""
        if self.missing:
            return KeyState.NOT_ENROLLED
        if not self.held:
            return KeyState.FRESH
        return KeyState.ENROLLED

    @property
    def enrolled(self) -> bool:
        """True when this workstation may go on (enrolled, or a fresh database)."""
        return not self.missing

    def describe(self) -> str:
        """One line for a person (names of keys only)."""
        match self.state:
            case KeyState.NOT_ENROLLED:
                return (
                    f"{NOT_ENROLLED_MESSAGE[:-1]} at {self.database_location}: it lacks "
                    f"{', '.join(self.missing)}. {NOT_ENROLLED_HINT}"
                )
            case KeyState.FRESH:
                return (
                    f"The database at {self.database_location} does not depend on any key yet; "
                    "this workstation will create them when first needed, then enroll the others."
                )
            case _:
                line = (
                    f"This workstation is enrolled for the database at {self.database_location} "
                    f"({', '.join(self.held)})"
                )
                if self.not_created:
                    line += f"; not created yet: {', '.join(self.not_created)}"
                return line + "."


class NotEnrolledError(KnownError):
    """The open database depends on keys this workstation does not hold."""

    def __init__(self, status: WorkstationKeyStatus) -> None:
        super().__init__(
            msg(
                "This workstation is not enrolled for the database at {location}.",
                location=status.database_location,
            ),
            NOT_ENROLLED_HINT,
        )
        self.status = status
