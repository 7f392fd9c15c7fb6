"""Referring the caller to a service: a note and whether the counselor connects them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.directory import ServiceDetail
from counselor_app.ui.dialogs import run_modal
from counselor_app.ui.i18n import translate
from counselor_app.ui.widgets import heading, note

NOTE_LIMIT = 2000
"""Longest referral note kept (the service checks again)."""


@dataclass(frozen=True, slots=True)
class ReferralChoice:
    """What the counselor chose in the dialog."""

    note: str
    warm_handoff: bool


class ReferDialog(QDialog):
    """Refer the caller on ``call_reference`` to ``detail``: a note and a warm-handoff flag."""

    def __init__(
        self, detail: ServiceDetail, call_reference: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Directory", "Refer to a service"))
        self.setModal(True)
        self.setMinimumWidth(460)
        self.title = heading(
            translate("Directory", "Refer call {reference}").format(reference=call_reference), 1.2
        )
        self.service = note(" — ".join(p for p in (detail.name, detail.organization_name) if p))
        self.service.setObjectName("referService")
        note_label = QLabel(
            translate("Directory", "&Note for the record (what was agreed, who to ask for):")
        )
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("referralNote")
        self.note.setAccessibleName(translate("Directory", "Referral note"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            translate(
                "Directory", "For example: caller will call tomorrow morning; ask for intake."
            )
        )
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 5 + 12)
        note_label.setBuddy(self.note)
        self.warm = QCheckBox(
            translate("Directory", "&Warm handoff: I am connecting the caller to this service"),
            self,
        )
        self.warm.setObjectName("warmHandoff")
        self.remaining = note()
        self.remaining.setObjectName("noteRemaining")
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            translate("Directory", "&Add referral"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.service)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.remaining)
        layout.addWidget(self.warm)
        layout.addWidget(self.buttons)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)
        self._connect_signals()
        self._update_remaining()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._on_note_text_changed)

    def choice(self) -> ReferralChoice:
        """The note (trimmed, at most ``NOTE_LIMIT`` characters) and the flag."""
        return ReferralChoice(self.note.toPlainText().strip()[:NOTE_LIMIT], self.warm.isChecked())

    @classmethod
    def ask(
        cls, parent: QWidget | None, detail: ServiceDetail, call_reference: str
    ) -> ReferralChoice | None:
        """Show the dialog; the choice, or ``None`` when cancelled."""
        dialog = cls(detail, call_reference, parent)
        return dialog.choice() if run_modal(dialog) else None

    def _update_remaining(self) -> None:
        left = NOTE_LIMIT - len(self.note.toPlainText().strip())
        self.remaining.setText(
            translate("Directory", "{count} characters left.").format(count=left)
            if left >= 0
            else translate("Directory", "{count} characters over the limit.").format(count=-left)
        )
        self.accept_button.setEnabled(left >= 0)

    @Slot()
    def _on_note_text_changed(self) -> None:
        self._update_remaining()
