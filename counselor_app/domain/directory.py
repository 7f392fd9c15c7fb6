"""The referral directory (Open Referral HSDS 3.0) as the user interface sees it.

Besides the frozen records the screens receive, this module holds the pure rules of the
directory: opening hours from HSDS schedules (evaluated in the center's time zone, DST-correct),
text folding for accent-insensitive search, distances, and the vocabulary of an import report.
Standard library only.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from counselor_app.domain.errors import ConfigurationError, Message, comma_list, msg

# --- text folding ---------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+")
_SPECIAL_FOLDS = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l"})


def fold(text: str) -> str:
    """Lower case without accents: ``"Zoë Ærø"`` -> ``"zoe aero"`` (for indexing and queries)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_tokens(text: str) -> list[str]:
    """The words of ``text`` as the full-text index stores them: folded letters and digits only.

    Everything else (quotes, ``*``, ``-``, ``:``, control characters, query keywords' syntax)
    separates words, so user text can never reach a full-text query language unquoted.
    """
    return _WORD.findall(fold(text))


# --- search request and results -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GeoPoint:
    """A point on Earth in decimal degrees (WGS 84)."""

    latitude: float
    longitude: float

    @staticmethod
    def valid(latitude: float | None, longitude: float | None) -> bool:
        """True when both coordinates exist and are in range."""
        return (
            latitude is not None
            and longitude is not None
            and -90.0 <= latitude <= 90.0
            and -180.0 <= longitude <= 180.0
            and not (math.isnan(latitude) or math.isnan(longitude))
        )


EARTH_RADIUS_KM = 6371.0088


def distance_km(a: GeoPoint, b: GeoPoint) -> float:
    """Great-circle (haversine) distance between two points in kilometres."""
    lat1, lat2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class DirectoryQuery:
    """What a counselor is looking for. Every filter is optional; text may be anything."""

    text: str = ""
    taxonomy_term: str | None = None  # a term id or code (e.g. an AIRS/211 code)
    language: str | None = None  # a language code ("es") or name ("Spanish")
    open_now: bool = False
    active_only: bool = True
    city: str | None = None
    postal_code: str | None = None
    near: GeoPoint | None = None
    within_km: float | None = None
    limit: int = 50


class OpenState(enum.StrEnum):
    """Whether a service is open at a moment."""

    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"  # no usable schedule


@dataclass(frozen=True, slots=True)
class OpeningStatus:
    """Open or not at a moment, and when that changes (aware datetimes, UTC)."""

    state: OpenState
    closes_at: datetime | None = None
    opens_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ServiceHit:
    """One search result."""

    id: str
    name: str
    organization_name: str
    description: str
    eligibility: str
    phone: str | None
    city: str | None
    postal_code: str | None
    status: str
    active: bool
    languages: tuple[str, ...]
    opening: OpeningStatus
    distance_km: float | None = None
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class PhoneEntry:
    """One telephone number of a service (E.164 where it could be read, else as given)."""

    number: str
    extension: str = ""
    kind: str = ""  # HSDS phone.type: voice, text, fax, cell, video, pager, textphone
    description: str = ""


@dataclass(frozen=True, slots=True)
class AddressEntry:
    """One place a service is offered (HSDS location with its physical address)."""

    location_name: str
    address_1: str
    address_2: str
    city: str
    region: str  # HSDS state_province
    postal_code: str
    country: str
    latitude: float | None = None
    longitude: float | None = None

    def one_line(self) -> str:
        """``"1 Main St, Suite 2, St. Louis, MO 63101"`` (empty parts left out)."""
        region_postal = " ".join(p for p in (self.region, self.postal_code) if p)
        parts = (self.address_1, self.address_2, self.city, region_postal)
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class ServiceDetail:
    """Everything the detail panel shows about one service, and what an edit starts from.

    ``hours`` are plain-language lines (``"Mon-Fri 9:00 AM - 5:00 PM"``), one per schedule, each
    a ``Message`` the interface shows in its language;
    ``opening`` is the status at the moment the detail was read. ``last_verified`` is the HSDS
    ``assured_date`` (when the record was last confirmed), else the date of ``last_modified``.
    ``version`` is the service row's version, for an edit's conflict check.
    """

    id: str
    name: str
    organization_id: str | None
    organization_name: str
    description: str
    eligibility: str
    fees: str
    application_process: str
    url: str
    email: str
    status: str
    active: bool
    alert: str
    wait_time: str
    languages: tuple[str, ...]
    phones: tuple[PhoneEntry, ...]
    addresses: tuple[AddressEntry, ...]
    hours: tuple[str, ...]
    opening: OpeningStatus
    categories: tuple[str, ...]  # taxonomy term names
    last_verified: date | None
    version: int


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """What the directory's filter lists offer: ``(value, label)`` pairs, by label.

    A category's value goes into ``DirectoryQuery.taxonomy_term``, a language's into
    ``DirectoryQuery.language``. Only values some active service carries are offered.
    """

    categories: tuple[tuple[str, str], ...] = ()
    languages: tuple[tuple[str, str], ...] = ()


SERVICE_STATUSES = ("active", "inactive", "defunct", "temporarily closed")
"""HSDS 3.0 ``service.status`` values."""


@dataclass(frozen=True, slots=True)
class OrganizationSummary:
    """An organization as the administration screens list and edit it."""

    id: str
    name: str
    description: str
    email: str
    website: str
    active: bool
    version: int
    service_count: int = 0


@dataclass(frozen=True, slots=True)
class OrganizationEdit:
    """An administrator's new or changed organization.

    ``id`` None creates one; ``version`` is the version the edit started from (0 for a new one).
    """

    name: str
    description: str = ""
    email: str = ""
    website: str = ""
    id: str | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class ServiceEdit:
    """An administrator's new or changed service: the record, its main phone and languages.

    ``id`` None creates one; ``version`` is the version the edit started from. Locations and
    schedules come from an HSDS import.
    """

    organization_id: str
    name: str
    description: str = ""
    eligibility: str = ""
    fees: str = ""
    application_process: str = ""
    url: str = ""
    email: str = ""
    status: str = "active"
    phone: str = ""
    languages: tuple[str, ...] = ()  # ISO 639 codes ("en", "es") or names
    last_verified: date | None = None
    id: str | None = None
    version: int = 0


# --- opening hours from HSDS schedules ------------------------------------------------------

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")


@dataclass(frozen=True, slots=True)
class WeekdayRule:
    """An RFC 5545 BYDAY entry: a weekday (0 = Monday), optionally the n-th of the month."""

    weekday: int
    ordinal: int | None = None


@dataclass(frozen=True, slots=True)
class ScheduleRule:
    """The parts of an HSDS ``schedule`` that decide opening hours.

    ``freq`` is WEEKLY or MONTHLY; ``byday`` as in RFC 5545 (``MO,TU`` or ``1MO,-1FR``);
    ``bymonthday`` day numbers (negative from the month's end). Times are wall-clock times in
    the center's time zone; ``closes_at`` at or before ``opens_at`` means the hours run past
    midnight (``00:00``-``00:00`` is all day).
    """

    opens_at: time
    closes_at: time
    freq: str = "WEEKLY"
    byday: tuple[WeekdayRule, ...] = ()
    bymonthday: tuple[int, ...] = ()
    interval: int = 1
    dtstart: date | None = None
    until: date | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def applies_on(self, day: date) -> bool:
        """True when the hours start on local date ``day``."""
        for start in (self.valid_from, self.dtstart):
            if start is not None and day < start:
                return False
        for end in (self.valid_to, self.until):
            if end is not None and day > end:
                return False
        if self.freq == "MONTHLY":
            return self._monthly(day)
        return self._weekly(day)

    def _weekly(self, day: date) -> bool:
        days = {r.weekday for r in self.byday}
        if not days:
            days = {self.dtstart.weekday()} if self.dtstart else set(range(7))
        if day.weekday() not in days:
            return False
        if self.interval > 1 and self.dtstart is not None:
            start_week = self.dtstart - timedelta(days=self.dtstart.weekday())
            this_week = day - timedelta(days=day.weekday())
            return ((this_week - start_week).days // 7) % self.interval == 0
        return True

    def _monthly(self, day: date) -> bool:
        if self.interval > 1 and self.dtstart is not None:
            months = (day.year - self.dtstart.year) * 12 + day.month - self.dtstart.month
            if months % self.interval:
                return False
        last = _days_in_month(day)
        if self.bymonthday and not any(
            day.day == (d if d > 0 else last + d + 1) for d in self.bymonthday
        ):
            return False
        if self.byday:
            nth = (day.day - 1) // 7 + 1
            nth_from_end = -((last - day.day) // 7 + 1)
            if not any(
                r.weekday == day.weekday() and r.ordinal in (None, nth, nth_from_end)
                for r in self.byday
            ):
                return False
        if not self.bymonthday and not self.byday:
            return self.dtstart is None or day.day == self.dtstart.day
        return True

    def interval_on(self, day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """The opening interval that starts on ``day``, as UTC datetimes."""
        start = _to_utc(day, self.opens_at, zone)
        end_day = day + timedelta(days=1) if self.closes_at <= self.opens_at else day
        return start, _to_utc(end_day, self.closes_at, zone)


def _days_in_month(day: date) -> int:
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _to_utc(day: date, wall: time, zone: ZoneInfo) -> datetime:
    # Comparing aware datetimes that share a tzinfo ignores their offsets: always go to UTC.
    # A wall time inside the spring-forward gap resolves with the offset before the change
    # (02:30 becomes 03:30 daylight time); an ambiguous one takes its first occurrence.
    return datetime.combine(day, wall, tzinfo=zone).astimezone(UTC)


def opening_status(
    rules: Iterable[ScheduleRule], at: datetime, zone: ZoneInfo, horizon_days: int = 8
) -> OpeningStatus:
    """Open or closed at ``at`` (aware), with the next change, from ``rules`` in ``zone``."""
    rules = list(rules)
    if not rules:
        return OpeningStatus(OpenState.UNKNOWN)
    if at.tzinfo is None:
        raise ValueError("naive datetime given; 'at' must be timezone-aware")
    now = at.astimezone(UTC)
    today = now.astimezone(zone).date()
    # Most answers are settled within a day or two; look further only when they are not.
    for last in (2, horizon_days):
        window_end = _to_utc(today + timedelta(days=last), time(0), zone)
        status = _status_in(rules, now, today, last, zone)
        settled_open = status.closes_at is not None and status.closes_at < window_end
        if status.opens_at is not None or settled_open or last == horizon_days:
            return status
    raise AssertionError("unreachable")


def _status_in(
    rules: list[ScheduleRule], now: datetime, today: date, last: int, zone: ZoneInfo
) -> OpeningStatus:
    intervals: list[tuple[datetime, datetime]] = []
    for offset in range(-1, last + 1):
        day = today + timedelta(days=offset)
        intervals.extend(r.interval_on(day, zone) for r in rules if r.applies_on(day))
    intervals.sort()
    merged: list[list[datetime]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    for start, end in merged:
        if start <= now < end:
            return OpeningStatus(OpenState.OPEN, closes_at=end)
        if start > now:
            return OpeningStatus(OpenState.CLOSED, opens_at=start)
    return OpeningStatus(OpenState.CLOSED)


def parse_time(text: str) -> time | None:
    """``9:00``, ``09:00:00``, ``18:00:00Z`` or ``24:00`` as a time (``24:00`` -> midnight)."""
    match = re.fullmatch(
        r"\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*", text
    )
    if not match:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if hour == 24 and minute == 0 and second == 0:
        return time(0, 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def parse_byday(text: str | None) -> tuple[WeekdayRule, ...] | None:
    """``"MO,TU,1FR"`` as rules, or None when an entry is not RFC 5545 BYDAY."""
    if not text or not text.strip():
        return ()
    rules = []
    for part in text.replace(" ", "").upper().split(","):
        if not part:
            continue
        match = _BYDAY.match(part)
        if not match:
            return None
        rules.append(WeekdayRule(WEEKDAYS.index(match[2]), int(match[1]) if match[1] else None))
    return tuple(rules)


def parse_int_list(text: str | None) -> tuple[int, ...] | None:
    """``"1,15,-1"`` as integers, or None when it is not such a list."""
    if not text or not text.strip():
        return ()
    try:
        return tuple(int(p) for p in text.replace(" ", "").split(",") if p)
    except ValueError:
        return None


# --- plain words for people: hours, opening, verification -----------------------------------

_DAY_NAMES = (
    msg("Mon"),
    msg("Tue"),
    msg("Wed"),
    msg("Thu"),
    msg("Fri"),
    msg("Sat"),
    msg("Sun"),
)
"""Short weekday names; these and every hours line below are messages the interface translates."""
_MONTH_NAMES = (
    msg("Jan"),
    msg("Feb"),
    msg("Mar"),
    msg("Apr"),
    msg("May"),
    msg("Jun"),
    msg("Jul"),
    msg("Aug"),
    msg("Sep"),
    msg("Oct"),
    msg("Nov"),
    msg("Dec"),
)
ALWAYS_OPEN_AFTER = timedelta(days=7)
"""An open service that does not close within this long is described as open 24 hours."""


def clock(value: time) -> Message:
    """A wall-clock time the US way: ``"9:00 AM"``, ``"12:30 PM"``, ``"12:00 AM"``."""
    hour, minute = value.hour % 12 or 12, f"{value.minute:02d}"
    if value.hour < 12:
        return msg("{hour}:{minute} AM", hour=hour, minute=minute)
    return msg("{hour}:{minute} PM", hour=hour, minute=minute)


def short_date(day: date) -> Message:
    """``"Mar 1, 2024"`` (English month names; the interface translates the message)."""
    return msg(
        "{month} {day}, {year}", month=_MONTH_NAMES[day.month - 1], day=day.day, year=day.year
    )


def ordinal(number: int, *, capital: bool = False) -> Message:
    """``1st``, ``2nd``, ``3rd``, ``11th``, ``22nd``...; negative numbers count from the end.

    ``-1`` is ``"last"`` (``"Last"`` with ``capital``, to begin a line), ``-2`` ``"2nd-to-last"``.
    """
    if number == -1:
        return msg("Last") if capital else msg("last")
    if number < 0:
        return msg("{ordinal}-to-last", ordinal=ordinal(-number))
    if 10 <= number % 100 <= 20:
        return msg("{number}th", number=number)
    if number % 10 == 1:
        return msg("{number}st", number=number)
    if number % 10 == 2:
        return msg("{number}nd", number=number)
    if number % 10 == 3:
        return msg("{number}rd", number=number)
    return msg("{number}th", number=number)


def _and_list(parts: Sequence[str]) -> str:
    """``"a"``, ``"a and b"``, ``"a, b and c"`` as one message."""
    if len(parts) == 1:
        return parts[0]
    return msg("{first} and {last}", first=comma_list(parts[:-1]), last=parts[-1])


def _local_when(moment: datetime, zone: ZoneInfo, today: date, *, closing: bool) -> str:
    """``"6:00 PM"`` today, ``"tomorrow 2:00 AM"``, ``"Mon 9:00 AM"`` this week, else with a date.

    A closing at 00:00 is "midnight" of the day before (the night of Friday to Saturday is
    "Fri midnight").
    """
    local = moment.astimezone(zone)
    day = local.date()
    at = clock(local.time())
    if closing and local.time() == time(0):
        day -= timedelta(days=1)
        at = msg("midnight")
    days = (day - today).days
    if days <= 0:
        return at
    if days == 1:
        return msg("tomorrow {time}", time=at)
    name = _DAY_NAMES[day.weekday()]
    if days < 7:
        return msg("{day} {time}", day=name, time=at)
    month = _MONTH_NAMES[day.month - 1]
    return msg("{day} {month} {date} {time}", day=name, month=month, date=day.day, time=at)


def center_zone(name: str) -> ZoneInfo:
    """The center's time zone, or a ``ConfigurationError`` naming the setting."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(
            msg("The center time zone '{zone}' is unknown.", zone=name),
            "Set center_time_zone to an IANA name such as America/Chicago.",
        ) from None


def describe_opening(status: OpeningStatus, zone: ZoneInfo, now: datetime) -> str:
    """The opening status in plain words, times in the center's time zone.

    ``"Open now · closes 6:00 PM"``, ``"Open now · closes tomorrow 2:00 AM"``, ``"Open 24 hours"``
    (open and not closing within ``ALWAYS_OPEN_AFTER``), ``"Closed · opens 9:00 AM"``,
    ``"Closed · opens Mon 9:00 AM"``, ``"Hours not listed"`` (no usable schedule).
    """
    if now.tzinfo is None:
        raise ValueError("naive datetime given; 'now' must be timezone-aware")
    today = now.astimezone(zone).date()
    if status.state is OpenState.OPEN:
        if status.closes_at is None or status.closes_at - now >= ALWAYS_OPEN_AFTER:
            return msg("Open 24 hours")
        when = _local_when(status.closes_at, zone, today, closing=True)
        return msg("Open now · closes {when}", when=when)
    if status.state is OpenState.CLOSED:
        if status.opens_at is None:
            return msg("Closed · no upcoming hours listed")
        when = _local_when(status.opens_at, zone, today, closing=False)
        return msg("Closed · opens {when}", when=when)
    return msg("Hours not listed")


def _weekday_words(days: Iterable[int]) -> str:
    """``"Every day"``, ``"Mon–Fri"``, ``"Mon, Wed, Fri"``, ``"Mon–Wed, Sat"``."""
    ordered = sorted(set(days))
    if len(ordered) == 7:
        return msg("Every day")
    runs: list[list[int]] = []
    for day in ordered:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(msg("{first}–{last}", first=_DAY_NAMES[run[0]], last=_DAY_NAMES[run[-1]]))
        else:
            parts.extend(_DAY_NAMES[d] for d in run)
    return comma_list(parts)


def _day_of_month(day: int) -> Message:
    """``"13th"`` as a day of the month (its own messages: other languages say it differently)."""
    if 10 <= day % 100 <= 20:
        return msg("{day}th", day=day)
    if day % 10 == 1:
        return msg("{day}st", day=day)
    if day % 10 == 2:
        return msg("{day}nd", day=day)
    if day % 10 == 3:
        return msg("{day}rd", day=day)
    return msg("{day}th", day=day)


def _monthday_words(day: int, *, capital: bool = False) -> Message:
    """``"15th"``, ``"last day"`` (``"Last day"`` to begin a line), ``"2nd-to-last day"``."""
    if day > 0:
        return _day_of_month(day)
    if day == -1:
        return msg("Last day") if capital else msg("last day")
    return msg("{ordinal}-to-last day", ordinal=ordinal(-day))


def _monthly_weekday(rule: WeekdayRule, *, capital: bool) -> Message:
    """``"1st Mon"``, ``"last Fri"``, ``"2nd-to-last Tue"``, ``"every Wed"`` of a month."""
    day = _DAY_NAMES[rule.weekday]
    if rule.ordinal is not None and rule.ordinal < -1:
        return msg("{ordinal}-to-last {day}", ordinal=ordinal(-rule.ordinal), day=day)
    if rule.ordinal:
        return msg("{ordinal} {day}", ordinal=ordinal(rule.ordinal, capital=capital), day=day)
    return msg("Every {day}", day=day) if capital else msg("every {day}", day=day)


def _days_words(rule: ScheduleRule) -> str:
    """The days of a schedule; a line begins with a capital in every branch (``capital``)."""
    if rule.freq == "MONTHLY":
        weekdays = [_monthly_weekday(r, capital=i == 0) for i, r in enumerate(rule.byday)]
        monthdays = [
            _monthday_words(d, capital=i == 0 and not weekdays)
            for i, d in enumerate(rule.bymonthday)
        ]
        words: str
        if weekdays and monthdays:
            words = msg(
                "{weekdays} on the {monthdays} of the month",
                weekdays=_and_list(weekdays),
                monthdays=_and_list(monthdays),
            )
        elif weekdays:
            words = msg("{weekdays} of the month", weekdays=_and_list(weekdays))
        elif monthdays:
            words = msg("{monthdays} of the month", monthdays=_and_list(monthdays))
        elif rule.dtstart is not None:
            words = msg("{day} of the month", day=_day_of_month(rule.dtstart.day))
        else:
            words = msg("Every month")
        if rule.interval == 2:
            words = msg("{days}, every other month", days=words)
        elif rule.interval > 2:
            words = msg("{days}, every {count} months", days=words, count=rule.interval)
        return words
    if rule.byday:
        words = _weekday_words(r.weekday for r in rule.byday)
    elif rule.dtstart is not None:
        words = _DAY_NAMES[rule.dtstart.weekday()]
    else:
        words = msg("Every day")
    if rule.interval == 2:
        words = msg("{days}, every other week", days=words)
    elif rule.interval > 2:
        words = msg("{days}, every {count} weeks", days=words, count=rule.interval)
    return words


def describe_rule(rule: ScheduleRule) -> str:
    """One schedule in plain words.

    ``"Mon–Fri 9:00 AM – 5:00 PM"``, ``"Every day, open 24 hours"``,
    ``"1st Mon of the month 10:00 AM – 2:00 PM"``, ``"Sat 10:00 AM – 12:00 PM"``; hours past
    midnight read ``"10:00 PM – 6:00 AM"``. Limits of validity follow in parentheses:
    ``"(from Mar 1, 2024)"``, ``"(until Jun 30, 2024)"``.
    """
    days = _days_words(rule)
    if rule.opens_at == rule.closes_at:
        text = msg("{days}, open 24 hours", days=days)
    else:
        opens, closes = clock(rule.opens_at), clock(rule.closes_at)
        text = msg("{days} {opens} – {closes}", days=days, opens=opens, closes=closes)
    ends = [d for d in (rule.valid_to, rule.until) if d is not None]
    end = min(ends) if ends else None
    if rule.valid_from is not None and end is not None:
        start = short_date(rule.valid_from)
        text = msg("{hours} ({start} – {end})", hours=text, start=start, end=short_date(end))
    elif rule.valid_from is not None:
        text = msg("{hours} (from {start})", hours=text, start=short_date(rule.valid_from))
    elif end is not None:
        text = msg("{hours} (until {end})", hours=text, end=short_date(end))
    return text


def rule_has_ended(rule: ScheduleRule, today: date) -> bool:
    """True when the rule's validity (``valid_to`` or ``until``) ended before ``today``."""
    return any(end is not None and end < today for end in (rule.valid_to, rule.until))


def rule_sort_key(rule: ScheduleRule) -> tuple[int, int, time]:
    """Weekly before monthly, then by first weekday, then by opening time (for hours lists)."""
    first_day = min((r.weekday for r in rule.byday), default=-1)
    return (0 if rule.freq == "WEEKLY" else 1, first_day, rule.opens_at)


def _months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def verification_warning(last_verified: date | None, today: date, max_age_days: int) -> str | None:
    """A warning when a record was never verified or longer ago than ``max_age_days``; else None.

    ``"Last verified 14 months ago — confirm details with the service before referring."``
    """
    if last_verified is None:
        return msg("Never verified — confirm details with the service before referring.")
    age_days = (today - last_verified).days
    if age_days <= max_age_days:
        return None
    months = _months_between(last_verified, today)
    if months < 1:
        age = msg("1 day") if age_days == 1 else msg("{count} days", count=age_days)
    elif months < 24:
        age = msg("1 month") if months == 1 else msg("{count} months", count=months)
    else:
        age = msg("{count} years", count=months // 12)
    return msg(
        "Last verified {age} ago — confirm details with the service before referring.", age=age
    )


# --- administration: cleaning and checking an edit ------------------------------------------

NAME_MAX_LENGTH = 300
TEXT_MAX_LENGTH = 20_000
EMAIL_MAX_LENGTH = 320
WEB_ADDRESS_MAX_LENGTH = 2_000
LANGUAGE_MAX_LENGTH = 100
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

LANGUAGE_NAMES: dict[str, str] = {
    "am": "Amharic",
    "ar": "Arabic",
    "ase": "American Sign Language",
    "bn": "Bengali",
    "bs": "Bosnian",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "fa": "Persian",
    "fr": "French",
    "gu": "Gujarati",
    "hi": "Hindi",
    "hmn": "Hmong",
    "ht": "Haitian Creole",
    "it": "Italian",
    "ja": "Japanese",
    "km": "Khmer",
    "ko": "Korean",
    "lo": "Lao",
    "ne": "Nepali",
    "pa": "Punjabi",
    "pl": "Polish",
    "ps": "Pashto",
    "pt": "Portuguese",
    "ru": "Russian",
    "so": "Somali",
    "sw": "Swahili",
    "ti": "Tigrinya",
    "tl": "Tagalog",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "yi": "Yiddish",
    "zh": "Chinese",
}
"""Common languages of US crisis lines by ISO 639 code: names for codes, codes for names."""
_LANGUAGE_CODES = {name.casefold(): code for code, name in LANGUAGE_NAMES.items()}


def language_label(code: str | None, name: str | None) -> str:
    """What a person reads for an HSDS language: its name, else the known name of its code."""
    if name and name.strip():
        return name.strip()
    if code and code.strip():
        return LANGUAGE_NAMES.get(code.strip().lower(), code.strip())
    return ""


def language_entry(text: str) -> tuple[str | None, str | None]:
    """``(code, name)`` to store for a language typed as a code or a name.

    ``"es"`` and ``"Spanish"`` both give ``("es", "Spanish")``; an unknown name is kept as a name
    (``(None, "Kurdish")``), an unknown code as a code (``("kmr", None)``).
    """
    cleaned = clean_line(text)
    if not cleaned:
        return None, None
    known_code = _LANGUAGE_CODES.get(cleaned.casefold())
    if known_code is not None:
        return known_code, LANGUAGE_NAMES[known_code]
    if cleaned.lower() in LANGUAGE_NAMES:
        return cleaned.lower(), LANGUAGE_NAMES[cleaned.lower()]
    if _LANGUAGE_CODE.fullmatch(cleaned) and len(cleaned) <= 20:
        return cleaned.lower(), None
    return None, cleaned


def clean_line(text: str) -> str:
    """One line of typed text: control characters and line breaks removed, ends trimmed."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Zl", "Zp")).strip()


def clean_text(text: str) -> str:
    """Typed paragraphs: line breaks kept, other control characters removed, ends trimmed."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n")
    unified = unified.replace("\u2028", "\n").replace("\u2029", "\n")
    return "".join(ch for ch in unified if ch in "\n\t" or unicodedata.category(ch) != "Cc").strip()


def email_problem(value: str) -> str | None:
    """Why ``value`` is not an e-mail address, or None (empty is fine)."""
    if not value:
        return None
    if len(value) > EMAIL_MAX_LENGTH or not _EMAIL.fullmatch(value):
        return msg("give an address such as intake@example.org, or leave it empty.")
    return None


def web_address_problem(value: str) -> str | None:
    """Why ``value`` is not an http(s) web address, or None (empty is fine)."""
    if not value:
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(ch.isspace() for ch in value)
        or len(value) > WEB_ADDRESS_MAX_LENGTH
    ):
        return msg("give an address starting with https:// or http://, or leave it empty.")
    return None


def _length_problems(fields: Iterable[tuple[Message, str]]) -> list[str]:
    return [
        msg("{field}: keep it under {limit:,} characters.", field=label, limit=TEXT_MAX_LENGTH)
        for label, value in fields
        if len(value) > TEXT_MAX_LENGTH
    ]


def _name_problem(name: str, missing: Message) -> str | None:
    if not name:
        return missing
    if len(name) > NAME_MAX_LENGTH:
        return msg("Name: keep it under {limit} characters.", limit=NAME_MAX_LENGTH)
    return None


def cleaned_organization(edit: OrganizationEdit) -> OrganizationEdit:
    """``edit`` with control characters removed and ends trimmed."""
    return replace(
        edit,
        name=clean_line(edit.name),
        description=clean_text(edit.description),
        email=clean_line(edit.email),
        website=clean_line(edit.website),
        id=clean_line(edit.id) if edit.id is not None else None,
    )


def organization_problems(edit: OrganizationEdit) -> tuple[str, ...]:
    """Every reason a (cleaned) organization edit cannot be saved, each naming its field."""
    problems = [
        p for p in (_name_problem(edit.name, msg("Name: give the organization's name.")),) if p
    ]
    problems += _length_problems([(msg("Description"), edit.description)])
    if (email := email_problem(edit.email)) is not None:
        problems.append(msg("E-mail: {problem}", problem=email))
    if (website := web_address_problem(edit.website)) is not None:
        problems.append(msg("Website: {problem}", problem=website))
    return tuple(problems)


def cleaned_service(edit: ServiceEdit) -> ServiceEdit:
    """``edit`` cleaned: no control characters, ends trimmed, status lower case, no repeats.

    Languages lose blanks and repeats (compared without regard to case).
    """
    languages: list[str] = []
    for language in edit.languages:
        cleaned = clean_line(language)
        if cleaned and cleaned.casefold() not in {seen.casefold() for seen in languages}:
            languages.append(cleaned)
    return replace(
        edit,
        organization_id=clean_line(edit.organization_id),
        name=clean_line(edit.name),
        description=clean_text(edit.description),
        eligibility=clean_text(edit.eligibility),
        fees=clean_text(edit.fees),
        application_process=clean_text(edit.application_process),
        url=clean_line(edit.url),
        email=clean_line(edit.email),
        status=clean_line(edit.status).lower(),
        phone=clean_line(edit.phone),
        languages=tuple(languages),
        id=clean_line(edit.id) if edit.id is not None else None,
    )


def service_problems(edit: ServiceEdit, today: date) -> tuple[str, ...]:
    """Every reason a (cleaned) service edit cannot be saved that needs no database.

    The organization's existence and the phone number are checked by the service layer.
    """
    problems = [p for p in (_name_problem(edit.name, msg("Name: give the service's name.")),) if p]
    if not edit.organization_id:
        problems.append(msg("Organization: choose the organization that offers the service."))
    if edit.status not in SERVICE_STATUSES:
        allowed = ", ".join(SERVICE_STATUSES)
        problems.append(msg("Status: choose one of {statuses}.", statuses=allowed))
    problems += _length_problems(
        [
            (msg("Description"), edit.description),
            (msg("Eligibility"), edit.eligibility),
            (msg("Fees"), edit.fees),
            (msg("How to apply"), edit.application_process),
        ]
    )
    if (email := email_problem(edit.email)) is not None:
        problems.append(msg("E-mail: {problem}", problem=email))
    if (url := web_address_problem(edit.url)) is not None:
        problems.append(msg("Website: {problem}", problem=url))
    if any(len(language) > LANGUAGE_MAX_LENGTH for language in edit.languages):
        problems.append(
            msg("Languages: keep each under {limit} characters.", limit=LANGUAGE_MAX_LENGTH)
        )
    if edit.last_verified is not None and edit.last_verified > today:
        problems.append(msg("Last verified: the date cannot be in the future."))
    return tuple(problems)


# --- import and export reports --------------------------------------------------------------


class IssueSeverity(enum.StrEnum):
    """A rejected row, or an accepted row with something cleared or noted."""

    REJECTED = "rejected"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem found in a data package, located by file and line (header = line 1)."""

    severity: IssueSeverity
    file: str
    line: int
    record_id: str
    reason: str

    def describe(self) -> str:
        """One line for a person."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        ident = f" (id {self.record_id})" if self.record_id else ""
        return f"{where}{ident}: {self.severity.value}: {self.reason}"


@dataclass(frozen=True, slots=True)
class TableCounts:
    """What happened to one table."""

    table: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    deactivated: int = 0


@dataclass(frozen=True, slots=True)
class ImportReport:
    """The outcome of one import; applied or not, every issue is listed."""

    source: str
    tables: tuple[TableCounts, ...]
    issues: tuple[ImportIssue, ...]
    ignored_files: tuple[str, ...] = ()
    missing_files: tuple[str, ...] = ()
    applied: bool = True

    @property
    def rejected(self) -> int:
        """Rows rejected in all tables."""
        return sum(1 for i in self.issues if i.severity is IssueSeverity.REJECTED)

    @property
    def warnings(self) -> int:
        """Warnings in all tables."""
        return sum(1 for i in self.issues if i.severity is IssueSeverity.WARNING)

    def total(self, what: str) -> int:
        """Sum of one count (``created``, ``updated``, ``deactivated``...) over the tables."""
        return sum(int(getattr(t, what)) for t in self.tables)

    def summary(self) -> str:
        """One line of counts (no content)."""
        return msg(
            "{rows} rows: {created} created, {updated} updated, {unchanged} unchanged, "
            "{deactivated} deactivated, {rejected} rejected, {warnings} warnings",
            rows=self.total("rows"),
            created=self.total("created"),
            updated=self.total("updated"),
            unchanged=self.total("unchanged"),
            deactivated=self.total("deactivated"),
            rejected=self.rejected,
            warnings=self.warnings,
        )


@dataclass(frozen=True, slots=True)
class ExportReport:
    """Files written by an export and the rows in each."""

    folder: str
    rows: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        """One line of counts."""
        return ", ".join(f"{n} {t}" for t, n in self.rows.items())


def sequence_text(values: Sequence[str]) -> str:
    """Comma-separated, for short lists shown to people."""
    return ", ".join(values)
