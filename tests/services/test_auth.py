from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from counselor_app.app import AppContext, build_context
from counselor_app.config import Settings
from counselor_app.db.models import AuditEvent, StaffAccount, StaffSession
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import FREE_FAILURES, Role
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.errors import (
    AuthenticationError,
    KnownError,
    ThrottledError,
    ValidationError,
)
from tests.conftest import ADMIN_PASSWORD
from tests.support.keyrings import MemoryKeyring


def _audit_actions(ctx: AppContext) -> list[tuple[str, str, str]]:
    with UnitOfWork(ctx.database, write=False) as uow:
        return [
            (e.action, e.actor_name, e.detail)
            for e in uow.session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        ]


def test_first_administrator_only_once(ctx: AppContext) -> None:
    assert ctx.auth.needs_first_administrator()
    with pytest.raises(ValidationError) as info:
        ctx.auth.create_first_administrator("admin", "Avery Admin", "too short")
    assert any("at least 15" in r for r in info.value.reasons)
    account = ctx.auth.create_first_administrator("Admin", "Avery Admin", ADMIN_PASSWORD)
    assert account.role is Role.ADMINISTRATOR
    assert account.username == "admin"
    assert not ctx.auth.needs_first_administrator()
    with pytest.raises(KnownError, match="already has accounts"):
        ctx.auth.create_first_administrator("other", "Other", ADMIN_PASSWORD)


def test_password_is_stored_as_argon2id(ctx: AppContext) -> None:
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.scalars(select(StaffAccount)).one()
        assert row.password_hash.startswith("$argon2id$")
        assert ADMIN_PASSWORD not in row.password_hash


def test_sign_in_and_out_are_audited(ctx: AppContext) -> None:
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    user = ctx.auth.sign_in("  ADMIN ", ADMIN_PASSWORD)
    assert user.account.username == "admin"
    ctx.auth.sign_out(user)
    actions = [a for a, _, _ in _audit_actions(ctx)]
    assert actions == [AuditAction.CREATE, AuditAction.SIGN_IN, AuditAction.SIGN_OUT]
    with UnitOfWork(ctx.database, write=False) as uow:
        session = uow.session.get(StaffSession, user.session_id)
        assert session is not None and session.ended_at is not None


def test_unknown_user_and_wrong_password_look_the_same(ctx: AppContext) -> None:
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError) as unknown:
        ctx.auth.sign_in("nobody", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError) as wrong:
        ctx.auth.sign_in("admin", "not the password at all")
    assert str(unknown.value) == str(wrong.value)
    events = _audit_actions(ctx)
    assert (AuditAction.SIGN_IN_FAILED, "(unknown account)", "unknown username") in events
    # The typed password never reaches the audit trail.
    assert all("not the password" not in detail for _, _, detail in events)


def test_throttle_survives_a_restart(ctx: AppContext, memory_keyring: MemoryKeyring) -> None:
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    for _ in range(FREE_FAILURES - 1):
        with pytest.raises(AuthenticationError) as info:
            ctx.auth.sign_in("admin", "wrong password attempt")
        assert not isinstance(info.value, ThrottledError)
    with pytest.raises(AuthenticationError):
        ctx.auth.sign_in("admin", "wrong password attempt")
    # A new process (new context) on the same database still sees the lock.
    restarted = build_context(
        ctx.database.url.render_as_string(hide_password=False),
        settings=Settings(),
        keyring_backend=memory_keyring,
    )
    try:
        with pytest.raises(ThrottledError) as info:
            restarted.auth.sign_in("admin", ADMIN_PASSWORD)  # even the right password waits
        assert 0 < info.value.retry_after_seconds <= 31
        assert "Try again in" in str(info.value)
        # Once the lock has passed, the right password works and resets the counter.
        with UnitOfWork(restarted.database) as uow:
            row = uow.session.scalars(select(StaffAccount)).one()
            assert row.failed_sign_ins == FREE_FAILURES
            assert row.locked_until is not None
            uow.session.execute(
                update(StaffAccount).values(locked_until=row.locked_until - timedelta(minutes=5))
            )
            uow.commit()
        restarted.auth.sign_in("admin", ADMIN_PASSWORD)
        with UnitOfWork(restarted.database, write=False) as uow:
            assert uow.session.scalars(select(StaffAccount)).one().failed_sign_ins == 0
    finally:
        restarted.close()


def test_deactivated_account_cannot_sign_in(ctx: AppContext) -> None:
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    admin = ctx.auth.sign_in("admin", ADMIN_PASSWORD)
    casey = ctx.accounts.add_account(
        admin, "casey", "Casey", Role.COUNSELOR, "maple sparrow under blue sky"
    )
    ctx.accounts.set_active(admin, casey.id, False)
    with pytest.raises(AuthenticationError, match="deactivated"):
        ctx.auth.sign_in("casey", "maple sparrow under blue sky")


def test_change_password(ctx: AppContext) -> None:
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    admin = ctx.auth.sign_in("admin", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError):
        ctx.auth.change_password(admin, "wrong current password", "new long passphrase here")
    with pytest.raises(ValidationError):
        ctx.auth.change_password(admin, ADMIN_PASSWORD, "short")
    ctx.auth.change_password(admin, ADMIN_PASSWORD, "new long passphrase here")
    ctx.auth.sign_in("admin", "new long passphrase here")


def test_password_chosen_by_an_administrator_must_be_changed(ctx: AppContext) -> None:
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    admin = ctx.auth.sign_in("admin", ADMIN_PASSWORD)
    assert not admin.account.must_change_password
    ctx.accounts.add_account(admin, "casey", "Casey", Role.COUNSELOR, "initial phrase from admin")
    casey = ctx.auth.sign_in("casey", "initial phrase from admin")
    assert casey.account.must_change_password
    ctx.auth.change_password(casey, "initial phrase from admin", "my very own passphrase")
    assert not ctx.auth.sign_in("casey", "my very own passphrase").account.must_change_password
    ctx.accounts.reset_password(admin, casey.account.id, "another phrase from admin")
    assert ctx.auth.sign_in("casey", "another phrase from admin").account.must_change_password
