"""HandoffService: disclosure log and audit in one transaction, consent refusal and override."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from counselor_app.app import AppContext
from counselor_app.db.models import AuditEvent, Disclosure
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import CallRecord, Disposition, DispositionDetails
from counselor_app.domain.errors import PermissionDeniedError, ValidationError
from counselor_app.domain.handoff import ConsentBasis, ConsentRequiredError, Recipient
from tests.support.handoffs import SCRIPTS, nfkc, pdf_text
from tests.support.records import complete_record


def _saved_call(ctx: AppContext, user: SignedInUser, **changes: object) -> CallRecord:
    record = complete_record(ctx, user, name=SCRIPTS["vietnamese"], **changes)
    return ctx.intake.complete(user, record)


def _disclosures(ctx: AppContext) -> list[Disclosure]:
    with UnitOfWork(ctx.database, write=False) as uow:
        rows = list(uow.session.scalars(select(Disclosure).order_by(Disclosure.disclosed_at)))
        uow.session.expunge_all()
        return rows


def _exports(ctx: AppContext) -> list[AuditEvent]:
    with UnitOfWork(ctx.database, write=False) as uow:
        rows = list(
            uow.session.scalars(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT))
        )
        uow.session.expunge_all()
        return rows


def test_every_export_is_a_disclosure_with_its_audit_entry(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    call = _saved_call(ctx, casey, substance_use_info=True)
    result = ctx.handoffs.build(casey, call.id, Recipient.PEER, purpose="Follow-up tomorrow")
    assert result.pages >= 1 and result.warnings == ()
    assert SCRIPTS["vietnamese"] in pdf_text(result.pdf)
    assert result.file_name == f"handoff-{call.reference}-peer.pdf"
    [row] = _disclosures(ctx)
    assert row.id == result.disclosure_id
    assert (row.call_id, row.document_kind, row.recipient_kind) == (call.id, "handoff", "peer")
    assert row.purpose == "Follow-up tomorrow"
    assert row.consent == ConsentBasis.GIVEN.value
    assert row.includes_part2 is True
    assert row.disclosed_by == casey.id
    [event] = _exports(ctx)
    assert event.record_id == str(call.id) and event.actor_id == casey.id
    assert str(result.disclosure_id) in event.detail and "part 2" in event.detail
    assert SCRIPTS["vietnamese"] not in event.detail
    assert ctx.audit.verify(ctx.database).intact

    plan = ctx.handoffs.safety_plan_pdf(casey, call.id, "es")
    assert "Mi plan de seguridad" in pdf_text(plan.pdf)
    rows = _disclosures(ctx)
    assert [r.document_kind for r in rows] == ["handoff", "safety_plan"]
    assert rows[1].recipient_kind == "caller" and rows[1].consent == "not_required"
    assert len(_exports(ctx)) == 2
    log = ctx.handoffs.disclosures(staff[Role.SUPERVISOR], call.id)
    assert [e.document_kind for e in log] == ["handoff", "safety_plan"]


def test_consent_refusal_and_emergency_override(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    record = complete_record(ctx, casey)
    declined = replace(
        record.disposition, follow_up_consent=False, follow_up_times="", referral_given=False
    )
    call = ctx.intake.complete(casey, replace(record, disposition=declined, referrals=()))
    for recipient in (Recipient.PEER, Recipient.CLINICIAN, Recipient.PSAP):
        with pytest.raises(ConsentRequiredError, match="declined"):
            ctx.handoffs.build(casey, call.id, recipient)
    assert _disclosures(ctx) == [] and _exports(ctx) == []
    with pytest.raises(ValidationError, match="needs a reason"):
        ctx.handoffs.build(casey, call.id, Recipient.CLINICIAN, override_reason="  ")
    result = ctx.handoffs.build(
        casey, call.id, Recipient.CLINICIAN, override_reason="Caller collapsed; ER clinician"
    )
    assert "Emergency override: Caller collapsed; ER clinician" in pdf_text(result.pdf)
    [row] = _disclosures(ctx)
    assert row.consent == "emergency_override"
    assert row.override_reason == "Caller collapsed; ER clinician"
    assert "emergency_override" in _exports(ctx)[0].detail


def test_emergency_handoffs_need_no_consent(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    casey = staff[Role.COUNSELOR]
    record = complete_record(ctx, casey)
    emergency = DispositionDetails(
        primary=Disposition.MOBILE_CRISIS_TEAM, mobile_team_dispatched=True, follow_up_consent=False
    )
    call = ctx.intake.complete(casey, replace(record, disposition=emergency, referrals=()))
    for recipient in (Recipient.MOBILE_TEAM, Recipient.PSAP):
        result = ctx.handoffs.build(casey, call.id, recipient)
        assert nfkc(record.caller.name) in nfkc(pdf_text(result.pdf))
    assert [r.consent for r in _disclosures(ctx)] == ["not_required", "not_required"]
    psap = next(r for r in _disclosures(ctx) if r.recipient_kind == "psap")
    assert psap.recipient_name == "Metro City 911"


def test_only_roles_that_export_may_export(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    call = _saved_call(ctx, staff[Role.COUNSELOR])
    with pytest.raises(PermissionDeniedError):
        ctx.handoffs.build(staff[Role.ADMINISTRATOR], call.id, Recipient.PEER)
    with pytest.raises(PermissionDeniedError):
        # Another counselor's call: the peer specialist may not open it.
        ctx.handoffs.build(staff[Role.PEER_SPECIALIST], call.id, Recipient.PEER)
    with UnitOfWork(ctx.database, write=False) as uow:
        assert uow.session.scalar(select(func.count()).select_from(Disclosure)) == 0


def test_saving_is_atomic_and_private(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: object
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    casey = staff[Role.COUNSELOR]
    call = _saved_call(ctx, casey)
    result = ctx.handoffs.build(casey, call.id, Recipient.PEER)
    target = folder / "out" / result.file_name
    ctx.handoffs.save(result, target)
    assert target.read_bytes() == result.pdf
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == [result.file_name]
