"""Opening hours from HSDS schedules: pure rules, in the center's time zone, across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from counselor_app.domain.directory import (
    OpenState,
    ScheduleRule,
    WeekdayRule,
    opening_status,
    parse_byday,
    parse_time,
)

CHICAGO = ZoneInfo("America/Chicago")
EVERY_DAY = tuple(WeekdayRule(d) for d in range(7))
WEEKDAYS = tuple(WeekdayRule(d) for d in range(5))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


NINE_TO_FIVE = ScheduleRule(time(9), time(17), byday=EVERY_DAY)
OVERNIGHT = ScheduleRule(time(22), time(6), byday=EVERY_DAY)
ALL_DAY = ScheduleRule(time(0), time(0), byday=EVERY_DAY)


@pytest.mark.parametrize(
    ("rule", "at", "expected"),
    [
        # Sunday 10 March 2024: clocks go 02:00 CST -> 03:00 CDT.
        (NINE_TO_FIVE, utc(2024, 3, 10, 14, 30), OpenState.OPEN),  # 09:30 CDT (08:30 if CST)
        (NINE_TO_FIVE, utc(2024, 3, 10, 13, 59), OpenState.CLOSED),  # 08:59 CDT
        (NINE_TO_FIVE, utc(2024, 3, 9, 14, 30), OpenState.CLOSED),  # 08:30 CST the day before
        (NINE_TO_FIVE, utc(2024, 3, 10, 22, 1), OpenState.CLOSED),  # 17:01 CDT
        # Sunday 3 November 2024: clocks go 02:00 CDT -> 01:00 CST (a 25-hour night).
        (OVERNIGHT, utc(2024, 11, 3, 11, 30), OpenState.OPEN),  # 05:30 CST
        (OVERNIGHT, utc(2024, 11, 3, 12, 30), OpenState.CLOSED),  # 06:30 CST
        (OVERNIGHT, utc(2024, 11, 3, 3, 0), OpenState.OPEN),  # 22:00 CDT Saturday
        (OVERNIGHT, utc(2024, 11, 3, 2, 59), OpenState.CLOSED),  # 21:59 CDT Saturday
        (ALL_DAY, utc(2024, 3, 10, 8, 30), OpenState.OPEN),  # inside the skipped hour
        (ScheduleRule(time(9), time(17), byday=WEEKDAYS), utc(2024, 3, 10, 16), OpenState.CLOSED),
        (ScheduleRule(time(9), time(17), byday=WEEKDAYS), utc(2024, 3, 11, 16), OpenState.OPEN),
        (
            ScheduleRule(time(9), time(17), byday=EVERY_DAY, valid_to=date(2024, 3, 1)),
            utc(2024, 3, 11, 16),
            OpenState.CLOSED,
        ),
        (
            ScheduleRule(time(9), time(17), byday=EVERY_DAY, valid_from=date(2024, 3, 11)),
            utc(2024, 3, 11, 16),
            OpenState.OPEN,
        ),
        # Monthly: the first Monday of the month; the 15th.
        (
            ScheduleRule(time(9), time(17), freq="MONTHLY", byday=(WeekdayRule(0, 1),)),
            utc(2024, 3, 4, 16),
            OpenState.OPEN,
        ),
        (
            ScheduleRule(time(9), time(17), freq="MONTHLY", byday=(WeekdayRule(0, 1),)),
            utc(2024, 3, 11, 16),
            OpenState.CLOSED,
        ),
        (
            ScheduleRule(time(9), time(17), freq="MONTHLY", bymonthday=(15,)),
            utc(2024, 3, 15, 16),
            OpenState.OPEN,
        ),
        # Every other week from Monday 4 March.
        (
            ScheduleRule(
                time(9), time(17), byday=(WeekdayRule(0),), interval=2, dtstart=date(2024, 3, 4)
            ),
            utc(2024, 3, 11, 16),
            OpenState.CLOSED,
        ),
        (
            ScheduleRule(
                time(9), time(17), byday=(WeekdayRule(0),), interval=2, dtstart=date(2024, 3, 4)
            ),
            utc(2024, 3, 18, 16),
            OpenState.OPEN,
        ),
    ],
)
def test_open_state(rule: ScheduleRule, at: datetime, expected: OpenState) -> None:
    assert opening_status([rule], at, CHICAGO).state is expected


def test_next_change_is_exact_across_dst() -> None:
    status = opening_status([OVERNIGHT], utc(2024, 11, 3, 3, 0), CHICAGO)
    assert status.closes_at == utc(2024, 11, 3, 12, 0)  # 06:00 CST, 9 wall hours + 1 later
    closed = opening_status([NINE_TO_FIVE], utc(2024, 3, 10, 13, 0), CHICAGO)
    assert closed.opens_at == utc(2024, 3, 10, 14, 0)  # 09:00 CDT


def test_no_schedule_is_unknown_and_adjacent_hours_merge() -> None:
    assert opening_status([], utc(2024, 1, 1), CHICAGO).state is OpenState.UNKNOWN
    morning = ScheduleRule(time(8), time(12), byday=EVERY_DAY)
    afternoon = ScheduleRule(time(12), time(18), byday=EVERY_DAY)
    status = opening_status([morning, afternoon], utc(2024, 1, 2, 15), CHICAGO)
    assert status.closes_at == utc(2024, 1, 3, 0)  # 18:00 CST


def test_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        opening_status([ALL_DAY], datetime(2024, 1, 1), CHICAGO)  # noqa: DTZ001


@pytest.mark.parametrize(
    ("text", "expected"),
    [("9:00", time(9)), ("18:00:00", time(18)), ("24:00", time(0)), ("25:00", None), ("x", None)],
)
def test_parse_time(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


def test_parse_byday() -> None:
    assert parse_byday("MO, -1FR") == (WeekdayRule(0), WeekdayRule(4, -1))
    assert parse_byday("") == ()
    assert parse_byday("Monday") is None
