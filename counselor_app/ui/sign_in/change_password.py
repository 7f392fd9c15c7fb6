"""Choosing one's own password after an administrator set it (first sign-in, or a reset)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QWidget

from counselor_app.domain.accounts import SignedInUser
from counselor_app.ui.dialogs import FormDialog, NewPasswordFields, password_edit, run_modal
from counselor_app.ui.i18n import translate
from counselor_app.ui.ops import Runner
from counselor_app.ui.widgets import add_labelled_row

INTRO = (
    "An administrator chose your current password. Choose your own now: at least 15 characters; "
    "a few unrelated words make a long password that is easy to remember."
)


class PasswordChanger(Protocol):
    """The part of the authentication service this dialog uses."""

    def change_password(self, user: SignedInUser, current: str, new: str) -> None:
        """Change ``user``'s password (the current one is required)."""
        ...


class ChangePasswordDialog(FormDialog):
    """Current password, new password and confirmation."""

    def __init__(
        self,
        auth: PasswordChanger,
        blocklist: Collection[str],
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Choose your password", runner, "&Change password", parent, intro=INTRO)
        self._auth = auth
        self._user = user
        self.changed = False
        self.current = password_edit()
        self.current.setObjectName("currentPassword")
        add_labelled_row(self.form, translate("SignIn", "C&urrent password:"), self.current)
        username = user.account.username
        self.passwords = NewPasswordFields(
            self.form, blocklist, lambda: username, entry_label="&New password:"
        )
        self.setTabOrder(self.current, self.passwords.password)
        self.setTabOrder(self.passwords.password, self.passwords.confirm)
        self.setTabOrder(self.passwords.confirm, self.accept_button)
        self.current.setFocus()
        self._connect_signals()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        auth: PasswordChanger,
        blocklist: Collection[str],
        user: SignedInUser,
        runner: Runner,
    ) -> bool:
        """Show the dialog; True once the password was changed, False when cancelled."""
        dialog = cls(auth, blocklist, user, runner, parent)
        return run_modal(dialog) and dialog.changed

    def submit(self) -> None:
        """Check the form, then change the password through the service."""
        current = self.current.text()
        reasons = [] if current else ["Enter your current password."]
        reasons += self.passwords.reasons()
        if reasons:
            self.show_reasons("The password cannot be changed yet.", reasons)
            return
        new = self.passwords.password.text()
        auth, user = self._auth, self._user
        self.run_action(
            lambda: auth.change_password(user, current, new),
            self._on_change_succeeded,
            "Changing the password…",
        )

    @Slot(object)
    def _on_change_succeeded(self, _result: object) -> None:
        self.current.clear()
        self.passwords.clear()
        self.changed = True
        self.accept()
