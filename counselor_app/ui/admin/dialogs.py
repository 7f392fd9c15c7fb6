"""Adding an account and resetting a password."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from counselor_app.domain.accounts import Role, SignedInUser, StaffAccount, check_username
from counselor_app.domain.errors import SecondFactorRequiredError
from counselor_app.ui.admin.models import role_text
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import FormDialog, NewPasswordFields, password_edit, run_modal
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import add_labelled_row

NAME_MISSING = QT_TRANSLATE_NOOP("Admin", "Enter the person's full name as colleagues know it.")


class AddAccountDialog(FormDialog):
    """Username, full name, role and an initial password for a new colleague."""

    account_added = Signal(object)
    """The new ``StaffAccount``."""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Admin", "Add an account"),
            runner,
            translate("Admin", "&Add account"),
            parent,
            intro=translate(
                "Admin", "Give the person their initial password in person, never by email."
            ),
        )
        self._services = services
        self._user = user
        self.account: StaffAccount | None = None
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(self.role.findData(Role.COUNSELOR))
        add_labelled_row(self.form, translate("Admin", "&Username:"), self.username)
        add_labelled_row(self.form, translate("Admin", "&Full name:"), self.full_name)
        add_labelled_row(self.form, translate("Admin", "&Role:"), self.role)
        self.passwords = NewPasswordFields(
            self.form,
            services.auth.policy.blocklist,
            self.username.text,
            entry_label=translate("Admin", "&Initial password:"),
        )
        self.setTabOrder(self.username, self.full_name)
        self.setTabOrder(self.full_name, self.role)
        self.setTabOrder(self.role, self.passwords.password)
        self.setTabOrder(self.passwords.password, self.passwords.confirm)
        self.setTabOrder(self.passwords.confirm, self.accept_button)
        self.username.setFocus()
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.username.textChanged.connect(self._on_username_text_changed)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
    ) -> StaffAccount | None:
        """Show the dialog; the new account, or ``None`` when cancelled."""
        dialog = cls(services, runner, user, parent)
        return dialog.account if run_modal(dialog) else None

    @property
    def selected_role(self) -> Role:
        """The role chosen in the combo box."""
        return Role(self.role.currentData())

    def submit(self) -> None:
        """Check the form, then create the account through the service."""
        username = self.username.text()
        full_name = self.full_name.text().strip()
        reasons = check_username(username)
        if not full_name:
            reasons.append(translate("Admin", NAME_MISSING))
        reasons += self.passwords.reasons()
        if reasons:
            self.show_reasons(translate("Admin", "This account cannot be created yet."), reasons)
            return
        role = self.selected_role
        password = self.passwords.password.text()
        accounts, user = self._services.accounts, self._user
        self.run_action(
            lambda: accounts.add_account(user, username, full_name, role, password),
            self._on_add_succeeded,
            translate("Admin", "Creating the account…"),
        )

    @Slot(object)
    def _on_add_succeeded(self, account: StaffAccount) -> None:
        self.passwords.clear()
        self.account = account
        self.account_added.emit(account)
        self.accept()

    @Slot(str)
    def _on_username_text_changed(self, _text: str) -> None:
        self.passwords.update_feedback()


class ResetPasswordDialog(FormDialog):
    """A new password for someone who forgot theirs; it also lifts a sign-in pause."""

    password_reset = Signal()

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        account: StaffAccount,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Admin", "Reset a password"),
            runner,
            translate("Admin", "&Reset password"),
            parent,
            intro=translate(
                "Admin",
                "New password for {name} ({username}). Give it to them in person, never by email.",
            ).format(name=account.display_name, username=account.username),
        )
        self._services = services
        self._user = user
        self.target = account
        self.done_ok = False
        self.passwords = NewPasswordFields(
            self.form,
            services.auth.policy.blocklist,
            lambda: account.username,
            entry_label=translate("Admin", "&New password:"),
        )
        self.setTabOrder(self.passwords.password, self.passwords.confirm)
        self.setTabOrder(self.passwords.confirm, self.accept_button)
        self.passwords.password.setFocus()
        self._connect_signals()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        account: StaffAccount,
    ) -> bool | None:
        """Show the dialog; ``True`` once the password was reset, ``None`` when cancelled."""
        dialog = cls(services, runner, user, account, parent)
        return True if run_modal(dialog) and dialog.done_ok else None

    def submit(self) -> None:
        """Check the password, then store it through the service."""
        reasons = self.passwords.reasons()
        if reasons:
            self.show_reasons(translate("Admin", "This password cannot be used."), reasons)
            return
        password = self.passwords.password.text()
        accounts, user, account_id = self._services.accounts, self._user, self.target.id
        self.run_action(
            lambda: accounts.reset_password(user, account_id, password),
            self._on_reset_succeeded,
            translate("Admin", "Saving the new password…"),
        )

    @Slot(object)
    def _on_reset_succeeded(self, _result: object) -> None:
        self.passwords.clear()
        self.done_ok = True
        self.password_reset.emit()
        self.accept()


class ConfirmIdentityDialog(FormDialog):
    """The signed-in person's password (and code) again, before an action that gives keys away."""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        purpose: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Admin", "Confirm it is you"),
            runner,
            translate("Admin", "&Confirm"),
            parent,
            intro=translate("Admin", "{purpose} Type your password to go on.").format(
                purpose=purpose
            ),
        )
        self._services = services
        self._user = user
        self.confirmed = False
        self.password = password_edit()
        self.password.setObjectName("confirmPassword")
        add_labelled_row(self.form, translate("Admin", "&Password:"), self.password)
        self.code = QLineEdit()
        self.code.setObjectName("confirmCode")
        self.code.setMaxLength(8)
        self.code.setPlaceholderText(translate("Admin", "6 digits from your authenticator app"))
        self.code_label = add_labelled_row(
            self.form, translate("Admin", "Two-step &code:"), self.code
        )
        # Shown when the account uses two-step sign-in, also when it was turned on after this
        # session began (the service then asks for the code; see _after_failure).
        self._show_code(user.account.two_step)
        self.password.setFocus()
        self._connect_signals()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        purpose: str,
    ) -> bool | None:
        """Show the dialog; ``True`` once the password (and code) were confirmed, else ``None``."""
        dialog = cls(services, runner, user, purpose, parent)
        return True if run_modal(dialog) and dialog.confirmed else None

    def submit(self) -> None:
        """Check the password (and code) with the service, as the lock screen does."""
        password, code = self.password.text(), self.code.text().strip()
        if not password:
            self.show_reasons(translate("Admin", "Type your password."), [])
            return
        auth, user = self._services.auth, self._user
        self.run_action(
            lambda: auth.confirm(user, password, code),
            self._on_confirmed,
            translate("Admin", "Checking…"),
        )

    def _show_code(self, shown: bool) -> None:
        self.code_label.setVisible(shown)
        self.code.setVisible(shown)

    def _after_failure(self, problem: Problem) -> None:
        if isinstance(problem.error, SecondFactorRequiredError) and self.code.isHidden():
            self._show_code(True)  # the password was right: keep it, ask for the code
            self.code.setFocus()
            return
        self.password.clear()
        self.code.clear()
        self.password.setFocus()

    @Slot(object)
    def _on_confirmed(self, _result: object) -> None:
        self.password.clear()
        self.confirmed = True
        self.accept()
