"""Resolving a conflict: someone else saved the call while this workstation was editing it.

Every field that differs is shown side by side -- the field, what this workstation has ("mine")
and what the database now holds ("theirs") -- with a choice per field. Nothing is overwritten
silently: the person keeps theirs, takes mine, or merges field by field, and the result is saved
on top of their version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calls import CallRecord
from counselor_app.services.reference import ReferenceData
from counselor_app.ui.dialogs import run_modal
from counselor_app.ui.i18n import translate
from counselor_app.ui.intake.compare import FieldDiff, differences, keep_mine, merge
from counselor_app.ui.widgets import heading, note

MINE = "mine"
THEIRS = "theirs"


def _value_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class ConflictDialog(QDialog):
    """Side by side: every differing field, mine and theirs, with a choice per field."""

    def __init__(
        self,
        mine: CallRecord,
        theirs: CallRecord,
        reference: ReferenceData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Intake", "Someone else saved this call"))
        self.setModal(True)
        self.mine = mine
        self.theirs = theirs
        self.result_record: CallRecord | None = None
        self.diffs: list[FieldDiff] = differences(mine, theirs, reference)
        self.choices: dict[tuple[str, ...], QButtonGroup] = {}

        intro = note(
            translate(
                "Intake",
                "While you were working on {reference}, it was saved elsewhere "
                "(now version {version}). Nothing has been overwritten. For each field "
                "below, choose which value to keep, or keep all of yours or all of theirs.",
            ).format(reference=mine.reference, version=theirs.version)
        )
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        bold = QFont(self.font())
        bold.setBold(True)
        headers = (
            translate("Intake", "Field"),
            translate("Intake", "Mine (this workstation)"),
            translate("Intake", "Theirs (saved)"),
        )
        for column, text in enumerate(headers):
            header = QLabel(text)
            header.setFont(bold)
            grid.addWidget(header, 0, column * 2 if column else 0, 1, 2 if column else 1)
        for n, diff in enumerate(self.diffs, start=1):
            label = QLabel(diff.label)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            mine_button = QRadioButton(translate("Intake", "Mine"))
            theirs_button = QRadioButton(translate("Intake", "Theirs"))
            for button, value, text in (
                (mine_button, MINE, diff.mine),
                (theirs_button, THEIRS, diff.theirs),
            ):
                button.setProperty("choice", value)
                button.setObjectName(f"{value}_{'.'.join(diff.path)}")
                button.setAccessibleName(f"{diff.label}: {button.text()}")
                button.setAccessibleDescription(text)
            mine_button.setChecked(True)
            buttons = QButtonGroup(self)
            buttons.addButton(mine_button)
            buttons.addButton(theirs_button)
            self.choices[diff.path] = buttons
            grid.addWidget(label, n * 2, 0)
            grid.addWidget(mine_button, n * 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_value_label(diff.mine), n * 2, 2)
            grid.addWidget(theirs_button, n * 2, 3, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_value_label(diff.theirs), n * 2, 4)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(line, n * 2 + 1, 0, 1, 5)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 4)
        grid.setColumnStretch(4, 4)
        grid.setRowStretch(len(self.diffs) * 2 + 2, 1)
        if not self.diffs:
            grid.addWidget(
                note(translate("Intake", "The two versions hold the same content.")), 2, 0, 1, 5
            )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.buttons = QDialogButtonBox()
        self.keep_mine_button: QPushButton = self.buttons.addButton(
            translate("Intake", "Keep &mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_theirs_button: QPushButton = self.buttons.addButton(
            translate("Intake", "Take &theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button: QPushButton = self.buttons.addButton(
            translate("Intake", "Merge &selected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.later_button: QPushButton = self.buttons.addButton(
            translate("Intake", "Decide later"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.merge_button.setDefault(True)
        self.keep_mine_button.setToolTip(
            translate("Intake", "Save every field as you have it, on top of theirs.")
        )
        self.take_theirs_button.setToolTip(
            translate("Intake", "Drop your changes and continue from theirs.")
        )
        self.merge_button.setToolTip(translate("Intake", "Save the value chosen in each row."))
        self.later_button.setToolTip(
            translate("Intake", "Nothing is saved now; your text stays on this screen.")
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(translate("Intake", "Someone else saved this call"), 1.25))
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(960, 620)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.keep_mine_button.clicked.connect(self._on_keep_mine_button_clicked)
        self.take_theirs_button.clicked.connect(self._on_take_theirs_button_clicked)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self.later_button.clicked.connect(self.reject)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        mine: CallRecord,
        theirs: CallRecord,
        reference: ReferenceData | None = None,
    ) -> CallRecord | None:
        """Ask the person how to resolve the conflict.

        Returns the record to save on top of ``theirs.version`` (``theirs`` itself when the
        person takes theirs), or ``None`` to decide later.
        """
        dialog = cls(mine, theirs, reference, parent)
        run_modal(dialog)
        return dialog.result_record

    def choose(self, path: tuple[str, ...], choice: str) -> None:
        """Pick ``MINE`` or ``THEIRS`` for one field."""
        for button in self.choices[path].buttons():
            if button.property("choice") == choice:
                button.setChecked(True)

    def merged(self) -> CallRecord:
        """Theirs, with the fields where "mine" is chosen taken from mine."""
        chosen = []
        for path, group in self.choices.items():
            checked = group.checkedButton()
            if checked is not None and checked.property("choice") == MINE:
                chosen.append(path)
        return merge(self.mine, self.theirs, chosen)

    @Slot()
    def _on_keep_mine_button_clicked(self) -> None:
        self.result_record = keep_mine(self.mine, self.theirs)
        self.accept()

    @Slot()
    def _on_take_theirs_button_clicked(self) -> None:
        self.result_record = self.theirs
        self.accept()

    @Slot()
    def _on_merge_button_clicked(self) -> None:
        self.result_record = self.merged()
        self.accept()
