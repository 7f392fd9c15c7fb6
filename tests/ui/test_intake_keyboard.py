"""The issue's "done when": a whole call taken with the keyboard only, then read back stored.

From the calls list: Ctrl+N, Enter (911 transfer), then every field in Tab order, the risk
screener (Ctrl+R), a checklist (Ctrl+K), the safety plan (Ctrl+L), the disposition (Ctrl+F) and
Ctrl+Return to complete. The caller's name is typed outside ASCII. The record the database then
holds must contain everything typed.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallSource, CallStatus, Disposition, Outcomes
from counselor_app.domain.risk import CssrsScreen, RiskLevel
from counselor_app.ui.events import AppEvents
from counselor_app.ui.intake import IntakeView
from counselor_app.ui.intake.workspace import IntakeWorkspace
from counselor_app.ui.ops import Runner
from tests.ui.intake_support import NAME, focused, press, tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
NARRATIVE = "Lost her job; agreed to call her sister tonight. Cảm ơn — “thank you”."


def expect(name: str) -> None:
    assert focused().objectName() == name, f"focus is on {focused().objectName()!r}, not {name!r}"


def test_a_whole_call_with_the_keyboard_only(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    view = IntakeView(sqlite_ctx, casey, runner, events)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    view.table.setFocus()

    # New call: Ctrl+N asks where the call came from; Enter takes the first, 911 transfer.
    press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=5000)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.workspace is not None, timeout=10_000)
    # The offscreen platform leaves its (closed) popup window active; a desktop hands the
    # activation back to the main window by itself.
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=5000)
    workspace = view.workspace
    assert isinstance(workspace, IntakeWorkspace)
    qtbot.waitUntil(lambda: focused().objectName() == "cadIncidentNumber", timeout=5000)
    assert workspace.record().source is CallSource.TRANSFER_911

    # 911 hand-off
    type_text("261128-0042")
    tab()
    expect("psapName")
    type_text("Metro City 911")
    tab()
    expect("transferTime")
    type_text("15:02")
    tab()
    expect("telecommunicator")
    type_text("TC 12")
    tab()
    expect("natureOfCall")
    type_text("Suicidal ideation")
    tab()
    expect("officerOnStandby")
    press(Qt.Key.Key_N)  # "No"
    tab(2)  # past "Paste 911 incident"

    # Caller: untick anonymous, then the name outside ASCII
    expect("anonymous")
    press(Qt.Key.Key_Space)
    tab()
    expect("callerName")
    type_text(NAME)
    tab()
    type_text("Lan")
    tab()
    type_text("she/her")
    tab()
    expect("age")
    type_text("34")
    tab()
    type_text("Vietnamese")
    tab()
    expect("interpreterUsed")
    press(Qt.Key.Key_Space)
    tab()
    expect("callbackNumber")
    type_text("314 555 0142")
    tab()
    expect("address")
    assert workspace.form.callback.text() == "(314) 555-0142"  # national format on leaving
    type_text("100 Example Ave")
    tab()
    type_text("Sample St")
    tab()
    expect("latitude")
    type_text("38.63")
    tab()
    type_text("-90.2")
    tab()
    expect("thirdParty")
    tab()  # the relationship field is disabled: not a third-party caller

    # Presenting concerns: one Tab stop, Space ticks the current one, arrows and letters move
    expect("concern_suicidal_thoughts")
    press(Qt.Key.Key_Space)  # Suicidal thoughts (first)
    for _ in range(12):
        press(Qt.Key.Key_Down)
    expect("concern_loneliness")
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Space)  # Money or job stress
    press(Qt.Key.Key_End)
    expect("concern_veteran")
    press(Qt.Key.Key_Home)
    expect("concern_suicidal_thoughts")
    press(Qt.Key.Key_M)  # the next concern starting with M: "Money or job stress"
    expect("concern_financial_stress")
    press(Qt.Key.Key_M)  # and the one after: "Medication questions…"
    expect("concern_medication")
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # out of the list, back in:
    press(Qt.Key.Key_Tab)  # the last box visited is the list's Tab stop
    expect("concern_welfare_concern")
    assert workspace.form.concerns_count.text() == "2 ticked (Space ticks)"
    tab(2)  # past the 42 CFR Part 2 box
    expect("narrative")
    type_text(NARRATIVE)

    # Risk: C-SSRS Q1 yes, Q2 no (Q3-Q5 are skipped), Q6 no
    press(Qt.Key.Key_R, CTRL)
    expect("q1_yes")
    press(Qt.Key.Key_Space)
    tab()
    expect("q2_yes")
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Space)
    expect("q2_no")
    tab()
    expect("q6_yes")
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Space)
    assert workspace.risk.cssrs.triage_label.text() == "Screener triage: Low risk."
    assert workspace.risk_text == "Risk: Low"

    # Checklists: start the one chosen, tick the first item, add a note
    press(Qt.Key.Key_K, CTRL)
    expect("checklistTemplate")
    tab()
    expect("startChecklist")
    press(Qt.Key.Key_Space)
    first_item = workspace.checklists.runs[0].run.items[0]
    expect(f"item_{first_item.key}")
    press(Qt.Key.Key_Space)
    tab()
    expect(f"itemNote_{first_item.key}")
    type_text("Caller calmer")

    # Safety plan: first and last sections
    press(Qt.Key.Key_L, CTRL)
    expect("plan_warning_signs")
    type_text("Not sleeping; skipping meals")
    tab(6)
    expect("plan_reasons_for_living")
    type_text("Bà ngoại and my cat")

    # Disposition and follow-up
    press(Qt.Key.Key_F, CTRL)
    expect("disposition_resolved_on_line")
    press(Qt.Key.Key_Space)
    tab(5)  # warm transfer is disabled; mobile team, EMS, police, returned to 911
    expect("referralGiven")
    press(Qt.Key.Key_Space)
    tab()
    expect("followUpConsent")
    press(Qt.Key.Key_Y)
    tab()
    expect("followUpTimes")
    type_text("Evenings after 6")

    # Complete
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not workspace.editable, timeout=10_000)
    assert workspace.message_bar.kind == "info", workspace.message_bar.text()
    assert "(ended)" in workspace.timer_text

    stored = sqlite_ctx.intake.load(casey, workspace.record().id)
    assert stored.status is CallStatus.COMPLETED and stored.ended_at is not None
    assert stored.source is CallSource.TRANSFER_911
    t = stored.transfer
    assert t.cad_incident_number == "261128-0042"
    assert t.psap_name == "Metro City 911"
    day = stored.started_at.astimezone().date()
    assert t.transferred_at == datetime.combine(day, time(15, 2)).astimezone()
    assert (t.telecommunicator, t.nature_of_call, t.officer_on_standby) == (
        "TC 12",
        "Suicidal ideation",
        False,
    )
    c = stored.caller
    assert c.anonymous is False
    assert c.name == NAME
    assert (c.preferred_name, c.pronouns, c.age, c.language) == ("Lan", "she/her", 34, "Vietnamese")
    assert c.interpreter_used is True
    assert c.callback_number == "+13145550142"
    assert (c.address, c.cross_streets) == ("100 Example Ave", "Sample St")
    assert (c.latitude, c.longitude) == (38.63, -90.2)
    assert c.third_party is False
    assert stored.concerns == ("suicidal_thoughts", "financial_stress")
    assert stored.narrative == NARRATIVE
    assert stored.cssrs == CssrsScreen(True, False, None, None, None, False, None)
    assert stored.risk_level is RiskLevel.LOW
    (run,) = stored.checklists
    assert run.items[0].done_at is not None and run.items[0].note == "Caller calmer"
    assert all(item.done_at is None for item in run.items[1:])
    assert stored.safety_plan.warning_signs == "Not sleeping; skipping meals"
    assert stored.safety_plan.reasons_for_living == "Bà ngoại and my cat"
    d = stored.disposition
    assert d.primary is Disposition.RESOLVED_ON_LINE
    assert d.referral_given and not (d.ems_requested or d.police_requested or d.returned_to_911)
    assert d.follow_up_consent is True and d.follow_up_times == "Evenings after 6"
    assert d.outcomes == Outcomes(True, True, True, True)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    assert sqlite_ctx.drafts.recover(casey.id) == []  # in the database: no draft left behind
