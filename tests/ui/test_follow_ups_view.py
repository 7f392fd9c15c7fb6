"""The follow-up page: queue views and counts, due words, details, claiming, attempts, dialogs,
what each role may do. Real services on SQLite; dialogs are driven through their widgets."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.follow_ups import (
    AttemptResult,
    FollowUpStatus,
    FollowUpSummary,
    QueueView,
)
from counselor_app.domain.risk import RiskLevel
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups import FollowUpsView, models
from counselor_app.ui.follow_ups.detail import NUMBER_AFTER_CLAIM
from counselor_app.ui.follow_ups.dialogs import (
    AddFollowUpDialog,
    AttemptDialog,
    CancelDialog,
    MoveDialog,
)
from counselor_app.ui.follow_ups.view import ADMIN_NOTICE, UNREACHABLE, WEEK
from counselor_app.ui.ops import Runner
from tests.ui.data import add_call, add_follow_up, now
from tests.ui.follow_up_data import scheduled_plan

ALT = Qt.KeyboardModifier.AltModifier


def page_for(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, events: AppEvents
) -> FollowUpsView:
    page = FollowUpsView(ctx, user, runner, events)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 760)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def cell(page: FollowUpsView, row: int, header: str) -> str:
    headers = [c.header for c in page.model.columns]
    return str(page.proxy.index(row, headers.index(header)).data())


def column(page: FollowUpsView, header: str) -> list[str]:
    return [cell(page, row, header) for row in range(page.proxy.rowCount())]


def shown_ids(page: FollowUpsView) -> list[uuid.UUID]:
    return [
        page.model.record_at(page.proxy.mapToSource(page.proxy.index(row, 0)).row()).id
        for row in range(page.proxy.rowCount())
    ]


def wait_loaded(qtbot: QtBot, page: FollowUpsView, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        action()


def wait_detail(qtbot: QtBot, page: FollowUpsView, follow_up_id: uuid.UUID) -> None:
    qtbot.waitUntil(
        lambda: (
            page.detail_panel.detail is not None
            and page.detail_panel.detail.summary.id == follow_up_id
        ),
        timeout=10_000,
    )


def local(day: QDate, hour: int, minute: int = 0) -> datetime:
    """A moment given in the workstation's local time."""
    moment = QDateTime(day, QTime(hour, minute))
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


# --- due windows in words --------------------------------------------------------------------


def test_due_windows_are_said_in_words() -> None:
    def due_text(start: datetime, end: datetime, at: datetime) -> str:
        # Qt's en_US times have a narrow no-break space before AM/PM
        return models.due_text(start, end, at).replace("\u202f", " ")

    tuesday = QDate(2026, 3, 3)
    at_ten = local(tuesday, 10)
    assert due_text(local(tuesday, 9), local(tuesday, 17), at_ten) == "Due today by 5:00 PM"
    assert (
        due_text(local(tuesday.addDays(-1), 2), local(tuesday.addDays(-1), 14), at_ten)
        == "Overdue since yesterday 2:00 PM"
    )
    assert (
        due_text(local(tuesday.addDays(-3), 2), local(tuesday.addDays(-2), 14), at_ten)
        == "Overdue since Sun 2:00 PM"
    )
    assert (
        due_text(local(tuesday.addDays(-20), 2), local(tuesday.addDays(-12), 14), at_ten)
        == "Overdue since Feb 19 2:00 PM"
    )
    assert due_text(local(tuesday, 8), local(tuesday, 9, 30), at_ten) == "Overdue since 9:30 AM"
    assert (
        due_text(local(tuesday.addDays(1), 9), local(tuesday.addDays(1), 17), at_ten)
        == "Due tomorrow 9:00 AM – 5:00 PM"
    )
    assert due_text(local(tuesday, 8), local(tuesday.addDays(2), 9), at_ten) == (
        "Due by Thu 9:00 AM"
    )
    assert (
        due_text(local(tuesday.addDays(3), 15), local(tuesday.addDays(6), 15), at_ten)
        == "Due Fri 3:00 PM – Mon 3:00 PM"
    )


# --- the queue -------------------------------------------------------------------------------


def test_views_show_counts_switch_by_keyboard_and_sort_by_due_then_risk(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    call = add_call(sqlite_ctx, casey)
    moment = now()
    overdue = add_follow_up(
        sqlite_ctx, call, casey, due_end=moment - timedelta(hours=2), initials="OV"
    )
    soon = moment + timedelta(minutes=30)
    low = add_follow_up(sqlite_ctx, call, casey, due_end=soon, initials="LO", risk=RiskLevel.LOW)
    high = add_follow_up(sqlite_ctx, call, casey, due_end=soon, initials="HI")
    mine = add_follow_up(
        sqlite_ctx, call, casey, due_end=moment + timedelta(days=9), initials="ME", assigned_to=pat
    )
    page = page_for(qtbot, sqlite_ctx, pat, runner, events)
    assert page.current_view == QueueView.ALL
    assert page.view_keys == [*[v.value for v in QueueView], WEEK]  # no Unreachable for peers
    # soonest end of window first; the same end: the higher risk first
    assert shown_ids(page) == [overdue, high, low, mine]
    assert column(page, "Initials") == ["OV", "HI", "LO", "ME"]
    assert column(page, "Due")[0].startswith("Overdue since ")
    assert column(page, "Due")[1].startswith("Due ")
    assert column(page, "Risk")[:3] == ["High", "High", "Low"]
    assert column(page, "Assigned to") == ["Unassigned", "Unassigned", "Unassigned", "Pat Peer"]
    assert page.footer.text().startswith("4 open follow-ups, 1 overdue")
    # nothing is opened for the person (opening details is audited)
    assert page.selected_record() is None and page.detail_panel.empty.isVisibleTo(page)
    qtmodeltester.check(page.model)

    counts = sqlite_ctx.follow_ups.counts(pat)
    assert page.tab_text(QueueView.OVERDUE) == f"&Overdue ({counts.overdue})" == "&Overdue (1)"
    assert page.tab_text(QueueView.MINE) == "&Mine (1)"
    assert page.tab_text(QueueView.UNASSIGNED) == "&Unassigned (3)"
    assert page.tab_text(QueueView.ALL) == "A&ll (4)"
    assert page.tab_text(QueueView.DUE_TODAY) == f"&Due today ({counts.due_today})"

    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)
    wait_loaded(qtbot, page, lambda: qtbot.keyClick(page, Qt.Key.Key_O, ALT))
    assert page.current_view == QueueView.OVERDUE
    assert shown_ids(page) == [overdue]
    wait_loaded(qtbot, page, lambda: qtbot.keyClick(page, Qt.Key.Key_M, ALT))
    assert page.current_view == QueueView.MINE and shown_ids(page) == [mine]
    wait_loaded(qtbot, page, lambda: qtbot.keyClick(page, Qt.Key.Key_U, ALT))
    assert shown_ids(page) == [overdue, high, low]
    wait_loaded(qtbot, page, lambda: qtbot.keyClick(page, Qt.Key.Key_L, ALT))
    assert page.current_view == QueueView.ALL and len(shown_ids(page)) == 4


def test_details_show_the_number_only_to_whoever_may_call(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    _call, follow_ups = scheduled_plan(
        sqlite_ctx, casey, name="Maria Lopez", number="+13145550177", times="After 6 PM"
    )
    first = follow_ups[0]
    page = page_for(qtbot, sqlite_ctx, pat, runner, events)
    page.select_record(first.id)
    wait_detail(qtbot, page, first.id)
    panel = page.detail_panel
    assert panel.title.text() == f"{first.call_reference} · ML"
    assert panel.field_text("Number to call") == NUMBER_AFTER_CLAIM  # not claimed yet
    assert panel.field_text("Preferred times") == "After 6 PM"
    assert panel.status.text() == "Unassigned: claim it before you call."
    assert page.claim_button.isEnabled() and not page.release_button.isEnabled()
    assert not page.attempt_button.isEnabled()

    qtbot.mouseClick(page.claim_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.field_text("Number to call") == "(314) 555-0177", timeout=10_000)
    assert "You have the follow-up" in page.message_bar.text()
    assert panel.status.text().startswith("Claimed by Pat Peer at ")
    assert column(page, "Assigned to")[shown_ids(page).index(first.id)] == "Pat Peer"
    assert page.release_button.isEnabled() and page.attempt_button.isEnabled()
    assert not page.claim_button.isEnabled()
    assert panel.copy_number() == "(314) 555-0177"
    assert QApplication.clipboard().text() == "(314) 555-0177"

    # The counselor who took the call sees the number too; an administrator sees no details.
    own = page_for(qtbot, sqlite_ctx, casey, runner, events)
    own.select_record(first.id)
    wait_detail(qtbot, own, first.id)
    assert own.detail_panel.field_text("Number to call") == "(314) 555-0177"
    admin = page_for(qtbot, sqlite_ctx, sqlite_staff[Role.ADMINISTRATOR], runner, events)
    admin.select_record(first.id)
    assert admin.detail_panel.detail is None
    assert admin.detail_panel.notice.text() == ADMIN_NOTICE
    assert admin.detail_panel.field_text("Number to call") is None

    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "back in the queue" in page.message_bar.text(), timeout=10_000)
    qtbot.waitUntil(
        lambda: panel.field_text("Number to call") == NUMBER_AFTER_CLAIM, timeout=10_000
    )
    assert sqlite_ctx.follow_ups.detail(pat, first.id).summary.assigned_to is None


def test_a_claim_someone_else_won_says_who_has_it(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, pat, sam = (
        sqlite_staff[Role.COUNSELOR],
        sqlite_staff[Role.PEER_SPECIALIST],
        sqlite_staff[Role.SUPERVISOR],
    )
    call = add_call(sqlite_ctx, casey)
    follow_up = add_follow_up(sqlite_ctx, call, casey, due_end=now() + timedelta(hours=3))
    page = page_for(qtbot, sqlite_ctx, sam, runner, events)
    page.select_record(follow_up)
    assert page.claim_button.isEnabled()
    sqlite_ctx.follow_ups.claim(pat, follow_up)  # a moment before; this page has not seen it
    qtbot.mouseClick(page.claim_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message_bar.kind == "problem", timeout=10_000)
    assert page.message_bar.text().startswith("Pat Peer has already claimed this follow-up")
    qtbot.waitUntil(lambda: column(page, "Assigned to") == ["Pat Peer"], timeout=10_000)
    assert not page.claim_button.isEnabled()
    # a supervisor may release someone else's claim
    assert page.release_button.isEnabled()


# --- attempts --------------------------------------------------------------------------------


def attempt_answers(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    fill: Callable[[AttemptDialog], None],
    seen: list[AttemptDialog],
) -> None:
    """Replace ``AttemptDialog.ask`` by one that fills the real dialog and submits it."""

    def ask(
        parent: object, services: object, runner: object, user: object, summary: object
    ) -> FollowUpSummary | None:
        dialog = AttemptDialog(services, runner, user, summary, None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        seen.append(dialog)
        fill(dialog)
        dialog.submit()
        qtbot.waitUntil(
            lambda: dialog.result_summary is not None or dialog.message_bar.kind == "problem",
            timeout=10_000,
        )
        return dialog.result_summary

    monkeypatch.setattr(AttemptDialog, "ask", staticmethod(ask))


def test_three_unanswered_attempts_close_it_as_unreachable_for_a_supervisor(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    _call, follow_ups = scheduled_plan(sqlite_ctx, casey, name="James Carter")
    first = follow_ups[0]
    sqlite_ctx.follow_ups.claim(pat, first.id)
    page = page_for(qtbot, sqlite_ctx, pat, runner, events)
    dialogs: list[AttemptDialog] = []

    def no_answer(dialog: AttemptDialog) -> None:
        assert dialog.chosen_result is AttemptResult.NO_ANSWER  # the default
        assert not dialog.ems.isVisibleTo(dialog)  # outcome questions only when reached
        dialog.notes.setPlainText(f"Rang {len(dialogs)} times")
        dialog.next_step.setText("Try again this evening")

    attempt_answers(qtbot, monkeypatch, no_answer, dialogs)
    for attempt in (1, 2):
        page.select_record(first.id)
        wait_detail(qtbot, page, first.id)
        qtbot.mouseClick(page.attempt_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda n=attempt: f"Attempt {n} recorded" in page.message_bar.text(), timeout=10_000
        )
        assert "stays open" in dialogs[-1].consequence.text()
    qtbot.waitUntil(
        lambda: (page.detail_panel.field_text("Attempts") or "").count("No answer") == 2,
        timeout=10_000,
    )
    attempts = page.detail_panel.field_text("Attempts") or ""
    assert "Rang 2 times" in attempts and "Next step: Try again this evening" in attempts
    assert "2 so far" in attempts

    page.select_record(first.id)
    wait_detail(qtbot, page, first.id)
    qtbot.mouseClick(page.attempt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closed as unreachable" in page.message_bar.text(), timeout=10_000)
    assert "will close as unreachable" in dialogs[-1].consequence.text()
    qtbot.waitUntil(lambda: first.id not in shown_ids(page), timeout=10_000)
    assert sqlite_ctx.follow_ups.detail(pat, first.id).summary.status is FollowUpStatus.UNREACHABLE

    supervisor = page_for(qtbot, sqlite_ctx, sqlite_staff[Role.SUPERVISOR], runner, events)
    assert UNREACHABLE in supervisor.view_keys
    wait_loaded(qtbot, supervisor, lambda: supervisor.show_view(UNREACHABLE))
    assert shown_ids(supervisor) == [first.id]
    assert column(supervisor, "Status") == ["Unreachable"]
    assert column(supervisor, "Attempts") == ["3"]
    assert supervisor.footer.text().startswith("1 follow-up closed as unreachable")
    assert not supervisor.attempt_button.isEnabled()


def test_a_reached_client_records_the_outcome(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    _call, follow_ups = scheduled_plan(sqlite_ctx, casey)
    first = follow_ups[0]
    sqlite_ctx.follow_ups.claim(pat, first.id)
    page = page_for(qtbot, sqlite_ctx, pat, runner, events)

    def reached(dialog: AttemptDialog) -> None:
        dialog.set_result(AttemptResult.REACHED)
        for field in (dialog.ems, dialog.inpatient, dialog.referral):
            assert field.isVisibleTo(dialog)
        assert dialog.consequence.text().startswith("The follow-up will be complete")
        dialog.ems.setCurrentIndex(dialog.ems.findData(True))
        dialog.inpatient.setCurrentIndex(dialog.inpatient.findData(False))
        dialog.referral.setText("Peer Drop-in Center")
        dialog.set_result(AttemptResult.VOICEMAIL)  # the questions hide again...
        assert not dialog.ems.isVisibleTo(dialog)
        dialog.set_result(AttemptResult.REACHED)  # ...and keep what was chosen

    attempt_answers(qtbot, monkeypatch, reached, [])
    page.select_record(first.id)
    wait_detail(qtbot, page, first.id)
    qtbot.mouseClick(page.attempt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is complete" in page.message_bar.text(), timeout=10_000)
    detail = sqlite_ctx.follow_ups.detail(pat, first.id)
    assert detail.summary.status is FollowUpStatus.COMPLETED
    assert detail.outcome is not None
    assert detail.outcome.diverted_from_ems_police is True
    assert detail.outcome.diverted_from_inpatient is False
    assert detail.outcome.referral_made == "Peer Drop-in Center"


# --- moving, cancelling, adding ----------------------------------------------------------------


def test_move_and_cancel_through_their_dialogs(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    _call, follow_ups = scheduled_plan(sqlite_ctx, casey)
    first = follow_ups[0]
    page = page_for(qtbot, sqlite_ctx, pat, runner, events)
    start = (now() + timedelta(days=3)).replace(second=0, microsecond=0)

    def move(parent: object, services: object, runner_: object, user: object, summary: object):  # type: ignore[no-untyped-def]
        dialog = MoveDialog(services, runner_, user, summary, None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.set_window(start, start - timedelta(hours=1))  # backwards: refused here
        dialog.submit()
        assert "Due by: it must come after Due from." in dialog.message_bar.text()
        dialog.set_window(start, start + timedelta(hours=4))
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=10_000)
        return dialog.result_summary

    monkeypatch.setattr(MoveDialog, "ask", staticmethod(move))
    page.select_record(first.id)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Moved the follow-up" in page.message_bar.text(), timeout=10_000)
    moved = sqlite_ctx.follow_ups.detail(pat, first.id).summary
    assert (moved.due_start, moved.due_end) == (start, start + timedelta(hours=4))

    def cancel(parent: object, services: object, runner_: object, user: object, summary: object):  # type: ignore[no-untyped-def]
        dialog = CancelDialog(services, runner_, user, summary, None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert dialog.cancel_button.text() == "&Keep it"
        dialog.submit()  # no reason yet
        assert "Reason: say why it is cancelled." in dialog.message_bar.text()
        dialog.reason.setText("Client moved out of state")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result_summary is not None, timeout=10_000)
        return dialog.result_summary

    monkeypatch.setattr(CancelDialog, "ask", staticmethod(cancel))
    qtbot.waitUntil(lambda: page.current_summary() is not None, timeout=10_000)
    page.select_record(first.id)
    qtbot.waitUntil(lambda: page.current_summary() == moved, timeout=10_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.id not in shown_ids(page), timeout=10_000)
    assert page.message_bar.text().startswith("Cancelled the follow-up for call")
    assert sqlite_ctx.follow_ups.detail(pat, first.id).summary.status is FollowUpStatus.CANCELLED


def test_a_move_from_a_stale_form_is_refused_and_says_so(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    _call, follow_ups = scheduled_plan(sqlite_ctx, casey)
    first = follow_ups[0]
    dialog = MoveDialog(sqlite_ctx, runner, pat, first)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    later = first.due_end + timedelta(days=1)
    sqlite_ctx.follow_ups.move(casey, first.id, first.due_start, later, first.version)
    dialog.set_window(first.due_start, first.due_end + timedelta(days=2))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message_bar.kind == "problem", timeout=10_000)
    assert "Someone else changed this follow-up" in dialog.message_bar.text()
    assert dialog.result_summary is None
    assert sqlite_ctx.follow_ups.detail(pat, first.id).summary.due_end == later


def test_a_counselor_adds_a_follow_up_to_an_own_call(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    call, planned = scheduled_plan(sqlite_ctx, casey, name="Dana Whitfield")
    page = page_for(qtbot, sqlite_ctx, casey, runner, events)
    assert not page.claim_button.isVisibleTo(page)  # counselors do not work the queue
    assert page.add_button.isVisibleTo(page) and not page.export_button.isVisibleTo(page)
    start = (now() + timedelta(days=10)).replace(second=0, microsecond=0)

    def add(parent: object, services: object, runner_: object, user: object, calls: object):  # type: ignore[no-untyped-def]
        dialog = AddFollowUpDialog(services, runner_, user, calls, None)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)  # the counselor's calls
        assert dialog.choose_call(call.id)
        dialog.set_window(start, start + timedelta(hours=8))
        dialog.preferred_times.setText("Saturday mornings")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result_summaries is not None, timeout=10_000)
        return dialog.result_summaries

    monkeypatch.setattr(AddFollowUpDialog, "ask", staticmethod(add))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Added a follow-up for call" in page.message_bar.text(), timeout=10_000)
    qtbot.waitUntil(lambda: len(shown_ids(page)) == len(planned) + 1, timeout=10_000)
    added = [f for f in sqlite_ctx.follow_ups.for_call(casey, call.id) if f.due_start == start]
    assert len(added) == 1
    assert sqlite_ctx.follow_ups.detail(casey, added[0].id).preferred_times == "Saturday mornings"


# --- roles -------------------------------------------------------------------------------------


def test_buttons_follow_the_role(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    own = add_follow_up(sqlite_ctx, add_call(sqlite_ctx, casey), casey, due_end=now())
    others = add_follow_up(sqlite_ctx, add_call(sqlite_ctx, sam), sam, due_end=now())

    peer = page_for(qtbot, sqlite_ctx, sqlite_staff[Role.PEER_SPECIALIST], runner, events)
    for button in (peer.claim_button, peer.release_button, peer.attempt_button, peer.move_button):
        assert button.isVisibleTo(peer)
    assert peer.export_button.isVisibleTo(peer)
    assert UNREACHABLE not in peer.view_keys and WEEK in peer.view_keys

    counselor = page_for(qtbot, sqlite_ctx, casey, runner, events)
    assert not counselor.claim_button.isVisibleTo(counselor)
    assert not counselor.attempt_button.isVisibleTo(counselor)
    assert counselor.move_button.isVisibleTo(counselor)
    assert WEEK not in counselor.view_keys
    counselor.select_record(own)
    qtbot.waitUntil(lambda: counselor.move_button.isEnabled(), timeout=10_000)
    assert counselor.cancel_button.isEnabled()
    counselor.select_record(others)  # someone else's call: no details, no changes
    qtbot.waitUntil(lambda: counselor.detail_panel.notice.isVisibleTo(counselor), timeout=10_000)
    assert "call's counselor" in counselor.detail_panel.notice.text()
    assert not counselor.move_button.isEnabled() and not counselor.cancel_button.isEnabled()

    admin = page_for(qtbot, sqlite_ctx, sqlite_staff[Role.ADMINISTRATOR], runner, events)
    for button in (admin.claim_button, admin.move_button, admin.add_button, admin.export_button):
        assert not button.isVisibleTo(admin)
    assert admin.view_keys == [v.value for v in QueueView]
