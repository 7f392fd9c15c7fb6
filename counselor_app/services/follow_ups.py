"""Reading the follow-up queue."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from counselor_app.db.engine import Database
from counselor_app.db.models import Call, FollowUp, FollowUpAttempt
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.calls import call_reference
from counselor_app.domain.follow_ups import ContactMethod, FollowUpStatus, FollowUpSummary
from counselor_app.domain.risk import RiskLevel
from counselor_app.services.authz import authorize

OPEN_STATUSES = (FollowUpStatus.SCHEDULED, FollowUpStatus.CLAIMED)


class FollowUpService:
    """The shared follow-up queue."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def open_queue(self, user: SignedInUser, limit: int = 500) -> list[FollowUpSummary]:
        """Open follow-ups (scheduled or claimed), soonest due first."""
        assignee = aliased(StaffAccountRow)
        attempts = (
            select(FollowUpAttempt.follow_up_id, func.count().label("n"))
            .group_by(FollowUpAttempt.follow_up_id)
            .subquery()
        )
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.FOLLOW_UP_VIEW)
            query = (
                select(FollowUp, Call.started_at, assignee.display_name, attempts.c.n)
                .join(Call, FollowUp.call_id == Call.id)
                .outerjoin(assignee, FollowUp.assigned_to == assignee.id)
                .outerjoin(attempts, attempts.c.follow_up_id == FollowUp.id)
                .where(FollowUp.status.in_(OPEN_STATUSES))
                .order_by(FollowUp.due_end, FollowUp.id)
                .limit(limit)
            )
            return [
                FollowUpSummary(
                    id=fu.id,
                    call_reference=call_reference(fu.call_id, started_at),
                    client_initials=fu.client_initials,
                    due_start=fu.due_start,
                    due_end=fu.due_end,
                    status=FollowUpStatus(fu.status),
                    risk_level=RiskLevel(fu.risk_level),
                    contact_method=ContactMethod(fu.contact_method),
                    assigned_to_name=assigned,
                    attempts=int(n or 0),
                )
                for fu, started_at, assigned, n in uow.session.execute(query)
            ]
