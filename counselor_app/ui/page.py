"""The common frame of a list screen: heading, message bar, tool row, table, footer.

A page loads through the runner when it is first shown, and again whenever the application-wide
change signal names one of its ``topics`` (or the periodic ``refresh``). A page that is hidden
only notes that it is stale and reloads when it is shown again, so hidden pages cost nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ClassVar

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import SignedInUser
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import REFRESH_TOPIC, AppEvents
from counselor_app.ui.formatting import clock_text
from counselor_app.ui.i18n import translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.table import RecordTableModel, make_proxy
from counselor_app.ui.widgets import MessageBar, heading, note


class ListPage(QWidget):
    """Base of the read-only list screens. Subclasses provide ``_fetch`` and the model."""

    topics: ClassVar[frozenset[str]] = frozenset()
    """Change topics that make this page reload."""

    default_sort: ClassVar[tuple[int, Qt.SortOrder] | None] = None
    """Column and order shown first; ``None`` keeps the order the service returns."""

    loaded = Signal()
    """Emitted after fresh data has been shown."""

    def __init__(
        self,
        title: str,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        model: RecordTableModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(type(self).__name__)
        self.setAccessibleName(title)
        self._services = services
        self._user = user
        self._runner = runner
        self._events = events
        self._stale = True
        self._sized_columns = False
        self._showing_load_problem = False
        self.title = title
        self.model = model
        model.setParent(self)
        self.proxy = make_proxy(model, self)

        self.heading = heading(title)
        self.description = note()
        self.description.hide()
        self.message_bar = MessageBar(self)
        self.tool_row = QHBoxLayout()
        self.tool_row.setSpacing(8)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        if self.default_sort is None:
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        else:
            self.table.sortByColumn(*self.default_sort)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.footer = QLabel(self)
        self.footer.setObjectName("footer")
        self.footer.setText(translate("Common", "Loading…"))
        self.setFocusProxy(self.table)

        layout = QVBoxLayout(self)
        self.body = layout
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.description)
        layout.addWidget(self.message_bar)
        layout.addLayout(self.tool_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)

    def _connect_signals(self) -> None:
        """Connect the change signal and the table; subclasses extend and call this once."""
        self._events.changed.connect(self._on_events_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

    # --- loading -------------------------------------------------------------------------------

    @property
    def stale(self) -> bool:
        """True when the page should reload before it is next looked at."""
        return self._stale

    def refresh(self) -> None:
        """Reload in the background."""
        self._stale = False
        self._runner.submit(
            self._fetch_job(),
            self._on_fetch_succeeded,
            self._on_fetch_failed,
            key=f"refresh:{type(self).__name__}:{id(self)}",
            owner=self,
        )

    def load_now(self) -> None:
        """Load synchronously on the calling thread (screenshots only; never on a live screen)."""
        self._stale = False
        self._on_fetch_succeeded(self._fetch_job()())

    def _fetch_job(self) -> Callable[[], Any]:
        """GUI thread: the function a worker runs, with any inputs (search text) captured now."""
        return self._fetch

    def _fetch(self) -> Any:
        """Worker thread: read what the page shows. Never touches widgets."""
        raise NotImplementedError

    def _show_data(self, data: Any) -> None:
        """GUI thread: put fetched data on screen. The default shows a list of records."""
        self.set_records_keeping_selection(data)

    def _footer_text(self) -> str:
        """The footer's summary of what is shown."""
        return translate("Common", "{count} rows").format(count=self.proxy.rowCount())

    def set_records_keeping_selection(self, records: list[Any]) -> None:
        """Replace the model's records; the selected record stays selected if still there."""
        selected = self.selected_record()
        if not self.model.set_records(records):
            return
        if not self._sized_columns and records:
            self.table.resizeColumnsToContents()
            self._sized_columns = True
        if selected is not None:
            self.select_record(getattr(selected, "id", None))

    @Slot(object)
    def _on_fetch_succeeded(self, data: Any) -> None:
        self._show_data(data)
        if self._showing_load_problem:
            self.message_bar.clear_message()
            self._showing_load_problem = False
        self.footer.setText(
            translate("Common", "{summary} · updated {time}").format(
                summary=self._footer_text(), time=clock_text(datetime.now(UTC))
            )
        )
        self.loaded.emit()

    @Slot(object)
    def _on_fetch_failed(self, problem: Problem) -> None:
        self.show_problem(problem)
        self._showing_load_problem = True
        self.footer.setText(
            translate("Common", "{summary} · could not update").format(summary=self._footer_text())
        )

    def show_problem(self, problem: Problem) -> None:
        """Show a problem above the list (never modal)."""
        self._showing_load_problem = False
        self.message_bar.show_problem(problem)

    # --- selection -----------------------------------------------------------------------------

    def selected_record(self) -> Any | None:
        """The record of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        if not source.isValid():
            return None
        return self.model.record_at(source.row())

    def select_record(self, record_id: object) -> bool:
        """Select the row of the record with this id; False when it is not in the list."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def _selection_changed(self) -> None:
        """Hook: the selected record changed."""

    # --- slots ---------------------------------------------------------------------------------

    @Slot(str, str)
    def _on_events_changed(self, topic: str, record_id: str) -> None:
        if topic != REFRESH_TOPIC and topic not in self.topics:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @Slot()
    def _on_table_selection_changed(self) -> None:
        self._selection_changed()

    def showEvent(self, event: QShowEvent) -> None:
        """Reload a stale page when it comes into view."""
        super().showEvent(event)
        if self._stale:
            self.refresh()
