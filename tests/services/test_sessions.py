"""Sessions: the daily check, the TOTP second factor and break-glass access (both engines)."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from counselor_app.app import AppContext, build_context, prepare_schema
from counselor_app.config import Settings
from counselor_app.db.models import AuditEvent, BreakGlassGrant, StaffAccount, StaffSession
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import CallQuery
from counselor_app.domain.errors import (
    AuthenticationError,
    KnownError,
    PermissionDeniedError,
    ReauthenticationRequiredError,
    SecondFactorRequiredError,
    ThrottledError,
    ValidationError,
)
from counselor_app.services import totp
from counselor_app.services.auth import AuthService
from counselor_app.services.break_glass import BreakGlassService
from counselor_app.services.events import Change
from tests.conftest import (
    ADMIN_PASSWORD,
    COUNSELOR_PASSWORD,
    FAST_HASHER,
    PEER_PASSWORD,
    SUPERVISOR_PASSWORD,
    make_staff,
)
from tests.support.keyrings import MemoryKeyring
from tests.support.records import complete_record

REASON = "Caller rang back asking for the plan agreed yesterday"


@pytest.fixture
def staff(ctx: AppContext) -> dict[Role, SignedInUser]:
    """Staff of every role."""
    return make_staff(ctx)


def _shifted(hours: float) -> Callable[[], datetime]:
    return lambda: datetime.now(UTC) + timedelta(hours=hours)


def _auth(ctx: AppContext, clock: Callable[[], datetime] | None) -> AuthService:
    return AuthService(
        ctx.database, ctx.audit, ctx.auth.policy, ctx.events, "ws", reauth_hours=24, clock=clock
    )


def _details(ctx: AppContext) -> list[tuple[str, str]]:
    with UnitOfWork(ctx.database, write=False) as uow:
        return [
            (e.action, e.detail)
            for e in uow.session.scalars(select(AuditEvent).order_by(AuditEvent.seq))
        ]


# --- the daily check ---------------------------------------------------------------------------


def test_session_older_than_the_daily_check_is_refused_until_confirmed(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    # Signed in "25 hours ago" by an injected clock: the proof is past its limit.
    yesterday = _auth(ctx, _shifted(-25)).sign_in("casey", COUNSELOR_PASSWORD)
    with pytest.raises(ReauthenticationRequiredError) as info:
        ctx.intake.search(yesterday, CallQuery())
    assert "daily check" in info.value.message
    # A fresh sign-in (23 hours ago) is still fine.
    recent = _auth(ctx, _shifted(-23)).sign_in("casey", COUNSELOR_PASSWORD)
    assert ctx.intake.search(recent, CallQuery()) == []
    # A wrong password does not lift it; the right one does, for another 24 hours.
    with pytest.raises(AuthenticationError):
        ctx.auth.confirm(yesterday, "not the password at all")
    with pytest.raises(ReauthenticationRequiredError):
        ctx.intake.search(yesterday, CallQuery())
    due = ctx.auth.confirm(yesterday, COUNSELOR_PASSWORD)
    assert timedelta(hours=23, minutes=59) < due - datetime.now(UTC) <= timedelta(hours=24)
    assert ctx.intake.search(yesterday, CallQuery()) == []
    assert ("sign_in", "confirmed") in _details(ctx)


def test_confirm_is_throttled_like_sign_in(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    user = staff[Role.COUNSELOR]
    for _ in range(6):
        with pytest.raises(AuthenticationError):
            ctx.auth.confirm(user, "wrong wrong wrong wrong")
    with pytest.raises(ThrottledError):
        ctx.auth.confirm(user, COUNSELOR_PASSWORD)


def test_reauth_hours_are_capped_at_24(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    lenient = AuthService(
        ctx.database, ctx.audit, ctx.auth.policy, ctx.events, "ws", reauth_hours=72
    )
    assert lenient.reauth_interval == timedelta(hours=24)
    user = lenient.sign_in("casey", COUNSELOR_PASSWORD)
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(StaffSession, user.session_id)
        assert row is not None and row.reauth_due_at is not None
        assert row.authenticated_at is not None
        assert row.reauth_due_at - row.authenticated_at == timedelta(hours=24)


# --- the second factor -------------------------------------------------------------------------


def _enable(ctx: AppContext, user: SignedInUser) -> str:
    enrollment = ctx.auth.start_two_step(user)
    assert enrollment.uri.startswith("otpauth://totp/")
    assert enrollment.secret in enrollment.uri
    with pytest.raises(ValidationError):
        ctx.auth.enable_two_step(user, enrollment.secret, "000000")
    assert not ctx.auth.two_step_enabled(user)
    now = datetime.now(UTC)
    ctx.auth.enable_two_step(user, enrollment.secret, totp.code_at(enrollment.secret, now))
    assert ctx.auth.two_step_enabled(user)
    return enrollment.secret


def test_two_step_sign_in(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    secret = _enable(ctx, staff[Role.PEER_SPECIALIST])
    # The secret is stored encrypted, never in clear.
    with ctx.database.engine.connect() as conn:
        stored = conn.execute(text("SELECT totp_secret FROM staff_accounts WHERE username='pat'"))
        raw = stored.scalar_one()
    assert raw.startswith("cd1:") and secret not in raw
    # Without a code: asked for one, nothing counted.
    with pytest.raises(SecondFactorRequiredError):
        ctx.auth.sign_in("pat", PEER_PASSWORD)
    # A wrong code is refused.
    with pytest.raises(AuthenticationError) as wrong:
        ctx.auth.sign_in(
            "pat",
            PEER_PASSWORD,
            "123456" if totp.code_at(secret, datetime.now(UTC)) != "123456" else "654321",
        )
    assert not isinstance(wrong.value, SecondFactorRequiredError)
    # The code used to enable it cannot be reused; the next step's code works once.
    used = totp.code_at(secret, datetime.now(UTC))
    with pytest.raises(AuthenticationError, match="already used"):
        ctx.auth.sign_in("pat", PEER_PASSWORD, used)
    later = datetime.now(UTC) + timedelta(seconds=totp.STEP_SECONDS)
    clocked = _auth(ctx, lambda: later)
    fresh = totp.code_at(secret, later)
    user = clocked.sign_in("pat", PEER_PASSWORD, fresh)
    assert user.account.two_step
    with pytest.raises(AuthenticationError, match="already used"):
        clocked.sign_in("pat", PEER_PASSWORD, fresh)
    # Unlocking needs the code too.
    with pytest.raises(SecondFactorRequiredError):
        clocked.confirm(user, PEER_PASSWORD)
    details = [d for _a, d in _details(ctx)]
    assert "second factor enabled" in details
    assert any(d.startswith("wrong second-factor code") for d in details)
    assert any(d.startswith("reused second-factor code") for d in details)
    assert not any(secret in d or used in d for d in details)


def test_administrator_resets_two_step(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    pat = staff[Role.PEER_SPECIALIST]
    _enable(ctx, pat)
    with pytest.raises(PermissionDeniedError):
        ctx.accounts.reset_two_step(staff[Role.SUPERVISOR], pat.id)
    account = ctx.accounts.reset_two_step(staff[Role.ADMINISTRATOR], pat.id)
    assert not account.two_step
    assert ctx.auth.sign_in("pat", PEER_PASSWORD).account.two_step is False
    with pytest.raises(KnownError, match="does not use two-step"):
        ctx.accounts.reset_two_step(staff[Role.ADMINISTRATOR], pat.id)
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(StaffAccount, pat.id)
        assert row is not None and row.totp_secret is None and row.totp_last_step is None
    assert ("update", "second factor reset") in _details(ctx)


def test_handing_over_an_account_or_keys_needs_a_recent_password_proof(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    pat = staff[Role.PEER_SPECIALIST]
    _enable(ctx, pat)
    # An administrator signed in 20 minutes ago, the session left unattended since.
    idle = _auth(ctx, _shifted(-20 / 60)).sign_in("admin", ADMIN_PASSWORD)
    refused = (
        lambda: ctx.accounts.reset_two_step(idle, pat.id),
        lambda: ctx.accounts.reset_password(idle, pat.id, "violet kettle over the hill"),
        lambda: ctx.enrollment.export(idle, tmp_path / "enroll.cdenroll"),
    )
    for action in refused:
        with pytest.raises(PermissionDeniedError, match="Confirm your password first"):
            action()
    assert ctx.auth.two_step_enabled(pat) and not (tmp_path / "enroll.cdenroll").exists()
    # Their own password is theirs to change without it.
    ctx.accounts.reset_password(idle, idle.id, "orchard lantern beyond the ridge")
    # Confirming the password (the "Confirm it is you" dialog) is the proof.
    ctx.auth.confirm(idle, "orchard lantern beyond the ridge")
    assert not ctx.accounts.reset_two_step(idle, pat.id).two_step


# --- break glass -------------------------------------------------------------------------------


def _other_counselors_call(ctx: AppContext, staff: dict[Role, SignedInUser]) -> tuple[str, object]:
    """A call taken by the supervisor, which the counselor may not open."""
    record = ctx.intake.save(staff[Role.SUPERVISOR], complete_record(ctx, staff[Role.SUPERVISOR]))
    return record.reference, record.id


def test_break_glass_grants_read_access_for_a_time(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, sam = staff[Role.COUNSELOR], staff[Role.SUPERVISOR]
    reference, call_id = _other_counselors_call(ctx, staff)
    assert isinstance(call_id, type(casey.id))
    with pytest.raises(PermissionDeniedError, match="another counselor"):
        ctx.intake.load(casey, call_id)
    announced: list[str] = []
    ctx.events.subscribe(lambda change: announced.append(change.topic))
    with pytest.raises(ValidationError, match="reason"):
        ctx.break_glass.grant(casey, reference, "need it")
    with pytest.raises(ValidationError, match="reference"):
        ctx.break_glass.grant(casey, "261128", REASON)
    with pytest.raises(KnownError, match="No call"):
        ctx.break_glass.grant(casey, reference[:-6] + "000000", REASON)
    with pytest.raises(PermissionDeniedError, match="break the glass"):
        ctx.break_glass.grant(sam, reference, REASON)
    access = ctx.break_glass.grant(casey, reference.lower(), REASON)
    assert access.call_id == call_id and access.expires_at - access.granted_at == timedelta(
        minutes=30
    )
    assert "break_glass" in announced
    record = ctx.intake.load(casey, call_id)
    assert record.reference == reference
    # Read-only: the grant opens the call, not its editing.
    with pytest.raises(PermissionDeniedError):
        ctx.intake.save(casey, record)
    # Supervisors review the reason; counselors may not.
    reviewed = ctx.break_glass.recent(sam)
    assert [(a.account_name, a.reason, a.call_reference) for a in reviewed] == [
        ("Casey Counselor", REASON, reference)
    ]
    with pytest.raises(PermissionDeniedError):
        ctx.break_glass.recent(casey)
    assert [a.call_reference for a in ctx.break_glass.mine(casey)] == [reference]
    # The reason is encrypted in the table and absent from the audit trail.
    with ctx.database.engine.connect() as conn:
        raw = conn.execute(text("SELECT reason FROM break_glass_grants")).scalar_one()
    assert raw.startswith("cd1:") and "rang back" not in raw
    details = _details(ctx)
    assert ("break_glass", f"break-glass access for 30 minutes (grant {access.id})") in details
    assert ("view", "break-glass") in details
    assert not any("rang back" in d for _a, d in details)


def test_expired_break_glass_is_refused_again(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    reference, call_id = _other_counselors_call(ctx, staff)
    assert isinstance(call_id, type(casey.id))
    earlier = BreakGlassService(
        ctx.database, ctx.audit, ctx.events, "ws", minutes=30, clock=_shifted(-0.6)
    )
    access = earlier.grant(casey, reference, REASON)
    assert access.expires_at < datetime.now(UTC)
    with pytest.raises(PermissionDeniedError, match="another counselor"):
        ctx.intake.load(casey, call_id)
    assert ctx.break_glass.mine(casey) == []
    with UnitOfWork(ctx.database, write=False) as uow:
        assert len(list(uow.session.scalars(select(BreakGlassGrant)))) == 1
    assert (AuditAction.VIEW.value, "break-glass") not in _details(ctx)


@pytest.mark.postgres
def test_break_glass_alerts_supervisors_on_another_workstation(
    pg_url: str, memory_keyring: MemoryKeyring
) -> None:
    """The grant is announced with NOTIFY; the supervisor's workstation reads the reason."""
    desks = []
    for name in ("desk-1", "desk-2"):
        desk = build_context(
            pg_url,
            settings=Settings(workstation_name=name),
            keyring_backend=memory_keyring,
            password_hasher=FAST_HASHER,
        )
        prepare_schema(desk)  # both desks hold the same keys (one keyring)
        desks.append(desk)
    desk1, desk2 = desks
    try:
        assert desk2.listener is not None and desk2.listener.wait_listening(10)
        assert "break_glass" in desk2.listener.topics
        staff = make_staff(desk1)
        reference, _call_id = _other_counselors_call(desk1, staff)
        changes: queue.Queue[Change] = queue.Queue()
        desk2.events.subscribe(changes.put)
        sam = desk2.auth.sign_in("sam", SUPERVISOR_PASSWORD)
        access = desk1.break_glass.grant(staff[Role.COUNSELOR], reference, REASON)
        deadline = time.monotonic() + 10
        while True:
            change = changes.get(timeout=max(0.01, deadline - time.monotonic()))
            if change.topic == "break_glass" and change.record_id == str(access.id):
                break
        (seen,) = [a for a in desk2.break_glass.recent(sam) if a.id == access.id]
        assert seen.reason == REASON and seen.account_name == "Casey Counselor"
    finally:
        for desk in desks:
            desk.close()


def test_a_break_glass_call_is_read_not_exported(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, sam = staff[Role.COUNSELOR], staff[Role.SUPERVISOR]
    reference, call_id = _other_counselors_call(ctx, staff)
    assert isinstance(call_id, type(casey.id))
    ctx.break_glass.grant(casey, reference, REASON)
    assert ctx.intake.load(casey, call_id).reference == reference
    with pytest.raises(PermissionDeniedError, match="not exported"):
        ctx.handoffs.safety_plan_pdf(casey, call_id)
    assert ctx.handoffs.safety_plan_pdf(sam, call_id).pages >= 1
