"""Program outcome figures, defined as data: what each counts, over what, and what is left out.

Every figure a center reports to its city (calls resolved on the line without police or EMS,
diversion from arrest and hospitalization, follow-up reach and timeliness, work hours, ambulance
dispatches and money saved) is declared once in ``FIGURES``: its name, its definition, its
numerator and denominator in words, and how records lacking the data are counted. The service
layer counts in the database (``OutcomeCounts``); ``build_figures`` turns the counts into figures.

Records lacking the data a share needs are never guessed: they are left out of the numerator
and the denominator, and counted separately so the reader sees how many there were.

Only flags, enumerations, times, ids and counts are used: a report carries no name, number,
location or narrative, so it is de-identified by construction.
"""

from __future__ import annotations

import enum
import math
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from counselor_app.domain.calls import CallSource, Disposition
from counselor_app.domain.errors import ConfigurationError, ValidationError, msg
from counselor_app.domain.risk import RiskLevel

MAX_PERIOD_DAYS = 366
"""The longest period one report covers (a year, leap day included)."""


class FigureKind(enum.StrEnum):
    """How a figure's value reads."""

    COUNT = "count"
    SHARE = "share"
    HOURS = "hours"
    DISPATCHES = "dispatches"
    DOLLARS = "dollars"


@dataclass(frozen=True, slots=True)
class FigureDefinition:
    """One reported figure, in words: what it is and exactly what it counts."""

    key: str
    name: str
    kind: FigureKind
    definition: str
    numerator: str
    denominator: str
    lacking: str
    """How records lacking the data are counted."""


_LEFT_OUT = "Left out of the numerator and the denominator and counted here: "

FIGURES: tuple[FigureDefinition, ...] = (
    FigureDefinition(
        "calls_handled",
        "Calls handled",
        FigureKind.COUNT,
        "Calls that started in the period and match the filters, whatever their source.",
        "Calls started in the period.",
        "None (a count).",
        "Counted; the calls still open without a disposition are shown as lacking data.",
    ),
    FigureDefinition(
        "resolved_without_police_ems",
        "Resolved on the line without police or EMS",
        FigureKind.SHARE,
        "Share of calls whose disposition is 'Resolved on the line' and whose outcome flags "
        "say neither police nor EMS was involved.",
        "Calls resolved on the line with police avoided and EMS avoided both 'yes'.",
        "Calls with a disposition, less those lacking data.",
        _LEFT_OUT + "calls without a disposition, and calls resolved on the line whose "
        "police or EMS flag is unknown.",
    ),
    FigureDefinition(
        "diverted_from_arrest",
        "Diverted from arrest",
        FigureKind.SHARE,
        "Share of calls where the counselor recorded that arrest was avoided. Filter the "
        "source 'Co-responder field encounter' for the co-responder teams' figure.",
        "Calls with 'arrest avoided' yes.",
        "Calls with 'arrest avoided' yes or no.",
        _LEFT_OUT + "calls whose 'arrest avoided' is unknown (open calls, calls where police "
        "were involved and the outcome was not recorded).",
    ),
    FigureDefinition(
        "diverted_from_hospitalization",
        "Diverted from hospitalization",
        FigureKind.SHARE,
        "Share of calls where the counselor recorded that hospitalization was avoided.",
        "Calls with 'hospitalization avoided' yes.",
        "Calls with 'hospitalization avoided' yes or no.",
        _LEFT_OUT + "calls whose 'hospitalization avoided' is unknown.",
    ),
    FigureDefinition(
        "follow_up_consent",
        "Follow-up consent rate",
        FigureKind.SHARE,
        "Share of callers asked about follow-up who agreed to it.",
        "Calls with follow-up consent yes.",
        "Calls with follow-up consent yes or no.",
        _LEFT_OUT + "calls where consent was not recorded.",
    ),
    FigureDefinition(
        "follow_up_reach",
        "Follow-up reach rate",
        FigureKind.SHARE,
        "Share of consenting clients (one per call) reached by at least one follow-up "
        "contact. A person who answered and declined counts as not reached.",
        "Consenting calls with a follow-up completed as 'reached'.",
        "Consenting calls, less those still pending.",
        _LEFT_OUT + "consenting calls not reached yet whose follow-up is still open. "
        "Consenting calls with no follow-up scheduled count as not reached.",
    ),
    FigureDefinition(
        "follow_up_on_time",
        "Follow-ups on time",
        FigureKind.SHARE,
        "Share of follow-up contacts whose first attempt fell within their due window. A "
        "first attempt before the window is early, after it late; a window that ended "
        "without any attempt is missed. Contacts cancelled before any attempt are excluded.",
        "Contacts first attempted within their window.",
        "Contacts first attempted early, on time or late, plus missed ones.",
        _LEFT_OUT + "contacts not attempted yet whose window has not ended.",
    ),
    FigureDefinition(
        "follow_up_diverted_ems_police",
        "Followed-up clients diverted from further EMS/police contact",
        FigureKind.SHARE,
        "Share of reached clients (one per call) who had no further EMS or police contact, "
        "as recorded at the follow-up. One 'no' at any contact counts the client as not "
        "diverted.",
        "Reached clients with 'diverted from EMS/police' yes and never no.",
        "Reached clients with the answer recorded.",
        _LEFT_OUT + "reached clients for whom the answer was not recorded.",
    ),
    FigureDefinition(
        "follow_up_diverted_inpatient",
        "Followed-up clients diverted from inpatient care",
        FigureKind.SHARE,
        "Share of reached clients (one per call) who were not admitted to inpatient care, as "
        "recorded at the follow-up. One 'no' at any contact counts the client as not diverted.",
        "Reached clients with 'diverted from inpatient care' yes and never no.",
        "Reached clients with the answer recorded.",
        _LEFT_OUT + "reached clients for whom the answer was not recorded.",
    ),
    FigureDefinition(
        "police_hours_saved",
        "Police work hours saved",
        FigureKind.HOURS,
        "Police dispatches avoided on 911 transfers times the police hours per avoided "
        "dispatch (a setting). Calls from 988, the direct line or co-responder teams are not "
        "counted: police would not have been dispatched to them.",
        "911 transfers with 'police avoided' yes.",
        "None (an estimate).",
        "Not counted as avoided: 911 transfers whose 'police avoided' is unknown.",
    ),
    FigureDefinition(
        "ems_hours_saved",
        "EMS work hours saved",
        FigureKind.HOURS,
        "Ambulance dispatches avoided on 911 transfers times the EMS hours per avoided "
        "dispatch (a setting).",
        "911 transfers with 'EMS avoided' yes.",
        "None (an estimate).",
        "Not counted as avoided: 911 transfers whose 'EMS avoided' is unknown.",
    ),
    FigureDefinition(
        "ambulance_dispatches_avoided",
        "Ambulance dispatches avoided",
        FigureKind.DISPATCHES,
        "911 transfers where EMS was avoided: each would otherwise have sent an ambulance.",
        "911 transfers with 'EMS avoided' yes.",
        "None (a count).",
        "Not counted as avoided: 911 transfers whose 'EMS avoided' is unknown.",
    ),
    FigureDefinition(
        "estimated_savings",
        "Estimated savings",
        FigureKind.DOLLARS,
        "Police hours saved times the police cost per hour, plus ambulance dispatches avoided "
        "times the cost per ambulance dispatch (settings, with their source printed below).",
        "Police dispatches avoided and ambulance dispatches avoided on 911 transfers.",
        "None (an estimate).",
        "Not counted: 911 transfers whose police or EMS flag is unknown.",
    ),
)

DEFINITIONS: dict[str, FigureDefinition] = {d.key: d for d in FIGURES}


# --- inputs ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UnitCosts:
    """Hours and costs per avoided dispatch, from the settings (with where they came from)."""

    police_hours_per_dispatch: float = 1.5
    ems_hours_per_dispatch: float = 1.0
    police_cost_per_hour: float = 60.0
    ambulance_cost_per_dispatch: float = 1000.0
    source: str = ""
    """Where the center took these figures from; printed with every report."""

    def check(self) -> None:
        """Refuse negative or non-finite values, naming the setting.

        Checked per report: a wrong setting stops the report, never the application.
        """
        for name in (
            "police_hours_per_dispatch",
            "ems_hours_per_dispatch",
            "police_cost_per_hour",
            "ambulance_cost_per_dispatch",
        ):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
                raise ConfigurationError(
                    msg(
                        "The report setting report_{name} is {value!r}; it must be a number of "
                        "zero or more.",
                        name=name,
                        value=value,
                    ),
                    "Correct it in the settings (see the administrator guide, 'Outcome report').",
                )


@dataclass(frozen=True, slots=True)
class OutcomeFilters:
    """Which calls a report covers besides the period. ``None`` means any."""

    source: CallSource | None = None
    counselor_id: uuid.UUID | None = None
    team: str | None = None
    """A co-responder unit (``calls.co_responder_unit``): the program's teams."""


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Whole days in the center's time zone, both ends included."""

    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        """Refuse an empty or overlong period with a clear message."""
        if self.last_day < self.first_day:
            raise ValidationError(
                "The report period cannot be used.",
                (
                    msg(
                        "It ends ({last_day}) before it starts ({first_day}).",
                        last_day=self.last_day,
                        first_day=self.first_day,
                    ),
                ),
            )
        days = (self.last_day - self.first_day).days + 1
        if days > MAX_PERIOD_DAYS:
            raise ValidationError(
                "The report period is too long.",
                (
                    msg(
                        "It covers {days} days; a report covers at most {limit}.",
                        days=days,
                        limit=MAX_PERIOD_DAYS,
                    ),
                ),
                hint="Make one report per year.",
            )

    @classmethod
    def parse(cls, first: str, last: str) -> ReportPeriod:
        """A period from two ISO dates (``2026-01-31``); ``ValidationError`` names the bad one."""
        days: list[date] = []
        for label, text in (("--from", first), ("--to", last)):
            try:
                days.append(date.fromisoformat(text.strip()))
            except (ValueError, AttributeError):
                raise ValidationError(
                    msg("'{text}' is not a date.", text=text),
                    hint=msg("Give {option} as YYYY-MM-DD.", option=label),
                ) from None
        return cls(days[0], days[1])

    @property
    def days(self) -> int:
        """Number of days covered."""
        return (self.last_day - self.first_day).days + 1

    def bounds(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """``[start, end)`` in UTC: local midnight of the first day to that after the last."""
        return local_midnight(self.first_day, zone), local_midnight(
            self.last_day + timedelta(days=1), zone
        )

    def week_starts(self) -> list[date]:
        """First day of every week of the chart: weeks count from the period's first day."""
        return [self.first_day + timedelta(days=7 * i) for i in range((self.days + 6) // 7)]

    def week_bounds(self, zone: tzinfo) -> list[datetime]:
        """UTC start of every week after the first (the boundaries the database buckets by)."""
        return [local_midnight(day, zone) for day in self.week_starts()[1:]]

    @property
    def label(self) -> str:
        """``2026-01-01 to 2026-03-31``."""
        return f"{self.first_day.isoformat()} to {self.last_day.isoformat()}"


def local_midnight(day: date, zone: tzinfo) -> datetime:
    """The UTC instant of midnight starting ``day`` in ``zone``."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


# --- what the database counts ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutcomeCounts:
    """Every count the figures need, as the aggregate queries return them."""

    calls: int = 0
    no_disposition: int = 0
    resolved_clear: int = 0
    """Resolved on the line with police and EMS both avoided."""
    resolved_unknown: int = 0
    """Resolved on the line with the police or EMS flag unknown."""
    arrest_avoided: int = 0
    arrest_known: int = 0
    hospitalization_avoided: int = 0
    hospitalization_known: int = 0
    consent_yes: int = 0
    consent_known: int = 0
    clients_reached: int = 0
    clients_pending: int = 0
    ems_police_diverted: int = 0
    ems_police_not_diverted: int = 0
    inpatient_diverted: int = 0
    inpatient_not_diverted: int = 0
    transfers_911: int = 0
    police_avoided_911: int = 0
    police_unknown_911: int = 0
    ems_avoided_911: int = 0
    ems_unknown_911: int = 0


class Timeliness(enum.StrEnum):
    """Where a follow-up contact's first attempt fell against its due window."""

    ON_TIME = "on_time"
    EARLY = "early"
    LATE = "late"
    MISSED = "missed"
    PENDING = "pending"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """Human-readable name."""
        return {
            Timeliness.ON_TIME: "On time (within the window)",
            Timeliness.EARLY: "Early (before the window)",
            Timeliness.LATE: "Late (after the window)",
            Timeliness.MISSED: "Missed (window ended, no attempt)",
            Timeliness.PENDING: "Pending (window not ended, no attempt)",
            Timeliness.CANCELLED: "Cancelled before any attempt",
        }[self]


NOT_DECIDED = "not_decided"
"""Key of the calls without a disposition in the weekly chart."""

DISPOSITION_KEYS: tuple[str, ...] = (*(d.value for d in Disposition), NOT_DECIDED)


def disposition_label(key: str) -> str:
    """The label of a disposition key of the weekly chart."""
    return "Not decided (open)" if key == NOT_DECIDED else Disposition(key).label


RISK_ORDER: tuple[RiskLevel, ...] = tuple(sorted(RiskLevel, key=lambda r: r.rank, reverse=True))
"""Risk levels from imminent down to not assessed (the chart's order)."""


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Calls of one week, by disposition key (``DISPOSITION_KEYS`` order)."""

    week_start: date
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """Calls that week."""
        return sum(self.counts)


# --- figures ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """A computed figure with its definition and the counts behind it."""

    definition: FigureDefinition
    value: float | None
    """Share in 0..1, count, hours or dollars; ``None`` when the denominator is zero."""
    numerator: int
    denominator: int | None
    lacking: int
    formula: str = ""
    """How the value follows from the counts, in words with the numbers."""

    @property
    def key(self) -> str:
        """The definition's key."""
        return self.definition.key

    @property
    def value_text(self) -> str:
        """The value as a reader expects it: ``80.0%``, ``1,234``, ``$12,340``, ``no data``."""
        if self.value is None:
            return "no data"
        match self.definition.kind:
            case FigureKind.SHARE:
                return f"{100 * self.value:.1f}%"
            case FigureKind.HOURS:
                return f"{self.value:,.1f} h"
            case FigureKind.DOLLARS:
                return f"${self.value:,.0f}"
            case _:
                return f"{int(self.value):,}"


def share(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or ``None`` for an empty denominator."""
    return numerator / denominator if denominator else None


def build_figures(counts: OutcomeCounts, costs: UnitCosts) -> tuple[Figure, ...]:
    """Every figure of ``FIGURES``, in that order, from the database's counts."""
    c = counts
    known_dispositions = c.calls - c.no_disposition
    resolved_denominator = known_dispositions - c.resolved_unknown
    consenting = c.consent_yes
    reach_denominator = consenting - c.clients_pending
    ems_police_known = c.ems_police_diverted + c.ems_police_not_diverted
    inpatient_known = c.inpatient_diverted + c.inpatient_not_diverted
    police_hours = c.police_avoided_911 * costs.police_hours_per_dispatch
    ems_hours = c.ems_avoided_911 * costs.ems_hours_per_dispatch
    savings = (
        police_hours * costs.police_cost_per_hour
        + c.ems_avoided_911 * costs.ambulance_cost_per_dispatch
    )
    d = DEFINITIONS

    def ratio(key: str, num: int, den: int, lacking: int) -> Figure:
        return Figure(d[key], share(num, den), num, den, lacking, f"{num:,} of {den:,}")

    return (
        Figure(
            d["calls_handled"],
            float(c.calls),
            c.calls,
            None,
            c.no_disposition,
            f"{c.calls:,} calls",
        ),
        ratio(
            "resolved_without_police_ems",
            c.resolved_clear,
            resolved_denominator,
            c.no_disposition + c.resolved_unknown,
        ),
        ratio("diverted_from_arrest", c.arrest_avoided, c.arrest_known, c.calls - c.arrest_known),
        ratio(
            "diverted_from_hospitalization",
            c.hospitalization_avoided,
            c.hospitalization_known,
            c.calls - c.hospitalization_known,
        ),
        ratio("follow_up_consent", c.consent_yes, c.consent_known, c.calls - c.consent_known),
        ratio("follow_up_reach", c.clients_reached, reach_denominator, c.clients_pending),
        # filled in by with_timeliness (it needs the per-contact counts)
        Figure(d["follow_up_on_time"], None, 0, 0, 0, "0 of 0"),
        ratio(
            "follow_up_diverted_ems_police",
            c.ems_police_diverted,
            ems_police_known,
            c.clients_reached - ems_police_known,
        ),
        ratio(
            "follow_up_diverted_inpatient",
            c.inpatient_diverted,
            inpatient_known,
            c.clients_reached - inpatient_known,
        ),
        Figure(
            d["police_hours_saved"],
            police_hours,
            c.police_avoided_911,
            None,
            c.police_unknown_911,
            f"{c.police_avoided_911:,} × {costs.police_hours_per_dispatch:g} h",
        ),
        Figure(
            d["ems_hours_saved"],
            ems_hours,
            c.ems_avoided_911,
            None,
            c.ems_unknown_911,
            f"{c.ems_avoided_911:,} × {costs.ems_hours_per_dispatch:g} h",
        ),
        Figure(
            d["ambulance_dispatches_avoided"],
            float(c.ems_avoided_911),
            c.ems_avoided_911,
            None,
            c.ems_unknown_911,
            f"{c.ems_avoided_911:,} dispatches",
        ),
        Figure(
            d["estimated_savings"],
            round(savings, 2),
            c.police_avoided_911 + c.ems_avoided_911,
            None,
            c.police_unknown_911 + c.ems_unknown_911,
            f"{police_hours:g} h × ${costs.police_cost_per_hour:g} + "
            f"{c.ems_avoided_911:,} × ${costs.ambulance_cost_per_dispatch:g}",
        ),
    )


def timeliness_figure(counts: dict[Timeliness, int]) -> Figure:
    """The on-time figure from the per-contact timeliness counts."""
    on_time = counts.get(Timeliness.ON_TIME, 0)
    decided = sum(
        counts.get(t, 0)
        for t in (Timeliness.ON_TIME, Timeliness.EARLY, Timeliness.LATE, Timeliness.MISSED)
    )
    return Figure(
        DEFINITIONS["follow_up_on_time"],
        share(on_time, decided),
        on_time,
        decided,
        counts.get(Timeliness.PENDING, 0),
        f"{on_time:,} of {decided:,}",
    )


@dataclass(frozen=True, slots=True)
class FilterLabels:
    """The filters in words, for the screen and the exports (no client data)."""

    source: str = "All sources"
    counselor: str = "All counselors"
    team: str = "All teams"


@dataclass(frozen=True, slots=True)
class OutcomeReport:
    """A finished outcome report: figures, chart data, and what it covers."""

    period: ReportPeriod
    filters: OutcomeFilters
    filter_labels: FilterLabels
    time_zone: str
    generated_at: datetime
    costs: UnitCosts
    figures: tuple[Figure, ...]
    weeks: tuple[WeekCount, ...]
    risk_mix: tuple[tuple[RiskLevel, int], ...]
    timeliness: tuple[tuple[Timeliness, int], ...]
    center_name: str = ""
    notes: tuple[str, ...] = field(default=())

    def figure(self, key: str) -> Figure:
        """The figure with ``key``."""
        for item in self.figures:
            if item.key == key:
                return item
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class ReportChoices:
    """What the filters offer: counselors (id, name) and the co-responder teams on record."""

    counselors: tuple[tuple[uuid.UUID, str], ...] = ()
    teams: tuple[str, ...] = ()
