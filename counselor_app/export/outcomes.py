"""The outcome report as CSV, JSON and PDF: de-identified (counts, flags and definitions only).

The report holds no client data by construction (see ``domain.outcomes``); the only free text
in it is the filter labels (a staff member's name, a team name) and the unit-cost source, which
the CSV writer still guards against spreadsheet formula injection and the PDF writer escapes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from counselor_app.domain.outcomes import (
    DISPOSITION_KEYS,
    FigureKind,
    OutcomeReport,
    disposition_label,
)
from counselor_app.export import pdf
from counselor_app.export.fonts import FontChain
from counselor_app.export.text import TextRenderer, replace_style

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (or a command)."""

DE_IDENTIFIED = (
    "De-identified program report: counts and shares only; no names, numbers, locations or "
    "narratives."
)


def safe_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: a leading ``'`` before a formula character."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START):
        return "'" + text
    return text


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.6f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def _about(report: OutcomeReport) -> list[tuple[str, str]]:
    labels = report.filter_labels
    costs = report.costs
    return [
        ("Center", report.center_name),
        ("Period", report.period.label),
        ("Time zone", report.time_zone),
        ("Source", labels.source),
        ("Counselor", labels.counselor),
        ("Team", labels.team),
        ("Generated", _local(report)),
        ("Police hours per avoided dispatch", _number(costs.police_hours_per_dispatch)),
        ("EMS hours per avoided dispatch", _number(costs.ems_hours_per_dispatch)),
        ("Police cost per hour", _number(costs.police_cost_per_hour)),
        ("Cost per ambulance dispatch", _number(costs.ambulance_cost_per_dispatch)),
        ("Unit costs source", costs.source or "not recorded (shipped defaults)"),
    ]


def _local(report: OutcomeReport) -> str:
    """When the report was made, in the center's time zone (UTC if the zone is unknown)."""
    try:
        zone: tzinfo = ZoneInfo(report.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    local = report.generated_at.astimezone(zone)
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''}".strip()


FIGURE_HEADER = (
    "key",
    "figure",
    "value",
    "shown as",
    "numerator",
    "denominator",
    "records lacking data",
    "formula",
    "definition",
    "numerator counts",
    "denominator counts",
    "records lacking data are",
)


def _figure_rows(report: OutcomeReport) -> list[list[str]]:
    rows = []
    for f in report.figures:
        d = f.definition
        rows.append(
            [
                d.key,
                d.name,
                _number(f.value),
                f.value_text,
                str(f.numerator),
                "" if f.denominator is None else str(f.denominator),
                str(f.lacking),
                f.formula,
                d.definition,
                d.numerator,
                d.denominator,
                d.lacking,
            ]
        )
    return rows


def _week_rows(report: OutcomeReport) -> tuple[list[str], list[list[str]]]:
    header = ["week starting", *(disposition_label(k) for k in DISPOSITION_KEYS), "total"]
    rows = [
        [w.week_start.isoformat(), *(str(n) for n in w.counts), str(w.total)] for w in report.weeks
    ]
    return header, rows


def report_csv(report: OutcomeReport) -> bytes:
    """The report as one CSV file of labelled sections (UTF-8 with BOM, for spreadsheets)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def section(title: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        writer.writerow([safe_cell(title)])
        writer.writerow([safe_cell(h) for h in header])
        for row in rows:
            writer.writerow([safe_cell(cell) for cell in row])
        writer.writerow([])

    section("Program outcome report", ("item", "value"), _about(report))
    section("Figures", FIGURE_HEADER, _figure_rows(report))
    header, rows = _week_rows(report)
    section("Calls per week by disposition", header, rows)
    section(
        "Risk level mix",
        ("risk level", "calls"),
        [(level.label, str(n)) for level, n in report.risk_mix],
    )
    section(
        "Follow-up timeliness",
        ("first attempt", "contacts"),
        [(t.label, str(n)) for t, n in report.timeliness],
    )
    writer.writerow([safe_cell(DE_IDENTIFIED)])
    for note in report.notes:
        writer.writerow([safe_cell(note)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def report_data(report: OutcomeReport) -> dict[str, Any]:
    """The report as plain JSON-ready data."""
    filters = report.filters
    return {
        "report": "program_outcomes",
        "de_identified": True,
        "center": report.center_name,
        "period": {
            "from": report.period.first_day.isoformat(),
            "to": report.period.last_day.isoformat(),
            "time_zone": report.time_zone,
        },
        "filters": {
            "source": filters.source.value if filters.source else None,
            "counselor_id": str(filters.counselor_id) if filters.counselor_id else None,
            "counselor": report.filter_labels.counselor if filters.counselor_id else None,
            "team": filters.team,
        },
        "generated_at": report.generated_at.isoformat(timespec="seconds"),
        "unit_costs": {
            "police_hours_per_dispatch": report.costs.police_hours_per_dispatch,
            "ems_hours_per_dispatch": report.costs.ems_hours_per_dispatch,
            "police_cost_per_hour": report.costs.police_cost_per_hour,
            "ambulance_cost_per_dispatch": report.costs.ambulance_cost_per_dispatch,
            "source": report.costs.source,
        },
        "figures": [
            {
                "key": f.key,
                "name": f.definition.name,
                "kind": f.definition.kind.value,
                "value": f.value,
                "shown_as": f.value_text,
                "numerator": f.numerator,
                "denominator": f.denominator,
                "lacking_data": f.lacking,
                "formula": f.formula,
                "definition": f.definition.definition,
                "numerator_counts": f.definition.numerator,
                "denominator_counts": f.definition.denominator,
                "lacking_data_rule": f.definition.lacking,
            }
            for f in report.figures
        ],
        "calls_per_week": [
            {
                "week_start": w.week_start.isoformat(),
                "by_disposition": dict(zip(DISPOSITION_KEYS, w.counts, strict=True)),
                "total": w.total,
            }
            for w in report.weeks
        ],
        "risk_mix": {level.value: n for level, n in report.risk_mix},
        "follow_up_timeliness": {t.value: n for t, n in report.timeliness},
        "notes": list(report.notes),
    }


def report_json(report: OutcomeReport) -> bytes:
    """The report as indented UTF-8 JSON."""
    return (json.dumps(report_data(report), indent=2, ensure_ascii=False) + "\n").encode()


# --- PDF -------------------------------------------------------------------------------------


class _Pdf:
    def __init__(self, renderer: TextRenderer) -> None:
        self.r = renderer
        self.s = pdf.styles(renderer.chain.base, renderer.chain.base_bold, 9.5)
        self.width = pdf.content_width()
        self.font = renderer.chain.base

    def p(self, text: str, style: str = "body", *, bold: bool = False) -> Paragraph:
        return self.r.paragraph(text, self.s[style], self.width, bold=bold)

    def heading(self, text: str) -> list[Flowable]:
        return [CondPageBreak(1.6 * inch), self.p(text, "heading", bold=True)]

    def table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> Table:
        total = sum(widths)
        col = [w * self.width / total for w in widths]
        label, small = self.s["label"], self.s["small"]
        label = replace_style(label, fontSize=7.5, leading=9.5)
        data = [
            [self.r.paragraph(h, label, w - 6, bold=True) for h, w in zip(header, col, strict=True)]
        ]
        data += [
            [self.r.paragraph(c, small, w - 6) for c, w in zip(row, col, strict=True)]
            for row in rows
        ]
        table = Table(data, colWidths=col, repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdf.INK),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.25, pdf.RULE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return table


FILLS: tuple[tuple[float, str], ...] = (
    (0.93, ""),
    (0.30, ""),
    (0.93, "/"),
    (0.93, "-"),
    (0.93, "+"),
    (0.62, ""),
    (0.93, "|"),
    (0.62, "+"),
)
"""Shade and hatching of each disposition in the weekly chart: distinct without colour."""

SHORT_DISPOSITIONS = {
    "resolved_on_line": "Resolved",
    "mobile_crisis_team": "Mobile team",
    "warm_transfer": "Warm transfer",
    "ems_requested": "EMS",
    "police_requested": "Police",
    "returned_to_911": "Back to 911",
    "disconnected": "Discon­nected",
    "not_decided": "Not decided",
}
"""Column headers of the PDF's weekly table (the legend gives the full names)."""


def _hatched(x: float, y: float, w: float, h: float, shade: float, hatch: str) -> list[Any]:
    """A rectangle in ``shade`` with hatching (``/``, ``-``, ``|`` or ``+``) drawn inside it."""
    gray = colors.Color(shade, shade, shade)
    shapes: list[Any] = [
        Rect(x, y, w, h, fillColor=gray, strokeColor=colors.black, strokeWidth=0.4)
    ]
    step = 3.5
    ink = {"strokeColor": colors.black, "strokeWidth": 0.35}
    if hatch in ("-", "+"):
        k = y + step
        while k < y + h:
            shapes.append(Line(x, k, x + w, k, **ink))
            k += step
    if hatch in ("|", "+"):
        k = x + step
        while k < x + w:
            shapes.append(Line(k, y, k, y + h, **ink))
            k += step
    if hatch == "/":
        # lines of slope 1, clipped to the rectangle
        k = -h + step
        while k < w:
            x0, y0 = max(k, 0.0), max(-k, 0.0)
            x1 = min(k + h, w)
            y1 = x1 - k
            if x1 > x0:
                shapes.append(Line(x + x0, y + y0, x + x1, y + y1, **ink))
            k += step
    return shapes


def _weekly_chart(report: OutcomeReport, font: str, width: float) -> Drawing:
    """Stacked bars per week, each disposition with its own shade and hatching, and a legend."""
    legend_width = 150
    plot_x, plot_y = 34, 30
    plot_w = width - legend_width - plot_x - 10
    plot_h = 150
    drawing = Drawing(width, plot_y + plot_h + 12)
    top = max([w.total for w in report.weeks] + [1])
    step = _nice_step(top)
    scale_max = step * -(-top // step)
    per = plot_h / scale_max
    ink = {"strokeColor": colors.black, "strokeWidth": 0.5}
    drawing.add(Line(plot_x, plot_y, plot_x + plot_w, plot_y, **ink))
    drawing.add(Line(plot_x, plot_y, plot_x, plot_y + plot_h, **ink))
    tick = 0
    while tick <= scale_max:
        y = plot_y + tick * per
        drawing.add(Line(plot_x - 3, y, plot_x, y, **ink))
        drawing.add(
            String(plot_x - 5, y - 2.5, f"{tick:,}", fontName=font, fontSize=7, textAnchor="end")
        )
        tick += step
    slot = plot_w / max(1, len(report.weeks))
    bar = slot * 0.7
    many = len(report.weeks) > 10
    for i, week in enumerate(report.weeks):
        x = plot_x + i * slot + (slot - bar) / 2
        y = plot_y
        for k, count in enumerate(week.counts):
            if count:
                shade, hatch = FILLS[k % len(FILLS)]
                for shape in _hatched(x, y, bar, count * per, shade, hatch):
                    drawing.add(shape)
                y += count * per
        if not many or i % 2 == 0:
            drawing.add(
                String(
                    x + bar / 2,
                    plot_y - 10,
                    f"{week.week_start:%m-%d}",
                    fontName=font,
                    fontSize=6.5,
                    textAnchor="middle",
                )
            )
    drawing.add(
        String(
            plot_x,
            2,
            "Calls by week starting (month-day); the first legend entry is at "
            "the bottom of each bar",
            fontName=font,
            fontSize=7,
        )
    )
    lx = width - legend_width + 4
    for k, key in enumerate(DISPOSITION_KEYS):
        ly = plot_y + plot_h - 10 - k * 17
        shade, hatch = FILLS[k % len(FILLS)]
        for shape in _hatched(lx, ly, 14, 10, shade, hatch):
            drawing.add(shape)
        drawing.add(String(lx + 20, ly + 2, disposition_label(key), fontName=font, fontSize=7.5))
    return drawing


def _nice_step(top: int) -> int:
    """A tick step giving four to eight ticks up to ``top`` (1, 2, 5 times a power of ten)."""
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            if top / step <= 6:
                return step
        magnitude *= 10


def _bars(
    labels: Sequence[str], values: Sequence[int], font: str, width: float, unit: str
) -> Drawing:
    row = 16
    height = row * len(labels) + 44
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 190, 34
    chart.width, chart.height = width - 250, row * len(labels)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.Color(0.55, 0.55, 0.55)
    chart.bars[0].strokeColor = colors.black
    chart.bars[0].strokeWidth = 0.4
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    drawing.add(String(chart.x, 4, unit, fontName=font, fontSize=7))
    return drawing


def report_pdf(report: OutcomeReport, chain: FontChain) -> bytes:
    """The report as a PDF: figures with definitions, three charts, each with its data table."""
    renderer = TextRenderer(chain)
    w = _Pdf(renderer)
    story: list[Flowable] = [
        w.p("Program outcome report", "title", bold=True),
        w.p(f"{report.center_name} · {report.period.label} ({report.time_zone})", "subtitle"),
        Spacer(1, 4),
        w.table(("Item", "Value"), _about(report)[3:], (2, 5)),
        Spacer(1, 6),
    ]
    story += w.heading("Figures")
    story.append(
        w.table(
            ("Figure", "Value", "Numerator", "Denominator", "Lacking data", "Definition"),
            [
                (
                    f.definition.name,
                    f.value_text,
                    f"{f.numerator:,}",
                    "—" if f.denominator is None else f"{f.denominator:,}",
                    f"{f.lacking:,}",
                    f"{f.definition.definition} Numerator: {f.definition.numerator} "
                    + (
                        f"Denominator: {f.definition.denominator} "
                        if f.definition.kind is FigureKind.SHARE
                        else ""
                    )
                    + f"Lacking data: {f.definition.lacking}"
                    + (f" ({f.formula})" if f.definition.kind is not FigureKind.SHARE else ""),
                )
                for f in report.figures
            ],
            (2.0, 1.2, 1.5, 1.7, 1.2, 5.4),
        )
    )
    _header, rows = _week_rows(report)
    week_header = ["Week starting", *(SHORT_DISPOSITIONS[k] for k in DISPOSITION_KEYS), "Total"]
    story.append(
        KeepTogether(
            [
                *w.heading("Calls per week by disposition"),
                _weekly_chart(report, w.font, w.width),
                Spacer(1, 4),
                w.table(week_header, rows[:12], (1.5, *([1.0] * len(DISPOSITION_KEYS)), 0.8)),
            ]
        )
    )
    if len(rows) > 12:
        story.append(w.table(week_header, rows[12:], (1.5, *([1.0] * len(DISPOSITION_KEYS)), 0.8)))
    for title, labels, values, unit, header in (
        (
            "Risk level mix",
            [level.label for level, _ in report.risk_mix],
            [n for _, n in report.risk_mix],
            "Calls at each risk level (the highest assessed during the call)",
            ("Risk level", "Calls"),
        ),
        (
            "Follow-up timeliness",
            [t.label for t, _ in report.timeliness],
            [n for _, n in report.timeliness],
            "Follow-up contacts, by when their first attempt fell against their due window",
            ("First attempt", "Contacts"),
        ),
    ):
        story.append(
            KeepTogether(
                [
                    *w.heading(title),
                    _bars(labels, values, w.font, w.width, unit),
                    Spacer(1, 4),
                    w.table(
                        header, [(a, f"{b:,}") for a, b in zip(labels, values, strict=True)], (3, 1)
                    ),
                ]
            )
        )
    story += [Spacer(1, 8), *(w.p(note, "small") for note in report.notes)]
    frame = pdf.PageFrame(
        running_head=f"{report.center_name} · Program outcome report · {report.period.label}",
        footer_lines=(DE_IDENTIFIED,),
    )
    built = pdf.build(
        story,
        frame,
        renderer,
        title=f"Program outcome report {report.period.label}",
        author=report.center_name,
    )
    return built.data
