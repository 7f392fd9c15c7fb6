"""Follow-ups: plans by risk, the shared queue, claims without collisions, attempts, calendar.

Every change is one unit of work that also writes its audit entry (ids and fixed words only)
and, on PostgreSQL, a ``NOTIFY follow_ups, '<id>'`` delivered to the other workstations when
the transaction commits; after the commit the change is published on the in-process bus.

Claiming is one conditional ``UPDATE ... WHERE id = :id AND status = 'scheduled' AND
assigned_to IS NULL``: the database decides, so of several workstations claiming at the same
moment exactly one changes the row and every other is told who has it.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import Select, bindparam, case, func, select, type_coerce, update
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from counselor_app.atomic import atomic_write_bytes
from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import Call, FollowUp, FollowUpAttempt
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.retry import new_idempotency_key, run_unit_of_work
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, Role, SignedInUser, role_allows
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import CallStatus, call_reference
from counselor_app.domain.directory import center_zone, clock
from counselor_app.domain.errors import (
    ConfigurationError,
    ConflictError,
    DatabaseUnavailableError,
    KnownError,
    Message,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    msg,
)
from counselor_app.domain.follow_ups import (
    OPEN_STATUSES,
    AttemptRecord,
    AttemptResult,
    ContactMethod,
    FollowUpCounts,
    FollowUpDetail,
    FollowUpOutcome,
    FollowUpPlans,
    FollowUpStatus,
    FollowUpSummary,
    QueueView,
    client_initials,
    local_date,
    local_day_bounds,
    parse_follow_up_plans,
    schedule_plan,
    week_bounds,
)
from counselor_app.domain.risk import RiskLevel
from counselor_app.domain.serialize import from_jsonable, to_jsonable
from counselor_app.phones import to_e164
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.events import ChangeBus
from counselor_app.services.notify import notify
from counselor_app.services.outbox import FOLLOW_UP_ATTEMPT, Outbox, OutboxEntry

TOPIC = "follow_ups"
PLANS_FILE = "follow-up-plans.json"
MAX_ATTEMPTS_RANGE = range(1, 11)
FUTURE_TOLERANCE = timedelta(minutes=5)
"""An attempt may be stamped this far ahead of the database clock (workstation clock drift)."""
QUEUE_LIMIT = 500
_VIEW = Permission.FOLLOW_UP_VIEW


def load_follow_up_plans(path: Path) -> FollowUpPlans:
    """Read and validate a plans file; ``ConfigurationError`` names the file and the problem."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(
            msg(
                "The follow-up plans file {file} cannot be read ({error}).",
                file=str(path),
                error=type(exc).__name__,
            ),
            "Restore the file or set follow_up_plans_file to a readable file.",
        ) from None
    except json.JSONDecodeError as exc:
        raise ConfigurationError(
            msg(
                "The follow-up plans file {file} is not valid JSON "
                "(line {line}, column {column}: {error}).",
                file=str(path),
                line=exc.lineno,
                column=exc.colno,
                error=exc.msg,
            ),
            "Correct the file (see the administrator guide, 'Follow-up plans').",
        ) from None
    except (ValueError, UnicodeDecodeError):
        raise ConfigurationError(
            msg(
                "The follow-up plans file {file} is not valid JSON (it is not UTF-8 text).",
                file=str(path),
            ),
            "Correct the file (see the administrator guide, 'Follow-up plans').",
        ) from None
    return parse_follow_up_plans(raw, str(path))


@dataclass(frozen=True, slots=True)
class _Access:
    """The actor's current account as the follow-up rules need it."""

    id: uuid.UUID
    role: Role
    name: str

    def can(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)

    @property
    def oversees(self) -> bool:
        """Supervisors: work every follow-up and see every call."""
        return self.can(Permission.FOLLOW_UP_WORK) and self.can(Permission.CALL_VIEW_ALL)


class FollowUpService:
    """The shared follow-up queue and everything done with it."""

    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        events: ChangeBus,
        plans: FollowUpPlans,
        *,
        time_zone: str = "America/Chicago",
        max_attempts: int = 3,
        ics_include_initials: bool = True,
        region: str = "US",
    ) -> None:
        if max_attempts not in MAX_ATTEMPTS_RANGE:
            raise ConfigurationError(
                msg(
                    "follow_up_max_attempts is {value}; it must be between 1 and 10.",
                    value=max_attempts,
                ),
                "Correct the setting (3 to 5 is usual).",
            )
        self._db = database
        self._audit = audit
        self._events = events
        self.plans = plans
        self.zone: tzinfo = center_zone(time_zone)
        self.max_attempts = max_attempts
        self.ics_include_initials = ics_include_initials
        self._region = region
        self._outbox: Outbox | None = None
        self._seen: dict[uuid.UUID, FollowUpSummary] = {}
        """The summaries last shown, by id (what an attempt kept offline answers with)."""

    # --- reading the queue -----------------------------------------------------------------

    def queue(
        self,
        user: SignedInUser,
        view: QueueView | str = QueueView.DUE_TODAY,
        *,
        now: datetime | None = None,
        limit: int = QUEUE_LIMIT,
    ) -> list[FollowUpSummary]:
        """The follow-ups of one queue view, soonest end of window first, then higher risk.

        ``now`` defaults to this workstation's clock; "today" is the center's calendar day.
        """
        view = _view(view)
        now = _aware(now or datetime.now(UTC), "now")
        params = self._time_params(user, now)
        params["limit"] = max(1, min(int(limit), 5000))
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            # Core, not the ORM: the rows are read straight into frozen summaries. Each row
            # also carries the asker's role and state (one statement per refresh).
            rows = session.connection().execute(_queue_statement(view), params).fetchall()
            if not rows or not (rows[0].me_active and _allows(rows[0].me_role, _VIEW)):
                _authorize_read(session, user, _VIEW)
            return self._remember([_summary(row) for row in rows])

    def counts(self, user: SignedInUser, *, now: datetime | None = None) -> FollowUpCounts:
        """The count of every queue view, in one aggregate query (for the navigation rail)."""
        now = _aware(now or datetime.now(UTC), "now")
        params = self._time_params(user, now)
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            # The account's role and state come with the counts: one statement per refresh.
            row = session.connection().execute(_COUNTS, params).one()
            if not (row.active and _allows(row.role, Permission.FOLLOW_UP_VIEW)):
                authorize(session, user, Permission.FOLLOW_UP_VIEW)  # raises, as usual
        return FollowUpCounts(
            due_today=int(row.due_today or 0),
            overdue=int(row.overdue or 0),
            mine=int(row.mine or 0),
            unassigned=int(row.unassigned or 0),
            all=int(row.total or 0),
        )

    def open_queue(self, user: SignedInUser, limit: int = QUEUE_LIMIT) -> list[FollowUpSummary]:
        """Every open follow-up (scheduled or claimed), soonest due first."""
        return self.queue(user, QueueView.ALL, limit=limit)

    def unreachable(self, user: SignedInUser, limit: int = QUEUE_LIMIT) -> list[FollowUpSummary]:
        """Follow-ups closed as unreachable, most recently closed first (supervisors)."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            access = _access(session, user, Permission.FOLLOW_UP_VIEW)
            if not access.oversees:
                raise PermissionDeniedError(
                    "Only supervisors review the follow-ups closed as unreachable."
                )
            statement = (
                _summary_select()
                .where(FollowUp.status == FollowUpStatus.UNREACHABLE)
                .order_by(FollowUp.closed_at.desc(), FollowUp.id)
                .limit(max(1, min(limit, 5000)))
            )
            return [_summary(row) for row in session.execute(statement)]

    def week(self, user: SignedInUser, start_date: date) -> list[FollowUpSummary]:
        """My follow-ups in the 7 days from ``start_date`` (center time zone), in queue order.

        Mine means assigned to me and not cancelled; a follow-up is in the week when its due
        window meets it.
        """
        start, end = week_bounds(start_date, self.zone)
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            _authorize_read(session, user, Permission.FOLLOW_UP_VIEW)
            statement = (
                _summary_select()
                .where(
                    FollowUp.assigned_to == user.id,
                    FollowUp.status != FollowUpStatus.CANCELLED,
                    FollowUp.due_start < end,
                    FollowUp.due_end >= start,
                )
                .order_by(FollowUp.due_end, _RISK_ORDER.desc(), FollowUp.id)
            )
            return self._remember([_summary(row) for row in session.execute(statement)])

    def for_call(self, user: SignedInUser, call_id: uuid.UUID) -> list[FollowUpSummary]:
        """Every follow-up of one call, in plan order."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            _authorize_read(session, user, Permission.FOLLOW_UP_VIEW)
            statement = (
                _summary_select().where(FollowUp.call_id == call_id).order_by(FollowUp.sequence_no)
            )
            return self._remember([_summary(row) for row in session.execute(statement)])

    def detail(self, user: SignedInUser, follow_up_id: uuid.UUID) -> FollowUpDetail:
        """One follow-up with its attempts; opening it is audited.

        The number to call is given only to the person it is assigned to, a supervisor and the
        counselor who took the call.
        """
        with UnitOfWork(self._db) as uow:
            session = uow.session
            access = _access(session, user, Permission.FOLLOW_UP_VIEW)
            row = session.get(FollowUp, follow_up_id)
            if row is None:
                raise NotFoundError("That follow-up no longer exists.")
            call = session.get(Call, row.call_id)
            assert call is not None
            own_call = call.counselor_id == access.id
            if not (access.can(Permission.FOLLOW_UP_WORK) or own_call):
                raise PermissionDeniedError(
                    "Only peer specialists, supervisors and the call's counselor open follow-ups."
                )
            shows_number = access.oversees or own_call or row.assigned_to == access.id
            names = _names(session, [a.attempted_by for a in row.attempts])
            detail = FollowUpDetail(
                summary=_summary_of(session, row, call.started_at),
                plan_key=row.plan_key or "",
                preferred_times=row.preferred_times or "",
                contact_number=(row.contact_number or "") if shows_number else "",
                attempts=tuple(
                    AttemptRecord(
                        id=a.id,
                        attempted_at=a.attempted_at,
                        attempted_by_name=names.get(a.attempted_by, ""),
                        result=AttemptResult(a.result),
                        notes=a.notes or "",
                        next_step=a.next_step or "",
                    )
                    for a in row.attempts
                ),
                closed_at=row.closed_at,
                closed_reason=row.closed_reason or "",
                outcome=_outcome(row),
            )
            self._audit.record(session, Actor.of(user), AuditAction.VIEW, "follow_up", row.id)
            uow.commit()
            self._remember([detail.summary])
            return detail

    # --- scheduling ------------------------------------------------------------------------

    def schedule_from_call(self, user: SignedInUser, call_id: uuid.UUID) -> list[FollowUpSummary]:
        """Schedule the plan for the call's risk level; idempotent.

        The call must be completed, with the caller's consent to follow-up. When its plan was
        scheduled before, the follow-ups scheduled then are returned and nothing is added.
        """
        with UnitOfWork(self._db) as uow:
            session = uow.session
            call = _locked_call(session, call_id)
            rows, created = self.schedule_in(session, user, call)
            result = [_summary_of(session, row, call.started_at) for row in rows]
            uow.commit()
        self.published(created)
        return result

    def schedule_in(
        self, session: Session, user: SignedInUser, call: Call
    ) -> tuple[list[FollowUp], list[uuid.UUID]]:
        """Schedule ``call``'s plan inside the caller's unit of work (the call row locked).

        Returns the plan's follow-ups (existing or new) and the ids created, whose change
        events the caller publishes with ``published`` after its commit. Completing a call
        with consent schedules its plan in the same transaction (``IntakeService``), so a
        completed call is never left without its follow-ups.
        """
        access = _access(session, user, Permission.FOLLOW_UP_VIEW)
        _check_may_schedule(access, call)
        reasons = []
        if call.status not in (CallStatus.COMPLETED, CallStatus.SIGNED):
            reasons.append(msg("The call is not completed yet."))
        if call.follow_up_consent is not True:
            reasons.append(msg("The caller did not consent to follow-up."))
        if call.ended_at is None and not reasons:
            reasons.append(msg("The call has no end time."))
        if reasons:
            raise ValidationError("No follow-up can be scheduled for this call.", tuple(reasons))
        existing = list(
            session.scalars(
                select(FollowUp)
                .where(FollowUp.call_id == call.id, FollowUp.plan_key.is_not(None))
                .order_by(FollowUp.sequence_no)
            )
        )
        if existing:
            return existing, []
        assert call.ended_at is not None
        plan = self.plans.for_risk(RiskLevel(call.risk_level))
        number = call.follow_up_number or call.callback_number or ""
        first_no = _next_sequence_no(session, call.id)
        rows = []
        for contact in schedule_plan(plan, call.ended_at, self.zone):
            if contact.method is not ContactMethod.VISIT and not number:
                raise ValidationError(
                    "No follow-up can be scheduled for this call.",
                    ("The call has no number to call or text.",),
                )
            row = FollowUp(
                id=uuid.uuid4(),
                call_id=call.id,
                sequence_no=first_no + contact.sequence_no - 1,
                plan_key=plan.key,
                client_initials=_initials(call),
                risk_level=RiskLevel(call.risk_level),
                due_start=contact.due_start,
                due_end=contact.due_end,
                preferred_times=(call.follow_up_times or None),
                contact_method=contact.method,
                contact_number=number or None,
                status=FollowUpStatus.SCHEDULED,
                created_by=access.id,
                attempt_count=0,
            )
            session.add(row)
            rows.append(row)
        session.flush()
        for row in rows:
            self._changed(session, user, AuditAction.CREATE, row.id, "scheduled")
        return rows, [row.id for row in rows]

    def add(
        self,
        user: SignedInUser,
        call_id: uuid.UUID,
        due_start: datetime,
        due_end: datetime,
        method: ContactMethod = ContactMethod.PHONE,
        number: str = "",
        preferred_times: str = "",
        *,
        idempotency_key: str | None = None,
    ) -> FollowUpSummary:
        """Add one follow-up to a call with consent (``number`` empty: the call's number)."""
        due_start, due_end = _window(due_start, due_end)
        method = ContactMethod(method)
        number = to_e164(number, self._region) if number.strip() else ""
        preferred_times = _short_text(preferred_times, 200, msg("Preferred times"))
        created: list[uuid.UUID] = []

        def work(uow: UnitOfWork) -> FollowUpSummary:
            session = uow.session
            access = _access(session, user, Permission.FOLLOW_UP_VIEW)
            call = _locked_call(session, call_id)
            _check_may_schedule(access, call)
            if call.follow_up_consent is not True:
                raise ValidationError(
                    "No follow-up can be added to this call.",
                    ("The caller did not consent to follow-up.",),
                )
            to = number or call.follow_up_number or call.callback_number or ""
            if method is not ContactMethod.VISIT and not to:
                raise ValidationError(
                    "No follow-up can be added to this call.",
                    ("Give the number to call or text.",),
                )
            row = FollowUp(
                id=uuid.uuid4(),
                call_id=call.id,
                sequence_no=_next_sequence_no(session, call.id),
                plan_key=None,
                client_initials=_initials(call),
                risk_level=RiskLevel(call.risk_level),
                due_start=due_start,
                due_end=due_end,
                preferred_times=preferred_times or call.follow_up_times or None,
                contact_method=method,
                contact_number=to or None,
                status=FollowUpStatus.SCHEDULED,
                created_by=access.id,
                attempt_count=0,
            )
            session.add(row)
            session.flush()
            self._changed(session, user, AuditAction.CREATE, row.id, "added")
            created[:] = [row.id]
            return _summary_of(session, row, call.started_at)

        summary = run_unit_of_work(
            self._db,
            work,
            idempotency_key=idempotency_key or new_idempotency_key(),
            operation="follow_up.add",
            outcome=lambda answer: str(answer.id),
            replayed=lambda uow, outcome: _current(uow.session, uuid.UUID(outcome)),
        )
        self.published(created)
        return summary

    def move(
        self,
        user: SignedInUser,
        follow_up_id: uuid.UUID,
        due_start: datetime,
        due_end: datetime,
        version: int,
    ) -> FollowUpSummary:
        """Give an open follow-up a new due window (``version`` as read: stale is refused)."""
        due_start, due_end = _window(due_start, due_end)
        with UnitOfWork(self._db) as uow:
            session = uow.session
            access = _access(session, user, Permission.FOLLOW_UP_VIEW)
            row, call = self._editable(session, access, follow_up_id, version)
            row.due_start = due_start
            row.due_end = due_end
            session.flush()
            self._changed(session, user, AuditAction.UPDATE, row.id, "moved")
            summary = _summary_of(session, row, call.started_at)
            uow.commit()
        self.published([follow_up_id])
        return summary

    def cancel(
        self, user: SignedInUser, follow_up_id: uuid.UUID, reason: str, version: int
    ) -> FollowUpSummary:
        """Cancel an open follow-up; ``reason`` is kept with it (not in the audit trail)."""
        reason = _short_text(reason, 200, msg("Reason"))
        if not reason:
            raise ValidationError("Say why the follow-up is cancelled.", ("The reason is empty.",))
        with UnitOfWork(self._db) as uow:
            session = uow.session
            access = _access(session, user, Permission.FOLLOW_UP_VIEW)
            row, call = self._editable(session, access, follow_up_id, version)
            row.status = FollowUpStatus.CANCELLED
            row.closed_at = database_now(session)
            row.closed_reason = reason
            session.flush()
            self._changed(session, user, AuditAction.UPDATE, row.id, "cancelled")
            summary = _summary_of(session, row, call.started_at)
            uow.commit()
        self.published([follow_up_id])
        return summary

    def _editable(
        self, session: Session, access: _Access, follow_up_id: uuid.UUID, version: int
    ) -> tuple[FollowUp, Call]:
        row = session.get(FollowUp, follow_up_id)
        if row is None:
            raise NotFoundError("That follow-up no longer exists.")
        call = session.get(Call, row.call_id)
        assert call is not None
        _check_may_schedule(access, call)
        if row.version != version:
            raise ConflictError(
                "Someone else changed this follow-up while you were looking at it.",
                "Nothing was changed. Look at it again, then decide.",
                current=_summary_of(session, row, call.started_at),
            )
        if not FollowUpStatus(row.status).is_open:
            raise KnownError(
                msg(
                    "This follow-up is already {status}.",
                    status=_status_word(FollowUpStatus(row.status)),
                ),
                "Only open follow-ups can be changed.",
            )
        return row, call

    # --- claiming --------------------------------------------------------------------------

    def claim(
        self, user: SignedInUser, follow_up_id: uuid.UUID, *, idempotency_key: str | None = None
    ) -> FollowUpSummary:
        """Claim a follow-up before calling. Of simultaneous claimers exactly one wins.

        The others get a ``ConflictError`` naming who has it (``current`` is the follow-up as
        it is now). Claiming one's own claim again simply returns it.
        """
        claimed: list[uuid.UUID] = []

        def work(uow: UnitOfWork) -> FollowUpSummary:
            session = uow.session
            access = _access(session, user, Permission.FOLLOW_UP_WORK)
            now = database_now(session)
            won = session.execute(
                update(FollowUp)
                .where(
                    FollowUp.id == follow_up_id,
                    FollowUp.status == FollowUpStatus.SCHEDULED,
                    FollowUp.assigned_to.is_(None),
                )
                .values(
                    status=FollowUpStatus.CLAIMED,
                    assigned_to=access.id,
                    claimed_at=now,
                    updated_at=now,
                    version=FollowUp.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
            current = _current(session, follow_up_id)
            if won.rowcount != 1:  # type: ignore[attr-defined]
                if current.assigned_to == access.id and current.status is FollowUpStatus.CLAIMED:
                    return current
                raise _not_claimable(current, self.zone)
            self._changed(session, user, AuditAction.UPDATE, follow_up_id, "claimed")
            claimed[:] = [follow_up_id]
            return current

        current = run_unit_of_work(
            self._db,
            work,
            idempotency_key=idempotency_key or new_idempotency_key(),
            operation="follow_up.claim",
            replayed=lambda uow, _outcome: _current(uow.session, follow_up_id),
        )
        self.published(claimed)
        self._remember([current])
        return current

    def release(self, user: SignedInUser, follow_up_id: uuid.UUID) -> FollowUpSummary:
        """Give a claimed follow-up back to the queue (the claimer, or a supervisor)."""
        with UnitOfWork(self._db) as uow:
            session = uow.session
            access = _access(session, user, Permission.FOLLOW_UP_WORK)
            now = database_now(session)
            conditions = [FollowUp.id == follow_up_id, FollowUp.status == FollowUpStatus.CLAIMED]
            if not access.oversees:
                conditions.append(FollowUp.assigned_to == access.id)
            done = session.execute(
                update(FollowUp)
                .where(*conditions)
                .values(
                    status=FollowUpStatus.SCHEDULED,
                    assigned_to=None,
                    claimed_at=None,
                    updated_at=now,
                    version=FollowUp.version + 1,
                )
                .execution_options(synchronize_session=False)
            )
            current = _current(session, follow_up_id)
            if done.rowcount != 1:  # type: ignore[attr-defined]
                if current.status is FollowUpStatus.SCHEDULED:
                    return current  # nobody has it: already released
                if current.status is FollowUpStatus.CLAIMED:
                    raise ConflictError(
                        msg(
                            "{who} has claimed this follow-up; only they or a supervisor can "
                            "release it.",
                            who=current.assigned_to_name or msg("Someone else"),
                        ),
                        current=current,
                    )
                raise KnownError(
                    msg(
                        "This follow-up is already {status}.",
                        status=_status_word(current.status),
                    )
                )
            self._changed(session, user, AuditAction.UPDATE, follow_up_id, "released")
            uow.commit()
        self.published([follow_up_id])
        return current

    # --- attempts --------------------------------------------------------------------------

    def record_attempt(
        self,
        user: SignedInUser,
        follow_up_id: uuid.UUID,
        result: AttemptResult,
        notes: str = "",
        next_step: str = "",
        at: datetime | None = None,
        *,
        outcome: FollowUpOutcome | None = None,
        idempotency_key: str | None = None,
    ) -> FollowUpSummary:
        """Record one attempt at reaching the person, and close the follow-up when it ends it.

        REACHED completes it (with ``outcome`` when given); DECLINED completes it as declined
        and cancels the call's other open contacts (the person withdrew consent);
        after ``max_attempts`` unsuccessful attempts (no answer, voicemail, wrong number) it
        closes as UNREACHABLE for a supervisor to review. ``at`` defaults to now.

        When the database cannot be reached and an outbox is attached, the attempt is kept on
        this workstation (stamped with the time it was made) and recorded when it answers.
        """
        result = AttemptResult(result)
        next_step = _short_text(next_step, 200, msg("Next step"))
        notes = "".join(ch for ch in notes if ch.isprintable() or ch in "\n\t").strip()
        if outcome is not None and result is not AttemptResult.REACHED:
            raise ValidationError(
                "The attempt cannot be recorded.",
                ("An outcome is recorded only when the person was reached.",),
            )
        if at is not None:
            _aware(at, "at")
        key = idempotency_key or new_idempotency_key()
        target = f"follow_up:{follow_up_id}"
        outbox = self._outbox
        if outbox is not None and outbox.must_queue(target):
            return self._keep_attempt(
                outbox, user, follow_up_id, result, notes, next_step, at, outcome, key
            )
        try:
            return self._record_attempt(
                user, follow_up_id, result, notes, next_step, at, outcome, key
            )
        except DatabaseUnavailableError:
            if outbox is None:
                raise
            return self._keep_attempt(
                outbox, user, follow_up_id, result, notes, next_step, at, outcome, key
            )

    def _record_attempt(
        self,
        user: SignedInUser,
        follow_up_id: uuid.UUID,
        result: AttemptResult,
        notes: str,
        next_step: str,
        at: datetime | None,
        outcome: FollowUpOutcome | None,
        key: str,
    ) -> FollowUpSummary:
        withdrawn: list[uuid.UUID] = []

        def work(uow: UnitOfWork) -> FollowUpSummary:
            session = uow.session
            access = _access(session, user, Permission.FOLLOW_UP_WORK)
            row = session.execute(
                select(FollowUp).where(FollowUp.id == follow_up_id).with_for_update()
            ).scalar_one_or_none()
            if row is None:
                raise NotFoundError("That follow-up no longer exists.")
            status = FollowUpStatus(row.status)
            if not status.is_open:
                raise KnownError(
                    msg(
                        "This follow-up is already {status}; no attempt can be added.",
                        status=_status_word(status),
                    )
                )
            if row.assigned_to != access.id and not access.oversees:
                if row.assigned_to is None:
                    raise KnownError(
                        "Claim this follow-up before recording an attempt.",
                        "Claiming makes sure no one else calls the person at the same time.",
                    )
                holder = _names(session, [row.assigned_to]).get(row.assigned_to, "")
                raise ConflictError(
                    msg("{who} has claimed this follow-up.", who=holder or msg("Someone else")),
                    "Only they or a supervisor record its attempts.",
                )
            now = database_now(session)
            when = at or now
            if when > now + FUTURE_TOLERANCE:
                raise ValidationError(
                    "The attempt cannot be recorded.", ("Its time is in the future.",)
                )
            attempt = FollowUpAttempt(
                id=uuid.uuid4(),
                follow_up_id=row.id,
                attempted_at=when,
                attempted_by=access.id,
                result=result,
                notes=notes or None,
                next_step=next_step or None,
            )
            session.add(attempt)
            session.flush()
            row.attempt_count = (row.attempt_count or 0) + 1
            unsuccessful = int(
                session.scalar(
                    select(func.count())
                    .select_from(FollowUpAttempt)
                    .where(
                        FollowUpAttempt.follow_up_id == row.id,
                        FollowUpAttempt.result.in_([r for r in AttemptResult if r.unsuccessful]),
                    )
                )
                or 0
            )
            closed = ""
            cancelled: list[uuid.UUID] = []
            if result is AttemptResult.REACHED:
                row.status, closed = FollowUpStatus.COMPLETED, "reached"
                if outcome is not None:
                    row.diverted_from_ems_police = outcome.diverted_from_ems_police
                    row.diverted_from_inpatient = outcome.diverted_from_inpatient
                    row.referral_made = outcome.referral_made.strip() or None
            elif result is AttemptResult.DECLINED:
                row.status, closed = FollowUpStatus.COMPLETED, "declined"
                cancelled = self._cancel_later_contacts(session, user, row, when)
            elif unsuccessful >= self.max_attempts:
                row.status, closed = FollowUpStatus.UNREACHABLE, "unreachable"
            if closed:
                row.closed_at = when
                row.closed_reason = closed
            session.flush()
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.CREATE,
                "follow_up_attempt",
                attempt.id,
                f"{row.id} {result.value}",
            )
            self._changed(session, user, AuditAction.UPDATE, row.id, closed or "attempt")
            call_started = session.scalar(select(Call.started_at).where(Call.id == row.call_id))
            assert call_started is not None
            summary = _summary_of(session, row, call_started)
            withdrawn[:] = cancelled
            return summary

        summary = run_unit_of_work(
            self._db,
            work,
            idempotency_key=key,
            operation="follow_up.attempt",
            replayed=lambda uow, _outcome: _current(uow.session, follow_up_id),
        )
        self.published([follow_up_id, *withdrawn])
        return summary

    # --- offline outbox --------------------------------------------------------------------

    def attach_outbox(self, outbox: Outbox) -> None:
        """Keep attempts in ``outbox`` while the database is unreachable; replay them from it."""
        self._outbox = outbox
        outbox.register(FOLLOW_UP_ATTEMPT, self._replay_attempt)

    def _keep_attempt(
        self,
        outbox: Outbox,
        user: SignedInUser,
        follow_up_id: uuid.UUID,
        result: AttemptResult,
        notes: str,
        next_step: str,
        at: datetime | None,
        outcome: FollowUpOutcome | None,
        key: str,
    ) -> FollowUpSummary:
        """Keep the attempt on this workstation, stamped now (the time it was made)."""
        when = at or datetime.now(UTC)
        seen = self._seen.get(follow_up_id)
        outbox.enqueue(
            FOLLOW_UP_ATTEMPT,
            f"follow_up:{follow_up_id}",
            user,
            {
                "follow_up_id": str(follow_up_id),
                "result": result.value,
                "notes": notes,
                "next_step": next_step,
                "at": when.isoformat(),
                "outcome": to_jsonable(outcome),
                # for the person, if it is ever held (no caller data: the call's reference)
                "call_reference": seen.call_reference if seen is not None else "",
            },
            key,
        )
        if seen is None:
            raise KnownError(
                "The attempt was kept on this workstation: the database cannot be reached.",
                "It is recorded as soon as the database answers again; do not record it twice.",
            )
        return replace(seen, attempts=seen.attempts + 1)

    def _replay_attempt(self, entry: OutboxEntry) -> None:
        data = entry.data
        outcome = data.get("outcome")
        self._record_attempt(
            entry.user,
            uuid.UUID(data["follow_up_id"]),
            AttemptResult(data["result"]),
            str(data.get("notes", "")),
            str(data.get("next_step", "")),
            datetime.fromisoformat(data["at"]),
            from_jsonable(FollowUpOutcome, outcome) if outcome is not None else None,
            entry.key,
        )

    def _cancel_later_contacts(
        self, session: Session, user: SignedInUser, row: FollowUp, when: datetime
    ) -> list[uuid.UUID]:
        """The person declined: consent is withdrawn, so the call's other open contacts end.

        They are cancelled, so nobody calls the person again about this call.
        """
        later = session.scalars(
            select(FollowUp)
            .where(
                FollowUp.call_id == row.call_id,
                FollowUp.id != row.id,
                FollowUp.status.in_([FollowUpStatus.SCHEDULED, FollowUpStatus.CLAIMED]),
            )
            .with_for_update()
        ).all()
        for other in later:
            other.status = FollowUpStatus.CANCELLED
            other.closed_at = when
            other.closed_reason = "declined further follow-up"
        session.flush()
        for other in later:
            self._changed(session, user, AuditAction.UPDATE, other.id, "cancelled declined")
        return [other.id for other in later]

    # --- calendar --------------------------------------------------------------------------

    def export_ics(self, user: SignedInUser, path: Path | None = None) -> bytes:
        """My open follow-ups as an RFC 5545 calendar; written atomically to ``path`` if given.

        Each event carries the call reference and, when ``ics_include_initials`` allows, the
        initials: no name, number, notes or preferred times. The export is audited.
        """
        with UnitOfWork(self._db) as uow:
            session = uow.session
            _access(session, user, Permission.FOLLOW_UP_VIEW)
            statement = (
                _summary_select()
                .where(FollowUp.assigned_to == user.id, FollowUp.status.in_(OPEN_STATUSES))
                .order_by(FollowUp.due_end, FollowUp.id)
            )
            mine = [_summary(row) for row in session.execute(statement)]
            stamp = database_now(session)
            data = calendar_bytes(mine, stamp, include_initials=self.ics_include_initials)
            if path is not None:
                atomic_write_bytes(path, data)
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.EXPORT,
                "follow_up_calendar",
                user.id,
                f"{len(mine)} follow-ups",
            )
            uow.commit()
        return data

    # --- helpers ---------------------------------------------------------------------------

    def _remember(self, summaries: list[FollowUpSummary]) -> list[FollowUpSummary]:
        """Keep the summaries last shown (what an attempt kept offline answers with)."""
        self._seen.update((s.id, s) for s in summaries)
        return summaries

    def _time_params(self, user: SignedInUser, now: datetime) -> dict[str, Any]:
        _start, day_end = local_day_bounds(local_date(now, self.zone), self.zone)
        return {"now": now, "day_end": day_end, "me": user.id}

    def _changed(
        self,
        session: Session,
        user: SignedInUser,
        action: AuditAction,
        follow_up_id: uuid.UUID,
        detail: str,
    ) -> None:
        self._audit.record(session, Actor.of(user), action, "follow_up", follow_up_id, detail)
        notify(session, TOPIC, str(follow_up_id))

    def published(self, ids: Sequence[uuid.UUID]) -> None:
        """Announce follow-ups changed by a committed transaction on the change bus."""
        for follow_up_id in ids:
            self._events.publish(TOPIC, str(follow_up_id))


# --- calendar ------------------------------------------------------------------------------------

PRODID = "-//Counselor desk//Follow-ups//EN"


def calendar_bytes(
    follow_ups: Sequence[FollowUpSummary], stamp: datetime, *, include_initials: bool
) -> bytes:
    """An RFC 5545 calendar with one event per follow-up (reference and initials only)."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", "Follow-ups")
    for item in follow_ups:
        title = f"Follow-up {item.call_reference}"
        if include_initials and item.client_initials:
            title += f" ({item.client_initials})"
        event = Event()
        event.add("uid", f"{item.id}@counselor-desk")
        event.add("dtstamp", stamp.astimezone(UTC))
        event.add("dtstart", item.due_start.astimezone(UTC))
        event.add("dtend", item.due_end.astimezone(UTC))
        event.add("summary", title)
        event.add("description", "Open Counselor desk for the details.")
        event.add("class", "CONFIDENTIAL")
        event.add("transp", "TRANSPARENT")
        event.add("sequence", max(0, item.version - 1))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", title)
        alarm.add("trigger", timedelta(0))
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())


# --- statements ----------------------------------------------------------------------------------

_RISK_ORDER = case({level: level.rank for level in RiskLevel}, value=FollowUp.risk_level, else_=0)
_OPEN = FollowUp.status.in_(list(OPEN_STATUSES))


def _raw(column: Any, name: str) -> Any:
    """``column`` as the driver returns it (converted by ``_summary``, without per-value hooks)."""
    return type_coerce(column, NullType()).label(name)


def _summary_select() -> Select[Any]:
    """The columns of a ``FollowUpSummary``, in the order ``_summary`` reads them."""
    assignee = StaffAccountRow.__table__.alias("assignee")
    return (
        select(
            _raw(FollowUp.id, "id"),
            _raw(FollowUp.call_id, "call_id"),
            _raw(Call.started_at, "started_at"),
            FollowUp.client_initials,
            _raw(FollowUp.due_start, "due_start"),
            _raw(FollowUp.due_end, "due_end"),
            _raw(FollowUp.status, "status"),
            _raw(FollowUp.risk_level, "risk_level"),
            _raw(FollowUp.contact_method, "contact_method"),
            assignee.c.display_name.label("assigned_to_name"),
            FollowUp.attempt_count,
            FollowUp.version,
            FollowUp.sequence_no,
            _raw(FollowUp.assigned_to, "assigned_to"),
            _raw(FollowUp.claimed_at, "claimed_at"),
        )
        .select_from(FollowUp)
        .join(Call, Call.id == FollowUp.call_id)
        .outerjoin(assignee, assignee.c.id == FollowUp.assigned_to)
    )


def _view_condition(view: QueueView) -> Any:
    now: Any = bindparam("now")
    day_end: Any = bindparam("day_end")
    me: Any = bindparam("me")
    match view:
        case QueueView.OVERDUE:
            return _OPEN & (FollowUp.due_end < now)
        case QueueView.DUE_TODAY:
            return _OPEN & (FollowUp.due_end >= now) & (FollowUp.due_start < day_end)
        case QueueView.MINE:
            return _OPEN & (FollowUp.assigned_to == me)
        case QueueView.UNASSIGNED:
            return (FollowUp.status == FollowUpStatus.SCHEDULED) & FollowUp.assigned_to.is_(None)
        case _:
            return _OPEN


_ROLE_OF_ME = (
    select(StaffAccountRow.role).where(StaffAccountRow.id == bindparam("me")).scalar_subquery()
)
_ACTIVE_ME = (
    select(StaffAccountRow.active).where(StaffAccountRow.id == bindparam("me")).scalar_subquery()
)


def _build_queue_statement(view: QueueView) -> Select[Any]:
    return (
        _summary_select()
        .add_columns(_ROLE_OF_ME.label("me_role"), _ACTIVE_ME.label("me_active"))
        .where(_view_condition(view))
        .order_by(FollowUp.due_end, _RISK_ORDER.desc(), FollowUp.id)
        .limit(bindparam("limit"))
    )


_QUEUE_STATEMENTS: dict[QueueView, Select[Any]] = {}


def _queue_statement(view: QueueView) -> Select[Any]:
    statement = _QUEUE_STATEMENTS.get(view)
    if statement is None:
        statement = _QUEUE_STATEMENTS[view] = _build_queue_statement(view)
    return statement


def _counted(condition: Any) -> Any:
    return func.count().filter(condition)


_COUNTS = select(
    _ROLE_OF_ME.label("role"),
    _ACTIVE_ME.label("active"),
    _counted(FollowUp.due_end < bindparam("now")).label("overdue"),
    _counted(
        (FollowUp.due_end >= bindparam("now")) & (FollowUp.due_start < bindparam("day_end"))
    ).label("due_today"),
    _counted(FollowUp.assigned_to == bindparam("me")).label("mine"),
    _counted((FollowUp.status == FollowUpStatus.SCHEDULED) & FollowUp.assigned_to.is_(None)).label(
        "unassigned"
    ),
    func.count().label("total"),
).where(_OPEN)

_ACCOUNT = select(StaffAccountRow.role, StaffAccountRow.active).where(
    StaffAccountRow.id == bindparam("account_id")
)


# --- small helpers -------------------------------------------------------------------------------


_STATUS_WORDS = {
    FollowUpStatus.SCHEDULED: msg("scheduled"),
    FollowUpStatus.CLAIMED: msg("claimed"),
    FollowUpStatus.COMPLETED: msg("completed"),
    FollowUpStatus.UNREACHABLE: msg("unreachable"),
    FollowUpStatus.CANCELLED: msg("cancelled"),
}


def _status_word(status: FollowUpStatus) -> Message:
    """``status`` as the English word a person reads (its value), translatable."""
    return _STATUS_WORDS[status]


def _view(view: QueueView | str) -> QueueView:
    try:
        return QueueView(view)
    except ValueError:
        valid = ", ".join(v.value for v in QueueView)
        raise ValidationError(
            msg("Unknown queue view '{view}'.", view=view),
            (msg("Use one of: {views}.", views=valid),),
        ) from None


def _aware(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware")
    return moment


def _window(due_start: datetime, due_end: datetime) -> tuple[datetime, datetime]:
    if due_start.tzinfo is None or due_end.tzinfo is None:
        raise ValueError("due windows must be timezone-aware")
    if due_end <= due_start:
        raise ValidationError(
            "The due window cannot be used.", ("Its end must come after its start.",)
        )
    return due_start.astimezone(UTC), due_end.astimezone(UTC)


def _short_text(text: str, limit: int, what: Message) -> str:
    cleaned = " ".join("".join(ch for ch in text if ch.isprintable()).split())
    if len(cleaned) > limit:
        raise ValidationError(
            msg("{what} is too long.", what=what),
            (
                msg(
                    "It has {count} characters; at most {limit}.",
                    count=len(cleaned),
                    limit=limit,
                ),
            ),
        )
    return cleaned


def _allows(role: Any, permission: Permission) -> bool:
    try:
        return role_allows(Role(role), permission)
    except ValueError:
        return False


def _authorize_read(session: Session, user: SignedInUser, permission: Permission) -> None:
    """``authorize`` reading only the account's role and state (the queue is read often)."""
    row = session.execute(_ACCOUNT, {"account_id": user.id}).first()
    if row is not None and row[1]:
        try:
            if role_allows(Role(row[0]), permission):
                return
        except ValueError:
            pass
    authorize(session, user, permission)  # raises with the usual message


def _access(session: Session, user: SignedInUser, permission: Permission) -> _Access:
    row = authorize(session, user, permission)
    return _Access(row.id, Role(row.role), row.display_name)


def _check_may_schedule(access: _Access, call: Call) -> None:
    if access.can(Permission.FOLLOW_UP_WORK):
        return
    if access.can(Permission.CALL_TAKE) and call.counselor_id == access.id:
        return
    raise PermissionDeniedError(
        "Only the counselor who took the call, peer specialists and supervisors schedule "
        "or change its follow-ups."
    )


def _locked_call(session: Session, call_id: uuid.UUID) -> Call:
    """The call, locked until the end of the transaction (one scheduler at a time)."""
    call = session.execute(
        select(Call).where(Call.id == call_id).with_for_update()
    ).scalar_one_or_none()
    if call is None:
        raise NotFoundError("That call no longer exists.")
    return call


def _next_sequence_no(session: Session, call_id: uuid.UUID) -> int:
    highest = session.scalar(
        select(func.max(FollowUp.sequence_no)).where(FollowUp.call_id == call_id)
    )
    return int(highest or 0) + 1


def _initials(call: Call) -> str:
    if call.anonymous or not call.caller_name:
        return ""
    return client_initials(call.caller_name)


def _names(session: Session, ids: Sequence[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(StaffAccountRow.id, StaffAccountRow.display_name).where(
            StaffAccountRow.id.in_(wanted)
        )
    )
    return {row[0]: row[1] for row in rows}


def _current(session: Session, follow_up_id: uuid.UUID) -> FollowUpSummary:
    row = session.execute(_summary_select().where(FollowUp.id == follow_up_id)).first()
    if row is None:
        raise NotFoundError("That follow-up no longer exists.")
    return _summary(row)


def _not_claimable(current: FollowUpSummary, zone: tzinfo) -> KnownError:
    if current.status is FollowUpStatus.CLAIMED or current.assigned_to is not None:
        who = current.assigned_to_name or msg("Someone else")
        claimed = msg("{who} has already claimed this follow-up.", who=who)
        if current.claimed_at is not None:
            local = current.claimed_at.astimezone(zone)
            claimed = msg(
                "{who} has already claimed this follow-up at {time}.",
                who=who,
                time=clock(local.time()),
            )
        return ConflictError(
            claimed,
            "Choose another one; it stays with them unless they release it.",
            current=current,
        )
    return KnownError(
        msg(
            "This follow-up is already {status}; it cannot be claimed.",
            status=_status_word(current.status),
        ),
        "Refresh the queue.",
    )


_STATUSES = {m.value: m for m in FollowUpStatus}
_RISKS = {m.value: m for m in RiskLevel}
_METHODS = {m.value: m for m in ContactMethod}


def _utc(value: Any) -> datetime:
    """A stored time as an aware UTC datetime, as ``UTCDateTime`` reads it.

    SQLite keeps naive UTC text, PostgreSQL ``timestamptz``. The queue reads many rows, so its
    columns come raw and are converted here, without per-value hooks.
    """
    if isinstance(value, str):
        return datetime.fromisoformat(value + "+00:00")
    if value.tzinfo is UTC:
        return value  # type: ignore[no-any-return]
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
    return value.astimezone(UTC)  # type: ignore[no-any-return]


def _uuid(value: Any) -> uuid.UUID:
    """A stored UUID (SQLite keeps 32 hex digits; PostgreSQL ``uuid``)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(int=int(value, 16))


@functools.lru_cache(maxsize=256)
def _assignee(value: Any) -> uuid.UUID:
    """``_uuid`` for the few accounts that hold claims (the same ones on many rows)."""
    return _uuid(value)


def _reference(call_id: uuid.UUID, started_at: datetime) -> str:
    """``domain.calls.call_reference``, formatted without ``strftime`` (hundreds per queue)."""
    return (
        f"C-{started_at.year % 100:02d}{started_at.month:02d}{started_at.day:02d}-"
        f"{call_id.hex[:6].upper()}"
    )


def _summary(row: Any) -> FollowUpSummary:
    """A summary from a row of ``_summary_select`` (raw driver values)."""
    (
        follow_up_id,
        call_id,
        started_at,
        initials,
        due_start,
        due_end,
        status,
        risk,
        method,
        assigned_to_name,
        attempts,
        version,
        sequence_no,
        assigned_to,
        claimed_at,
        *_asker,
    ) = row
    call = _uuid(call_id)
    return FollowUpSummary(
        _uuid(follow_up_id),
        _reference(call, _utc(started_at)),
        initials,
        _utc(due_start),
        _utc(due_end),
        _STATUSES[status],
        _RISKS[risk],
        _METHODS[method],
        assigned_to_name,
        attempts or 0,
        version,
        call,
        sequence_no,
        None if assigned_to is None else _assignee(assigned_to),
        None if claimed_at is None else _utc(claimed_at),
    )


def _summary_of(session: Session, row: FollowUp, call_started_at: datetime) -> FollowUpSummary:
    names = _names(session, [row.assigned_to])
    return FollowUpSummary(
        id=row.id,
        call_reference=call_reference(row.call_id, call_started_at),
        client_initials=row.client_initials,
        due_start=row.due_start,
        due_end=row.due_end,
        status=FollowUpStatus(row.status),
        risk_level=RiskLevel(row.risk_level),
        contact_method=ContactMethod(row.contact_method),
        assigned_to_name=names.get(row.assigned_to) if row.assigned_to else None,
        attempts=int(row.attempt_count or 0),
        version=int(row.version),
        call_id=row.call_id,
        sequence_no=int(row.sequence_no),
        assigned_to=row.assigned_to,
        claimed_at=row.claimed_at,
    )


def _outcome(row: FollowUp) -> FollowUpOutcome | None:
    if row.status != FollowUpStatus.COMPLETED or row.closed_reason != "reached":
        return None
    return FollowUpOutcome(
        diverted_from_ems_police=row.diverted_from_ems_police,
        diverted_from_inpatient=row.diverted_from_inpatient,
        referral_made=row.referral_made or "",
    )
