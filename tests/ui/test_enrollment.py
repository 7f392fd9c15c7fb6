"""Enrollment in the application: the not-enrolled panel, the import dialog, the admin export.

The administrator's workstation is ``sqlite_ctx`` (the conftest keyring); the new workstation is
a second context on the same database with an EMPTY keyring of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext, build_context
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.enrollment import (
    NOT_ENROLLED_MESSAGE,
    EnrollmentIssued,
    EnrollmentResult,
    KeyState,
)
from counselor_app.services import totp
from counselor_app.services.enrollment import open_enrollment
from counselor_app.ui import launch
from counselor_app.ui.admin import AccountsView
from counselor_app.ui.admin import view as admin_view
from counselor_app.ui.admin.dialogs import ConfirmIdentityDialog
from counselor_app.ui.enrollment import (
    EnrollmentPassphraseDialog,
    ImportEnrollmentDialog,
    NotEnrolledPanel,
)
from counselor_app.ui.enrollment import dialogs as enrollment_dialogs
from counselor_app.ui.events import AppEvents
from counselor_app.ui.ops import Runner
from counselor_app.ui.sign_in import SignInDialog
from tests.conftest import ADMIN_PASSWORD, COUNSELOR_PASSWORD, FAST_HASHER
from tests.services.test_enrollment import FAST_KDF
from tests.support.keyrings import MemoryKeyring


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def issued(
    sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser], tmp_path: Path
) -> EnrollmentIssued:
    """An enrollment file the administrator exported."""
    sqlite_ctx.enrollment.kdf = FAST_KDF
    return sqlite_ctx.enrollment.export(
        sqlite_staff[Role.ADMINISTRATOR], tmp_path / "desk.enrollment"
    )


@pytest.fixture
def new_workstation(sqlite_url: str) -> Iterator[tuple[AppContext, MemoryKeyring]]:
    keyring = MemoryKeyring()
    context = build_context(
        sqlite_url, settings=Settings(), keyring_backend=keyring, password_hasher=FAST_HASHER
    )
    yield context, keyring
    context.close()


@pytest.fixture
def app_state(qapp: QApplication) -> Iterator[QApplication]:
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield qapp
    qapp.setQuitOnLastWindowClosed(quit_on_close)
    qapp.setStyleSheet("")


def test_start_on_a_workstation_that_is_not_enrolled_shows_the_panel_then_signs_in(
    app_state: QApplication,
    issued: EnrollmentIssued,
    new_workstation: tuple[AppContext, MemoryKeyring],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, keyring = new_workstation
    calls: list[str] = []
    signed_in: list[SignedInUser] = []

    def panel(_parent: object, svc: AppContext, _runner: object) -> EnrollmentResult | None:
        calls.append(f"not-enrolled:{svc.enrollment.status().state}")
        return svc.enrollment.import_file(issued.path, issued.passphrase)

    def sign_in(
        _parent: object, svc: AppContext, _runner: object, username: str = ""
    ) -> SignedInUser | None:
        calls.append("sign-in")
        signed_in.append(svc.auth.sign_in("casey", COUNSELOR_PASSWORD))
        return None  # then quit

    monkeypatch.setattr(NotEnrolledPanel, "ask", panel)
    monkeypatch.setattr(SignInDialog, "ask", sign_in)
    assert launch.run_gui(lambda: services, ["counselor-app"], Settings()) == 0
    assert calls == [f"not-enrolled:{KeyState.NOT_ENROLLED}", "sign-in"]
    assert signed_in and keyring.secrets


def test_quitting_the_panel_quits_without_signing_in(
    app_state: QApplication,
    issued: EnrollmentIssued,
    new_workstation: tuple[AppContext, MemoryKeyring],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, keyring = new_workstation
    asked: list[str] = []
    monkeypatch.setattr(NotEnrolledPanel, "ask", lambda *_a: asked.append("panel"))
    monkeypatch.setattr(SignInDialog, "ask", lambda *_a, **_k: asked.append("sign-in"))
    assert launch.run_gui(lambda: services, ["counselor-app"], Settings()) == 0
    assert asked == ["panel"] and keyring.secrets == {}


def test_an_enrolled_workstation_goes_straight_to_sign_in(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(NotEnrolledPanel, "ask", lambda *_a: asked.append("panel"))

    def walk_away() -> None:
        # The sign-in window shown at start-up becomes usable once the database is open.
        for widget in QApplication.topLevelWidgets():
            usable = isinstance(widget, SignInDialog) and widget.accept_button.isEnabled()
            if usable and widget.isVisible():
                asked.append("sign-in")
                widget.reject()
                return
        QTimer.singleShot(20, walk_away)

    QTimer.singleShot(0, walk_away)
    assert launch.run_gui(lambda: sqlite_ctx, ["counselor-app"], Settings()) == 0
    assert asked == ["sign-in"]


def test_panel_says_so_plainly_and_import_continues(
    qtbot: QtBot,
    runner: Runner,
    new_workstation: tuple[AppContext, MemoryKeyring],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, _keyring = new_workstation
    panel = NotEnrolledPanel(services, runner)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.heading.text() == NOT_ENROLLED_MESSAGE
    assert services.database.location in panel.explanation.text()
    assert "Enroll a workstation" in panel.explanation.text()
    answers: list[EnrollmentResult | None] = [None]
    monkeypatch.setattr(ImportEnrollmentDialog, "ask", lambda *_a: answers.pop(0))
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.isVisible() and panel.result_value is None  # cancelled: still there
    done = EnrollmentResult("e-1", services.database.location, ("audit-hmac",), False, False, True)
    answers.append(done)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.result() == QDialog.DialogCode.Accepted and panel.result_value is done


def test_import_dialog_refuses_a_wrong_passphrase_then_enrolls(
    qtbot: QtBot,
    runner: Runner,
    issued: EnrollmentIssued,
    new_workstation: tuple[AppContext, MemoryKeyring],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, keyring = new_workstation
    dialog = ImportEnrollmentDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "Choose the enrollment file" in dialog.message_bar.text()
    monkeypatch.setattr(enrollment_dialogs, "choose_enrollment_file", lambda _p: issued.path)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.file_edit.text() == str(issued.path)

    qtbot.keyClicks(dialog.passphrase, "2222-3333-4444-5555-6666-7777")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message_bar.isVisible(), timeout=10_000)
    assert "passphrase does not open" in dialog.message_bar.text()
    assert keyring.secrets == {} and dialog.isVisible()

    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, issued.passphrase.lower())
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.result_value is not None
    assert dialog.result_value.enrollment_id == issued.enrollment_id
    assert dialog.passphrase.text() == ""
    assert services.enrollment.status().state is KeyState.ENROLLED


def test_admin_exports_and_sees_the_passphrase_once(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sqlite_ctx.enrollment.kdf = FAST_KDF
    view = AccountsView(sqlite_ctx, sqlite_staff[Role.ADMINISTRATOR], runner, events)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    assert view.enroll_button.isVisible()
    # Not confirming one's password writes nothing (an unattended session is not enough).
    confirmations: list[object] = [None]
    monkeypatch.setattr(
        ConfirmIdentityDialog, "ask", lambda *_a: confirmations.pop(0) if confirmations else True
    )
    monkeypatch.setattr(admin_view, "choose_enrollment_export_path", lambda _p: pytest.fail())
    qtbot.mouseClick(view.enroll_button, Qt.MouseButton.LeftButton)
    assert confirmations == []
    shown: list[EnrollmentIssued] = []
    target = tmp_path / "for-desk-9.enrollment"
    monkeypatch.setattr(admin_view, "choose_enrollment_export_path", lambda _p: target)
    monkeypatch.setattr(EnrollmentPassphraseDialog, "ask", lambda _p, issued: shown.append(issued))
    qtbot.mouseClick(view.enroll_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    issued = shown[0]
    assert issued.path == target and target.exists()
    assert open_enrollment(target.read_bytes(), issued.passphrase).enrollment_id == (
        issued.enrollment_id
    )
    assert str(target) in view.message_bar.text()
    assert issued.passphrase not in view.message_bar.text()
    assert view.enroll_button.isEnabled()

    # Cancelling the file choice writes nothing.
    monkeypatch.setattr(admin_view, "choose_enrollment_export_path", lambda _p: None)
    qtbot.mouseClick(view.enroll_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1


def test_passphrase_dialog_shows_it_selectable_with_the_warning(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    issued = EnrollmentIssued(
        "e-1",
        tmp_path / "x.enrollment",
        "7KQM-3XHP-R2WD-9FTA-MNBV-CXZ2",
        datetime.now(UTC) + timedelta(hours=24),
        ("audit-hmac",),
        False,
    )
    dialog = EnrollmentPassphraseDialog(issued)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.text() == issued.passphrase
    assert dialog.passphrase.isReadOnly() and dialog.passphrase.hasSelectedText()
    assert "separately from the file" in dialog.warning.text()
    assert "shown only now" in dialog.warning.text()
    assert str(issued.path) in dialog.where.text()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_confirming_identity_refuses_a_wrong_password_then_accepts_the_right_one(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]
    dialog = ConfirmIdentityDialog(sqlite_ctx, runner, admin, "Keys are about to leave.")
    qtbot.addWidget(dialog)
    assert dialog.code.isHidden()  # no second factor on this account
    dialog.password.setText("not my password at all")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.message_bar.text()), timeout=10_000)
    assert not dialog.confirmed and dialog.password.text() == ""
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.confirmed, timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_confirming_identity_asks_for_the_code_turned_on_during_this_session(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]  # signed in before two-step sign-in was on
    enrollment = sqlite_ctx.auth.start_two_step(admin)
    now = datetime.now(UTC)
    sqlite_ctx.auth.enable_two_step(admin, enrollment.secret, totp.code_at(enrollment.secret, now))
    dialog = ConfirmIdentityDialog(sqlite_ctx, runner, admin, "Keys are about to leave.")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code.isHidden()  # the snapshot of the sign-in knows nothing of it
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.code.isVisible(), timeout=10_000)
    assert dialog.password.text() == ADMIN_PASSWORD and not dialog.confirmed  # kept, not retyped
    later = now + timedelta(seconds=totp.STEP_SECONDS)  # the enabling code may not be used again
    dialog.code.setText(totp.code_at(enrollment.secret, later))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.confirmed, timeout=10_000)
