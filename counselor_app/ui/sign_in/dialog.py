"""Signing in: username and password, checked by the service on a worker thread.

An account with two-step sign-in gets a second step: once the service says the password was
right but a code is needed, the dialog shows the code field (the password stays, hidden) and the
next submit sends both.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from counselor_app import APP_NAME
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.errors import SecondFactorRequiredError
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import FormDialog, password_edit, run_modal
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import add_labelled_row, note

EMPTY_FIELDS = QT_TRANSLATE_NOOP("SignIn", "Enter your username and password.")


class SignInDialog(FormDialog):
    """Asks for a username and password; shows the service's message when sign-in fails."""

    signed_in = Signal(object)
    """The ``SignedInUser``, once the service has accepted the credentials."""

    def __init__(
        self,
        services: AppServices | None,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        username: str = "",
    ) -> None:
        super().__init__(
            translate("SignIn", "Sign in to {app}").format(app=APP_NAME),
            runner,
            translate("SignIn", "&Sign in"),
            parent,
            intro=translate("SignIn", "Sign in with your own account."),
        )
        self._services = services
        self.user: SignedInUser | None = None
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = password_edit()
        self.password.setObjectName("password")
        add_labelled_row(self.form, translate("SignIn", "&Username:"), self.username)
        add_labelled_row(self.form, translate("SignIn", "&Password:"), self.password)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setMaxLength(8)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code_label = add_labelled_row(
            self.form, translate("SignIn", "&Code from your app:"), self.code
        )
        self.code.hide()
        self.code_label.hide()
        self.database_note = note()
        self.database_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.insertWidget(3, self.database_note)
        self.attach(services)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.code)
        self.setTabOrder(self.code, self.accept_button)
        (self.password if username else self.username).setFocus()
        self._connect_signals()

    def attach(self, services: AppServices | None) -> None:
        """Connect the dialog to the services; until then it can be typed in but not submitted.

        The window shows at once on start-up while the database opens in the background.
        """
        self._services = services
        self.accept_button.setEnabled(services is not None)
        if services is None:
            self.database_note.setText(translate("SignIn", "Opening the database…"))
        else:
            self.database_note.setText(
                translate("SignIn", "Database: {location}").format(
                    location=services.database.location
                )
            )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        username: str = "",
    ) -> SignedInUser | None:
        """Show the dialog; the signed-in user, or ``None`` when the person cancels."""
        dialog = cls(services, runner, parent, username=username)
        return dialog.user if run_modal(dialog) else None

    def submit(self) -> None:
        """Check the credentials through the service."""
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self.show_reasons(translate("SignIn", EMPTY_FIELDS), [])
            (self.password if username else self.username).setFocus()
            return
        if self._services is None:
            return
        code = ""
        if self.second_step:
            code = "".join(self.code.text().split())
            if not code:
                self.show_reasons(
                    translate("SignIn", "Enter the code from your authenticator app."), []
                )
                self.code.setFocus()
                return
        auth = self._services.auth
        self.run_action(
            lambda: auth.sign_in(username, password, code),
            self._on_sign_in_succeeded,
            translate("SignIn", "Signing in…"),
        )

    @property
    def second_step(self) -> bool:
        """True once the dialog asks for the code."""
        return not self.code.isHidden()

    @Slot(object)
    def _on_sign_in_succeeded(self, user: SignedInUser) -> None:
        self.password.clear()
        self.code.clear()
        self.user = user
        self.signed_in.emit(user)
        self.accept()

    def _after_failure(self, problem: Problem) -> None:
        if isinstance(problem.error, SecondFactorRequiredError):
            # The password was right: keep it (hidden) and ask for the code.
            self.code.show()
            self.code_label.show()
            self.username.setReadOnly(True)
            self.password.setReadOnly(True)
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.code.clear()
        if self.second_step:
            self.code.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)
