"""Reading calls for lists; the intake service builds on this."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import aliased

from counselor_app.db.engine import Database
from counselor_app.db.models import Call
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, Role, SignedInUser, role_allows
from counselor_app.domain.calls import (
    CallSource,
    CallStatus,
    CallSummary,
    Disposition,
    call_reference,
)
from counselor_app.domain.risk import RiskLevel
from counselor_app.services.authz import authorize


class CallService:
    """Call lists. A counselor sees their own calls; supervisors and administrators see all."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def recent_calls(self, user: SignedInUser, limit: int = 200) -> list[CallSummary]:
        """The newest calls the user may see, newest first."""
        counselor = aliased(StaffAccountRow)
        with UnitOfWork(self._db, write=False) as uow:
            row = authorize(uow.session, user, Permission.CALL_VIEW)
            query = (
                select(Call, counselor.display_name)
                .join(counselor, Call.counselor_id == counselor.id)
                .order_by(Call.started_at.desc())
                .limit(limit)
            )
            sees_all = role_allows(Role(row.role), Permission.CALL_VIEW_ALL)
            if not sees_all:
                query = query.where(Call.counselor_id == user.id)
            return [
                CallSummary(
                    id=call.id,
                    reference=call_reference(call.id, call.started_at),
                    source=CallSource(call.source),
                    status=CallStatus(call.status),
                    started_at=call.started_at,
                    ended_at=call.ended_at,
                    risk_level=RiskLevel(call.risk_level),
                    disposition=Disposition(call.disposition) if call.disposition else None,
                    counselor_name=name,
                    cad_incident_number=call.cad_incident_number,
                )
                for call, name in uow.session.execute(query)
            ]
