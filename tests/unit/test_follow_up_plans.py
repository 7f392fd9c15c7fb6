"""Follow-up plans as data, due windows across daylight-saving changes, the center's day."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from counselor_app.config import resources_dir
from counselor_app.domain.errors import ConfigurationError
from counselor_app.domain.follow_ups import (
    AttemptResult,
    ContactMethod,
    FollowUpCounts,
    Offset,
    QueueView,
    client_initials,
    is_due_today,
    is_overdue,
    local_day_bounds,
    parse_follow_up_plans,
    schedule_plan,
    week_bounds,
)
from counselor_app.domain.risk import RiskLevel
from counselor_app.services.follow_ups import PLANS_FILE, load_follow_up_plans

CHICAGO = ZoneInfo("America/Chicago")
SHIPPED = resources_dir() / PLANS_FILE


def _shipped() -> dict[str, Any]:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_shipped_plans_choose_by_risk() -> None:
    plans = load_follow_up_plans(SHIPPED)
    for level in (RiskLevel.HIGH, RiskLevel.IMMINENT):
        plan = plans.for_risk(level)
        assert plan.key == "high"
        assert [str(c.due_by) for c in plan.contacts] == ["PT24H", "PT72H", "P7D"]
    for level in (RiskLevel.NOT_ASSESSED, RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE):
        plan = plans.for_risk(level)
        assert plan.key == "standard"
        assert [str(c.due_by) for c in plan.contacts] == ["PT72H", "P7D"]
    assert all(c.method is ContactMethod.PHONE for p in plans.plans for c in p.contacts)
    assert plans.get("high") is plans.for_risk(RiskLevel.HIGH)


@pytest.mark.parametrize(
    ("text", "offset", "nominal"),
    [
        ("PT24H", Offset(hours=24), timedelta(hours=24)),
        ("P7D", Offset(days=7), timedelta(days=7)),
        ("P1W", Offset(days=7), timedelta(days=7)),
        ("P1DT12H30M", Offset(1, 12, 30), timedelta(days=1, hours=12, minutes=30)),
        ("PT0H", Offset(), timedelta(0)),
        ("pt90m", Offset(minutes=90), timedelta(minutes=90)),
    ],
)
def test_offsets_parse(text: str, offset: Offset, nominal: timedelta) -> None:
    assert Offset.parse(text) == offset
    assert offset.nominal == nominal
    assert Offset.parse(str(offset)) == offset


@pytest.mark.parametrize(
    "text", ["", "P", "PT", "P1DT", "24h", "P1M", "PT1S", "P1Y", "-PT1H", None]
)
def test_offsets_refuse_anything_else(text: Any) -> None:
    with pytest.raises(ValueError, match="not a duration"):
        Offset.parse(text)


def test_days_keep_the_wall_clock_and_hours_are_elapsed_in_march() -> None:
    ended = datetime(2026, 3, 5, 15, 0, tzinfo=CHICAGO)  # CST; clocks spring forward on the 8th
    plan = load_follow_up_plans(SHIPPED).for_risk(RiskLevel.HIGH)
    windows = schedule_plan(plan, ended, CHICAGO)
    assert [w.sequence_no for w in windows] == [1, 2, 3]
    assert windows[0].due_start == ended
    # (Arithmetic on aware datetimes of one zone is wall-clock arithmetic: compare in UTC.)
    assert windows[0].due_end == ended.astimezone(UTC) + timedelta(hours=24)
    assert windows[1].due_end == ended.astimezone(UTC) + timedelta(hours=72)  # 72 real hours
    assert windows[1].due_end.astimezone(CHICAGO).hour == 16
    week = windows[2].due_end.astimezone(CHICAGO)
    assert (week.date(), week.hour, week.minute) == (date(2026, 3, 12), 15, 0)
    assert windows[2].due_end - ended.astimezone(UTC) == timedelta(days=7) - timedelta(hours=1)
    assert all(w.due_end.tzinfo is UTC for w in windows)


def test_days_keep_the_wall_clock_in_november() -> None:
    ended = datetime(2026, 10, 27, 15, 0, tzinfo=CHICAGO)  # CDT; clocks fall back on Nov 1
    week = Offset(days=7).after(ended, CHICAGO)
    assert week.astimezone(CHICAGO).hour == 15
    assert week - ended == timedelta(days=7, hours=1)
    assert Offset(hours=168).after(ended, CHICAGO) - ended == timedelta(days=7)


def test_a_wall_time_that_does_not_exist_moves_forward() -> None:
    ended = datetime(2026, 3, 1, 2, 30, tzinfo=CHICAGO)  # 02:30 does not exist on March 8
    due = Offset(days=7).after(ended, CHICAGO).astimezone(CHICAGO)
    assert (due.day, due.hour, due.minute) == (8, 3, 30)


def test_offsets_refuse_naive_times() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Offset(days=1).after(datetime(2026, 1, 1, 12, 0), CHICAGO)  # noqa: DTZ001


def test_center_days_have_23_and_25_hours() -> None:
    start, end = local_day_bounds(date(2026, 3, 8), CHICAGO)
    assert end - start == timedelta(hours=23)
    assert start == datetime(2026, 3, 8, 6, 0, tzinfo=UTC)
    start, end = local_day_bounds(date(2026, 11, 1), CHICAGO)
    assert end - start == timedelta(hours=25)
    assert end == datetime(2026, 11, 2, 6, 0, tzinfo=UTC)
    start, end = week_bounds(date(2026, 3, 2), CHICAGO)
    assert end - start == timedelta(days=7) - timedelta(hours=1)


def test_due_today_and_overdue_across_the_change() -> None:
    now = datetime(2026, 3, 8, 22, 0, tzinfo=CHICAGO)
    far = now + timedelta(days=3)
    assert is_due_today(datetime(2026, 3, 8, 23, 30, tzinfo=CHICAGO), far, now, CHICAGO)
    assert not is_due_today(datetime(2026, 3, 9, 0, 30, tzinfo=CHICAGO), far, now, CHICAGO)
    nov = datetime(2026, 11, 1, 23, 0, tzinfo=CHICAGO)
    far = nov + timedelta(days=3)
    assert is_due_today(datetime(2026, 11, 1, 23, 30, tzinfo=CHICAGO), far, nov, CHICAGO)
    assert not is_due_today(datetime(2026, 11, 2, 0, 0, tzinfo=CHICAGO), far, nov, CHICAGO)
    end = datetime(2026, 3, 12, 15, 0, tzinfo=CHICAGO)
    assert not is_overdue(end, end)
    assert is_overdue(end, end + timedelta(seconds=1))
    assert not is_due_today(now - timedelta(days=1), now - timedelta(minutes=1), now, CHICAGO)


def _broken(change: Any) -> str:
    raw = _shipped()
    change(raw)
    with pytest.raises(ConfigurationError) as info:
        parse_follow_up_plans(raw, "plans.json")
    assert "plans.json" in str(info.value)
    return str(info.value)


def test_invalid_plans_name_the_file_and_the_problem() -> None:
    def contacts(raw: dict[str, Any]) -> list[dict[str, Any]]:
        return raw["plans"][0]["contacts"]  # type: ignore[no-any-return]

    assert "duration" in _broken(lambda r: contacts(r)[0].update(due_by="24 hours"))
    assert "at least one hour after" in _broken(lambda r: contacts(r)[0].update(due_by="PT0H"))
    assert "due before the contact listed above" in _broken(
        lambda r: contacts(r)[1].update(due_from="PT0H", due_by="PT12H")
    )
    assert 'unknown "method"' in _broken(lambda r: contacts(r)[0].update(method="fax"))
    assert 'unknown risk level "severe"' in _broken(
        lambda r: r["plans"][0].update(risk_levels=["severe"])
    )
    assert 'is in plan "high" and "standard"' in _broken(
        lambda r: r["plans"][1].update(risk_levels=["high"])
    )
    assert "no plan for the risk levels" in _broken(lambda r: r["plans"][1].pop("default"))
    assert "more than one default" in _broken(lambda r: r["plans"][0].update(default=True))
    assert "used twice" in _broken(lambda r: r["plans"][1].update(key="high"))
    assert 'unknown field "within"' in _broken(lambda r: contacts(r)[0].update(within="PT1H"))
    assert "non-empty list" in _broken(lambda r: r["plans"][0].update(contacts=[]))
    assert "has no plans" in _broken(lambda r: r.update(plans=[]))
    with pytest.raises(ConfigurationError, match='list "plans"'):
        parse_follow_up_plans([], "plans.json")


def test_a_center_can_ship_its_own_plans(tmp_path: Path) -> None:
    raw = copy.deepcopy(_shipped())
    raw["plans"] = [
        {
            "key": "caring-contacts",
            "label": "Caring contacts",
            "default": True,
            "contacts": [
                {"due_from": "P1D", "due_by": "P2D", "method": "text"},
                {"due_from": "P13D", "due_by": "P14D", "method": "text"},
            ],
        }
    ]
    path = tmp_path / "plans.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    plan = load_follow_up_plans(path).for_risk(RiskLevel.IMMINENT)
    assert plan.key == "caring-contacts"
    assert [c.method for c in plan.contacts] == [ContactMethod.TEXT, ContactMethod.TEXT]


def test_unreadable_plans_files_are_explained(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(ConfigurationError, match=r"nope\.json cannot be read"):
        load_follow_up_plans(missing)
    broken = tmp_path / "broken.json"
    broken.write_text('{"plans": [', encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"broken\.json is not valid JSON \(line 1"):
        load_follow_up_plans(broken)


def test_the_app_refuses_to_start_with_a_broken_plans_file(tmp_path: Path) -> None:
    from counselor_app.app import build_context
    from counselor_app.config import Settings

    broken = tmp_path / "plans.json"
    broken.write_text('{"plans": []}', encoding="utf-8")
    with pytest.raises(ConfigurationError, match=r"plans\.json cannot be used: it has no plans"):
        build_context(
            f"sqlite:///{tmp_path / 'x.db'}", settings=Settings(follow_up_plans_file=str(broken))
        )


def test_initials_and_small_rules() -> None:
    assert client_initials("Nguyễn Thị Zoë") == "NZ"
    assert client_initials("  zoë  ") == "Z"
    assert client_initials("") == ""
    assert client_initials("123 (unknown)") == ""
    assert AttemptResult.NO_ANSWER.unsuccessful and AttemptResult.WRONG_NUMBER.unsuccessful
    assert not AttemptResult.REACHED.unsuccessful and not AttemptResult.DECLINED.unsuccessful
    assert FollowUpCounts(due_today=2, overdue=1).of(QueueView.OVERDUE) == 1
