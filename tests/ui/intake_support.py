"""Helpers for the intake workspace tests: keyboard input, a workspace on screen, a full call."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import (
    CallRecord,
    CallSource,
)
from counselor_app.ui.intake.workspace import IntakeWorkspace
from counselor_app.ui.ops import Runner
from tests.support.records import complete_record

NAME = "Nguyễn Thị Lan"


def focused() -> QWidget:
    """The widget that has the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key_target() -> QWidget:
    """Where a key goes: an open popup menu, else the focused widget (as Qt routes keys)."""
    popup = QApplication.activePopupWidget()
    return popup if popup is not None else focused()


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press and release a key where the keyboard is (shortcuts included)."""
    QTest.keyClick(key_target(), key, modifiers)


def tab(times: int = 1) -> None:
    """Move the focus forward with Tab."""
    for _ in range(times):
        press(Qt.Key.Key_Tab)


def type_text(text: str) -> None:
    """Type ``text`` into the focused widget, one key event per character.

    ``qtbot.keyClicks`` aborts the process on non-ASCII text, so every character goes as a
    ``QKeyEvent`` carrying the text (key code 0), the way an input method delivers it.
    """
    for ch in text:
        target = focused()
        press_event = QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(target, press_event)
        release = QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch)
        QApplication.sendEvent(target, release)


def show_workspace(
    qtbot: QtBot,
    ctx: AppContext,
    user: SignedInUser,
    runner: Runner,
    record: CallRecord | None = None,
    *,
    in_database: bool = False,
    editable: bool = True,
    source: CallSource = CallSource.TRANSFER_911,
) -> IntakeWorkspace:
    """A workspace on screen, its window active so that keys reach it."""
    record = record or ctx.intake.new_call(user, source)
    workspace = IntakeWorkspace(
        ctx, user, runner, record, in_database=in_database, editable=editable
    )
    qtbot.addWidget(workspace)
    workspace.resize(1280, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace, timeout=5000)
    return workspace


def full_call(ctx: AppContext, user: SignedInUser, **changes: object) -> CallRecord:
    """A call with everything completion needs, under this module's caller name."""
    return complete_record(
        ctx,
        user,
        name=NAME,
        preferred_name="Lan",
        callback_number="+13145550142",
        transferred_at=datetime(2026, 11, 28, 15, 0, 12, 500, tzinfo=UTC),
        **changes,
    )
