"""Table models of the reports screen: the figures, and the data behind each chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QLocale, QObject

from counselor_app.domain.outcomes import (
    DISPOSITION_KEYS,
    Figure,
    OutcomeReport,
    WeekCount,
    disposition_label,
)
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, translate
from counselor_app.ui.reports.texts import (
    figure_text,
    formula_text,
    risk_text,
    timeliness_text,
    value_text,
)
from counselor_app.ui.table import Column, RecordTableModel


def _denominator(figure: Figure) -> str:
    return "—" if figure.denominator is None else f"{figure.denominator:,}"


class FigureTableModel(RecordTableModel):
    """One row per figure: value, numerator, denominator, records lacking data, definition.

    Headers stay English in ``columns`` and are translated when shown (``translation_context``).
    """

    translation_context = "Reports"
    columns = (
        Column(QT_TRANSLATE_NOOP("Reports", "Figure"), lambda f: figure_text(f.definition, "name")),
        Column(
            QT_TRANSLATE_NOOP("Reports", "Value"),
            value_text,
            lambda f: f.value or 0.0,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Reports", "Numerator"),
            lambda f: f"{f.numerator:,}",
            lambda f: f.numerator,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Reports", "Denominator"),
            _denominator,
            lambda f: f.denominator or 0,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Reports", "Lacking data"),
            lambda f: f"{f.lacking:,}",
            lambda f: f.lacking,
            numeric=True,
            tooltip=QT_TRANSLATE_NOOP(
                "Reports", "Records left out because they lack the data the figure needs"
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("Reports", "Definition"),
            lambda f: figure_text(f.definition, "definition"),
        ),
    )

    def tooltip(self, record: Figure, column: int) -> str | None:
        """The whole definition: numerator, denominator and the rule for missing data."""
        return figure_details(record)


def figure_details(figure: Figure) -> str:
    """A figure's definition in full, as the details line and the tooltips show it."""
    d = figure.definition
    lines = [
        translate("Reports", "{name}: {value} ({formula})").format(
            name=figure_text(d, "name"), value=value_text(figure), formula=formula_text(figure)
        ),
        figure_text(d, "definition"),
        translate("Reports", "Numerator: {text}").format(text=figure_text(d, "numerator")),
    ]
    if figure.denominator is not None:
        lines.append(
            translate("Reports", "Denominator: {text}").format(text=figure_text(d, "denominator"))
        )
    lines.append(
        translate("Reports", "Records lacking data ({count}): {text}").format(
            count=f"{figure.lacking:,}", text=figure_text(d, "lacking")
        )
    )
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ChartRow:
    """One row of a chart's data table: a category and its count (and share of the total)."""

    id: str
    label: str
    count: int
    total: int

    @property
    def share_text(self) -> str:
        """Share of the chart's total, in whole percent."""
        return f"{round(100 * self.count / self.total)}%" if self.total else "–"


class ChartTableModel(RecordTableModel):
    """The data behind the risk-mix and timeliness charts.

    The headers are English texts marked with ``QT_TRANSLATE_NOOP("Reports", ...)``; they are
    translated when shown.
    """

    translation_context = "Reports"

    def __init__(self, category_header: str, count_header: str, parent: QObject | None = None):
        super().__init__(parent)
        self.columns = (
            Column(category_header, lambda r: r.label),
            Column(count_header, lambda r: f"{r.count:,}", lambda r: r.count, numeric=True),
            Column(
                QT_TRANSLATE_NOOP("Reports", "Share"),
                lambda r: r.share_text,
                lambda r: r.count,
                numeric=True,
            ),
        )


def week_label(day: date) -> str:
    """``Mar 02``: a week by its first day (``02 mar`` in Spanish)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), translate("Reports", "MMM dd"))


def _disposition_column(index: int) -> Column:
    def shown(week: WeekCount) -> str:
        return f"{week.counts[index]:,}"

    def sort_key(week: WeekCount) -> int:
        return week.counts[index]

    # the English name: ``headerData`` translates it (Reports context, else as the intake does)
    return Column(disposition_label(DISPOSITION_KEYS[index]), shown, sort_key, numeric=True)


class WeekTableModel(RecordTableModel):
    """The data behind the weekly chart: one row per week, one column per disposition.

    Disposition names are shown as the intake shows them; the other headers are translated in
    the Reports context.
    """

    translation_context = "Reports"

    def _translated(self, text: str) -> str:
        shown = super()._translated(text)
        return data_text(text) if shown == text else shown

    columns = (
        Column(QT_TRANSLATE_NOOP("Reports", "Week starting"), lambda w: w.week_start.isoformat()),
        *(_disposition_column(i) for i in range(len(DISPOSITION_KEYS))),
        Column(
            QT_TRANSLATE_NOOP("Reports", "Total"),
            lambda w: f"{w.total:,}",
            lambda w: w.total,
            numeric=True,
        ),
    )


def risk_rows(report: OutcomeReport) -> list[ChartRow]:
    """Rows of the risk-mix table, imminent first."""
    total = sum(n for _, n in report.risk_mix)
    return [
        ChartRow(level.value, risk_text(level.value, level.label), n, total)
        for level, n in report.risk_mix
    ]


def timeliness_rows(report: OutcomeReport) -> list[ChartRow]:
    """Rows of the timeliness table."""
    total = sum(n for _, n in report.timeliness)
    return [ChartRow(t.value, timeliness_text(t), n, total) for t, n in report.timeliness]


def week_rows(report: OutcomeReport) -> list[WeekCount]:
    """Rows of the weekly table."""
    return list(report.weeks)
