"""The handoff dialog: every recipient saved, consent and its override, the viewer, the shortcut."""

from __future__ import annotations

import os
import stat
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallRecord, Disposition, DispositionDetails
from counselor_app.domain.handoff import PURPOSES, ConsentBasis, Recipient
from counselor_app.ui.intake import handoff_dialog
from counselor_app.ui.intake.handoff_dialog import (
    CHOICES,
    SAFETY_PLAN_PURPOSE,
    VIEWER_COPY_MAX_AGE,
    HandoffDialog,
    viewer_folder,
)
from counselor_app.ui.intake.workspace import SHORTCUTS
from counselor_app.ui.ops import Runner
from tests.support.handoffs import pdf_text
from tests.ui.intake_support import full_call, press, show_workspace

WAIT_MS = 30_000


def saved_call(ctx: AppContext, user: SignedInUser, **changes: object) -> CallRecord:
    """A complete call in the database (consent to follow-up given, a safety plan).

    The narrative carries no emoji, so no PDF warns on a workstation without an emoji font.
    """
    changes.setdefault("narrative", "Caller described losing work; agreed to call her sister.")
    return ctx.intake.save(user, full_call(ctx, user, **changes))


def without_consent(ctx: AppContext, user: SignedInUser) -> CallRecord:
    """A call resolved on the line (no emergency) whose caller declined consent."""
    return saved_call(
        ctx,
        user,
        disposition=DispositionDetails(
            primary=Disposition.RESOLVED_ON_LINE, follow_up_consent=False
        ),
    )


def open_dialog(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, record: CallRecord
) -> HandoffDialog:
    dialog = HandoffDialog(ctx, runner, user, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog


def wait_done(qtbot: QtBot, dialog: HandoffDialog) -> None:
    """Until the action has finished and its message is shown."""
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message_bar.kind != "", timeout=WAIT_MS)


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The file chooser answers with a file in ``tmp_path``; records the suggested names."""
    asked: list[str] = []

    def choose(_parent: QWidget | None, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / "out" / suggested

    monkeypatch.setattr(handoff_dialog, "choose_pdf_path", choose)
    return asked


def test_every_recipient_saves_a_pdf_with_the_call_reference(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    chosen: list[str],
    tmp_path: Path,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    record = saved_call(sqlite_ctx, casey)
    dialog = open_dialog(qtbot, sqlite_ctx, casey, runner, record)
    assert [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())] == [
        "Mobile crisis team",
        "PSAP / 911",
        "Peer specialist follow-up",
        "Clinician referral",
        "Caller's safety plan (English)",
        "Caller's safety plan (Spanish)",
    ]
    for choice in CHOICES:
        dialog.select(choice)
        if choice.recipient is not None:
            assert dialog.purpose.text() == PURPOSES[choice.recipient]  # prefilled per recipient
            assert dialog.purpose.isEnabled()
        else:
            assert dialog.purpose.text() == SAFETY_PLAN_PURPOSE
            assert not dialog.purpose.isEnabled() and not dialog.recipient_name.isEnabled()
        assert not dialog.override.isVisible()  # consent is recorded on this call
        dialog.message_bar.clear_message()
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        wait_done(qtbot, dialog)
        assert dialog.message_bar.kind == "info", dialog.message_bar.text()
        path = tmp_path / "out" / chosen[-1]
        assert dialog.written[-1] == path
        assert "Saved" in dialog.message_bar.text() and "disclosure is logged" in (
            dialog.message_bar.text()
        )
        data = path.read_bytes()
        assert data.startswith(b"%PDF")
        text = pdf_text(data)
        if choice.recipient is not None:
            assert record.reference in text
        else:  # the caller's own copy carries their plan, not the call's reference
            title = {"en": "My safety plan", "es": "Mi plan de seguridad"}[choice.language]
            assert title in text and "Not sleeping" in text
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert chosen == [f"handoff-{record.reference}-{r.value}.pdf" for r in Recipient] + [
        f"safety-plan-{record.reference}-{lang}.pdf" for lang in ("en", "es")
    ]
    log = sqlite_ctx.handoffs.disclosures(sqlite_staff[Role.SUPERVISOR], record.id)
    assert [e.recipient_kind for e in log] == [*(r.value for r in Recipient), "caller", "caller"]


def test_purpose_and_recipient_name_reach_the_disclosure_log(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    chosen: list[str],
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    record = saved_call(sqlite_ctx, casey)
    dialog = open_dialog(qtbot, sqlite_ctx, casey, runner, record)
    dialog.select(Recipient.CLINICIAN)
    dialog.purpose.setText("ER admission")
    dialog.recipient_name.setText("Dr. Rivera")
    dialog.select(Recipient.PEER)
    assert dialog.purpose.text() == "ER admission"  # what was typed is kept
    dialog.select(Recipient.CLINICIAN)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    [entry] = sqlite_ctx.handoffs.disclosures(sqlite_staff[Role.SUPERVISOR], record.id)
    assert (entry.purpose, entry.recipient_name) == ("ER admission", "Dr. Rivera")
    assert entry.consent is ConsentBasis.GIVEN


def test_cancelling_the_file_chooser_makes_no_disclosure(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    record = saved_call(sqlite_ctx, casey)
    monkeypatch.setattr(handoff_dialog, "choose_pdf_path", lambda _parent, _name: None)
    dialog = open_dialog(qtbot, sqlite_ctx, casey, runner, record)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy and dialog.written == []
    assert sqlite_ctx.handoffs.disclosures(sqlite_staff[Role.SUPERVISOR], record.id) == []


def test_refused_consent_offers_an_override_that_needs_a_reason(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    chosen: list[str],
    tmp_path: Path,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    record = without_consent(sqlite_ctx, casey)
    dialog = open_dialog(qtbot, sqlite_ctx, casey, runner, record)
    dialog.select(Recipient.PEER)
    assert "declined consent" in dialog.consent_label.text()
    assert dialog.override.isVisible() and dialog.override_note.isVisible()
    assert "emergency" in dialog.override_note.text().lower()
    assert not dialog.override_reason.isVisible()

    # From the keyboard: Alt+O ticks the override, Tab goes on to its reason, then the buttons.
    dialog.recipient.setFocus()
    qtbot.waitUntil(lambda: dialog.recipient.hasFocus())
    expected = [dialog.purpose, dialog.recipient_name, dialog.override, dialog.accept_button]
    for widget in expected:
        press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget

    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert chosen == [] and dialog.message_bar.kind == "problem"
    assert "needs the caller's consent" in dialog.message_bar.text()

    press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.override.isChecked)  # a mnemonic clicks after a short animation
    assert dialog.override_reason.isVisible()
    assert QApplication.focusWidget() is dialog.override_reason
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert chosen == [] and "Reason:" in dialog.message_bar.text()

    dialog.override_reason.setFocus()
    qtbot.keyClicks(dialog.override_reason, "Caller collapsed; transported to St. Mary's")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert dialog.message_bar.kind == "info", dialog.message_bar.text()
    assert (tmp_path / "out" / chosen[-1]).read_bytes().startswith(b"%PDF")
    [entry] = sqlite_ctx.handoffs.disclosures(sqlite_staff[Role.SUPERVISOR], record.id)
    assert entry.consent is ConsentBasis.EMERGENCY_OVERRIDE
    assert entry.override_reason == "Caller collapsed; transported to St. Mary's"
    assert entry.recipient_kind == "peer"

    # The caller's own safety plan never needs consent: no override is offered.
    dialog.select("en")
    assert not dialog.override.isVisible()


def test_a_refusal_from_the_service_also_offers_the_override(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    chosen: list[str],
) -> None:
    """The dialog checks the call it was given; the service checks the database's call."""
    casey = sqlite_staff[Role.COUNSELOR]
    stored = without_consent(sqlite_ctx, casey)
    shown = replace(stored, disposition=replace(stored.disposition, follow_up_consent=True))
    dialog = open_dialog(qtbot, sqlite_ctx, casey, runner, shown)
    dialog.select(Recipient.CLINICIAN)
    assert not dialog.override.isVisible()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert dialog.message_bar.kind == "problem"
    assert "needs the caller's consent" in dialog.message_bar.text()
    assert "Traceback" not in dialog.message_bar.text()
    assert dialog.override.isVisible()
    dialog.override.setChecked(True)
    dialog.override_reason.setText("Imminent risk; ER needs the history now")
    dialog.message_bar.clear_message()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert dialog.message_bar.kind == "info", dialog.message_bar.text()
    [entry] = sqlite_ctx.handoffs.disclosures(sqlite_staff[Role.SUPERVISOR], stored.id)
    assert entry.consent is ConsentBasis.EMERGENCY_OVERRIDE


def test_open_in_viewer_writes_a_private_copy_and_sweeps_old_ones(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = viewer_folder()
    folder.mkdir(parents=True)
    stale, fresh = folder / "handoff-old.pdf", folder / "handoff-recent.pdf"
    for path in (stale, fresh):
        path.write_bytes(b"%PDF-old")
    two_days_ago = time.time() - 2 * VIEWER_COPY_MAX_AGE
    os.utime(stale, (two_days_ago, two_days_ago))
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    casey = sqlite_staff[Role.COUNSELOR]
    record = saved_call(sqlite_ctx, casey)
    dialog = open_dialog(qtbot, sqlite_ctx, casey, runner, record)
    qtbot.waitUntil(lambda: not stale.exists(), timeout=WAIT_MS)
    assert fresh.exists()

    dialog.select(Recipient.PSAP)
    qtbot.mouseClick(dialog.viewer_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert dialog.message_bar.kind == "info", dialog.message_bar.text()
    assert "Opened" in dialog.message_bar.text()
    [url] = opened
    path = Path(url.toLocalFile())
    assert path.parent == folder and path == dialog.written[-1]
    assert path.name.startswith(f"handoff-{record.reference}-psap-")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert record.reference in pdf_text(path.read_bytes())
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []  # no temp file left


def test_no_viewer_is_explained_and_the_copy_deleted(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    casey = sqlite_staff[Role.COUNSELOR]
    dialog = open_dialog(qtbot, sqlite_ctx, casey, runner, saved_call(sqlite_ctx, casey))
    qtbot.mouseClick(dialog.viewer_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert dialog.message_bar.kind == "problem"
    assert "No PDF viewer" in dialog.message_bar.text()
    qtbot.waitUntil(lambda: not dialog.written[-1].exists(), timeout=WAIT_MS)


def test_a_character_no_font_has_is_reported(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    chosen: list[str],
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    record = saved_call(sqlite_ctx, casey)
    record = sqlite_ctx.intake.save(
        casey, replace(record, caller=replace(record.caller, name="Ana \ue000 Lee"))
    )
    dialog = open_dialog(qtbot, sqlite_ctx, casey, runner, record)
    dialog.select(Recipient.PEER)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    wait_done(qtbot, dialog)
    assert "Warning:" in dialog.message_bar.text() and "U+E000" in dialog.message_bar.text()


def test_the_shortcut_opens_the_dialog_for_the_saved_call(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[CallRecord] = []

    def ask(
        _cls: object,
        _parent: object,
        _services: object,
        _runner: object,
        _user: object,
        record: CallRecord,
    ) -> None:
        asked.append(record)

    monkeypatch.setattr(HandoffDialog, "ask", classmethod(ask))
    assert SHORTCUTS["handoff"] == "Ctrl+P"
    assert list(SHORTCUTS.values()).count("Ctrl+P") == 1
    casey = sqlite_staff[Role.COUNSELOR]
    record = saved_call(sqlite_ctx, casey)
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, record, in_database=True)
    assert workspace.handoff_button.isVisible() and workspace.handoff_button.isEnabled()
    workspace.focus_first_field()
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in asked] == [record.id]

    # Unsaved changes are saved first; the dialog gets the call as the database holds it.
    workspace.form.narrative.setPlainText("Caller agreed to see the mobile team.")
    assert workspace.is_dirty()
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=WAIT_MS)
    assert asked[1].narrative == "Caller agreed to see the mobile team."
    assert asked[1].version > record.version
    assert sqlite_ctx.intake.load(casey, record.id).narrative == asked[1].narrative


def test_a_new_call_must_be_saved_before_a_handoff(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(HandoffDialog, "ask", classmethod(lambda *_a: pytest.fail("opened")))
    casey = sqlite_staff[Role.COUNSELOR]
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    assert workspace.handoff_button.isVisible() and not workspace.handoff_button.isEnabled()
    workspace.request_handoff()
    assert "Save the call first" in workspace.message_bar.text()


def test_the_action_is_hidden_without_the_handoff_permission(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(HandoffDialog, "ask", classmethod(lambda *_a: pytest.fail("opened")))
    record = saved_call(sqlite_ctx, sqlite_staff[Role.COUNSELOR])
    admin = sqlite_staff[Role.ADMINISTRATOR]
    workspace = show_workspace(
        qtbot, sqlite_ctx, admin, runner, record, in_database=True, editable=False
    )
    assert not workspace.handoff_button.isVisible()
    assert not workspace.shortcuts["handoff"].isEnabled()
    workspace.tabs.tabBar().setFocus()
    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    workspace.request_handoff()
    # The peer specialist may hand off.
    peer = show_workspace(
        qtbot,
        sqlite_ctx,
        sqlite_staff[Role.PEER_SPECIALIST],
        runner,
        record,
        in_database=True,
        editable=False,
    )
    assert peer.handoff_button.isVisible()
