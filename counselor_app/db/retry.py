"""Whole-unit-of-work retry with an idempotency key: a transient failure never loses a write.

``pool_pre_ping`` checks a connection before it is used; it cannot save a transaction whose
connection drops half-way, nor tell whether a COMMIT whose answer never came was applied. So a
write is a function of a fresh unit of work, run again from the start on a serialization failure
(40001), a deadlock (40P01), a busy SQLite file or a dropped connection, with a short backoff and
a bound. Each run carries the same idempotency key, written to ``applied_operations`` in the same
transaction as the change: a run that finds its key already there knows the change committed
(its acknowledgement was lost) and answers from what the first run recorded instead of applying
it again.
"""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from counselor_app.db.base import utcnow
from counselor_app.db.engine import Database
from counselor_app.db.models.applied import AppliedOperation
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.errors import DatabaseBusyError, DatabaseUnavailableError

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently a unit of work is tried (``attempts`` runs in all)."""

    attempts: int = 6
    first_delay: float = 0.05
    max_delay: float = 1.0

    def delay(self, attempt: int) -> float:
        """Seconds to wait before run ``attempt + 1`` (exponential, jittered, capped)."""
        base = min(self.max_delay, self.first_delay * 2.0 ** (attempt - 1))
        return base * (0.5 + random.random() / 2)  # noqa: S311 - jitter, not cryptography


DEFAULT_POLICY = RetryPolicy()


@dataclass(slots=True)
class RetryStats:
    """What retries happened (for tests and ``bench/faults.py``); process-wide counters."""

    retried_busy: int = 0
    retried_dropped: int = 0
    recognised_applied: int = 0

    def reset(self) -> None:
        """Back to zero."""
        self.retried_busy = self.retried_dropped = self.recognised_applied = 0


STATS = RetryStats()


def new_idempotency_key() -> str:
    """A fresh key for one user action (32 hex digits)."""
    return uuid.uuid4().hex


def is_retryable(error: BaseException) -> bool:
    """True for failures a whole new run of the unit of work may overcome."""
    if isinstance(error, DatabaseBusyError):
        return True
    return isinstance(error, DatabaseUnavailableError) and error.transient


def run_unit_of_work(
    database: Database,
    work: Callable[[UnitOfWork], T],
    *,
    idempotency_key: str | None = None,
    operation: str = "",
    outcome: Callable[[T], str] | None = None,
    replayed: Callable[[UnitOfWork, str], T] | None = None,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> T:
    """Run ``work(uow)`` in a write unit of work and commit it; retry the whole of it when needed.

    ``work`` does the reads and writes and returns the answer; it must not commit (this helper
    commits, together with the idempotency record). With ``idempotency_key``:

    * ``applied_operations`` gets the key, ``operation`` (a fixed word) and ``outcome(answer)``
      in the same transaction;
    * a run that finds the key already there calls ``replayed(uow, outcome)`` for the answer
      instead of running ``work`` (the change is in the database already).

    Busy databases and dropped connections are retried up to ``policy.attempts`` runs in all;
    the last failure is raised (``DatabaseUnavailableError``: the caller may keep the change in
    the offline outbox under the same key). Any other error is raised at once.
    """
    if idempotency_key is not None and len(idempotency_key) > 64:
        raise ValueError("an idempotency key has at most 64 characters")
    attempt = 0
    while True:
        attempt += 1
        try:
            return _run_once(database, work, idempotency_key, operation, outcome, replayed)
        except IntegrityError:
            # Another run with the same key committed first (a concurrent replay): the next
            # run finds the key and answers from it. Without a key it is a real error.
            if idempotency_key is None or attempt >= policy.attempts:
                raise
            if not was_applied(database, idempotency_key):
                raise
            log.info("unit of work %s: key taken meanwhile; answering from it", operation or "?")
            continue
        except (DatabaseBusyError, DatabaseUnavailableError) as error:
            if not is_retryable(error) or attempt >= policy.attempts:
                raise
            if isinstance(error, DatabaseBusyError):
                STATS.retried_busy += 1
            else:
                STATS.retried_dropped += 1
                database.engine.pool.dispose()  # no connection of the broken pool is reused
            log.info(
                "unit of work %s: %s, run %d of %d again",
                operation or "?",
                type(error).__name__,
                attempt + 1,
                policy.attempts,
            )
        time.sleep(policy.delay(attempt))


def _run_once(
    database: Database,
    work: Callable[[UnitOfWork], T],
    key: str | None,
    operation: str,
    outcome: Callable[[T], str] | None,
    replayed: Callable[[UnitOfWork, str], T] | None,
) -> T:
    with UnitOfWork(database) as uow:
        if key is not None:
            done = uow.session.get(AppliedOperation, key)
            if done is not None:
                STATS.recognised_applied += 1
                log.info("unit of work %s: already applied; not applied again", operation or "?")
                if replayed is None:
                    raise AlreadyAppliedError(done.outcome or "")
                return replayed(uow, done.outcome or "")
        answer = work(uow)
        if key is not None:
            uow.session.add(
                AppliedOperation(
                    key=key,
                    operation=operation[:40],
                    applied_at=utcnow(),
                    outcome=(outcome(answer) if outcome is not None else None),
                )
            )
        uow.commit()
        return answer


class AlreadyAppliedError(Exception):
    """The key was applied before and the caller gave no way to answer again (a bug to fix)."""

    def __init__(self, outcome: str) -> None:
        super().__init__("unit of work already applied")
        self.outcome = outcome


def was_applied(database: Database, idempotency_key: str) -> bool:
    """True when a unit of work with this key has committed."""
    with UnitOfWork(database, write=False) as uow:
        return uow.session.get(AppliedOperation, idempotency_key) is not None


KEEP_APPLIED_DAYS = 90
"""Days an idempotency key is kept: far longer than any change waits in a workstation's outbox."""


def prune_applied(database: Database) -> int:
    """Delete idempotency keys applied more than ``KEEP_APPLIED_DAYS`` ago; how many went.

    Run by ``counselor-app db upgrade`` on a shared database (the schema owner: workstation
    logins may not delete there) and at every start on an embedded one. A key is only needed
    while a retry or an outbox replay of its change may still come.
    """
    cutoff = utcnow() - timedelta(days=KEEP_APPLIED_DAYS)
    with UnitOfWork(database) as uow:
        result = uow.session.execute(
            delete(AppliedOperation).where(AppliedOperation.applied_at < cutoff)
        )
        uow.commit()
    return int(getattr(result, "rowcount", 0) or 0)
