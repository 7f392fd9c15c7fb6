"""Dialog building blocks: a runner-backed form dialog, new-password fields, a question.

Each concrete dialog has a classmethod ``ask(parent, ...) -> result | None``, so tests replace it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any, ClassVar

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import PASSWORD_MIN, check_password
from counselor_app.domain.errors import ConflictError
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import MessageBar, add_labelled_row, heading, note

PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("Dialogs", "The two passwords differ.")
PASSWORD_ADVICE = QT_TRANSLATE_NOOP(
    "Dialogs",
    "At least {minimum} characters. A few unrelated words make a long password that is "
    "easy to remember; no digits or symbols are required.",
)
VERDICT_ACCEPTED = QT_TRANSLATE_NOOP("Dialogs", "This password can be used.")
"""The password feedback, marked; ``NewPasswordFields`` shows it translated."""


def run_modal(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when it was accepted.

    The dialog is disposed of (``deleteLater``) once control is back in the event loop, so its
    results can still be read right after this returns. Every ``ask`` uses it.
    """
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class FormDialog(QDialog):
    """A modal form whose action runs on the runner; problems show inside the dialog.

    While the action runs, the form is disabled and the dialog cannot be dismissed, so a
    result never arrives for a dialog that is gone.
    """

    conflict_hint: ClassVar[str] = ""
    """Shown instead of the service's hint when a save meets someone else's newer change (marked
    with ``QT_TRANSLATE_NOOP`` in ``conflict_hint_context``); empty keeps the service's hint."""
    conflict_hint_context: ClassVar[str] = "Dialogs"

    def __init__(
        self,
        title: str,
        runner: Runner,
        accept_text: str,
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._runner = runner
        self._busy = False
        self.heading = heading(title, 1.25)
        self.intro = note(intro)
        self.intro.setVisible(bool(intro))
        self.fields = QWidget(self)
        self.form = QFormLayout(self.fields)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message_bar = MessageBar(self)
        self.busy_label = note()
        self.busy_label.hide()
        self.buttons = QDialogButtonBox(self)
        self.accept_button: QPushButton = self.buttons.addButton(
            accept_text, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Cancel
        )
        self.accept_button.setDefault(True)
        layout = QVBoxLayout(self)
        self.body = layout
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _connect_signals(self) -> None:
        """Connect the buttons; subclasses extend and call this once."""
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self._on_buttons_rejected)

    @property
    def busy(self) -> bool:
        """True while the dialog's action runs."""
        return self._busy

    def submit(self) -> None:
        """Check the form and start the action (what the accept button and Enter do)."""
        raise NotImplementedError

    def run_action(
        self, fn: Callable[[], Any], on_success: Callable[[Any], None], busy_text: str
    ) -> None:
        """Run ``fn`` on the runner; ``on_success`` or the problem display follows."""
        self.message_bar.clear_message()
        self._set_busy(True, busy_text)
        self._runner.submit(
            fn,
            lambda result: self._finish(on_success, result),
            self._on_action_failed,
            owner=self,
        )

    def show_reasons(self, message: str, reasons: list[str]) -> None:
        """Show a problem found before anything was sent."""
        self.message_bar.show_problem(Problem(message, reasons=tuple(reasons)))

    def _finish(self, on_success: Callable[[Any], None], result: Any) -> None:
        self._set_busy(False)
        on_success(result)

    def _on_action_failed(self, problem: Problem) -> None:
        self._set_busy(False)
        if self.conflict_hint and isinstance(problem.error, ConflictError):
            hint = translate(self.conflict_hint_context, self.conflict_hint)
            problem = Problem(problem.message, hint, error=problem.error)
        self.message_bar.show_problem(problem)
        self._after_failure(problem)

    def _after_failure(self, problem: Problem) -> None:
        """Hook: e.g. clear the password and put the cursor back."""

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.fields.setEnabled(not busy)
        self.accept_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy and bool(text))

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if not self._busy:
            self.submit()

    @Slot()
    def _on_buttons_rejected(self) -> None:
        self.reject()

    def reject(self) -> None:
        """Cancel, unless the action is still running."""
        if not self._busy:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels (unless busy); Enter goes to the default button."""
        if self._busy and event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button cancels, unless busy."""
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)


def password_edit() -> QLineEdit:
    """A line edit that hides what is typed."""
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhSensitiveData
    )
    return edit


class NewPasswordFields(QObject):
    """A new password and its confirmation, with the policy's verdict shown as the person types.

    The checks are the domain's pure ``check_password`` (fine on the GUI thread); the service
    checks again before it stores anything.
    """

    def __init__(
        self,
        form: QFormLayout,
        blocklist: Collection[str],
        username: Callable[[], str] = lambda: "",
        *,
        entry_label: str = "",
        confirm_label: str = "",
    ) -> None:
        super().__init__(form)
        self._blocklist = blocklist
        self._username = username
        self.password = password_edit()
        self.confirm = password_edit()
        self.feedback = QLabel()
        self.feedback.setObjectName("passwordFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        add_labelled_row(form, entry_label or translate("Dialogs", "&Password:"), self.password)
        add_labelled_row(
            form, confirm_label or translate("Dialogs", "C&onfirm password:"), self.confirm
        )
        form.addRow("", self.feedback)
        self._connect_signals()
        self.update_feedback()

    def _connect_signals(self) -> None:
        self.password.textChanged.connect(self._on_password_text_changed)
        self.confirm.textChanged.connect(self._on_confirm_text_changed)

    def reasons(self) -> list[str]:
        """Every reason the new password cannot be used yet (empty when it can)."""
        found = [
            message_text(reason)
            for reason in check_password(
                self.password.text(), username=self._username(), blocklist=self._blocklist
            )
        ]
        if self.password.text() != self.confirm.text():
            found.append(translate("Dialogs", PASSWORDS_DIFFER))
        return found

    def update_feedback(self) -> None:
        """Show the policy's verdict on what has been typed so far."""
        if not self.password.text():
            text = translate("Dialogs", PASSWORD_ADVICE).format(minimum=PASSWORD_MIN)
        else:
            reasons = [
                message_text(reason)
                for reason in check_password(
                    self.password.text(), username=self._username(), blocklist=self._blocklist
                )
            ]
            if self.confirm.text() and self.confirm.text() != self.password.text():
                reasons.append(translate("Dialogs", PASSWORDS_DIFFER))
            text = (
                "\n".join(f"• {r}" for r in reasons)
                if reasons
                else translate("Dialogs", VERDICT_ACCEPTED)
            )
        self.feedback.setText(text)
        self.password.setAccessibleDescription(text)

    def clear(self) -> None:
        """Forget both fields."""
        self.password.clear()
        self.confirm.clear()

    @Slot(str)
    def _on_password_text_changed(self, _text: str) -> None:
        self.update_feedback()

    @Slot(str)
    def _on_confirm_text_changed(self, _text: str) -> None:
        self.update_feedback()


class ConfirmDialog(QMessageBox):
    """A yes/no question for a consequential action (the safe answer is the default)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, confirm_text: str) -> bool | None:
        """``True`` when the person confirms, otherwise ``None``."""
        box = cls(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return True if box.clickedButton() is confirm else None
