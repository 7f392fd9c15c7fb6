"""The main window: rail by role, status bar, shortcuts, live refresh, signing out."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.errors import DatabaseUnavailableError
from counselor_app.ui.events import AppEvents
from counselor_app.ui.main_window import CONNECTED, NOT_CONNECTED, MainWindow
from counselor_app.ui.ops import Runner
from tests.conftest import make_staff
from tests.ui.data import add_call, add_service

EXPECTED_PAGES = {
    Role.COUNSELOR: ["Intake", "Follow-ups", "Directory"],
    Role.PEER_SPECIALIST: ["Intake", "Follow-ups", "Directory"],
    Role.SUPERVISOR: ["Intake", "Follow-ups", "Directory", "Reports"],
    Role.ADMINISTRATOR: ["Intake", "Follow-ups", "Directory", "Reports", "Admin"],
}


def open_window(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, events: AppEvents
) -> MainWindow:
    window = MainWindow(ctx, user, runner, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("role", list(EXPECTED_PAGES))
def test_rail_shows_exactly_the_pages_of_the_role(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    role: Role,
) -> None:
    window = open_window(qtbot, sqlite_ctx, sqlite_staff[role], runner, events)
    assert window.page_names == EXPECTED_PAGES[role]
    assert window.stack.count() == len(EXPECTED_PAGES[role])
    assert window.rail.accessibleName() == "Pages"
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


@pytest.mark.parametrize(
    ("role", "home"),
    [
        (Role.COUNSELOR, "intake"),
        (Role.PEER_SPECIALIST, "follow_ups"),
        (Role.SUPERVISOR, "intake"),
        (Role.ADMINISTRATOR, "intake"),
    ],
)
def test_each_role_starts_on_its_own_work(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    role: Role,
    home: str,
) -> None:
    window = open_window(qtbot, sqlite_ctx, sqlite_staff[role], runner, events)
    assert window.current_page() is window.pages[home]
    assert window.rail.currentItem().data(Qt.ItemDataRole.UserRole) == home
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_status_bar_pages_and_shortcuts(qtbot: QtBot, ctx: AppContext, runner: Runner) -> None:
    """On both engines: who, which database, connected; pages load; Ctrl+N switches."""
    staff = make_staff(ctx)
    add_call(ctx, staff[Role.COUNSELOR])
    events = AppEvents(ctx.events, 0)
    window = open_window(qtbot, ctx, staff[Role.ADMINISTRATOR], runner, events)
    assert window.windowTitle() == "Counselor desk"
    assert window.user_label.text() == "Signed in as Avery Admin (Administrator)"
    assert window.database_label.toolTip() == f"Database: {ctx.database.location}"
    assert "password" not in window.database_label.toolTip().lower()
    qtbot.waitUntil(lambda: window.connected_text == CONNECTED, timeout=10_000)
    intake = window.pages["intake"]
    qtbot.waitUntil(lambda: intake.model.rowCount() == 1, timeout=10_000)
    assert window.current_page() is intake

    admin = window.pages["admin"]
    assert not admin.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is admin and admin.isVisible()
    qtbot.waitUntil(lambda: admin.model.rowCount() == 4, timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["directory"]
    assert window.pages["directory"].hasFocus() or window.pages["directory"].search.hasFocus()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    window.discard()
    events.close()


def test_not_connected_is_shown(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    class Unreachable:
        location = "db.example.org:5432/crisis"

        def ping(self) -> None:
            raise DatabaseUnavailableError("The shared database cannot be reached.", "Check.")

    services = dataclasses.replace(sqlite_ctx, database=Unreachable())  # type: ignore[arg-type]
    window = open_window(qtbot, services, sqlite_staff[Role.COUNSELOR], runner, events)
    qtbot.waitUntil(lambda: window.connected_text == NOT_CONNECTED, timeout=10_000)
    assert "cannot be reached" in window.connection_label.toolTip()
    assert window.database_label.toolTip() == "Database: db.example.org:5432/crisis"
    window.discard()


def test_visible_page_refreshes_on_the_change_signal_hidden_page_waits(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    counselor = sqlite_staff[Role.COUNSELOR]
    window = open_window(qtbot, sqlite_ctx, counselor, runner, events)
    intake, directory = window.pages["intake"], window.pages["directory"]
    qtbot.waitUntil(lambda: "0 calls" in intake.footer.text(), timeout=10_000)

    add_call(sqlite_ctx, counselor)
    sqlite_ctx.events.publish("calls")
    qtbot.waitUntil(lambda: intake.model.rowCount() == 1, timeout=10_000)

    add_service(sqlite_ctx, "Food Pantry", "Community Food Network")
    sqlite_ctx.events.publish("directory")
    qtbot.waitUntil(lambda: directory.stale, timeout=10_000)
    assert directory.model.rowCount() == 0  # hidden: nothing loaded yet
    window.show_page("directory")
    qtbot.waitUntil(lambda: directory.model.rowCount() == 1, timeout=10_000)
    window.discard()


def test_sign_out_closes_the_session_and_the_window(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]
    window = open_window(qtbot, sqlite_ctx, admin, runner, events)
    assert window.sign_out_action.shortcut().toString() == "Ctrl+Shift+Q"
    with qtbot.waitSignal(window.signed_out, timeout=10_000):
        window.sign_out_action.trigger()
    assert not window.isVisible()
    entries = sqlite_ctx.audit.recent(sqlite_ctx.database, admin, limit=5)
    assert entries[0].action is AuditAction.SIGN_OUT


def test_closing_the_window_signs_out_and_asks_to_quit(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]
    window = open_window(qtbot, sqlite_ctx, admin, runner, events)
    with qtbot.waitSignal(window.quit_requested, timeout=5000):
        window.close()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    entries = sqlite_ctx.audit.recent(sqlite_ctx.database, admin, limit=5)
    assert entries[0].action is AuditAction.SIGN_OUT


def test_selecting_a_rail_entry_shows_its_page(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner
) -> None:
    """A screen reader selects an entry (AT-SPI Selection) without moving the current row."""
    staff = make_staff(sqlite_ctx)
    events = AppEvents(sqlite_ctx.events, 0)
    window = open_window(qtbot, sqlite_ctx, staff[Role.SUPERVISOR], runner, events)
    assert window.current_page() is window.pages["intake"]
    row = window.page_names.index("Directory")
    window.rail.selectionModel().select(
        window.rail.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    assert window.rail.currentRow() == row
    assert window.current_page() is window.pages["directory"]
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    window.discard()
    events.close()
