"""Access keys (the underlined ``&`` letters) never clash, in Spanish or in English.

Alt+letter must reach one thing. For every window a person can have on screen (the main window
on each page of every role, a call's workspace on each of its tabs, the follow-up views and the
week, the dialogs), the keys of everything visible and enabled at the same time are collected:
buttons, check boxes, radio buttons, labels with a buddy, group boxes, tab bar tabs and the menu
bar's titles. A tab's contents only count while that tab is shown (Qt hides the others).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallSource
from counselor_app.domain.follow_ups import AttemptResult
from counselor_app.ui import i18n
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups import FollowUpsView
from counselor_app.ui.follow_ups.dialogs import (
    AddFollowUpDialog,
    AttemptDialog,
    CancelDialog,
    MoveDialog,
)
from counselor_app.ui.intake.handoff_dialog import HandoffDialog
from counselor_app.ui.intake.view import IntakeView
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Runner
from counselor_app.ui.sign_in import SignInDialog
from tests.ui.data import add_call, add_follow_up
from tests.ui.intake_support import full_call

MNEMONIC = re.compile(r"&(&|.)", re.DOTALL)

LANGUAGES = ("es", "en")


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in each shipped language, English again afterwards."""
    try:
        assert i18n.install_language(request.param) == request.param
        yield request.param
    finally:
        i18n.install_language("en")


def access_key(text: str) -> str | None:
    """The access key of ``text`` (lower case), or None; ``&&`` is a literal ampersand."""
    for match in MNEMONIC.finditer(text):
        if match.group(1) != "&" and not match.group(1).isspace():
            return match.group(1).casefold()
    return None


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def access_keys(window: QWidget) -> list[tuple[str, str]]:
    """``(key, text)`` for everything in ``window`` reachable with Alt+key right now."""
    texts: list[str] = []
    widgets = [w for w in window.findChildren(QWidget) if w.window() is window and shown(w)]
    for widget in widgets:
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            buddy = widget.buddy()
            if shown(buddy):
                texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(
                widget.tabText(i)
                for i in range(widget.count())
                if widget.isTabVisible(i) and widget.isTabEnabled(i)
            )
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        texts.extend(a.text() for a in window.menuBar().actions() if a.isVisible())
    keys = []
    for text in texts:
        key = access_key(text)
        if key is not None:
            keys.append((key, text))
    return keys


def clashes(window: QWidget) -> dict[str, list[str]]:
    """Access keys used more than once in ``window``, with the texts that use them."""
    by_key: dict[str, list[str]] = {}
    for key, text in access_keys(window):
        by_key.setdefault(key, []).append(text)
    return {key: texts for key, texts in by_key.items() if len(texts) > 1}


class Seen:
    """The clashes found on every screen visited, by screen name."""

    def __init__(self) -> None:
        self.found: dict[str, dict[str, list[str]]] = {}
        self.keys: dict[str, list[tuple[str, str]]] = {}

    def check(self, name: str, window: QWidget) -> None:
        QApplication.processEvents()
        self.keys[name] = access_keys(window)
        found = clashes(window)
        if found:
            self.found[name] = found


def wait_idle(qtbot: QtBot, runner: Runner) -> None:
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    QApplication.processEvents()


def open_main_window(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, events: AppEvents
) -> MainWindow:
    window = MainWindow(ctx, user, runner, events)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, runner)
    return window


def visit_main_window(
    qtbot: QtBot,
    ctx: AppContext,
    user: SignedInUser,
    runner: Runner,
    events: AppEvents,
    seen: Seen,
) -> None:
    role = user.role.value
    window = open_main_window(qtbot, ctx, user, runner, events)
    try:
        for key in list(window.pages):
            assert window.show_page(key)
            wait_idle(qtbot, runner)
            page = window.pages[key]
            seen.check(f"{role} {key}", window)
            if isinstance(page, FollowUpsView):
                for view in page.view_keys:
                    assert page.show_view(view)
                    wait_idle(qtbot, runner)
                    if page.proxy.rowCount():  # a row chosen: its buttons are enabled
                        page.table.selectRow(0)
                        wait_idle(qtbot, runner)
                    seen.check(f"{role} follow-ups {view}", window)
            if isinstance(page, IntakeView) and page.can_take:
                visit_call(qtbot, page, runner, seen, f"{role} call")
    finally:
        window.discard()
        wait_idle(qtbot, runner)


def visit_call(qtbot: QtBot, page: IntakeView, runner: Runner, seen: Seen, name: str) -> None:
    """A new call's workspace in the main window, on each of its tabs."""
    page.new_call(CallSource.TRANSFER_911)
    qtbot.waitUntil(lambda: page.workspace is not None, timeout=10_000)
    wait_idle(qtbot, runner)
    workspace = page.workspace
    assert workspace is not None
    window = page.window()
    assert isinstance(window, MainWindow)
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        seen.check(f"{name} tab {index}", window)
    # the directory beside the call (Ctrl+D) shares the window with the workspace
    assert window.open_directory_beside_call()
    wait_idle(qtbot, runner)
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        seen.check(f"{name} tab {index} with the directory", window)
    # left open: it belongs to the Calls page and hides itself on the others (checked there)


def show_dialog(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visit_dialogs(
    qtbot: QtBot,
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    runner: Runner,
    seen: Seen,
) -> None:
    counselor, peer = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
    call = add_call(ctx, counselor)
    follow_up_id = add_follow_up(
        ctx, call, counselor, due_end=datetime.now(UTC) + timedelta(hours=20), assigned_to=peer
    )
    summary = next(s for s in ctx.follow_ups.open_queue(peer) if s.id == follow_up_id)
    attempt = AttemptDialog(ctx, runner, peer, summary)  # type: ignore[arg-type]
    show_dialog(qtbot, attempt)
    seen.check("attempt (no answer)", attempt)
    attempt.set_result(AttemptResult.REACHED)  # the outcome questions appear
    seen.check("attempt (reached)", attempt)
    add = AddFollowUpDialog(ctx, runner, peer, [(call, "260101-1234")])  # type: ignore[arg-type]
    show_dialog(qtbot, add)
    wait_idle(qtbot, runner)
    seen.check("add follow-up", add)
    for index in range(add.kind.count()):
        add.kind.setCurrentIndex(index)
        seen.check(f"add follow-up (kind {index})", add)
    seen.check("move", show_dialog(qtbot, MoveDialog(ctx, runner, peer, summary)))  # type: ignore[arg-type]
    seen.check("cancel", show_dialog(qtbot, CancelDialog(ctx, runner, peer, summary)))  # type: ignore[arg-type]
    record = full_call(ctx, counselor)
    handoff = show_dialog(qtbot, HandoffDialog(ctx, runner, counselor, record))  # type: ignore[arg-type]
    wait_idle(qtbot, runner)
    seen.check("handoff", handoff)
    sign_in = show_dialog(qtbot, SignInDialog(ctx, runner))  # type: ignore[arg-type]
    seen.check("sign in", sign_in)
    wait_idle(qtbot, runner)


def test_access_keys_never_clash(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    language: str,
) -> None:
    counselor, peer = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    call = add_call(sqlite_ctx, counselor)
    # the queue has rows, one of them the peer specialist's (so that its buttons are enabled)
    due = datetime.now(UTC) + timedelta(hours=20)
    add_follow_up(sqlite_ctx, call, counselor, due_end=due, assigned_to=peer)
    add_follow_up(sqlite_ctx, call, counselor, due_end=due + timedelta(hours=1), initials="AB")
    seen = Seen()
    for role in (Role.COUNSELOR, Role.PEER_SPECIALIST, Role.SUPERVISOR, Role.ADMINISTRATOR):
        visit_main_window(qtbot, sqlite_ctx, sqlite_staff[role], runner, events, seen)
    visit_dialogs(qtbot, sqlite_ctx, sqlite_staff, runner, seen)
    assert seen.found == {}, "\n".join(f"{name}: {found}" for name, found in seen.found.items())
    # the walk has teeth: it saw the screens it claims to, with their keys
    names = set(seen.keys)
    assert {
        "peer_specialist follow-ups week",
        "supervisor reports",
        "administrator admin",
        "counselor call tab 4",
        "counselor call tab 4 with the directory",
        "attempt (reached)",
        "handoff",
        "sign in",
    } <= names, sorted(names)
    assert all(seen.keys[name] for name in names), [n for n in names if not seen.keys[n]]
    texts = {text for _key, text in seen.keys["peer_specialist follow-ups due_today"]}
    assert i18n.translate("FollowUps", "Record &attempt…") in texts  # enabled: a row is chosen
    texts = {text for _key, text in seen.keys["counselor intake"]}
    assert i18n.translate("Intake", "&Today") in texts  # the list's filters
    menu_keys = {key for key, _text in seen.keys["counselor intake"]}
    session, go = (
        ("s", "i") if language == "es" else ("s", "g")
    )  # the menu bar's titles are counted
    assert {session, go} <= menu_keys


def test_access_key_reading() -> None:
    assert access_key("Registrar &intento…") == "i"
    assert access_key("Se evitó la &Hospitalización:") == "h"
    assert access_key("Salud && seguridad") is None
    assert access_key("A && B &Cierre") == "c"
    assert access_key("Sin clave") is None


def test_a_clash_is_found(qtbot: QtBot) -> None:
    """The check itself: two visible buttons with the same key clash; a hidden one does not."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second, hidden = QPushButton("&Sesión"), QPushButton("&Sin asignar"), QPushButton("&Se")
    for button in (first, second, hidden):
        layout.addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    hidden.hide()
    assert clashes(window) == {"s": ["&Sesión", "&Sin asignar"]}
    second.setEnabled(False)
    assert clashes(window) == {}
