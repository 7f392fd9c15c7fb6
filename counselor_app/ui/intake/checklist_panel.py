"""The "Checklists" tab: start de-escalation checklists; ticking an item stamps the time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calls import CallRecord
from counselor_app.domain.checklists import ChecklistRunState, ChecklistTemplate
from counselor_app.ui.formatting import clock_seconds_text, clock_text
from counselor_app.ui.i18n import data_text, translate
from counselor_app.ui.intake.fields import check_box, labelled, line_edit
from counselor_app.ui.widgets import note

NOT_DONE = ""


class ChecklistRunBox(QGroupBox):
    """One running checklist: a check box, the time done and a note for every item."""

    changed = Signal()

    def __init__(
        self,
        run: ChecklistRunState,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"checklist_{run.template_key}")
        self._run = run
        self._now = now
        self._loading = False
        self.checks: dict[str, QCheckBox] = {}
        self.times: dict[str, QLabel] = {}
        self.notes: dict[str, QLineEdit] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(3, 2)
        for row, item in enumerate(run.items):
            item_label = data_text(item.label)
            check = check_box(item_label, f"item_{item.key}")
            when = QLabel()
            when.setObjectName(f"itemTime_{item.key}")
            when.setMinimumWidth(when.fontMetrics().horizontalAdvance("✓ 00:00:00 PM") + 4)
            when.setAccessibleName(translate("Intake", "{item}: time done").format(item=item_label))
            edit = line_edit(f"itemNote_{item.key}", translate("Intake", "optional"), 500)
            edit.setAccessibleDescription(item_label)
            label = labelled(translate("Intake", "Note:"), edit)
            grid.addWidget(check, row, 0)
            grid.addWidget(when, row, 1)
            grid.addWidget(label, row, 2)
            grid.addWidget(edit, row, 3)
            self.checks[item.key] = check
            self.times[item.key] = when
            self.notes[item.key] = edit
            check.toggled.connect(self._on_check_toggled)
            edit.textEdited.connect(self._on_note_text_edited)
        self.show_run(run)

    @property
    def run(self) -> ChecklistRunState:
        """The run as ticked and annotated so far."""
        return self._run

    def focus_chain(self) -> list[QWidget]:
        """Each item's check box, then its note."""
        chain: list[QWidget] = []
        for key, check in self.checks.items():
            chain.extend([check, self.notes[key]])
        return chain

    def show_run(self, run: ChecklistRunState) -> None:
        """Show ``run``'s ticks, times and notes."""
        self._loading = True
        try:
            self._run = run
            for item in run.items:
                self.checks[item.key].setChecked(item.done_at is not None)
                if self.notes[item.key].text() != item.note:
                    self.notes[item.key].setText(item.note)
                self._show_time(item.key, item.done_at)
            self._update_title()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """Ticks and notes cannot change in a read-only call."""
        for key, check in self.checks.items():
            check.setEnabled(not read_only)
            self.notes[key].setReadOnly(read_only)

    def _show_time(self, key: str, done_at: datetime | None) -> None:
        self.times[key].setText(f"✓ {clock_seconds_text(done_at)}" if done_at else NOT_DONE)

    def _update_title(self) -> None:
        run = self._run
        title = data_text(run.title)
        self.setTitle(
            translate(
                "Intake", "{title} (v{version}) — started {time} — {done} of {total} done"
            ).format(
                title=title,
                version=run.template_version,
                time=clock_text(run.started_at),
                done=run.done_count,
                total=len(run.items),
            )
        )
        self.setAccessibleName(translate("Intake", "{title} checklist").format(title=title))

    @Slot(bool)
    def _on_check_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        box = self.sender()
        key = next((k for k, c in self.checks.items() if c is box), None)
        if key is None:
            return
        self._run = self._run.mark(key, checked, self._now())
        done_at = next(i.done_at for i in self._run.items if i.key == key)
        self._show_time(key, done_at)
        self._update_title()
        self.changed.emit()

    @Slot(str)
    def _on_note_text_edited(self, text: str) -> None:
        edit = self.sender()
        key = next((k for k, e in self.notes.items() if e is edit), None)
        if key is None:
            return
        self._run = self._run.annotate(key, text)
        self.changed.emit()


class ChecklistPanel(QWidget):
    """Choose a template, start it; every running checklist below."""

    changed = Signal()
    focus_chain_changed = Signal()

    def __init__(
        self,
        templates: tuple[ChecklistTemplate, ...],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._read_only = False
        self._templates: list[ChecklistTemplate] = []
        self.template = QComboBox()
        self.template.setObjectName("checklistTemplate")
        self.start_button = QPushButton(translate("Intake", "Start checklist"))
        self.start_button.setObjectName("startChecklist")
        self.start_button.setAccessibleName(translate("Intake", "Start checklist"))
        self.description = note()
        self.empty_note = note(
            translate("Intake", "No checklist started yet. Choose one above and start it.")
        )
        self.runs: list[ChecklistRunBox] = []
        chooser = QHBoxLayout()
        chooser.addWidget(labelled(translate("Intake", "Checklist:"), self.template))
        chooser.addWidget(self.template, 1)
        chooser.addWidget(self.start_button)
        self.runs_layout = QVBoxLayout()
        self.runs_layout.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(chooser)
        layout.addWidget(self.description)
        layout.addWidget(self.empty_note)
        layout.addLayout(self.runs_layout)
        layout.addStretch(1)
        self.set_templates(templates)
        self.template.currentIndexChanged.connect(self._on_template_current_index_changed)
        self.start_button.clicked.connect(self._on_start_button_clicked)

    def set_templates(
        self, templates: tuple[ChecklistTemplate, ...] | list[ChecklistTemplate]
    ) -> None:
        """Offer ``templates`` (keeping the choice when it is still there)."""
        current = self.template.currentData()
        self._templates = list(templates)
        self.template.blockSignals(True)
        self.template.clear()
        for template in self._templates:
            self.template.addItem(
                f"{data_text(template.title)} (v{template.version})", template.key
            )
        index = self.template.findData(current)
        self.template.setCurrentIndex(max(index, 0))
        self.template.blockSignals(False)
        self._show_description()

    def focus_chain(self) -> list[QWidget]:
        """Chooser, start, then each running checklist."""
        chain: list[QWidget] = [self.template, self.start_button]
        for box in self.runs:
            chain.extend(box.focus_chain())
        return chain

    def load(self, record: CallRecord) -> None:
        """Show the record's checklists."""
        for box in self.runs:
            self.runs_layout.removeWidget(box)
            box.deleteLater()
        self.runs = []
        for run in record.checklists:
            self._add_box(run)
        self.empty_note.setVisible(not self.runs)
        self.focus_chain_changed.emit()

    def apply(self, record: CallRecord) -> CallRecord:
        """``record`` with the checklists as ticked."""
        return replace(record, checklists=tuple(box.run for box in self.runs))

    def start(self, key: str | None = None) -> ChecklistRunBox | None:
        """Start the chosen template (or the one called ``key``).

        A checklist already running is focused instead of started twice.
        """
        key = key or self.template.currentData()
        template = next((t for t in self._templates if t.key == key), None)
        if template is None:
            return None
        for box in self.runs:
            if box.run.template_key == template.key:
                box.focus_chain()[0].setFocus(Qt.FocusReason.OtherFocusReason)
                return box
        box = self._add_box(ChecklistRunState.start(template, self._now()))
        self.empty_note.setVisible(False)
        self.focus_chain_changed.emit()
        box.focus_chain()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return box

    def set_read_only(self, read_only: bool) -> None:
        """No new checklists, ticks or notes in a read-only call."""
        self._read_only = read_only
        self.template.setEnabled(not read_only)
        self.start_button.setEnabled(not read_only)
        for box in self.runs:
            box.set_read_only(read_only)

    def summary(self) -> str:
        """``"Crisis de-escalation 3/10"`` for the header; empty when none runs."""
        return "; ".join(
            f"{data_text(box.run.title)} {box.run.done_count}/{len(box.run.items)}"
            for box in self.runs
        )

    def _add_box(self, run: ChecklistRunState) -> ChecklistRunBox:
        box = ChecklistRunBox(run, self._now)
        box.set_read_only(self._read_only)
        box.changed.connect(self.changed)
        self.runs.append(box)
        self.runs_layout.addWidget(box)
        box.show()  # at once, not at the next event loop turn: the focus goes into it now
        return box

    def _show_description(self) -> None:
        key = self.template.currentData()
        template = next((t for t in self._templates if t.key == key), None)
        self.description.setText(data_text(template.description) if template else "")
        self.description.setVisible(bool(template and template.description))

    @Slot(int)
    def _on_template_current_index_changed(self, _index: int) -> None:
        self._show_description()

    @Slot()
    def _on_start_button_clicked(self) -> None:
        self.start()
