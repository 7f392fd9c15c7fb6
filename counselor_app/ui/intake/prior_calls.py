"""Repeat callers: earlier calls with the same call-back number or name, beside the form."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calls import PriorCall
from counselor_app.ui.formatting import local_time_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, risk_level_text, translate
from counselor_app.ui.intake.fields import group
from counselor_app.ui.widgets import note

USE_PLAN_TEXT = QT_TRANSLATE_NOOP("Intake", "Use this safety plan")
MATCHED_BY = {
    "number": QT_TRANSLATE_NOOP("Intake", "number"),
    "name": QT_TRANSLATE_NOOP("Intake", "name"),
    "number and name": QT_TRANSLATE_NOOP("Intake", "number and name"),
}
"""How an earlier call was matched (``PriorCall.matched_by``), marked for translation."""


class PriorCallsPanel(QWidget):
    """A small list of earlier calls; hidden while there are none."""

    use_plan_requested = Signal(object)
    """The ``PriorCall`` whose safety plan the counselor wants to carry forward."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priorCalls")
        self.box = group(translate("Intake", "Earlier calls from this caller"))
        self.summary = note()
        self.summary.setObjectName("priorCallsSummary")
        self.list = QTreeWidget()
        self.list.setObjectName("priorCallsList")
        self.list.setAccessibleName(translate("Intake", "Earlier calls from this caller"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setHeaderLabels(
            [
                translate("Intake", "Date"),
                translate("Intake", "Risk"),
                translate("Intake", "Disposition"),
                translate("Intake", "Safety plan"),
                translate("Intake", "Matched by"),
            ]
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._row_height = self.list.fontMetrics().height() + 6
        self.use_plan = QPushButton(translate("Intake", USE_PLAN_TEXT))
        self.use_plan.setObjectName("usePriorSafetyPlan")
        self.use_plan.setAccessibleName(translate("Intake", USE_PLAN_TEXT))
        self.use_plan.setToolTip(
            translate(
                "Intake",
                "Fill the empty sections of this call's safety plan from the selected earlier "
                "call.",
            )
        )
        self.use_plan.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.use_plan)
        inner = QVBoxLayout(self.box)
        inner.addWidget(self.list)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self._calls: list[PriorCall] = []
        self._read_only = False
        self.hide()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.use_plan.clicked.connect(self._on_use_plan_clicked)

    @property
    def calls(self) -> list[PriorCall]:
        """The earlier calls shown."""
        return list(self._calls)

    def show_calls(self, calls: list[PriorCall]) -> None:
        """Show ``calls`` (newest first); hide the panel when there are none."""
        if calls == self._calls:
            return
        self._calls = list(calls)
        self.list.clear()
        for call in calls:
            item = QTreeWidgetItem(
                [
                    local_time_text(call.started_at),
                    risk_level_text(call.risk_level.value, call.risk_level.label),
                    data_text(call.disposition.label)
                    if call.disposition
                    else translate("Intake", "Not decided"),
                    translate("Intake", "Has safety plan")
                    if call.has_safety_plan
                    else translate("Intake", "No plan"),
                    translate("Intake", MATCHED_BY.get(call.matched_by, call.matched_by)),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(call.id))
            item.setToolTip(0, call.reference)
            self.list.addTopLevelItem(item)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        header = self.list.header().sizeHint().height()
        self.list.setFixedHeight(header + self._row_height * min(max(len(calls), 1), 4) + 6)
        count = len(calls)
        self.summary.setText(
            translate("Intake", "1 earlier call.")
            if count == 1
            else translate("Intake", "{count} earlier calls; the newest is listed first.").format(
                count=count
            )
        )
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.setVisible(bool(calls))
        self._update_button()

    def selected(self) -> PriorCall | None:
        """The earlier call selected in the list."""
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = uuid.UUID(str(item.data(0, Qt.ItemDataRole.UserRole)))
        return next((c for c in self._calls if c.id == wanted), None)

    def set_read_only(self, read_only: bool) -> None:
        """Carrying a plan forward is an edit."""
        self._read_only = read_only
        self._update_button()

    def _update_button(self) -> None:
        chosen = self.selected()
        self.use_plan.setEnabled(
            chosen is not None and chosen.has_safety_plan and not self._read_only
        )

    @Slot()
    def _on_list_current_item_changed(self) -> None:
        self._update_button()

    @Slot()
    def _on_use_plan_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.use_plan_requested.emit(chosen)
