"""Table models of the reports screen: the figures, and the data behind each chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject

from counselor_app.domain.outcomes import (
    DISPOSITION_KEYS,
    Figure,
    OutcomeReport,
    WeekCount,
    disposition_label,
)
from counselor_app.ui.table import Column, RecordTableModel


def _denominator(figure: Figure) -> str:
    return "—" if figure.denominator is None else f"{figure.denominator:,}"


class FigureTableModel(RecordTableModel):
    """One row per figure: value, numerator, denominator, records lacking data, definition."""

    columns = (
        Column("Figure", lambda f: f.definition.name),
        Column("Value", lambda f: f.value_text, lambda f: f.value or 0.0, numeric=True),
        Column("Numerator", lambda f: f"{f.numerator:,}", lambda f: f.numerator, numeric=True),
        Column("Denominator", _denominator, lambda f: f.denominator or 0, numeric=True),
        Column(
            "Lacking data",
            lambda f: f"{f.lacking:,}",
            lambda f: f.lacking,
            numeric=True,
            tooltip="Records left out because they lack the data the figure needs",
        ),
        Column("Definition", lambda f: f.definition.definition),
    )

    def tooltip(self, record: Figure, column: int) -> str | None:
        """The whole definition: numerator, denominator and the rule for missing data."""
        return figure_details(record)


def figure_details(figure: Figure) -> str:
    """A figure's definition in full, as the details line and the tooltips show it."""
    d = figure.definition
    lines = [f"{d.name}: {figure.value_text} ({figure.formula})", d.definition]
    lines.append(f"Numerator: {d.numerator}")
    if figure.denominator is not None:
        lines.append(f"Denominator: {d.denominator}")
    lines.append(f"Records lacking data ({figure.lacking:,}): {d.lacking}")
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
    """The data behind the risk-mix and timeliness charts."""

    def __init__(self, category_header: str, count_header: str, parent: QObject | None = None):
        super().__init__(parent)
        self.columns = (
            Column(category_header, lambda r: r.label),
            Column(count_header, lambda r: f"{r.count:,}", lambda r: r.count, numeric=True),
            Column("Share", lambda r: r.share_text, lambda r: r.count, numeric=True),
        )


def week_label(day: date) -> str:
    """``Mar 02``: a week by its first day."""
    return f"{day:%b %d}"


def _disposition_column(index: int) -> Column:
    def shown(week: WeekCount) -> str:
        return f"{week.counts[index]:,}"

    def sort_key(week: WeekCount) -> int:
        return week.counts[index]

    return Column(disposition_label(DISPOSITION_KEYS[index]), shown, sort_key, numeric=True)


class WeekTableModel(RecordTableModel):
    """The data behind the weekly chart: one row per week, one column per disposition."""

    columns = (
        Column("Week starting", lambda w: w.week_start.isoformat()),
        *(_disposition_column(i) for i in range(len(DISPOSITION_KEYS))),
        Column("Total", lambda w: f"{w.total:,}", lambda w: w.total, numeric=True),
    )


def risk_rows(report: OutcomeReport) -> list[ChartRow]:
    """Rows of the risk-mix table, imminent first."""
    total = sum(n for _, n in report.risk_mix)
    return [ChartRow(level.value, level.label, n, total) for level, n in report.risk_mix]


def timeliness_rows(report: OutcomeReport) -> list[ChartRow]:
    """Rows of the timeliness table."""
    total = sum(n for _, n in report.timeliness)
    return [ChartRow(t.value, t.label, n, total) for t, n in report.timeliness]


def week_rows(report: OutcomeReport) -> list[WeekCount]:
    """Rows of the weekly table."""
    return list(report.weeks)
