"""The outcome report: every figure exactly, on SQLite and PostgreSQL, with filters and charts."""

from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import event

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallSource
from counselor_app.domain.errors import ConfigurationError, PermissionDeniedError, ValidationError
from counselor_app.domain.outcomes import (
    DISPOSITION_KEYS,
    FIGURES,
    OutcomeFilters,
    OutcomeReport,
    ReportPeriod,
    Timeliness,
    UnitCosts,
)
from counselor_app.domain.risk import RiskLevel
from counselor_app.export.outcomes import report_csv, report_json, safe_cell
from counselor_app.services.keys import encrypted_columns
from tests.support.outcomes import (
    AS_OF,
    CALLER_NAME,
    CALLER_NUMBER,
    COSTS,
    EXPECTED,
    NARRATIVE,
    PERIOD,
    TEAM,
    insert_program,
)


@pytest.fixture
def program(ctx: AppContext, staff: dict[Role, SignedInUser]) -> AppContext:
    ids = {
        "casey": staff[Role.COUNSELOR].id,
        "admin": staff[Role.ADMINISTRATOR].id,
        "pat": staff[Role.PEER_SPECIALIST].id,
    }
    insert_program(ctx, ids)
    ctx.outcomes.costs = COSTS
    return ctx


def _report(
    ctx: AppContext, user: SignedInUser, filters: OutcomeFilters | None = None
) -> OutcomeReport:
    return ctx.outcomes.report(user, PERIOD, filters, as_of=AS_OF)


def test_every_figure_matches_the_hand_count(
    program: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    report = _report(program, staff[Role.SUPERVISOR])
    assert [f.key for f in report.figures] == [d.key for d in FIGURES]
    for key, (value, numerator, denominator, lacking) in EXPECTED.items():
        figure = report.figure(key)
        assert (figure.numerator, figure.denominator, figure.lacking) == (
            numerator,
            denominator,
            lacking,
        ), key
        assert figure.value == pytest.approx(value, abs=1e-9), key
    assert report.figure("resolved_without_police_ems").value_text == "37.5%"
    assert report.figure("estimated_savings").value_text == "$5,200"
    assert report.figure("police_hours_saved").value_text == "8.0 h"
    assert report.figure("estimated_savings").formula == "8 h × $50 + 4 × $1200"


def test_charts_count_by_local_week_risk_and_timeliness(
    program: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    report = _report(program, staff[Role.ADMINISTRATOR])
    weeks = {w.week_start: dict(zip(DISPOSITION_KEYS, w.counts, strict=True)) for w in report.weeks}
    assert list(weeks) == [date(2026, 3, 2), date(2026, 3, 9)]
    # C6 started 23:30 CDT on 8 March (04:30 UTC on the 9th): the first local week
    first = {k: n for k, n in weeks[date(2026, 3, 2)].items() if n}
    second = {k: n for k, n in weeks[date(2026, 3, 9)].items() if n}
    assert first == {"resolved_on_line": 4, "police_requested": 1}
    assert second == {
        "ems_requested": 1,
        "mobile_crisis_team": 1,
        "police_requested": 1,
        "not_decided": 1,
        "warm_transfer": 1,
    }
    assert dict(report.risk_mix) == {
        RiskLevel.IMMINENT: 1,
        RiskLevel.HIGH: 2,
        RiskLevel.MODERATE: 2,
        RiskLevel.LOW: 3,
        RiskLevel.NONE: 1,
        RiskLevel.NOT_ASSESSED: 1,
    }
    assert report.risk_mix[0][0] is RiskLevel.IMMINENT
    assert dict(report.timeliness) == {
        Timeliness.ON_TIME: 3,
        Timeliness.EARLY: 1,
        Timeliness.LATE: 1,
        Timeliness.MISSED: 1,
        Timeliness.PENDING: 1,
        Timeliness.CANCELLED: 1,
    }


def test_filters_by_source_counselor_and_team(
    program: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    sam = staff[Role.SUPERVISOR]
    transfers = _report(program, sam, OutcomeFilters(source=CallSource.TRANSFER_911))
    assert transfers.figure("calls_handled").numerator == 6
    resolved = transfers.figure("resolved_without_police_ems")
    assert (resolved.numerator, resolved.denominator, resolved.lacking) == (2, 5, 1)
    assert transfers.filter_labels.source == "911 transfer"

    team = _report(program, sam, OutcomeFilters(team=TEAM))
    assert team.figure("calls_handled").numerator == 2
    arrest = team.figure("diverted_from_arrest")
    assert (arrest.numerator, arrest.denominator) == (2, 2)
    assert team.figure("police_hours_saved").value == 0  # no 911 transfer in the team's calls
    assert sum(n for _, n in team.timeliness) == 0

    admin = staff[Role.ADMINISTRATOR]
    mine = _report(program, sam, OutcomeFilters(counselor_id=admin.id))
    assert mine.figure("calls_handled").numerator == 2  # C5 and C8
    assert mine.filter_labels.counselor == "Avery Admin"
    reach = mine.figure("follow_up_reach")
    assert (reach.numerator, reach.denominator, reach.lacking) == (0, 0, 1)
    assert reach.value is None and reach.value_text == "no data"

    nothing = _report(program, sam, OutcomeFilters(source=CallSource.CO_RESPONDER, team="Unit 9"))
    assert nothing.figure("calls_handled").numerator == 0
    assert all(f.value in (None, 0) for f in nothing.figures)


def test_choices_list_counselors_who_took_calls_and_teams(
    program: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    choices = program.outcomes.choices(staff[Role.SUPERVISOR])
    assert [name for _, name in choices.counselors] == ["Avery Admin", "Casey Counselor"]
    assert choices.teams == (TEAM,)


def test_counselors_and_peer_specialists_may_not_see_the_report(
    program: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    for role in (Role.COUNSELOR, Role.PEER_SPECIALIST):
        with pytest.raises(PermissionDeniedError, match="does not allow you to view reports"):
            _report(program, staff[role])
        with pytest.raises(PermissionDeniedError):
            program.outcomes.choices(staff[role])
    program.outcomes.costs = UnitCosts(ambulance_cost_per_dispatch=-1.0)
    with pytest.raises(ConfigurationError, match="report_ambulance_cost_per_dispatch"):
        _report(program, staff[Role.SUPERVISOR])


def test_the_report_is_computed_by_aggregate_queries_only(
    program: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    statements: list[str] = []

    def before(_conn, _cursor, statement, _params, _context, _many):  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = program.database.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        report = _report(program, staff[Role.SUPERVISOR])
    finally:
        event.remove(engine, "before_cursor_execute", before)
    assert report.figure("calls_handled").numerator == 10
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    report_queries = [s for s in selects if "calls" in s and "staff_accounts" not in s]
    assert len(report_queries) == 4
    assert all("count(" in s.lower() for s in report_queries)
    lowered = " ".join(statements).lower()
    # No encrypted column is read (names, numbers, locations, notes, closing reasons...).
    for table, column, _bound in encrypted_columns():
        assert not re.search(rf"\b{table.name}\.{column.name}\b", lowered), column.name


def test_bad_periods_and_unit_costs_are_refused_clearly() -> None:
    with pytest.raises(ValidationError, match="not a date") as bad:
        ReportPeriod.parse("2026-02-30", "2026-03-01")
    assert "YYYY-MM-DD" in bad.value.hint
    with pytest.raises(ValidationError) as backwards:
        ReportPeriod.parse("2026-03-10", "2026-03-01")
    assert "before it starts" in str(backwards.value)
    with pytest.raises(ValidationError, match="too long"):
        ReportPeriod(date(2025, 1, 1), date(2026, 1, 2))
    assert ReportPeriod(date(2025, 1, 1), date(2025, 12, 31)).days == 365
    with pytest.raises(ConfigurationError, match="report_police_cost_per_hour"):
        UnitCosts(police_cost_per_hour=-1.0).check()
    with pytest.raises(ConfigurationError, match="report_ems_hours_per_dispatch"):
        UnitCosts(ems_hours_per_dispatch=float("nan")).check()


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    for dangerous in ('=HYPERLINK("x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"):
        assert safe_cell(dangerous) == "'" + dangerous
    assert safe_cell("Unit 7") == "Unit 7"
    assert safe_cell(12) == "12"


def test_exports_carry_the_figures_and_no_client_data(
    program: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    sam = staff[Role.SUPERVISOR]
    program.outcomes.costs = replace(COSTS, source="=cmd|' /C calc'!A0")
    report = _report(program, sam, OutcomeFilters(team=TEAM))
    csv_text = program.outcomes.export(sam, report, "csv").decode("utf-8-sig")
    json_data = json.loads(program.outcomes.export(sam, report, "json"))
    for text in (csv_text, json.dumps(json_data)):
        for secret in (CALLER_NAME, CALLER_NUMBER, "5550199", NARRATIVE, "Market Street"):
            assert secret not in text
    assert "'=cmd|' /C calc'!A0" in csv_text
    assert not any(line.startswith("=") for line in csv_text.splitlines())
    assert "Figures" in csv_text and "Diverted from arrest" in csv_text
    assert json_data["de_identified"] is True
    assert json_data["filters"]["team"] == TEAM
    arrest = next(f for f in json_data["figures"] if f["key"] == "diverted_from_arrest")
    assert (arrest["numerator"], arrest["denominator"], arrest["value"]) == (2, 2, 1.0)
    assert arrest["definition"].startswith("Share of calls where the counselor recorded")
    assert len(json_data["figures"]) == len(FIGURES)

    full = _report(program, sam)
    data = json.loads(report_json(full))
    assert data["risk_mix"]["low"] == 3
    assert data["follow_up_timeliness"] == {
        "on_time": 3,
        "early": 1,
        "late": 1,
        "missed": 1,
        "pending": 1,
        "cancelled": 1,
    }
    assert data["calls_per_week"][0]["by_disposition"]["resolved_on_line"] == 4
    assert "2026-03-09" in report_csv(full).decode("utf-8-sig")


def test_pdf_has_the_figures_and_charts_and_no_client_data(
    program: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    from pypdf import PdfReader

    sam = staff[Role.SUPERVISOR]
    report = _report(program, sam)
    data = program.outcomes.export(sam, report, "pdf")
    assert data.startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    flat = " ".join(text.split())
    for secret in (CALLER_NAME, "5550199", "Narrative words", "Market Street"):
        assert secret not in flat
    for expected in (
        "Program outcome report",
        "Resolved on the line without police or EMS",
        "37.5%",
        "$5,200",
        "Calls per week by disposition",
        "Risk level mix",
        "Follow-up timeliness",
        "Test budget 2026",
    ):
        assert expected in flat, expected
