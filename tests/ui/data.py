"""Rows for the UI's lists, inserted through the ORM (tests may use the db layer; ui may not)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from counselor_app.app import AppContext
from counselor_app.db.models import (
    Address,
    Call,
    FollowUp,
    Location,
    Organization,
    Phone,
    Service,
    ServiceAtLocation,
)
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import CallSource, CallStatus, Disposition
from counselor_app.domain.follow_ups import ContactMethod, FollowUpStatus
from counselor_app.domain.risk import RiskLevel


def now() -> datetime:
    return datetime.now(UTC)


def add_call(
    ctx: AppContext,
    counselor: SignedInUser,
    *,
    started_at: datetime | None = None,
    source: CallSource = CallSource.TRANSFER_911,
    risk: RiskLevel = RiskLevel.LOW,
    disposition: Disposition | None = Disposition.RESOLVED_ON_LINE,
    cad: str | None = "260101-1234",
) -> uuid.UUID:
    started = started_at or now() - timedelta(hours=1)
    call_id = uuid.uuid4()
    with UnitOfWork(ctx.database) as uow:
        uow.session.add(
            Call(
                id=call_id,
                source=source,
                status=CallStatus.OPEN if disposition is None else CallStatus.COMPLETED,
                counselor_id=counselor.id,
                started_at=started,
                ended_at=None if disposition is None else started + timedelta(minutes=20),
                risk_level=risk,
                disposition=disposition,
                cad_incident_number=cad,
            )
        )
        uow.commit()
    return call_id


def add_follow_up(
    ctx: AppContext,
    call_id: uuid.UUID,
    created_by: SignedInUser,
    *,
    due_end: datetime,
    initials: str = "JD",
    risk: RiskLevel = RiskLevel.HIGH,
    method: ContactMethod = ContactMethod.PHONE,
    assigned_to: SignedInUser | None = None,
) -> uuid.UUID:
    fu_id = uuid.uuid4()
    with UnitOfWork(ctx.database) as uow:
        uow.session.add(
            FollowUp(
                id=fu_id,
                call_id=call_id,
                client_initials=initials,
                risk_level=risk,
                due_start=due_end - timedelta(hours=12),
                due_end=due_end,
                contact_method=method,
                status=FollowUpStatus.CLAIMED if assigned_to else FollowUpStatus.SCHEDULED,
                assigned_to=assigned_to.id if assigned_to else None,
                created_by=created_by.id,
            )
        )
        uow.commit()
    return fu_id


def add_service(
    ctx: AppContext,
    name: str,
    organization: str,
    *,
    phone: str = "(314) 555-0100",
    city: str = "Metro City",
    description: str = "",
) -> str:
    service_id = str(uuid.uuid4())
    with UnitOfWork(ctx.database) as uow:
        session = uow.session
        org = Organization(id=str(uuid.uuid4()), name=organization, description="")
        session.add(org)
        session.flush()
        location = Location(id=str(uuid.uuid4()), organization_id=org.id, name=organization)
        session.add(location)
        session.flush()
        session.add(
            Address(
                id=str(uuid.uuid4()),
                location_id=location.id,
                address_1="1 Main St",
                city=city,
                state_province="MO",
                postal_code="63101",
                country="US",
            )
        )
        session.add(
            Service(
                id=service_id,
                organization_id=org.id,
                name=name,
                description=description,
                status="active",
            )
        )
        session.flush()
        session.add(
            ServiceAtLocation(id=str(uuid.uuid4()), service_id=service_id, location_id=location.id)
        )
        session.add(Phone(id=str(uuid.uuid4()), service_id=service_id, number=phone))
        uow.commit()
    return service_id
