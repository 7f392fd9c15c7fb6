"""The screen of changes kept on this workstation: see why one was refused, try again, discard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext, build_context
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.follow_ups import AttemptResult
from counselor_app.services import outbox as outbox_module
from counselor_app.services.outbox import Outbox
from counselor_app.ui import i18n
from counselor_app.ui.dialogs import ConfirmDialog
from counselor_app.ui.events import AppEvents
from counselor_app.ui.kept_changes import KeptChangesDialog
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Runner
from tests.conftest import FAST_HASHER
from tests.services.test_outbox import Network
from tests.support.follow_ups import scheduled
from tests.support.keyrings import MemoryKeyring

NOTE = "Left a message about Tuesday's group"


@pytest.fixture
def elsewhere(sqlite_url: str, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """Another workstation on the same database."""
    context = build_context(
        sqlite_url, settings=Settings(), keyring_backend=memory_keyring, password_hasher=FAST_HASHER
    )
    yield context
    context.close()


def held_attempt(
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    monkeypatch: pytest.MonkeyPatch,
    elsewhere: AppContext,
    tmp_path: Path,
    *,
    second: bool = False,
) -> Outbox:
    """A peer's attempt kept offline, then refused: the follow-up was closed meanwhile."""
    outbox = Outbox(tmp_path / "outbox", ctx.credentials, ctx.database.location)
    ctx.follow_ups.attach_outbox(outbox)
    _call, ids = scheduled(ctx, staff[Role.COUNSELOR])
    peer = staff[Role.PEER_SPECIALIST]
    ctx.follow_ups.claim(peer, ids[0])
    ctx.follow_ups.open_queue(peer)
    network = Network(monkeypatch)
    network.down = True
    ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.VOICEMAIL, notes=NOTE)
    if second:
        ctx.follow_ups.record_attempt(peer, ids[0], AttemptResult.NO_ANSWER, notes="again")
    network.down = False
    elsewhere.follow_ups.record_attempt(staff[Role.SUPERVISOR], ids[0], AttemptResult.REACHED)
    assert len(outbox.replay().held) == (2 if second else 1)
    held_attempt.reference = _call.reference  # type: ignore[attr-defined]
    return outbox


def dialog_for(
    qtbot: QtBot, outbox: Outbox, user: SignedInUser, runner: Runner, rows: int = 1
) -> KeptChangesDialog:
    sent: list[int] = []

    def send_now() -> None:  # as the main window's connection check does (there, in the background)
        sent.append(1)
        outbox.replay()

    dialog = KeptChangesDialog(outbox, user, runner, send_now=send_now)
    dialog.sent = sent  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows, timeout=10_000)
    return dialog


def test_the_maker_sees_why_and_what_then_tries_again_then_discards(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
    elsewhere: AppContext,
    tmp_path: Path,
) -> None:
    outbox = held_attempt(sqlite_ctx, sqlite_staff, monkeypatch, elsewhere, tmp_path, second=True)
    reference = held_attempt.reference  # type: ignore[attr-defined]
    dialog = dialog_for(qtbot, outbox, sqlite_staff[Role.PEER_SPECIALIST], runner, rows=2)
    change = dialog.selected()
    assert change is not None and change.held
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[1:5] == [
        "Follow-up attempt: Left a voicemail",
        reference,
        "Pat Peer",
        "Needs attention",
    ]
    assert "already completed" in row[5]
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    details = dialog.details.toPlainText().splitlines()
    assert details[0] == "Result: Left a voicemail"
    assert details[1].startswith("Time of the attempt: ") and "+00:00" not in details[1]
    assert details[2:] == [f"Call: {reference}", f"Notes: {NOTE}"]
    assert dialog.retry_button.isEnabled() and dialog.discard_button.isEnabled()
    # The second attempt is held only behind the first: it goes again with it, not alone.
    dialog.table.selectRow(1)
    assert dialog.model.index(1, 1).data() == "Follow-up attempt: No answer"
    assert not dialog.retry_button.isEnabled() and dialog.discard_button.isEnabled()
    dialog.table.selectRow(0)

    # Try again: both are sent at once (send_now) and refused again; the open dialog reads the
    # outbox again by itself and shows them held once more.
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.sent == [1], timeout=10_000)  # type: ignore[attr-defined]
    assert "Sending it again" in dialog.message_bar.text()
    assert outbox.status().held == 2
    qtbot.waitUntil(
        lambda: [dialog.model.index(r, 4).data() for r in range(2)] == ["Needs attention"] * 2,
        timeout=10_000,
    )
    assert dialog.retry_button.isEnabled()
    outbox.discard(outbox.entries()[1].key)  # as if discarded from another window
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)

    # Discard: only after the confirmation.
    answers: list[bool | None] = [None, True]
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, _button: str) -> bool | None:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(ConfirmDialog, "ask", confirm)
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # asked, declined: nothing was sent to discard it
    assert outbox.status().held == 1  # declined: still kept
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10_000)
    assert outbox.status().empty
    assert "Follow-up attempt" in asked[0] and "never reaches the database" in asked[0]
    assert "Nothing is kept on this workstation" in dialog.message_bar.text()
    assert not dialog.retry_button.isEnabled() and not dialog.discard_button.isEnabled()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_someone_else_sees_the_row_but_not_what_it_says(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
    elsewhere: AppContext,
    tmp_path: Path,
) -> None:
    outbox = held_attempt(sqlite_ctx, sqlite_staff, monkeypatch, elsewhere, tmp_path)
    dialog = dialog_for(qtbot, outbox, sqlite_staff[Role.SUPERVISOR], runner)
    assert dialog.details.toPlainText() == "Only Pat Peer can see what this change says."
    assert NOTE not in dialog.details.toPlainText()
    assert not dialog.retry_button.isEnabled() and not dialog.discard_button.isEnabled()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_the_session_menu_opens_the_kept_changes(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[object] = []
    monkeypatch.setattr(KeptChangesDialog, "ask", lambda *args: opened.append(args[1]))
    window = MainWindow(sqlite_ctx, sqlite_staff[Role.PEER_SPECIALIST], runner, events)
    qtbot.addWidget(window)
    window.show()
    assert window.kept_changes_action.isVisible()
    window.kept_changes_action.trigger()
    assert opened == [sqlite_ctx.outbox]
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    window.discard()


def test_an_entry_that_cannot_be_described_is_still_listed_and_can_be_discarded(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
    elsewhere: AppContext,
    tmp_path: Path,
) -> None:
    outbox = held_attempt(sqlite_ctx, sqlite_staff, monkeypatch, elsewhere, tmp_path)

    def broken(_entry: object) -> None:
        raise KeyError("result")  # an entry of an older format

    monkeypatch.setattr(outbox_module, "describe", broken)
    dialog = dialog_for(qtbot, outbox, sqlite_staff[Role.PEER_SPECIALIST], runner)
    assert (
        dialog.details.toPlainText() == "This change could not be read; it can only be discarded."
    )
    assert dialog.model.index(0, 1).data() == "Follow-up attempt"
    assert not dialog.retry_button.isEnabled() and dialog.discard_button.isEnabled()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_the_outbox_reason_is_shown_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    monkeypatch: pytest.MonkeyPatch,
    elsewhere: AppContext,
    tmp_path: Path,
) -> None:
    outbox = held_attempt(sqlite_ctx, sqlite_staff, monkeypatch, elsewhere, tmp_path, second=True)
    i18n.install_language("es")
    try:
        dialog = dialog_for(qtbot, outbox, sqlite_staff[Role.PEER_SPECIALIST], runner, rows=2)
        assert dialog.model.index(1, 5).data() == (
            "Espera detrás de un cambio anterior del mismo registro que requiere atención."
        )
        assert dialog.model.index(1, 1).data() == "Intento de seguimiento: No contestó"
    finally:
        i18n.install_language("en")
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
