"""The idle lock and the daily check: the window hides everything until the password is given.

``SessionLock`` watches keyboard and mouse input across the whole application (an event filter on
the ``QApplication``). After ``idle_minutes`` without input, or once the password was last proved
longer ago than the daily check allows, it locks: the main window shows a ``LockScreen`` instead
of its pages, its docks, menu bar and status bar hide, open popups close, and every other open
window (a dialog in the middle of a handoff) is covered by a lock screen of its own. Nothing is
closed or cleared: the intake widgets keep their state behind the lock and drafts keep saving.

The password (and the second-step code when the account has one) goes to ``auth.confirm`` on the
runner; the service counts failures like sign-ins, so guessing is throttled. The right password
uncovers everything and gives the focus back to the widget that had it. "Sign out" from the lock
screen signs out the normal way, which writes the open call's draft first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import timedelta

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app import APP_NAME
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.errors import ReauthenticationRequiredError, SecondFactorRequiredError
from counselor_app.ui.context import AuthPort
from counselor_app.ui.dialogs import password_edit
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import MessageBar, heading, note

IDLE_TITLE_SOURCE = QT_TRANSLATE_NOOP("Sessions", "{app} is locked")
DAILY_TITLE = QT_TRANSLATE_NOOP("Sessions", "Please confirm it is you (daily check)")
IDLE_TITLE = IDLE_TITLE_SOURCE.format(app=APP_NAME)
"""The headings in English; the lock screen shows them translated (``lock_title``)."""
CHECK_INTERVAL_MS = 5_000
DAILY_MARGIN = timedelta(minutes=1)
"""The window asks a little before the services would refuse, so no save meets the refusal."""

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


def lock_title(daily: bool) -> str:
    """The lock screen's heading in the interface language: the daily check or the idle lock."""
    if daily:
        return translate("Sessions", DAILY_TITLE)
    return translate("Sessions", IDLE_TITLE_SOURCE).format(app=APP_NAME)


class LockScreen(QWidget):
    """What a locked window shows: who is signed in, a password field, Unlock and Sign out."""

    unlock_requested = Signal(str, str)
    """Password and code typed (the code is empty when the account has no second step)."""
    sign_out_requested = Signal()

    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAccessibleName(translate("Sessions", "Locked"))
        self.setAutoFillBackground(True)
        self.title = heading(lock_title(False), 1.4)
        self.title.setObjectName("lockTitle")
        self.who = note(
            translate("Sessions", "Signed in as {name}. Enter your password to go on.").format(
                name=display_name
            )
        )
        self.password = password_edit()
        self.password.setObjectName("lockPassword")
        self.password.setAccessibleName(translate("Sessions", "Password"))
        self.code = QLineEdit()
        self.code.setObjectName("lockCode")
        self.code.setAccessibleName(translate("Sessions", "Code from your authenticator app"))
        self.code.setMaxLength(8)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_label = QLabel(translate("Sessions", "&Code:"))
        self.code_label.setBuddy(self.code)
        password_label = QLabel(translate("Sessions", "&Password:"))
        password_label.setBuddy(self.password)
        self.message_bar = MessageBar(self)
        self.unlock_button = QPushButton(translate("Sessions", "&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.sign_out_button = QPushButton(translate("Sessions", "Sign &out"))
        self.sign_out_button.setObjectName("lockSignOut")
        self.sign_out_button.setToolTip(
            translate("Sessions", "Sign out; the open call's draft is kept")
        )
        form = QFormLayout()
        form.addRow(password_label, self.password)
        form.addRow(self.code_label, self.code)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.unlock_button)
        box = QWidget(self)
        box.setMaximumWidth(460)
        box.setMinimumWidth(min(420, self.fontMetrics().averageCharWidth() * 60))  # not squeezed
        inner = QVBoxLayout(box)
        inner.addWidget(self.title)
        inner.addWidget(self.who)
        inner.addLayout(form)
        inner.addWidget(self.message_bar)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.set_code_needed(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.password.returnPressed.connect(self._on_unlock_button_clicked)
        self.code.returnPressed.connect(self._on_unlock_button_clicked)
        self.sign_out_button.clicked.connect(self.sign_out_requested)

    def set_code_needed(self, needed: bool) -> None:
        """Show the code field (accounts with two-step sign-in)."""
        self.code.setVisible(needed)
        self.code_label.setVisible(needed)

    def set_daily(self, daily: bool) -> None:
        """The heading: the idle lock or the daily check."""
        title = lock_title(daily)
        self.title.setText(title)
        self.title.setAccessibleName(title)

    def set_busy(self, busy: bool) -> None:
        """Disable the form while the password is checked."""
        for widget in (self.password, self.code, self.unlock_button, self.sign_out_button):
            widget.setEnabled(not busy)

    def reset(self) -> None:
        """Clear what was typed and any message."""
        self.password.clear()
        self.code.clear()
        self.message_bar.clear_message()

    @Slot()
    def _on_unlock_button_clicked(self) -> None:
        password = self.password.text()
        if not password:
            self.message_bar.show_text(translate("Sessions", "Enter your password."), "problem")
            self.password.setFocus()
            return
        if self.code.isVisible() and not self.code.text().strip():
            self.message_bar.show_text(
                translate("Sessions", "Enter the code from your authenticator app."), "problem"
            )
            self.code.setFocus()
            return
        self.unlock_requested.emit(password, self.code.text().strip())


class SessionLock(QObject):
    """Locks ``window`` after idle time or at the daily check; unlocks with the password."""

    lock_changed = Signal(bool)
    """True when the window locked, False when it unlocked."""
    sign_out_requested = Signal()

    def __init__(
        self,
        window: QMainWindow,
        auth: AuthPort,
        user: SignedInUser,
        runner: Runner,
        *,
        idle_minutes: int,
        reauth: timedelta,
        clock: Callable[[], float] = time.time,
        check_interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._auth = auth
        self._user = user
        self._runner = runner
        self.clock = clock
        """Seconds (wall clock, so a suspended laptop locks on waking; tests replace it)."""
        self.idle_seconds = max(0, idle_minutes) * 60.0
        """0: the idle lock is off (the daily check still applies)."""
        self.reauth_seconds = max(60.0, (reauth - DAILY_MARGIN).total_seconds())
        self._last_input = clock()
        self._confirmed_at = clock()
        self.locked = False
        self.daily = False
        self._busy = False
        self._focus: QWidget | None = None
        self._hidden_docks: list[QWidget] = []
        self.screen = LockScreen(user.account.display_name)
        self.screen.set_code_needed(user.account.two_step)
        self.covers: list[LockScreen] = []
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._connect_screen(self.screen)
        self._timer.timeout.connect(self.check)
        runner.failed.connect(self.note_problem)
        self._timer.start()

    def _connect_screen(self, screen: LockScreen) -> None:
        screen.unlock_requested.connect(self._on_screen_unlock_requested)
        screen.sign_out_requested.connect(self._on_screen_sign_out_requested)

    # --- watching ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count input as activity; while locked, no shortcut reaches the hidden window."""
        kind = event.type()
        if kind in INPUT_EVENTS and not self.locked:
            self._last_input = self.clock()
        elif self.locked and kind == QEvent.Type.Shortcut:
            return not self._inside_lock_screen(watched)
        elif self.locked and kind == QEvent.Type.Resize and isinstance(watched, QWidget):
            for cover in self.covers:
                if cover.parentWidget() is watched:
                    cover.setGeometry(watched.rect())
        return False

    def _inside_lock_screen(self, watched: QObject) -> bool:
        widget = watched if isinstance(watched, QWidget) else None
        while widget is not None:
            if isinstance(widget, LockScreen):
                return True
            widget = widget.parentWidget()
        return False

    def restart(self) -> None:
        """Count idle time and the daily check from now (after a new clock, in tests)."""
        self._last_input = self._confirmed_at = self.clock()

    @Slot()
    def check(self) -> None:
        """Lock when the idle time or the daily check has run out (the timer calls this)."""
        if self.locked:
            return
        now = self.clock()
        if now - self._confirmed_at >= self.reauth_seconds:
            self.lock(daily=True)
        elif self.idle_seconds and now - self._last_input >= self.idle_seconds:
            self.lock()

    def note_problem(self, problem: Problem) -> None:
        """A service refused because the daily check is due: lock for it now."""
        if isinstance(problem.error, ReauthenticationRequiredError):
            if self.locked:
                self.daily = True
                for screen in self._screens():
                    screen.set_daily(True)
            else:
                self.lock(daily=True)

    # --- locking -------------------------------------------------------------------------------

    def lock(self, *, daily: bool = False) -> None:
        """Hide everything sensitive behind lock screens."""
        if self.locked:
            return
        self.locked = True
        self.daily = daily
        focus = QApplication.focusWidget()
        self._focus = focus
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            popup = QApplication.activePopupWidget()
        for widget in QApplication.topLevelWidgets():
            if widget is self._window or not widget.isVisible() or isinstance(widget, LockScreen):
                continue
            if widget.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                continue
            self._cover(widget)
        self.screen.reset()
        self.screen.set_daily(daily)
        self.lock_changed.emit(True)
        QTimer.singleShot(0, self, self._focus_lock_screen)

    def _cover(self, widget: QWidget) -> None:
        cover = LockScreen(self._user.account.display_name, widget)
        cover.set_code_needed(self.screen.code.isVisibleTo(self.screen))
        cover.set_daily(self.daily)
        cover.setGeometry(widget.rect())
        cover.show()
        cover.raise_()
        self._connect_screen(cover)
        self.covers.append(cover)

    def _screens(self) -> list[LockScreen]:
        return [self.screen, *self.covers]

    def _focus_lock_screen(self) -> None:
        modal = QApplication.activeModalWidget()
        target = self.screen
        for cover in self.covers:
            if cover.parentWidget() is modal:
                target = cover
        target.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def unlock(self) -> None:
        """Uncover everything and give the focus back."""
        if not self.locked:
            return
        self.locked = False
        self.daily = False
        now = self.clock()
        self._last_input = now
        self._confirmed_at = now
        for cover in self.covers:
            cover.hide()
            cover.deleteLater()
        self.covers = []
        self.screen.reset()
        self.lock_changed.emit(False)
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- slots -------------------------------------------------------------------------------

    @Slot(str, str)
    def _on_screen_unlock_requested(self, password: str, code: str) -> None:
        if self._busy:
            return
        self._busy = True
        for screen in self._screens():
            screen.set_busy(True)
            screen.message_bar.show_text(translate("Sessions", "Checking…"))
        auth, user = self._auth, self._user
        self._runner.submit(
            lambda: auth.confirm(user, password, code),
            self._on_confirm_succeeded,
            self._on_confirm_failed,
            owner=self,
        )

    def _on_confirm_succeeded(self, _due: object) -> None:
        self._busy = False
        self.screen.set_busy(False)
        self.unlock()

    def _on_confirm_failed(self, problem: Problem) -> None:
        self._busy = False
        for screen in self._screens():
            screen.set_busy(False)
            screen.password.clear()
            screen.code.clear()
            if isinstance(problem.error, SecondFactorRequiredError):
                screen.set_code_needed(True)
            screen.message_bar.show_problem(problem)
        self._focus_lock_screen()

    @Slot()
    def _on_screen_sign_out_requested(self) -> None:
        self.sign_out_requested.emit()
