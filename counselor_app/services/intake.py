"""The intake workspace's use cases: calls, repeat callers, imminent risk, checklist templates.

A call is saved as one aggregate (the call row with its concerns, assessments, imminent-risk
steps, checklist runs, safety plan and referrals given) in one transaction, guarded by the call
row's version: a save based on an older version is refused with a ``ConflictError`` that carries
the record as it is now, so the person can compare and decide. Nothing is silently overwritten.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.orm import Session, load_only

from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import (
    Call,
    CallConcern,
    ChecklistItem,
    ChecklistRun,
    ChecklistTemplateRow,
    ImminentRiskStep,
    Referral,
    RiskAssessment,
    Service,
)
from counselor_app.db.models import (
    SafetyPlan as SafetyPlanRow,
)
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.retry import new_idempotency_key, run_unit_of_work
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, Role, SignedInUser, role_allows
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import (
    Caller,
    CallQuery,
    CallRecord,
    CallReferral,
    CallSource,
    CallStatus,
    CallSummary,
    CoResponder,
    Disposition,
    DispositionDetails,
    ImminentStep,
    ImminentStepKind,
    Outcomes,
    PriorCall,
    Transfer911,
    call_reference,
    missing_for_completion,
)
from counselor_app.domain.checklists import (
    ChecklistItemState,
    ChecklistRunState,
    ChecklistTemplate,
    parse_checklist_template,
)
from counselor_app.domain.errors import (
    ConflictError,
    DatabaseUnavailableError,
    KnownError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    msg,
)
from counselor_app.domain.risk import CssrsScreen, LifelineAssessment, RiskLevel
from counselor_app.domain.safety_plan import SECTION_TITLES, SafetyPlan
from counselor_app.domain.serialize import from_jsonable, to_jsonable
from counselor_app.phones import to_e164
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.break_glass import has_active_grant
from counselor_app.services.drafts import DraftStore
from counselor_app.services.events import ChangeBus
from counselor_app.services.keys import MATCH_KEY, DatabaseKeys
from counselor_app.services.outbox import CALL_COMPLETE, CALL_SAVE, Outbox, OutboxEntry
from counselor_app.services.reference import ReferenceData

TOPIC = "calls"
CSSRS_VERSION = "screener-2024"
REFERRAL_NOTE_LIMIT = CallReferral.NOTE_LIMIT
"""Longest note kept with a referral (characters, after control characters are removed)."""


def normalize_name(name: str) -> str:
    """Fold a caller name for matching: NFKD without accents, case-folded, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


class FollowUpScheduler(Protocol):
    """What completing a call needs of ``FollowUpService`` (scheduling in the same unit)."""

    def schedule_in(
        self, session: Session, user: SignedInUser, call: Call
    ) -> tuple[list[Any], list[uuid.UUID]]:
        """Schedule ``call``'s plan within ``session``; the ids created."""
        ...

    def published(self, ids: Sequence[uuid.UUID]) -> None:
        """Announce the follow-ups created, after the commit."""
        ...


class IntakeService:
    """Calls as the intake workspace and the calls list use them."""

    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        keys: DatabaseKeys,
        events: ChangeBus,
        reference: ReferenceData,
        region: str = "US",
        *,
        follow_ups: FollowUpScheduler | None = None,
    ) -> None:
        self._db = database
        self._audit = audit
        self._keys = keys
        keys.register(MATCH_KEY, _no_caller_keys_yet)
        self._events = events
        self.reference = reference
        self._region = region
        self._follow_ups = follow_ups
        self._outbox: Outbox | None = None
        self._drafts: DraftStore | None = None

    # --- matching keys -----------------------------------------------------------------------

    def _match_key(self, session: Session) -> bytes:
        return self._keys.get(session, MATCH_KEY, _no_caller_keys_yet)

    def _keyed(self, session: Session, text: str) -> str | None:
        if not text:
            return None
        return hmac.new(self._match_key(session), text.encode("utf-8"), hashlib.sha256).hexdigest()

    # --- starting, loading, saving -----------------------------------------------------------

    def new_call(self, user: SignedInUser, source: CallSource) -> CallRecord:
        """A new, unsaved call started now by ``user`` (the call timer starts here)."""
        with UnitOfWork(self._db, write=False) as uow:
            row = authorize(uow.session, user, Permission.CALL_TAKE)
            return CallRecord(
                id=uuid.uuid4(),
                source=source,
                counselor_id=row.id,
                counselor_name=row.display_name,
                started_at=datetime.now(UTC),
            )

    def load(self, user: SignedInUser, call_id: uuid.UUID) -> CallRecord:
        """The whole call; opening it is recorded in the audit trail."""
        with UnitOfWork(self._db) as uow:
            session = uow.session
            account = authorize(session, user, Permission.CALL_VIEW)
            row = session.get(Call, call_id)
            if row is None:
                raise NotFoundError("That call no longer exists.")
            detail = ""
            if not _may_see(account, row):
                if not has_active_grant(session, account.id, row.id):
                    raise _not_yours()
                detail = "break-glass"
            record = self._to_record(session, row)
            self._audit.record(session, Actor.of(user), AuditAction.VIEW, "call", row.id, detail)
            uow.commit()
            return record

    def save(
        self, user: SignedInUser, record: CallRecord, *, idempotency_key: str | None = None
    ) -> CallRecord:
        """Store the whole call; returns it with its new version.

        When the shared database cannot be reached and an outbox is attached, the call is
        kept in the outbox instead and returned with its version unchanged; it is sent when
        the database answers again (see ``services.outbox``).
        """
        return self._store(user, record, None, idempotency_key)

    def complete(
        self, user: SignedInUser, record: CallRecord, *, idempotency_key: str | None = None
    ) -> CallRecord:
        """Check that nothing required is missing, stop the call timer and save."""
        missing = missing_for_completion(record)
        if missing:
            raise ValidationError("The call cannot be completed yet.", tuple(missing))
        finished = replace(
            record,
            status=CallStatus.COMPLETED,
            ended_at=record.ended_at or datetime.now(UTC),
        )
        return self._store(user, finished, "completed", idempotency_key)

    # --- offline outbox ----------------------------------------------------------------------

    def attach_outbox(self, outbox: Outbox, drafts: DraftStore | None = None) -> None:
        """Keep saves in ``outbox`` while the database is unreachable; replay them from it.

        A replayed save that meets a conflict stays held in the outbox and, with ``drafts``,
        is also offered back as a draft: resuming and saving it opens the compare view.
        """
        self._outbox = outbox
        self._drafts = drafts
        outbox.register(CALL_SAVE, self._replay, self._on_held)
        outbox.register(CALL_COMPLETE, self._replay, self._on_held)

    def _store(
        self, user: SignedInUser, record: CallRecord, action: str | None, key: str | None
    ) -> CallRecord:
        key = key or new_idempotency_key()
        outbox = self._outbox
        target = f"call:{record.id}"
        if outbox is not None:
            record = replace(record, version=outbox.rebased(target, record.version))
            if outbox.must_queue(target):
                return self._keep_offline(outbox, user, record, action, key)
        try:
            saved = self._write(user, record, action, key)
        except DatabaseUnavailableError:
            if outbox is None:
                raise
            return self._keep_offline(outbox, user, record, action, key)
        if outbox is not None:
            outbox.supersede(target)  # a held older save of this call is resolved by this one
        self._events.publish(TOPIC, str(saved.id))
        return saved

    def _keep_offline(
        self,
        outbox: Outbox,
        user: SignedInUser,
        record: CallRecord,
        action: str | None,
        key: str,
    ) -> CallRecord:
        prepared = self._prepared(record)  # refuse bad input now, not at replay
        outbox.enqueue(
            CALL_COMPLETE if action == "completed" else CALL_SAVE,
            f"call:{record.id}",
            user,
            {"record": to_jsonable(prepared)},
            key,
        )
        return prepared

    def _replay(self, entry: OutboxEntry) -> None:
        """Send one kept save (the outbox calls this when the database answers again)."""
        outbox = self._outbox
        assert outbox is not None
        record = from_jsonable(CallRecord, entry.data["record"])
        base = record.version
        record = replace(record, version=outbox.rebased(entry.target, base))
        action = "completed" if entry.kind == CALL_COMPLETE else None
        saved = self._write(entry.user, record, action, entry.key)
        outbox.note_applied(entry.target, base, saved.version)
        self._events.publish(TOPIC, str(saved.id))

    def _on_held(self, entry: OutboxEntry, error: KnownError) -> None:
        """A kept save was refused: offer it back as a draft (its save shows the compare view)."""
        if self._drafts is None or self._outbox is None:
            return
        record = from_jsonable(CallRecord, entry.data["record"])
        record = replace(record, version=self._outbox.rebased(entry.target, record.version))
        self._drafts.save(record)

    def sign(self, user: SignedInUser, call_id: uuid.UUID, version: int) -> CallRecord:
        """A supervisor's review signature on a completed call."""
        with UnitOfWork(self._db) as uow:
            session = uow.session
            account = authorize(session, user, Permission.CALL_SIGN)
            row = session.get(Call, call_id)
            if row is None:
                raise NotFoundError("That call no longer exists.")
            if row.version != version:
                raise self._conflict(session, row)
            if row.status != CallStatus.COMPLETED:
                raise KnownError("Only a completed call can be signed.", "Complete the call first.")
            row.status = CallStatus.SIGNED
            row.signed_by = account.id
            row.signed_at = database_now(session)
            self._audit.record(
                session, Actor.of(user), AuditAction.UPDATE, "call", row.id, "signed"
            )
            uow.commit()
            record = self._to_record(session, row)
        self._events.publish(TOPIC, str(call_id))
        return record

    def _write(
        self,
        user: SignedInUser,
        record: CallRecord,
        action: str | None,
        idempotency_key: str | None = None,
    ) -> CallRecord:
        record = self._prepared(record)
        scheduled: list[uuid.UUID] = []

        def work(uow: UnitOfWork) -> CallRecord:
            scheduled.clear()
            saved, created = self._write_in(uow.session, user, record, action)
            scheduled.extend(created)
            return saved

        def replayed(uow: UnitOfWork, outcome: str) -> CallRecord:
            # Committed by an earlier run whose answer was lost: the same answer, re-read.
            return self._answer_again(uow.session, record, int(outcome or record.version + 1))

        try:
            saved = run_unit_of_work(
                self._db,
                work,
                idempotency_key=idempotency_key or new_idempotency_key(),
                operation=f"call.{action or 'save'}",
                outcome=lambda answer: str(answer.version),
                replayed=replayed,
            )
        except ConflictError as exc:
            if exc.current is not None:
                raise
            # The version counter caught a save committed between our check and our write:
            # read the call as it is now, so the person can compare.
            raise self._conflict_now(user, record.id) from None
        if self._follow_ups is not None and scheduled:
            self._follow_ups.published(scheduled)
        return saved

    def _write_in(
        self, session: Session, user: SignedInUser, record: CallRecord, action: str | None
    ) -> tuple[CallRecord, list[uuid.UUID]]:
        """The whole write of one call inside ``session`` (not committed)."""
        account = authorize(session, user, Permission.CALL_TAKE)
        _check_referred_services(session, record.referrals)
        # Matching keys first: reading them must not flush a half-applied row.
        name_key = self._keyed(session, normalize_name(record.caller.name))
        number_key = self._keyed(session, record.caller.callback_number)
        row = session.get(Call, record.id)
        if row is None:
            if record.version != 0:
                raise NotFoundError("This call was deleted from the database.")
            row = Call(id=record.id, counselor_id=account.id, started_at=record.started_at)
            audit_action = AuditAction.CREATE
        else:
            _check_may_see(account, row)
            if row.version != record.version:
                raise self._conflict(session, row)
            if row.status == CallStatus.SIGNED:
                raise KnownError(
                    "This call was signed by a supervisor and can no longer be changed.",
                    "Add what is missing as a note on a new call, or ask the supervisor.",
                )
            audit_action = AuditAction.UPDATE
            row.updated_at = datetime.now(UTC)  # every save is one new version
        with session.no_autoflush:
            self._apply(row, record, name_key, number_key)
            session.add(row)
        session.flush()  # one INSERT, or one UPDATE checked against the version read
        referrals = self._replace_children(
            session, row, record, account, new=audit_action is AuditAction.CREATE
        )
        session.flush()
        self._audit.record(session, Actor.of(user), audit_action, "call", row.id, action or "")
        scheduled = self._schedule_follow_ups(session, user, row)
        # What was written is exactly ``record``; only the version is new (no re-read needed),
        # and the referrals say who gave them as the database now records it.
        return replace(record, version=row.version, referrals=referrals), scheduled

    def _prepared(self, record: CallRecord) -> CallRecord:
        """``record`` checked and normalised for storage (``ValidationError`` otherwise)."""
        if record.status is not CallStatus.OPEN:
            # An edit of a completed call must still be a complete call.
            missing = missing_for_completion(record)
            if missing:
                raise ValidationError(
                    "This change would leave the call incomplete.", tuple(missing)
                )
        return self._normalized(record)

    def _conflict_now(self, user: SignedInUser, call_id: uuid.UUID) -> ConflictError:
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.CALL_TAKE)
            row = uow.session.get(Call, call_id)
            if row is None:
                return ConflictError("Someone else removed this call while you worked on it.")
            return self._conflict(uow.session, row)

    def _answer_again(self, session: Session, record: CallRecord, version: int) -> CallRecord:
        """The answer of a save that committed before (its version; referrals as recorded)."""
        rows = {
            r.id: r for r in session.scalars(select(Referral).where(Referral.call_id == record.id))
        }
        referrals = tuple(
            replace(r, given_by=_display_name(session, rows[r.id].given_by)) if r.id in rows else r
            for r in record.referrals
        )
        return replace(record, version=version, referrals=referrals)

    def _schedule_follow_ups(
        self, session: Session, user: SignedInUser, row: Call
    ) -> list[uuid.UUID]:
        """A completed call with consent gets its follow-up plan in the same transaction.

        Idempotent: a later save of the call finds the plan scheduled and adds nothing. A call
        whose consent is given after completion (a correction) is scheduled on that save.
        """
        if self._follow_ups is None:
            return []
        if row.status not in (CallStatus.COMPLETED, CallStatus.SIGNED):
            return []
        if row.follow_up_consent is not True:
            return []
        _rows, created = self._follow_ups.schedule_in(session, user, row)
        return created

    def _conflict(self, session: Session, row: Call) -> ConflictError:
        return ConflictError(
            "Someone else saved this call while you were working on it.",
            "Nothing was overwritten. Compare the two versions and choose what to keep.",
            current=self._to_record(session, row),
        )

    def _normalized(self, record: CallRecord) -> CallRecord:
        caller = record.caller
        problems: list[str] = []
        number = caller.callback_number
        try:
            number = to_e164(caller.callback_number, self._region)
        except ValidationError as exc:
            problems.append(
                msg("Call-back number: {problem} {hint}", problem=exc.message, hint=exc.hint)
                if exc.hint
                else msg("Call-back number: {problem}", problem=exc.message)
            )
        follow_number = record.disposition.follow_up_number
        try:
            follow_number = to_e164(follow_number, self._region)
        except ValidationError as exc:
            problems.append(msg("Follow-up number: {problem}", problem=exc.message))
        if caller.age is not None and not 0 <= caller.age <= 125:
            problems.append(msg("Age: give a number between 0 and 125, or leave it empty."))
        if caller.latitude is not None and not -90 <= caller.latitude <= 90:
            problems.append(msg("Latitude must be between -90 and 90."))
        if caller.longitude is not None and not -180 <= caller.longitude <= 180:
            problems.append(msg("Longitude must be between -180 and 180."))
        known = {c.code for c in self.reference.concerns}
        unknown = [c for c in record.concerns if c not in known]
        if unknown:
            problems.append(
                msg("Unknown presenting concern codes: {codes}.", codes=", ".join(unknown))
            )
        referrals = _normalized_referrals(record.referrals, problems)
        if problems:
            raise ValidationError(
                "Some of what was typed cannot be saved as it is.", tuple(problems)
            )
        return replace(
            record,
            concerns=self._in_form_order(record.concerns),
            caller=replace(caller, callback_number=number),
            referrals=referrals,
            disposition=replace(
                record.disposition,
                follow_up_number=follow_number,
                # A referral from the directory is a referral given; the counselor may also
                # tick it for one given without the directory.
                referral_given=record.disposition.referral_given or bool(referrals),
            ),
        )

    def _in_form_order(self, codes: Iterable[str]) -> tuple[str, ...]:
        """Concerns are a set; keep them in the order the form lists them."""
        order = {c.code: n for n, c in enumerate(self.reference.concerns)}
        return tuple(
            sorted(dict.fromkeys(codes), key=lambda code: (order.get(code, 1 << 30), code))
        )

    # --- mapping between the record and the rows ----------------------------------------------

    def _apply(
        self, row: Call, record: CallRecord, name_key: str | None, number_key: str | None
    ) -> None:
        t, c, d, o = record.transfer, record.caller, record.disposition, record.disposition.outcomes
        row.source = record.source
        row.status = record.status
        row.started_at = record.started_at
        row.ended_at = record.ended_at
        row.cad_incident_number = t.cad_incident_number or None
        row.psap_name = t.psap_name or None
        row.transferred_at = t.transferred_at
        row.telecommunicator = t.telecommunicator or None
        row.nature_of_call = t.nature_of_call or None
        row.officer_on_standby = t.officer_on_standby
        row.co_responder_officer = record.co_responder.officer or None
        row.co_responder_unit = record.co_responder.unit or None
        row.anonymous = c.anonymous
        row.caller_name = c.name or None
        row.caller_name_key = name_key
        row.preferred_name = c.preferred_name or None
        row.pronouns = c.pronouns or None
        row.age = c.age
        row.age_range = c.age_range or None
        row.language = c.language or None
        row.interpreter_used = c.interpreter_used
        row.callback_number = c.callback_number or None
        row.callback_key = number_key
        row.location_address = c.address or None
        row.location_cross_streets = c.cross_streets or None
        row.latitude = c.latitude
        row.longitude = c.longitude
        row.third_party = c.third_party
        row.third_party_relationship = c.third_party_relationship or None
        row.narrative = record.narrative or None
        row.risk_level = record.risk_level
        row.disposition = d.primary
        row.mobile_team_dispatched = d.mobile_team_dispatched
        row.warm_transfer_to = d.warm_transfer_to or None
        row.ems_requested = d.ems_requested
        row.police_requested = d.police_requested
        row.returned_to_911 = d.returned_to_911
        row.referral_given = d.referral_given
        row.follow_up_consent = d.follow_up_consent
        row.follow_up_times = d.follow_up_times or None
        row.follow_up_number = d.follow_up_number or None
        row.police_avoided = o.police_avoided
        row.ems_avoided = o.ems_avoided
        row.arrest_avoided = o.arrest_avoided
        row.hospitalization_avoided = o.hospitalization_avoided
        row.substance_use_info = record.substance_use_info

    def _replace_children(
        self,
        session: Session,
        row: Call,
        record: CallRecord,
        account: StaffAccountRow,
        *,
        new: bool,
    ) -> tuple[CallReferral, ...]:
        """Write everything the call row owns; returns the referrals as now recorded."""
        call_id = row.id
        now = datetime.now(UTC)
        wanted_codes = list(dict.fromkeys(record.concerns))
        kept = [] if new else [c for c in row.concerns if c.concern_code in wanted_codes]
        have = {c.concern_code for c in kept}
        row.concerns = kept + [
            CallConcern(concern_code=code) for code in wanted_codes if code not in have
        ]
        previous = {
            r.kind: r
            for r in session.scalars(
                select(RiskAssessment).where(RiskAssessment.call_id == call_id)
            )
        }
        wanted: dict[str, tuple[Any, RiskLevel, bool, str | None, str]] = {}
        if record.cssrs is not None:
            from counselor_app.domain.risk import triage

            wanted["cssrs"] = (record.cssrs, triage(record.cssrs), False, None, CSSRS_VERSION)
        if record.lifeline is not None:
            grid = self.reference.lifeline_grid
            lifeline = record.lifeline
            wanted["lifeline"] = (
                lifeline,
                lifeline.level(),
                lifeline.imminent,
                lifeline.formulation(grid),
                lifeline.grid_version or grid.version,
            )
        for kind, old in previous.items():
            if kind not in wanted:
                session.delete(old)
        for kind, (answers, level, imminent, formulation, version) in wanted.items():
            assessment = previous.get(kind) or RiskAssessment(
                id=uuid.uuid4(),
                call_id=call_id,
                kind=kind,
                performed_by=account.id,
                performed_at=now,
            )
            assessment.answers = to_jsonable(answers)
            assessment.risk_level = level
            assessment.imminent = imminent
            assessment.formulation = formulation
            assessment.instrument_version = version
            session.add(assessment)
        if not new:
            session.execute(delete(ImminentRiskStep).where(ImminentRiskStep.call_id == call_id))
        for step in record.imminent_steps:
            session.add(
                ImminentRiskStep(
                    id=uuid.uuid4(),
                    call_id=call_id,
                    step=step.kind.value,
                    done_at=step.done_at,
                    done_by=account.id if step.done_at else None,
                    note=(f"{step.done_by}: {step.note}" if step.note else step.done_by) or None,
                )
            )
        if not new:
            old_runs = session.scalars(
                select(ChecklistRun).where(ChecklistRun.call_id == call_id)
            ).all()
            for run in old_runs:
                session.delete(run)
            if old_runs:
                session.flush()
        for run_state in record.checklists:
            run = ChecklistRun(
                id=run_state.id,
                call_id=call_id,
                template_key=run_state.template_key,
                template_version=run_state.template_version,
                title=run_state.title[:120],
                started_at=run_state.started_at,
                completed_at=max((i.done_at for i in run_state.items if i.done_at), default=None)
                if run_state.complete
                else None,
            )
            for position, item in enumerate(run_state.items):
                run.items.append(
                    ChecklistItem(
                        id=uuid.uuid4(),
                        item_key=item.key,
                        label=item.label[:300],
                        position=position,
                        done_at=item.done_at,
                        done_by=account.id if item.done_at else None,
                        note=item.note or None,
                    )
                )
            session.add(run)
        plan_row = (
            None
            if new
            else session.scalars(
                select(SafetyPlanRow).where(SafetyPlanRow.call_id == call_id)
            ).one_or_none()
        )
        plan = record.safety_plan
        if plan.is_empty and plan_row is not None:
            session.delete(plan_row)
        elif not plan.is_empty:
            if plan_row is None:
                plan_row = SafetyPlanRow(id=uuid.uuid4(), call_id=call_id, created_by=account.id)
                session.add(plan_row)
            for key, _title, text in plan.sections():
                setattr(plan_row, key, text or None)
            plan_row.language = plan.language
            plan_row.callback_key = row.callback_key
        return _replace_referrals(session, call_id, record.referrals, account, new=new)

    def _to_record(self, session: Session, row: Call) -> CallRecord:
        counselor = session.get(StaffAccountRow, row.counselor_id)
        signer = session.get(StaffAccountRow, row.signed_by) if row.signed_by else None
        assessments = {
            a.kind: a
            for a in session.scalars(select(RiskAssessment).where(RiskAssessment.call_id == row.id))
        }
        cssrs = (
            from_jsonable(CssrsScreen, assessments["cssrs"].answers)
            if "cssrs" in assessments
            else None
        )
        lifeline = (
            from_jsonable(LifelineAssessment, assessments["lifeline"].answers)
            if "lifeline" in assessments
            else None
        )
        steps = []
        for s in session.scalars(
            select(ImminentRiskStep).where(ImminentRiskStep.call_id == row.id)
        ):
            by, _, note = (s.note or "").partition(": ")
            steps.append(ImminentStep(ImminentStepKind(s.step), s.done_at, by, note))
        order = list(ImminentStepKind)
        steps.sort(key=lambda s: order.index(s.kind))
        runs = tuple(
            ChecklistRunState(
                id=run.id,
                template_key=run.template_key,
                template_version=run.template_version,
                title=run.title,
                started_at=run.started_at,
                items=tuple(
                    ChecklistItemState(i.item_key, i.label, i.done_at, i.note or "")
                    for i in run.items
                ),
            )
            for run in session.scalars(
                select(ChecklistRun)
                .where(ChecklistRun.call_id == row.id)
                .order_by(ChecklistRun.started_at)
            )
        )
        plan_row = session.scalars(
            select(SafetyPlanRow).where(SafetyPlanRow.call_id == row.id)
        ).one_or_none()
        plan = _plan_from_row(plan_row) if plan_row is not None else SafetyPlan()
        referral_rows = session.scalars(
            select(Referral)
            .where(Referral.call_id == row.id)
            .order_by(Referral.given_at, Referral.id)
        ).all()
        return CallRecord(
            id=row.id,
            version=row.version,
            source=CallSource(row.source),
            status=CallStatus(row.status),
            counselor_id=row.counselor_id,
            counselor_name=counselor.display_name if counselor else "",
            started_at=row.started_at,
            ended_at=row.ended_at,
            transfer=Transfer911(
                cad_incident_number=row.cad_incident_number or "",
                psap_name=row.psap_name or "",
                transferred_at=row.transferred_at,
                telecommunicator=row.telecommunicator or "",
                nature_of_call=row.nature_of_call or "",
                officer_on_standby=row.officer_on_standby,
            ),
            co_responder=CoResponder(row.co_responder_officer or "", row.co_responder_unit or ""),
            caller=Caller(
                anonymous=row.anonymous,
                name=row.caller_name or "",
                preferred_name=row.preferred_name or "",
                pronouns=row.pronouns or "",
                age=row.age,
                age_range=row.age_range or "",
                language=row.language or "",
                interpreter_used=row.interpreter_used,
                callback_number=row.callback_number or "",
                address=row.location_address or "",
                cross_streets=row.location_cross_streets or "",
                latitude=row.latitude,
                longitude=row.longitude,
                third_party=row.third_party,
                third_party_relationship=row.third_party_relationship or "",
            ),
            concerns=self._in_form_order(c.concern_code for c in row.concerns),
            narrative=row.narrative or "",
            cssrs=cssrs,
            lifeline=lifeline,
            imminent_steps=tuple(steps),
            checklists=runs,
            safety_plan=plan,
            referrals=tuple(_referral_from_row(session, r) for r in referral_rows),
            disposition=DispositionDetails(
                primary=Disposition(row.disposition) if row.disposition else None,
                mobile_team_dispatched=row.mobile_team_dispatched,
                warm_transfer_to=row.warm_transfer_to or "",
                ems_requested=row.ems_requested,
                police_requested=row.police_requested,
                returned_to_911=row.returned_to_911,
                referral_given=row.referral_given,
                follow_up_consent=row.follow_up_consent,
                follow_up_times=row.follow_up_times or "",
                follow_up_number=row.follow_up_number or "",
                outcomes=Outcomes(
                    row.police_avoided,
                    row.ems_avoided,
                    row.arrest_avoided,
                    row.hospitalization_avoided,
                ),
            ),
            substance_use_info=row.substance_use_info,
            signed_by=signer.display_name if signer else "",
            signed_at=row.signed_at,
        )

    # --- lists -------------------------------------------------------------------------------

    def search(self, user: SignedInUser, query: CallQuery) -> list[CallSummary]:
        """Calls matching ``query`` that the user may see, newest first."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            account = authorize(session, user, Permission.CALL_VIEW)
            stmt = (
                select(Call, StaffAccountRow.display_name)
                .options(_SUMMARY_COLUMNS)
                .join(StaffAccountRow, Call.counselor_id == StaffAccountRow.id)
                .order_by(Call.started_at.desc())
                .limit(max(1, min(query.limit, 2000)))
            )
            if query.mine_only or not role_allows(Role(account.role), Permission.CALL_VIEW_ALL):
                stmt = stmt.where(Call.counselor_id == account.id)
            if query.open_only:
                stmt = stmt.where(Call.status == CallStatus.OPEN)
            if query.imminent_only:
                stmt = stmt.where(Call.risk_level == RiskLevel.IMMINENT)
            if query.started_from is not None:
                stmt = stmt.where(Call.started_at >= query.started_from)
            if query.started_before is not None:
                stmt = stmt.where(Call.started_at < query.started_before)
            cad = "".join(ch for ch in query.cad_incident_number if ch.isprintable()).strip()
            if cad:
                escaped = cad.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                stmt = stmt.where(Call.cad_incident_number.like(f"{escaped}%", escape="\\"))
            name = normalize_name(query.caller_name)
            if name:
                stmt = stmt.where(Call.caller_name_key == self._keyed(session, name))
            return [_summary(call, counselor) for call, counselor in session.execute(stmt)]

    def live_imminent_calls(self, user: SignedInUser) -> list[CallSummary]:
        """Open calls at imminent risk, on every workstation (for supervisors)."""
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.IMMINENT_MONITOR)
            stmt = (
                select(Call, StaffAccountRow.display_name)
                .options(_SUMMARY_COLUMNS)
                .join(StaffAccountRow, Call.counselor_id == StaffAccountRow.id)
                .where(Call.status == CallStatus.OPEN, Call.risk_level == RiskLevel.IMMINENT)
                .order_by(Call.started_at)
            )
            return [_summary(call, counselor) for call, counselor in uow.session.execute(stmt)]

    def prior_calls(
        self,
        user: SignedInUser,
        callback_number: str,
        caller_name: str,
        exclude: uuid.UUID | None = None,
    ) -> list[PriorCall]:
        """Earlier calls with the same call-back number or caller name, newest first."""
        try:
            number = to_e164(callback_number, self._region)
        except ValidationError:
            number = ""
        name = normalize_name(caller_name)
        if not number and not name:
            return []
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            authorize(session, user, Permission.CALL_TAKE)
            number_key = self._keyed(session, number)
            name_key = self._keyed(session, name)
            conditions = []
            if number_key:
                conditions.append(Call.callback_key == number_key)
            if name_key:
                conditions.append(Call.caller_name_key == name_key)
            has_plan = exists().where(SafetyPlanRow.call_id == Call.id)
            stmt = (
                select(Call, has_plan)
                .options(_SUMMARY_COLUMNS)
                .where(or_(*conditions))
                .order_by(Call.started_at.desc())
                .limit(20)
            )
            if exclude is not None:
                stmt = stmt.where(Call.id != exclude)
            result = []
            for call, plan in session.execute(stmt):
                by = [
                    what
                    for what, hit in (
                        ("number", number_key and call.callback_key == number_key),
                        ("name", name_key and call.caller_name_key == name_key),
                    )
                    if hit
                ]
                result.append(
                    PriorCall(
                        id=call.id,
                        reference=call_reference(call.id, call.started_at),
                        started_at=call.started_at,
                        risk_level=RiskLevel(call.risk_level),
                        disposition=Disposition(call.disposition) if call.disposition else None,
                        has_safety_plan=bool(plan),
                        matched_by=" and ".join(by),
                    )
                )
            return result

    def latest_safety_plan(self, user: SignedInUser, prior_call_id: uuid.UUID) -> SafetyPlan:
        """The safety plan of an earlier call, to carry forward into the current one."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            authorize(session, user, Permission.CALL_TAKE)
            plan_row = session.scalars(
                select(SafetyPlanRow).where(SafetyPlanRow.call_id == prior_call_id)
            ).one_or_none()
            if plan_row is None:
                raise NotFoundError("That call has no safety plan.")
            return _plan_from_row(plan_row)

    # --- checklist templates -----------------------------------------------------------------

    def checklist_templates(self, user: SignedInUser) -> list[ChecklistTemplate]:
        """Shipped templates, replaced by an administrator's imported version of the same key."""
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.CALL_VIEW)
            imported = {
                row.key: parse_checklist_template(row.body)
                for row in uow.session.scalars(
                    select(ChecklistTemplateRow)
                    .where(ChecklistTemplateRow.active.is_(True))
                    .order_by(ChecklistTemplateRow.created_at)
                )
            }
        merged = {t.key: t for t in self.reference.checklists}
        merged.update(imported)
        return sorted(merged.values(), key=lambda t: t.title.casefold())

    def import_checklist_template(self, user: SignedInUser, text: str) -> ChecklistTemplate:
        """Validate and store a template; it replaces the active one with the same key."""
        template = parse_checklist_template(text)
        with UnitOfWork(self._db) as uow:
            session = uow.session
            account = authorize(session, user, Permission.CHECKLIST_MANAGE)
            same = session.get(ChecklistTemplateRow, (template.key, template.version))
            body = json.dumps(template.to_dict(), ensure_ascii=False, sort_keys=True)
            if same is not None and same.body != body:
                raise ValidationError(
                    "This checklist template cannot be imported.",
                    (
                        msg(
                            "Version {version} of '{key}' already exists with different items. "
                            "Give the new template a new version.",
                            version=template.version,
                            key=template.key,
                        ),
                    ),
                )
            for row in session.scalars(
                select(ChecklistTemplateRow).where(ChecklistTemplateRow.key == template.key)
            ):
                row.active = False
            if same is None:
                same = ChecklistTemplateRow(
                    key=template.key,
                    template_version=template.version,
                    title=template.title,
                    body=body,
                    imported_by=account.id,
                )
                session.add(same)
            same.active = True
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.CREATE,
                "checklist_template",
                f"{template.key}@{template.version}",
            )
            uow.commit()
        self._events.publish("checklists", template.key)
        return template


def _plan_from_row(row: SafetyPlanRow) -> SafetyPlan:
    """The domain safety plan stored in ``row``."""
    sections = {key: getattr(row, key) or "" for key in SECTION_TITLES}
    return SafetyPlan(**sections, language=row.language)


def _normalized_referrals(
    referrals: tuple[CallReferral, ...], problems: list[str]
) -> tuple[CallReferral, ...]:
    """Referrals cleaned for storage, in the order they were given; problems are appended."""
    now = datetime.now(UTC)
    cleaned: list[CallReferral] = []
    seen: set[uuid.UUID] = set()
    for referral in referrals:
        clean = referral.cleaned()
        label = clean.service_name or clean.service_id or msg("a service")
        if not clean.service_id:
            problems.append(
                msg("Referral to {service}: it names no directory service.", service=label)
            )
        if clean.id in seen:
            problems.append(msg("Referral to {service}: it is listed twice.", service=label))
        seen.add(clean.id)
        if len(clean.note) > REFERRAL_NOTE_LIMIT:
            problems.append(
                msg(
                    "Referral note for {service}: at most {limit} characters ({typed} typed). "
                    "Shorten it or move the rest to the narrative.",
                    service=label,
                    limit=REFERRAL_NOTE_LIMIT,
                    typed=len(clean.note),
                )
            )
        cleaned.append(
            replace(
                clean,
                service_name=clean.service_name or clean.service_id,
                given_at=clean.given_at or now,
            )
        )
    return tuple(sorted(cleaned, key=lambda r: r.order_key))


def _check_referred_services(session: Session, referrals: tuple[CallReferral, ...]) -> None:
    """Refuse (with the reason) referrals to services that are no longer in the directory.

    The services found stay locked against deletion until the transaction ends (PostgreSQL
    ``FOR KEY SHARE``; SQLite's write transaction already excludes other writers), so the
    referral rows' foreign keys cannot fail after this check.
    """
    wanted = {r.service_id for r in referrals}
    if not wanted:
        return
    found = set(
        session.scalars(
            select(Service.id)
            .where(Service.id.in_(sorted(wanted)))
            .with_for_update(read=True, key_share=True)
        )
    )
    missing = [r for r in referrals if r.service_id not in found]
    if missing:
        raise ValidationError(
            "A referral on this call points to a service that is no longer in the directory.",
            tuple(
                msg(
                    "Referral to {service}: the service was removed from the directory.",
                    service=r.service_name or r.service_id,
                )
                for r in missing
            ),
            "Remove that referral and choose a current service in the directory. "
            "Nothing else was lost: the rest of the call is still on screen.",
        )


def _replace_referrals(
    session: Session,
    call_id: uuid.UUID,
    referrals: tuple[CallReferral, ...],
    account: StaffAccountRow,
    *,
    new: bool,
) -> tuple[CallReferral, ...]:
    """Keep referral rows by id, add the new ones, delete those removed from the record.

    A new referral is recorded as given by the person saving it; an existing one keeps who
    gave it. Returns the referrals as the database now has them (``given_by`` as a name).
    """
    existing = (
        {}
        if new
        else {r.id: r for r in session.scalars(select(Referral).where(Referral.call_id == call_id))}
    )
    wanted = {r.id for r in referrals}
    for referral_id, old in existing.items():
        if referral_id not in wanted:
            session.delete(old)
    result = []
    for referral in referrals:
        ref_row = existing.get(referral.id)
        if ref_row is None:
            ref_row = Referral(id=referral.id, call_id=call_id, given_by=account.id)
            session.add(ref_row)
        ref_row.service_id = referral.service_id
        ref_row.service_name = referral.service_name
        ref_row.organization_name = referral.organization_name or None
        ref_row.phone = referral.phone or None
        ref_row.note = referral.note or None
        ref_row.warm_handoff = referral.warm_handoff
        ref_row.given_at = referral.given_at or datetime.now(UTC)
        result.append(replace(referral, given_by=_display_name(session, ref_row.given_by)))
    return tuple(result)


def _referral_from_row(session: Session, row: Referral) -> CallReferral:
    return CallReferral(
        id=row.id,
        service_id=row.service_id,
        service_name=row.service_name,
        organization_name=row.organization_name or "",
        phone=row.phone or "",
        note=row.note or "",
        warm_handoff=row.warm_handoff,
        given_at=row.given_at,
        given_by=_display_name(session, row.given_by),
    )


def _display_name(session: Session, account_id: uuid.UUID) -> str:
    account = session.get(StaffAccountRow, account_id)
    return account.display_name if account is not None else ""


def _no_caller_keys_yet(session: Session) -> bool:
    found = session.execute(
        select(Call.id)
        .where(or_(Call.callback_key.is_not(None), Call.caller_name_key.is_not(None)))
        .limit(1)
    ).first()
    return found is None


def _may_see(account: StaffAccountRow, row: Call) -> bool:
    return row.counselor_id == account.id or role_allows(
        Role(account.role), Permission.CALL_VIEW_ALL
    )


_SUMMARY_COLUMNS = load_only(
    Call.source,
    Call.status,
    Call.started_at,
    Call.ended_at,
    Call.risk_level,
    Call.disposition,
    Call.cad_incident_number,
    Call.callback_key,
    Call.caller_name_key,
    Call.counselor_id,
    Call.version,
)
"""What call lists read: no encrypted column, so lists cost no decryption."""


def _not_yours() -> PermissionDeniedError:
    return PermissionDeniedError(
        "This call was taken by another counselor.",
        "Ask a supervisor, or break the glass (with a reason) if you must see it now.",
    )


def _check_may_see(account: StaffAccountRow, row: Call) -> None:
    if not _may_see(account, row):
        raise _not_yours()


def _summary(call: Call, counselor_name: str) -> CallSummary:
    return CallSummary(
        id=call.id,
        reference=call_reference(call.id, call.started_at),
        source=CallSource(call.source),
        status=CallStatus(call.status),
        started_at=call.started_at,
        ended_at=call.ended_at,
        risk_level=RiskLevel(call.risk_level),
        disposition=Disposition(call.disposition) if call.disposition else None,
        counselor_name=counselor_name,
        cad_incident_number=call.cad_incident_number,
    )
