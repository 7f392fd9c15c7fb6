"""Follow-up service: scheduling by plan, the queue views and counts, claims, attempts, calendar."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from counselor_app.app import AppContext
from counselor_app.db.models import AuditEvent, FollowUp, FollowUpAttempt
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import CallStatus
from counselor_app.domain.errors import (
    ConflictError,
    KnownError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from counselor_app.domain.follow_ups import (
    AttemptResult,
    ContactMethod,
    FollowUpCounts,
    FollowUpOutcome,
    FollowUpStatus,
    QueueView,
)
from counselor_app.domain.risk import RiskLevel
from counselor_app.services.events import Change
from tests.support.follow_ups import (
    CALL_NAME,
    CALL_NUMBER,
    LOW_RISK,
    PREFERRED_TIMES,
    completed_call,
    scheduled,
)
from tests.support.keyrings import MemoryKeyring
from tests.support.records import complete_record

CHICAGO = ZoneInfo("America/Chicago")


def _local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CHICAGO)  # type: ignore[misc]


def _row(ctx: AppContext, follow_up_id: uuid.UUID) -> FollowUp:
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(FollowUp, follow_up_id)
        assert row is not None
        return row


def _audit(ctx: AppContext, record_type: str = "follow_up") -> list[AuditEvent]:
    with UnitOfWork(ctx.database, write=False) as uow:
        return list(
            uow.session.scalars(
                select(AuditEvent)
                .where(AuditEvent.record_type == record_type)
                .order_by(AuditEvent.seq)
            )
        )


# --- scheduling ------------------------------------------------------------------------------


def test_high_risk_plan_is_24h_72h_and_7_days(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    ended = _local(2026, 10, 6, 15, 0)
    call, _ids = scheduled(ctx, casey, ended_at=ended, high_risk=True)
    follow_ups = ctx.follow_ups.for_call(casey, call.id)
    assert [(f.sequence_no, f.due_end) for f in follow_ups] == [
        (1, ended + timedelta(hours=24)),
        (2, ended + timedelta(hours=72)),
        (3, _local(2026, 10, 13, 15, 0)),
    ]
    assert follow_ups[0].due_start == ended
    assert all(f.risk_level is RiskLevel.HIGH for f in follow_ups)
    assert all(f.status is FollowUpStatus.SCHEDULED and f.attempts == 0 for f in follow_ups)
    assert all(f.client_initials == "NZ" for f in follow_ups)
    assert all(f.call_reference == call.reference for f in follow_ups)
    row = _row(ctx, follow_ups[0].id)
    assert row.plan_key == "high"
    assert row.contact_number == CALL_NUMBER
    assert row.preferred_times == PREFERRED_TIMES
    assert row.contact_method == ContactMethod.PHONE


def test_other_risk_plan_is_72h_then_7_days(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    ended = _local(2026, 10, 6, 9, 30)
    call, ids = scheduled(ctx, casey, ended_at=ended)
    follow_ups = ctx.follow_ups.for_call(casey, call.id)
    assert len(ids) == 2
    assert [f.due_end for f in follow_ups] == [
        ended + timedelta(hours=72),
        _local(2026, 10, 13, 9, 30),
    ]
    assert {f.risk_level for f in follow_ups} == {RiskLevel.LOW}
    assert _row(ctx, ids[0]).plan_key == "standard"


def test_scheduling_twice_does_not_duplicate(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    call, ids = scheduled(ctx, casey, high_risk=True)
    again = ctx.follow_ups.schedule_from_call(casey, call.id)
    by_peer = ctx.follow_ups.schedule_from_call(pat, call.id)
    assert [f.id for f in again] == ids == [f.id for f in by_peer]
    with UnitOfWork(ctx.database, write=False) as uow:
        count = len(
            list(uow.session.scalars(select(FollowUp.id).where(FollowUp.call_id == call.id)))
        )
    assert count == 3
    assert len([e for e in _audit(ctx) if e.detail == "scheduled"]) == 3


def test_no_follow_up_without_consent(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey = staff[Role.COUNSELOR]
    call = completed_call(ctx, casey, consent=False)
    with pytest.raises(ValidationError) as info:
        ctx.follow_ups.schedule_from_call(casey, call.id)
    assert "did not consent" in " ".join(info.value.reasons)
    now = datetime.now(UTC)
    with pytest.raises(ValidationError, match="did not consent"):
        ctx.follow_ups.add(casey, call.id, now, now + timedelta(hours=4))
    assert ctx.follow_ups.for_call(casey, call.id) == []


def test_open_call_cannot_be_scheduled(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    from tests.support.records import complete_record

    casey = staff[Role.COUNSELOR]
    record = ctx.intake.save(casey, complete_record(ctx, casey))
    with pytest.raises(ValidationError) as info:
        ctx.follow_ups.schedule_from_call(casey, record.id)
    assert "not completed" in " ".join(info.value.reasons)
    with pytest.raises(NotFoundError):
        ctx.follow_ups.schedule_from_call(casey, uuid.uuid4())


def test_who_may_schedule(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey = staff[Role.COUNSELOR]
    admin = staff[Role.ADMINISTRATOR]
    call = completed_call(ctx, casey)
    password = "cedar lantern river quietly"
    ctx.accounts.add_account(admin, "cory", "Cory Counselor", Role.COUNSELOR, password)
    other = ctx.auth.sign_in("cory", password)
    with pytest.raises(PermissionDeniedError, match="counselor who took the call"):
        ctx.follow_ups.schedule_from_call(other, call.id)
    with pytest.raises(PermissionDeniedError):
        ctx.follow_ups.schedule_from_call(admin, call.id)
    assert len(ctx.follow_ups.schedule_from_call(staff[Role.PEER_SPECIALIST], call.id)) == 2


def test_add_move_and_cancel_one_follow_up(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    call, _ids = scheduled(ctx, casey)
    start = datetime.now(UTC) + timedelta(days=10)
    added = ctx.follow_ups.add(
        casey,
        call.id,
        start,
        start + timedelta(hours=8),
        ContactMethod.TEXT,
        "(314) 555-0199",
        "Weekend mornings",
    )
    assert added.sequence_no == 3 and added.contact_method is ContactMethod.TEXT
    row = _row(ctx, added.id)
    assert row.contact_number == "+13145550199" and row.plan_key is None
    assert row.preferred_times == "Weekend mornings"
    # Scheduling the plan again still adds nothing.
    assert len(ctx.follow_ups.schedule_from_call(casey, call.id)) == 2

    moved = ctx.follow_ups.move(
        pat, added.id, start + timedelta(days=1), start + timedelta(days=2), added.version
    )
    assert moved.due_start == start + timedelta(days=1)
    assert moved.version == added.version + 1
    with pytest.raises(ConflictError) as stale:
        ctx.follow_ups.move(casey, added.id, start, start + timedelta(hours=1), added.version)
    assert stale.value.current.due_start == moved.due_start  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="end must come after"):
        ctx.follow_ups.move(pat, added.id, start, start, moved.version)
    with pytest.raises(ValidationError, match="reason"):
        ctx.follow_ups.cancel(pat, added.id, "  ", moved.version)
    cancelled = ctx.follow_ups.cancel(pat, added.id, "Client moved away", moved.version)
    assert cancelled.status is FollowUpStatus.CANCELLED
    assert _row(ctx, added.id).closed_reason == "Client moved away"
    with pytest.raises(KnownError, match="already cancelled"):
        ctx.follow_ups.move(pat, added.id, start, start + timedelta(hours=2), cancelled.version)
    details = [e.detail for e in _audit(ctx) if e.record_id == str(added.id)]
    assert details == ["added", "moved", "cancelled"]
    assert all("moved away" not in e.detail for e in _audit(ctx))


def test_add_refuses_bad_input(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey = staff[Role.COUNSELOR]
    call = completed_call(ctx, casey)
    now = datetime.now(UTC)
    with pytest.raises(ValidationError, match="not a telephone number"):
        ctx.follow_ups.add(casey, call.id, now, now + timedelta(hours=2), number="call me")
    with pytest.raises(ValueError, match="timezone-aware"):
        ctx.follow_ups.add(casey, call.id, now.replace(tzinfo=None), now + timedelta(hours=2))
    with pytest.raises(PermissionDeniedError):
        ctx.follow_ups.add(staff[Role.ADMINISTRATOR], call.id, now, now + timedelta(hours=2))


# --- the queue -------------------------------------------------------------------------------


def _window(
    ctx: AppContext, user: SignedInUser, call_id: uuid.UUID, start: datetime, end: datetime
) -> uuid.UUID:
    return ctx.follow_ups.add(user, call_id, start, end).id


def test_queue_views_and_counts(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey, pat, sam = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST], staff[Role.SUPERVISOR]
    call = completed_call(ctx, casey)
    high = completed_call(ctx, casey, high_risk=True)
    # Completing scheduled each call's plan; set it aside for the windows added below.
    for planned in [
        *ctx.follow_ups.for_call(casey, call.id),
        *ctx.follow_ups.for_call(casey, high.id),
    ]:
        ctx.follow_ups.cancel(casey, planned.id, "Replaced by the test's windows", planned.version)
    now = _local(2026, 6, 10, 12, 0)
    overdue = _window(ctx, casey, call.id, now - timedelta(days=2), now - timedelta(minutes=1))
    today_low = _window(ctx, casey, call.id, now - timedelta(hours=3), now + timedelta(hours=6))
    today_high = _window(ctx, casey, high.id, now - timedelta(hours=3), now + timedelta(hours=6))
    tonight = _window(ctx, casey, call.id, _local(2026, 6, 10, 23, 0), _local(2026, 6, 11, 9, 0))
    tomorrow = _window(ctx, casey, call.id, _local(2026, 6, 11, 0, 0), _local(2026, 6, 12, 0, 0))
    closed = _window(ctx, casey, call.id, now - timedelta(hours=1), now + timedelta(hours=1))
    ctx.follow_ups.cancel(casey, closed, "Duplicate", 1)
    ctx.follow_ups.claim(pat, tomorrow)
    ctx.follow_ups.claim(sam, overdue)

    def ids(view: QueueView, user: SignedInUser = pat) -> list[uuid.UUID]:
        return [f.id for f in ctx.follow_ups.queue(user, view, now=now)]

    assert ids(QueueView.OVERDUE) == [overdue]
    # Same end of window: the higher risk first.
    assert ids(QueueView.DUE_TODAY) == [today_high, today_low, tonight]
    assert ids(QueueView.MINE) == [tomorrow]
    assert ids(QueueView.MINE, sam) == [overdue]
    assert ids(QueueView.UNASSIGNED) == [today_high, today_low, tonight]
    assert ids(QueueView.ALL) == [overdue, today_high, today_low, tonight, tomorrow]
    assert ctx.follow_ups.counts(pat, now=now) == FollowUpCounts(
        due_today=3, overdue=1, mine=1, unassigned=3, all=5
    )
    assert ctx.follow_ups.counts(sam, now=now).mine == 1
    # Counselors and administrators see the queue; the view name is checked.
    assert ids(QueueView.ALL, casey) == ids(QueueView.ALL, staff[Role.ADMINISTRATOR])
    assert [f.id for f in ctx.follow_ups.queue(pat, "overdue", now=now)] == [overdue]
    with pytest.raises(ValidationError, match="Unknown queue view"):
        ctx.follow_ups.queue(pat, "later", now=now)
    assert [f.id for f in ctx.follow_ups.open_queue(pat)] == ids(QueueView.ALL)
    queued = {f.id: f for f in ctx.follow_ups.queue(pat, QueueView.ALL, now=now)}
    assert queued[overdue].assigned_to_name == "Sam Supervisor"
    assert queued[overdue].is_overdue(now)
    assert queued[today_low].assigned_to_name is None


def test_due_today_is_the_center_day_in_march_dst(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    # 2026-03-08 in Chicago has 23 hours: it ends at 05:00 UTC, not 06:00.
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    call = completed_call(ctx, casey)
    now = _local(2026, 3, 8, 22, 0)  # CDT, already 03:00 UTC on March 9
    late = _window(ctx, casey, call.id, _local(2026, 3, 8, 23, 30), _local(2026, 3, 9, 12, 0))
    next_day = _window(ctx, casey, call.id, _local(2026, 3, 9, 0, 30), _local(2026, 3, 9, 12, 0))
    assert [f.id for f in ctx.follow_ups.queue(pat, QueueView.DUE_TODAY, now=now)] == [late]
    assert ctx.follow_ups.counts(pat, now=now).due_today == 1
    # Early on the same day (CST, before the change) the same one is due today.
    morning = _local(2026, 3, 8, 1, 0)
    assert [f.id for f in ctx.follow_ups.queue(pat, QueueView.DUE_TODAY, now=morning)] == [late]
    assert next_day in [f.id for f in ctx.follow_ups.queue(pat, QueueView.ALL, now=now)]


def test_due_today_is_the_center_day_in_november_dst(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    # 2026-11-01 in Chicago has 25 hours: it ends at 06:00 UTC on November 2.
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    call = completed_call(ctx, casey)
    now = _local(2026, 11, 1, 23, 0)  # CST, 05:00 UTC on November 2
    late = _window(ctx, casey, call.id, _local(2026, 11, 1, 23, 30), _local(2026, 11, 2, 12, 0))
    _window(ctx, casey, call.id, _local(2026, 11, 2, 0, 0), _local(2026, 11, 2, 12, 0))
    assert [f.id for f in ctx.follow_ups.queue(pat, QueueView.DUE_TODAY, now=now)] == [late]
    assert ctx.follow_ups.counts(pat, now=now).due_today == 1


@pytest.mark.parametrize(
    ("ended", "due_by"),
    [
        # 7 days later is the same wall-clock time, on either side of a change.
        (datetime(2026, 3, 5, 15, 0, tzinfo=CHICAGO), datetime(2026, 3, 12, 20, 0, tzinfo=UTC)),
        (datetime(2026, 10, 27, 15, 0, tzinfo=CHICAGO), datetime(2026, 11, 3, 21, 0, tzinfo=UTC)),
    ],
)
def test_overdue_across_dst(
    ctx: AppContext, staff: dict[Role, SignedInUser], ended: datetime, due_by: datetime
) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    _call, ids = scheduled(ctx, casey, ended_at=ended)
    week = ids[-1]
    assert _row(ctx, week).due_end == due_by
    assert due_by.astimezone(CHICAGO).hour == 15

    def overdue(now: datetime) -> bool:
        return week in [f.id for f in ctx.follow_ups.queue(pat, QueueView.OVERDUE, now=now)]

    assert not overdue(due_by - timedelta(minutes=30))
    assert not overdue(due_by)
    assert overdue(due_by + timedelta(minutes=30))
    assert week in [
        f.id
        for f in ctx.follow_ups.queue(pat, QueueView.DUE_TODAY, now=due_by - timedelta(minutes=30))
    ]


def test_queue_needs_the_follow_up_view_permission(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    admin = staff[Role.ADMINISTRATOR]
    pat = staff[Role.PEER_SPECIALIST]
    scheduled(ctx, staff[Role.COUNSELOR])  # rows to show: the refusal must not depend on it
    assert len(ctx.follow_ups.queue(pat, QueueView.ALL)) == 2
    ctx.accounts.set_active(admin, pat.id, False)
    with pytest.raises(PermissionDeniedError, match="no longer active"):
        ctx.follow_ups.queue(pat, QueueView.ALL)
    with pytest.raises(PermissionDeniedError):
        ctx.follow_ups.counts(pat)


# --- claiming ----------------------------------------------------------------------------------


def test_claim_and_release(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey, pat, sam = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST], staff[Role.SUPERVISOR]
    _call, ids = scheduled(ctx, casey)
    claimed = ctx.follow_ups.claim(pat, ids[0])
    assert claimed.status is FollowUpStatus.CLAIMED
    assert claimed.assigned_to == pat.id and claimed.assigned_to_name == "Pat Peer"
    assert claimed.version == 2 and claimed.claimed_at is not None
    assert ctx.follow_ups.claim(pat, ids[0]) == claimed  # mine already: nothing changes
    with pytest.raises(ConflictError, match="Pat Peer has already claimed") as info:
        ctx.follow_ups.claim(sam, ids[0])
    assert info.value.current == claimed  # type: ignore[attr-defined]
    assert claimed.claimed_at is not None
    local = claimed.claimed_at.astimezone(ctx.follow_ups.zone)
    assert f"at {local:%I:%M %p}".replace("at 0", "at ") in info.value.message  # center time
    with pytest.raises(PermissionDeniedError, match="work follow-ups"):
        ctx.follow_ups.claim(casey, ids[1])
    with pytest.raises(NotFoundError):
        ctx.follow_ups.claim(pat, uuid.uuid4())
    # Only the claimer or a supervisor releases it.
    ctx.accounts.add_account(
        staff[Role.ADMINISTRATOR],
        "pia",
        "Pia Peer",
        Role.PEER_SPECIALIST,
        "birch meadow falcon softly",
    )
    pia = ctx.auth.sign_in("pia", "birch meadow falcon softly")
    with pytest.raises(ConflictError, match="Pat Peer has claimed"):
        ctx.follow_ups.release(pia, ids[0])
    released = ctx.follow_ups.release(pat, ids[0])
    assert released.status is FollowUpStatus.SCHEDULED and released.assigned_to is None
    assert ctx.follow_ups.claim(pia, ids[0]).assigned_to_name == "Pia Peer"
    assert ctx.follow_ups.release(sam, ids[0]).status is FollowUpStatus.SCHEDULED
    details = [e.detail for e in _audit(ctx) if e.record_id == str(ids[0])]
    assert details == ["scheduled", "claimed", "released", "claimed", "released"]


def test_closed_follow_up_cannot_be_claimed(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    _call, ids = scheduled(ctx, casey)
    ctx.follow_ups.cancel(casey, ids[0], "Not needed", 1)
    with pytest.raises(KnownError, match="already cancelled"):
        ctx.follow_ups.claim(pat, ids[0])


def test_changes_are_published(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    if ctx.listener is not None:
        ctx.listener.stop()  # only this workstation's own announcements here
    seen: list[Change] = []
    ctx.events.subscribe(seen.append)
    call = completed_call(ctx, casey)  # completing with consent schedules the plan
    ids = [f.id for f in ctx.follow_ups.for_call(casey, call.id)]
    ctx.follow_ups.claim(pat, ids[0])
    ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.NO_ANSWER)
    mine = [c.record_id for c in seen if c.topic == "follow_ups"]
    assert mine == [str(ids[0]), str(ids[1]), str(ids[0]), str(ids[0])]
    ctx.follow_ups.schedule_from_call(casey, call.id)  # nothing new: nothing announced
    assert len([c for c in seen if c.topic == "follow_ups"]) == 4


# --- attempts --------------------------------------------------------------------------------


def test_max_attempts_close_as_unreachable_for_supervisors(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, pat, sam = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST], staff[Role.SUPERVISOR]
    _call, ids = scheduled(ctx, casey)
    with pytest.raises(KnownError, match="Claim this follow-up"):
        ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.NO_ANSWER)
    ctx.follow_ups.claim(pat, ids[0])
    first = ctx.follow_ups.record_attempt(
        pat, ids[0], AttemptResult.NO_ANSWER, "Rang 10 times", "Try after 6"
    )
    assert first.status is FollowUpStatus.CLAIMED and first.attempts == 1
    second = ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.VOICEMAIL, "Left message")
    assert second.status is FollowUpStatus.CLAIMED and second.attempts == 2
    assert ctx.follow_ups.unreachable(sam) == []
    third = ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.WRONG_NUMBER)
    assert third.status is FollowUpStatus.UNREACHABLE and third.attempts == 3
    assert [f.id for f in ctx.follow_ups.unreachable(sam)] == [ids[0]]
    assert ids[0] not in [f.id for f in ctx.follow_ups.queue(pat, QueueView.ALL)]
    with pytest.raises(PermissionDeniedError, match="Only supervisors"):
        ctx.follow_ups.unreachable(pat)
    with pytest.raises(KnownError, match="already unreachable"):
        ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.NO_ANSWER)
    row = _row(ctx, ids[0])
    assert row.closed_reason == "unreachable" and row.closed_at is not None
    detail = ctx.follow_ups.detail(pat, ids[0])
    assert [a.result for a in detail.attempts] == [
        AttemptResult.NO_ANSWER,
        AttemptResult.VOICEMAIL,
        AttemptResult.WRONG_NUMBER,
    ]
    assert detail.attempts[0].notes == "Rang 10 times"
    assert detail.attempts[0].next_step == "Try after 6"
    assert detail.attempts[0].attempted_by_name == "Pat Peer"
    # The audit trail has ids and fixed words, never the notes.
    attempts = _audit(ctx, "follow_up_attempt")
    assert len(attempts) == 3
    assert all("Rang" not in e.detail and "message" not in e.detail for e in attempts)


def test_max_attempts_is_a_setting(sqlite_url: str, memory_keyring: MemoryKeyring) -> None:
    from counselor_app.app import build_context, prepare_schema
    from counselor_app.config import Settings
    from counselor_app.domain.errors import ConfigurationError
    from tests.conftest import FAST_HASHER, make_staff

    ctx = build_context(
        sqlite_url,
        settings=Settings(follow_up_max_attempts=1),
        keyring_backend=memory_keyring,
        password_hasher=FAST_HASHER,
    )
    try:
        prepare_schema(ctx)
        staff = make_staff(ctx)
        pat = staff[Role.PEER_SPECIALIST]
        _call, ids = scheduled(ctx, staff[Role.COUNSELOR])
        ctx.follow_ups.claim(pat, ids[0])
        done = ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.VOICEMAIL)
        assert done.status is FollowUpStatus.UNREACHABLE
    finally:
        ctx.close()
    with pytest.raises(ConfigurationError, match="between 1 and 10"):
        build_context(
            sqlite_url,
            settings=Settings(follow_up_max_attempts=0),
            keyring_backend=memory_keyring,
        )


def test_reached_with_outcome_completes(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    _call, ids = scheduled(ctx, casey)
    ctx.follow_ups.claim(pat, ids[0])
    ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.NO_ANSWER)
    with pytest.raises(ValidationError, match="only when the person was reached"):
        ctx.follow_ups.record_attempt(
            pat, ids[0], AttemptResult.VOICEMAIL, outcome=FollowUpOutcome(True, True)
        )
    at = datetime.now(UTC) - timedelta(minutes=5)
    outcome = FollowUpOutcome(
        diverted_from_ems_police=True,
        diverted_from_inpatient=False,
        referral_made="Walk-in Crisis Counseling",
    )
    done = ctx.follow_ups.record_attempt(
        pat, ids[0], AttemptResult.REACHED, "Doing better", "", at, outcome=outcome
    )
    assert done.status is FollowUpStatus.COMPLETED and done.attempts == 2
    row = _row(ctx, ids[0])
    assert row.diverted_from_ems_police is True and row.diverted_from_inpatient is False
    assert row.referral_made == "Walk-in Crisis Counseling"
    assert row.closed_at == at.replace(microsecond=at.microsecond)
    assert ctx.follow_ups.detail(pat, ids[0]).outcome == outcome
    ctx.follow_ups.claim(pat, ids[1])
    with pytest.raises(ValidationError, match="future"):
        ctx.follow_ups.record_attempt(
            pat, ids[1], AttemptResult.NO_ANSWER, at=datetime.now(UTC) + timedelta(hours=1)
        )


def test_declined_completes_without_outcome(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    _call, ids = scheduled(ctx, casey)
    ctx.follow_ups.claim(pat, ids[0])
    done = ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.DECLINED)
    assert done.status is FollowUpStatus.COMPLETED
    assert _row(ctx, ids[0]).closed_reason == "declined"
    assert ctx.follow_ups.detail(pat, ids[0]).outcome is None
    # Declining withdraws consent: the plan's later contact is cancelled, not made.
    later = _row(ctx, ids[1])
    assert later.status == FollowUpStatus.CANCELLED
    assert later.closed_reason == "declined further follow-up"
    assert ctx.follow_ups.queue(pat, "all") == []


def test_completing_a_call_with_consent_schedules_its_plan(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    """Completion and scheduling are one transaction: no completed call without its plan."""
    casey = staff[Role.COUNSELOR]
    seen: set[str] = set()
    ctx.events.subscribe(lambda c: seen.add(c.record_id) if c.topic == "follow_ups" else None)
    call = completed_call(ctx, casey, high_risk=True)
    planned = ctx.follow_ups.for_call(casey, call.id)
    assert [f.sequence_no for f in planned] == [1, 2, 3]
    assert seen == {str(f.id) for f in planned}  # each announced
    # Saving the completed call again (a correction) adds nothing.
    ctx.intake.save(casey, replace(call, narrative=call.narrative + " Corrected."))
    assert [f.id for f in ctx.follow_ups.for_call(casey, call.id)] == [f.id for f in planned]
    # Without consent, nothing is scheduled; consent given later (a correction) schedules.
    other = completed_call(ctx, casey, consent=False)
    assert ctx.follow_ups.for_call(casey, other.id) == []
    corrected = replace(
        other,
        disposition=replace(other.disposition, follow_up_consent=True, follow_up_times="Mornings"),
    )
    ctx.intake.save(casey, corrected)
    assert len(ctx.follow_ups.for_call(casey, other.id)) == 2


def test_a_failed_schedule_leaves_the_call_open(
    ctx: AppContext, staff: dict[Role, SignedInUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Completion and scheduling commit together, or neither does."""
    casey = staff[Role.COUNSELOR]
    record = complete_record(ctx, casey, cssrs=LOW_RISK)
    record = replace(
        record,
        disposition=replace(record.disposition, follow_up_consent=True, follow_up_times="Evenings"),
    )
    saved = ctx.intake.save(casey, record)

    def refuse(*_args: object) -> None:
        raise ValidationError("No follow-up can be scheduled for this call.", ("Test.",))

    monkeypatch.setattr(ctx.follow_ups, "schedule_in", refuse)
    with pytest.raises(ValidationError):
        ctx.intake.complete(casey, saved)
    assert ctx.intake.load(casey, saved.id).status is CallStatus.OPEN
    monkeypatch.undo()
    done = ctx.intake.complete(casey, ctx.intake.load(casey, saved.id))
    assert done.status is CallStatus.COMPLETED
    assert len(ctx.follow_ups.for_call(casey, saved.id)) == 2


def test_only_the_claimer_or_a_supervisor_records_attempts(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, pat, sam = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST], staff[Role.SUPERVISOR]
    _call, ids = scheduled(ctx, casey)
    ctx.follow_ups.claim(sam, ids[0])
    with pytest.raises(ConflictError, match="Sam Supervisor has claimed"):
        ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.NO_ANSWER)
    with pytest.raises(PermissionDeniedError):
        ctx.follow_ups.record_attempt(casey, ids[0], AttemptResult.NO_ANSWER)
    ctx.follow_ups.claim(pat, ids[1])
    assert ctx.follow_ups.record_attempt(sam, ids[1], AttemptResult.NO_ANSWER).attempts == 1


def test_detail_shows_the_number_only_to_those_who_call(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, pat, sam = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST], staff[Role.SUPERVISOR]
    _call, ids = scheduled(ctx, casey)
    assert ctx.follow_ups.detail(pat, ids[0]).contact_number == ""
    assert ctx.follow_ups.detail(casey, ids[0]).contact_number == CALL_NUMBER
    assert ctx.follow_ups.detail(sam, ids[0]).contact_number == CALL_NUMBER
    ctx.follow_ups.claim(pat, ids[0])
    detail = ctx.follow_ups.detail(pat, ids[0])
    assert detail.contact_number == CALL_NUMBER
    assert detail.preferred_times == PREFERRED_TIMES and detail.plan_key == "standard"
    with pytest.raises(PermissionDeniedError):
        ctx.follow_ups.detail(staff[Role.ADMINISTRATOR], ids[0])
    views = [e for e in _audit(ctx) if e.action == AuditAction.VIEW]
    assert len(views) == 4


# --- week and calendar -----------------------------------------------------------------------


def test_week_shows_my_follow_ups_in_the_center_week(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    call = completed_call(ctx, casey)
    inside = _window(ctx, casey, call.id, _local(2026, 3, 14, 20, 0), _local(2026, 3, 14, 23, 0))
    late_sunday = _window(
        ctx, casey, call.id, _local(2026, 3, 15, 23, 0), _local(2026, 3, 16, 2, 0)
    )
    after = _window(ctx, casey, call.id, _local(2026, 3, 16, 0, 0), _local(2026, 3, 16, 4, 0))
    not_mine = _window(ctx, casey, call.id, _local(2026, 3, 10, 9, 0), _local(2026, 3, 10, 12, 0))
    for follow_up_id in (inside, late_sunday, after):
        ctx.follow_ups.claim(pat, follow_up_id)
    week = ctx.follow_ups.week(pat, date(2026, 3, 9))  # Monday to Sunday, DST on the 8th passed
    assert [f.id for f in week] == [inside, late_sunday]
    assert not_mine not in [f.id for f in ctx.follow_ups.week(pat, date(2026, 3, 9))]
    assert [f.id for f in ctx.follow_ups.week(pat, date(2026, 3, 16))] == [late_sunday, after]


def test_ics_export_parses_back_without_sensitive_data(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    call, ids = scheduled(ctx, casey, high_risk=True)
    ctx.follow_ups.claim(pat, ids[0])
    ctx.follow_ups.claim(pat, ids[2])
    ctx.follow_ups.record_attempt(pat, ids[2], AttemptResult.NO_ANSWER, "Spoke to Zoë's sister")
    path = tmp_path / "cal" / "follow-ups.ics"
    data = ctx.follow_ups.export_ics(pat, path)
    assert path.read_bytes() == data
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert {str(e["uid"]) for e in events} == {
        f"{ids[0]}@counselor-desk",
        f"{ids[2]}@counselor-desk",
    }
    rows = {f.id: f for f in ctx.follow_ups.for_call(pat, call.id)}
    for event in events:
        follow_up = rows[uuid.UUID(str(event["uid"]).split("@")[0])]
        assert event.decoded("dtstart") == follow_up.due_start.replace(microsecond=0)
        assert event.decoded("dtend") == follow_up.due_end.replace(microsecond=0)
        assert str(event["summary"]) == f"Follow-up {call.reference} (NZ)"
    text = data.decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    for secret in (
        *CALL_NAME.split(),
        "Zoë",
        CALL_NUMBER,
        "314555",
        "(314)",
        PREFERRED_TIMES,
        "sister",
        "Metro City",
        "Example Ave",
    ):
        assert secret not in unfolded, secret
    exports = _audit(ctx, "follow_up_calendar")
    assert len(exports) == 1 and exports[0].action == AuditAction.EXPORT
    # Nothing claimed: an empty but valid calendar.
    empty = icalendar.Calendar.from_ical(ctx.follow_ups.export_ics(staff[Role.SUPERVISOR]))
    assert list(empty.walk("VEVENT")) == []


def test_ics_initials_follow_the_setting(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    _call, ids = scheduled(ctx, casey)
    ctx.follow_ups.claim(pat, ids[0])
    ctx.follow_ups.ics_include_initials = False
    data = ctx.follow_ups.export_ics(pat)
    (event,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert "NZ" not in str(event["summary"])
    assert str(event["summary"]).startswith("Follow-up C-")


def test_anonymous_caller_has_no_initials(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    from counselor_app.domain.calls import Caller

    casey = staff[Role.COUNSELOR]
    call = completed_call(ctx, casey, caller=Caller(callback_number="3145550142"))
    summaries = ctx.follow_ups.schedule_from_call(casey, call.id)
    assert {s.client_initials for s in summaries} == {""}


def test_attempt_rows_are_kept(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    _call, ids = scheduled(ctx, casey)
    ctx.follow_ups.claim(pat, ids[0])
    ctx.follow_ups.record_attempt(pat, ids[0], AttemptResult.VOICEMAIL, "Left a message")
    with UnitOfWork(ctx.database, write=False) as uow:
        attempts = list(uow.session.scalars(select(FollowUpAttempt)))
    assert len(attempts) == 1
    assert attempts[0].attempted_by == pat.id and attempts[0].notes == "Left a message"
