"""Fault-injection scenarios shared by ``tests/faults`` (which assert) and ``bench/faults.py``.

Each scenario returns plain figures (a dict) so the tests can check them and the benchmark can
print them as JSON for the closing note:

* ``stop_during_saves``: PostgreSQL (a throw-away cluster) is stopped ``immediate`` in the middle
  of saves (between two statements, or just before COMMIT) and restarted; every save completes
  (whole-unit-of-work retry, or the offline outbox replayed after the restart), none twice.
* ``concurrent_editors``: workers do read-modify-write with the version check on shared records
  for a bounded time; every conflict provoked is detected, no update is lost.
* ``sqlite_writers``: processes write one SQLite file at once; none meets "database is locked".
"""

from __future__ import annotations

import multiprocessing
import random
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from counselor_app.app import AppContext, build_context, prepare_schema
from counselor_app.config import Settings
from counselor_app.db import migrate, retry
from counselor_app.db.engine import Database
from counselor_app.db.models import AppliedOperation, AuditEvent, Call, CenterSetting
from counselor_app.db.retry import RetryPolicy, run_unit_of_work
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.errors import ConflictError, DatabaseBusyError, DatabaseUnavailableError
from counselor_app.services.outbox import Outbox
from tests.support.pg_cluster import ThrowawayCluster
from tests.support.sqlite_writer import sqlite_writer

FAST_HASHER_ARGS = {"time_cost": 1, "memory_cost": 8192, "parallelism": 1}


# --- (a) PostgreSQL stopped during a save ---------------------------------------------------------


@dataclass
class _Injector:
    """Stops the cluster at a chosen point of the next unit of work and restarts it soon after."""

    cluster: ThrowawayCluster
    point: str  # "after_flush" (between statements) or "before_commit"
    restart_after: float
    armed: bool = False
    injected: int = 0
    restarter: threading.Thread | None = None

    def fire(self, *_args: Any) -> None:
        if not self.armed:
            return
        self.armed = False
        self.injected += 1
        self.cluster.stop("immediate")

        def restart() -> None:
            time.sleep(self.restart_after)
            self.cluster.start()

        self.restarter = threading.Thread(target=restart, daemon=True)
        self.restarter.start()

    def wait_restarted(self) -> None:
        if self.restarter is not None:
            self.restarter.join(60)
            self.restarter = None


def stop_during_saves(
    cluster: ThrowawayCluster,
    database_url: str,
    outbox_folder: Path,
    keyring_backend: Any,
    *,
    saves: int = 6,
    restart_after: float = 0.3,
) -> dict[str, Any]:
    """Save ``saves`` new calls, each with PostgreSQL stopped mid-way; count what the database has.

    Half the faults hit between two statements of the unit of work (after its first flush), half
    just before its COMMIT. A save that exhausts its retries is kept in the outbox, replayed once
    the server is back. Returns the figures.
    """
    from argon2 import PasswordHasher

    from tests.support.records import complete_record

    ctx = build_context(
        database_url,
        settings=Settings(),
        keyring_backend=keyring_backend,
        password_hasher=PasswordHasher(**FAST_HASHER_ARGS),
    )
    prepare_schema(ctx)
    outbox = Outbox(outbox_folder, ctx.credentials, ctx.database.location, ctx.events)
    ctx.intake.attach_outbox(outbox)
    ctx.follow_ups.attach_outbox(outbox)
    try:
        counselor = _counselor(ctx)
        retry.STATS.reset()
        ids: list[uuid.UUID] = []
        via_outbox = 0
        injectors = []
        for n in range(saves):
            point = "after_flush" if n % 2 == 0 else "before_commit"
            injector = _Injector(cluster, point, restart_after)
            injectors.append(injector)
            event.listen(Session, point, injector.fire)
            try:
                record = complete_record(ctx, counselor, narrative=f"Save {n}")
                injector.armed = True
                saved = ctx.intake.save(counselor, record)
            finally:
                event.remove(Session, point, injector.fire)
                injector.wait_restarted()
            ids.append(record.id)
            if saved.version == 0:  # kept offline: send it now that the server is back
                via_outbox += 1
                _replay_until_sent(outbox)
        calls = _count(ctx, Call, Call.id.in_(ids))
        creates = _count(
            ctx,
            AuditEvent,
            AuditEvent.record_type == "call",
            AuditEvent.action == AuditAction.CREATE,
            AuditEvent.record_id.in_([str(i) for i in ids]),
        )
        narratives = {ctx.intake.load(counselor, i).narrative for i in ids}
        return {
            "faults_injected": sum(i.injected for i in injectors),
            "saves": saves,
            "saves_completed": calls,
            "completed_by_retry": saves - via_outbox,
            "completed_by_outbox_replay": via_outbox,
            "records_written": calls,
            "records_lost": saves - calls,
            "records_duplicated": creates - calls,
            "contents_intact": narratives == {f"Save {n}" for n in range(saves)},
            "retries_after_dropped_connection": retry.STATS.retried_dropped,
            "outbox_left": len(outbox.entries()),
        }
    finally:
        ctx.close()


def _replay_until_sent(outbox: Outbox, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        report = outbox.replay()
        if not report.unreachable and report.waiting == 0:
            return
        time.sleep(0.2)
    raise RuntimeError("the outbox could not be replayed after the restart")


def _counselor(ctx: AppContext) -> Any:
    """An administrator, then a counselor, signed in (without the test fixtures)."""
    admin_password, counselor_password = (
        "quiet harbor lantern seventeen",
        "maple sparrow under blue sky",
    )
    ctx.auth.create_first_administrator("admin", "Avery Admin", admin_password)
    admin = ctx.auth.sign_in("admin", admin_password)
    ctx.accounts.add_account(admin, "casey", "Casey Counselor", Role.COUNSELOR, counselor_password)
    return ctx.auth.sign_in("casey", counselor_password)


def _count(ctx: AppContext, model: Any, *where: Any) -> int:
    with UnitOfWork(ctx.database, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


# --- (c) concurrent editors on shared records -----------------------------------------------------


@dataclass(frozen=True)
class _Attempt:
    key: str
    read_version: int
    committed: bool
    conflict: bool


def concurrent_editors(
    database_url: str,
    *,
    workers: int = 20,
    records: int = 5,
    seconds: float = 3.0,
    seed: int = 7,
) -> dict[str, Any]:
    """``workers`` threads, each with its own connection, increment shared counters for ``seconds``.

    Every edit is a read-modify-write checked against the version read (SQLAlchemy's version
    counter, ``version_id_col``). A conflict is *provoked* when another worker committed the same
    record from the same version; it is *detected* when the writer got a ``ConflictError``.
    Zero lost updates: each record's value equals the number of edits that succeeded on it, and
    no two successful edits started from the same version.
    """
    setup = Database(database_url)
    migrate.upgrade(setup)
    keys = [f"fault-counter-{uuid.uuid4().hex[:8]}-{n}" for n in range(records)]
    with UnitOfWork(setup) as uow:
        for key in keys:
            uow.session.add(CenterSetting(key=key, value="0"))
        uow.commit()
    attempts: list[_Attempt] = []
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    start = threading.Barrier(workers)

    def worker(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        database = Database(database_url)
        try:
            start.wait(30)
            while time.monotonic() < deadline:
                key = rng.choice(keys)
                seen: list[int] = []

                def edit(uow: UnitOfWork, key: str = key, seen: list[int] = seen) -> None:
                    row = uow.session.get(CenterSetting, key)
                    assert row is not None
                    seen[:] = [row.version]
                    time.sleep(rng.random() * 0.004)  # widen the read-modify-write window
                    row.value = str(int(row.value) + 1)
                    uow.session.flush()

                try:
                    run_unit_of_work(database, edit, policy=RetryPolicy(8, 0.01, 0.2))
                except ConflictError:
                    outcome = _Attempt(key, seen[0], committed=False, conflict=True)
                except (DatabaseBusyError, DatabaseUnavailableError) as exc:
                    with lock:
                        errors.append(type(exc).__name__)
                    continue
                else:
                    outcome = _Attempt(key, seen[0], committed=True, conflict=False)
                with lock:
                    attempts.append(outcome)
        finally:
            database.dispose()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    with UnitOfWork(setup, write=False) as uow:
        final = {
            row.key: (int(row.value), row.version)
            for row in uow.session.scalars(select(CenterSetting).where(CenterSetting.key.in_(keys)))
        }
    with UnitOfWork(setup) as uow:
        for row in uow.session.scalars(select(CenterSetting).where(CenterSetting.key.in_(keys))):
            uow.session.delete(row)
        uow.commit()
    setup.dispose()

    committed = [a for a in attempts if a.committed]
    commits_from = Counter((a.key, a.read_version) for a in committed)
    per_key = Counter(a.key for a in committed)
    provoked = sum(1 for a in attempts if a.conflict and commits_from[(a.key, a.read_version)] >= 1)
    # A commit from a version someone else also committed from would be a lost update.
    double_commits = sum(n - 1 for n in commits_from.values() if n > 1)
    spurious = sum(1 for a in attempts if a.conflict and commits_from[(a.key, a.read_version)] == 0)
    lost = sum(abs(final[k][0] - per_key[k]) for k in keys) + double_commits
    return {
        "workers": workers,
        "seconds": seconds,
        "records": records,
        "edits_attempted": len(attempts),
        "edits_committed": len(committed),
        "conflicts_provoked": provoked + double_commits,
        "conflicts_detected": sum(1 for a in attempts if a.conflict),
        "conflicts_without_cause": spurious,
        "lost_updates": lost,
        "final_values_match": all(final[k][0] == per_key[k] for k in keys),
        "versions_match": all(final[k][1] == per_key[k] + 1 for k in keys),
        "other_failures": len(errors),
    }


# --- (d) processes writing one SQLite file --------------------------------------------------------


def sqlite_writers(path: Path, *, processes: int = 4, seconds: float = 3.0) -> dict[str, Any]:
    """``processes`` processes increment one counter and add one row per write, for ``seconds``."""
    url = f"sqlite:///{path}"
    setup = Database(url)
    migrate.upgrade(setup)
    with UnitOfWork(setup) as uow:
        uow.session.add(CenterSetting(key="fault-sqlite-counter", value="0"))
        uow.commit()
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    ready = context.Barrier(processes)
    children = [
        context.Process(target=sqlite_writer, args=(url, seconds, n, results, ready))
        for n in range(processes)
    ]
    for child in children:
        child.start()
    figures = [results.get(timeout=120) for _ in children]
    for child in children:
        child.join(60)
    with UnitOfWork(setup, write=False) as uow:
        counter = uow.session.get(CenterSetting, "fault-sqlite-counter")
        rows = int(
            uow.session.scalar(
                select(func.count())
                .select_from(AppliedOperation)
                .where(AppliedOperation.operation == "fault.write")
            )
            or 0
        )
        value = int(counter.value) if counter is not None else -1
    setup.dispose()
    committed = sum(f[0] for f in figures)
    return {
        "processes": processes,
        "seconds": seconds,
        "writes_committed": committed,
        "lock_failures": sum(f[1] for f in figures),
        "other_failures": sum(f[2] for f in figures),
        "rows_written": rows,
        "records_lost": committed - min(rows, value),
        "counter_matches": value == committed == rows,
    }


def with_fresh_cluster(folder: Path, run: Callable[[ThrowawayCluster], dict[str, Any]]) -> Any:
    """Run ``run(cluster)`` on a new throw-away cluster, destroyed afterwards."""
    cluster = ThrowawayCluster.create(folder)
    cluster.start()
    try:
        return run(cluster)
    finally:
        cluster.destroy()
