"""Whole-unit-of-work retry: transient failures are retried with the same idempotency key.

A failure injected after the COMMIT reached the database (the acknowledgement lost, as when the
connection dies before the answer returns) is retried and recognised: exactly one effect.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from counselor_app.app import AppContext
from counselor_app.db import retry
from counselor_app.db.base import utcnow
from counselor_app.db.models import AppliedOperation, AuditEvent, Call, FollowUpAttempt
from counselor_app.db.retry import RetryPolicy, run_unit_of_work
from counselor_app.db.uow import UnitOfWork, translate_error
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.errors import (
    ConflictError,
    DatabaseBusyError,
    DatabaseUnavailableError,
)
from counselor_app.domain.follow_ups import AttemptResult
from tests.support.follow_ups import scheduled
from tests.support.records import complete_record


class _Orig(Exception):
    """A driver exception with a SQLSTATE, as psycopg raises them."""

    def __init__(self, message: str, sqlstate: str) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


def dropped() -> OperationalError:
    """What SQLAlchemy raises when the connection died under a statement."""
    return OperationalError(
        "COMMIT",
        {},
        _Orig("server closed the connection unexpectedly", "08006"),
        connection_invalidated=True,
    )


def serialization_failure() -> OperationalError:
    return OperationalError(
        "UPDATE", {}, _Orig("could not serialize access due to concurrent update", "40001")
    )


@pytest.fixture
def lose_next_commit_answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Make the next N commits succeed in the database but fail on the way back."""
    remaining = [0]
    original = UnitOfWork.commit

    def commit(self: UnitOfWork) -> None:
        original(self)
        if remaining[0] > 0:
            remaining[0] -= 1
            error = translate_error(self.database, dropped())
            assert error is not None
            raise error

    monkeypatch.setattr(UnitOfWork, "commit", commit)
    yield remaining


def _count(ctx: AppContext, model: Any, *where: Any) -> int:
    with UnitOfWork(ctx.database, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_a_save_whose_commit_answer_is_lost_is_applied_exactly_once(
    ctx: AppContext, staff: dict[Role, SignedInUser], lose_next_commit_answers: list[int]
) -> None:
    counselor = staff[Role.COUNSELOR]
    record = complete_record(ctx, counselor)
    retry.STATS.reset()
    lose_next_commit_answers[0] = 1
    saved = ctx.intake.save(counselor, record, idempotency_key="k-save-1")
    assert saved.version == 1  # the answer of the first (committed) run, not a conflict
    assert retry.STATS.recognised_applied == 1
    assert _count(ctx, Call, Call.id == record.id) == 1
    creates = _count(
        ctx, AuditEvent, AuditEvent.record_id == str(record.id), AuditEvent.record_type == "call"
    )
    assert creates == 1
    # The same key again (a replay from the outbox) changes nothing either.
    again = ctx.intake.save(counselor, record, idempotency_key="k-save-1")
    assert again.version == 1
    assert ctx.intake.load(counselor, record.id).version == 1
    assert _count(ctx, AppliedOperation, AppliedOperation.key == "k-save-1") == 1
    # A later save based on the version returned goes through normally.
    newer = ctx.intake.save(counselor, replace(saved, narrative="Later note"))
    assert newer.version == 2


def test_a_follow_up_attempt_whose_commit_answer_is_lost_is_recorded_once(
    ctx: AppContext, staff: dict[Role, SignedInUser], lose_next_commit_answers: list[int]
) -> None:
    _call, ids = scheduled(ctx, staff[Role.COUNSELOR])
    peer = staff[Role.PEER_SPECIALIST]
    ctx.follow_ups.claim(peer, ids[0])
    lose_next_commit_answers[0] = 1
    summary = ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.NO_ANSWER)
    assert summary.attempts == 1
    assert _count(ctx, FollowUpAttempt, FollowUpAttempt.follow_up_id == ids[0]) == 1


def test_a_serialization_failure_is_retried_with_the_whole_unit_of_work(
    ctx: AppContext, staff: dict[Role, SignedInUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    counselor = staff[Role.COUNSELOR]
    record = complete_record(ctx, counselor)
    failures = [2]
    original = UnitOfWork.commit

    def commit(self: UnitOfWork) -> None:
        if failures[0] > 0:
            failures[0] -= 1
            error = translate_error(self.database, serialization_failure())
            assert isinstance(error, DatabaseBusyError)
            raise error
        original(self)

    monkeypatch.setattr(UnitOfWork, "commit", commit)
    retry.STATS.reset()
    saved = ctx.intake.save(counselor, record)
    assert saved.version == 1
    assert retry.STATS.retried_busy == 2
    assert _count(ctx, Call, Call.id == record.id) == 1


def test_retries_are_bounded_and_end_with_the_failure(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    runs = [0]

    def work(uow: UnitOfWork) -> None:
        runs[0] += 1
        raise translate_error(uow.database, dropped())  # type: ignore[misc]

    with pytest.raises(DatabaseUnavailableError) as caught:
        run_unit_of_work(
            ctx.database, work, idempotency_key="k-bound", policy=RetryPolicy(4, 0.001, 0.002)
        )
    assert runs[0] == 4
    assert caught.value.transient
    assert _count(ctx, AppliedOperation, AppliedOperation.key == "k-bound") == 0


def test_a_conflict_is_not_retried_and_reaches_the_person(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    counselor = staff[Role.COUNSELOR]
    first = ctx.intake.save(counselor, complete_record(ctx, counselor))
    ctx.intake.save(counselor, replace(first, narrative="Saved elsewhere"))
    retry.STATS.reset()
    with pytest.raises(ConflictError) as caught:
        ctx.intake.save(counselor, replace(first, narrative="Mine"))
    assert retry.STATS.retried_busy == retry.STATS.retried_dropped == 0
    assert getattr(caught.value.current, "narrative", None) == "Saved elsewhere"


def test_errors_are_classified_for_retry(ctx: AppContext) -> None:
    assert isinstance(translate_error(ctx.database, serialization_failure()), DatabaseBusyError)
    deadlock = OperationalError("x", {}, _Orig("deadlock detected", "40P01"))
    assert isinstance(translate_error(ctx.database, deadlock), DatabaseBusyError)
    lost = translate_error(ctx.database, dropped())
    assert isinstance(lost, DatabaseUnavailableError) and lost.transient
    refused = OperationalError("x", {}, _Orig('password authentication failed for "x"', "28P01"))
    error = translate_error(ctx.database, refused)
    assert isinstance(error, DatabaseUnavailableError) and not error.transient


def test_a_key_longer_than_the_column_is_refused(ctx: AppContext) -> None:
    noop: Callable[[UnitOfWork], None] = lambda _uow: None  # noqa: E731
    with pytest.raises(ValueError, match="64"):
        run_unit_of_work(ctx.database, noop, idempotency_key="k" * 65)


def test_a_directory_save_whose_commit_answer_is_lost_is_applied_once(
    ctx: AppContext, staff: dict[Role, SignedInUser], lose_next_commit_answers: list[int]
) -> None:
    from counselor_app.db.models import Organization
    from counselor_app.domain.directory import OrganizationEdit

    admin = staff[Role.ADMINISTRATOR]
    lose_next_commit_answers[0] = 1
    summary = ctx.directory.save_organization(admin, OrganizationEdit(name="Harbor Light"))
    assert summary.name == "Harbor Light"
    assert _count(ctx, Organization, Organization.name == "Harbor Light") == 1
    assert _count(ctx, AuditEvent, AuditEvent.record_id == summary.id) == 1


def test_old_idempotency_keys_are_pruned_and_recent_ones_kept(ctx: AppContext) -> None:
    now = utcnow()  # as the column is written
    ages = {"old": retry.KEEP_APPLIED_DAYS + 1, "recent": retry.KEEP_APPLIED_DAYS - 1}
    with UnitOfWork(ctx.database) as uow:
        for key, days in ages.items():
            uow.session.add(
                AppliedOperation(
                    key=key, operation="test", applied_at=now - timedelta(days=days), outcome=None
                )
            )
        uow.commit()
    assert retry.prune_applied(ctx.database) == 1
    with UnitOfWork(ctx.database) as uow:
        kept = set(uow.session.scalars(select(AppliedOperation.key)))
    assert "recent" in kept and "old" not in kept
