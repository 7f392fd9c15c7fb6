"""Referrals in the intake workspace: added from the directory, listed, removed, saved."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallReferral
from counselor_app.ui.events import AppEvents
from counselor_app.ui.intake import IntakeView
from counselor_app.ui.intake.compare import differences
from counselor_app.ui.intake.referrals_panel import (
    EMPTY_TEXT,
    READ_ONLY_EMPTY_TEXT,
    REMOVE_TEXT,
)
from counselor_app.ui.intake.workspace import SAVED_PREFIX, IntakeWorkspace
from counselor_app.ui.ops import Runner
from counselor_app.ui.widgets import plain
from tests.ui.intake_support import focused, full_call, press, show_workspace, tab

CTRL = Qt.KeyboardModifier.ControlModifier
PACKAGE = Path(__file__).resolve().parent.parent / "fixtures" / "hsds" / "package"
MOBILE_CRISIS = "b0000000-0000-4000-8000-000000000001"
WARMLINE = "b0000000-0000-4000-8000-000000000002"


@pytest.fixture
def casey(sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser]) -> SignedInUser:
    """A counselor, with the test directory imported."""
    report = sqlite_ctx.directory.import_hsds(sqlite_staff[Role.ADMINISTRATOR], PACKAGE)
    assert report.rejected == 0
    return sqlite_staff[Role.COUNSELOR]


def settle(qtbot: QtBot, runner: Runner) -> None:
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def referral(service_id: str = MOBILE_CRISIS, **changes: object) -> CallReferral:
    """A referral as the directory screen makes it (no time, no person: the workspace stamps)."""
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "service_id": service_id,
        "service_name": "Mobile Crisis Team" if service_id == MOBILE_CRISIS else "Zoë Warmline",
        "organization_name": (
            "Riverbend Crisis Center" if service_id == MOBILE_CRISIS else "Zoë's Place Peer Support"
        ),
        "phone": "+1 314 555 0100" if service_id == MOBILE_CRISIS else "+1 314 555 0142",
        "note": "",
        "warm_handoff": False,
    }
    values.update(changes)
    return CallReferral(**values)  # type: ignore[arg-type]


def list_texts(workspace: IntakeWorkspace) -> list[str]:
    panel = workspace.disposition.referrals
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_an_added_referral_is_listed_and_drafted(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    panel = workspace.disposition.referrals
    assert panel.empty.isVisibleTo(panel) and panel.empty.text() == EMPTY_TEXT
    assert not panel.list.isVisibleTo(panel)
    assert not panel.remove_button.isVisibleTo(panel)
    assert not workspace.disposition.referral.isChecked()
    before = datetime.now(UTC)
    with qtbot.waitSignal(workspace.draft_written, timeout=3000):
        assert workspace.add_referral(
            referral(note="Ask for the intake nurse.\x00\r\nTomorrow 9 AM.", warm_handoff=True)
        )
    assert list_texts(workspace) == [
        "Mobile Crisis Team — Riverbend Crisis Center — (314) 555-0100  [warm handoff]\n"
        "Note: Ask for the intake nurse.\nTomorrow 9 AM."
    ]
    assert not panel.empty.isVisibleTo(panel)
    assert panel.list.isVisibleTo(panel) and panel.remove_button.isVisibleTo(panel)
    assert panel.remove_button.isEnabled()
    (given,) = workspace.record().referrals
    assert given.given_by == "Casey Counselor"
    assert given.given_at is not None and given.given_at >= before
    assert given.note == "Ask for the intake nurse.\nTomorrow 9 AM."
    # A referral from the directory is a referral given: ticked, and locked while listed.
    box = workspace.disposition.referral
    assert box.isChecked() and not box.isEnabled()
    assert workspace.record().disposition.referral_given is True
    assert "Mobile Crisis Team added to call" in workspace.message_bar.text()
    assert workspace.reference in workspace.message_bar.text()
    (draft,) = sqlite_ctx.drafts.recover(casey.id)
    assert draft.record.referrals == (given,)
    settle(qtbot, runner)


def test_the_same_service_again_updates_the_earlier_referral(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    assert workspace.add_referral(referral(note="First note"))
    assert workspace.add_referral(referral(WARMLINE))
    (first, _warm) = workspace.record().referrals
    assert workspace.add_referral(referral(note="Second note", warm_handoff=True))
    again, warm = workspace.record().referrals
    assert again.id == first.id and again.given_at == first.given_at
    assert (again.note, again.warm_handoff) == ("Second note", True)
    assert workspace.disposition.referrals.list.count() == 2
    assert workspace.disposition.referrals.list.currentRow() == 0  # the updated one selected
    assert "updated on call" in workspace.message_bar.text()
    # An empty note does not wipe out what was written before.
    assert workspace.add_referral(referral(note=""))
    assert workspace.record().referrals[0].note == "Second note"
    assert warm.service_id == WARMLINE
    settle(qtbot, runner)


def test_referrals_survive_save_and_reload(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, full_call(sqlite_ctx, casey))
    assert workspace.add_referral(referral(note="  Ask for Dana  "))
    assert workspace.add_referral(referral(WARMLINE, warm_handoff=True))
    with qtbot.waitSignal(workspace.call_saved, timeout=10_000):
        press(Qt.Key.Key_S, CTRL)
    assert workspace.save_state.startswith(SAVED_PREFIX)
    settle(qtbot, runner)
    # What the workspace shows is exactly what the database keeps: nothing left to save.
    assert not workspace.is_dirty()
    assert sqlite_ctx.drafts.recover(casey.id) == []
    stored = sqlite_ctx.intake.load(casey, workspace.call_id)
    assert stored.referrals == workspace.record().referrals
    assert [(r.service_id, r.note, r.warm_handoff) for r in stored.referrals] == [
        (MOBILE_CRISIS, "Ask for Dana", False),
        (WARMLINE, "", True),
    ]
    assert stored.disposition.referral_given is True
    reopened = show_workspace(qtbot, sqlite_ctx, casey, runner, stored, in_database=True)
    assert reopened.record() == stored
    assert not reopened.is_dirty()
    assert list_texts(reopened) == list_texts(workspace)
    settle(qtbot, runner)


def test_remove_with_the_keyboard_then_save(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    at = datetime.now(UTC) - timedelta(minutes=5)
    record = full_call(
        sqlite_ctx,
        casey,
        referrals=(
            referral(given_at=at, given_by="Casey Counselor"),
            referral(WARMLINE, given_at=at + timedelta(minutes=1), given_by="Casey Counselor"),
        ),
    )
    record = replace(record, disposition=replace(record.disposition, referral_given=False))
    saved = sqlite_ctx.intake.save(casey, record)
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, saved, in_database=True)
    panel = workspace.disposition.referrals
    assert panel.list.count() == 2
    labels = {lbl.buddy(): plain(lbl.text()) for lbl in workspace.findChildren(QLabel)}
    assert labels[panel.list] == panel.list.accessibleName() == "Services referred on this call"
    assert panel.remove_button.accessibleName() == REMOVE_TEXT == panel.remove_button.text()
    press(Qt.Key.Key_F, CTRL)  # the disposition tab
    assert workspace.tabs.currentWidget() is workspace.disposition_tab
    # "Referral given" is locked while referrals are listed, so Tab skips it to the list.
    workspace.disposition.returned_911.setFocus()
    tab()
    assert focused() is panel.list
    tab()
    assert focused() is panel.remove_button
    press(Qt.Key.Key_Space)
    assert [r.service_id for r in workspace.record().referrals] == [WARMLINE]
    assert focused() is panel.list  # the cursor stays in the list for the next one
    assert workspace.is_dirty()
    press(Qt.Key.Key_Delete)
    assert workspace.record().referrals == ()
    assert panel.empty.isVisibleTo(panel) and not panel.list.isVisibleTo(panel)
    assert focused() is not panel.list
    # Without directory referrals "Referral given" is the counselor's own answer again.
    box = workspace.disposition.referral
    assert box.isEnabled() and not box.isChecked()
    assert workspace.record().disposition.referral_given is False
    with qtbot.waitSignal(workspace.call_saved, timeout=10_000):
        press(Qt.Key.Key_S, CTRL)
    settle(qtbot, runner)
    stored = sqlite_ctx.intake.load(casey, saved.id)
    assert stored.referrals == ()
    assert stored.disposition.referral_given is False
    assert not workspace.is_dirty()


def test_a_ticked_referral_given_comes_back_after_the_last_referral_goes(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner)
    box = workspace.disposition.referral
    box.click()  # the counselor gave a referral without the directory
    assert box.isChecked()
    workspace.add_referral(referral())
    assert box.isChecked() and not box.isEnabled()
    workspace.disposition.referrals.remove(0)
    assert box.isChecked() and box.isEnabled()
    assert workspace.record().disposition.referral_given is True
    settle(qtbot, runner)


def test_a_read_only_call_lists_referrals_but_takes_and_removes_none(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    done = sqlite_ctx.intake.complete(
        casey, full_call(sqlite_ctx, casey, referrals=(referral(given_at=datetime.now(UTC)),))
    )
    workspace = show_workspace(
        qtbot, sqlite_ctx, casey, runner, done, in_database=True, editable=False
    )
    panel = workspace.disposition.referrals
    assert panel.list.count() == 1 and panel.list.isVisibleTo(panel)
    assert not panel.remove_button.isVisibleTo(panel)
    assert panel.remove(0) is None
    assert not workspace.add_referral(referral(WARMLINE))
    assert workspace.record().referrals == done.referrals
    empty = show_workspace(
        qtbot,
        sqlite_ctx,
        casey,
        runner,
        sqlite_ctx.intake.complete(casey, full_call(sqlite_ctx, casey)),
        in_database=True,
        editable=False,
    )
    assert empty.disposition.referrals.empty.text() == READ_ONLY_EMPTY_TEXT
    settle(qtbot, runner)


def test_the_intake_view_refers_only_to_an_open_editable_call(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    casey: SignedInUser,
    runner: Runner,
    events: AppEvents,
) -> None:
    view = IntakeView(sqlite_ctx, casey, runner, events)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    assert view.active_call_reference() is None
    assert view.add_referral(referral()) is False
    done = sqlite_ctx.intake.complete(casey, full_call(sqlite_ctx, casey))
    read_only = view.show_workspace(done, in_database=True, editable=False)
    assert view.active_call_reference() is None
    assert view.add_referral(referral()) is False
    assert read_only.record().referrals == ()
    read_only.edit()  # editing a completed call: referrals can be added again
    assert view.active_call_reference() == done.reference
    with qtbot.waitSignal(view.workspace.left, timeout=10_000):  # type: ignore[union-attr]
        view.show_list()
    settle(qtbot, runner)
    assert view.workspace is None and view.active_call_reference() is None
    record = sqlite_ctx.intake.new_call(casey, sqlite_ctx.intake.load(casey, done.id).source)
    workspace = view.show_workspace(record, in_database=False, editable=True)
    assert view.active_call_reference() == record.reference
    assert view.add_referral(referral(note="via the view")) is True
    assert [r.note for r in workspace.record().referrals] == ["via the view"]
    settle(qtbot, runner)


def test_a_referral_added_while_leaving_is_saved_before_the_workspace_closes(
    qtbot: QtBot, sqlite_ctx: AppContext, casey: SignedInUser, runner: Runner
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, full_call(sqlite_ctx, casey))
    workspace.form.narrative.setPlainText("Talked it through.")
    with qtbot.waitSignal(workspace.left, timeout=10_000):
        workspace.request_leave()  # the save is on its way...
        assert workspace.add_referral(referral(note="added meanwhile"))  # ...and this comes
    settle(qtbot, runner)
    stored = sqlite_ctx.intake.load(casey, workspace.call_id)
    assert stored.narrative == "Talked it through."
    assert [r.note for r in stored.referrals] == ["added meanwhile"]
    assert sqlite_ctx.drafts.recover(casey.id) == []


def test_a_conflict_shows_differing_referrals(sqlite_ctx: AppContext, casey: SignedInUser) -> None:
    base = full_call(sqlite_ctx, casey)
    mine = replace(base, referrals=(referral(note="Call at 9", warm_handoff=True),))
    (diff,) = differences(mine, base)
    assert diff.label == "Referrals given"
    assert diff.mine == (
        "Mobile Crisis Team — Riverbend Crisis Center — +1 314 555 0100 (warm handoff): Call at 9"
    )
    assert diff.theirs == "None"
