"""Signing in, and creating the first administrator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.errors import AuthenticationError
from counselor_app.ui.first_run import FirstAdministratorDialog
from counselor_app.ui.ops import Runner
from counselor_app.ui.sign_in import SignInDialog
from counselor_app.ui.sign_in.dialog import EMPTY_FIELDS
from tests.conftest import ADMIN_PASSWORD, COUNSELOR_PASSWORD


def sign_in_dialog(qtbot: QtBot, ctx: AppContext, runner: Runner, **kw: str) -> SignInDialog:
    dialog = SignInDialog(ctx, runner, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_sign_in_succeeds(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    runner: Runner,
    sqlite_staff: dict[Role, SignedInUser],
) -> None:
    dialog = sign_in_dialog(qtbot, sqlite_ctx, runner)
    assert dialog.username.accessibleName() == "Username"
    assert dialog.password.accessibleName() == "Password"
    assert sqlite_ctx.database.location in dialog.database_note.text()
    qtbot.keyClicks(dialog.username, "casey")
    qtbot.keyClicks(dialog.password, COUNSELOR_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    user = blocker.args[0]
    assert user.account.username == "casey" and user.role is Role.COUNSELOR
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password.text() == ""


def test_enter_submits(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    runner: Runner,
    sqlite_staff: dict[Role, SignedInUser],
) -> None:
    dialog = sign_in_dialog(qtbot, sqlite_ctx, runner, username="admin")
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=10_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.role is Role.ADMINISTRATOR


def test_wrong_password_shows_the_services_message(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    runner: Runner,
    sqlite_staff: dict[Role, SignedInUser],
) -> None:
    dialog = sign_in_dialog(qtbot, sqlite_ctx, runner)
    qtbot.keyClicks(dialog.username, "casey")
    qtbot.keyClicks(dialog.password, "not the password at all")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.fields.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message_bar.isVisible()
    text = dialog.message_bar.text()
    assert "The username or password is not correct." in text
    assert "Check both and try again." in text
    assert "Traceback" not in text
    assert dialog.user is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.password.text() == "" and dialog.fields.isEnabled()


def test_throttled_account_says_how_long_to_wait(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    runner: Runner,
    sqlite_staff: dict[Role, SignedInUser],
) -> None:
    for _ in range(6):
        with pytest.raises(AuthenticationError):
            sqlite_ctx.auth.sign_in("casey", "wrong wrong wrong wrong")
    dialog = sign_in_dialog(qtbot, sqlite_ctx, runner, username="casey")
    qtbot.keyClicks(dialog.password, COUNSELOR_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert "Too many failed sign-ins for this account. Try again in" in dialog.message_bar.text()
    assert dialog.user is None


def test_empty_fields_are_caught_before_asking_the_service(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner
) -> None:
    dialog = sign_in_dialog(qtbot, sqlite_ctx, runner)
    dialog.submit()
    assert runner.pending == 0
    assert dialog.message_bar.text() == EMPTY_FIELDS


def test_ask_returns_none_when_cancelled(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner
) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SignInDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert SignInDialog.ask(None, sqlite_ctx, runner) is None


# --- first administrator ---------------------------------------------------------------------


def first_admin_dialog(qtbot: QtBot, ctx: AppContext, runner: Runner) -> FirstAdministratorDialog:
    dialog = FirstAdministratorDialog(ctx, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_first_administrator_is_created(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner
) -> None:
    assert sqlite_ctx.auth.needs_first_administrator()
    dialog = first_admin_dialog(qtbot, sqlite_ctx, runner)
    assert [dialog.username.accessibleName(), dialog.full_name.accessibleName()] == [
        "Username",
        "Full name",
    ]
    assert dialog.passwords.confirm.accessibleName() == "Confirm password"
    qtbot.keyClicks(dialog.username, "robin")
    qtbot.keyClicks(dialog.full_name, "Robin Admin")
    qtbot.keyClicks(dialog.passwords.password, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.passwords.confirm, ADMIN_PASSWORD)
    assert dialog.passwords.feedback.text() == "This password can be used."
    with qtbot.waitSignal(dialog.administrator_created, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    account = blocker.args[0]
    assert account.username == "robin" and account.role is Role.ADMINISTRATOR
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not sqlite_ctx.auth.needs_first_administrator()
    assert sqlite_ctx.auth.sign_in("robin", ADMIN_PASSWORD).role is Role.ADMINISTRATOR


def test_short_password_is_refused_with_the_reason_visible(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner
) -> None:
    dialog = first_admin_dialog(qtbot, sqlite_ctx, runner)
    qtbot.keyClicks(dialog.username, "robin")
    qtbot.keyClicks(dialog.full_name, "Robin Admin")
    qtbot.keyClicks(dialog.passwords.password, "short")
    # the verdict follows the typing
    assert "It has 5 characters; a password needs at least 15." in dialog.passwords.feedback.text()
    assert dialog.passwords.feedback.isVisible()
    qtbot.keyClicks(dialog.passwords.confirm, "short")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert runner.pending == 0  # nothing was sent
    assert dialog.message_bar.isVisible()
    assert "a password needs at least 15" in dialog.message_bar.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert sqlite_ctx.auth.needs_first_administrator()


def test_mismatched_confirmation_and_blocklisted_password_are_explained(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner
) -> None:
    dialog = first_admin_dialog(qtbot, sqlite_ctx, runner)
    qtbot.keyClicks(dialog.passwords.password, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.passwords.confirm, ADMIN_PASSWORD + "x")
    assert "The two passwords differ." in dialog.passwords.feedback.text()
    dialog.passwords.password.setText("123456789012345")  # long enough, but on the blocklist
    assert "It is on the list of commonly used or leaked passwords." in (
        dialog.passwords.feedback.text()
    )
    assert dialog.passwords.password.accessibleDescription() == dialog.passwords.feedback.text()
