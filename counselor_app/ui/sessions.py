"""Two-step sign-in setup, break-glass access and the supervisors' break-glass review.

* ``TwoStepDialog``: a person turns on the TOTP second factor for themselves. The dialog shows
  the secret in base32 (to type into an authenticator app) and the ``otpauth://`` URI, and turns
  it on only once a code from the app matches.
* ``BreakGlassDialog``: a counselor opens a call outside their role by its reference, with a
  reason; the access lasts the configured minutes and supervisors are alerted.
* ``BreakGlassAlerts``: on a supervisor's window, each new access shows in the status bar and
  the system tray (who opened which call; never the reason, which may describe the caller).
* ``BreakGlassReviewDialog``: the recent accesses with their reasons, for review.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QStyle,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import (
    BREAK_GLASS_REASON_MIN,
    BreakGlassAccess,
    SignedInUser,
    TotpEnrollment,
    check_break_glass_reason,
)
from counselor_app.ui.context import AppServices, AuthPort, BreakGlassPort
from counselor_app.ui.dialogs import FormDialog, run_modal
from counselor_app.ui.events import AppEvents
from counselor_app.ui.formatting import clock_text, local_time_text, timestamp
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.qr import QrCode
from counselor_app.ui.table import Column, RecordTableModel, make_proxy
from counselor_app.ui.widgets import MessageBar, add_labelled_row, heading, note

TOPIC = "break_glass"
ALERT_MS = 60_000


def grouped(secret: str) -> str:
    """``JBSWY3DPEHPK3PXP`` as ``JBSW Y3DP EHPK 3PXP`` (easier to type from the screen)."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


# --- two-step sign-in --------------------------------------------------------------------------


class TwoStepDialog(FormDialog):
    """Turn on two-step sign-in: add the secret to an app, then type the code it shows."""

    def __init__(
        self,
        auth: AuthPort,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Sessions", "Two-step sign-in"),
            runner,
            translate("Sessions", "&Turn on"),
            parent,
            intro=translate(
                "Sessions",
                "After your password, sign-in will ask for a 6-digit code from an authenticator "
                "app on your phone (any TOTP app). Add this key to the app — scan the code, type "
                "the key, or paste the link into an app that accepts one — then type the code "
                "the app shows.",
            ),
        )
        self._auth = auth
        self._user = user
        self.enabled = False
        self.enrollment: TotpEnrollment = auth.start_two_step(user)
        self.secret = QLineEdit(grouped(self.enrollment.secret))
        self.secret.setObjectName("twoStepSecret")
        self.secret.setReadOnly(True)
        self.uri = QLineEdit(self.enrollment.uri)
        self.uri.setObjectName("twoStepUri")
        self.uri.setReadOnly(True)
        self.uri.setCursorPosition(0)
        self.qr = QrCode(
            translate("Sessions", "QR code of the link"),
            translate("Sessions", "Scan it with your authenticator app; it holds the same key."),
        )
        self.qr.setObjectName("twoStepQr")
        self.qr.show_text(self.enrollment.uri)
        self.code = QLineEdit()
        self.code.setObjectName("twoStepCode")
        self.code.setMaxLength(8)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.form.addRow(self.qr)
        add_labelled_row(self.form, translate("Sessions", "&Key:"), self.secret)
        add_labelled_row(self.form, translate("Sessions", "L&ink:"), self.uri)
        add_labelled_row(self.form, translate("Sessions", "&Code from the app:"), self.code)
        self.setTabOrder(self.code, self.accept_button)
        self.code.setFocus()
        self._connect_signals()
        runner.submit(
            lambda: auth.two_step_enabled(user),
            self._on_state_loaded,
            self.message_bar.show_problem,
            owner=self,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, auth: AuthPort, user: SignedInUser, runner: Runner
    ) -> bool:
        """Show the dialog; True once two-step sign-in was turned on."""
        dialog = cls(auth, user, runner, parent)
        return run_modal(dialog) and dialog.enabled

    @Slot(object)
    def _on_state_loaded(self, enabled: object) -> None:
        if enabled:
            self.message_bar.show_text(
                translate(
                    "Sessions",
                    "Two-step sign-in is already on for your account. If you lost your phone, an "
                    "administrator can reset it.",
                )
            )
            for widget in (self.secret, self.uri, self.code, self.accept_button):
                widget.setEnabled(False)
            self.secret.clear()
            self.uri.clear()
            self.qr.show_text("")
            self.qr.hide()

    def submit(self) -> None:
        """Check the code against the key, then turn the second factor on."""
        code = "".join(self.code.text().split())
        if len(code) != 6 or not code.isdigit():
            self.show_reasons(
                translate("Sessions", "Type the 6-digit code your app shows for this key."), []
            )
            self.code.setFocus()
            return
        auth, user, secret = self._auth, self._user, self.enrollment.secret
        self.run_action(
            lambda: auth.enable_two_step(user, secret, code),
            self._on_enabled,
            translate("Sessions", "Checking the code…"),
        )

    def _on_enabled(self, _result: object) -> None:
        self.enabled = True
        self.accept()

    def _after_failure(self, problem: Problem) -> None:
        self.code.clear()
        self.code.setFocus()


# --- break glass -------------------------------------------------------------------------------


class BreakGlassDialog(FormDialog):
    """Open a call outside one's role: its reference and the reason, reviewed by supervisors."""

    def __init__(
        self,
        port: BreakGlassPort,
        user: SignedInUser,
        runner: Runner,
        reference: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Sessions", "Break glass"),
            runner,
            translate("Sessions", "&Break glass and open"),
            parent,
            intro=translate(
                "Sessions",
                "This call was taken by someone else. Open it only if you need it for the "
                "person on the line now. It opens read-only for {minutes} minutes; your "
                "supervisors are alerted at once and review your reason.",
            ).format(minutes=port.minutes),
        )
        self._port = port
        self._user = user
        self.access: BreakGlassAccess | None = None
        self.reference = QLineEdit(reference)
        self.reference.setObjectName("breakGlassReference")
        self.reference.setPlaceholderText("C-261128-3FA2B1")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("breakGlassReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason.setPlaceholderText(
            translate(
                "Sessions", "Why you need this call now (at least {minimum} characters)"
            ).format(minimum=BREAK_GLASS_REASON_MIN)
        )
        add_labelled_row(self.form, translate("Sessions", "Call &reference:"), self.reference)
        add_labelled_row(self.form, translate("Sessions", "Rea&son:"), self.reason)
        self.setTabOrder(self.reference, self.reason)
        self.setTabOrder(self.reason, self.accept_button)
        (self.reason if reference else self.reference).setFocus()
        self._connect_signals()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        port: BreakGlassPort,
        user: SignedInUser,
        runner: Runner,
        reference: str = "",
    ) -> BreakGlassAccess | None:
        """Show the dialog; the access granted, or None when the person cancels."""
        dialog = cls(port, user, runner, reference, parent)
        return dialog.access if run_modal(dialog) else None

    def submit(self) -> None:
        """Check the reason here first, then ask the service."""
        reference = self.reference.text().strip()
        reason = self.reason.toPlainText()
        problems = [] if reference else [translate("Sessions", "Enter the call's reference.")]
        problems += check_break_glass_reason(reason)
        if problems:
            self.show_reasons(translate("Sessions", "The glass cannot be broken yet."), problems)
            return
        port, user = self._port, self._user
        self.run_action(
            lambda: port.grant(user, reference, reason),
            self._on_granted,
            translate("Sessions", "Recording the access…"),
        )

    def _on_granted(self, access: BreakGlassAccess) -> None:
        self.access = access
        self.accept()


class BreakGlassTableModel(RecordTableModel):
    """Recent break-glass accesses, newest first."""

    translation_context = "Sessions"
    columns = (
        Column(
            QT_TRANSLATE_NOOP("Sessions", "When"),
            lambda a: local_time_text(a.granted_at),
            lambda a: timestamp(a.granted_at),
            key="when",
        ),
        Column(QT_TRANSLATE_NOOP("Sessions", "Who"), lambda a: a.account_name, key="who"),
        Column(QT_TRANSLATE_NOOP("Sessions", "Call"), lambda a: a.call_reference, key="call"),
        Column(
            QT_TRANSLATE_NOOP("Sessions", "Until"),
            lambda a: clock_text(a.expires_at),
            lambda a: timestamp(a.expires_at),
            key="until",
        ),
        Column(QT_TRANSLATE_NOOP("Sessions", "Reason"), lambda a: a.reason, key="reason"),
    )

    def emphasized(self, record: Any) -> bool:
        """Accesses still running are shown in bold."""
        return bool(record.active_at(datetime.now(UTC)))


class BreakGlassReviewDialog(QDialog):
    """The recent break-glass accesses with their reasons (supervisors and administrators)."""

    def __init__(
        self,
        port: BreakGlassPort,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sessions", "Break-glass accesses"))
        self.setMinimumSize(760, 420)
        self.model = BreakGlassTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("breakGlassTable")
        self.table.setAccessibleName(translate("Sessions", "Break-glass accesses"))
        self.table.setModel(make_proxy(self.model, self))
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message_bar = MessageBar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Sessions", "Break-glass accesses"), 1.25))
        layout.addWidget(
            note(
                translate(
                    "Sessions",
                    "Who opened a call outside their role, when, for how long and why. Bold rows "
                    "are still running. Follow up on any reason that does not hold.",
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        runner.submit(
            lambda: port.recent(user),
            self._on_loaded,
            self.message_bar.show_problem,
            owner=self,
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, port: BreakGlassPort, user: SignedInUser, runner: Runner
    ) -> None:
        """Show the review until closed."""
        run_modal(cls(port, user, runner, parent))

    @Slot(object)
    def _on_loaded(self, accesses: list[BreakGlassAccess]) -> None:
        self.model.set_records(accesses)
        self.table.resizeColumnsToContents()
        if not accesses:
            self.message_bar.show_text(translate("Sessions", "No one has broken the glass yet."))


class BreakGlassAlerts(QObject):
    """Alerts a supervisor's window to each new break-glass access (status bar and tray)."""

    def __init__(
        self,
        window: QMainWindow,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._port = services.break_glass
        self._user = user
        self._runner = runner
        self.alerts: list[str] = []
        """Every alert shown, newest last (the status bar forgets; tests read this)."""
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
        events.changed.connect(self._on_events_changed)

    @Slot(str, str)
    def _on_events_changed(self, topic: str, record_id: str) -> None:
        if topic != TOPIC or not record_id:
            return
        try:
            wanted = uuid.UUID(record_id)
        except ValueError:
            return
        port, user = self._port, self._user
        self._runner.submit(
            lambda: [a for a in port.recent(user, 20) if a.id == wanted],
            self._on_access_loaded,
            None,
            owner=self,
        )

    def _on_access_loaded(self, found: list[BreakGlassAccess]) -> None:
        for access in found:
            text = translate(
                "Sessions",
                "Break-glass access: {name} opened call {reference} until {time}. Review the "
                "reason: Session → Break-glass accesses.",
            ).format(
                name=access.account_name,
                reference=access.call_reference,
                time=clock_text(access.expires_at),
            )
            self.alerts.append(text)
            self._window.statusBar().showMessage(text, ALERT_MS)
            if self.tray is not None:
                self.tray.show()
                self.tray.showMessage(
                    translate("Sessions", "Break-glass access"),
                    text,
                    QSystemTrayIcon.MessageIcon.Warning,
                    ALERT_MS,
                )


__all__ = [
    "BreakGlassAlerts",
    "BreakGlassDialog",
    "BreakGlassReviewDialog",
    "TwoStepDialog",
]
