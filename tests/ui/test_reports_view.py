"""The reports screen: period and filters, figures with definitions, charts with their data."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarSet
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.outcomes import DISPOSITION_KEYS
from counselor_app.ui.events import AppEvents
from counselor_app.ui.ops import Runner
from counselor_app.ui.reports import ReportsView
from counselor_app.ui.reports import view as reports_view
from tests.support.outcomes import CALLER_NAME, COSTS, EXPECTED, PERIOD, TEAM, insert_program

C5_SECOND_WINDOW_OVER = datetime.now(UTC) > datetime(2026, 3, 25, 6, tzinfo=UTC)


def insert_staff_program(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    """The outcome data set, its calls made by this test's staff, and the unit costs."""
    insert_program(
        ctx,
        {
            "casey": staff[Role.COUNSELOR].id,
            "admin": staff[Role.ADMINISTRATOR].id,
            "pat": staff[Role.PEER_SPECIALIST].id,
        },
    )
    ctx.outcomes.costs = COSTS


def show_reports(
    qtbot: QtBot,
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> ReportsView:
    """The supervisor's reports page on screen, its first report made."""
    view = ReportsView(ctx, staff[Role.SUPERVISOR], runner, events)
    qtbot.addWidget(view)
    view.resize(1280, 900)
    with qtbot.waitSignal(view.loaded, timeout=30_000):  # a loaded CI machine is slow
        view.show()  # the first report: the last four weeks (nothing of the data set)
    return view


@pytest.fixture
def page(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> ReportsView:
    insert_staff_program(sqlite_ctx, sqlite_staff)
    return show_reports(qtbot, sqlite_ctx, sqlite_staff, runner, events)


def make_report(qtbot: QtBot, view: ReportsView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=30_000):  # a loaded CI machine is slow
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)


def cell(table: QTableView, row: int, column: int) -> str:
    model = table.model()
    return str(model.data(model.index(row, column)))


def rows_of(table: QTableView) -> dict[str, list[str]]:
    model = table.model()
    return {
        cell(table, r, 0): [cell(table, r, c) for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }


def set_period(view: ReportsView) -> None:
    view.from_edit.setDate(QDate(PERIOD.first_day))
    view.to_edit.setDate(QDate(PERIOD.last_day))


def test_figures_show_value_counts_and_definitions(
    qtbot: QtBot, qtmodeltester: ModelTester, page: ReportsView
) -> None:
    assert page.report is not None and page.report.figure("calls_handled").numerator == 0
    set_period(page)
    make_report(qtbot, page)
    figures = rows_of(page.table)
    for key, (_value, numerator, denominator, lacking) in EXPECTED.items():
        if key == "follow_up_on_time":
            continue  # depends on today's date (a window still open in the data set)
        name = page.report.figure(key).definition.name
        _value, num, den, lack, definition = figures[name]
        assert (num, den, lack) == (
            f"{numerator:,}",
            "—" if denominator is None else f"{denominator:,}",
            f"{lacking:,}",
        ), key
        assert definition == page.report.figure(key).definition.definition
    assert figures["Resolved on the line without police or EMS"][0] == "37.5%"
    assert figures["Estimated savings"][0] == "$5,200"
    on_time = figures["Follow-ups on time"]
    assert on_time[1] == "3" and on_time[2] == ("7" if C5_SECOND_WINDOW_OVER else "6")
    # the selected figure's whole definition is spelled out below the table
    page.table.selectRow(1)
    details = page.details.text()
    assert details.startswith("Resolved on the line without police or EMS: 37.5% (3 of 8)")
    assert "Denominator: Calls with a disposition, less those lacking data." in details
    assert "Records lacking data (2): Left out of the numerator" in details
    assert "Test budget 2026" in page.status_note.text()
    assert page.footer.text().startswith("Report of 10 calls")
    qtmodeltester.check(page.model)


def test_charts_have_patterned_series_and_data_tables(
    qtbot: QtBot, qtmodeltester: ModelTester, page: ReportsView
) -> None:
    set_period(page)
    make_report(qtbot, page)
    weeks = rows_of(page.week_table)
    assert list(weeks) == ["2026-03-02", "2026-03-09"]
    header = [
        page.week_model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(page.week_model.columnCount())
    ]
    resolved = header.index("Resolved on the line") - 1
    assert weeks["2026-03-02"][resolved] == "4"
    assert weeks["2026-03-02"][-1] == "5" and weeks["2026-03-09"][-1] == "5"
    risk = rows_of(page.risk_table)
    assert list(risk) == ["Imminent", "High", "Moderate", "Low", "None", "Not assessed"]
    assert risk["Low"] == ["3", "30%"]
    timeliness = rows_of(page.timeliness_table)
    assert timeliness["On time (within the window)"][0] == "3"
    assert timeliness["Early (before the window)"][0] == "1"
    assert timeliness["Cancelled before any attempt"][0] == "1"
    for table in (page.week_table, page.risk_table, page.timeliness_table):
        assert table.accessibleName().startswith("Data: ")
        qtmodeltester.check(table.model())

    chart = page.week_view.chart()
    sets: list[QBarSet] = chart.series()[0].barSets()
    assert sets[0].label() == "Resolved on the line"
    assert len(sets) == len(DISPOSITION_KEYS)
    fills = {(s.brush().style(), s.brush().color().lightness()) for s in sets}
    assert len(fills) == len(sets)  # every series differs in pattern or shade, not hue alone
    assert [sets[0].at(0), sets[0].at(1)] == [4.0, 0.0]
    assert "table beside" in page.week_view.accessibleDescription()
    risk_series = page.risk_view.chart().series()[0]
    assert risk_series.isLabelsVisible()
    assert page.charts.count() == 3


def test_filters_reload_the_figures(qtbot: QtBot, page: ReportsView) -> None:
    set_period(page)
    make_report(qtbot, page)
    assert page.team_combo.findText(TEAM) > 0
    page.team_combo.setCurrentIndex(page.team_combo.findText(TEAM))
    make_report(qtbot, page)
    assert page.report is not None
    assert page.report.figure("calls_handled").numerator == 2
    assert rows_of(page.table)["Diverted from arrest"][:3] == ["100.0%", "2", "2"]

    page.team_combo.setCurrentIndex(0)
    page.counselor_combo.setCurrentIndex(page.counselor_combo.findText("Avery Admin"))
    page.source_combo.setCurrentIndex(page.source_combo.findText("911 transfer"))
    make_report(qtbot, page)
    assert page.report.figure("calls_handled").numerator == 1  # C5
    assert "911 transfer · Avery Admin · All teams" in page.status_note.text()


def test_a_backwards_period_is_explained_not_crashed(qtbot: QtBot, page: ReportsView) -> None:
    page.from_edit.setDate(QDate(2026, 3, 10))
    page.to_edit.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(page.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.message_bar.isVisible, timeout=10_000)
    assert "The report period cannot be used." in page.message_bar.text()
    assert "before it starts" in page.message_bar.text()
    assert page.run_button.isEnabled()


def test_export_writes_the_report_shown(
    qtbot: QtBot, page: ReportsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_period(page)
    make_report(qtbot, page)
    asked: list[str] = []

    def choose(_parent: object, fmt: str, suggested: str) -> Path | None:
        asked.append(suggested)
        return None

    monkeypatch.setattr(reports_view, "choose_export_path", choose)
    qtbot.mouseClick(page.export_buttons["json"], Qt.MouseButton.LeftButton)
    assert asked == ["outcomes-2026-03-02-2026-03-15.json"]
    target = tmp_path / "report.json"
    monkeypatch.setattr(reports_view, "choose_export_path", lambda *_a: target)
    qtbot.mouseClick(page.export_buttons["json"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the JSON report" in page.message_bar.text(), timeout=10_000)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["period"] == {
        "from": "2026-03-02",
        "to": "2026-03-15",
        "time_zone": "America/Chicago",
    }
    assert CALLER_NAME not in target.read_text(encoding="utf-8")


def test_changes_elsewhere_are_noted_not_reloaded(
    qtbot: QtBot, page: ReportsView, events: AppEvents
) -> None:
    calls = []
    original = page._fetch_job

    def counted() -> object:
        calls.append(1)
        return original()

    page._fetch_job = counted  # type: ignore[method-assign]
    events.changed.emit("calls", "x")
    events.changed.emit("refresh", "")
    qtbot.waitUntil(page.message_bar.isVisible, timeout=5_000)
    assert "press Make report to update it" in page.message_bar.text()
    assert calls == []
