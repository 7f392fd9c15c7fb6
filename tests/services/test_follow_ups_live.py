"""Several workstations at once: simultaneous claims, and changes reaching other workstations."""

from __future__ import annotations

import queue
import threading
import time
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, select, text

from counselor_app.app import AppContext, build_context, prepare_schema
from counselor_app.config import Settings
from counselor_app.db.models import AuditEvent, FollowUp
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.errors import ConflictError
from counselor_app.domain.follow_ups import FollowUpStatus, FollowUpSummary
from counselor_app.services.events import Change
from tests.conftest import FAST_HASHER, PEER_PASSWORD, make_staff
from tests.support.follow_ups import scheduled
from tests.support.keyrings import MemoryKeyring

CLAIMERS = 10
CLAIMER_PASSWORD = "tidal lantern orchard night"


def _peers(ctx: AppContext, admin: SignedInUser, n: int) -> list[SignedInUser]:
    users = []
    for i in range(n):
        ctx.accounts.add_account(
            admin, f"peer{i}", f"Peer Number {i}", Role.PEER_SPECIALIST, CLAIMER_PASSWORD
        )
        users.append(ctx.auth.sign_in(f"peer{i}", CLAIMER_PASSWORD))
    return users


def test_simultaneous_claims_have_exactly_one_winner(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    """Each claimer is its own thread with its own session, all released at the same moment."""
    _call, ids = scheduled(ctx, staff[Role.COUNSELOR])
    peers = _peers(ctx, staff[Role.ADMINISTRATOR], CLAIMERS)
    start = threading.Barrier(CLAIMERS)
    results: queue.Queue[tuple[SignedInUser, FollowUpSummary | BaseException]] = queue.Queue()

    def claim(user: SignedInUser) -> None:
        start.wait()
        try:
            results.put((user, ctx.follow_ups.claim(user, ids[0])))
        except BaseException as exc:  # noqa: BLE001 - reported below
            results.put((user, exc))

    threads = [threading.Thread(target=claim, args=(p,)) for p in peers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    outcomes = [results.get_nowait() for _ in range(CLAIMERS)]
    winners = [(u, r) for u, r in outcomes if isinstance(r, FollowUpSummary)]
    losers = [(u, r) for u, r in outcomes if not isinstance(r, FollowUpSummary)]
    assert len(winners) == 1, outcomes
    winner, summary = winners[0]
    assert summary.assigned_to == winner.id and summary.status is FollowUpStatus.CLAIMED
    name = winner.account.display_name
    assert len(losers) == CLAIMERS - 1
    for _user, error in losers:
        assert isinstance(error, ConflictError), repr(error)
        assert f"{name} has already claimed" in str(error)
        assert error.current.assigned_to == winner.id  # type: ignore[attr-defined]
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(FollowUp, ids[0])
        assert row is not None
        assert row.assigned_to == winner.id and row.version == 2
        claims = uow.session.scalars(
            select(AuditEvent).where(
                AuditEvent.record_id == str(ids[0]), AuditEvent.detail == "claimed"
            )
        ).all()
    assert len(claims) == 1


# --- other workstations ------------------------------------------------------------------------


def _workstation(url: str, keyring: MemoryKeyring, name: str) -> AppContext:
    ctx = build_context(
        url,
        settings=Settings(workstation_name=name),
        keyring_backend=keyring,
        password_hasher=FAST_HASHER,
    )
    prepare_schema(ctx)
    return ctx


@pytest.fixture
def two_workstations(
    pg_url: str, memory_keyring: MemoryKeyring
) -> Iterator[tuple[AppContext, AppContext]]:
    first = _workstation(pg_url, memory_keyring, "desk-1")
    second = _workstation(pg_url, memory_keyring, "desk-2")
    try:
        yield first, second
    finally:
        first.close()
        second.close()


def _wait_for(changes: queue.Queue[Change], record_id: str | None, seconds: float = 5.0) -> float:
    """Seconds until ``record_id`` arrived on the bus; fails after ``seconds``."""
    started = time.monotonic()
    deadline = started + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            change = changes.get(timeout=left)
        except queue.Empty:
            break
        if change.topic == "follow_ups" and change.record_id == record_id:
            return time.monotonic() - started
    pytest.fail(f"follow-up {record_id} was not announced within {seconds} s")


@pytest.mark.postgres
def test_a_claim_reaches_the_other_workstation(
    two_workstations: tuple[AppContext, AppContext],
) -> None:
    desk1, desk2 = two_workstations
    assert desk1.listener is not None and desk2.listener is not None
    assert desk2.listener.wait_listening(10)
    staff = make_staff(desk1)
    _call, ids = scheduled(desk1, staff[Role.COUNSELOR])
    changes: queue.Queue[Change] = queue.Queue()
    desk2.events.subscribe(changes.put)
    pat = desk2.auth.sign_in("pat", PEER_PASSWORD)
    desk1.follow_ups.claim(staff[Role.SUPERVISOR], ids[1])
    _wait_for(changes, str(ids[1]))
    # ... and the other way round, seen by the first.
    back: queue.Queue[Change] = queue.Queue()
    desk1.events.subscribe(back.put)
    desk2.follow_ups.claim(pat, ids[0])
    _wait_for(back, str(ids[0]))
    assert desk1.follow_ups.counts(staff[Role.PEER_SPECIALIST]).mine == 1


@pytest.mark.postgres
def test_nothing_is_announced_for_a_rolled_back_change(
    two_workstations: tuple[AppContext, AppContext],
) -> None:
    desk1, desk2 = two_workstations
    assert desk2.listener is not None and desk2.listener.wait_listening(10)
    staff = make_staff(desk1)
    _call, ids = scheduled(desk1, staff[Role.COUNSELOR])
    changes: queue.Queue[Change] = queue.Queue()
    desk2.events.subscribe(changes.put)
    from counselor_app.services.notify import notify

    with UnitOfWork(desk1.database) as uow:
        notify(uow.session, "follow_ups", str(ids[0]))  # never committed
    marker = str(uuid.uuid4())
    with UnitOfWork(desk1.database) as uow:
        notify(uow.session, "follow_ups", marker)
        uow.commit()
    _wait_for(changes, marker)
    seen = []
    while not changes.empty():
        seen.append(changes.get_nowait().record_id)
    assert str(ids[0]) not in seen


@pytest.mark.postgres
def test_listener_reconnects_after_losing_its_connection(
    two_workstations: tuple[AppContext, AppContext], pg_url: str
) -> None:
    desk1, desk2 = two_workstations
    listener = desk2.listener
    assert listener is not None and listener.wait_listening(10)
    staff = make_staff(desk1)
    _call, ids = scheduled(desk1, staff[Role.COUNSELOR])
    changes: queue.Queue[Change] = queue.Queue()
    desk2.events.subscribe(changes.put)
    pid = listener.backend_pid
    assert pid is not None
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar()
    engine.dispose()
    deadline = time.monotonic() + 15
    while listener.connections < 2 or not listener.wait_listening(0.1):
        assert time.monotonic() < deadline, "the listener did not reconnect"
        time.sleep(0.05)
    assert listener.backend_pid != pid
    # After reconnecting it asks every screen to refresh (announcements may have been missed).
    _wait_for(changes, None)
    desk1.follow_ups.claim(staff[Role.PEER_SPECIALIST], ids[0])
    _wait_for(changes, str(ids[0]))


@pytest.mark.postgres
def test_closing_the_context_stops_the_listener(pg_url: str, memory_keyring: MemoryKeyring) -> None:
    ctx = _workstation(pg_url, memory_keyring, "desk-3")
    listener = ctx.listener
    assert listener is not None and listener.wait_listening(10)
    started = time.monotonic()
    ctx.close()
    assert not listener.running
    assert time.monotonic() - started < 2


def test_sqlite_has_no_listener(sqlite_ctx: AppContext) -> None:
    # One workstation: the screens poll every refresh_seconds instead.
    assert sqlite_ctx.listener is None
    assert sqlite_ctx.settings.refresh_seconds > 0
