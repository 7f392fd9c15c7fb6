"""Staff accounts, roles, permissions and the password policy (NIST SP 800-63B)."""

from __future__ import annotations

import enum
import re
import unicodedata
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from counselor_app.domain.errors import msg


class Role(enum.StrEnum):
    """The four roles of a crisis center's staff."""

    COUNSELOR = "counselor"
    PEER_SPECIALIST = "peer_specialist"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        """Human-readable role name."""
        return _ROLE_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Role:
        """Accept ``peer-specialist``, ``Peer specialist`` or ``peer_specialist``."""
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            valid = ", ".join(r.value.replace("_", "-") for r in cls)
            raise ValueError(f"Unknown role '{text}'. Choose one of: {valid}.") from None


_ROLE_LABELS = {
    Role.COUNSELOR: "Counselor",
    Role.PEER_SPECIALIST: "Peer specialist",
    Role.SUPERVISOR: "Supervisor",
    Role.ADMINISTRATOR: "Administrator",
}


class Permission(enum.StrEnum):
    """Everything the service layer checks before it acts."""

    CALL_TAKE = "call.take"
    CALL_VIEW = "call.view"
    CALL_VIEW_ALL = "call.view_all"
    CALL_SIGN = "call.sign"
    FOLLOW_UP_WORK = "follow_up.work"
    FOLLOW_UP_VIEW = "follow_up.view"
    DIRECTORY_VIEW = "directory.view"
    DIRECTORY_MANAGE = "directory.manage"
    REPORT_VIEW = "report.view"
    HANDOFF_EXPORT = "handoff.export"
    IMMINENT_MONITOR = "imminent.monitor"
    ACCOUNT_MANAGE = "account.manage"
    AUDIT_REVIEW = "audit.review"
    CHECKLIST_MANAGE = "checklist.manage"
    SETTINGS_MANAGE = "settings.manage"
    BREAK_GLASS = "break_glass.request"
    BREAK_GLASS_REVIEW = "break_glass.review"


_COMMON = frozenset({Permission.DIRECTORY_VIEW, Permission.CALL_VIEW})

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.COUNSELOR: _COMMON
    | {
        Permission.CALL_TAKE,
        Permission.HANDOFF_EXPORT,
        Permission.FOLLOW_UP_VIEW,
        Permission.BREAK_GLASS,
    },
    Role.PEER_SPECIALIST: _COMMON
    | {
        Permission.FOLLOW_UP_WORK,
        Permission.FOLLOW_UP_VIEW,
        Permission.HANDOFF_EXPORT,
        Permission.BREAK_GLASS,
    },
    Role.SUPERVISOR: _COMMON
    | {
        Permission.CALL_TAKE,
        Permission.CALL_VIEW_ALL,
        Permission.CALL_SIGN,
        Permission.FOLLOW_UP_WORK,
        Permission.FOLLOW_UP_VIEW,
        Permission.HANDOFF_EXPORT,
        Permission.REPORT_VIEW,
        Permission.IMMINENT_MONITOR,
        Permission.BREAK_GLASS_REVIEW,
    },
    Role.ADMINISTRATOR: _COMMON
    | {
        Permission.CALL_VIEW_ALL,
        Permission.FOLLOW_UP_VIEW,
        Permission.DIRECTORY_MANAGE,
        Permission.REPORT_VIEW,
        Permission.ACCOUNT_MANAGE,
        Permission.AUDIT_REVIEW,
        Permission.CHECKLIST_MANAGE,
        Permission.SETTINGS_MANAGE,
        Permission.BREAK_GLASS_REVIEW,
    },
}


def role_allows(role: Role, permission: Permission) -> bool:
    """True when ``role`` carries ``permission``."""
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True, slots=True)
class StaffAccount:
    """A staff account as the user interface sees it (never the password hash)."""

    id: uuid.UUID
    username: str
    display_name: str
    role: Role
    active: bool
    created_at: datetime
    last_sign_in_at: datetime | None = None
    locked_until: datetime | None = None
    is_demo: bool = False
    must_change_password: bool = False
    """Set when an administrator chose the password; the person picks their own at sign-in."""
    two_step: bool = False
    """The account signs in with a TOTP code as a second step."""

    def can(self, permission: Permission) -> bool:
        """True when this account's role allows ``permission`` and the account is active."""
        return self.active and role_allows(self.role, permission)


@dataclass(frozen=True, slots=True)
class SignedInUser:
    """The person at the workstation, as established by a successful sign-in."""

    account: StaffAccount
    session_id: uuid.UUID
    signed_in_at: datetime

    @property
    def id(self) -> uuid.UUID:
        """The account id."""
        return self.account.id

    @property
    def role(self) -> Role:
        """The account's role."""
        return self.account.role

    def can(self, permission: Permission) -> bool:
        """True when the signed-in account may do ``permission``."""
        return self.account.can(permission)


# --- usernames -------------------------------------------------------------------------------

USERNAME_MIN = 2
USERNAME_MAX = 64
_USERNAME_EXTRA = frozenset("._-@")


def normalize_username(text: str) -> str:
    """Fold a typed username to the key it is stored and compared under."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


def check_username(text: str) -> list[str]:
    """Reasons the username cannot be used; empty when it is fine."""
    name = normalize_username(text)
    reasons: list[str] = []
    if len(name) < USERNAME_MIN:
        reasons.append(msg("A username needs at least {minimum} characters.", minimum=USERNAME_MIN))
    if len(name) > USERNAME_MAX:
        reasons.append(
            msg("A username can have at most {maximum} characters.", maximum=USERNAME_MAX)
        )
    if any(not (ch.isalnum() or ch in _USERNAME_EXTRA) for ch in name):
        reasons.append(msg("A username may contain letters, digits and . _ - @ only."))
    return reasons


# --- passwords (NIST SP 800-63B, section 5.1.1.2) ------------------------------------------------

PASSWORD_MIN = 15
PASSWORD_MAX = 128  # NIST: accept at least 64; we accept 128.


def normalize_password(password: str) -> str:
    """NFKC-normalise a password before hashing (SP 800-63B recommends normalisation)."""
    return unicodedata.normalize("NFKC", password)


def check_password(
    password: str, *, username: str = "", blocklist: Collection[str] = ()
) -> list[str]:
    """Return the reasons a new password is refused; an empty list means it is accepted.

    No composition rules (no "one digit, one symbol"): length, a blocklist of common and
    compromised passwords, and nothing derived from the username.
    """
    pw = normalize_password(password)
    reasons: list[str] = []
    length = len(pw)
    if length < PASSWORD_MIN:
        reasons.append(
            msg(
                "It has {length} characters; a password needs at least {minimum}. "
                "A few unrelated words make a long password that is easy to remember.",
                length=length,
                minimum=PASSWORD_MIN,
            )
        )
    if length > PASSWORD_MAX:
        reasons.append(
            msg(
                "It has {length} characters; at most {maximum} are accepted.",
                length=length,
                maximum=PASSWORD_MAX,
            )
        )
    folded = pw.casefold()
    if folded in blocklist:
        reasons.append(msg("It is on the list of commonly used or leaked passwords."))
    elif length >= PASSWORD_MIN and len(set(folded)) <= 2:
        reasons.append(msg("It repeats one or two characters; choose something less predictable."))
    user = normalize_username(username)
    if user and len(user) >= 3 and user in folded:
        reasons.append(msg("It contains the username."))
    return reasons


# --- throttling of failed sign-ins ---------------------------------------------------------------

FREE_FAILURES = 5
"""Failed sign-ins allowed before the account is throttled."""

MAX_LOCK = timedelta(minutes=15)


def lock_duration(failed_attempts: int) -> timedelta:
    """How long the account waits after ``failed_attempts`` consecutive failures.

    The first ``FREE_FAILURES`` cost nothing; after that the wait doubles from 30 seconds up to
    ``MAX_LOCK``. NIST asks for at most 100 failures before lock-out; this slows guessing to a
    handful of tries an hour without locking a counselor out for good.
    """
    over = failed_attempts - FREE_FAILURES
    if over < 0:
        return timedelta(0)
    return min(timedelta(seconds=30 * (2 ** min(over, 16))), MAX_LOCK)


# --- sessions: the daily check and break-glass access --------------------------------------------

REAUTH_HOURS_MAX = 24
"""The password is confirmed at least this often, whatever the settings say."""


def reauth_interval(hours: int) -> timedelta:
    """How long a password proof lasts: ``hours`` within 1..24 (anything else gives 24)."""
    if not 1 <= hours <= REAUTH_HOURS_MAX:
        hours = REAUTH_HOURS_MAX
    return timedelta(hours=hours)


_CALL_REFERENCE = re.compile(r"^C-(\d{2})(\d{2})(\d{2})-([0-9A-F]{6})$")


def parse_call_reference(text: str) -> tuple[datetime, str] | None:
    """``(start of the UTC day, first six hex digits of the id)`` of a call reference.

    References look like ``C-261128-3FA2B1`` (``domain.calls.call_reference``); None for
    anything else.
    """
    match = _CALL_REFERENCE.match(text.strip().upper())
    if match is None:
        return None
    yy, mm, dd, prefix = match.groups()
    try:
        day = datetime(2000 + int(yy), int(mm), int(dd), tzinfo=UTC)
    except ValueError:
        return None
    return day, prefix.lower()


BREAK_GLASS_REASON_MIN = 20
BREAK_GLASS_REASON_MAX = 500


def check_break_glass_reason(reason: str) -> list[str]:
    """Reasons a break-glass justification is refused; empty when it is acceptable."""
    text = " ".join(reason.split())
    problems: list[str] = []
    if len(text) < BREAK_GLASS_REASON_MIN or len(text.split()) < 3:
        problems.append(
            msg(
                "Say why you need this call in a sentence (at least {minimum} "
                "characters and three words); a supervisor reviews every reason.",
                minimum=BREAK_GLASS_REASON_MIN,
            )
        )
    if len(text) > BREAK_GLASS_REASON_MAX:
        problems.append(
            msg("Keep the reason under {maximum} characters.", maximum=BREAK_GLASS_REASON_MAX)
        )
    return problems


@dataclass(frozen=True, slots=True)
class BreakGlassAccess:
    """One access to a call outside one's role: who, which call, why, and until when."""

    id: uuid.UUID
    account_name: str
    call_id: uuid.UUID
    call_reference: str
    reason: str
    granted_at: datetime
    expires_at: datetime

    def active_at(self, now: datetime) -> bool:
        """True while the access lasts."""
        return self.granted_at <= now < self.expires_at


@dataclass(frozen=True, slots=True)
class TotpEnrollment:
    """A new second-factor secret, shown once so the person can add it to their app."""

    secret: str
    """Base32, as authenticator apps accept it typed in."""
    uri: str
    """The ``otpauth://`` URI (what a QR code would hold)."""
