"""The intake page: calls list filters and search, opening calls, drafts, the supervisor banner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext, build_context
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallRecord, CallSource, CallStatus, ImminentStepKind
from counselor_app.domain.risk import LifelineAssessment
from counselor_app.ui.events import AppEvents
from counselor_app.ui.intake import IntakeView
from counselor_app.ui.intake.view import day_bounds_utc, parse_search
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Runner
from tests.conftest import FAST_HASHER
from tests.support.keyrings import MemoryKeyring
from tests.ui.intake_support import NAME, full_call, press

CTRL = Qt.KeyboardModifier.ControlModifier


def shown_view(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, events: AppEvents
) -> IntakeView:
    view = IntakeView(ctx, user, runner, events)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    return view


def references(view: IntakeView) -> list[str]:
    return sorted(r.reference for r in view.model.records())


def test_search_text_is_a_cad_number_a_name_or_a_date() -> None:
    assert parse_search("261128-00") == ("261128-00", "", None)
    assert parse_search("  Nguyễn Thị Lan ") == ("", "Nguyễn Thị Lan", None)
    assert parse_search("2026-11-28") == ("", "", datetime(2026, 11, 28, tzinfo=UTC).date())
    assert parse_search("11/28/2026") == ("", "", datetime(2026, 11, 28, tzinfo=UTC).date())
    assert parse_search("") == ("", "", None)
    start, end = day_bounds_utc(datetime(2026, 11, 28, tzinfo=UTC).date())
    assert start.tzinfo is UTC and end - start in (
        timedelta(hours=23),
        timedelta(hours=24),
        timedelta(hours=25),
    )
    assert start.astimezone().hour == 0


def test_filters_and_search(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    intake = sqlite_ctx.intake
    today_open = intake.save(casey, full_call(sqlite_ctx, casey))
    days_ago = datetime.now(UTC) - timedelta(days=3)
    old = intake.complete(
        sam,
        full_call(
            sqlite_ctx,
            sam,
            started_at=days_ago,
            transfer=replace(today_open.transfer, cad_incident_number="251101-7777"),
            caller=replace(today_open.caller, name="Someone Else", callback_number="314-555-0177"),
        ),
    )
    view = shown_view(qtbot, sqlite_ctx, sam, runner, events)
    assert view.current_filter == "all"
    assert references(view) == sorted([today_open.reference, old.reference])

    def shows(*records: object) -> None:
        wanted = sorted(r.reference for r in records)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: references(view) == wanted, timeout=10_000)

    view.set_filter("today")
    shows(today_open)
    view.set_filter("mine")
    shows(old)
    view.set_filter("open")
    shows(today_open)
    view.set_filter("all")
    shows(today_open, old)
    view.search.setText("2511")
    shows(old)
    assert "matching “2511”" in view.footer.text()
    view.search.setText(NAME.upper())  # names are matched folded
    shows(today_open)
    view.search.setText(days_ago.astimezone().date().isoformat())
    shows(old)
    view.search.clear()
    shows(today_open, old)


def test_new_call_by_keyboard_opens_a_workspace_and_leaving_saves_it(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    view = shown_view(qtbot, sqlite_ctx, casey, runner, events)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    view.table.setFocus()
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    press(Qt.Key.Key_8)  # "9&88"
    qtbot.waitUntil(lambda: view.workspace is not None, timeout=10_000)
    workspace = view.workspace
    assert workspace is not None and workspace.editable
    record = workspace.record()
    assert record.source is CallSource.LIFELINE_988 and record.version == 0
    assert view.stack.currentWidget() is workspace
    assert workspace.timer_text.startswith("Call time 00:0")
    workspace.form.narrative.setPlainText("Caller asked about the line; calm.")
    with qtbot.waitSignal(workspace.left, timeout=10_000):
        workspace.leave_button.click()
    assert view.workspace is None and view.stack.currentWidget() is view.list_panel
    qtbot.waitUntil(lambda: references(view) == [record.reference], timeout=10_000)
    stored = sqlite_ctx.intake.load(casey, record.id)
    assert stored.narrative == "Caller asked about the line; calm."
    assert stored.status is CallStatus.OPEN
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_enter_opens_a_past_call_read_only_and_own_open_calls_editable(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    done = sqlite_ctx.intake.complete(casey, full_call(sqlite_ctx, casey))
    view = shown_view(qtbot, sqlite_ctx, casey, runner, events)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    view.table.setFocus()
    view.select_record(done.id)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.workspace is not None, timeout=10_000)
    workspace = view.workspace
    assert workspace is not None
    assert not workspace.editable and workspace.read_only_label.isVisible()
    assert workspace.record() == done
    assert workspace.edit_button.isVisible()
    with qtbot.waitSignal(workspace.left, timeout=5000):
        workspace.leave_button.click()  # nothing changed: nothing saved
    assert sqlite_ctx.intake.load(casey, done.id).version == done.version

    still_open = sqlite_ctx.intake.save(casey, full_call(sqlite_ctx, casey))
    view.open_call(still_open.id)
    qtbot.waitUntil(
        lambda: view.workspace is not None and view.workspace.call_id == still_open.id,
        timeout=10_000,
    )
    assert view.workspace is not None and view.workspace.editable
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_an_unfinished_draft_is_offered_back_complete(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    lifeline = LifelineAssessment(
        desire=frozenset({"hopelessness"}),
        capability=frozenset({"available_means"}),
        intent=frozenset({"plan_known_method"}),
    )
    unfinished = full_call(sqlite_ctx, casey, lifeline=lifeline)
    sqlite_ctx.drafts.save(unfinished)  # what the workspace wrote before the crash
    view = IntakeView(sqlite_ctx, casey, runner, events)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.drafts_loaded, timeout=10_000):
        view.show()
    banner = view.drafts_banner
    assert banner.isVisible()
    assert [d.record.id for d in banner.drafts] == [unfinished.id]
    texts = " ".join(label.text() for label in banner.findChildren(QLabel))
    assert f"Resume unfinished call {unfinished.reference} (911 transfer), last typed" in texts
    banner.resume_buttons[0].click()
    qtbot.waitUntil(lambda: view.workspace is not None, timeout=10_000)
    workspace = view.workspace
    assert workspace is not None and workspace.editable
    assert workspace.record() == unfinished  # complete, to the last field
    assert workspace.imminent_panel.isVisible()
    assert workspace.save_state.startswith("Recovered draft, last typed")
    assert workspace.is_dirty()  # not yet in the database
    assert not banner.isVisible()
    with qtbot.waitSignal(workspace.call_saved, timeout=10_000):
        workspace.save()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    assert sqlite_ctx.intake.load(casey, unfinished.id).lifeline == lifeline
    assert sqlite_ctx.drafts.recover(casey.id) == []


@pytest.fixture
def second_workstation(sqlite_url: str, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """Another workstation's services on the same database."""
    context = build_context(
        sqlite_url, settings=Settings(), keyring_backend=memory_keyring, password_hasher=FAST_HASHER
    )
    yield context
    context.close()


def test_supervisor_banner_shows_an_imminent_call_from_another_workstation(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    second_workstation: AppContext,
) -> None:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    polling = AppEvents(sqlite_ctx.events, 0.2)
    window = MainWindow(sqlite_ctx, sam, runner, polling)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    banner = window.imminent_banner
    assert banner is not None
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    assert not banner.isVisible()

    lifeline = LifelineAssessment(
        desire=frozenset({"hopelessness"}),
        capability=frozenset({"available_means"}),
        intent=frozenset({"plan_known_method"}),
    )
    elsewhere = second_workstation.intake
    saved = elsewhere.save(casey, replace(full_call(second_workstation, casey), lifeline=lifeline))
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    assert [c.id for c in banner.calls] == [saved.id]
    assert "IMMINENT RISK — 1 live call" in banner.title.text()
    # Opening it from the banner shows the call, read-only, on the intake page.
    intake = window.intake
    assert intake is not None
    window.show_page("directory")
    banner.open_requested.emit(saved.id)
    qtbot.waitUntil(lambda: intake.workspace is not None, timeout=10_000)
    assert window.current_page() is intake and intake.workspace is not None
    assert not intake.workspace.editable and intake.workspace.risk_text == "IMMINENT RISK"
    # Completed elsewhere: the banner empties.
    elsewhere.complete(casey, _all_steps(saved, casey))
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    window.discard()
    polling.close()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def _all_steps(record: CallRecord, user: SignedInUser) -> CallRecord:
    for kind in ImminentStepKind:
        record = record.with_step_done(kind, datetime.now(UTC), user.account.display_name)
    return record


def test_counselors_and_administrators_see_no_banner(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    for role in (Role.COUNSELOR, Role.ADMINISTRATOR):
        window = MainWindow(sqlite_ctx, sqlite_staff[role], runner, events)
        qtbot.addWidget(window)
        assert window.imminent_banner is None
        intake = window.intake
        assert intake is not None
        assert intake.new_call_button.isHidden() is (role is Role.ADMINISTRATOR)
        window.discard()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_ctrl_d_in_the_workspace_shows_the_directory(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    window = MainWindow(sqlite_ctx, casey, runner, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    intake = window.intake
    assert intake is not None and window.directory_dock is not None
    record = sqlite_ctx.intake.new_call(casey, CallSource.DIRECT_LINE)
    workspace = intake.show_workspace(record, in_database=False, editable=True)
    workspace.form.narrative.setFocus()
    with qtbot.waitSignal(workspace.directory_requested, timeout=2000):
        press(Qt.Key.Key_D, CTRL)
    # An editable call: the directory opens beside it and the call stays on screen.
    assert window.directory_dock.isVisible()
    assert window.current_page() is intake and intake.workspace is workspace
    window.directory_dock.hide()

    # A call open read-only cannot take a referral: the directory page comes forward instead.
    workspace = intake.show_workspace(record, in_database=False, editable=False)
    workspace.setFocus()
    with qtbot.waitSignal(workspace.directory_requested, timeout=2000):
        press(Qt.Key.Key_D, CTRL)
    assert not window.directory_dock.isVisible()
    assert window.current_page() is window.pages["directory"]
    assert intake.workspace is workspace  # the call stays open behind the directory
    press(Qt.Key.Key_1, CTRL)
    assert window.current_page() is intake and intake.stack.currentWidget() is workspace
    window.discard()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_closing_the_window_saves_the_open_call(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    window = MainWindow(sqlite_ctx, casey, runner, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    window.show_page("directory")
    press(Qt.Key.Key_N, CTRL)  # from another page: the intake page comes forward
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    intake = window.intake
    assert intake is not None and window.current_page() is intake
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.workspace is not None, timeout=10_000)
    workspace = intake.workspace
    assert workspace is not None
    workspace.form.narrative.setPlainText("Typed just before the window closed")
    call_id = workspace.record().id
    window.close()  # no wait for the autosave: the last job writes draft and database
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    runner.wait_for_workers()
    assert sqlite_ctx.intake.load(casey, call_id).narrative == "Typed just before the window closed"
    assert sqlite_ctx.drafts.recover(casey.id) == []
