"""The idle lock, the daily check, two-step sign-in and break glass, driven through real widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from counselor_app import APP_NAME
from counselor_app.app import AppContext
from counselor_app.db.crypto import cipher_slot
from counselor_app.db.models import StaffSession
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import BreakGlassAccess, Role, SignedInUser
from counselor_app.domain.calls import CallSource
from counselor_app.services import totp
from counselor_app.ui.admin import AccountsView
from counselor_app.ui.admin.dialogs import ConfirmIdentityDialog
from counselor_app.ui.dialogs import ConfirmDialog, run_modal
from counselor_app.ui.events import AppEvents
from counselor_app.ui.intake.workspace import IntakeWorkspace
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Runner
from counselor_app.ui.qr import qr_pixmap
from counselor_app.ui.session_lock import DAILY_TITLE, IDLE_TITLE, LockScreen
from counselor_app.ui.sessions import BreakGlassDialog, BreakGlassReviewDialog, TwoStepDialog
from counselor_app.ui.sign_in import SignInDialog
from tests.conftest import COUNSELOR_PASSWORD, PEER_PASSWORD
from tests.ui.intake_support import type_text

CALLER = "Zoë Ångström-Nguyễn"
NOTE = "Says the bridge feels close tonight"
REASON = "Caller rang back and asks for the safety plan from yesterday"


class FakeClock:
    """Monotonic seconds the test moves forward."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def cipher(sqlite_ctx: AppContext) -> None:
    """Encrypted columns (TOTP secrets, break-glass reasons) are unlocked by the context."""
    assert cipher_slot(sqlite_ctx.database.engine) is not None


def settle(qtbot: QtBot, runner: Runner) -> None:
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def open_window(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, events: AppEvents
) -> tuple[MainWindow, FakeClock]:
    window = MainWindow(ctx, user, runner, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clock = FakeClock()
    window.session_lock.clock = clock
    window.session_lock.restart()
    return window, clock


def start_call(qtbot: QtBot, window: MainWindow, runner: Runner) -> IntakeWorkspace:
    """A new call with the caller's name and a note typed in, key by key."""
    assert window.intake is not None
    window.intake.new_call(CallSource.TRANSFER_911)
    qtbot.waitUntil(lambda: window.intake is not None and window.intake.workspace is not None)
    workspace = window.intake.workspace
    assert workspace is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    workspace.show_tab(workspace.call_tab)
    workspace.form.anonymous.setChecked(False)
    workspace.form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.form.name)
    type_text(CALLER)
    workspace.form.narrative.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.form.narrative)
    type_text(NOTE)
    workspace.form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.form.name)
    return workspace


def covered(widget: QWidget) -> bool:
    """True when a lock screen covers the window of ``widget`` (and ``widget`` is not in it)."""
    window = widget.window()
    for cover in window.findChildren(LockScreen):
        if cover.isVisible() and cover.parentWidget() is window and not cover.isAncestorOf(widget):
            return widget is not cover
    return False


def visible_texts() -> list[str]:
    """Every text a visible, uncovered widget shows (labels, fields, titles, accessible names).

    A window covered by a lock screen is checked by comparing its grab with the cover's.
    """
    texts: list[str] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible() or covered(widget):
            continue
        texts += [widget.windowTitle(), widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
    return texts


def unlock_with(qtbot: QtBot, screen: LockScreen, password: str) -> None:
    screen.password.setFocus()
    screen.password.setText(password)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def test_idle_lock_hides_the_call_and_the_password_brings_it_back(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    window, clock = open_window(qtbot, sqlite_ctx, casey, runner, events)
    workspace = start_call(qtbot, window, runner)
    window.open_directory_beside_call()
    assert window.directory_dock is not None and window.directory_dock.isVisible()
    # A dialog open over the call shows caller text too.
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLabel(f"Handoff for {CALLER}"))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert any(CALLER in t for t in visible_texts())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    workspace.form.name.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is workspace.form.name)

    lock = window.session_lock
    clock.now += 9 * 60 + 59  # default 10 minutes
    lock.check()
    assert not window.locked
    clock.now += 1
    lock.check()
    assert window.locked
    assert window.windowTitle() == APP_NAME
    assert lock.screen.title.text() == IDLE_TITLE
    assert not window.directory_dock.isVisible() and not window.menuBar().isVisible()
    # Nothing of the call is on screen: not in the window, its dock, or the dialog.
    assert not any(CALLER in t or NOTE in t for t in visible_texts())
    (cover,) = lock.covers
    assert cover.parentWidget() is dialog and cover.isVisible()
    assert cover.geometry() == dialog.rect()
    assert dialog.grab().toImage() == cover.grab().toImage()
    # The typed text is still there, and still being drafted.
    assert workspace.form.name.text() == CALLER
    qtbot.waitUntil(
        lambda: any(d.record.caller.name == CALLER for d in sqlite_ctx.drafts.recover(casey.id)),
        timeout=5000,
    )
    # Shortcuts do not reach the hidden window.
    window.sign_out_action.setEnabled(True)
    assert window.intake is not None
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activePopupWidget() is None

    unlock_with(qtbot, lock.screen, "not my password at all")
    qtbot.waitUntil(lambda: lock.screen.message_bar.kind == "problem", timeout=10_000)
    assert "password is not correct" in lock.screen.message_bar.text()
    assert window.locked and lock.screen.password.text() == ""

    unlock_with(qtbot, lock.screen, COUNSELOR_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert lock.covers == [] and window.directory_dock.isVisible()
    assert window.menuBar().isVisible()
    assert window.intake.workspace is workspace
    assert workspace.form.name.text() == CALLER
    assert workspace.form.narrative.toPlainText() == NOTE
    assert QApplication.focusWidget() is workspace.form.name
    dialog.close()
    settle(qtbot, runner)
    window.discard()


def test_idle_lock_off_with_zero_minutes_but_the_daily_check_locks(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    ctx = sqlite_ctx
    ctx.settings = ctx.settings.replace(idle_lock_minutes=0)
    pat = sqlite_staff[Role.PEER_SPECIALIST]
    window, clock = open_window(qtbot, ctx, pat, runner, events)
    assert window.reminders is not None and window.reminders.running
    clock.now += 23 * 3600
    window.session_lock.check()
    assert not window.locked
    clock.now += 3600
    window.session_lock.check()
    assert window.locked and window.session_lock.screen.title.text() == DAILY_TITLE
    assert not window.reminders.running  # no follow-up reminders over the lock screen
    unlock_with(qtbot, window.session_lock.screen, PEER_PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.reminders.running
    # Unlocking restarts the daily check from now.
    clock.now += 23 * 3600
    window.session_lock.check()
    assert not window.locked
    settle(qtbot, runner)
    window.discard()


def test_daily_check_locks_sign_out_from_the_lock_keeps_the_draft(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    window, _clock = open_window(qtbot, sqlite_ctx, casey, runner, events)
    workspace = start_call(qtbot, window, runner)
    call_id = workspace.call_id
    # A day passes: the service now refuses this session.
    with UnitOfWork(sqlite_ctx.database) as uow:
        uow.session.execute(
            update(StaffSession)
            .where(StaffSession.id == casey.session_id)
            .values(reauth_due_at=datetime.now(UTC) - timedelta(minutes=1))
        )
        uow.commit()
    workspace.save()  # refused: the window locks for the daily check
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    assert window.session_lock.screen.title.text() == DAILY_TITLE
    assert not any(CALLER in t for t in visible_texts())
    with qtbot.waitSignal(window.signed_out, timeout=10_000):
        qtbot.mouseClick(window.session_lock.screen.sign_out_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    (draft,) = [d for d in sqlite_ctx.drafts.recover(casey.id) if d.record.id == call_id]
    assert draft.record.caller.name == CALLER and draft.record.narrative == NOTE


# --- two-step sign-in ----------------------------------------------------------------------------


def test_turning_on_two_step_then_signing_in_with_a_code(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    cipher: None,
) -> None:
    pat = sqlite_staff[Role.PEER_SPECIALIST]
    dialog = TwoStepDialog(sqlite_ctx.auth, pat, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, runner)
    secret = dialog.secret.text().replace(" ", "")
    assert secret == dialog.enrollment.secret and dialog.uri.text().startswith("otpauth://totp/")
    # The QR code is the link's, module for module (what a phone camera reads).
    shown = dialog.qr.pixmap().toImage()
    assert dialog.qr.isVisible() and shown == qr_pixmap(dialog.enrollment.uri).toImage()
    dialog.code.setText("000000" if totp.code_at(secret, datetime.now(UTC)) != "000000" else "1")
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.message_bar.kind == "problem", timeout=10_000)
    assert not dialog.enabled and not sqlite_ctx.auth.two_step_enabled(pat)
    dialog.code.setText(totp.code_at(secret, datetime.now(UTC)))
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.enabled, timeout=10_000)
    assert sqlite_ctx.auth.two_step_enabled(pat)

    sign_in = SignInDialog(sqlite_ctx, runner)
    qtbot.addWidget(sign_in)
    sign_in.show()
    assert not sign_in.code.isVisible()
    sign_in.username.setText("pat")
    sign_in.password.setText(PEER_PASSWORD)
    sign_in.accept_button.click()
    qtbot.waitUntil(lambda: sign_in.code.isVisible(), timeout=10_000)
    assert sign_in.password.text() == PEER_PASSWORD and sign_in.user is None
    assert QApplication.focusWidget() is sign_in.code
    sign_in.code.setText("12345x")
    sign_in.accept_button.click()
    qtbot.waitUntil(lambda: sign_in.message_bar.kind == "problem", timeout=10_000)
    assert "code is not correct" in sign_in.message_bar.text() and sign_in.user is None
    next_code = totp.code_at(secret, datetime.now(UTC) + timedelta(seconds=totp.STEP_SECONDS))
    sign_in.code.setText(next_code)
    with qtbot.waitSignal(sign_in.signed_in, timeout=10_000):
        sign_in.accept_button.click()
    assert sign_in.user is not None and sign_in.user.account.two_step
    settle(qtbot, runner)


# --- break glass ---------------------------------------------------------------------------------


def test_break_glass_dialog_opens_another_counselors_call_read_only(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    cipher: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    record = sqlite_ctx.intake.save(sam, sqlite_ctx.intake.new_call(sam, CallSource.DIRECT_LINE))
    # The dialog itself: a reason is required before anything is recorded.
    dialog = BreakGlassDialog(sqlite_ctx.break_glass, casey, runner, record.reference)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QApplication.focusWidget() in (dialog.reason, None)
    dialog.reason.setPlainText("need it")
    dialog.accept_button.click()
    assert dialog.message_bar.kind == "problem" and "three words" in dialog.message_bar.text()
    assert sqlite_ctx.break_glass.recent(sam) == []
    dialog.reason.setPlainText(REASON)
    dialog.accept_button.click()
    qtbot.waitUntil(lambda: dialog.access is not None, timeout=10_000)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [a.reason for a in sqlite_ctx.break_glass.recent(sam)] == [REASON]

    # From the calls list: the reference typed in the search, then "Break glass…".
    window, _clock = open_window(qtbot, sqlite_ctx, casey, runner, events)
    intake = window.intake
    assert intake is not None and not intake.break_glass_button.isHidden()
    asked: list[str] = []

    def fake_ask(
        parent: QWidget | None, port: object, user: SignedInUser, run: Runner, reference: str
    ) -> BreakGlassAccess:
        asked.append(reference)
        return sqlite_ctx.break_glass.grant(user, reference, REASON)

    monkeypatch.setattr(BreakGlassDialog, "ask", fake_ask)
    intake.search.setText(record.reference.lower())
    qtbot.waitUntil(lambda: "Break glass" in intake.footer.text(), timeout=10_000)
    qtbot.mouseClick(intake.break_glass_button, Qt.MouseButton.LeftButton)
    assert asked == [record.reference]
    qtbot.waitUntil(lambda: intake.workspace is not None, timeout=10_000)
    workspace = intake.workspace
    assert workspace is not None and workspace.call_id == record.id
    assert not workspace.editable and workspace.read_only_label.isVisible()
    settle(qtbot, runner)
    window.discard()


def test_a_break_glass_call_closes_when_the_access_ends(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    cipher: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    record = sqlite_ctx.intake.save(sam, sqlite_ctx.intake.new_call(sam, CallSource.DIRECT_LINE))
    other = sqlite_ctx.intake.save(sam, sqlite_ctx.intake.new_call(sam, CallSource.DIRECT_LINE))
    window, _clock = open_window(qtbot, sqlite_ctx, casey, runner, events)
    intake = window.intake
    assert intake is not None
    lengths: list[timedelta] = []

    def granted(
        parent: QWidget | None, port: object, user: SignedInUser, run: Runner, reference: str
    ) -> BreakGlassAccess:
        access = sqlite_ctx.break_glass.grant(user, reference, REASON)
        # An access of the length asked for; granted at a time far from this workstation's
        # clock (the database's clock decides, by the difference of its two times).
        skew = timedelta(hours=-3)
        return replace(
            access,
            granted_at=access.granted_at + skew,
            expires_at=access.granted_at + skew + lengths.pop(0),
        )

    monkeypatch.setattr(BreakGlassDialog, "ask", granted)

    def open_with_access(reference: str, length: timedelta) -> IntakeWorkspace:
        lengths.append(length)
        intake.search.setText(reference)
        intake.break_glass()
        qtbot.waitUntil(
            lambda: intake.workspace is not None and intake.workspace.reference == reference,
            timeout=10_000,
        )
        assert intake.workspace is not None
        return intake.workspace

    # It ends: the call closes and the list says why.
    open_with_access(record.reference, timedelta(milliseconds=700))
    qtbot.waitUntil(lambda: intake.workspace is None, timeout=10_000)
    assert intake.stack.currentWidget() is intake.list_panel
    assert f"Break-glass access to {record.reference} ended" in intake.message_bar.text()

    # Broken again before the first access ends: the first timer leaves the call open.
    fired: list[object] = []
    expired = intake._on_break_glass_expired

    def expiring(access: BreakGlassAccess) -> None:
        fired.append(access)
        expired(access)

    monkeypatch.setattr(intake, "_on_break_glass_expired", expiring)
    open_with_access(other.reference, timedelta(milliseconds=500))
    shown = open_with_access(other.reference, timedelta(minutes=30))
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=10_000)  # the first access's timer ran
    assert intake.workspace is shown

    # A dialog of the call is open when the access ends: it closes first, then the call.
    intake.show_list()
    qtbot.waitUntil(lambda: intake.workspace is None, timeout=10_000)
    workspace = open_with_access(record.reference, timedelta(milliseconds=800))
    closed: list[bool] = []

    def open_dialog() -> None:
        dialog = QDialog(workspace)
        dialog.setModal(True)
        closed.append(run_modal(dialog))

    QTimer.singleShot(0, open_dialog)
    qtbot.waitUntil(lambda: intake.workspace is None, timeout=10_000)
    assert closed == [False]
    settle(qtbot, runner)
    window.discard()


def test_supervisor_is_alerted_and_reviews_the_reason(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    cipher: None,
) -> None:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    record = sqlite_ctx.intake.save(sam, sqlite_ctx.intake.new_call(sam, CallSource.DIRECT_LINE))
    window, _clock = open_window(qtbot, sqlite_ctx, sam, runner, events)
    alerts = window.break_glass_alerts
    assert alerts is not None and window.break_glass_review_action is not None
    access = sqlite_ctx.break_glass.grant(casey, record.reference, REASON)
    qtbot.waitUntil(lambda: len(alerts.alerts) == 1, timeout=10_000)
    (alert,) = alerts.alerts
    assert "Casey Counselor" in alert and record.reference in alert
    assert REASON not in alert  # the reason may describe the caller: only in the review
    assert window.statusBar().currentMessage() == alert
    review = BreakGlassReviewDialog(sqlite_ctx.break_glass, sam, runner, window)
    qtbot.addWidget(review)
    review.show()
    qtbot.waitUntil(lambda: review.model.rowCount() == 1, timeout=10_000)
    assert review.model.record_at(0) == access
    cells = [review.model.index(0, c).data() for c in range(review.model.columnCount())]
    assert "Casey Counselor" in cells and record.reference in cells and REASON in cells
    review.close()
    # A counselor's window has no review and no alerts.
    counselor_window, _ = open_window(qtbot, sqlite_ctx, casey, runner, events)
    assert counselor_window.break_glass_alerts is None
    settle(qtbot, runner)
    window.discard()
    counselor_window.discard()


def test_administrator_resets_two_step_sign_in_from_the_admin_page(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    cipher: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pat = sqlite_staff[Role.PEER_SPECIALIST]
    enrollment = sqlite_ctx.auth.start_two_step(pat)
    code = totp.code_at(enrollment.secret, datetime.now(UTC))
    sqlite_ctx.auth.enable_two_step(pat, enrollment.secret, code)
    page = AccountsView(sqlite_ctx, sqlite_staff[Role.ADMINISTRATOR], runner, events)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.select_record(sqlite_staff[Role.COUNSELOR].id)
    assert not page.reset_two_step_button.isEnabled()  # Casey has no second factor
    assert page.select_record(pat.id)
    assert page.reset_two_step_button.isEnabled()
    asked: list[str] = []

    def confirm(_parent: QWidget, title: str, text: str, _confirm: str) -> bool:
        asked.append(text)
        return True

    identity: list[bool | None] = [None, True]  # declined first, then confirmed
    monkeypatch.setattr(ConfirmDialog, "ask", confirm)
    monkeypatch.setattr(ConfirmIdentityDialog, "ask", lambda *_a: identity.pop(0))
    qtbot.mouseClick(page.reset_two_step_button, Qt.MouseButton.LeftButton)
    assert sqlite_ctx.auth.two_step_enabled(pat) and identity == [True]
    qtbot.mouseClick(page.reset_two_step_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Two-step sign-in is off" in page.message_bar.text(), timeout=10_000)
    assert "Pat Peer" in asked[0]
    assert not sqlite_ctx.auth.two_step_enabled(pat)
    settle(qtbot, runner)


def test_a_modal_dialog_is_covered_and_unlocks_from_its_own_cover(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    window, _clock = open_window(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner, events)
    dialog = QDialog(window)
    typed = QLineEdit(CALLER)
    QVBoxLayout(dialog).addWidget(typed)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    window.session_lock.lock()
    (cover,) = window.session_lock.covers
    # The modal dialog blocks the main window: the password goes into the dialog's cover.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cover.password)
    type_text(COUNSELOR_PASSWORD)
    qtbot.keyClick(cover.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert dialog.isVisible() and typed.text() == CALLER
    assert window.session_lock.covers == []
    dialog.close()
    settle(qtbot, runner)
    window.discard()
