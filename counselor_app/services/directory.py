"""Reading the referral directory."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from counselor_app.db.engine import Database
from counselor_app.db.models import (
    Address,
    Location,
    Organization,
    Phone,
    Service,
    ServiceAtLocation,
)
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.directory import ServiceSummary
from counselor_app.services.authz import authorize


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class DirectoryService:
    """Service lists for counselors looking for a referral."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def list_services(
        self, user: SignedInUser, text: str = "", limit: int = 500
    ) -> list[ServiceSummary]:
        """Active services, by name; ``text`` narrows to names and descriptions containing it."""
        phone = (
            select(Phone.service_id, func.min(Phone.number).label("number"))
            .where(Phone.active.is_(True))
            .group_by(Phone.service_id)
            .subquery()
        )
        city = (
            select(ServiceAtLocation.service_id, func.min(Address.city).label("city"))
            .join(Location, ServiceAtLocation.location_id == Location.id)
            .join(Address, Address.location_id == Location.id)
            .group_by(ServiceAtLocation.service_id)
            .subquery()
        )
        query = (
            select(Service, Organization.name, phone.c.number, city.c.city)
            .outerjoin(Organization, Service.organization_id == Organization.id)
            .outerjoin(phone, phone.c.service_id == Service.id)
            .outerjoin(city, city.c.service_id == Service.id)
            .where(Service.active.is_(True))
            .order_by(Service.name)
            .limit(limit)
        )
        cleaned = "".join(ch for ch in text if ch.isprintable()).strip()
        if cleaned:
            pattern = _like_pattern(cleaned.lower())
            query = query.where(
                or_(
                    func.lower(Service.name).like(pattern, escape="\\"),
                    func.lower(Service.description).like(pattern, escape="\\"),
                    func.lower(Organization.name).like(pattern, escape="\\"),
                )
            )
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.DIRECTORY_VIEW)
            return [
                ServiceSummary(
                    id=svc.id,
                    name=svc.name,
                    organization_name=org_name or "",
                    description=svc.description or "",
                    phone=number,
                    city=city_name,
                    status=svc.status,
                )
                for svc, org_name, number, city_name in uow.session.execute(query)
            ]
