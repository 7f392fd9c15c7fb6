"""The list pages: what they show, how they sort and search, and what they say on failure."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import QDateTime, QLocale, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallSource
from counselor_app.domain.errors import DatabaseUnavailableError
from counselor_app.domain.risk import RiskLevel
from counselor_app.ui.directory import DirectoryView
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups import FollowUpsView
from counselor_app.ui.intake import IntakeView
from counselor_app.ui.ops import Runner
from counselor_app.ui.page import ListPage
from tests.ui.data import add_call, add_follow_up, add_service, now


def shown(qtbot: QtBot, page: ListPage) -> ListPage:
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def cell(page: ListPage, row: int, header: str) -> str:
    headers = [c.header for c in page.model.columns]
    index = page.proxy.index(row, headers.index(header))
    return str(page.proxy.data(index))


def test_intake_lists_own_calls_for_a_counselor_and_all_for_a_supervisor(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    started = now() - timedelta(hours=2)
    add_call(sqlite_ctx, casey, started_at=started, risk=RiskLevel.HIGH, cad="260101-0042")
    add_call(
        sqlite_ctx,
        sam,
        started_at=started + timedelta(minutes=30),
        source=CallSource.LIFELINE_988,
        disposition=None,
        cad=None,
    )
    own = shown(qtbot, IntakeView(sqlite_ctx, casey, runner, events))
    assert own.model.rowCount() == 1
    assert cell(own, 0, "Risk") == "High"
    assert cell(own, 0, "CAD #") == "260101-0042"
    assert cell(own, 0, "Counselor") == "Casey Counselor"
    assert cell(own, 0, "Disposition") == "Resolved on the line"
    local = QDateTime.fromSecsSinceEpoch(int(started.timestamp()))
    assert cell(own, 0, "Started") == QLocale().toString(local, QLocale.FormatType.ShortFormat)
    assert own.footer.text().startswith("1 call ·")
    assert "Your calls" in own.description.text()

    everyone = shown(qtbot, IntakeView(sqlite_ctx, sam, runner, events))
    assert everyone.model.rowCount() == 2
    # newest first: the open 988 call
    assert cell(everyone, 0, "Source") == "988"
    assert cell(everyone, 0, "Disposition") == "Not decided yet"
    assert cell(everyone, 0, "Status") == "Open"
    qtmodeltester.check(everyone.model)


def test_follow_up_queue_marks_overdue_rows_in_words(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey, pat = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.PEER_SPECIALIST]
    call = add_call(sqlite_ctx, casey)
    add_follow_up(sqlite_ctx, call, casey, due_end=now() - timedelta(hours=3), initials="AB")
    add_follow_up(
        sqlite_ctx, call, casey, due_end=now() + timedelta(days=1), initials="CD", assigned_to=pat
    )
    page = shown(qtbot, FollowUpsView(sqlite_ctx, pat, runner, events))
    assert page.model.rowCount() == 2
    assert cell(page, 0, "Initials") == "AB"
    assert cell(page, 0, "Due").startswith("Overdue since ")
    assert page.proxy.data(page.proxy.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert cell(page, 0, "Assigned to") == "Unassigned"
    assert cell(page, 1, "Initials") == "CD"
    assert not cell(page, 1, "Due").startswith("Overdue")
    assert page.proxy.data(page.proxy.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert cell(page, 1, "Assigned to") == "Pat Peer"
    assert cell(page, 1, "Status") == "Claimed"
    assert cell(page, 1, "Method") == "Phone call"
    assert page.footer.text().startswith("2 open follow-ups, 1 overdue")
    qtmodeltester.check(page.model)


def test_directory_search_is_debounced_and_filters(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    add_service(sqlite_ctx, "Emergency Overnight Shelter", "Harbor House", city="Riverside")
    add_service(sqlite_ctx, "Food Pantry", "Community Food Network")
    add_service(sqlite_ctx, "Teen Drop-in Center", "Youth Connect", description="Quiet shelter")
    page = shown(qtbot, DirectoryView(sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner, events))
    assert isinstance(page, DirectoryView)
    assert page.model.rowCount() == 3
    assert [cell(page, r, "Service") for r in range(3)] == [
        "Emergency Overnight Shelter",
        "Food Pantry",
        "Teen Drop-in Center",
    ]
    assert cell(page, 0, "City") == "Riverside"
    assert page.search.accessibleName() == "Search services"

    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)  # the first detail
    qtbot.keyClicks(page.search, "shelter")
    assert runner.pending == 0  # still waiting for the typing to pause
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.model.rowCount() == 2  # name or description
    qtbot.keyClicks(page.search, " house")  # every word must match: name or organization
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert cell(page, 0, "Organization") == "Harbor House"
    qtbot.keyClicks(page.search, " zebra")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    page.search.setText("pantry")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert cell(page, 0, "Organization") == "Community Food Network"
    assert "matching “pantry”" in page.footer.text()
    qtmodeltester.check(page.model)


def test_a_failed_load_says_so_calmly_and_keeps_the_list(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    add_call(sqlite_ctx, casey)
    page = shown(qtbot, IntakeView(sqlite_ctx, casey, runner, events))
    assert page.model.rowCount() == 1

    class Down:
        def search(self, user: SignedInUser, query: object) -> list[object]:
            raise DatabaseUnavailableError(
                "The shared database cannot be reached.", "Check the network connection."
            )

    page._services = dataclasses.replace(sqlite_ctx, intake=Down())  # type: ignore[arg-type]
    page.refresh()
    qtbot.waitUntil(lambda: page.message_bar.isVisible(), timeout=10_000)
    assert page.message_bar.text() == (
        "The shared database cannot be reached.\nCheck the network connection."
    )
    assert "could not update" in page.footer.text()
    assert page.model.rowCount() == 1  # what was shown stays shown

    page._services = sqlite_ctx
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert not page.message_bar.isVisible()
