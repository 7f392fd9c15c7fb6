"""Follow-up contacts after a call: states, attempt results, plans by risk and due windows.

Times are aware datetimes. Due windows are computed in the center's time zone: an offset in
calendar days keeps the wall-clock time ("7 days later" is the same time of day a week later,
across a daylight-saving change), an offset in hours or minutes is elapsed time ("within 24
hours" is 24 real hours). "Due today" is the center's calendar day, which has 23 or 25 hours on
the days the clocks change.
"""

from __future__ import annotations

import enum
import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from counselor_app.domain.errors import ConfigurationError, msg
from counselor_app.domain.risk import RiskLevel


class FollowUpStatus(enum.StrEnum):
    """Life cycle of a follow-up."""

    SCHEDULED = "scheduled"
    CLAIMED = "claimed"
    COMPLETED = "completed"
    UNREACHABLE = "unreachable"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        """True while someone still has to make the contact (scheduled or claimed)."""
        return self in (FollowUpStatus.SCHEDULED, FollowUpStatus.CLAIMED)


OPEN_STATUSES = (FollowUpStatus.SCHEDULED, FollowUpStatus.CLAIMED)


class AttemptResult(enum.StrEnum):
    """What happened when a peer specialist tried to reach the person."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    DECLINED = "declined"

    @property
    def unsuccessful(self) -> bool:
        """True when the person was not reached (counts towards closing as unreachable)."""
        return self in _UNSUCCESSFUL

    @property
    def label(self) -> str:
        """Human-readable result."""
        return self.value.replace("_", " ").capitalize()


_UNSUCCESSFUL = frozenset(
    {AttemptResult.NO_ANSWER, AttemptResult.VOICEMAIL, AttemptResult.WRONG_NUMBER}
)


class ContactMethod(enum.StrEnum):
    """How the person asked to be contacted."""

    PHONE = "phone"
    TEXT = "text"
    VISIT = "visit"


class QueueView(enum.StrEnum):
    """The views of the follow-up queue (each a tab with a count on the navigation rail)."""

    DUE_TODAY = "due_today"
    """Open, not overdue, and the window opens before the end of today (center time zone)."""
    OVERDUE = "overdue"
    """Open and the due window has ended."""
    MINE = "mine"
    """Open and assigned to the person asking."""
    UNASSIGNED = "unassigned"
    """Scheduled and nobody has claimed it."""
    ALL = "all"
    """Every open follow-up."""


@dataclass(frozen=True, slots=True)
class FollowUpSummary:
    """One line of the follow-up queue. Initials only, never the full name or number."""

    id: uuid.UUID
    call_reference: str
    client_initials: str
    due_start: datetime
    due_end: datetime
    status: FollowUpStatus
    risk_level: RiskLevel
    contact_method: ContactMethod
    assigned_to_name: str | None
    attempts: int
    version: int = 1
    """Row version: ``move`` and ``cancel`` give it back so a stale change is refused."""
    call_id: uuid.UUID | None = None
    sequence_no: int = 1
    assigned_to: uuid.UUID | None = None
    claimed_at: datetime | None = None

    def is_overdue(self, now: datetime) -> bool:
        """True when ``now`` is past the end of the due window."""
        return is_overdue(self.due_end, now)


@dataclass(frozen=True, slots=True)
class FollowUpCounts:
    """The numbers on the navigation rail, one per queue view."""

    due_today: int = 0
    overdue: int = 0
    mine: int = 0
    unassigned: int = 0
    all: int = 0

    def of(self, view: QueueView) -> int:
        """The count of ``view``."""
        return int(getattr(self, view.value))


@dataclass(frozen=True, slots=True)
class FollowUpOutcome:
    """What a reached client's follow-up found (the program reports these)."""

    diverted_from_ems_police: bool | None = None
    """No further EMS or police contact since the call (None: not known)."""
    diverted_from_inpatient: bool | None = None
    """No inpatient admission since the call (None: not known)."""
    referral_made: str = ""
    """A referral made during the follow-up (service name), empty when none."""


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """One attempt as the follow-up's detail shows it."""

    id: uuid.UUID
    attempted_at: datetime
    attempted_by_name: str
    result: AttemptResult
    notes: str = ""
    next_step: str = ""


@dataclass(frozen=True, slots=True)
class FollowUpDetail:
    """Everything about one follow-up that the person working it needs.

    ``contact_number`` is filled only for the person it is assigned to, a supervisor, or the
    counselor who took the call; it is empty for everyone else.
    """

    summary: FollowUpSummary
    plan_key: str
    preferred_times: str
    contact_number: str
    attempts: tuple[AttemptRecord, ...] = ()
    closed_at: datetime | None = None
    closed_reason: str = ""
    outcome: FollowUpOutcome | None = None


# --- when things are due -----------------------------------------------------------------------


def is_overdue(due_end: datetime, now: datetime) -> bool:
    """Overdue means ``now`` is past the end of the due window."""
    return now > due_end


def local_day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """Start (inclusive) and end (exclusive) of the calendar ``day`` in ``zone``, in UTC.

    The day has 23 or 25 hours when the clocks change.
    """
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def local_date(moment: datetime, zone: tzinfo) -> date:
    """The calendar date of ``moment`` in ``zone``."""
    return moment.astimezone(zone).date()


def is_due_today(due_start: datetime, due_end: datetime, now: datetime, zone: tzinfo) -> bool:
    """Not overdue, and the due window opens before the end of today in ``zone``."""
    _start, end_of_day = local_day_bounds(local_date(now, zone), zone)
    return not is_overdue(due_end, now) and due_start < end_of_day


def week_bounds(first_day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """Start and end (exclusive) in UTC of the seven calendar days from ``first_day``."""
    start, _ = local_day_bounds(first_day, zone)
    end, _ = local_day_bounds(first_day + timedelta(days=7), zone)
    return start, end


# --- plans -------------------------------------------------------------------------------------

_DURATION = re.compile(r"^P(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?)?$")


@dataclass(frozen=True, slots=True)
class Offset:
    """Time after the end of the call: calendar days, then elapsed hours and minutes."""

    days: int = 0
    hours: int = 0
    minutes: int = 0

    @classmethod
    def parse(cls, text: Any) -> Offset:
        """Parse an ISO 8601 duration such as ``PT24H``, ``P7D`` or ``P1DT12H`` (``P1W`` = 7 days).

        Raises ``ValueError`` for anything else (years, months and seconds are not offered:
        their length varies or they are too fine to plan with).
        """
        match = _DURATION.match(text.strip().upper()) if isinstance(text, str) else None
        if match is None or text.strip().upper() in ("P", "PT") or text.strip().endswith("T"):
            raise ValueError(f"'{text}' is not a duration like PT24H, P7D or P1DT12H")
        parts = {k: int(v) if v else 0 for k, v in match.groupdict().items()}
        return cls(days=parts["w"] * 7 + parts["d"], hours=parts["h"], minutes=parts["m"])

    @property
    def nominal(self) -> timedelta:
        """The offset with 24-hour days (for ordering and checks, not for scheduling)."""
        return timedelta(days=self.days, hours=self.hours, minutes=self.minutes)

    def after(self, moment: datetime, zone: tzinfo) -> datetime:
        """``moment`` plus this offset, in UTC.

        Days are added to the wall-clock time in ``zone`` (a wall time that does not exist
        because the clocks sprang forward moves forward by the gap); hours and minutes are then
        added as elapsed time.
        """
        if moment.tzinfo is None:
            raise ValueError("naive datetime given; times must be timezone-aware")
        local = moment.astimezone(zone)
        if self.days:
            local = (local.replace(tzinfo=None) + timedelta(days=self.days)).replace(
                tzinfo=zone, fold=0
            )
        return local.astimezone(UTC) + timedelta(hours=self.hours, minutes=self.minutes)

    def __str__(self) -> str:
        text = "P"
        if self.days:
            text += f"{self.days}D"
        if self.hours or self.minutes or not self.days:
            text += "T"
            if self.hours or not self.minutes:
                text += f"{self.hours}H"
            if self.minutes:
                text += f"{self.minutes}M"
        return text


@dataclass(frozen=True, slots=True)
class PlannedContact:
    """One contact of a plan: its due window after the end of the call, and how to make it."""

    due_from: Offset
    due_by: Offset
    method: ContactMethod = ContactMethod.PHONE
    label: str = ""

    def window(self, call_ended_at: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
        """The due window (start, end) in UTC for a call that ended at ``call_ended_at``."""
        return self.due_from.after(call_ended_at, zone), self.due_by.after(call_ended_at, zone)


@dataclass(frozen=True, slots=True)
class FollowUpPlan:
    """The contacts scheduled for calls of some risk levels."""

    key: str
    label: str
    contacts: tuple[PlannedContact, ...]
    risk_levels: frozenset[RiskLevel] = frozenset()
    default: bool = False


@dataclass(frozen=True, slots=True)
class ScheduledContact:
    """A contact of a plan placed in time for one call."""

    sequence_no: int
    due_start: datetime
    due_end: datetime
    method: ContactMethod


def schedule_plan(
    plan: FollowUpPlan, call_ended_at: datetime, zone: tzinfo
) -> list[ScheduledContact]:
    """Every contact of ``plan`` with its due window, numbered from 1."""
    result = []
    for n, contact in enumerate(plan.contacts, start=1):
        start, end = contact.window(call_ended_at, zone)
        result.append(ScheduledContact(n, start, end, contact.method))
    return result


@dataclass(frozen=True, slots=True)
class FollowUpPlans:
    """Every plan of the center; exactly one applies to each risk level."""

    plans: tuple[FollowUpPlan, ...]
    source: str = ""

    def for_risk(self, risk: RiskLevel) -> FollowUpPlan:
        """The plan for calls at ``risk``."""
        for plan in self.plans:
            if risk in plan.risk_levels:
                return plan
        for plan in self.plans:
            if plan.default:
                return plan
        raise ConfigurationError(  # parse_follow_up_plans makes this unreachable
            msg("No follow-up plan applies to {risk} risk.", risk=risk.label.lower()),
            'Give one plan "default": true in the follow-up plans file.',
        )

    def get(self, key: str) -> FollowUpPlan | None:
        """The plan called ``key``."""
        return next((p for p in self.plans if p.key == key), None)


_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
_TOP_KEYS = {"plans", "description", "version"}
_PLAN_KEYS = {"key", "label", "risk_levels", "default", "contacts", "description"}
_CONTACT_KEYS = {"due_from", "due_by", "method", "label"}
MAX_CONTACTS = 20
MIN_WINDOW = timedelta(hours=1)


def parse_follow_up_plans(raw: Any, source: str) -> FollowUpPlans:
    """Validate decoded JSON of a plans file; ``ConfigurationError`` names the file and problem.

    Shape: ``{"plans": [{"key", "label", "risk_levels": [...], "default": bool,
    "contacts": [{"due_from": "PT0H", "due_by": "PT24H", "method": "phone"}]}]}``.
    """
    problems: list[str] = []

    def fail() -> ConfigurationError:
        return ConfigurationError(
            msg(
                "The follow-up plans file {file} cannot be used: {problems}.",
                file=source,
                problems="; ".join(problems),
            ),
            "Correct the file (see the administrator guide, 'Follow-up plans') and start again.",
        )

    if not isinstance(raw, Mapping) or not isinstance(raw.get("plans"), list):
        problems.append('it must be a JSON object with a list "plans"')
        raise fail()
    problems += [f'unknown field "{k}" at the top' for k in sorted(set(raw) - _TOP_KEYS)]
    plans: list[FollowUpPlan] = []
    owner: dict[RiskLevel, str] = {}
    for index, item in enumerate(raw["plans"], start=1):
        plan = _parse_plan(item, f"plan {index}", problems)
        if plan is None:
            continue
        if any(p.key == plan.key for p in plans):
            problems.append(f'plan key "{plan.key}" is used twice')
        for level in sorted(plan.risk_levels, key=lambda r: r.rank):
            if level in owner:
                problems.append(
                    f'risk level "{level.value}" is in plan "{owner[level]}" and "{plan.key}"'
                )
            owner[level] = plan.key
        plans.append(plan)
    if not raw["plans"]:
        problems.append("it has no plans")
    defaults = [p.key for p in plans if p.default]
    if len(defaults) > 1:
        problems.append(f"more than one default plan ({', '.join(defaults)})")
    uncovered = [r.value for r in RiskLevel if r not in owner]
    if not defaults and uncovered and plans:
        problems.append(
            f"no plan for the risk levels {', '.join(uncovered)} (list them or mark one plan "
            '"default": true)'
        )
    if problems:
        raise fail()
    return FollowUpPlans(tuple(plans), source)


def _parse_plan(item: Any, where: str, problems: list[str]) -> FollowUpPlan | None:
    if not isinstance(item, Mapping):
        problems.append(f"{where} is not an object")
        return None
    key = item.get("key")
    if not isinstance(key, str) or not _KEY.match(key):
        problems.append(f"{where} needs a \"key\" of lowercase letters, digits, '-' or '_'")
        return None
    where = f'plan "{key}"'
    problems += [f'unknown field "{k}" in {where}' for k in sorted(set(item) - _PLAN_KEYS)]
    label = item.get("label", key)
    if not isinstance(label, str) or not label.strip():
        problems.append(f'{where} needs a "label"')
        label = key
    default = item.get("default", False)
    if not isinstance(default, bool):
        problems.append(f'"default" in {where} must be true or false')
        default = False
    levels: set[RiskLevel] = set()
    raw_levels = item.get("risk_levels", [])
    if not isinstance(raw_levels, list):
        problems.append(f'"risk_levels" in {where} must be a list')
        raw_levels = []
    for value in raw_levels:
        try:
            levels.add(RiskLevel(value))
        except ValueError:
            valid = ", ".join(r.value for r in RiskLevel)
            problems.append(f'unknown risk level "{value}" in {where} (use {valid})')
    if not levels and not default:
        problems.append(f'{where} has no "risk_levels" and is not the default')
    contacts = _parse_contacts(item.get("contacts"), where, problems)
    return FollowUpPlan(key, label.strip(), contacts, frozenset(levels), default)


def _parse_contacts(raw: Any, where: str, problems: list[str]) -> tuple[PlannedContact, ...]:
    if not isinstance(raw, list) or not raw:
        problems.append(f'{where} needs a non-empty list "contacts"')
        return ()
    if len(raw) > MAX_CONTACTS:
        problems.append(f"{where} has more than {MAX_CONTACTS} contacts")
    result: list[PlannedContact] = []
    for n, item in enumerate(raw, start=1):
        at = f"contact {n} of {where}"
        if not isinstance(item, Mapping):
            problems.append(f"{at} is not an object")
            continue
        problems += [f'unknown field "{k}" in {at}' for k in sorted(set(item) - _CONTACT_KEYS)]
        offsets: list[Offset] = []
        for name in ("due_from", "due_by"):
            try:
                offsets.append(Offset.parse(item.get(name)))
            except (ValueError, AttributeError):
                problems.append(
                    f'"{name}" of {at} must be a duration like "PT24H" or "P7D", '
                    f"not {item.get(name)!r}"
                )
        try:
            method = ContactMethod(item.get("method", ContactMethod.PHONE.value))
        except ValueError:
            valid = ", ".join(m.value for m in ContactMethod)
            problems.append(f'unknown "method" {item.get("method")!r} in {at} (use {valid})')
            method = ContactMethod.PHONE
        label = item.get("label", "")
        if not isinstance(label, str):
            problems.append(f'"label" of {at} must be text')
            label = ""
        if len(offsets) != 2:
            continue
        due_from, due_by = offsets
        if due_by.nominal - due_from.nominal < MIN_WINDOW:
            problems.append(f'in {at}, "due_by" must be at least one hour after "due_from"')
        if result and due_by.nominal < result[-1].due_by.nominal:
            problems.append(f"{at} is due before the contact listed above it")
        result.append(PlannedContact(due_from, due_by, method, label))
    return tuple(result)


# --- small helpers -----------------------------------------------------------------------------


def client_initials(name: str) -> str:
    """Initials of the first and last word of ``name`` (``"Nguyễn Thị Zoë"`` gives ``"NZ"``).

    Empty for an anonymous caller. Only these are ever shown in the queue or a calendar.
    """
    words = [w for w in unicodedata.normalize("NFC", name).split() if w[:1].isalpha()]
    if not words:
        return ""
    picked = [words[0], words[-1]] if len(words) > 1 else [words[0]]
    return "".join(w[0].upper() for w in picked)[:8]


def sort_key(summary: FollowUpSummary) -> tuple[datetime, int, str]:
    """Queue order: soonest end of window first, then the higher risk, then a stable id."""
    return (summary.due_end, -summary.risk_level.rank, str(summary.id))


def risk_order(levels: Sequence[RiskLevel] = tuple(RiskLevel)) -> dict[str, int]:
    """Risk level value to its rank (higher is more urgent), for sorting in a query."""
    return {level.value: level.rank for level in levels}
