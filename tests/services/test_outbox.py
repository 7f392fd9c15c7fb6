"""The offline outbox: saves and attempts kept while the database is unreachable, then replayed.

"Unreachable" is injected under the unit of work (every run raises the error a refused
connection raises); the PostgreSQL fault tests in ``tests/faults`` stop a real server instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from counselor_app.app import AppContext, build_context
from counselor_app.config import Settings
from counselor_app.db import retry
from counselor_app.db.models import AuditEvent, Call, FollowUpAttempt
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallStatus
from counselor_app.domain.errors import (
    ConflictError,
    DatabaseUnavailableError,
    KnownError,
    Label,
    Message,
    ReauthenticationRequiredError,
    msg,
)
from counselor_app.domain.follow_ups import AttemptResult, FollowUpStatus
from counselor_app.services import outbox as outbox_module
from counselor_app.services.drafts import DraftStore
from counselor_app.services.outbox import SUFFIX, WAITING_BEHIND, Outbox
from tests.conftest import FAST_HASHER
from tests.support.follow_ups import scheduled
from tests.support.keyrings import MemoryKeyring
from tests.support.records import NAME, complete_record


class Network:
    """Switch the database off and on for the services (every unit of work fails while off)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.down = False
        original = retry._run_once

        def run_once(database: Any, *args: Any) -> Any:
            if self.down:
                raise DatabaseUnavailableError("unreachable (test)", transient=True)
            return original(database, *args)

        monkeypatch.setattr(retry, "_run_once", run_once)
        monkeypatch.setattr(retry, "DEFAULT_POLICY", retry.RetryPolicy(2, 0.001, 0.001))


@pytest.fixture
def network(monkeypatch: pytest.MonkeyPatch) -> Network:
    return Network(monkeypatch)


@pytest.fixture
def outbox(ctx: AppContext, tmp_path: Path) -> Iterator[Outbox]:
    box = Outbox(tmp_path / "outbox", ctx.credentials, ctx.database.location)
    ctx.intake.attach_outbox(box, DraftStore(tmp_path / "drafts", ctx.credentials, "x"))
    ctx.follow_ups.attach_outbox(box)
    yield box


@pytest.fixture
def elsewhere(db_url: str, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """Another workstation on the same database (its own, empty outbox)."""
    context = build_context(
        db_url, settings=Settings(), keyring_backend=memory_keyring, password_hasher=FAST_HASHER
    )
    yield context
    context.close()


def _count(ctx: AppContext, model: Any, *where: Any) -> int:
    with UnitOfWork(ctx.database, write=False) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def test_saves_made_offline_are_kept_encrypted_and_replayed_in_order(
    ctx: AppContext, staff: dict[Role, SignedInUser], outbox: Outbox, network: Network
) -> None:
    counselor = staff[Role.COUNSELOR]
    record = complete_record(ctx, counselor)
    network.down = True
    first = ctx.intake.save(counselor, record)
    assert first.version == 0  # kept, not in the database yet
    second = ctx.intake.save(counselor, replace(first, narrative="Second thoughts"))
    done = ctx.intake.complete(counselor, replace(second, narrative="Final words"))
    assert done.status is CallStatus.COMPLETED
    assert outbox.status().waiting == 3
    files = sorted((outbox.folder).glob(f"*{SUFFIX}"))
    assert len(files) == 3
    for path in files:  # nothing in clear on disk
        raw = path.read_bytes()
        for secret in (NAME, "Final words", "Second thoughts", "+13145550142"):
            assert secret.encode() not in raw
    report = outbox.replay()
    assert report.unreachable and report.sent == 0
    assert outbox.status().waiting == 3

    network.down = False
    report = outbox.replay()
    assert (report.sent, report.held, report.waiting) == (3, [], 0)
    assert list(outbox.folder.glob(f"*{SUFFIX}")) == []
    stored = ctx.intake.load(counselor, record.id)
    assert stored.narrative == "Final words"  # the last change made, applied last
    assert stored.status is CallStatus.COMPLETED
    assert stored.version == 3
    # The workspace still holds version 0: its next save goes on top of its own replays.
    later = ctx.intake.save(counselor, replace(done, narrative="Added afterwards"))
    assert later.version == 4


def test_an_entry_replayed_twice_is_applied_once(
    ctx: AppContext, staff: dict[Role, SignedInUser], outbox: Outbox, network: Network
) -> None:
    counselor = staff[Role.COUNSELOR]
    record = complete_record(ctx, counselor)
    network.down = True
    ctx.intake.save(counselor, record)
    entry = outbox.entries()[0]
    network.down = False
    # The first replay commits, then its answer is lost (the entry stays in the outbox) ...
    ctx.intake._replay(entry)
    assert outbox.status().waiting == 1
    # ... so the next replay sends it again: recognised by its key, not applied twice.
    report = outbox.replay()
    assert report.sent == 1
    assert _count(ctx, Call, Call.id == record.id) == 1
    assert ctx.intake.load(counselor, record.id).version == 1
    audits = _count(
        ctx, AuditEvent, AuditEvent.record_type == "call", AuditEvent.record_id == str(record.id)
    )
    assert audits == 2  # one CREATE, one VIEW (the load above): never a second CREATE


def test_a_replay_that_meets_a_conflict_is_kept_and_offered_as_a_draft(
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    outbox: Outbox,
    network: Network,
    tmp_path: Path,
    elsewhere: AppContext,
) -> None:
    counselor = staff[Role.COUNSELOR]
    saved = ctx.intake.save(counselor, complete_record(ctx, counselor))
    network.down = True
    mine = ctx.intake.save(counselor, replace(saved, narrative="Mine, offline"))
    ctx.intake.save(counselor, replace(mine, narrative="Mine, offline, later"))
    network.down = False
    supervisor = staff[Role.SUPERVISOR]
    theirs = elsewhere.intake.load(supervisor, saved.id)
    elsewhere.intake.save(supervisor, replace(theirs, narrative="Theirs, meanwhile"))

    report = outbox.replay()
    assert report.sent == 0 and len(report.held) == 2
    status = outbox.status()
    assert (status.waiting, status.held) == (0, 2)
    assert "Someone else saved this call" in status.held_problems[0]
    assert ctx.intake.load(counselor, saved.id).narrative == "Theirs, meanwhile"  # not overwritten
    # Replaying again never drops or re-sends a held change.
    assert outbox.replay().sent == 0 and outbox.status().held == 2
    # The latest kept text comes back as a draft, based on the version it was made from ...
    drafts = DraftStore(tmp_path / "drafts", ctx.credentials, "x").recover()
    assert [d.record.narrative for d in drafts] == ["Mine, offline, later"]
    assert drafts[0].record.version == saved.version
    # ... whose save meets the conflict in front of the person (the compare view) ...
    with pytest.raises(ConflictError) as caught:
        ctx.intake.save(counselor, drafts[0].record)
    current = caught.value.current
    assert getattr(current, "narrative", None) == "Theirs, meanwhile"
    # ... and the merged save resolves the held entries.
    assert current is not None
    ctx.intake.save(counselor, replace(drafts[0].record, version=current.version))  # type: ignore[attr-defined]
    assert outbox.status().empty


def test_follow_up_attempts_made_offline_are_recorded_once_in_order(
    ctx: AppContext, staff: dict[Role, SignedInUser], outbox: Outbox, network: Network
) -> None:
    _call, ids = scheduled(ctx, staff[Role.COUNSELOR])
    peer = staff[Role.PEER_SPECIALIST]
    ctx.follow_ups.claim(peer, ids[0])
    shown = {s.id: s for s in ctx.follow_ups.open_queue(peer)}
    assert shown[ids[0]].attempts == 0
    network.down = True
    kept = ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.NO_ANSWER, "Rang twice")
    assert kept.attempts == 1  # shown as recorded; kept on this workstation
    ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.VOICEMAIL, "Left a message")
    assert outbox.status().waiting == 2
    network.down = False
    assert outbox.replay().sent == 2
    detail = ctx.follow_ups.detail(peer, ids[0])
    assert [a.result for a in detail.attempts] == [
        AttemptResult.NO_ANSWER,
        AttemptResult.VOICEMAIL,
    ]
    assert [a.notes for a in detail.attempts] == ["Rang twice", "Left a message"]
    assert outbox.replay().sent == 0
    assert _count(ctx, FollowUpAttempt, FollowUpAttempt.follow_up_id == ids[0]) == 2


def test_an_attempt_refused_at_replay_is_held_with_its_reason(
    ctx: AppContext,
    tmp_path: Path,
    staff: dict[Role, SignedInUser],
    outbox: Outbox,
    network: Network,
    elsewhere: AppContext,
) -> None:
    _call, ids = scheduled(ctx, staff[Role.COUNSELOR])
    peer, supervisor = staff[Role.PEER_SPECIALIST], staff[Role.SUPERVISOR]
    ctx.follow_ups.claim(peer, ids[0])
    ctx.follow_ups.open_queue(peer)
    network.down = True
    ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.NO_ANSWER)
    network.down = False
    # Meanwhile a supervisor reached the person and closed the follow-up.
    elsewhere.follow_ups.record_attempt(supervisor, ids[0], AttemptResult.REACHED)
    report = outbox.replay()
    assert len(report.held) == 1
    status = outbox.status()
    assert status.held == 1 and "already completed" in status.held_problems[0]
    # The reason read back from the sealed file keeps its template and values (translatable).
    stored = Outbox(tmp_path / "outbox", ctx.credentials, ctx.database.location).entries()
    (reason,) = (entry.problem for entry in stored)
    assert reason == status.held_problems[0]
    assert isinstance(reason, Message)
    assert reason.template == "This follow-up is already {status}; no attempt can be added."
    assert isinstance(reason.values["status"], Message) and reason.values["status"] == "completed"
    summary = next(s for s in ctx.follow_ups.for_call(peer, _call.id) if s.id == ids[0])
    assert summary.status is FollowUpStatus.COMPLETED and summary.attempts == 1
    # Kept until a person decides. Trying again sends it again, and it is refused again.
    key = outbox.entries()[0].key
    assert outbox.release(key)
    assert outbox.status().waiting == 1 and outbox.status().held == 0
    assert not outbox.release(key)  # not held any more
    report = outbox.replay()
    assert len(report.held) == 1 and outbox.status().held == 1
    # Discarding is explicit.
    assert outbox.discard(key)
    assert outbox.status().empty


def test_trying_a_held_change_again_sends_it_and_what_waited_behind_it(
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    outbox: Outbox,
    network: Network,
) -> None:
    _call, ids = scheduled(ctx, staff[Role.COUNSELOR])
    peer = staff[Role.PEER_SPECIALIST]
    ctx.follow_ups.claim(peer, ids[0])
    ctx.follow_ups.open_queue(peer)
    network.down = True
    ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.NO_ANSWER, notes="first")
    ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.VOICEMAIL, notes="second")
    network.down = False
    # The peer's access was taken away meanwhile: both are held (the second behind the first).
    original = ctx.follow_ups._record_attempt
    ctx.follow_ups._record_attempt = _refuse  # type: ignore[method-assign]
    report = outbox.replay()
    assert [e.problem for e in report.held][1:] == [WAITING_BEHIND]
    assert outbox.status().held == 2
    # Access restored; the person tries the first again: both go, in order.
    ctx.follow_ups._record_attempt = original  # type: ignore[method-assign]
    first = outbox.entries()[0]
    assert outbox.release(first.key)
    assert outbox.status().waiting == 2
    report = outbox.replay()
    assert report.sent == 2 and outbox.status().empty
    summary = next(s for s in ctx.follow_ups.for_call(peer, _call.id) if s.id == ids[0])
    assert summary.attempts == 2


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise KnownError("You cannot record attempts on this follow-up.")


def test_the_outbox_survives_a_restart_and_refuses_tampered_files(
    ctx: AppContext, staff: dict[Role, SignedInUser], outbox: Outbox, network: Network
) -> None:
    counselor = staff[Role.COUNSELOR]
    network.down = True
    ctx.intake.save(counselor, complete_record(ctx, counselor))
    ctx.intake.save(counselor, complete_record(ctx, counselor))
    reopened = Outbox(outbox.folder, ctx.credentials, ctx.database.location)
    assert reopened.status().waiting == 2
    first, second = sorted(outbox.folder.glob(f"*{SUFFIX}"))
    # Swapping two files' names (reordering) is detected: both are left in place, unread.
    tmp = first.with_suffix(".tmp")
    first.rename(tmp)
    second.rename(first)
    tmp.rename(second)
    assert Outbox(outbox.folder, ctx.credentials, ctx.database.location).status().waiting == 0
    assert len(list(outbox.folder.glob(f"*{SUFFIX}"))) == 2
    # Another database's entries are not replayed here.
    other = Outbox(outbox.folder, ctx.credentials, "elsewhere")
    assert other.status().empty


def test_a_call_kept_offline_is_still_checked_before_it_is_kept(
    ctx: AppContext, staff: dict[Role, SignedInUser], outbox: Outbox, network: Network
) -> None:
    counselor = staff[Role.COUNSELOR]
    network.down = True
    bad = complete_record(ctx, counselor, callback_number="not a number")
    with pytest.raises(Exception) as caught:
        ctx.intake.save(counselor, bad)
    assert "Call-back number" in str(caught.value)
    assert outbox.status().empty


def test_an_attempt_waits_while_the_daily_check_is_due_then_is_sent(
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    outbox: Outbox,
    network: Network,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _call, ids = scheduled(ctx, staff[Role.COUNSELOR])
    peer = staff[Role.PEER_SPECIALIST]
    ctx.follow_ups.claim(peer, ids[0])
    network.down = True
    ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.NO_ANSWER)
    network.down = False
    # The daily check fell due while offline: the replay pauses, nothing is held.
    from counselor_app.services import authz

    real_check = authz.check_session

    def due(*_args: object) -> None:
        raise ReauthenticationRequiredError()

    monkeypatch.setattr(authz, "check_session", due)
    report = outbox.replay()
    assert report.sent == 0 and report.held == []
    assert outbox.status().held == 0 and len(outbox.entries()) == 1
    # Once the person has confirmed it is them, the attempt goes through.
    monkeypatch.setattr(authz, "check_session", real_check)
    assert outbox.replay().sent == 1
    summary = next(s for s in ctx.follow_ups.for_call(peer, _call.id) if s.id == ids[0])
    assert summary.attempts == 1


def test_a_held_reason_reads_back_as_the_same_message_with_its_values() -> None:
    made = msg(
        "At most {limit:,} characters by {when:%Y-%m-%d} for the {role} ({value!r}); {more}",
        limit=20000,
        when=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
        role=Label("Counselor"),
        value=1.5,
        more=msg("{count} more", count=2),
    )
    stored = json.loads(json.dumps({"problem": made, **outbox_module._problem_template(made)}))
    back = outbox_module._stored_problem(stored)
    assert (
        back == made == ("At most 20,000 characters by 2026-12-01 for the Counselor (1.5); 2 more")
    )
    assert isinstance(back, Message) and back.template == made.template
    assert isinstance(back.values["role"], Label)
    assert isinstance(back.values["more"], Message) and back.values["more"].values == {"count": 2}
    # A stored template whose values no longer fit reads back as the English it was.
    stored["problem_message"]["values"] = {"limit": "many"}
    assert outbox_module._stored_problem(stored) == made
    assert not isinstance(outbox_module._stored_problem(stored), Message)
