"""The referral directory: search for counselors, HSDS import and export for administrators."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from counselor_app.db import search
from counselor_app.db.engine import Database
from counselor_app.db.models import (
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.directory import (
    DirectoryQuery,
    ExportReport,
    GeoPoint,
    ImportReport,
    OpeningStatus,
    OpenState,
    ScheduleRule,
    ServiceHit,
    ServiceSummary,
    distance_km,
    opening_status,
    parse_byday,
    parse_int_list,
    parse_time,
)
from counselor_app.domain.errors import ConfigurationError
from counselor_app.services.audit import AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.events import ChangeBus

CANDIDATES_FOR_PYTHON_FILTERS = 2000
"""How many best text matches are checked for "open now" and distance, which run in Python."""
INACTIVE_STATUSES = ("inactive", "defunct")
_IN_BATCH = 500


def schedule_rule(row: Schedule | Any) -> ScheduleRule | None:
    """The opening-hours rule of an HSDS schedule row, or None when it has no usable hours."""
    opens = parse_time(row.opens_at or "")
    closes = parse_time(row.closes_at or "")
    if opens is None or closes is None:
        return None
    byday = parse_byday(row.byday)
    monthdays = parse_int_list(row.bymonthday)
    if byday is None or monthdays is None:
        return None
    freq = (row.freq or "WEEKLY").upper()
    if freq not in ("WEEKLY", "MONTHLY"):
        return None
    return ScheduleRule(
        opens_at=opens,
        closes_at=closes,
        freq=freq,
        byday=byday,
        bymonthday=monthdays,
        interval=max(1, int(row.interval or 1)),
        dtstart=_date(row.dtstart),
        until=_date(row.until),
        valid_from=_date(row.valid_from),
        valid_to=_date(row.valid_to),
    )


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _IN_BATCH):
        yield list(ids[start : start + _IN_BATCH])


class DirectoryService:
    """Service lists and search for counselors; import and export for administrators."""

    def __init__(
        self,
        database: Database,
        *,
        audit: AuditTrail | None = None,
        events: ChangeBus | None = None,
        time_zone: str = "America/Chicago",
    ) -> None:
        self._db = database
        self._audit = audit
        self._events = events or ChangeBus()
        self._time_zone = time_zone

    @property
    def zone(self) -> ZoneInfo:
        """The center's time zone, in which opening hours are read."""
        try:
            return ZoneInfo(self._time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigurationError(
                f"The center time zone '{self._time_zone}' is unknown.",
                "Set center_time_zone to an IANA name such as America/Chicago.",
            ) from None

    # --- reading ------------------------------------------------------------------------

    def list_services(
        self, user: SignedInUser, text: str = "", limit: int = 500
    ) -> list[ServiceSummary]:
        """Active services, by name; ``text`` narrows to names and descriptions containing it.

        The plain listing of the first directory page (substring matching). Full-text search
        with prefixes, accent folding and filters is ``search``.
        """
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

    def search(
        self, user: SignedInUser, query: DirectoryQuery, *, now: datetime | None = None
    ) -> list[ServiceHit]:
        """Services matching ``query``: any text is safe; filters combine with AND."""
        moment = now or datetime.now(UTC)
        zone = self.zone
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            authorize(session, user, Permission.DIRECTORY_VIEW)
            return self._search(session, query, moment, zone)

    def _search(
        self, session: Session, query: DirectoryQuery, moment: datetime, zone: ZoneInfo
    ) -> list[ServiceHit]:
        limit = max(1, min(query.limit, 1000))
        words = search.query_words(query.text)
        python_filters = query.open_now or query.near is not None
        if words:
            match = search.match_clause(session.get_bind().dialect.name, words).subquery()
            statement = select(Service.id, match.c.score).join(
                match, match.c.service_id == Service.id
            )
            order: list[Any] = [match.c.score.desc(), Service.name, Service.id]
        else:
            statement = select(Service.id, literal(0.0))
            order = [Service.name, Service.id]
        statement = statement.where(*self._sql_filters(query)).order_by(*order)
        statement = statement.limit(
            max(CANDIDATES_FOR_PYTHON_FILTERS, limit) if python_filters else limit
        )
        candidates = [(sid, float(score or 0.0)) for sid, score in session.execute(statement)]
        ids = [sid for sid, _ in candidates]
        rules = self._rules(session, ids) if query.open_now else {}
        openings: dict[str, OpeningStatus] = {}
        if query.open_now:
            for sid in ids:
                openings[sid] = opening_status(rules.get(sid, ()), moment, zone)
            candidates = [c for c in candidates if openings[c[0]].state is OpenState.OPEN]
        distances: dict[str, float] = {}
        if query.near is not None:
            distances = self._distances(session, [c[0] for c in candidates], query.near)
            if query.within_km is not None:
                candidates = [
                    c for c in candidates if distances.get(c[0], float("inf")) <= query.within_km
                ]
            if not words:
                candidates.sort(key=lambda c: distances.get(c[0], float("inf")))
        chosen = candidates[:limit]
        return self._hits(session, chosen, openings, distances, moment, zone)

    @staticmethod
    def _sql_filters(query: DirectoryQuery) -> list[Any]:
        filters: list[Any] = []
        if query.active_only:
            filters.append(Service.active.is_(True))
            filters.append(Service.status.not_in(INACTIVE_STATUSES))
        if query.taxonomy_term and query.taxonomy_term.strip():
            wanted = query.taxonomy_term.strip()
            terms = select(TaxonomyTerm.id).where(
                or_(TaxonomyTerm.id == wanted, func.lower(TaxonomyTerm.code) == wanted.lower())
            )
            filters.append(
                exists().where(
                    Attribute.link_id == Service.id,
                    Attribute.active.is_(True),
                    Attribute.taxonomy_term_id.in_(terms),
                )
            )
        if query.language and query.language.strip():
            wanted = query.language.strip().lower()
            matches_language = or_(
                func.lower(Language.code) == wanted, func.lower(Language.name) == wanted
            )
            at_location = select(ServiceAtLocation.location_id).where(
                ServiceAtLocation.service_id == Service.id, ServiceAtLocation.active.is_(True)
            )
            filters.append(
                exists().where(
                    Language.active.is_(True),
                    matches_language,
                    or_(Language.service_id == Service.id, Language.location_id.in_(at_location)),
                )
            )
        address_conditions = []
        if query.city and query.city.strip():
            address_conditions.append(func.lower(Address.city) == query.city.strip().lower())
        if query.postal_code and query.postal_code.strip():
            address_conditions.append(Address.postal_code == query.postal_code.strip())
        if address_conditions:
            filters.append(
                exists().where(
                    ServiceAtLocation.service_id == Service.id,
                    ServiceAtLocation.active.is_(True),
                    Address.location_id == ServiceAtLocation.location_id,
                    Address.active.is_(True),
                    and_(*address_conditions),
                )
            )
        return filters

    @staticmethod
    def _rules(session: Session, ids: Sequence[str]) -> dict[str, list[ScheduleRule]]:
        """Opening-hours rules per service: its own schedules, else those of its locations."""
        own: dict[str, list[ScheduleRule]] = defaultdict(list)
        by_location: dict[str, list[ScheduleRule]] = defaultdict(list)
        locations: dict[str, list[str]] = defaultdict(list)
        for chunk in _chunks(ids):
            sal_rows = session.execute(
                select(
                    ServiceAtLocation.id,
                    ServiceAtLocation.service_id,
                    ServiceAtLocation.location_id,
                ).where(ServiceAtLocation.service_id.in_(chunk), ServiceAtLocation.active.is_(True))
            ).all()
            sal_service: dict[str, str] = {sal_id: sid for sal_id, sid, _ in sal_rows if sid}
            for _sal_id, sid, lid in sal_rows:
                if lid and sid:
                    locations[sid].append(lid)
            location_ids = sorted({lid for _, _, lid in sal_rows if lid})
            conditions: list[ColumnElement[bool]] = [Schedule.service_id.in_(chunk)]
            if sal_service:
                conditions.append(Schedule.service_at_location_id.in_(list(sal_service)))
            if location_ids:
                conditions.append(
                    and_(
                        Schedule.location_id.in_(location_ids),
                        Schedule.service_id.is_(None),
                        Schedule.service_at_location_id.is_(None),
                    )
                )
            for row in session.scalars(
                select(Schedule).where(Schedule.active.is_(True), or_(*conditions))
            ):
                rule = schedule_rule(row)
                if rule is None:
                    continue
                if row.service_id is not None and row.service_id in chunk:
                    own[row.service_id].append(rule)
                elif row.service_at_location_id is not None and (
                    row.service_at_location_id in sal_service
                ):
                    own[sal_service[row.service_at_location_id]].append(rule)
                elif row.location_id:
                    by_location[row.location_id].append(rule)
        result: dict[str, list[ScheduleRule]] = {}
        for sid in ids:
            if own.get(sid):
                result[sid] = own[sid]
            else:
                result[sid] = [r for lid in locations.get(sid, ()) for r in by_location[lid]]
        return result

    @staticmethod
    def _distances(session: Session, ids: Sequence[str], point: GeoPoint) -> dict[str, float]:
        """The distance from ``point`` to each service's nearest located location."""
        distances: dict[str, float] = {}
        for chunk in _chunks(ids):
            rows = session.execute(
                select(ServiceAtLocation.service_id, Location.latitude, Location.longitude)
                .join(Location, Location.id == ServiceAtLocation.location_id)
                .where(
                    ServiceAtLocation.service_id.in_(chunk),
                    ServiceAtLocation.active.is_(True),
                    Location.active.is_(True),
                )
            )
            for sid, lat, lon in rows:
                if sid is None or lat is None or lon is None or not GeoPoint.valid(lat, lon):
                    continue
                d = distance_km(point, GeoPoint(lat, lon))
                if d < distances.get(sid, float("inf")):
                    distances[sid] = d
        return distances

    def _hits(
        self,
        session: Session,
        chosen: Sequence[tuple[str, float]],
        openings: dict[str, OpeningStatus],
        distances: dict[str, float],
        moment: datetime,
        zone: ZoneInfo,
    ) -> list[ServiceHit]:
        ids = [sid for sid, _ in chosen]
        if not ids:
            return []
        services: dict[str, tuple[Service, str | None]] = {}
        phones: dict[str, str] = {}
        places: dict[str, tuple[str | None, str | None]] = {}
        languages: dict[str, list[str]] = defaultdict(list)
        for chunk in _chunks(ids):
            for svc, org_name in session.execute(
                select(Service, Organization.name)
                .outerjoin(Organization, Service.organization_id == Organization.id)
                .where(Service.id.in_(chunk))
            ):
                services[svc.id] = (svc, org_name)
            for sid, number in session.execute(
                select(Phone.service_id, Phone.number)
                .where(Phone.service_id.in_(chunk), Phone.active.is_(True))
                .order_by(Phone.service_id, Phone.id)
            ):
                if sid is not None:
                    phones.setdefault(sid, number)
            for sid, city, postal in session.execute(
                select(ServiceAtLocation.service_id, Address.city, Address.postal_code)
                .join(Address, Address.location_id == ServiceAtLocation.location_id)
                .where(
                    ServiceAtLocation.service_id.in_(chunk),
                    ServiceAtLocation.active.is_(True),
                    Address.active.is_(True),
                )
                .order_by(ServiceAtLocation.service_id, Address.id)
            ):
                if sid is not None:
                    places.setdefault(sid, (city, postal))
            for sid, code, name in session.execute(
                select(Language.service_id, Language.code, Language.name)
                .where(Language.service_id.in_(chunk), Language.active.is_(True))
                .order_by(Language.service_id, Language.id)
            ):
                label = code or name
                if sid is not None and label and label not in languages[sid]:
                    languages[sid].append(label)
        missing = [sid for sid in ids if sid not in openings]
        if missing:
            rules = self._rules(session, missing)
            for sid in missing:
                openings[sid] = opening_status(rules.get(sid, ()), moment, zone)
        hits = []
        for sid, score in chosen:
            if sid not in services:
                continue
            svc, owner = services[sid]
            hit_city, hit_postal = places.get(sid, (None, None))
            hits.append(
                ServiceHit(
                    id=svc.id,
                    name=svc.name,
                    organization_name=owner or "",
                    description=svc.description or "",
                    eligibility=svc.eligibility_description or "",
                    phone=phones.get(sid),
                    city=hit_city,
                    postal_code=hit_postal,
                    status=svc.status,
                    active=svc.active,
                    languages=tuple(languages.get(sid, ())),
                    opening=openings[sid],
                    distance_km=distances.get(sid),
                    score=score,
                )
            )
        return hits

    # --- administration -------------------------------------------------------------------

    def import_hsds(
        self,
        user: SignedInUser,
        path: Path,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import an HSDS 3.0 CSV package (folder or zip); see ``services.hsds_import``."""
        from counselor_app.services.hsds_import import HsdsImporter

        if self._audit is None:
            raise RuntimeError("DirectoryService needs an audit trail to import")
        importer = HsdsImporter(self._db, self._audit, self._events)
        return importer.import_package(user, path, progress=progress, cancelled=cancelled)

    def export_hsds(self, user: SignedInUser, folder: Path) -> ExportReport:
        """Write the active directory as an HSDS 3.0 CSV package; see ``services.hsds_export``."""
        from counselor_app.services.hsds_export import export_package

        if self._audit is None:
            raise RuntimeError("DirectoryService needs an audit trail to export")
        return export_package(self._db, self._audit, user, folder)
