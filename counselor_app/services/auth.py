"""Signing in and out, the first administrator, and the password policy.

Passwords are hashed with Argon2id (``argon2-cffi``). Failed sign-ins are counted in the database,
so neither a restart nor another workstation resets the throttle. Timing and messages are the same
for an unknown username and a wrong password.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.models import StaffSession
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import (
    Role,
    SignedInUser,
    StaffAccount,
    TotpEnrollment,
    check_password,
    check_username,
    lock_duration,
    normalize_password,
    normalize_username,
    reauth_interval,
)
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.errors import (
    AuthenticationError,
    KnownError,
    Message,
    SecondFactorRequiredError,
    ThrottledError,
    ValidationError,
    msg,
)
from counselor_app.services import totp
from counselor_app.services.audit import UNKNOWN_ACCOUNT, Actor, AuditTrail
from counselor_app.services.authz import check_session
from counselor_app.services.events import ChangeBus

log = logging.getLogger(__name__)

WRONG_CREDENTIALS = "The username or password is not correct."
WRONG_CODE = "The code is not correct."
REUSED_CODE = "This code was already used."
WRONG_PASSWORD = "The password is not correct."  # noqa: S105 - a message, not a password


def load_blocklist(path: Path) -> frozenset[str]:
    """Read the common-password blocklist: one password a line, ``#`` comments, case-folded."""
    words: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word = line.rstrip("\n")
            if word and not word.startswith("#"):
                words.add(normalize_password(word).casefold())
    return frozenset(words)


def to_account(row: StaffAccountRow) -> StaffAccount:
    """The frozen domain view of an account row."""
    return StaffAccount(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        active=row.active,
        created_at=row.created_at,
        last_sign_in_at=row.last_sign_in_at,
        locked_until=row.locked_until,
        is_demo=row.is_demo,
        must_change_password=row.must_change_password,
        two_step=row.totp_last_step is not None,
    )


class PasswordPolicy:
    """NIST SP 800-63B checks plus Argon2id hashing."""

    def __init__(self, blocklist: Collection[str], hasher: PasswordHasher | None = None) -> None:
        self.blocklist = blocklist
        self.hasher = hasher or PasswordHasher()

    def validate(self, password: str, username: str = "") -> None:
        """Raise ``ValidationError`` listing every reason the password is refused."""
        reasons = check_password(password, username=username, blocklist=self.blocklist)
        if reasons:
            raise ValidationError("This password cannot be used.", tuple(reasons))

    def hash(self, password: str) -> str:
        """Argon2id hash of the normalised password."""
        return self.hasher.hash(normalize_password(password))

    def verify(self, stored_hash: str, password: str) -> bool:
        """True when ``password`` matches ``stored_hash``."""
        try:
            return self.hasher.verify(stored_hash, normalize_password(password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False


class AuthService:
    """Sign-in, sign-out and the first administrator."""

    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        policy: PasswordPolicy,
        events: ChangeBus,
        workstation: str,
        *,
        reauth_hours: int = 24,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._db = database
        self._audit = audit
        self._policy = policy
        self._events = events
        self._workstation = workstation
        self._dummy_hash: str | None = None
        self._reauth = reauth_interval(reauth_hours)
        self._clock = clock

    @property
    def reauth_interval(self) -> timedelta:
        """How long a password proof lasts before the daily check."""
        return self._reauth

    def _now(self, session: Session) -> datetime:
        """The database's clock (or the injected one, in tests)."""
        return self._clock() if self._clock is not None else database_now(session)

    @property
    def policy(self) -> PasswordPolicy:
        """The password policy in force."""
        return self._policy

    def needs_first_administrator(self) -> bool:
        """True when the database has no accounts yet."""
        with UnitOfWork(self._db, write=False) as uow:
            return _account_count(uow.session) == 0

    def create_first_administrator(
        self, username: str, display_name: str, password: str
    ) -> StaffAccount:
        """Create the first administrator; refused once any account exists."""
        with UnitOfWork(self._db) as uow:
            if _account_count(uow.session) > 0:
                raise KnownError(
                    "This database already has accounts.",
                    "Sign in and ask an administrator to add yours.",
                )
            row = new_account_row(
                self._policy, username, display_name, Role.ADMINISTRATOR, password
            )
            uow.session.add(row)
            uow.session.flush()
            self._audit.record(
                uow.session,
                Actor(row.id, row.username),
                AuditAction.CREATE,
                "staff_account",
                row.id,
                "first administrator",
            )
            uow.commit()
            account = to_account(row)
        self._events.publish("accounts", str(account.id))
        return account

    def sign_in(self, username: str, password: str, code: str = "") -> SignedInUser:
        """Check the credentials; on success open a session, on failure count and throttle.

        An account with the second factor also needs ``code``: without one,
        ``SecondFactorRequiredError`` says so (the password was right; nothing is counted).
        """
        key = normalize_username(username)
        with UnitOfWork(self._db) as uow:
            session = uow.session
            now = self._now(session)
            row = session.scalars(
                select(StaffAccountRow).where(StaffAccountRow.username == key)
            ).one_or_none()
            if row is None:
                # Verify against a real hash anyway, so timing does not reveal unknown names.
                if self._dummy_hash is None:
                    self._dummy_hash = self._policy.hash("counselor-desk-timing-equaliser")
                self._policy.verify(self._dummy_hash, password)
                self._audit.record(
                    session,
                    UNKNOWN_ACCOUNT,
                    AuditAction.SIGN_IN_FAILED,
                    "staff_account",
                    "-",
                    "unknown username",
                )
                uow.commit()
                raise AuthenticationError(WRONG_CREDENTIALS, "Check both and try again.")
            actor = Actor(row.id, row.username)
            self._check_throttle(uow, row, now, "throttled")
            if not self._policy.verify(row.password_hash, password):
                self._count_failure(uow, row, now, "wrong password")
                raise AuthenticationError(WRONG_CREDENTIALS, "Check both and try again.")
            if not row.active:
                self._audit.record(
                    session,
                    actor,
                    AuditAction.SIGN_IN_FAILED,
                    "staff_account",
                    row.id,
                    "account deactivated",
                )
                uow.commit()
                raise AuthenticationError(
                    "This account has been deactivated.", "Ask an administrator."
                )
            self._check_code(uow, row, now, code)
            row.failed_sign_ins = 0
            row.locked_until = None
            if self._policy.hasher.check_needs_rehash(row.password_hash):
                row.password_hash = self._policy.hash(password)
            user = self._open_session(session, row, now, "")
            uow.commit()
        self._db.act_as(user.role.value)
        log.info("signed in (role %s)", user.role.value)
        return user

    def sign_in_demo(self, username: str) -> SignedInUser:
        """Sign in to a demo account of a demo database without a password (screenshots)."""
        from counselor_app.services.demo import is_demo_database

        key = normalize_username(username)
        with UnitOfWork(self._db) as uow:
            session = uow.session
            row = session.scalars(
                select(StaffAccountRow).where(StaffAccountRow.username == key)
            ).one_or_none()
            if row is None or not row.is_demo or not row.active or not is_demo_database(session):
                raise AuthenticationError(
                    "A password is needed for this account.",
                    "Only the demo accounts of a demo database sign in without one.",
                )
            user = self._open_session(session, row, self._now(session), "demo")
            uow.commit()
        self._db.act_as(user.role.value)
        return user

    def _open_session(
        self, session: Session, row: StaffAccountRow, now: datetime, detail: str
    ) -> SignedInUser:
        """Record the sign-in (session row and audit entry) in the caller's transaction."""
        row.last_sign_in_at = now
        staff_session = StaffSession(
            id=uuid.uuid4(),
            account_id=row.id,
            workstation=self._workstation[:120],
            started_at=now,
            last_seen_at=now,
            authenticated_at=now,
            reauth_due_at=now + self._reauth,
        )
        session.add(staff_session)
        actor = Actor(row.id, row.username)
        self._audit.record(session, actor, AuditAction.SIGN_IN, "staff_account", row.id, detail)
        return SignedInUser(to_account(row), staff_session.id, now)

    def _check_throttle(
        self, uow: UnitOfWork, row: StaffAccountRow, now: datetime, why: str
    ) -> None:
        """Raise ``ThrottledError`` (audited) while the account waits after failures."""
        if row.locked_until is None or row.locked_until <= now:
            return
        wait = int((row.locked_until - now).total_seconds()) + 1
        self._audit.record(
            uow.session,
            Actor(row.id, row.username),
            AuditAction.SIGN_IN_FAILED,
            "staff_account",
            row.id,
            why,
        )
        uow.commit()
        raise ThrottledError(
            msg(
                "Too many failed sign-ins for this account. Try again in {wait}.",
                wait=_wait_text(wait),
            ),
            wait,
        )

    def _count_failure(
        self, uow: UnitOfWork, row: StaffAccountRow, now: datetime, why: str
    ) -> None:
        """Count a failed proof (password or code), throttle, audit, and commit."""
        row.failed_sign_ins += 1
        row.last_failed_at = now
        delay = lock_duration(row.failed_sign_ins)
        row.locked_until = now + delay if delay else None
        self._audit.record(
            uow.session,
            Actor(row.id, row.username),
            AuditAction.SIGN_IN_FAILED,
            "staff_account",
            row.id,
            f"{why} ({row.failed_sign_ins} in a row)",
        )
        uow.commit()

    def _check_code(self, uow: UnitOfWork, row: StaffAccountRow, now: datetime, code: str) -> None:
        """The second step, for an account that has it: a fresh, correct code."""
        if row.totp_last_step is None:
            return
        if not code.strip():
            raise SecondFactorRequiredError()
        secret = row.totp_secret or ""
        step = totp.matching_step(secret, code, now)
        if step is None:
            self._count_failure(uow, row, now, "wrong second-factor code")
            raise AuthenticationError(WRONG_CODE, "Type the code your authenticator app shows now.")
        if row.totp_last_step is not None and step <= row.totp_last_step:
            self._count_failure(uow, row, now, "reused second-factor code")
            raise AuthenticationError(REUSED_CODE, "Wait for the next code, then type that one.")
        row.totp_last_step = step

    def confirm(self, user: SignedInUser, password: str, code: str = "") -> datetime:
        """Prove the password again (unlocking the screen, the daily check).

        Failures count towards the same throttle as sign-ins. Returns when the next daily
        check falls due.
        """
        with UnitOfWork(self._db) as uow:
            session = uow.session
            now = self._now(session)
            row = session.get(StaffAccountRow, user.id)
            staff_session = session.get(StaffSession, user.session_id)
            if row is None or not row.active:
                raise AuthenticationError(
                    "This account is no longer active.", "Sign out and ask an administrator."
                )
            if staff_session is None or staff_session.ended_at is not None:
                raise AuthenticationError("This session has ended.", "Sign out, then sign in.")
            self._check_throttle(uow, row, now, "throttled (unlock)")
            if not self._policy.verify(row.password_hash, password):
                self._count_failure(uow, row, now, "wrong password (unlock)")
                raise AuthenticationError(WRONG_PASSWORD, "Type it again, or sign out.")
            self._check_code(uow, row, now, code)
            row.failed_sign_ins = 0
            row.locked_until = None
            staff_session.authenticated_at = now
            staff_session.last_seen_at = now
            due = now + self._reauth
            staff_session.reauth_due_at = due
            self._audit.record(
                session, Actor.of(user), AuditAction.SIGN_IN, "staff_account", row.id, "confirmed"
            )
            uow.commit()
            return due

    # --- the second factor ---------------------------------------------------------------------

    def start_two_step(self, user: SignedInUser) -> TotpEnrollment:
        """A new secret to show the person (nothing is stored until ``enable_two_step``)."""
        return totp.new_enrollment(user.account.username)

    def enable_two_step(self, user: SignedInUser, secret: str, code: str) -> None:
        """Turn the second factor on, once ``code`` shows the app holds ``secret``."""
        if not totp.valid_secret(secret):
            raise ValidationError("This secret cannot be used.", ("Start again.",))
        with UnitOfWork(self._db) as uow:
            session = uow.session
            check_session(session, user)
            row = session.get(StaffAccountRow, user.id)
            if row is None or not row.active:
                raise AuthenticationError("This account is no longer active.")
            step = totp.matching_step(secret, code, self._now(session))
            if step is None:
                raise ValidationError(
                    "The code does not match.",
                    (
                        "Check that the app added the key shown here and that this "
                        "computer's and the phone's clocks are right, then type the code "
                        "it shows now.",
                    ),
                )
            row.totp_secret = secret.strip().upper()
            row.totp_last_step = step
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.UPDATE,
                "staff_account",
                row.id,
                "second factor enabled",
            )
            uow.commit()
        self._events.publish("accounts", str(user.id))

    def two_step_enabled(self, user: SignedInUser) -> bool:
        """True when the account signs in with a code as well."""
        with UnitOfWork(self._db, write=False) as uow:
            row = uow.session.get(StaffAccountRow, user.id)
            return row is not None and row.totp_last_step is not None

    def sign_out(self, user: SignedInUser) -> None:
        """Close the session and record the sign-out."""
        with UnitOfWork(self._db) as uow:
            session = uow.session
            now = database_now(session)
            staff_session = session.get(StaffSession, user.session_id)
            if staff_session is not None and staff_session.ended_at is None:
                staff_session.ended_at = now
            self._audit.record(
                session, Actor.of(user), AuditAction.SIGN_OUT, "staff_account", user.id
            )
            uow.commit()
        if self._db.acting_role == user.role.value:
            self._db.act_as(None)

    def change_password(self, user: SignedInUser, current: str, new: str) -> None:
        """Change one's own password (the current one is required)."""
        with UnitOfWork(self._db) as uow:
            row = uow.session.get(StaffAccountRow, user.id)
            if row is None or not self._policy.verify(row.password_hash, current):
                raise AuthenticationError("The current password is not correct.")
            self._policy.validate(new, row.username)
            row.password_hash = self._policy.hash(new)
            row.password_changed_at = database_now(uow.session)
            row.must_change_password = False
            self._audit.record(
                uow.session,
                Actor.of(user),
                AuditAction.UPDATE,
                "staff_account",
                row.id,
                "password changed",
            )
            uow.commit()


def new_account_row(
    policy: PasswordPolicy, username: str, display_name: str, role: Role, password: str
) -> StaffAccountRow:
    """A validated, hashed account row (not yet added to a session)."""
    reasons = check_username(username)
    display = display_name.strip()
    if not display:
        reasons.append(msg("Enter the person's name as colleagues know it."))
    elif len(display) > 120:
        reasons.append(msg("The name can have at most 120 characters."))
    if reasons:
        raise ValidationError("This account cannot be created.", tuple(reasons))
    key = normalize_username(username)
    policy.validate(password, key)
    return StaffAccountRow(
        id=uuid.uuid4(),
        username=key,
        display_name=display,
        role=role,
        password_hash=policy.hash(password),
        active=True,
        password_changed_at=None,
    )


def _account_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(StaffAccountRow)) or 0)


def _wait_text(seconds: int) -> Message:
    if seconds < 90:
        return msg("{seconds} seconds", seconds=seconds)
    return msg("{minutes} minutes", minutes=(seconds + 59) // 60)


def is_locked(account: StaffAccount, now: datetime) -> bool:
    """True while the account is throttled."""
    return account.locked_until is not None and account.locked_until > now
