"""The imminent-risk panel: the protocol's four steps, each stamped with the time it was done.

It appears above the tabs when the call reaches imminent risk -- not as a modal dialog: the
counselor keeps talking and typing. When it appears, the first step not yet done takes the focus
and screen readers hear an announcement.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calls import CallRecord, ImminentStep, ImminentStepKind
from counselor_app.ui.formatting import clock_seconds_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, translate

TITLE = QT_TRANSLATE_NOOP("Intake", "IMMINENT RISK — follow the protocol")
POLICY = QT_TRANSLATE_NOOP(
    "Intake",
    "Active engagement first · the least invasive intervention · active rescue when the "
    "person cannot or will not keep safe · inform the supervisor · confirm emergency services "
    "made contact.",
)
NOT_DONE = QT_TRANSLATE_NOOP("Intake", "Not done")
CONFIRM_NOTE = QT_TRANSLATE_NOOP("Intake", "Required before the call can be completed.")


def _announce(widget: QWidget, text: str) -> None:
    """Ask screen readers to read ``text`` (Qt 6.8+; quietly skipped where unsupported)."""
    try:
        from PySide6.QtGui import QAccessibleAnnouncementEvent
    except ImportError:  # pragma: no cover - older Qt
        return
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        QAccessible.updateAccessibility(event)


class ImminentPanel(QFrame):
    """Four steps; each "Done" button stamps the time it was pressed."""

    step_done = Signal(str)
    """The ``ImminentStepKind`` value of the step the counselor marked done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imminentPanel")
        self.setAccessibleName(translate("Intake", "Imminent risk protocol"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(translate("Intake", TITLE))
        self.title.setObjectName("imminentTitle")
        self.policy = QLabel(translate("Intake", POLICY))
        self.policy.setObjectName("imminentPolicy")
        self.policy.setWordWrap(True)
        self.buttons: dict[ImminentStepKind, QPushButton] = {}
        self.times: dict[ImminentStepKind, QLabel] = {}
        self.cells: dict[ImminentStepKind, QFrame] = {}
        steps = QGridLayout()
        steps.setHorizontalSpacing(10)
        for column, kind in enumerate(ImminentStepKind):
            cell = QFrame()
            cell.setObjectName(
                "imminentConfirm" if kind is ImminentStepKind.CONTACT_CONFIRMED else "imminentStep"
            )
            cell.setProperty("done", False)
            # Equal widths whatever the text: the labels wrap instead of widening the cell.
            cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            inner = QVBoxLayout(cell)
            inner.setContentsMargins(8, 4, 8, 4)
            inner.setSpacing(2)
            step = data_text(kind.label)
            name = QLabel(f"{column + 1}. {step}")
            name.setObjectName("imminentStepName")
            name.setWordWrap(True)
            when = QLabel(translate("Intake", NOT_DONE))
            when.setObjectName(f"imminentTime_{kind.value}")
            when.setAccessibleName(translate("Intake", "{item}: time done").format(item=step))
            when.setWordWrap(True)
            button = QPushButton(translate("Intake", "Done"))
            button.setObjectName(f"imminentDone_{kind.value}")
            button.setAccessibleName(translate("Intake", "{step}: done").format(step=step))
            button.setToolTip(
                translate("Intake", "Mark '{step}' done now (the time is recorded)").format(
                    step=step
                )
            )
            button.setProperty("step", kind.value)
            inner.addWidget(name)
            if kind is ImminentStepKind.CONTACT_CONFIRMED:
                required = QLabel(translate("Intake", CONFIRM_NOTE))
                required.setObjectName("imminentConfirmNote")
                required.setWordWrap(True)
                inner.addWidget(required)
            inner.addStretch(1)
            done_row = QHBoxLayout()
            done_row.setSpacing(8)
            done_row.addWidget(button)
            done_row.addWidget(when, 1)
            inner.addLayout(done_row)
            steps.addWidget(cell, 0, column)
            steps.setColumnStretch(column, 1)
            self.buttons[kind] = button
            self.times[kind] = when
            self.cells[kind] = cell
            button.clicked.connect(self._on_done_button_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.policy)
        layout.addLayout(steps)
        self._read_only = False
        self.hide()

    def focus_chain(self) -> list[QWidget]:
        """The Done buttons in protocol order."""
        return list(self.buttons.values())

    def show_record(self, record: CallRecord, *, announce: bool = False) -> None:
        """Show the steps of ``record``; visible while imminent or once any step is done."""
        for kind in ImminentStepKind:
            self._show_step(record.step(kind))
        wanted = record.imminent or any(s.done_at is not None for s in record.imminent_steps)
        appearing = wanted and self.isHidden()
        self.setVisible(wanted)
        self.title.setText(
            translate("Intake", TITLE)
            if record.imminent
            else translate("Intake", "Imminent-risk protocol (steps taken)")
        )
        if appearing and announce and record.imminent:
            first = next(
                (b for k, b in self.buttons.items() if record.step(k).done_at is None), None
            )
            if first is not None and first.isEnabled():
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            _announce(
                self, translate("Intake", "Imminent risk.") + " " + translate("Intake", POLICY)
            )

    def set_read_only(self, read_only: bool) -> None:
        """Steps cannot be stamped in a read-only call."""
        self._read_only = read_only
        for kind, button in self.buttons.items():
            button.setEnabled(not read_only and not self.cells[kind].property("done"))

    def _show_step(self, step: ImminentStep) -> None:
        done = step.done_at is not None
        text = translate("Intake", NOT_DONE)
        if step.done_at is not None:
            done_time = clock_seconds_text(step.done_at)
            text = (
                translate("Intake", "✓ Done {time} by {name}").format(
                    time=done_time, name=step.done_by
                )
                if step.done_by
                else translate("Intake", "✓ Done {time}").format(time=done_time)
            )
        self.times[step.kind].setText(text)
        self.buttons[step.kind].setEnabled(not done and not self._read_only)
        self.buttons[step.kind].setVisible(not done)
        cell = self.cells[step.kind]
        if cell.property("done") != done:
            cell.setProperty("done", done)
            cell.style().unpolish(cell)
            cell.style().polish(cell)

    @Slot()
    def _on_done_button_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            self.step_done.emit(str(button.property("step")))
