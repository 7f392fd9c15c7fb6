"""Choosing one's own password after an administrator set it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.ui.ops import Runner
from counselor_app.ui.sign_in.change_password import ChangePasswordDialog
from tests.conftest import COUNSELOR_PASSWORD

NEW = "lighthouse keeper counts waves"


def test_change_password_dialog(
    qtbot: QtBot, sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser]
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    runner = Runner()
    dialog = ChangePasswordDialog(sqlite_ctx.auth, sqlite_ctx.auth.policy.blocklist, casey, runner)
    qtbot.addWidget(dialog)
    assert dialog.current.accessibleName() == "Current password"
    # Too short: refused with the reason, nothing sent.
    dialog.current.setText(COUNSELOR_PASSWORD)
    dialog.passwords.password.setText("short")
    dialog.passwords.confirm.setText("short")
    dialog.submit()
    assert "at least 15" in dialog.message_bar.text()
    # Wrong current password: the service's message.
    dialog.current.setText("not my password at all")
    dialog.passwords.password.setText(NEW)
    dialog.passwords.confirm.setText(NEW)
    dialog.submit()
    qtbot.waitUntil(lambda: "current password is not correct" in dialog.message_bar.text())
    assert not dialog.busy and not dialog.changed
    dialog.current.setText(COUNSELOR_PASSWORD)
    dialog.passwords.password.setText(NEW)
    dialog.passwords.confirm.setText(NEW)
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert dialog.changed
    assert sqlite_ctx.auth.sign_in("casey", NEW).account.username == "casey"
    runner.shutdown()
