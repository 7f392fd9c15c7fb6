"""The report's words in the interface language: figure names and definitions, categories.

The outcome figures are defined once, in English, in ``domain/outcomes.py`` (the exports print
them as they are). The screen shows their words, the timeliness categories and the chart's
"Not decided" series through ``data_text``: ``make translations`` generates their entries from
the domain, so a definition reworded there is shown in English until it is translated again.
"""

from __future__ import annotations

from counselor_app.domain.outcomes import (
    Figure,
    FigureDefinition,
    FigureKind,
    OutcomeReport,
    Timeliness,
    disposition_label,
)
from counselor_app.ui.i18n import data_text, risk_level_text, translate


def figure_text(definition: FigureDefinition, part: str) -> str:
    """One part (``name``, ``definition``, ``numerator``...) of a figure, translated."""
    return data_text(getattr(definition, part))


def value_text(figure: Figure) -> str:
    """The value as a reader expects it (``80.0%``, ``$12,340``); ``no data`` translated."""
    return translate("Reports", "no data") if figure.value is None else figure.value_text


def formula_text(figure: Figure) -> str:
    """How the value follows from the counts (the domain's ``formula``, its words translated)."""
    kind = figure.definition.kind
    if kind is FigureKind.SHARE and figure.denominator is not None:
        return translate("Reports", "{numerator} of {denominator}").format(
            numerator=f"{figure.numerator:,}", denominator=f"{figure.denominator:,}"
        )
    if figure.key == "calls_handled":
        return translate("Reports", "{count} calls").format(count=f"{figure.numerator:,}")
    if figure.key == "ambulance_dispatches_avoided":
        return translate("Reports", "{count} dispatches").format(count=f"{figure.numerator:,}")
    return figure.formula  # numbers and symbols only (hours, dollars)


def timeliness_text(value: Timeliness) -> str:
    """A timeliness category in words."""
    return data_text(value.label)


def disposition_text(key: str) -> str:
    """A disposition of the weekly chart: its name as the intake shows it, or "Not decided"."""
    return data_text(disposition_label(key))


def risk_text(level_value: str, label: str) -> str:
    """A risk level's name (the intake's wording)."""
    return risk_level_text(level_value, label)


def period_text(report: OutcomeReport) -> str:
    """``2026-03-02 to 2026-03-15``."""
    period = report.period
    return translate("Reports", "{first} to {last}").format(
        first=period.first_day.isoformat(), last=period.last_day.isoformat()
    )


def filters_text(report: OutcomeReport) -> str:
    """``911 transfer · Avery Admin · All teams``: what the filters chose (names are data)."""
    filters, labels = report.filters, report.filter_labels
    source = labels.source if filters.source else translate("Reports", "All sources")
    counselor = labels.counselor if filters.counselor_id else translate("Reports", "All counselors")
    team = labels.team if filters.team else translate("Reports", "All teams")
    return f"{source} · {counselor} · {team}"


def notes_text(report: OutcomeReport) -> str:
    """The report's notes: where the unit costs come from (the first note, translated here)."""
    source = report.costs.source
    if not source:
        costs = translate(
            "Reports",
            "The unit costs are the shipped defaults; no source is recorded for them "
            "(setting report_unit_costs_source).",
        )
    else:
        costs = translate("Reports", "Unit costs: {source}").format(source=source)
    return " ".join([costs, *report.notes[1:]])
