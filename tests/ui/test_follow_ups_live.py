"""Follow-ups across workstations: claims seen elsewhere by polling, simultaneous claims, the
counts on the navigation rail, and reminders when a claimed follow-up comes due."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext, build_context
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.follow_ups import FollowUpCounts, FollowUpStatus
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups import FollowUpsView
from counselor_app.ui.follow_ups.rail import rail_accessible_text, rail_text
from counselor_app.ui.follow_ups.reminders import (
    TITLE,
    FollowUpReminders,
    ReminderNotifier,
    due_reminders,
    reminder_messages,
)
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Runner
from tests.conftest import FAST_HASHER
from tests.support.keyrings import MemoryKeyring
from tests.ui.data import add_call, add_follow_up, now
from tests.ui.follow_up_data import scheduled_plan

QUINN_PASSWORD = "lighthouse pebble autumn violin"
POLL_SECONDS = 0.25
FEW_SECONDS_MS = 5000


@pytest.fixture
def second_workstation(
    sqlite_url: str,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    memory_keyring: MemoryKeyring,
) -> Iterator[tuple[AppContext, SignedInUser]]:
    """Services of a second workstation on the same SQLite file, with Quinn Peer signed in."""
    admin = sqlite_staff[Role.ADMINISTRATOR]
    sqlite_ctx.accounts.add_account(
        admin, "quinn", "Quinn Peer", Role.PEER_SPECIALIST, QUINN_PASSWORD
    )
    other = build_context(
        sqlite_url, settings=Settings(), keyring_backend=memory_keyring, password_hasher=FAST_HASHER
    )
    try:
        yield other, other.auth.sign_in("quinn", QUINN_PASSWORD)
    finally:
        other.close()


def open_window(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, events: AppEvents
) -> MainWindow:
    window = MainWindow(ctx, user, runner, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def follow_ups_page(qtbot: QtBot, window: MainWindow) -> FollowUpsView:
    page = window.pages["follow_ups"]
    assert isinstance(page, FollowUpsView)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.show_page("follow_ups")
    return page


def assignees(page: FollowUpsView) -> list[str]:
    headers = [c.header for c in page.model.columns]
    col = headers.index("Assigned to")
    return [str(page.proxy.index(row, col).data()) for row in range(page.proxy.rowCount())]


def test_a_claim_on_one_workstation_shows_on_the_other_by_polling(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    second_workstation: tuple[AppContext, SignedInUser],
    runner: Runner,
) -> None:
    other_ctx, quinn = second_workstation
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    call = add_call(sqlite_ctx, casey)
    follow_up = add_follow_up(sqlite_ctx, call, casey, due_end=now() + timedelta(hours=3))
    events_a = AppEvents(sqlite_ctx.events, POLL_SECONDS)
    events_b = AppEvents(other_ctx.events, POLL_SECONDS)
    window_a = open_window(qtbot, sqlite_ctx, pat, runner, events_a)
    window_b = open_window(qtbot, other_ctx, quinn, runner, events_b)
    try:
        page_a, page_b = follow_ups_page(qtbot, window_a), follow_ups_page(qtbot, window_b)
        assert assignees(page_a) == assignees(page_b) == ["Unassigned"]
        page_a.select_record(follow_up)
        qtbot.mouseClick(page_a.claim_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: assignees(page_a) == ["Pat Peer"], timeout=10_000)
        # The other workstation has its own change bus: only the poll can tell it.
        qtbot.waitUntil(lambda: assignees(page_b) == ["Pat Peer"], timeout=FEW_SECONDS_MS)
        page_b.select_record(follow_up)
        assert not page_b.claim_button.isEnabled()

        # A new follow-up made on the first workstation reaches the second's rail and list.
        assert window_b.follow_up_counts is not None
        before = window_b.follow_up_counts.counts
        assert before is not None
        add_follow_up(sqlite_ctx, call, casey, due_end=now() - timedelta(hours=1))
        sqlite_ctx.events.publish("follow_ups")
        qtbot.waitUntil(lambda: len(assignees(page_b)) == 2, timeout=FEW_SECONDS_MS)
        qtbot.waitUntil(
            lambda: (
                window_b.follow_up_counts is not None
                and window_b.follow_up_counts.counts is not None
                and window_b.follow_up_counts.counts.overdue == before.overdue + 1
            ),
            timeout=FEW_SECONDS_MS,
        )
    finally:
        for window, events in ((window_a, events_a), (window_b, events_b)):
            window.discard()
            events.close()
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_two_workstations_claiming_at_once_one_wins_the_other_is_told_who(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    second_workstation: tuple[AppContext, SignedInUser],
    runner: Runner,
) -> None:
    other_ctx, quinn = second_workstation
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    call = add_call(sqlite_ctx, casey)
    follow_up = add_follow_up(sqlite_ctx, call, casey, due_end=now() + timedelta(hours=3))
    events_a, events_b = AppEvents(sqlite_ctx.events, 0), AppEvents(other_ctx.events, 0)
    window_a = open_window(qtbot, sqlite_ctx, pat, runner, events_a)
    window_b = open_window(qtbot, other_ctx, quinn, runner, events_b)
    try:
        page_a, page_b = follow_ups_page(qtbot, window_a), follow_ups_page(qtbot, window_b)
        page_a.select_record(follow_up)
        page_b.select_record(follow_up)
        assert page_a.claim_button.isEnabled() and page_b.claim_button.isEnabled()
        # Both click before either hears back: the database picks exactly one.
        qtbot.mouseClick(page_a.claim_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(page_b.claim_button, Qt.MouseButton.LeftButton)
        pages = {"Pat Peer": page_a, "Quinn Peer": page_b}
        qtbot.waitUntil(lambda: all(p.message_bar.kind for p in pages.values()), timeout=10_000)
        summary = sqlite_ctx.follow_ups.detail(pat, follow_up).summary
        assert summary.status is FollowUpStatus.CLAIMED
        winner = summary.assigned_to_name
        assert winner in pages
        loser = next(p for name, p in pages.items() if name != winner)
        assert pages[winner].message_bar.kind == "info"
        assert "You have the follow-up" in pages[winner].message_bar.text()
        assert loser.message_bar.kind == "problem"
        assert loser.message_bar.text().startswith(f"{winner} has already claimed this follow-up")
        qtbot.waitUntil(lambda: assignees(loser) == [winner], timeout=10_000)
        assert not loser.claim_button.isEnabled()
    finally:
        for window, events in ((window_a, events_a), (window_b, events_b)):
            window.discard()
            events.close()
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


# --- the rail ----------------------------------------------------------------------------------


def test_rail_words() -> None:
    counts = FollowUpCounts(due_today=3, overdue=1, mine=2, unassigned=4, all=6)
    assert rail_text("Follow-ups", counts) == "Follow-ups\n3 due · 1 overdue"
    assert rail_text("Follow-ups", FollowUpCounts(due_today=2)) == "Follow-ups\n2 due"
    assert rail_text("Follow-ups", FollowUpCounts(overdue=2)) == "Follow-ups\n0 due · 2 overdue"
    assert rail_text("Follow-ups", FollowUpCounts()) == "Follow-ups\nnone due"
    assert rail_accessible_text("Follow-ups", counts) == "Follow-ups: 3 due today, 1 overdue"


def test_rail_shows_due_and_overdue_counts_and_follows_changes(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    call = add_call(sqlite_ctx, casey)
    add_follow_up(sqlite_ctx, call, casey, due_end=now() - timedelta(hours=2))
    add_follow_up(sqlite_ctx, call, casey, due_end=now() + timedelta(minutes=20))
    window = open_window(qtbot, sqlite_ctx, pat, runner, events)
    item = window.rail.item(window.page_names.index("Follow-ups"))
    expected = sqlite_ctx.follow_ups.counts(pat)
    assert (expected.due_today, expected.overdue) == (1, 1)
    qtbot.waitUntil(lambda: item.text() == "Follow-ups\n1 due · 1 overdue", timeout=10_000)
    spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Follow-ups: 1 due today, 1 overdue"
    assert item.toolTip() == f"{spoken} (Ctrl+2)"
    assert window.page_names[:2] == ["Intake", "Follow-ups"]

    add_follow_up(sqlite_ctx, call, casey, due_end=now() - timedelta(hours=1))
    sqlite_ctx.events.publish("follow_ups")  # what the service does after each change
    qtbot.waitUntil(lambda: item.text() == "Follow-ups\n1 due · 2 overdue", timeout=10_000)

    # Ctrl+2, then the views' Alt+letters, with every other page in the window (their own
    # Alt+letters are hidden with them, so nothing is ambiguous)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["follow_ups"]
    assert isinstance(page, FollowUpsView) and window.current_page() is page
    for key, view in (
        (Qt.Key.Key_O, "overdue"),
        (Qt.Key.Key_W, "week"),
        (Qt.Key.Key_D, "due_today"),
        (Qt.Key.Key_L, "all"),
    ):
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert page.current_view == view
    assert len(assignees(page)) == 3
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    first = page.week_view.first_day
    assert first is not None
    for key, days in ((Qt.Key.Key_K, 7), (Qt.Key.Key_P, 0), (Qt.Key.Key_P, -7), (Qt.Key.Key_T, 0)):
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            qtbot.keyClick(window, key, Qt.KeyboardModifier.AltModifier)
        assert page.week_view.first_day == first + timedelta(days=days)
    window.discard()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


# --- reminders ---------------------------------------------------------------------------------


def test_which_follow_ups_trigger_a_reminder_and_only_once(
    sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser], runner: Runner
) -> None:
    casey, pat, sam = (
        sqlite_staff[Role.COUNSELOR],
        sqlite_staff[Role.PEER_SPECIALIST],
        sqlite_staff[Role.SUPERVISOR],
    )
    call = add_call(sqlite_ctx, casey)
    moment = now()
    due = add_follow_up(
        sqlite_ctx, call, casey, due_end=moment + timedelta(hours=2), assigned_to=pat
    )
    overdue = add_follow_up(
        sqlite_ctx, call, casey, due_end=moment - timedelta(hours=1), assigned_to=pat
    )
    later = add_follow_up(  # the window opens in 12 hours
        sqlite_ctx, call, casey, due_end=moment + timedelta(hours=24), assigned_to=pat
    )
    add_follow_up(sqlite_ctx, call, casey, due_end=moment + timedelta(hours=2), assigned_to=sam)
    add_follow_up(sqlite_ctx, call, casey, due_end=moment + timedelta(hours=2))  # nobody's
    everything = sqlite_ctx.follow_ups.open_queue(sam)
    assert len(everything) == 5

    assert {f.id for f in due_reminders(everything, pat.id, moment)} == {due, overdue}
    assert due_reminders(everything, pat.id, moment, already={due, overdue}) == []
    assert {f.id for f in due_reminders(everything, pat.id, moment + timedelta(hours=13))} == {
        due,
        overdue,
        later,
    }

    given: list[tuple[str, str]] = []
    reminders = FollowUpReminders(
        sqlite_ctx,  # type: ignore[arg-type]
        pat,
        runner,
        lambda title, message: given.append((title, message)),
    )
    mine = sqlite_ctx.follow_ups.queue(pat, "mine", now=moment)
    assert len(reminders.remind(mine, moment)) == 2
    assert reminders.remind(mine, moment) == []  # once per follow-up
    assert len(given) == 2 and all(title == TITLE for title, _ in given)
    assert len(reminders.remind(mine, moment + timedelta(hours=13))) == 1  # the later one
    assert len(given) == 3


def test_a_reminder_names_the_reference_and_initials_only(
    sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser]
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    _call, planned = scheduled_plan(
        sqlite_ctx, casey, name="Maria Lopez", number="+13145550177", times="After 6 PM"
    )
    claimed = sqlite_ctx.follow_ups.claim(pat, planned[0].id)
    (message,) = reminder_messages([claimed], now())
    assert message.startswith(f"Call {claimed.call_reference} (ML): due ")
    # the number as written anywhere; not its short runs: random UIDs are hex and may hold "555"
    for secret in ("Maria", "Lopez", "5550177", "555-0177", "555 0177", "After 6"):
        assert secret not in message
    several = reminder_messages([claimed] * 4, now())
    assert several == [
        f"4 follow-ups you claimed are due: {', '.join([claimed.call_reference] * 4)}."
    ]


def test_without_a_system_tray_the_reminder_goes_to_the_status_bar(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    call = add_call(sqlite_ctx, casey)
    follow_up = add_follow_up(
        sqlite_ctx, call, casey, due_end=now() + timedelta(hours=1), initials="RB", assigned_to=pat
    )
    window = open_window(qtbot, sqlite_ctx, pat, runner, events)
    assert window.reminders is not None and window.reminders.running
    assert window.reminder_notifier is not None and not window.reminder_notifier.uses_tray
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith(f"{TITLE}: Call "), timeout=10_000
    )
    assert "(RB): due " in window.statusBar().currentMessage()
    assert window.reminders.reminded_ids == {follow_up}
    # the minute check runs again: nothing new, nothing repeated
    window.statusBar().clearMessage()
    with qtbot.assertNotEmitted(window.reminders.reminded, wait=300):
        window.reminders.check()
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    assert window.statusBar().currentMessage() == ""

    # a counselor does not claim follow-ups: no reminders
    counselor = open_window(qtbot, sqlite_ctx, casey, runner, events)
    assert counselor.reminders is None
    notifier = ReminderNotifier(counselor)
    notifier("Follow-up due", "Call C-1 (AB): due now.")
    assert counselor.statusBar().currentMessage() == "Follow-up due: Call C-1 (AB): due now."
    window.discard()
    counselor.discard()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
