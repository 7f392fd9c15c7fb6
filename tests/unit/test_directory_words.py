"""The directory's plain words: opening hours, opening status, verification age, edit checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from counselor_app.domain.directory import (
    OpeningStatus,
    OpenState,
    OrganizationEdit,
    ScheduleRule,
    ServiceEdit,
    WeekdayRule,
    clean_line,
    clean_text,
    cleaned_organization,
    cleaned_service,
    clock,
    describe_opening,
    describe_rule,
    language_entry,
    language_label,
    opening_status,
    ordinal,
    organization_problems,
    rule_has_ended,
    service_problems,
    verification_warning,
)

CHICAGO = ZoneInfo("America/Chicago")
EVERY_DAY = tuple(WeekdayRule(d) for d in range(7))
WEEKDAYS = tuple(WeekdayRule(d) for d in range(5))
ADVICE = "confirm details with the service before referring."


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def chicago(*args: int) -> datetime:
    return datetime(*args, tzinfo=CHICAGO).astimezone(UTC)


@pytest.mark.parametrize(
    ("wall", "expected"),
    [
        (time(0, 0), "12:00 AM"),
        (time(0, 30), "12:30 AM"),
        (time(9, 0), "9:00 AM"),
        (time(12, 0), "12:00 PM"),
        (time(13, 5), "1:05 PM"),
        (time(23, 59), "11:59 PM"),
    ],
)
def test_clock_is_twelve_hour(wall: time, expected: str) -> None:
    assert clock(wall) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (31, "31st"),
        (-1, "last"),
        (-2, "2nd-to-last"),
    ],
)
def test_ordinal(number: int, expected: str) -> None:
    assert ordinal(number) == expected


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (ScheduleRule(time(9), time(17), byday=WEEKDAYS), "Mon–Fri 9:00 AM – 5:00 PM"),
        (ScheduleRule(time(0), time(0), byday=EVERY_DAY), "Every day, open 24 hours"),
        (ScheduleRule(time(0), time(0)), "Every day, open 24 hours"),
        (ScheduleRule(time(8), time(8), byday=WEEKDAYS), "Mon–Fri, open 24 hours"),
        (
            ScheduleRule(time(10), time(14), freq="MONTHLY", byday=(WeekdayRule(0, 1),)),
            "1st Mon of the month 10:00 AM – 2:00 PM",
        ),
        (
            ScheduleRule(time(10), time(14), freq="MONTHLY", byday=(WeekdayRule(4, -1),)),
            "Last Fri of the month 10:00 AM – 2:00 PM",
        ),
        (
            ScheduleRule(
                time(18), time(20), freq="MONTHLY", byday=(WeekdayRule(1, 2), WeekdayRule(1, 4))
            ),
            "2nd Tue and 4th Tue of the month 6:00 PM – 8:00 PM",
        ),
        (
            ScheduleRule(time(9), time(12), freq="MONTHLY", bymonthday=(1, 15)),
            "1st and 15th of the month 9:00 AM – 12:00 PM",
        ),
        (
            ScheduleRule(time(9), time(12), freq="MONTHLY", bymonthday=(-1,)),
            "Last day of the month 9:00 AM – 12:00 PM",
        ),
        (
            ScheduleRule(time(9), time(12), freq="MONTHLY", bymonthday=(1,), interval=3),
            "1st of the month, every 3 months 9:00 AM – 12:00 PM",
        ),
        (ScheduleRule(time(10), time(12), byday=(WeekdayRule(5),)), "Sat 10:00 AM – 12:00 PM"),
        (
            ScheduleRule(time(10), time(12), byday=(WeekdayRule(5), WeekdayRule(6))),
            "Sat, Sun 10:00 AM – 12:00 PM",
        ),
        (
            ScheduleRule(time(9), time(17), byday=tuple(WeekdayRule(d) for d in (0, 2, 4))),
            "Mon, Wed, Fri 9:00 AM – 5:00 PM",
        ),
        (
            ScheduleRule(time(9), time(17), byday=tuple(WeekdayRule(d) for d in (0, 1, 2, 5))),
            "Mon–Wed, Sat 9:00 AM – 5:00 PM",
        ),
        # Hours past midnight read as the person says them.
        (ScheduleRule(time(22), time(6), byday=EVERY_DAY), "Every day 10:00 PM – 6:00 AM"),
        (
            ScheduleRule(time(9), time(13), byday=(WeekdayRule(1),), interval=2),
            "Tue, every other week 9:00 AM – 1:00 PM",
        ),
        (
            ScheduleRule(time(9), time(17), byday=WEEKDAYS, valid_from=date(2024, 1, 1)),
            "Mon–Fri 9:00 AM – 5:00 PM (from Jan 1, 2024)",
        ),
        (
            ScheduleRule(
                time(9),
                time(17),
                byday=WEEKDAYS,
                valid_to=date(2024, 9, 30),
                until=date(2024, 6, 30),
            ),
            "Mon–Fri 9:00 AM – 5:00 PM (until Jun 30, 2024)",
        ),
        (
            ScheduleRule(
                time(9),
                time(17),
                byday=WEEKDAYS,
                valid_from=date(2024, 6, 1),
                valid_to=date(2024, 8, 31),
            ),
            "Mon–Fri 9:00 AM – 5:00 PM (Jun 1, 2024 – Aug 31, 2024)",
        ),
    ],
)
def test_describe_rule(rule: ScheduleRule, expected: str) -> None:
    assert describe_rule(rule) == expected


def test_monthly_ordinal_rule_words_match_the_days_it_applies() -> None:
    rule = ScheduleRule(time(10), time(14), freq="MONTHLY", byday=(WeekdayRule(0, 1),))
    assert describe_rule(rule).startswith("1st Mon of the month")
    assert rule.applies_on(date(2024, 3, 4))  # the first Monday of March 2024
    assert not rule.applies_on(date(2024, 3, 11))


def test_rule_has_ended() -> None:
    rule = ScheduleRule(time(9), time(17), valid_to=date(2024, 3, 1))
    assert rule_has_ended(rule, date(2024, 3, 2))
    assert not rule_has_ended(rule, date(2024, 3, 1))
    assert not rule_has_ended(ScheduleRule(time(9), time(17)), date(2030, 1, 1))


def opening_words(rules: list[ScheduleRule], at: datetime) -> str:
    return describe_opening(opening_status(rules, at, CHICAGO), CHICAGO, at)


NINE_TO_FIVE_WEEKDAYS = ScheduleRule(time(9), time(17), byday=WEEKDAYS)


@pytest.mark.parametrize(
    ("rules", "at", "expected"),
    [
        # Wednesday 13 March 2024 (CDT).
        ([NINE_TO_FIVE_WEEKDAYS], chicago(2024, 3, 13, 10), "Open now · closes 5:00 PM"),
        ([NINE_TO_FIVE_WEEKDAYS], chicago(2024, 3, 13, 7), "Closed · opens 9:00 AM"),
        ([NINE_TO_FIVE_WEEKDAYS], chicago(2024, 3, 13, 18), "Closed · opens tomorrow 9:00 AM"),
        # Saturday: next opening is Monday.
        ([NINE_TO_FIVE_WEEKDAYS], chicago(2024, 3, 16, 10), "Closed · opens Mon 9:00 AM"),
        # Crossing midnight: open at 11 PM, closing at 2 AM the next day.
        (
            [ScheduleRule(time(22), time(2), byday=EVERY_DAY)],
            chicago(2024, 3, 13, 23),
            "Open now · closes tomorrow 2:00 AM",
        ),
        # After midnight inside the same opening: closes "today" at 2 AM.
        (
            [ScheduleRule(time(22), time(2), byday=EVERY_DAY)],
            chicago(2024, 3, 14, 1),
            "Open now · closes 2:00 AM",
        ),
        # Closing at 00:00 is midnight of the day itself, not "tomorrow 12:00 AM".
        (
            [ScheduleRule(time(18), time(0), byday=EVERY_DAY)],
            chicago(2024, 3, 13, 20),
            "Open now · closes midnight",
        ),
        (
            [ScheduleRule(time(0), time(0), byday=EVERY_DAY)],
            chicago(2024, 3, 13, 3),
            "Open 24 hours",
        ),
        # Round the clock but only until Friday: the close is said with its day.
        (
            [ScheduleRule(time(0), time(0), byday=EVERY_DAY, valid_to=date(2024, 3, 15))],
            chicago(2024, 3, 13, 12),
            "Open now · closes Fri midnight",
        ),
        # Nothing ahead within the horizon.
        (
            [ScheduleRule(time(9), time(17), byday=EVERY_DAY, valid_to=date(2024, 3, 1))],
            chicago(2024, 3, 13, 12),
            "Closed · no upcoming hours listed",
        ),
        ([], chicago(2024, 3, 13, 12), "Hours not listed"),
    ],
)
def test_describe_opening(rules: list[ScheduleRule], at: datetime, expected: str) -> None:
    assert opening_words(rules, at) == expected


def test_describe_opening_across_spring_forward() -> None:
    # Saturday 9 March 2024, 11 PM CST; at 2 AM the clocks jump to 3 AM CDT. A close at the
    # wall time 02:00, which does not exist that night, happens at 03:00 CDT.
    overnight = ScheduleRule(time(22), time(2), byday=EVERY_DAY)
    at = utc(2024, 3, 10, 5)  # 23:00 CST
    status = opening_status([overnight], at, CHICAGO)
    assert status.closes_at == utc(2024, 3, 10, 8)
    assert describe_opening(status, CHICAGO, at) == "Open now · closes tomorrow 3:00 AM"
    # The morning after the change: 9 AM CDT is 14:00 UTC, and it reads 9:00 AM (not 8:00).
    status = opening_status([NINE_TO_FIVE_WEEKDAYS], utc(2024, 3, 10, 5), CHICAGO)
    assert status.opens_at == utc(2024, 3, 11, 14)
    assert describe_opening(status, CHICAGO, utc(2024, 3, 10, 5)) == "Closed · opens Mon 9:00 AM"


def test_describe_opening_across_fall_back() -> None:
    # Saturday 2 November 2024, 8 PM CDT; the clocks go back at 2 AM. 9 AM Sunday is CST.
    every_day = ScheduleRule(time(9), time(17), byday=EVERY_DAY)
    at = utc(2024, 11, 3, 1)  # 20:00 CDT on Saturday
    status = opening_status([every_day], at, CHICAGO)
    assert status.opens_at == utc(2024, 11, 3, 15)
    assert describe_opening(status, CHICAGO, at) == "Closed · opens tomorrow 9:00 AM"


def test_describe_opening_far_ahead_gives_the_date() -> None:
    rule = ScheduleRule(time(9), time(17), byday=EVERY_DAY, valid_from=date(2024, 3, 20))
    at = chicago(2024, 3, 13, 12)
    assert opening_words([rule], at) == "Closed · opens Wed Mar 20 9:00 AM"


def test_describe_opening_needs_an_aware_moment() -> None:
    with pytest.raises(ValueError, match="naive"):
        describe_opening(OpeningStatus(OpenState.UNKNOWN), CHICAGO, datetime(2024, 3, 13))  # noqa: DTZ001


@pytest.mark.parametrize(
    ("last", "today", "max_age", "expected"),
    [
        (None, date(2024, 3, 15), 365, f"Never verified — {ADVICE}"),
        (date(2024, 1, 1), date(2024, 3, 15), 365, None),
        (date(2023, 3, 16), date(2024, 3, 15), 365, None),  # exactly the limit
        (date(2023, 1, 10), date(2024, 3, 15), 365, f"Last verified 14 months ago — {ADVICE}"),
        (date(2023, 1, 20), date(2024, 3, 15), 365, f"Last verified 13 months ago — {ADVICE}"),
        (date(2024, 2, 10), date(2024, 3, 15), 30, f"Last verified 1 month ago — {ADVICE}"),
        (date(2024, 2, 20), date(2024, 3, 15), 7, f"Last verified 24 days ago — {ADVICE}"),
        (date(2021, 2, 1), date(2024, 3, 15), 365, f"Last verified 3 years ago — {ADVICE}"),
        (date(2025, 1, 1), date(2024, 3, 15), 365, None),  # a date ahead is not stale
    ],
)
def test_verification_warning(
    last: date | None, today: date, max_age: int, expected: str | None
) -> None:
    assert verification_warning(last, today, max_age) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("es", ("es", "Spanish")),
        ("Spanish", ("es", "Spanish")),
        (" SPANISH ", ("es", "Spanish")),
        ("EN", ("en", "English")),
        ("kmr", ("kmr", None)),
        ("zh-Hant", ("zh-hant", None)),
        ("Kurdish (Kurmanji)", (None, "Kurdish (Kurmanji)")),
        ("", (None, None)),
    ],
)
def test_language_entry(typed: str, expected: tuple[str | None, str | None]) -> None:
    assert language_entry(typed) == expected


def test_language_label() -> None:
    assert language_label("es", None) == "Spanish"
    assert language_label("es", "Español") == "Español"
    assert language_label("xx", "") == "xx"
    assert language_label(None, None) == ""


def test_cleaning_removes_control_characters() -> None:
    assert clean_line("  Zoë\x00 Warm\x1b[31mline\n ") == "Zoë Warm[31mline"
    assert clean_text("One\r\nTwo\x07\rThree\t!") == "One\nTwo\nThree\t!"
    edit = cleaned_organization(OrganizationEdit(name="\tNorth\x00 County ", email=" a@b.org "))
    assert (edit.name, edit.email) == ("North County", "a@b.org")
    service = cleaned_service(
        ServiceEdit("org", "Line", status=" Active ", languages=("es", " ES", "", "Somali"))
    )
    assert service.status == "active"
    assert service.languages == ("es", "Somali")


def test_organization_problems_name_each_field() -> None:
    assert organization_problems(OrganizationEdit(name="Harbor House")) == ()
    problems = organization_problems(
        OrganizationEdit(name="", email="no-at-sign", website="ftp://files.example")
    )
    assert [p.split(":")[0] for p in problems] == ["Name", "E-mail", "Website"]
    assert organization_problems(OrganizationEdit(name="x" * 301))[0].startswith("Name:")
    assert organization_problems(OrganizationEdit(name="x" * 300)) == ()
    for bad in ("javascript:alert(1)", "https://", "http://exa mple.org", "www.example.org"):
        assert organization_problems(OrganizationEdit(name="A", website=bad)), bad
    for good in ("https://example.org/a?b=c", "http://localhost:8080"):
        assert organization_problems(OrganizationEdit(name="A", website=good)) == (), good


def test_service_problems() -> None:
    today = date(2024, 3, 15)
    assert service_problems(ServiceEdit("org", "Line"), today) == ()
    problems = service_problems(
        ServiceEdit(
            "",
            "",
            status="open",
            email="x@",
            url="mailto:x@y.org",
            last_verified=date(2024, 3, 16),
        ),
        today,
    )
    assert [p.split(":")[0] for p in problems] == [
        "Name",
        "Organization",
        "Status",
        "E-mail",
        "Website",
        "Last verified",
    ]
