"""The first start on an empty database: create the first administrator."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QLineEdit, QWidget

from counselor_app.domain.accounts import StaffAccount, check_username
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import FormDialog, NewPasswordFields, run_modal
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Runner
from counselor_app.ui.widgets import add_labelled_row

INTRO = QT_TRANSLATE_NOOP(
    "FirstRun",
    "This database has no accounts yet. Create the first administrator account; you will sign "
    "in with it next and can then add your colleagues' accounts.",
)
NAME_MISSING = QT_TRANSLATE_NOOP("FirstRun", "Enter the full name colleagues know you by.")


class FirstAdministratorDialog(FormDialog):
    """Username, full name, password and confirmation for the first administrator."""

    administrator_created = Signal(object)
    """The new ``StaffAccount``."""

    def __init__(
        self, services: AppServices, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("FirstRun", "Create the first administrator"),
            runner,
            translate("FirstRun", "&Create administrator"),
            parent,
            intro=translate("FirstRun", INTRO),
        )
        self._services = services
        self.account: StaffAccount | None = None
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        add_labelled_row(self.form, translate("FirstRun", "&Username:"), self.username)
        add_labelled_row(self.form, translate("FirstRun", "&Full name:"), self.full_name)
        self.passwords = NewPasswordFields(
            self.form, services.auth.policy.blocklist, self.username.text
        )
        self.setTabOrder(self.username, self.full_name)
        self.setTabOrder(self.full_name, self.passwords.password)
        self.setTabOrder(self.passwords.password, self.passwords.confirm)
        self.setTabOrder(self.passwords.confirm, self.accept_button)
        self.username.setFocus()
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.username.textChanged.connect(self._on_username_text_changed)

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: AppServices, runner: Runner
    ) -> StaffAccount | None:
        """Show the dialog; the new administrator account, or ``None`` when cancelled."""
        dialog = cls(services, runner, parent)
        return dialog.account if run_modal(dialog) else None

    def submit(self) -> None:
        """Check the form, then create the account through the service."""
        username = self.username.text()
        full_name = self.full_name.text().strip()
        reasons = check_username(username)
        if not full_name:
            reasons.append(translate("FirstRun", NAME_MISSING))
        reasons += self.passwords.reasons()
        if reasons:
            self.show_reasons(
                translate("FirstRun", "The administrator account cannot be created yet."), reasons
            )
            return
        password = self.passwords.password.text()
        auth = self._services.auth
        self.run_action(
            lambda: auth.create_first_administrator(username, full_name, password),
            self._on_create_succeeded,
            translate("FirstRun", "Creating the account…"),
        )

    @Slot(object)
    def _on_create_succeeded(self, account: StaffAccount) -> None:
        self.passwords.clear()
        self.account = account
        self.administrator_created.emit(account)
        self.accept()

    @Slot(str)
    def _on_username_text_changed(self, _text: str) -> None:
        self.passwords.update_feedback()
