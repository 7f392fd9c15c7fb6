from __future__ import annotations

import pytest
from sqlalchemy import update

from counselor_app.app import AppContext
from counselor_app.db.models import StaffAccount
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.errors import (
    AuthenticationError,
    KnownError,
    PermissionDeniedError,
    ValidationError,
)

NEW_PASSWORD = "violet kettle hums at noon"


def test_only_administrators_manage_accounts(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    for role in (Role.COUNSELOR, Role.PEER_SPECIALIST, Role.SUPERVISOR):
        with pytest.raises(PermissionDeniedError, match="does not allow you to manage accounts"):
            ctx.accounts.add_account(staff[role], "x.y", "X Y", Role.ADMINISTRATOR, NEW_PASSWORD)
        with pytest.raises(PermissionDeniedError):
            ctx.accounts.list_accounts(staff[role])
        with pytest.raises(PermissionDeniedError):
            ctx.accounts.reset_password(staff[role], staff[role].id, NEW_PASSWORD)
    names = [a.username for a in ctx.accounts.list_accounts(staff[Role.ADMINISTRATOR])]
    assert sorted(names) == ["admin", "casey", "pat", "sam"]


def test_permission_follows_the_database_not_the_cached_user(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    # Another administrator demotes this one on another workstation.
    with UnitOfWork(ctx.database) as uow:
        uow.session.execute(
            update(StaffAccount).where(StaffAccount.id == admin.id).values(role=Role.COUNSELOR)
        )
        uow.commit()
    with pytest.raises(PermissionDeniedError):
        ctx.accounts.list_accounts(admin)


def test_duplicate_username_is_refused(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    with pytest.raises(ValidationError) as info:
        ctx.accounts.add_account(
            staff[Role.ADMINISTRATOR], "CASEY", "Another Casey", Role.COUNSELOR, NEW_PASSWORD
        )
    assert "already taken" in " ".join(info.value.reasons)


def test_an_administrator_always_remains(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    admin = staff[Role.ADMINISTRATOR]
    with pytest.raises(KnownError, match="your own account"):
        ctx.accounts.set_active(admin, admin.id, False)
    ctx.accounts.add_account(admin, "root2", "Second Admin", Role.ADMINISTRATOR, NEW_PASSWORD)
    other = ctx.auth.sign_in("root2", NEW_PASSWORD)
    assert not ctx.accounts.set_active(other, admin.id, False).active
    with pytest.raises(KnownError, match="your own account"):
        ctx.accounts.set_active(other, other.id, False)


def test_deactivate_and_reactivate(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    admin = staff[Role.ADMINISTRATOR]
    casey = staff[Role.COUNSELOR]
    changes: list[str] = []
    ctx.events.subscribe(lambda change: changes.append(change.topic))
    account = ctx.accounts.set_active(admin, casey.id, False)
    assert not account.active
    # A deactivated account's open session loses its permissions at once.
    with pytest.raises(PermissionDeniedError, match="no longer active"):
        ctx.calls.recent_calls(casey)
    assert ctx.accounts.set_active(admin, casey.id, True).active
    assert changes == ["accounts", "accounts"]


def test_reset_password_lifts_throttle(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    for _ in range(6):
        with pytest.raises(AuthenticationError):
            ctx.auth.sign_in("casey", "guessing the password now")
    ctx.accounts.reset_password(staff[Role.ADMINISTRATOR], staff[Role.COUNSELOR].id, NEW_PASSWORD)
    assert ctx.auth.sign_in("casey", NEW_PASSWORD).account.username == "casey"
    with pytest.raises(ValidationError):
        ctx.accounts.reset_password(staff[Role.ADMINISTRATOR], staff[Role.COUNSELOR].id, "short")
