"""Changes kept on this workstation (the offline outbox), for the person to see, retry or discard.

A change made while the database could not be reached waits here until it is sent; one the
database refused when it was sent (the follow-up was closed meanwhile, the call was changed
elsewhere) is *held* until a person decides. This dialog lists them all with their reason; the
person who made a change sees what it says (to redo it elsewhere or copy a note), can try it
again (after what blocked it was fixed) or discard it after a confirmation. Nothing here is
ever removed without that decision.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.follow_ups import AttemptResult
from counselor_app.services.outbox import CALL_COMPLETE, CALL_SAVE, FOLLOW_UP_ATTEMPT, KeptChange
from counselor_app.ui.context import OutboxPort
from counselor_app.ui.dialogs import ConfirmDialog, run_modal
from counselor_app.ui.follow_ups.models import result_label
from counselor_app.ui.formatting import local_time_text, timestamp
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate
from counselor_app.ui.ops import Runner
from counselor_app.ui.table import Column, RecordTableModel, make_proxy
from counselor_app.ui.widgets import MessageBar, heading, note

__all__ = ["KeptChangesDialog", "kind_text"]

CONTEXT = "KeptChanges"

REFRESH_MS = 3000
"""How often the open dialog reads the kept changes again."""

_KINDS = {
    CALL_SAVE: QT_TRANSLATE_NOOP("KeptChanges", "Call saved"),
    CALL_COMPLETE: QT_TRANSLATE_NOOP("KeptChanges", "Call completed"),
    FOLLOW_UP_ATTEMPT: QT_TRANSLATE_NOOP("KeptChanges", "Follow-up attempt"),
}

_DETAIL_LABELS = {
    "Call": QT_TRANSLATE_NOOP("KeptChanges", "Call"),
    "Result": QT_TRANSLATE_NOOP("KeptChanges", "Result"),
    "Time of the attempt": QT_TRANSLATE_NOOP("KeptChanges", "Time of the attempt"),
    "Notes": QT_TRANSLATE_NOOP("KeptChanges", "Notes"),
    "Next step": QT_TRANSLATE_NOOP("KeptChanges", "Next step"),
}


def kind_text(kind: str) -> str:
    """What kind of change it is, in the interface language."""
    source = _KINDS.get(kind)
    return translate("KeptChanges", source) if source else kind


def change_text(change: KeptChange) -> str:
    """The kind of change, with a follow-up attempt's result as the Follow-ups page names it."""
    if change.result:
        return f"{kind_text(change.kind)}: {result_label(AttemptResult(change.result))}"
    return kind_text(change.kind)


def state_text(change: KeptChange) -> str:
    """Waiting to be sent, or needing a person."""
    if change.held:
        return translate("KeptChanges", "Needs attention")
    return translate("KeptChanges", "Waiting to be sent")


def why_text(change: KeptChange) -> str:
    """Why a change is held (the outbox's own reason or the refusal), translated."""
    return message_text(change.problem)


class KeptChangesTableModel(RecordTableModel):
    """The kept changes, in the order they were made; held ones in bold."""

    translation_context = CONTEXT
    columns = (
        Column(
            QT_TRANSLATE_NOOP("KeptChanges", "Made"),
            lambda c: local_time_text(c.made_at),
            lambda c: timestamp(c.made_at),
        ),
        Column(QT_TRANSLATE_NOOP("KeptChanges", "Change"), change_text),
        Column(QT_TRANSLATE_NOOP("KeptChanges", "About"), lambda c: c.subject),
        Column(QT_TRANSLATE_NOOP("KeptChanges", "By"), lambda c: c.made_by),
        Column(QT_TRANSLATE_NOOP("KeptChanges", "State"), state_text),
        Column(QT_TRANSLATE_NOOP("KeptChanges", "Why"), why_text),
    )

    def emphasized(self, record: Any) -> bool:
        """Changes that need a person are shown in bold."""
        return bool(record.held)


class KeptChangesDialog(QDialog):
    """The changes kept on this workstation; the maker of a held one may retry or discard it."""

    def __init__(
        self,
        outbox: OutboxPort,
        user: SignedInUser,
        runner: Runner,
        parent: QWidget | None = None,
        send_now: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._user = user
        self._runner = runner
        self._send_now = send_now
        self.setWindowTitle(translate("KeptChanges", "Changes kept on this workstation"))
        self.setMinimumSize(820, 480)
        self.model = KeptChangesTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView(self)
        self.table.setObjectName("keptChangesTable")
        self.table.setAccessibleName(translate("KeptChanges", "Changes kept on this workstation"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("keptChangeDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(translate("KeptChanges", "What the change says"))
        self.details.setMaximumHeight(150)
        self.retry_button = QPushButton(translate("KeptChanges", "&Try again"))
        self.retry_button.setObjectName("retryKeptChange")
        self.retry_button.setToolTip(
            translate(
                "KeptChanges",
                "Send this change to the database again, once what refused it has been fixed.",
            )
        )
        self.discard_button = QPushButton(translate("KeptChanges", "&Discard…"))
        self.discard_button.setObjectName("discardKeptChange")
        self.message_bar = MessageBar(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(translate("KeptChanges", "Changes kept on this workstation"), 1.25)
        )
        layout.addWidget(
            note(
                translate(
                    "KeptChanges",
                    "Changes made while the database could not be reached wait here, encrypted, "
                    "and are sent in order as soon as it answers. A change the database refused "
                    "when it was sent needs attention (bold): its reason is shown. Only the "
                    "person who made a change sees what it says and can try it again or discard "
                    "it; nothing is removed without that decision.",
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # Changes are sent in the background (the window's connection check): read them again
        # every few seconds while the dialog is open.
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.reload)
        self._refresh_timer.start()
        self._show_selected()
        self.reload()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        outbox: OutboxPort,
        user: SignedInUser,
        runner: Runner,
        send_now: Callable[[], None] | None = None,
    ) -> None:
        """Show the dialog until closed."""
        run_modal(cls(outbox, user, runner, parent, send_now))

    def reload(self) -> None:
        """Read the kept changes again (in the background)."""
        outbox = self._outbox
        self._runner.submit(
            outbox.kept_changes,
            self._on_loaded,
            self.message_bar.show_problem,
            owner=self,
            key="kept-changes",  # latest wins: an older read never brings back a discarded change
        )

    def selected(self) -> KeptChange | None:
        """The change selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record: KeptChange = self.model.record_at(self.proxy.mapToSource(rows[0]).row())
        return record

    def select_key(self, key: str) -> bool:
        """Select the change with ``key``; False when it is not listed."""
        for row in range(self.model.rowCount()):
            if self.model.record_at(row).key == key:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    # --- slots -----------------------------------------------------------------------------

    def _on_loaded(self, changes: list[KeptChange]) -> None:
        before = self.selected()
        self.model.set_records(changes)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()  # the reasons wrap in the last column
        if not changes:
            self.message_bar.show_text(
                translate(
                    "KeptChanges",
                    "Nothing is kept on this workstation: every change reached the database.",
                )
            )
        if (before is None or not self.select_key(before.key)) and changes:
            self.table.selectRow(0)
        self._show_selected()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        change = self.selected()
        own = change is not None and change.made_by_id == self._user.id
        # A change held only behind an earlier one of the same record goes again with it.
        self.retry_button.setEnabled(
            bool(
                own
                and change is not None
                and change.held
                and change.readable
                and not change.waits_behind
            )
        )
        self.discard_button.setEnabled(own)
        if change is None:
            self.details.setPlainText("")
        elif own and not change.readable:
            self.details.setPlainText(
                translate("KeptChanges", "This change could not be read; it can only be discarded.")
            )
        elif own:
            lines = []
            if change.result:
                result = result_label(AttemptResult(change.result))
                lines.append(f"{translate('KeptChanges', 'Result')}: {result}")
            if change.acted_at is not None:
                when = translate("KeptChanges", "Time of the attempt")
                lines.append(f"{when}: {local_time_text(change.acted_at)}")
            lines += [
                f"{translate('KeptChanges', _DETAIL_LABELS.get(label, label))}: {value}"
                for label, value in change.details
            ]
            self.details.setPlainText("\n".join(lines))
        else:
            self.details.setPlainText(
                translate("KeptChanges", "Only {name} can see what this change says.").format(
                    name=change.made_by
                )
            )

    @Slot()
    def _on_retry_button_clicked(self) -> None:
        change = self.selected()
        if change is None:
            return
        outbox, key = self._outbox, change.key
        self._runner.submit(
            lambda: outbox.release(key),
            self._on_released,
            self.message_bar.show_problem,
            owner=self,
        )

    def _on_released(self, _released: object) -> None:
        self.message_bar.show_text(
            translate(
                "KeptChanges", "Sending it again; if it is refused again, it comes back here."
            )
        )
        if self._send_now is not None:
            self._send_now()
        self.reload()

    @Slot()
    def _on_discard_button_clicked(self) -> None:
        change = self.selected()
        if change is None:
            return
        confirmed = ConfirmDialog.ask(
            self,
            translate("KeptChanges", "Discard this change?"),
            translate(
                "KeptChanges",
                "“{change}” ({about}) is deleted from this workstation and never reaches the "
                "database. Copy what you still need from it first.",
            ).format(change=kind_text(change.kind), about=change.subject),
            translate("KeptChanges", "Discard"),
        )
        if not confirmed:
            return
        outbox, key = self._outbox, change.key
        self._runner.submit(
            lambda: outbox.discard(key),
            lambda _gone: self.reload(),
            self.message_bar.show_problem,
            owner=self,
        )
