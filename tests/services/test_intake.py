from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from counselor_app.app import AppContext
from counselor_app.db.models import AuditEvent, Call
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import (
    Caller,
    CallQuery,
    CallRecord,
    CallSource,
    CallStatus,
    CoResponder,
    ImminentStepKind,
    Transfer911,
)
from counselor_app.domain.errors import (
    ConflictError,
    KnownError,
    PermissionDeniedError,
    ValidationError,
)
from counselor_app.domain.risk import LifelineAssessment, RiskLevel
from tests.support.records import NAME, complete_record


def test_round_trip_keeps_everything(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey = staff[Role.COUNSELOR]
    record = complete_record(
        ctx,
        casey,
        lifeline=LifelineAssessment(
            desire=frozenset({"hopelessness"}),
            buffers=frozenset({"social_supports"}),
            grid_version="2024.1",
        ),
    )
    record = record.with_step_done(
        ImminentStepKind.ACTIVE_ENGAGEMENT, datetime.now(UTC), "Casey", "kept talking"
    )
    saved = ctx.intake.save(casey, record)
    assert saved.version == 1
    loaded = ctx.intake.load(casey, saved.id)
    assert loaded.caller.name == NAME
    assert loaded.caller.callback_number == "+13145550142"
    assert loaded == replace(
        record,
        version=1,
        caller=replace(record.caller, callback_number="+13145550142"),
    )
    assert loaded.risk_level is RiskLevel.MODERATE  # lifeline: desire only
    again = ctx.intake.save(casey, replace(loaded, narrative=loaded.narrative + " More."))
    assert again.version == 2
    with UnitOfWork(ctx.database, write=False) as uow:
        actions = [
            e.action
            for e in uow.session.scalars(
                select(AuditEvent).where(AuditEvent.record_type == "call").order_by(AuditEvent.seq)
            )
        ]
    assert actions == [AuditAction.CREATE, AuditAction.VIEW, AuditAction.UPDATE]


def test_only_call_takers_start_calls(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    with pytest.raises(PermissionDeniedError):
        ctx.intake.new_call(staff[Role.PEER_SPECIALIST], CallSource.LIFELINE_988)
    record = complete_record(ctx, staff[Role.COUNSELOR])
    with pytest.raises(PermissionDeniedError):
        ctx.intake.save(staff[Role.PEER_SPECIALIST], record)


def test_counselors_see_only_their_own_calls(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    saved = ctx.intake.save(staff[Role.SUPERVISOR], complete_record(ctx, staff[Role.SUPERVISOR]))
    with pytest.raises(PermissionDeniedError, match="another counselor"):
        ctx.intake.load(staff[Role.COUNSELOR], saved.id)
    assert ctx.intake.search(staff[Role.COUNSELOR], CallQuery()) == []
    assert [c.id for c in ctx.intake.search(staff[Role.ADMINISTRATOR], CallQuery())] == [saved.id]


def test_stale_save_is_a_conflict_carrying_their_version(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    sam = staff[Role.SUPERVISOR]
    base = ctx.intake.save(casey, complete_record(ctx, casey))
    theirs = ctx.intake.save(sam, replace(base, narrative="Supervisor's correction."))
    with pytest.raises(ConflictError) as info:
        ctx.intake.save(casey, replace(base, narrative="Counselor's addition."))
    current = info.value.current
    assert isinstance(current, CallRecord)
    assert current.narrative == "Supervisor's correction."
    assert current.version == theirs.version
    # Keeping mine is an explicit decision: save on top of their version.
    mine = ctx.intake.save(casey, replace(current, narrative="Counselor's addition."))
    assert mine.version == theirs.version + 1


def test_completion_lists_what_is_missing(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey = staff[Role.COUNSELOR]
    empty = ctx.intake.new_call(casey, CallSource.TRANSFER_911)
    with pytest.raises(ValidationError) as info:
        ctx.intake.complete(casey, empty)
    reasons = " ".join(info.value.reasons)
    for fragment in (
        "CAD incident number",
        "PSAP",
        "Presenting concerns",
        "Narrative",
        "C-SSRS",
        "how the call ended",
        "consent",
    ):
        assert fragment in reasons
    co = replace(empty, source=CallSource.CO_RESPONDER)
    with pytest.raises(ValidationError) as info:
        ctx.intake.complete(casey, co)
    assert "officer on scene" in " ".join(info.value.reasons)
    assert "CAD" not in " ".join(info.value.reasons)
    done = ctx.intake.complete(casey, complete_record(ctx, casey))
    assert done.status is CallStatus.COMPLETED
    assert done.ended_at is not None and done.ended_at >= done.started_at


def test_imminent_risk_requires_every_step(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    lifeline = LifelineAssessment(
        desire=frozenset({"hopelessness"}),
        capability=frozenset({"available_means"}),
        intent=frozenset({"plan_known_method"}),
    )
    record = complete_record(ctx, casey, lifeline=lifeline)
    assert record.imminent
    with pytest.raises(ValidationError) as info:
        ctx.intake.complete(casey, record)
    assert "Emergency services contact confirmed" in " ".join(info.value.reasons)
    now = datetime.now(UTC)
    for kind in ImminentStepKind:
        record = record.with_step_done(kind, now, "Casey")
    saved = ctx.intake.save(casey, record)
    # A supervisor on any workstation sees the open imminent-risk call.
    live = ctx.intake.live_imminent_calls(staff[Role.SUPERVISOR])
    assert [c.id for c in live] == [saved.id]
    with pytest.raises(PermissionDeniedError):
        ctx.intake.live_imminent_calls(casey)
    ctx.intake.complete(casey, saved)
    assert ctx.intake.live_imminent_calls(staff[Role.SUPERVISOR]) == []


def test_supervisor_signs_and_signed_calls_are_final(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey, sam = staff[Role.COUNSELOR], staff[Role.SUPERVISOR]
    done = ctx.intake.complete(casey, complete_record(ctx, casey))
    with pytest.raises(PermissionDeniedError):
        ctx.intake.sign(casey, done.id, done.version)
    signed = ctx.intake.sign(sam, done.id, done.version)
    assert signed.status is CallStatus.SIGNED and signed.signed_by == "Sam Supervisor"
    with pytest.raises(KnownError, match="signed by a supervisor"):
        ctx.intake.save(casey, replace(signed, narrative="late change"))


def test_bad_input_is_explained_and_nothing_is_saved(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    record = complete_record(ctx, casey)
    bad = replace(record, caller=replace(record.caller, callback_number="12", age=300))
    with pytest.raises(ValidationError) as info:
        ctx.intake.save(casey, bad)
    reasons = " ".join(info.value.reasons)
    assert "Call-back number" in reasons and "Age" in reasons
    with UnitOfWork(ctx.database, write=False) as uow:
        assert uow.session.scalars(select(Call)).all() == []


def test_repeat_callers_by_number_or_name(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey = staff[Role.COUNSELOR]
    first = ctx.intake.complete(casey, complete_record(ctx, casey))
    other = complete_record(ctx, casey)
    other = replace(other, caller=Caller(name="Someone Else", callback_number="314-555-0177"))
    ctx.intake.save(casey, other)
    by_number = ctx.intake.prior_calls(casey, "+1 314 555 0142", "")
    assert [p.id for p in by_number] == [first.id]
    assert by_number[0].has_safety_plan and by_number[0].matched_by == "number"
    by_name = ctx.intake.prior_calls(casey, "", "nguyen thi zoe")  # accents and case folded
    assert [p.id for p in by_name] == [first.id]
    both = ctx.intake.prior_calls(casey, "3145550142", NAME, exclude=None)
    assert both[0].matched_by == "number and name"
    assert ctx.intake.prior_calls(casey, "3145550142", "", exclude=first.id) == []
    plan = ctx.intake.latest_safety_plan(casey, first.id)
    assert plan.reasons_for_living == "My cat"
    # Neither the number nor the name is stored as a matching key in clear.
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(Call, first.id)
        assert row is not None and row.callback_key and row.caller_name_key
        assert "5550142" not in row.callback_key and "zoe" not in row.caller_name_key


def test_search_filters(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    casey, sam = staff[Role.COUNSELOR], staff[Role.SUPERVISOR]
    mine = ctx.intake.save(casey, complete_record(ctx, casey))
    old = complete_record(
        ctx,
        sam,
        started_at=datetime.now(UTC) - timedelta(days=3),
        transfer=Transfer911(cad_incident_number="251101-7777", psap_name="X"),
    )
    old = ctx.intake.complete(sam, old)
    assert [c.id for c in ctx.intake.search(sam, CallQuery(mine_only=True))] == [old.id]
    assert [c.id for c in ctx.intake.search(sam, CallQuery(open_only=True))] == [mine.id]
    assert [c.id for c in ctx.intake.search(sam, CallQuery(cad_incident_number="2511"))] == [old.id]
    assert ctx.intake.search(sam, CallQuery(cad_incident_number="%")) == []
    today = datetime.now(UTC) - timedelta(hours=1)
    assert [c.id for c in ctx.intake.search(sam, CallQuery(started_from=today))] == [mine.id]
    by_name = ctx.intake.search(sam, CallQuery(caller_name=NAME.upper()))
    assert [c.id for c in by_name] == [mine.id, old.id]
    assert ctx.intake.search(sam, CallQuery(caller_name="Someone Else")) == []


def test_checklist_templates_import_and_replace(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    admin, casey = staff[Role.ADMINISTRATOR], staff[Role.COUNSELOR]
    shipped = {t.key for t in ctx.intake.checklist_templates(casey)}
    assert {"crisis-de-escalation", "welfare-concern", "third-party-caller", "imminent-risk"} <= (
        shipped
    )
    with pytest.raises(ValidationError, match="not valid JSON") as info:
        ctx.intake.import_checklist_template(admin, '{"key": "x",')
    assert "Line 1" in info.value.reasons[0]
    with pytest.raises(ValidationError) as info:
        ctx.intake.import_checklist_template(
            admin, '{"key": "Bad Key", "version": "1", "title": "T", "items": [{"key": "a"}]}'
        )
    reasons = " ".join(info.value.reasons)
    assert "lower-case" in reasons and "Item 1: 'label'" in reasons
    text = (
        '{"key": "welfare-concern", "version": "2.0", "title": "Welfare concern (v2)", '
        '"items": [{"key": "a", "label": "Ask who requested the check"}]}'
    )
    with pytest.raises(PermissionDeniedError):
        ctx.intake.import_checklist_template(casey, text)
    ctx.intake.import_checklist_template(admin, text)
    titles = {t.key: t.title for t in ctx.intake.checklist_templates(casey)}
    assert titles["welfare-concern"] == "Welfare concern (v2)"
    with pytest.raises(ValidationError, match="cannot be imported"):
        ctx.intake.import_checklist_template(admin, text.replace("Ask who", "Ask whom"))


def test_unknown_concern_codes_are_refused(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    with pytest.raises(ValidationError, match="cannot be saved"):
        ctx.intake.save(casey, complete_record(ctx, casey, concerns=("made_up",)))
    assert ctx.reference.concern_label("suicidal_thoughts") == "Suicidal thoughts"


def test_co_responder_fields_are_kept(ctx: AppContext, staff: dict[Role, SignedInUser]) -> None:
    sam = staff[Role.SUPERVISOR]
    record = complete_record(
        ctx,
        sam,
        source=CallSource.CO_RESPONDER,
        co_responder=CoResponder("Ofc. Diaz", "CR-3"),
        id=uuid.uuid4(),
    )
    saved = ctx.intake.complete(sam, record)
    assert ctx.intake.load(sam, saved.id).co_responder == CoResponder("Ofc. Diaz", "CR-3")


def test_editing_a_completed_call_keeps_it_complete(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    done = ctx.intake.complete(casey, complete_record(ctx, casey))
    with pytest.raises(ValidationError, match="incomplete") as info:
        ctx.intake.save(casey, replace(done, narrative="  "))
    assert "Narrative" in " ".join(info.value.reasons)
    assert ctx.intake.load(casey, done.id).narrative == done.narrative
    edited = ctx.intake.save(casey, replace(done, narrative="Corrected after review."))
    assert edited.status is CallStatus.COMPLETED and edited.version == done.version + 1
