"""The directory screen: search as you type, filters, detail panel, copy, refer, administration."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallSource
from counselor_app.domain.directory import DirectoryQuery, GeoPoint, ServiceDetail
from counselor_app.ui.directory import DirectoryView, edit_dialogs, transfer_dialogs
from counselor_app.ui.directory.detail import phone_text
from counselor_app.ui.directory.edit_dialogs import ServiceEditDialog
from counselor_app.ui.directory.refer_dialog import ReferDialog, ReferralChoice
from counselor_app.ui.events import AppEvents
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Runner
from tests.ui.conftest import HSDS_PACKAGE
from tests.ui.intake_support import press

PACKAGE = HSDS_PACKAGE
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# A Wednesday, 10:30 in Chicago: the weekday warmline is open, the overnight shelter is not.
WEDNESDAY_MORNING = datetime(2026, 12, 2, 16, 30, tzinfo=UTC)


def directory_page(
    qtbot: QtBot,
    ctx: AppContext,
    user: SignedInUser,
    runner: Runner,
    events: AppEvents,
    **kwargs: object,
) -> DirectoryView:
    page = DirectoryView(ctx, user, runner, events, **kwargs)  # type: ignore[arg-type]
    page.clock = lambda: WEDNESDAY_MORNING
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def names(page: DirectoryView) -> list[str]:
    return [page.model.record_at(row).name for row in range(page.model.rowCount())]


def cell(page: DirectoryView, row: int, header: str) -> str:
    headers = [c.header for c in page.model.columns]
    return str(page.proxy.index(row, headers.index(header)).data())


def wait_detail(qtbot: QtBot, page: DirectoryView, name: str) -> ServiceDetail:
    qtbot.waitUntil(
        lambda: page.detail_panel.detail is not None and page.detail_panel.detail.name == name,
        timeout=10_000,
    )
    detail = page.detail_panel.detail
    assert detail is not None
    return detail


def test_results_follow_typing_and_filters(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    page = directory_page(qtbot, loaded, sqlite_staff[Role.COUNSELOR], runner, events)
    everything = names(page)
    assert "Mobile Crisis Team" in everything and "Zoë Warmline" in everything
    qtbot.keyClicks(page.search, "zoe")  # accent folding: "zoe" finds "Zoë"
    qtbot.waitUntil(lambda: names(page) == ["Zoë Warmline"], timeout=10_000)
    assert "matching “zoe”" in page.footer.text()
    assert cell(page, 0, "Hours now").startswith("Open now")

    page.search.clear()
    qtbot.waitUntil(lambda: names(page) == everything, timeout=10_000)
    page.open_now.setChecked(True)  # 10:30 on a Wednesday: the overnight shelter is closed
    qtbot.waitUntil(lambda: "Overnight Shelter" not in names(page), timeout=10_000)
    assert "Mobile Crisis Team" in names(page)
    page.open_now.setChecked(False)

    qtbot.waitUntil(lambda: page.language.count() > 1, timeout=10_000)
    page.language.setCurrentIndex(page.language.findData("es"))
    qtbot.waitUntil(
        lambda: set(names(page)) == {"Mobile Crisis Team", "Zoë Warmline"}, timeout=10_000
    )
    page.language.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.category.count() > 1, timeout=10_000)
    shelter = next(
        i for i in range(page.category.count()) if "Emergency Shelter" in page.category.itemText(i)
    )
    page.category.setCurrentIndex(shelter)
    qtbot.waitUntil(lambda: names(page) == ["Overnight Shelter"], timeout=10_000)
    qtmodeltester.check(page.model)


@pytest.mark.parametrize(
    "text", ['"', "NEAR(a b)", "*", "-crisis", "\x00\x1b[31m", "'; DROP TABLE services; --"]
)
def test_any_typed_text_searches_without_a_problem(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    text: str,
) -> None:
    page = directory_page(qtbot, loaded, sqlite_staff[Role.COUNSELOR], runner, events)
    page.search.setText(text)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.message_bar.kind != "problem"
    assert "could not update" not in page.footer.text()


def test_detail_panel_reads_hours_and_copies_the_phone(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    page = directory_page(qtbot, loaded, sqlite_staff[Role.COUNSELOR], runner, events)
    page.search.setText("warmline")
    qtbot.waitUntil(lambda: names(page) == ["Zoë Warmline"], timeout=10_000)
    detail = wait_detail(qtbot, page, "Zoë Warmline")
    panel = page.detail_panel
    assert panel.opening.text() == "Open now · closes 5:00 PM"
    assert panel.field_text("Eligibility") == "Adults 18 and over"
    assert panel.field_text("Languages") == "Spanish"
    hours = panel.field_text("Hours") or ""
    assert "9:00 AM" in hours and "5:00 PM" in hours
    assert detail.phones, "the fixture's warmline has a phone"
    QGuiApplication.clipboard().clear()
    page.table.setFocus()
    press(Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != "", timeout=5000)
    copied = QGuiApplication.clipboard().text()
    assert copied == phone_text(detail.phones[0])
    assert copied.startswith("(") and detail.phones[0].number.startswith("+1")
    assert page.message_bar.text() == f"Copied {copied}."


def test_stale_records_warn_that_they_need_verifying(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    page = directory_page(qtbot, loaded, sqlite_staff[Role.COUNSELOR], runner, events)
    page.search.setText("mobile crisis")
    qtbot.waitUntil(lambda: names(page) == ["Mobile Crisis Team"], timeout=10_000)
    detail = wait_detail(qtbot, page, "Mobile Crisis Team")
    panel = page.detail_panel
    if detail.last_verified is None:
        assert panel.verified.isVisibleTo(page) and "verified" in panel.verified.text().lower()
    else:
        age = (WEDNESDAY_MORNING.date() - detail.last_verified).days
        warned = panel.verified.objectName() == "verifiedWarning"
        assert warned is (age > loaded.settings.directory_verified_warning_days)


def test_refer_from_the_directory_beside_an_open_call(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    window = MainWindow(loaded, casey, runner, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    intake = window.intake
    assert intake is not None and window.side_directory is not None
    assert window.active_call_reference() is None
    record = loaded.intake.new_call(casey, CallSource.DIRECT_LINE)
    record = replace(record, caller=replace(record.caller, latitude=38.63, longitude=-90.2))
    workspace = intake.show_workspace(record, in_database=False, editable=True)
    workspace.form.narrative.setFocus()
    reference = window.active_call_reference()
    assert reference is not None

    press(Qt.Key.Key_D, CTRL)  # the directory opens beside the call, the call stays on screen
    side = window.side_directory
    assert window.directory_dock is not None and window.directory_dock.isVisible()
    assert window.current_page() is intake and intake.workspace is workspace
    qtbot.waitUntil(lambda: side.search.hasFocus(), timeout=5000)
    assert side.near.isEnabled()  # the call knows where the caller is
    side.clock = lambda: WEDNESDAY_MORNING
    side.search.setText("mobile crisis")
    qtbot.waitUntil(lambda: names(side) == ["Mobile Crisis Team"], timeout=10_000)
    side.table.selectRow(0)
    wait_detail(qtbot, side, "Mobile Crisis Team")
    assert side.detail_panel.refer_button.isEnabled()
    assert reference in side.detail_panel.refer_button.text()

    asked: list[str] = []

    def answer(_parent: object, detail: ServiceDetail, ref: str) -> ReferralChoice:
        asked.append(ref)
        return ReferralChoice("Team will call back within the hour.", True)

    monkeypatch.setattr(ReferDialog, "ask", staticmethod(answer))
    side.table.setFocus()
    press(Qt.Key.Key_Return, CTRL)
    assert asked == [reference]
    assert "Referred call" in side.message_bar.text() and "warm handoff" in side.message_bar.text()
    referrals = workspace.record().referrals
    assert [(r.service_name, r.warm_handoff, r.note) for r in referrals] == [
        ("Mobile Crisis Team", True, "Team will call back within the hour.")
    ]
    assert referrals[0].given_by == casey.account.display_name

    # The Refer button follows the open call at once (no refresh needed).
    workspace.set_editable(False)
    assert side.detail_panel.referral_target is None
    assert not side.detail_panel.refer_button.isEnabled()
    workspace.set_editable(True)
    assert side.detail_panel.referral_target == reference
    assert side.detail_panel.refer_button.isEnabled()

    press(Qt.Key.Key_Escape)  # the keyboard goes back to the call
    qtbot.waitUntil(lambda: intake.isAncestorOf(QApplication.focusWidget()), timeout=5000)

    # It belongs to the Calls page: hidden on another page, back with the call.
    dock = window.directory_dock
    assert window.show_page("directory")
    assert dock.isHidden()
    assert window.show_page("follow_ups") and dock.isHidden()
    assert window.show_page("intake")
    assert not dock.isHidden() and intake.workspace is workspace
    dock.hide()  # closed by the person: it stays closed
    assert window.show_page("directory") and window.show_page("intake")
    assert dock.isHidden()
    window.discard()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_distance_filter_needs_the_callers_location(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    page = directory_page(qtbot, loaded, sqlite_staff[Role.COUNSELOR], runner, events)
    assert not page.near.isEnabled()
    page.set_caller_location(GeoPoint(38.627, -90.199))
    assert page.near.isEnabled()
    page.radius.setValue(5.0)
    page.near.setChecked(True)
    query = page.query()
    assert query.near == GeoPoint(38.627, -90.199)
    assert query.within_km == pytest.approx(5.0 * 1.609344)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert all(
        h.distance_km is not None and h.distance_km <= query.within_km for h in page.model.records()
    )
    page.set_caller_location(None)
    assert not page.near.isChecked() and page.query().near is None


def test_administrator_adds_edits_and_deactivates_a_service(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]
    counselor_page = directory_page(qtbot, loaded, sqlite_staff[Role.COUNSELOR], runner, events)
    assert not counselor_page.new_button.isVisibleTo(counselor_page)
    page = directory_page(qtbot, loaded, admin, runner, events)
    assert page.new_button.isVisibleTo(page)

    organization = loaded.directory.list_organizations(admin)[0]

    def fill_new(dialog: ServiceEditDialog) -> None:
        qtbot.waitUntil(lambda: dialog.organization.count() > 1, timeout=10_000)
        dialog.organization.setCurrentIndex(dialog.organization.findData(organization.id))
        dialog.name.setText("Night Owl Peer Line")
        dialog.description.setPlainText("Peers answer from 8 PM to 2 AM.")
        dialog.phone.setText("(314) 555-0199")
        dialog.languages.setText("en, es")
        dialog.submit()

    def run_dialog(fill: object) -> object:
        def ask(
            parent: object,
            services: object,
            runner_: object,
            user: object,
            detail: object = None,
        ) -> ServiceDetail | None:
            dialog = ServiceEditDialog(services, runner_, user, detail, None)  # type: ignore[arg-type]
            qtbot.addWidget(dialog)
            fill(dialog)  # type: ignore[operator]
            qtbot.waitUntil(lambda: dialog.result_detail is not None, timeout=10_000)
            return dialog.result_detail

        return ask

    monkeypatch.setattr(ServiceEditDialog, "ask", staticmethod(run_dialog(fill_new)))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.message_bar.text() == "Added Night Owl Peer Line."
    qtbot.waitUntil(lambda: "Night Owl Peer Line" in names(page), timeout=10_000)
    detail = wait_detail(qtbot, page, "Night Owl Peer Line")
    assert detail.languages and detail.phones

    def fill_edit(dialog: ServiceEditDialog) -> None:
        qtbot.waitUntil(lambda: dialog.organization.currentData() is not None, timeout=10_000)
        assert dialog.name.text() == "Night Owl Peer Line"
        dialog.name.setText("Night Owl Warmline")
        dialog.submit()

    monkeypatch.setattr(ServiceEditDialog, "ask", staticmethod(run_dialog(fill_edit)))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Night Owl Warmline" in names(page), timeout=10_000)
    assert "Night Owl Peer Line" not in names(page)

    monkeypatch.setattr(edit_dialogs.ConfirmDialog, "ask", staticmethod(lambda *a: True))
    wait_detail(qtbot, page, "Night Owl Warmline")
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "deactivated" in page.message_bar.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "Night Owl Warmline" not in names(page), timeout=10_000)


def test_edit_from_a_stale_version_is_refused_and_keeps_the_form(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]
    hit = loaded.directory.search(admin, DirectoryQuery(text="warmline"))[0]
    detail = loaded.directory.service_detail(admin, hit.id)
    dialog = ServiceEditDialog(loaded, runner, admin, detail)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.organization.currentData() is not None, timeout=10_000)
    loaded.directory.save_service(admin, replace(dialog.edit(), fees="Changed"))
    dialog.name.setText("My rename")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.message_bar.kind == "problem", timeout=10_000)
    assert "Someone changed this record" in dialog.message_bar.text()
    assert dialog.name.text() == "My rename" and dialog.result_detail is None


def test_import_shows_progress_and_a_report(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    dialog = transfer_dialogs.ImportDialog(
        sqlite_ctx, runner, sqlite_staff[Role.ADMINISTRATOR], PACKAGE
    )
    qtbot.addWidget(dialog)
    stages: list[str] = []
    dialog._relay.progressed.connect(lambda _d, _t, stage: stages.append(stage))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert stages, "progress was reported"
    assert dialog.close_button.isVisibleTo(dialog) and not dialog.cancel_button.isVisibleTo(dialog)
    text = dialog.details.toPlainText()
    assert text.startswith("Imported from package.")
    assert "service: 4 rows, 4 new" in text and "Files not imported" in text
    assert "Warnings (5):" in text and "locations.csv:3" in text  # file and line of each
    assert dialog.report is not None and dialog.report.applied


def test_cancelled_import_changes_nothing(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]
    dialog = transfer_dialogs.ImportDialog(sqlite_ctx, runner, admin, PACKAGE)
    qtbot.addWidget(dialog)
    dialog.cancel()  # before the first step: the importer stops at once
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.report is None
    assert "cancelled" in dialog.message_bar.text()
    assert dialog.stage.text() == "Nothing was changed."
    assert sqlite_ctx.directory.list_organizations(admin) == []
