"""Two workstations, one call: the conflict is shown field by field and resolved, never silent."""

from __future__ import annotations

import dataclasses
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import (
    Caller,
    CallRecord,
    CoResponder,
    Disposition,
    DispositionDetails,
    Outcomes,
    Transfer911,
)
from counselor_app.domain.safety_plan import SafetyPlan
from counselor_app.services.reference import ReferenceData
from counselor_app.ui.intake.compare import (
    FIELD_SPECS,
    differences,
    get_path,
    keep_mine,
    merge,
    set_path,
)
from counselor_app.ui.intake.conflict_dialog import MINE, THEIRS, ConflictDialog
from counselor_app.ui.intake.workspace import NOT_SAVED_PREFIX, SAVED_PREFIX, IntakeWorkspace
from counselor_app.ui.ops import Runner
from tests.ui.intake_support import full_call, show_workspace

META = {
    "id",
    "counselor_id",
    "counselor_name",
    "started_at",
    "version",
    "status",
    "ended_at",
    "signed_by",
    "signed_at",
}
NESTED = {
    "transfer": Transfer911,
    "co_responder": CoResponder,
    "caller": Caller,
    "safety_plan": SafetyPlan,
    "disposition": DispositionDetails,
}


def test_every_field_a_person_edits_is_compared() -> None:
    covered = {spec.path for spec in FIELD_SPECS}
    wanted: set[tuple[str, ...]] = set()
    for field in dataclasses.fields(CallRecord):
        if field.name in META:
            continue
        if field.name in NESTED:
            for inner in dataclasses.fields(NESTED[field.name]):
                if (field.name, inner.name) == ("safety_plan", "language"):
                    continue  # the plan's language is not typed
                if inner.name == "outcomes":
                    wanted |= {
                        ("disposition", "outcomes", o.name) for o in dataclasses.fields(Outcomes)
                    }
                    continue
                wanted.add((field.name, inner.name))
        else:
            wanted.add((field.name,))
    assert covered == wanted


def test_merge_takes_the_chosen_fields_on_top_of_theirs(
    sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser]
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    base = full_call(sqlite_ctx, casey)
    mine = replace(base, narrative="Mine", caller=replace(base.caller, pronouns="they/them"))
    theirs = replace(base, version=4, narrative="Theirs")
    diffs = differences(mine, theirs, sqlite_ctx.reference)
    assert [(d.label, d.mine, d.theirs) for d in diffs] == [
        ("Caller: pronouns", "they/them", "she/her"),
        ("Narrative", "Mine", "Theirs"),
    ]
    merged = merge(mine, theirs, [("caller", "pronouns")])
    assert merged.version == 4
    assert (merged.caller.pronouns, merged.narrative) == ("they/them", "Theirs")
    assert keep_mine(mine, theirs) == replace(mine, version=4)
    assert set_path(base, ("disposition", "outcomes", "ems_avoided"), None).disposition.outcomes
    assert get_path(base, ("caller", "name")) == base.caller.name


@pytest.fixture
def both_versions(
    sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser]
) -> tuple[CallRecord, CallRecord]:
    casey, sam = sqlite_staff[Role.COUNSELOR], sqlite_staff[Role.SUPERVISOR]
    base = sqlite_ctx.intake.save(casey, full_call(sqlite_ctx, casey))
    theirs = sqlite_ctx.intake.save(
        sam,
        replace(
            base,
            narrative="Supervisor: caller's sister confirmed she is with her.",
            disposition=replace(base.disposition, primary=Disposition.MOBILE_CRISIS_TEAM),
        ),
    )
    return base, theirs


def test_dialog_shows_each_difference_side_by_side(
    qtbot: QtBot, both_versions: tuple[CallRecord, CallRecord], sqlite_ctx: AppContext
) -> None:
    base, theirs = both_versions
    mine = replace(base, narrative="Counselor: she agreed to call her sister tonight.")
    dialog = ConflictDialog(mine, theirs, sqlite_ctx.reference)
    qtbot.addWidget(dialog)
    assert [d.label for d in dialog.diffs] == ["Narrative", "Disposition"]
    assert dialog.diffs[1].mine == "Resolved on the line"
    assert dialog.diffs[1].theirs == "Mobile crisis team dispatched"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"now version {theirs.version}" in texts and "Nothing has been overwritten" in texts
    dialog.choose(("narrative",), MINE)
    dialog.choose(("disposition", "primary"), THEIRS)
    dialog.merge_button.click()
    result = dialog.result_record
    assert result is not None and result.version == theirs.version
    assert result.narrative == mine.narrative
    assert result.disposition.primary is Disposition.MOBILE_CRISIS_TEAM

    keep = ConflictDialog(mine, theirs, sqlite_ctx.reference)
    qtbot.addWidget(keep)
    keep.keep_mine_button.click()
    assert keep.result_record == replace(mine, version=theirs.version)

    take = ConflictDialog(mine, theirs, sqlite_ctx.reference)
    qtbot.addWidget(take)
    take.take_theirs_button.click()
    assert take.result_record == theirs

    later = ConflictDialog(mine, theirs, sqlite_ctx.reference)
    qtbot.addWidget(later)
    later.later_button.click()
    assert later.result_record is None


def _conflicting_workspace(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    casey: SignedInUser,
    runner: Runner,
    base: CallRecord,
) -> IntakeWorkspace:
    workspace = show_workspace(qtbot, sqlite_ctx, casey, runner, base, in_database=True)
    workspace.form.narrative.setPlainText("Counselor: she agreed to call her sister tonight.")
    workspace.form.pronouns.setText("they/them")
    return workspace


@pytest.mark.parametrize("choice", ["keep", "take", "merge", "later"])
def test_a_stale_save_asks_and_saves_on_top_of_theirs(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    both_versions: tuple[CallRecord, CallRecord],
    choice: str,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    base, theirs = both_versions
    workspace = _conflicting_workspace(qtbot, sqlite_ctx, casey, runner, base)
    asked: list[tuple[CallRecord, CallRecord]] = []

    def ask(
        _parent: object, mine: CallRecord, current: CallRecord, reference: ReferenceData
    ) -> CallRecord | None:
        asked.append((mine, current))
        dialog = ConflictDialog(mine, current, reference)
        qtbot.addWidget(dialog)
        if choice == "keep":
            dialog.keep_mine_button.click()
        elif choice == "take":
            dialog.take_theirs_button.click()
        elif choice == "merge":
            dialog.choose(("narrative",), THEIRS)
            dialog.merge_button.click()
        else:
            dialog.later_button.click()
        return dialog.result_record

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(ask))
    workspace.save()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    mine, current = asked[0]
    assert current == theirs
    assert mine.narrative.startswith("Counselor:")
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    stored = sqlite_ctx.intake.load(casey, base.id)
    if choice == "keep":
        assert stored.version == theirs.version + 1
        assert stored.narrative.startswith("Counselor:") and stored.caller.pronouns == "they/them"
        assert stored.disposition.primary is Disposition.RESOLVED_ON_LINE  # mine, chosen
        assert workspace.save_state.startswith(SAVED_PREFIX)
    elif choice == "take":
        assert stored == theirs  # nothing written
        assert workspace.record() == theirs and not workspace.is_dirty()
    elif choice == "merge":
        assert stored.version == theirs.version + 1
        assert stored.narrative == theirs.narrative  # theirs, chosen for this field
        assert stored.caller.pronouns == "they/them"  # mine (the default)
        assert workspace.record() == replace(stored, status=stored.status)
    else:
        assert stored == theirs
        assert workspace.save_state.startswith(NOT_SAVED_PREFIX)
        assert workspace.record().narrative.startswith("Counselor:")  # still on screen
        assert "press Save to compare again" in workspace.message_bar.text()
        qtbot.waitUntil(lambda: sqlite_ctx.drafts.recover(casey.id) != [], timeout=3000)
        (draft,) = sqlite_ctx.drafts.recover(casey.id)  # and in the draft
        assert draft.record.narrative.startswith("Counselor:")
