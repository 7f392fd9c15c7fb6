"""Account administration: list, add, deactivate, reactivate, reset passwords."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import (
    Permission,
    Role,
    SignedInUser,
    StaffAccount,
    normalize_username,
)
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.errors import KnownError, NotFoundError, ValidationError, msg
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.auth import PasswordPolicy, new_account_row, to_account
from counselor_app.services.authz import authorize, require_recent_proof
from counselor_app.services.events import ChangeBus

TOPIC = "accounts"


class AccountService:
    """What an administrator does with staff accounts. Every method checks the permission."""

    def __init__(
        self, database: Database, audit: AuditTrail, policy: PasswordPolicy, events: ChangeBus
    ) -> None:
        self._db = database
        self._audit = audit
        self._policy = policy
        self._events = events

    def list_accounts(self, user: SignedInUser) -> list[StaffAccount]:
        """Every account, active first, then by name."""
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.ACCOUNT_MANAGE)
            rows = uow.session.scalars(
                select(StaffAccountRow).order_by(
                    StaffAccountRow.active.desc(), StaffAccountRow.display_name
                )
            )
            return [to_account(r) for r in rows]

    def add_account(
        self, user: SignedInUser, username: str, display_name: str, role: Role, password: str
    ) -> StaffAccount:
        """Create an account with an initial password the person must change."""
        with UnitOfWork(self._db) as uow:
            authorize(uow.session, user, Permission.ACCOUNT_MANAGE)
            key = normalize_username(username)
            taken = uow.session.scalar(
                select(StaffAccountRow.id).where(StaffAccountRow.username == key)
            )
            if taken is not None:
                raise ValidationError(
                    "This account cannot be created.",
                    (msg("The username '{username}' is already taken.", username=key),),
                )
            row = new_account_row(self._policy, username, display_name, role, password)
            row.must_change_password = True
            uow.session.add(row)
            try:
                uow.session.flush()
            except IntegrityError:
                raise ValidationError(
                    "This account cannot be created.",
                    (msg("The username '{username}' is already taken.", username=key),),
                ) from None
            self._audit.record(
                uow.session,
                Actor.of(user),
                AuditAction.CREATE,
                "staff_account",
                row.id,
                f"role={role.value}",
            )
            uow.commit()
            account = to_account(row)
        self._events.publish(TOPIC, str(account.id))
        return account

    def set_active(self, user: SignedInUser, account_id: uuid.UUID, active: bool) -> StaffAccount:
        """Deactivate (or reactivate) an account.

        Nobody deactivates their own account, so an active administrator always remains.
        """
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.ACCOUNT_MANAGE)
            row = session.get(StaffAccountRow, account_id)
            if row is None:
                raise NotFoundError("That account no longer exists.")
            if not active and row.id == user.id:
                raise KnownError(
                    "You cannot deactivate your own account.", "Ask another administrator."
                )
            if row.active != active:
                row.active = active
                self._audit.record(
                    session,
                    Actor.of(user),
                    AuditAction.UPDATE,
                    "staff_account",
                    row.id,
                    "activated" if active else "deactivated",
                )
                uow.commit()
            account = to_account(row)
        self._events.publish(TOPIC, str(account.id))
        return account

    def reset_two_step(self, user: SignedInUser, account_id: uuid.UUID) -> StaffAccount:
        """Turn a person's second factor off (a lost phone); they may enable it again."""
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.ACCOUNT_MANAGE)
            require_recent_proof(session, user)
            row = session.get(StaffAccountRow, account_id)
            if row is None:
                raise NotFoundError("That account no longer exists.")
            if row.totp_last_step is None:
                raise KnownError(
                    msg("{name} does not use two-step sign-in.", name=row.display_name),
                    "Nothing was changed.",
                )
            row.totp_secret = None
            row.totp_last_step = None
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.UPDATE,
                "staff_account",
                row.id,
                "second factor reset",
            )
            uow.commit()
            account = to_account(row)
        self._events.publish(TOPIC, str(account_id))
        return account

    def find(self, user: SignedInUser, username: str) -> StaffAccount:
        """The account with ``username`` (administrators)."""
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.ACCOUNT_MANAGE)
            row = uow.session.scalars(
                select(StaffAccountRow).where(
                    StaffAccountRow.username == normalize_username(username)
                )
            ).one_or_none()
            if row is None:
                raise NotFoundError(
                    msg("There is no account '{username}'.", username=normalize_username(username))
                )
            return to_account(row)

    def reset_password(self, user: SignedInUser, account_id: uuid.UUID, new_password: str) -> None:
        """Set a new password the person must change, and lift any sign-in throttle."""
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.ACCOUNT_MANAGE)
            if account_id != user.id:
                require_recent_proof(session, user)
            row = session.get(StaffAccountRow, account_id)
            if row is None:
                raise NotFoundError("That account no longer exists.")
            self._policy.validate(new_password, row.username)
            row.password_hash = self._policy.hash(new_password)
            row.password_changed_at = database_now(session)
            row.must_change_password = row.id != user.id
            row.failed_sign_ins = 0
            row.locked_until = None
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.UPDATE,
                "staff_account",
                row.id,
                "password reset",
            )
            uow.commit()
        self._events.publish(TOPIC, str(account_id))
