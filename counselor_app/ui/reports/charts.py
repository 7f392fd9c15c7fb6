"""The report's charts (QtCharts), readable in grayscale: fill patterns and value labels.

Each series gets a fill pattern as well as a shade, so a printout or a colour-blind reader
still tells them apart; bars carry their values as labels. Every chart sits beside a table of
the same numbers (``models``), which is what a screen reader reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from counselor_app.domain.outcomes import DISPOSITION_KEYS, OutcomeReport
from counselor_app.ui.i18n import translate
from counselor_app.ui.reports.models import week_label
from counselor_app.ui.reports.texts import disposition_text

PATTERNS: tuple[tuple[Qt.BrushStyle, str], ...] = (
    (Qt.BrushStyle.SolidPattern, "#d9d9d9"),
    (Qt.BrushStyle.SolidPattern, "#404040"),
    (Qt.BrushStyle.BDiagPattern, "#000000"),
    (Qt.BrushStyle.CrossPattern, "#000000"),
    (Qt.BrushStyle.HorPattern, "#000000"),
    (Qt.BrushStyle.FDiagPattern, "#000000"),
    (Qt.BrushStyle.Dense4Pattern, "#000000"),
    (Qt.BrushStyle.DiagCrossPattern, "#7a7a7a"),
)
"""Fill of each disposition in the weekly chart: pattern and shade (distinct in grayscale)."""


def _styled(bar_set: QBarSet, index: int) -> None:
    style, shade = PATTERNS[index % len(PATTERNS)]
    bar_set.setBrush(QBrush(QColor(shade), style))
    bar_set.setPen(QPen(QColor("#000000"), 0.8))
    bar_set.setLabelColor(QColor("#000000"))


def _base_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return chart


def weekly_chart(report: OutcomeReport) -> QChart:
    """Calls per week, stacked by disposition (one patterned series each)."""
    chart = _base_chart(translate("Reports", "Calls per week by disposition"))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.legend().setMarkerShape(chart.legend().MarkerShape.MarkerShapeRectangle)
    series = QStackedBarSeries()
    for index, key in enumerate(DISPOSITION_KEYS):
        bar_set = QBarSet(disposition_text(key))
        bar_set.append([float(w.counts[index]) for w in report.weeks])
        _styled(bar_set, index)
        series.append(bar_set)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    weeks = QBarCategoryAxis()
    weeks.append([week_label(w.week_start) for w in report.weeks])
    if len(report.weeks) > 8:
        weeks.setLabelsAngle(-90)
    weeks.setTitleText(translate("Reports", "Week starting"))
    counts = QValueAxis()
    counts.setLabelFormat("%d")
    counts.setTitleText(translate("Reports", "Calls"))
    counts.setMin(0)
    counts.setMax(max([w.total for w in report.weeks] + [4]) * 1.05)
    counts.applyNiceNumbers()
    chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(weeks)
    series.attachAxis(counts)
    return chart


def category_chart(title: str, labels: Sequence[str], values: Sequence[int], unit: str) -> QChart:
    """A horizontal bar per category, its value printed at the bar's end (first at the top)."""
    chart = _base_chart(title)
    chart.legend().hide()
    bar_set = QBarSet(unit)
    bar_set.append([float(v) for v in reversed(values)])
    bar_set.setBrush(QBrush(QColor("#8c8c8c"), Qt.BrushStyle.SolidPattern))
    bar_set.setPen(QPen(QColor("#000000"), 0.8))
    bar_set.setLabelColor(QColor("#000000"))
    series = QHorizontalBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(12)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(list(reversed(labels)))
    counts = QValueAxis()
    counts.setLabelFormat("%d")
    counts.setTitleText(unit)
    counts.setMin(0)
    counts.setMax(max([*values, 4]) * 1.15)
    counts.applyNiceNumbers()
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    series.attachAxis(counts)
    return chart


def chart_view(name: str, description: str, parent: QWidget | None = None) -> QChartView:
    """A chart view with its accessible name and a description pointing to its data table."""
    view = QChartView(parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setMinimumSize(360, 240)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return view
