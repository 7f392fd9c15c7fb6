"""The reports page: the program outcome report with its period, filters, charts and exports.

The report is made off the GUI thread (the runner) when the page is first shown and whenever the
supervisor asks (the "Make report" button or F5). It is not remade on every change elsewhere: a
report over a year of calls is a real query, so the page only says that records changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import CallSource
from counselor_app.domain.outcomes import (
    FIGURES,
    OutcomeFilters,
    OutcomeReport,
    ReportChoices,
    ReportPeriod,
)
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import AppEvents
from counselor_app.ui.formatting import count_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.page import ListPage
from counselor_app.ui.reports.charts import category_chart, chart_view, weekly_chart
from counselor_app.ui.reports.models import (
    ChartTableModel,
    FigureTableModel,
    WeekTableModel,
    figure_details,
    risk_rows,
    timeliness_rows,
    week_rows,
)
from counselor_app.ui.reports.texts import filters_text, notes_text, period_text
from counselor_app.ui.table import RecordTableModel

DEFAULT_DAYS = 28
"""The period shown first: the last four weeks, today included."""

FIGURE_WIDTHS = (330, 80, 90, 100, 100)
EXPORT_FILTERS = {
    "csv": QT_TRANSLATE_NOOP("Reports", "CSV spreadsheet (*.csv)"),
    "json": QT_TRANSLATE_NOOP("Reports", "JSON (*.json)"),
    "pdf": QT_TRANSLATE_NOOP("Reports", "PDF document (*.pdf)"),
}
CHANGED_NOTE = QT_TRANSLATE_NOOP(
    "Reports", "Records have changed since this report was made; press Make report to update it."
)


def choose_export_path(parent: QWidget | None, fmt: str, suggested: str) -> Path | None:
    """Ask where the export goes (``None`` when the person cancels)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Reports", "Export the outcome report as {format}").format(format=fmt.upper()),
        str(Path.home() / suggested),
        translate("Reports", EXPORT_FILTERS[fmt]) + ";;" + translate("Reports", "All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(f".{fmt}")


def _labelled(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    label.setMinimumWidth(label.sizeHint().width() + 4)
    field.setAccessibleName(text.replace("&", ""))
    return label


def _data_table(model: RecordTableModel, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class ReportsView(ListPage):
    """Program outcome report: figures with their definitions, three charts, exports."""

    topics: ClassVar[frozenset[str]] = frozenset({"calls", "follow_ups"})

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Reports", "Reports"),
            services,
            user,
            runner,
            events,
            FigureTableModel(),
            parent,
        )
        self.report: OutcomeReport | None = None
        self._choices: ReportChoices | None = None
        self._busy = False
        self._split_sized = False
        self.description.setText(
            translate(
                "Reports",
                "Program outcome report. Calls count when they started within the period (center "
                "time zone). Select a figure to read its full definition.",
            )
        )
        self.description.show()

        today = QDate.currentDate()
        self.from_edit = self._date_edit(today.addDays(1 - DEFAULT_DAYS))
        self.to_edit = self._date_edit(today)
        self.source_combo = QComboBox(self)
        self.source_combo.addItem(translate("Reports", "All sources"), None)
        for source in CallSource:
            self.source_combo.addItem(data_text(source.label), source.value)
        self.counselor_combo = QComboBox(self)
        self.counselor_combo.addItem(translate("Reports", "All counselors"), None)
        self.team_combo = QComboBox(self)
        self.team_combo.addItem(translate("Reports", "All teams"), None)
        self.team_combo.setToolTip(
            translate("Reports", "Co-responder teams, by the unit recorded on their calls")
        )
        self.run_button = QPushButton(translate("Reports", "&Make report"), self)
        self.run_button.setToolTip(
            translate("Reports", "Make the report for this period and these filters (F5)")
        )
        self.export_buttons = {
            fmt: QPushButton(
                translate("Reports", "Export {format}…").format(format=fmt.upper()), self
            )
            for fmt in ("csv", "json", "pdf")
        }
        for fmt, button in self.export_buttons.items():
            button.setEnabled(False)
            button.setAccessibleName(
                translate("Reports", "Export the report as {format}").format(format=fmt.upper())
            )

        row = self.tool_row
        for text, field in (
            (translate("Reports", "&From"), self.from_edit),
            (translate("Reports", "&To"), self.to_edit),
            (translate("Reports", "So&urce"), self.source_combo),
            (translate("Reports", "C&ounselor"), self.counselor_combo),
            (translate("Reports", "T&eam"), self.team_combo),
        ):
            row.addWidget(_labelled(text, field))
            row.addWidget(field)
            row.addSpacing(6)
        row.addWidget(self.run_button)
        row.addStretch(1)
        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.status_note = QLabel(self)
        self.status_note.setObjectName("note")
        actions.addWidget(self.status_note, 1)
        for button in self.export_buttons.values():
            actions.addWidget(button)
        self.body.insertLayout(self.body.indexOf(self.table), actions)

        # figures (top) and charts (bottom), the split adjustable
        self.table.setSortingEnabled(False)
        self.table.setAccessibleName(translate("Reports", "Outcome figures"))
        for column, width in enumerate(FIGURE_WIDTHS):
            self.table.setColumnWidth(column, width)
        self._sized_columns = True
        self.details = QLabel(self)
        self.details.setObjectName("note")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(translate("Reports", "Definition of the selected figure"))
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.body.replaceWidget(self.table, top)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.details)

        self.week_model = WeekTableModel(self)
        self.risk_model = ChartTableModel(
            QT_TRANSLATE_NOOP("Reports", "Risk level"), QT_TRANSLATE_NOOP("Reports", "Calls"), self
        )
        self.timeliness_model = ChartTableModel(
            QT_TRANSLATE_NOOP("Reports", "First attempt"),
            QT_TRANSLATE_NOOP("Reports", "Contacts"),
            self,
        )
        self.charts = QTabWidget(self)
        self.charts.setAccessibleName(translate("Reports", "Charts"))
        self.week_view = chart_view(
            translate("Reports", "Chart: calls per week by disposition"),
            translate(
                "Reports",
                "Stacked bars, one per week; each disposition has its own fill pattern. "
                "The table beside the chart lists the same numbers.",
            ),
        )
        self.risk_view = chart_view(
            translate("Reports", "Chart: risk level mix"),
            translate(
                "Reports",
                "One bar per risk level with its number of calls. The table beside it lists them.",
            ),
        )
        self.timeliness_view = chart_view(
            translate("Reports", "Chart: follow-up timeliness"),
            translate(
                "Reports",
                "One bar per timeliness category with its number of contacts. The table beside "
                "it lists them.",
            ),
        )
        self.week_table = _data_table(
            self.week_model, translate("Reports", "Data: calls per week by disposition"), self
        )
        self.risk_table = _data_table(
            self.risk_model, translate("Reports", "Data: risk level mix"), self
        )
        self.timeliness_table = _data_table(
            self.timeliness_model, translate("Reports", "Data: follow-up timeliness"), self
        )
        for title, view, table in (
            (translate("Reports", "Calls per &week"), self.week_view, self.week_table),
            (translate("Reports", "&Risk level mix"), self.risk_view, self.risk_table),
            (
                translate("Reports", "Follow-up t&imeliness"),
                self.timeliness_view,
                self.timeliness_table,
            ),
        ):
            tab = QSplitter(Qt.Orientation.Horizontal, self.charts)
            tab.addWidget(view)
            tab.addWidget(table)
            tab.setStretchFactor(0, 3)
            tab.setStretchFactor(1, 2)
            tab.setChildrenCollapsible(False)
            tab.setSizes([640, 360])
            self.charts.addTab(tab, title)
        split = self.split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        self.body.replaceWidget(top, split)
        split.addWidget(top)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        rows = self.table.verticalHeader().defaultSectionSize()
        # every figure visible without scrolling; the charts take the rest
        self.table.setMinimumHeight(rows * 7)
        header = self.table.horizontalHeader().sizeHint().height()
        self._figures_height = rows * len(FIGURES) + header + 2 * self.table.frameWidth() + 2
        self.body.setStretchFactor(split, 1)
        self._connect_signals()

    @staticmethod
    def _date_edit(day: QDate) -> QDateEdit:
        edit = QDateEdit(day)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.run_button.clicked.connect(self._on_run_button_clicked)
        for fmt, button in self.export_buttons.items():
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))

    # --- making the report ---------------------------------------------------------------------

    def period_dates(self) -> tuple[date, date]:
        """The dates of the period fields."""
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()  # type: ignore[return-value]

    def filters(self) -> OutcomeFilters:
        """The filters chosen."""
        source = self.source_combo.currentData()
        return OutcomeFilters(
            source=CallSource(source) if source else None,
            counselor_id=self.counselor_combo.currentData(),
            team=self.team_combo.currentData(),
        )

    def refresh(self) -> None:
        """Make the report again in the background."""
        self._set_busy(True)
        super().refresh()

    def _fetch_job(self) -> Callable[[], Any]:
        first, last = self.period_dates()
        filters = self.filters()
        outcomes, user = self._services.outcomes, self._user
        need_choices = self._choices is None

        def job() -> tuple[ReportChoices | None, OutcomeReport]:
            choices = outcomes.choices(user) if need_choices else None
            return choices, outcomes.report(user, ReportPeriod(first, last), filters)

        return job

    def _show_data(self, data: Any) -> None:
        choices, report = data
        if choices is not None:
            self._set_choices(choices)
        self.report = report
        self._set_busy(False)
        selected = self.selected_record()
        self.model.set_records(list(report.figures))
        keys = [f.key for f in report.figures]
        row = keys.index(selected.key) if selected is not None and selected.key in keys else 0
        self.week_model.set_records(week_rows(report))
        self.risk_model.set_records(risk_rows(report))
        self.timeliness_model.set_records(timeliness_rows(report))
        self.week_view.setChart(weekly_chart(report))
        self.risk_view.setChart(
            category_chart(
                translate("Reports", "Risk level mix"),
                [row.label for row in risk_rows(report)],
                [n for _, n in report.risk_mix],
                translate("Reports", "Calls"),
            )
        )
        self.timeliness_view.setChart(
            category_chart(
                translate("Reports", "Follow-up timeliness"),
                [row.label for row in timeliness_rows(report)],
                [n for _, n in report.timeliness],
                translate("Reports", "Contacts"),
            )
        )
        self.status_note.setText(
            f"{period_text(report)} · {filters_text(report)} · {notes_text(report)}"
        )
        for button in self.export_buttons.values():
            button.setEnabled(True)
        self.table.selectRow(row)
        self._selection_changed()
        if not self._split_sized:
            self._split_sized = True
            rows = self.table.verticalHeader().length()
            header = self.table.horizontalHeader().sizeHint().height()
            figures = max(self._figures_height, rows + header + 2 * self.table.frameWidth() + 2)
            top = figures + self.details.sizeHint().height() + 8
            self.split.setSizes([top, max(self.split.height() - top, 240)])

    def _set_choices(self, choices: ReportChoices) -> None:
        self._choices = choices
        for combo, items in (
            (self.counselor_combo, [(name, cid) for cid, name in choices.counselors]),
            (self.team_combo, [(team, team) for team in choices.teams]),
        ):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.run_button.setEnabled(not busy)
        if busy:
            self.footer.setText(translate("Reports", "Making the report…"))

    def _footer_text(self) -> str:
        if self.report is None:
            return translate("Reports", "No report yet")
        calls = self.report.figure("calls_handled").numerator
        return translate("Reports", "Report of {count}").format(
            count=count_text(calls, translate("Reports", "call"), translate("Reports", "calls"))
        )

    @Slot(object)
    def _on_fetch_failed(self, problem: Problem) -> None:
        self._set_busy(False)
        super()._on_fetch_failed(problem)

    def _selection_changed(self) -> None:
        figure = self.selected_record()
        self.details.setText(figure_details(figure) if figure is not None else "")

    @Slot(str, str)
    def _on_events_changed(self, topic: str, record_id: str) -> None:
        # Not remade on every change or periodic refresh: only noted (F5 or the button remakes).
        if topic in self.topics and self.report is not None:
            self.message_bar.show_text(translate("Reports", CHANGED_NOTE))

    @Slot()
    def _on_run_button_clicked(self) -> None:
        self.message_bar.clear_message()
        self.refresh()

    # --- exports -------------------------------------------------------------------------------

    def export(self, fmt: str, path: Path | None = None) -> None:
        """Export the report shown as ``fmt``; asks where unless ``path`` is given."""
        report = self.report
        if report is None:
            return
        suggested = f"outcomes-{report.period.first_day}-{report.period.last_day}.{fmt}"
        path = path or choose_export_path(self, fmt, suggested)
        if path is None:
            return
        outcomes, user = self._services.outcomes, self._user
        self.footer.setText(translate("Reports", "Exporting {format}…").format(format=fmt.upper()))
        self._runner.submit(
            lambda: outcomes.export(user, report, fmt, path),
            lambda _data: self._on_export_succeeded(fmt, path),
            self._on_export_failed,
            owner=self,
        )

    def _on_export_succeeded(self, fmt: str, path: Path) -> None:
        self.message_bar.show_text(
            translate("Reports", "Saved the {format} report to {path}.").format(
                format=fmt.upper(), path=path
            )
        )
        self.footer.setText(self._footer_text())

    def _on_export_failed(self, problem: Problem) -> None:
        self.show_problem(problem)
        self.footer.setText(self._footer_text())
