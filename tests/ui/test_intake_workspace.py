"""The intake workspace: what it shows, what it stores, and how it keeps every word."""

from __future__ import annotations

import json
import time as clock
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
)
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import (
    CallSource,
    CallStatus,
    Disposition,
    ImminentStepKind,
    Outcomes,
)
from counselor_app.domain.risk import CssrsScreen, LifelineAssessment, RiskLevel
from counselor_app.ui.intake.fields import parse_time_field, time_field_text
from counselor_app.ui.intake.imminent_panel import NOT_DONE
from counselor_app.ui.intake.workspace import (
    DRAFT_PREFIX,
    NOT_SAVED_PREFIX,
    SAVED_PREFIX,
    IntakeWorkspace,
)
from counselor_app.ui.ops import Runner
from counselor_app.ui.widgets import plain
from tests.ui.intake_support import NAME, full_call, press, show_workspace

CTRL = Qt.KeyboardModifier.ControlModifier

INCIDENT = {
    "incident": {
        "incidentTrackingIdentifier": "261128-0099",
        "agencyName": "Metro City 911",
        "callTransferTime": "2026-11-28T15:04:05+00:00",
        "telecommunicatorName": "TC 7",
        "incidentTypeCommonRegistryText": "Welfare check",
        "lawEnforcementStandby": "yes",
        "unknownVendorField": {"ignored": True},
    },
    "location": {
        "civicAddressText": "12 Sample Rd",
        "crossStreets": "Elm & 3rd",
        "latitude": 38.61,
        "longitude": -90.21,
    },
    "callbackNumber": "+1 314 555 0199",
}


@pytest.fixture
def casey(sqlite_staff: dict[Role, SignedInUser]) -> SignedInUser:
    return sqlite_staff[Role.COUNSELOR]


def settle(qtbot: QtBot, runner: Runner) -> None:
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


# --- the record is a pure function of the widgets ---------------------------------------------


def test_a_loaded_call_reads_back_identical(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    record = full_call(
        sqlite_ctx,
        casey,
        lifeline=LifelineAssessment(
            desire=frozenset({"hopelessness", "retired_item_of_an_older_grid"}),
            buffers=frozenset({"social_supports"}),
            grid_version="2023.9",
        ),
    )
    record = record.with_step_done(
        ImminentStepKind.ACTIVE_ENGAGEMENT, datetime.now(UTC), "Casey Counselor"
    )
    saved = sqlite_ctx.intake.save(casey, record)
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, saved, in_database=True)
    assert workspace.record() == saved
    assert not workspace.is_dirty()
    assert workspace.form.callback.text() == "(314) 555-0142"
    assert workspace.form.name.text() == NAME
    assert workspace.risk_text == "Risk: Moderate"
    assert workspace.save_state == SAVED_PREFIX
    settle(qtbot, runner)


def test_every_input_has_a_visible_label_that_is_its_accessible_name(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, full_call(sqlite_ctx, casey))
    labels = {
        label.buddy(): plain(label.text())
        for label in workspace.findChildren(QLabel)
        if label.buddy() is not None
    }
    checked = 0
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QListWidget):
        for widget in workspace.findChildren(kind):
            if isinstance(widget.parent(), QComboBox):
                continue  # the line edit inside an editable combo box
            name = widget.accessibleName()
            assert name, f"{widget.objectName()} has no accessible name"
            assert labels.get(widget) == name, f"{widget.objectName()}: label != {name!r}"
            checked += 1
    for kind in (QCheckBox, QRadioButton):
        for button in workspace.findChildren(kind):
            assert button.accessibleName() == plain(button.text()), button.objectName()
            checked += 1
    assert checked > 100
    settle(qtbot, runner)


# --- call form --------------------------------------------------------------------------------


def test_source_shows_only_the_fields_it_needs(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    form = workspace.form
    assert form.transfer_group.isVisible() and not form.co_responder_group.isVisible()
    form.source.setCurrentIndex(form.source.findData(CallSource.CO_RESPONDER.value))
    assert form.co_responder_group.isVisible() and not form.transfer_group.isVisible()
    form.source.setCurrentIndex(form.source.findData(CallSource.LIFELINE_988.value))
    assert not form.co_responder_group.isVisible() and not form.transfer_group.isVisible()
    assert workspace.record().source is CallSource.LIFELINE_988
    # Anonymous by default: the name fields wait until it is unticked.
    assert form.anonymous.isChecked() and not form.name.isEnabled()
    form.anonymous.setChecked(False)
    assert form.name.isEnabled() and form.preferred_name.isEnabled()
    assert not form.relationship.isEnabled()
    form.third_party.setChecked(True)
    assert form.relationship.isEnabled()
    settle(qtbot, runner)


def test_an_invalid_call_back_number_is_explained_and_kept(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    form = workspace.form
    form.anonymous.setChecked(False)
    form.callback.setFocus()
    qtbot.keyClicks(form.callback, "314-555")
    form.name.setFocus()  # leaving the field checks it
    assert form.callback_problem.isVisible()
    assert "not valid" in form.callback_problem.text()
    assert form.callback.text() == "314-555"  # not lost
    assert workspace.record().caller.callback_number == "314-555"
    # Saving to the database refuses it with the same reason, nothing else is lost.
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: workspace.save_state.startswith(NOT_SAVED_PREFIX), timeout=10_000)
    assert "Call-back number" in workspace.message_bar.text()
    form.callback.setFocus()
    form.callback.selectAll()
    qtbot.keyClicks(form.callback, "+44 20 7946 0958")
    form.name.setFocus()
    assert not form.callback_problem.isVisible()
    assert form.callback.text() == "+44 20 7946 0958"
    assert workspace.record().caller.callback_number == "+442079460958"
    settle(qtbot, runner)


def test_transfer_time_reads_local_times_and_explains_others() -> None:
    day = date(2026, 11, 28)
    moment = parse_time_field("15:02", day)
    assert moment is not None and moment.astimezone().hour == 15
    assert parse_time_field("2026-11-28 15:02", day) == moment
    assert parse_time_field(time_field_text(moment), day) == moment
    assert parse_time_field("", day) is None
    with pytest.raises(ValueError, match="not a time"):
        parse_time_field("quarter past three", day)


def test_pasted_incident_fills_the_911_fields(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    form = workspace.form
    form.address.setText("typed by the counselor")
    QGuiApplication.clipboard().setText(json.dumps(INCIDENT))
    press(Qt.Key.Key_V, CTRL | Qt.KeyboardModifier.ShiftModifier)
    record = workspace.record()
    t = record.transfer
    assert t.cad_incident_number == "261128-0099"
    assert t.psap_name == "Metro City 911"
    assert t.transferred_at == datetime(2026, 11, 28, 15, 4, 5, tzinfo=UTC)
    assert (t.telecommunicator, t.nature_of_call, t.officer_on_standby) == (
        "TC 7",
        "Welfare check",
        True,
    )
    assert record.caller.callback_number == "+13145550199"
    assert form.callback.text() == "(314) 555-0199"
    assert record.caller.cross_streets == "Elm & 3rd"
    assert (record.caller.latitude, record.caller.longitude) == (38.61, -90.21)
    assert record.caller.address == "typed by the counselor"  # nothing typed is overwritten
    message = workspace.message_bar.text()
    assert workspace.message_bar.kind == "info"
    assert "Filled from the 911 incident: CAD incident number, PSAP" in message
    assert "Kept what you had typed in: address." in message
    settle(qtbot, runner)


def test_bad_incident_json_is_explained_and_changes_nothing(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    workspace.form.cad.setText("260000-1111")
    before = workspace.record()
    QGuiApplication.clipboard().setText('{"incidentTrackingIdentifier": "261128-0099",')
    workspace.paste_incident()
    assert workspace.record() == before
    assert workspace.message_bar.kind == "problem"
    text = workspace.message_bar.text()
    assert "not valid JSON" in text and "Line 1" in text and "nothing was changed" in text
    QGuiApplication.clipboard().setText('{"weather": "sunny"}')
    workspace.paste_incident()
    assert workspace.record() == before
    assert "no 911 incident fields" in workspace.message_bar.text()
    settle(qtbot, runner)


def test_a_dropped_incident_file_is_read_off_the_gui_thread(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner, tmp_path
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(INCIDENT), encoding="utf-8")
    workspace.form.incident_dropped.emit("", str(path))
    qtbot.waitUntil(lambda: workspace.form.cad.text() == "261128-0099", timeout=10_000)
    settle(qtbot, runner)


def test_repeat_callers_are_shown_and_their_safety_plan_carried_forward(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    earlier = sqlite_ctx.intake.complete(casey, full_call(sqlite_ctx, casey))
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    form = workspace.form
    workspace.safety_plan.sections["warning_signs"].setPlainText("Typed in this call")
    form.callback.setFocus()
    qtbot.keyClicks(form.callback, "314-555-0142")
    qtbot.waitUntil(lambda: workspace.prior_calls.isVisible(), timeout=10_000)
    (prior,) = workspace.prior_calls.calls
    assert prior.id == earlier.id and prior.has_safety_plan and prior.matched_by == "number"
    row = workspace.prior_calls.list.topLevelItem(0)
    assert row is not None
    assert [row.text(i) for i in range(1, 4)] == ["Low", "Resolved on the line", "Has safety plan"]
    assert workspace.prior_calls.use_plan.isEnabled()
    workspace.prior_calls.use_plan.click()
    qtbot.waitUntil(
        lambda: workspace.safety_plan.sections["reasons_for_living"].toPlainText() == "My cat",
        timeout=10_000,
    )
    plan = workspace.record().safety_plan
    assert plan.warning_signs == "Typed in this call"  # kept, not replaced
    assert "1 section you had typed" in workspace.message_bar.text()
    assert workspace.tabs.currentWidget() is workspace.safety_plan_tab
    settle(qtbot, runner)


# --- risk ---------------------------------------------------------------------------------------

CSSRS_CASES = [
    # q1, q2, q3, q4, q5, q6, q6_recent -> triage (None: not complete)
    ({"q1": False, "q2": False, "q6": False}, RiskLevel.NONE),
    ({"q1": True, "q2": False, "q6": False}, RiskLevel.LOW),
    ({"q1": False, "q2": True, "q3": False, "q4": False, "q5": False, "q6": False}, RiskLevel.LOW),
    ({"q1": True, "q2": True, "q3": True, "q4": False, "q5": False, "q6": False}, "moderate"),
    ({"q1": True, "q2": True, "q3": True, "q4": True, "q5": False, "q6": False}, "high"),
    ({"q1": True, "q2": True, "q3": False, "q4": False, "q5": True, "q6": False}, "high"),
    ({"q1": False, "q2": False, "q6": True, "q6_recent": False}, "moderate"),
    ({"q1": False, "q2": False, "q6": True, "q6_recent": True}, "high"),
    # Unfinished: the answers are kept; the header shows the level they already give.
    ({"q1": True, "q2": True, "q6": False}, ("incomplete", RiskLevel.LOW)),  # Q3-Q5 to ask
    ({"q1": False, "q2": False, "q6": True}, ("incomplete", RiskLevel.MODERATE)),  # 3 months?
    ({"q1": False}, ("incomplete", None)),  # nothing says yes yet: not assessed
]


def test_screener_triage_live_in_the_widget_for_every_branch(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    fresh = workspace.record()
    cssrs = workspace.risk.cssrs
    for answers, expected in CSSRS_CASES:
        workspace.load(fresh)
        for key in ("q1", "q2", "q3", "q4", "q5", "q6", "q6_recent"):
            if key in answers:
                question = cssrs.questions[key]
                (question.yes if answers[key] else question.no).click()
        record = workspace.record()
        case = f"{answers} -> {expected}"
        if isinstance(expected, tuple):
            _, so_far = expected
            assert record.cssrs is not None and not record.cssrs.complete, case
            assert record.cssrs.wish_to_be_dead == answers["q1"], case  # kept, not lost
            assert "not complete — still to answer" in cssrs.triage_label.text(), case
            label = so_far.label if so_far is not None else "not assessed"
            assert workspace.risk_text == f"Risk: {label}", case
        else:
            level = RiskLevel(expected)
            assert record.cssrs is not None and record.risk_level is level, case
            assert cssrs.triage_label.text() == f"Screener triage: {level.label} risk.", case
            assert workspace.risk_text == f"Risk: {level.label}", case
    settle(qtbot, runner)


def test_skip_logic_enables_and_clears_the_follow_up_questions(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    q = workspace.risk.cssrs.questions
    assert not any(q[k].yes.isEnabled() for k in ("q3", "q4", "q5", "q6_recent"))
    q["q1"].yes.click()
    q["q2"].yes.click()
    assert all(q[k].yes.isEnabled() and q[k].no.isEnabled() for k in ("q3", "q4", "q5"))
    q["q3"].yes.click()
    q["q4"].yes.click()
    q["q5"].no.click()
    q["q2"].no.click()  # Q3-Q5 may no longer be asked: disabled and cleared
    assert all(not q[k].yes.isEnabled() and q[k].value() is None for k in ("q3", "q4", "q5"))
    q["q6"].yes.click()
    assert q["q6_recent"].yes.isEnabled()
    q["q6_recent"].yes.click()
    q["q6"].no.click()
    assert not q["q6_recent"].yes.isEnabled() and q["q6_recent"].value() is None
    assert workspace.record().cssrs == CssrsScreen(True, False, None, None, None, False, None)
    settle(qtbot, runner)


def test_lifeline_imminent_opens_the_panel_and_steps_stamp_times(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    lifeline, panel = workspace.risk.lifeline, workspace.imminent_panel
    assert not lifeline.mitigate.isEnabled()
    lifeline.boxes["desire"]["hopelessness"].click()
    lifeline.boxes["capability"]["available_means"].click()
    assert "Formulation: high risk." in lifeline.formulation.text()
    assert not panel.isVisible() and workspace.risk_text == "Risk: High"
    lifeline.boxes["intent"]["plan_known_method"].click()
    assert workspace.record().imminent
    assert panel.isVisible()
    assert workspace.risk_text == "IMMINENT RISK"
    assert workspace.risk_label.property("risk") == "imminent"
    assert "Formulation: imminent risk" in lifeline.formulation.text()
    assert "Hopelessness" in lifeline.formulation.text()
    # The panel takes the focus (it is not a modal dialog): Space presses the first step.
    done = panel.buttons[ImminentStepKind.ACTIVE_ENGAGEMENT]
    assert done.hasFocus()
    before = datetime.now(UTC)
    press(Qt.Key.Key_Space)
    step = workspace.record().step(ImminentStepKind.ACTIVE_ENGAGEMENT)
    assert step.done_at is not None and before <= step.done_at <= datetime.now(UTC)
    assert step.done_by == "Casey Counselor"
    assert panel.times[ImminentStepKind.ACTIVE_ENGAGEMENT].text().startswith("✓ Done ")
    assert panel.buttons[ImminentStepKind.SUPERVISOR_NOTIFIED].hasFocus()
    assert panel.times[ImminentStepKind.CONTACT_CONFIRMED].text() == NOT_DONE
    assert panel.cells[ImminentStepKind.CONTACT_CONFIRMED].objectName() == "imminentConfirm"
    # Buffers judged to mitigate: high risk, the panel stays (a step was taken).
    lifeline.boxes["buffers"]["social_supports"].click()
    assert lifeline.mitigate.isEnabled()
    lifeline.mitigate.click()
    assert workspace.record().risk_level is RiskLevel.HIGH
    assert workspace.risk_text == "Risk: High"
    assert panel.isVisible()
    lifeline.boxes["buffers"]["social_supports"].click()  # no buffer: no mitigation
    assert not lifeline.mitigate.isEnabled() and not lifeline.mitigate.isChecked()
    assert workspace.record().imminent
    settle(qtbot, runner)


# --- checklists, disposition ----------------------------------------------------------------------


def test_checklist_ticks_stamp_the_time_and_several_can_run(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    panel = workspace.checklists
    settle(qtbot, runner)  # the templates in force
    assert panel.template.count() >= 4
    panel.template.setCurrentIndex(panel.template.findData("welfare-concern"))
    welfare = panel.start()
    assert welfare is not None
    panel.start("imminent-risk")
    assert panel.start("welfare-concern") is welfare  # not started twice
    key = welfare.run.items[1].key
    before = datetime.now(UTC)
    welfare.checks[key].click()
    welfare.notes[key].setFocus()
    qtbot.keyClicks(welfare.notes[key], "Sister will check in person")
    runs = workspace.record().checklists
    assert [r.template_key for r in runs] == ["welfare-concern", "imminent-risk"]
    item = runs[0].items[1]
    assert item.done_at is not None and before <= item.done_at <= datetime.now(UTC)
    assert item.note == "Sister will check in person"
    assert welfare.times[key].text().startswith("✓ ")
    assert "Welfare concern 1/" in workspace.checklist_label.text()
    welfare.checks[key].click()  # unticking removes the time
    assert workspace.record().checklists[0].items[1].done_at is None
    settle(qtbot, runner)


def test_outcomes_follow_the_disposition_and_hand_corrections_stick(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    d = workspace.disposition
    assert not d.warm_transfer_to.isEnabled()
    d.primary_buttons[Disposition.WARM_TRANSFER].click()
    assert d.warm_transfer_to.isEnabled()
    assert workspace.record().disposition.outcomes == Outcomes(True, True, True, True)
    d.outcomes["hospitalization_avoided"].setCheckState(Qt.CheckState.PartiallyChecked)
    assert d.outcome_states["hospitalization_avoided"].text() == "Unknown"
    d.warm_transfer_to.setText("County mobile team")
    d.referral.click()  # not part of the disposition's outcomes: the correction stays
    assert workspace.record().disposition.outcomes == Outcomes(True, True, True, None)
    d.ems.click()  # the disposition changed: outcomes follow it again
    assert workspace.record().disposition.outcomes == Outcomes(True, False, True, None)
    d.primary_buttons[Disposition.RETURNED_TO_911].click()
    record = workspace.record()
    assert record.disposition.warm_transfer_to == ""
    assert record.disposition.outcomes == Outcomes(None, False, None, None)
    settle(qtbot, runner)


# --- completing, read-only, signing -------------------------------------------------------------


def test_completion_lists_exactly_what_is_missing_and_loses_nothing(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    workspace.form.narrative.setPlainText("Started typing")
    before = workspace.record()
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: workspace.message_bar.kind == "problem", timeout=10_000)
    text = workspace.message_bar.text()
    assert text.startswith("The call cannot be completed yet. Still missing:")
    for fragment in (
        "• 911 transfer: the CAD incident number.",
        "• 911 transfer: the PSAP",
        "• Presenting concerns: choose at least one.",
        "• Risk: the C-SSRS screener.",
        "• Disposition: how the call ended.",
        "• Follow-up: ask for consent",
    ):
        assert fragment in text
    assert "Narrative" not in text
    assert workspace.editable and workspace.record() == before
    settle(qtbot, runner)


def test_completed_call_is_read_only_with_a_stopped_timer(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, full_call(sqlite_ctx, casey))
    with qtbot.waitSignal(workspace.call_saved, timeout=10_000):
        workspace.complete_button.click()
    assert not workspace.editable
    assert workspace.form.narrative.isReadOnly() and not workspace.form.source.isEnabled()
    assert not workspace.save_button.isVisible() and not workspace.complete_button.isVisible()
    assert workspace.edit_button.isVisible()  # the counselor may choose to edit it
    assert not workspace.sign_button.isVisible()  # counselors do not sign
    shown = workspace.timer_text
    assert shown.endswith("(ended)")
    workspace._tick()
    assert workspace.timer_text == shown
    stored = sqlite_ctx.intake.load(casey, workspace.record().id)
    assert stored.status is CallStatus.COMPLETED
    settle(qtbot, runner)


def test_a_past_call_opens_read_only_until_edit_and_a_supervisor_signs_it(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    done = sqlite_ctx.intake.complete(casey, full_call(sqlite_ctx, casey))
    workspace = show_workspace(
        qtbot, sqlite_ctx, casey, runner, done, in_database=True, editable=False
    )
    assert workspace.read_only_label.isVisible()
    assert (
        workspace.form.cad.isReadOnly() and not workspace.risk.cssrs.questions["q1"].yes.isEnabled()
    )
    assert not workspace.disposition.primary_buttons[Disposition.EMS_REQUESTED].isEnabled()
    assert not workspace.checklists.start_button.isEnabled()
    press(Qt.Key.Key_E, CTRL)
    assert workspace.editable and not workspace.form.cad.isReadOnly()
    assert "editing a completed call" in workspace.message_bar.text()
    assert workspace.save_button.isVisible() and not workspace.complete_button.isVisible()
    workspace.form.narrative.setPlainText("")  # a completed call must stay complete
    workspace.save()
    assert "Narrative" in workspace.message_bar.text()
    settle(qtbot, runner)

    review = show_workspace(qtbot, sqlite_ctx, sam, runner, done, in_database=True, editable=False)
    assert review.sign_button.isVisible()
    with qtbot.waitSignal(review.call_saved, timeout=10_000):
        review.sign_button.click()
    assert review.status_label.text() == "Signed by Sam Supervisor"
    assert not review.edit_button.isVisible() and not review.sign_button.isVisible()
    review.edit()
    assert not review.editable  # signed calls are never editable
    settle(qtbot, runner)


# --- never lose a word ----------------------------------------------------------------------------


def test_a_change_reaches_the_draft_within_two_seconds(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    settle(qtbot, runner)
    assert sqlite_ctx.drafts.recover(casey.id) == []
    workspace.form.narrative.setFocus()
    started = clock.monotonic()
    qtbot.keyClicks(workspace.form.narrative, "She is safe for now")
    qtbot.waitUntil(lambda: sqlite_ctx.drafts.recover(casey.id) != [], timeout=2000)
    assert clock.monotonic() - started < 2.0
    (draft,) = sqlite_ctx.drafts.recover(casey.id)
    assert draft.record == workspace.record()
    assert draft.record.narrative == "She is safe for now"
    qtbot.waitUntil(lambda: workspace.save_state.startswith(DRAFT_PREFIX), timeout=2000)
    settle(qtbot, runner)


def test_typing_without_pause_still_writes_a_draft_in_time(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    settle(qtbot, runner)
    deadline = clock.monotonic() + 2.0
    written = []
    workspace.draft_written.connect(lambda: written.append(clock.monotonic()))
    n = 0
    while not written and clock.monotonic() < deadline + 0.5:
        workspace.form.narrative.insertPlainText(f"{n} ")  # a keystroke every 100 ms
        n += 1
        qtbot.wait(100)
    assert written and written[0] < deadline
    settle(qtbot, runner)


def test_saving_writes_the_database_and_discards_the_draft(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, full_call(sqlite_ctx, casey))
    workspace.form.narrative.setPlainText("A first note")
    with qtbot.waitSignal(workspace.draft_written, timeout=3000):
        pass
    assert sqlite_ctx.drafts.recover(casey.id) != []
    with qtbot.waitSignal(workspace.call_saved, timeout=10_000):
        press(Qt.Key.Key_S, CTRL)
    assert workspace.save_state.startswith(SAVED_PREFIX)
    settle(qtbot, runner)
    assert sqlite_ctx.drafts.recover(casey.id) == []
    stored = sqlite_ctx.intake.load(casey, workspace.record().id)
    assert stored.narrative == "A first note" and stored.version == 1
    assert not workspace.is_dirty()


def test_leaving_saves_and_a_pristine_new_call_is_not_stored(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    untouched = show_workspace(qtbot, sqlite_ctx, casey, runner)
    with qtbot.waitSignal(untouched.left, timeout=2000):
        untouched.leave_button.click()
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    workspace.form.cad.setText("261128-0100")
    workspace.form.cad.textEdited.emit("261128-0100")
    with qtbot.waitSignal(workspace.left, timeout=10_000):
        workspace.request_leave()
    settle(qtbot, runner)
    assert sqlite_ctx.intake.load(casey, workspace.record().id).transfer.cad_incident_number == (
        "261128-0100"
    )
    with pytest.raises(Exception, match="no longer exists"):
        sqlite_ctx.intake.load(casey, untouched.record().id)
    assert sqlite_ctx.drafts.recover(casey.id) == []


def test_a_draft_is_kept_while_the_database_refuses(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    workspace.form.age.setText("300")  # refused by the service: 0 to 125
    workspace.form.narrative.setPlainText("Every word of this")
    workspace.save()
    qtbot.waitUntil(lambda: workspace.save_state.startswith(NOT_SAVED_PREFIX), timeout=10_000)
    assert "Age" in workspace.message_bar.text()
    qtbot.waitUntil(lambda: sqlite_ctx.drafts.recover(casey.id) != [], timeout=3000)
    assert sqlite_ctx.drafts.recover(casey.id)[0].record.narrative == "Every word of this"
    settle(qtbot, runner)


def test_workspace_keeps_a_new_record_identical_to_what_it_was_given(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    record = sqlite_ctx.intake.new_call(casey, CallSource.DIRECT_LINE)
    workspace = IntakeWorkspace(sqlite_ctx, casey, runner, record, in_database=False, editable=True)
    qtbot.addWidget(workspace)
    assert workspace.record() == record
    assert not workspace.is_dirty()
    assert workspace.record() == replace(record)
    settle(qtbot, runner)


def test_narrow_windows_stack_the_columns_instead_of_scrolling_sideways(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    tabs = (workspace.call_tab, workspace.risk_tab, workspace.disposition_tab)
    for width, stacked in ((1280, False), (800, True), (1280, False)):
        workspace.resize(width, 700)
        for tab, reflow in zip(tabs, workspace.reflows, strict=True):
            workspace.tabs.setCurrentWidget(tab)  # hidden tabs are laid out when shown
            qtbot.waitUntil(lambda r=reflow, s=stacked: r.stacked is s, timeout=2000)
    settle(qtbot, runner)
