"""My week of follow-ups (a seven-day grid, previous and next week) and the calendar export."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.follow_ups import QueueView
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups import FollowUpsView, dialogs
from counselor_app.ui.follow_ups.view import WEEK
from counselor_app.ui.follow_ups.week import week_start
from counselor_app.ui.ops import Runner
from tests.ui.data import add_call, add_follow_up
from tests.ui.follow_up_data import scheduled_plan

CHICAGO = ZoneInfo("America/Chicago")  # the center's time zone in the default settings
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


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=CHICAGO)


def test_week_start_follows_the_first_day_of_the_week() -> None:
    wednesday = date(2026, 3, 4)
    assert week_start(wednesday, 7) == date(2026, 3, 1)  # Sunday first (en_US)
    assert week_start(wednesday, 1) == date(2026, 3, 2)  # Monday first
    assert week_start(date(2026, 3, 1), 7) == date(2026, 3, 1)


def test_my_week_by_day_with_previous_and_next_week(
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
    page = page_for(qtbot, sqlite_ctx, pat, runner, events)
    first = page.this_week()
    assert first.isoweekday() == 7  # en_US weeks start on Sunday

    def mine(day: date, hour: int, initials: str) -> uuid.UUID:
        return add_follow_up(
            sqlite_ctx, call, casey, due_end=at(day, hour), initials=initials, assigned_to=pat
        )

    tuesday = mine(first + timedelta(days=2), 15, "TU")
    mine(first + timedelta(days=2), 11, "EA")  # earlier the same day: above it
    mine(first + timedelta(days=8), 10, "NX")  # next week's Monday
    mine(first - timedelta(days=3), 16, "PV")  # last week's Thursday
    add_follow_up(
        sqlite_ctx, call, casey, due_end=at(first + timedelta(days=2), 12), assigned_to=sam
    )

    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=5000)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(page, Qt.Key.Key_W, ALT)
    assert page.current_view == WEEK
    assert page.stack.currentWidget() is page.week_view
    week = page.week_view
    assert not page.claim_button.isVisibleTo(page)  # per-follow-up actions are in the queue
    assert week.first_day == first
    assert week.title.text().startswith("Week of ")
    tuesday_texts = week.day_texts(2)
    assert [t.splitlines()[2][:2] for t in tuesday_texts] == ["EA", "TU"]  # Sam's is not mine
    assert all(week.day_texts(d) == [] for d in (0, 1, 3, 4, 5, 6))
    assert page.footer.text().startswith("2 follow-ups of yours this week")
    header = week.grid.horizontalHeaderItem(2)
    assert header is not None and header.text().startswith("Tue ")

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(week.next_button, Qt.MouseButton.LeftButton)
    assert week.first_day == first + timedelta(days=7)
    assert [t.splitlines()[2][:2] for t in week.day_texts(1)] == ["NX"]
    for _ in range(2):
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            qtbot.mouseClick(week.previous_button, Qt.MouseButton.LeftButton)
    assert week.first_day == first - timedelta(days=7)
    assert [t.splitlines()[2][:2] for t in week.day_texts(4)] == ["PV"]
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(week.this_button, Qt.MouseButton.LeftButton)
    assert week.first_day == first

    # Enter on a follow-up opens it in my queue.
    week.grid.setFocus()
    week.grid.setCurrentCell(1, 2)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.keyClick(week.grid, Qt.Key.Key_Return)
    assert page.current_view == QueueView.MINE
    selected = page.selected_record()
    assert selected is not None and selected.id == tuesday


def test_export_my_follow_ups_to_a_calendar_file(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    tmp_path: Path,
) -> None:
    casey, pat, sam = (
        sqlite_staff[Role.COUNSELOR],
        sqlite_staff[Role.PEER_SPECIALIST],
        sqlite_staff[Role.SUPERVISOR],
    )
    _call, planned = scheduled_plan(
        sqlite_ctx,
        casey,
        name="Maria Lopez",
        number="+13145550177",
        times="After 6 PM",
        high_risk=True,
    )
    sqlite_ctx.follow_ups.claim(pat, planned[0].id)
    sqlite_ctx.follow_ups.claim(pat, planned[1].id)
    sqlite_ctx.follow_ups.claim(sam, planned[2].id)  # Sam's: not in Pat's calendar
    page = page_for(qtbot, sqlite_ctx, pat, runner, events)
    assert page.export_button.text() == "E&xport my follow-ups to calendar…"

    monkeypatch.setattr(dialogs, "choose_calendar_path", lambda parent: None)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert not page.message_bar.isVisibleTo(page)  # cancelled: nothing happens

    target = tmp_path / "pat.ics"
    asked: list[object] = []

    def choose(parent: object) -> Path:
        asked.append(parent)
        return target

    monkeypatch.setattr(dialogs, "choose_calendar_path", choose)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message_bar.text().startswith("Exported "), timeout=10_000)
    assert asked == [page]
    assert page.message_bar.text() == (
        f"Exported 2 follow-ups to {target} (call reference and initials only)."
    )
    data = target.read_bytes()
    calendar = icalendar.Calendar.from_ical(data)
    events_ = [c for c in calendar.walk() if c.name == "VEVENT"]
    reference = planned[0].call_reference
    assert sorted(str(e["SUMMARY"]) for e in events_) == [f"Follow-up {reference} (ML)"] * 2
    starts = sorted(e.decoded("DTSTART") for e in events_)
    assert starts == [f.due_start.replace(microsecond=0) for f in planned[:2]]  # whole seconds
    text = data.decode()
    # the number as written anywhere; not its short runs: random UIDs are hex and may hold "555"
    for secret in ("Maria", "Lopez", "5550177", "555-0177", "555 0177", "After 6"):
        assert secret not in text
