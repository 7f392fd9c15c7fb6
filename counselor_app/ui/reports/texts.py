"""The report's words in the interface language: figure names and definitions, categories.

The outcome figures are defined once, in English, in ``domain/outcomes.py`` (the exports print
them as they are). The screen shows them through ``FIGURE_TEXTS``: the same English, marked for
translation, by figure key. A definition that changed in the domain but not here is shown as the
domain has it (English) rather than an outdated translation; a test keeps the two identical.
"""

from __future__ import annotations

from dataclasses import dataclass

from counselor_app.domain.outcomes import (
    NOT_DECIDED,
    Figure,
    FigureDefinition,
    FigureKind,
    OutcomeReport,
    Timeliness,
    disposition_label,
)
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, risk_level_text, translate


@dataclass(frozen=True, slots=True)
class FigureTexts:
    """A figure's words as the domain defines them (English, marked for translation)."""

    name: str
    definition: str
    numerator: str
    denominator: str
    lacking: str


FIGURE_TEXTS: dict[str, FigureTexts] = {
    "calls_handled": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Calls handled"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Calls that started in the period and match the filters, whatever their source.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Calls started in the period."),
        QT_TRANSLATE_NOOP("Reports", "None (a count)."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Counted; the calls still open without a disposition are shown as lacking data.",
        ),
    ),
    "resolved_without_police_ems": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Resolved on the line without police or EMS"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Share of calls whose disposition is 'Resolved on the line' and whose outcome flags "
            "say neither police nor EMS was involved.",
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Calls resolved on the line with police avoided and EMS avoided both 'yes'.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Calls with a disposition, less those lacking data."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Left out of the numerator and the denominator and counted here: calls without a "
            "disposition, and calls resolved on the line whose police or EMS flag is unknown.",
        ),
    ),
    "diverted_from_arrest": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Diverted from arrest"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Share of calls where the counselor recorded that arrest was avoided. Filter the "
            "source 'Co-responder field encounter' for the co-responder teams' figure.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Calls with 'arrest avoided' yes."),
        QT_TRANSLATE_NOOP("Reports", "Calls with 'arrest avoided' yes or no."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Left out of the numerator and the denominator and counted here: calls whose "
            "'arrest avoided' is unknown (open calls, calls where police were involved and the "
            "outcome was not recorded).",
        ),
    ),
    "diverted_from_hospitalization": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Diverted from hospitalization"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Share of calls where the counselor recorded that hospitalization was avoided.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Calls with 'hospitalization avoided' yes."),
        QT_TRANSLATE_NOOP("Reports", "Calls with 'hospitalization avoided' yes or no."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Left out of the numerator and the denominator and counted here: calls whose "
            "'hospitalization avoided' is unknown.",
        ),
    ),
    "follow_up_consent": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Follow-up consent rate"),
        QT_TRANSLATE_NOOP("Reports", "Share of callers asked about follow-up who agreed to it."),
        QT_TRANSLATE_NOOP("Reports", "Calls with follow-up consent yes."),
        QT_TRANSLATE_NOOP("Reports", "Calls with follow-up consent yes or no."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Left out of the numerator and the denominator and counted here: calls where "
            "consent was not recorded.",
        ),
    ),
    "follow_up_reach": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Follow-up reach rate"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Share of consenting clients (one per call) reached by at least one follow-up "
            "contact. A person who answered and declined counts as not reached.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Consenting calls with a follow-up completed as 'reached'."),
        QT_TRANSLATE_NOOP("Reports", "Consenting calls, less those still pending."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Left out of the numerator and the denominator and counted here: consenting calls "
            "not reached yet whose follow-up is still open. Consenting calls with no follow-up "
            "scheduled count as not reached.",
        ),
    ),
    "follow_up_on_time": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Follow-ups on time"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Share of follow-up contacts whose first attempt fell within their due window. A "
            "first attempt before the window is early, after it late; a window that ended "
            "without any attempt is missed. Contacts cancelled before any attempt are excluded.",
        ),
        QT_TRANSLATE_NOOP("Reports", "Contacts first attempted within their window."),
        QT_TRANSLATE_NOOP(
            "Reports", "Contacts first attempted early, on time or late, plus missed ones."
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Left out of the numerator and the denominator and counted here: contacts not "
            "attempted yet whose window has not ended.",
        ),
    ),
    "follow_up_diverted_ems_police": FigureTexts(
        QT_TRANSLATE_NOOP(
            "Reports", "Followed-up clients diverted from further EMS/police contact"
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Share of reached clients (one per call) who had no further EMS or police contact, "
            "as recorded at the follow-up. One 'no' at any contact counts the client as not "
            "diverted.",
        ),
        QT_TRANSLATE_NOOP(
            "Reports", "Reached clients with 'diverted from EMS/police' yes and never no."
        ),
        QT_TRANSLATE_NOOP("Reports", "Reached clients with the answer recorded."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Left out of the numerator and the denominator and counted here: reached clients "
            "for whom the answer was not recorded.",
        ),
    ),
    "follow_up_diverted_inpatient": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Followed-up clients diverted from inpatient care"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Share of reached clients (one per call) who were not admitted to inpatient care, "
            "as recorded at the follow-up. One 'no' at any contact counts the client as not "
            "diverted.",
        ),
        QT_TRANSLATE_NOOP(
            "Reports", "Reached clients with 'diverted from inpatient care' yes and never no."
        ),
        QT_TRANSLATE_NOOP("Reports", "Reached clients with the answer recorded."),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Left out of the numerator and the denominator and counted here: reached clients "
            "for whom the answer was not recorded.",
        ),
    ),
    "police_hours_saved": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Police work hours saved"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Police dispatches avoided on 911 transfers times the police hours per avoided "
            "dispatch (a setting). Calls from 988, the direct line or co-responder teams are "
            "not counted: police would not have been dispatched to them.",
        ),
        QT_TRANSLATE_NOOP("Reports", "911 transfers with 'police avoided' yes."),
        QT_TRANSLATE_NOOP("Reports", "None (an estimate)."),
        QT_TRANSLATE_NOOP(
            "Reports", "Not counted as avoided: 911 transfers whose 'police avoided' is unknown."
        ),
    ),
    "ems_hours_saved": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "EMS work hours saved"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Ambulance dispatches avoided on 911 transfers times the EMS hours per avoided "
            "dispatch (a setting).",
        ),
        QT_TRANSLATE_NOOP("Reports", "911 transfers with 'EMS avoided' yes."),
        QT_TRANSLATE_NOOP("Reports", "None (an estimate)."),
        QT_TRANSLATE_NOOP(
            "Reports", "Not counted as avoided: 911 transfers whose 'EMS avoided' is unknown."
        ),
    ),
    "ambulance_dispatches_avoided": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Ambulance dispatches avoided"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "911 transfers where EMS was avoided: each would otherwise have sent an ambulance.",
        ),
        QT_TRANSLATE_NOOP("Reports", "911 transfers with 'EMS avoided' yes."),
        QT_TRANSLATE_NOOP("Reports", "None (a count)."),
        QT_TRANSLATE_NOOP(
            "Reports", "Not counted as avoided: 911 transfers whose 'EMS avoided' is unknown."
        ),
    ),
    "estimated_savings": FigureTexts(
        QT_TRANSLATE_NOOP("Reports", "Estimated savings"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Police hours saved times the police cost per hour, plus ambulance dispatches "
            "avoided times the cost per ambulance dispatch (settings, with their source printed "
            "below).",
        ),
        QT_TRANSLATE_NOOP(
            "Reports",
            "Police dispatches avoided and ambulance dispatches avoided on 911 transfers.",
        ),
        QT_TRANSLATE_NOOP("Reports", "None (an estimate)."),
        QT_TRANSLATE_NOOP(
            "Reports", "Not counted: 911 transfers whose police or EMS flag is unknown."
        ),
    ),
}
"""Every figure's words by key: ``domain/outcomes.py``'s ``FIGURES``, marked for translation."""

TIMELINESS_LABELS: dict[Timeliness, str] = {
    Timeliness.ON_TIME: QT_TRANSLATE_NOOP("Reports", "On time (within the window)"),
    Timeliness.EARLY: QT_TRANSLATE_NOOP("Reports", "Early (before the window)"),
    Timeliness.LATE: QT_TRANSLATE_NOOP("Reports", "Late (after the window)"),
    Timeliness.MISSED: QT_TRANSLATE_NOOP("Reports", "Missed (window ended, no attempt)"),
    Timeliness.PENDING: QT_TRANSLATE_NOOP("Reports", "Pending (window not ended, no attempt)"),
    Timeliness.CANCELLED: QT_TRANSLATE_NOOP("Reports", "Cancelled before any attempt"),
}
"""The timeliness categories (``Timeliness.label``), marked for translation."""

NOT_DECIDED_LABEL = QT_TRANSLATE_NOOP("Reports", "Not decided (open)")
"""The weekly chart's series of calls without a disposition (``disposition_label``)."""


def _shown(source: str, domain_text: str) -> str:
    """``source`` translated when it is still the domain's wording, else the domain's text."""
    return translate("Reports", source) if source == domain_text else domain_text


def figure_text(definition: FigureDefinition, part: str) -> str:
    """One part (``name``, ``definition``, ``numerator``...) of a figure, translated."""
    domain_text: str = getattr(definition, part)
    texts = FIGURE_TEXTS.get(definition.key)
    return _shown(getattr(texts, part), domain_text) if texts else domain_text


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
    source = TIMELINESS_LABELS.get(value)
    return _shown(source, value.label) if source else value.label


def disposition_text(key: str) -> str:
    """A disposition of the weekly chart: its name as the intake shows it, or "Not decided"."""
    if key == NOT_DECIDED:
        return _shown(NOT_DECIDED_LABEL, disposition_label(key))
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
