"""The admin page: accounts added, deactivated, reactivated, passwords reset, audit verified."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser, StaffAccount
from counselor_app.domain.errors import AuthenticationError
from counselor_app.ui.admin import AccountsView, AddAccountDialog, ResetPasswordDialog
from counselor_app.ui.admin.dialogs import ConfirmIdentityDialog
from counselor_app.ui.admin.view import REACTIVATE
from counselor_app.ui.dialogs import ConfirmDialog
from counselor_app.ui.events import AppEvents
from counselor_app.ui.ops import Runner

NEW_PASSWORD = "violet harbor crossing eleven"


@pytest.fixture
def view(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> AccountsView:
    page = AccountsView(sqlite_ctx, sqlite_staff[Role.ADMINISTRATOR], runner, events)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def names(view: AccountsView) -> list[str]:
    return [a.display_name for a in view.model.records()]


def account(view: AccountsView, username: str) -> StaffAccount:
    return next(a for a in view.model.records() if a.username == username)


def test_lists_accounts(view: AccountsView, qtmodeltester: ModelTester) -> None:
    assert sorted(names(view)) == ["Avery Admin", "Casey Counselor", "Pat Peer", "Sam Supervisor"]
    headers = [c.header for c in view.model.columns]
    assert headers == [
        "Name",
        "Username",
        "Role",
        "Active",
        "Last sign-in",
        "Locked until",
        "Two-step",
    ]
    row = view.model.row_of(account(view, "pat").id)
    assert view.model.data(view.model.index(row, 2)) == "Peer specialist"
    assert view.model.data(view.model.index(row, 3)) == "Active"
    assert view.footer.text().startswith("4 accounts, 4 active")
    qtmodeltester.check(view.model)


def test_add_account_dialog_creates_and_the_list_follows_the_change_signal(
    qtbot: QtBot,
    view: AccountsView,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    dialog = AddAccountDialog(sqlite_ctx, runner, sqlite_staff[Role.ADMINISTRATOR])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.role.accessibleName() == "Role"
    assert dialog.passwords.password.accessibleName() == "Initial password"
    qtbot.keyClicks(dialog.username, "jordan")
    qtbot.keyClicks(dialog.full_name, "Jordan Lee")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.PEER_SPECIALIST))
    qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.confirm, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.account_added, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].role is Role.PEER_SPECIALIST
    assert dialog.result() == QDialog.DialogCode.Accepted
    # the service announced the change; the page reloads by itself
    qtbot.waitUntil(lambda: "Jordan Lee" in names(view), timeout=10_000)


def test_add_account_dialog_shows_the_services_reasons(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    dialog = AddAccountDialog(sqlite_ctx, runner, sqlite_staff[Role.ADMINISTRATOR])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "casey")
    qtbot.keyClicks(dialog.full_name, "Another Casey")
    qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.confirm, NEW_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.message_bar.text() == (
        "This account cannot be created.\n• The username 'casey' is already taken."
    )
    assert dialog.account is None and dialog.result() != QDialog.DialogCode.Accepted


def test_add_button_uses_the_dialog_and_selects_the_new_account(
    qtbot: QtBot,
    view: AccountsView,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]

    def fake_ask(*_args: object) -> StaffAccount:
        return sqlite_ctx.accounts.add_account(
            admin, "riley", "Riley Quinn", Role.COUNSELOR, NEW_PASSWORD
        )

    monkeypatch.setattr(AddAccountDialog, "ask", fake_ask)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    assert view.message_bar.text() == "Added counselor account “riley” for Riley Quinn."
    qtbot.waitUntil(lambda: getattr(view.selected_record(), "username", "") == "riley")


def test_deactivate_and_reactivate(
    qtbot: QtBot, view: AccountsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def confirm(_parent: object, title: str, *_rest: object) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(ConfirmDialog, "ask", confirm)
    casey = account(view, "casey")
    assert view.select_record(casey.id)
    assert view.active_button.isEnabled() and view.active_button.text() == "&Deactivate"
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert asked == ["Deactivate account"]
    # The list reload (change signal) and the success message (runner) may come in either order.
    qtbot.waitUntil(
        lambda: not account(view, "casey").active and "is deactivated" in view.message_bar.text(),
        timeout=10_000,
    )
    assert view.selected_record().username == "casey"  # selection kept across the reload
    assert view.active_button.text() == REACTIVATE

    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)  # no question to reactivate
    qtbot.waitUntil(lambda: account(view, "casey").active, timeout=10_000)
    assert asked == ["Deactivate account"]


def test_deactivate_cancelled_changes_nothing(
    qtbot: QtBot, view: AccountsView, runner: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ConfirmDialog, "ask", lambda *_a: None)
    view.select_record(account(view, "pat").id)
    qtbot.mouseClick(view.active_button, Qt.MouseButton.LeftButton)
    assert runner.pending == 0
    assert account(view, "pat").active


def test_own_account_cannot_be_deactivated(view: AccountsView) -> None:
    view.select_record(account(view, "admin").id)
    assert not view.active_button.isEnabled()
    assert "own account" in view.active_button.toolTip()
    assert view.reset_button.isEnabled()


def test_reset_password_dialog(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    pat = sqlite_staff[Role.PEER_SPECIALIST].account
    dialog = ResetPasswordDialog(sqlite_ctx, runner, sqlite_staff[Role.ADMINISTRATOR], pat)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Pat Peer (pat)" in dialog.intro.text()
    qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.confirm, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.password_reset, timeout=10_000):
        qtbot.keyClick(dialog.passwords.confirm, Qt.Key.Key_Return)
    assert sqlite_ctx.auth.sign_in("pat", NEW_PASSWORD).account.username == "pat"
    with pytest.raises(AuthenticationError):
        sqlite_ctx.auth.sign_in("pat", "orange canoe drifting slowly")


def test_reset_button_reports_success(
    qtbot: QtBot, view: AccountsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def fake_ask(_parent: object, _s: object, _r: object, _u: object, target: StaffAccount) -> bool:
        seen.append(target.username)
        return True

    identity: list[bool | None] = [None, True]  # declined first, then confirmed
    purposes: list[str] = []

    def confirm_identity(*args: object) -> bool | None:
        purposes.append(str(args[-1]))
        return identity.pop(0)

    monkeypatch.setattr(ResetPasswordDialog, "ask", fake_ask)
    monkeypatch.setattr(ConfirmIdentityDialog, "ask", confirm_identity)
    assert not view.reset_button.isEnabled()  # nothing selected yet
    view.select_record(account(view, "sam").id)
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert seen == []  # the administrator's own password first: declined, nothing reset
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert seen == ["sam"]
    assert "sign in as Sam Supervisor" in purposes[0]
    assert "The password of Sam Supervisor was reset" in view.message_bar.text()


def test_verify_audit_trail(qtbot: QtBot, view: AccountsView) -> None:
    assert view.verify_button.isVisible()
    qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact (" in view.audit_result.text(), timeout=10_000)
    assert view.audit_result.text().startswith("Audit trail checked at ")
    assert view.verify_button.isEnabled()
