"""The referral directory: search and detail for counselors, HSDS import, export and editing.

Editing organizations and services lives in ``services.directory_admin``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    String,
    Subquery,
    and_,
    any_,
    bindparam,
    exists,
    false,
    func,
    literal_column,
    not_,
    null,
    or_,
    select,
    true,
    union_all,
)
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
    StaffAccount,
    TaxonomyTerm,
)
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, Role, SignedInUser, role_allows
from counselor_app.domain.directory import (
    AddressEntry,
    DirectoryQuery,
    ExportReport,
    FilterChoices,
    GeoPoint,
    ImportReport,
    OpeningStatus,
    OpenState,
    OrganizationEdit,
    OrganizationSummary,
    PhoneEntry,
    ScheduleRule,
    ServiceDetail,
    ServiceEdit,
    ServiceHit,
    center_zone,
    clean_line,
    describe_rule,
    distance_km,
    language_label,
    opening_status,
    parse_byday,
    parse_int_list,
    parse_time,
    rule_has_ended,
    rule_sort_key,
)
from counselor_app.domain.errors import NotFoundError, ValidationError
from counselor_app.phones import DEFAULT_REGION, to_e164
from counselor_app.services.audit import AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.events import ChangeBus

if TYPE_CHECKING:
    from counselor_app.services.directory_admin import DirectoryAdmin

CANDIDATES_FOR_PYTHON_FILTERS = 2000
"""How many best text matches are checked for "open now" and distance, which run in Python."""
OPEN_NOW_FIRST_CANDIDATES = 200
""""Open now" checks this many best candidates first, and the rest only when the page is short."""
FAST_RANKING_LIMIT = 200
"""Pages up to this size are ranked from the full-text query's best rows (see ``_Ranking``)."""
_SCHEDULE_FIELDS = (
    "opens_at",
    "closes_at",
    "freq",
    "byday",
    "bymonthday",
    "interval",
    "dtstart",
    "until",
    "valid_from",
    "valid_to",
)
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


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _IN_BATCH):
        yield list(ids[start : start + _IN_BATCH])


class DirectoryService:
    """Search and details for counselors; editing, import and export for administrators."""

    def __init__(
        self,
        database: Database,
        *,
        audit: AuditTrail | None = None,
        events: ChangeBus | None = None,
        time_zone: str = "America/Chicago",
        region: str = DEFAULT_REGION,
    ) -> None:
        self._db = database
        self._audit = audit
        self._events = events or ChangeBus()
        self._time_zone = time_zone
        self._region = region
        self._admin: DirectoryAdmin | None = None

    @property
    def zone(self) -> ZoneInfo:
        """The center's time zone, in which opening hours are read."""
        return center_zone(self._time_zone)

    # --- reading ------------------------------------------------------------------------

    def service_detail(
        self, user: SignedInUser, service_id: str, *, now: datetime | None = None
    ) -> ServiceDetail:
        """Everything the detail panel shows about one service (active or not).

        Phones are the service's own; a service without any shows those of its locations,
        else its organization's. Hours and the opening status use the same schedules as
        search (the service's own, else its locations'). Raises ``NotFoundError`` for an
        unknown id.
        """
        moment = now or datetime.now(UTC)
        zone = self.zone
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            _authorize_view(session, user)
            detail = read_service_detail(session, service_id, moment, zone, self._region)
        if detail is None:
            raise NotFoundError(
                "That service is not in the directory.",
                "It may have been removed by an import. Search again.",
            )
        return detail

    def filter_choices(self, user: SignedInUser) -> FilterChoices:
        """The categories and languages some active service carries, for the filter lists.

        A category's value is its taxonomy term id, a language's its code (else its name):
        both are what ``DirectoryQuery.taxonomy_term`` and ``DirectoryQuery.language`` match.
        Languages of a service's locations count, as they do in the language filter.
        """
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            _authorize_view(session, user)
            categories = _category_choices(session)
            languages = _language_choices(session)
        return FilterChoices(categories=categories, languages=languages)

    def search(
        self, user: SignedInUser, query: DirectoryQuery, *, now: datetime | None = None
    ) -> list[ServiceHit]:
        """Services matching ``query``: any text is safe; filters combine with AND.

        Best text matches first (ties by name), or by name without text, or by distance near a
        point without text. Only the page returned is read in full, in a few set-based queries.
        """
        moment = now or datetime.now(UTC)
        zone = self.zone
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            _authorize_view(session, user)
            return self._search(session, query, moment, zone)

    def _search(
        self, session: Session, query: DirectoryQuery, moment: datetime, zone: ZoneInfo
    ) -> list[ServiceHit]:
        limit = max(1, min(query.limit, 1000))
        words = search.query_words(query.text)
        ranking = _Ranking(session, words, self._sql_filters(query), _filters_key(query))
        hours = _Hours(session, moment, zone)
        distances: dict[str, float] = {}
        if query.near is not None:
            candidates = ranking.first(max(CANDIDATES_FOR_PYTHON_FILTERS, limit))
            if query.open_now:
                hours.load([c[0] for c in candidates])
                candidates = [c for c in candidates if hours.is_open(c[0])]
            distances = self._distances(session, [c[0] for c in candidates], query.near)
            if query.within_km is not None:
                candidates = [
                    c for c in candidates if distances.get(c[0], float("inf")) <= query.within_km
                ]
            if not words:
                candidates.sort(key=lambda c: distances.get(c[0], float("inf")))
            chosen = candidates[:limit]
        elif query.open_now:
            chosen = self._open_now(ranking, hours, limit)
        else:
            chosen = ranking.first(limit)
        return self._hits(session, chosen, hours, distances, ranking.details)

    @staticmethod
    def _open_now(ranking: _Ranking, hours: _Hours, limit: int) -> list[tuple[str, float]]:
        """The first ``limit`` open services among the best candidates, in ranked order.

        Candidates are checked a short list at a time, so that a page that fills early reads
        few schedules; never more than ``CANDIDATES_FOR_PYTHON_FILTERS`` (or ``limit``).
        """
        cap = max(CANDIDATES_FOR_PYTHON_FILTERS, limit)
        chosen: list[tuple[str, float]] = []
        checked = 0
        for size in sorted({min(cap, max(4 * limit, OPEN_NOW_FIRST_CANDIDATES)), cap}):
            ranked = ranking.first(size)
            fresh = ranked[checked:]
            hours.load([sid for sid, _ in fresh])
            for candidate in fresh:
                if hours.is_open(candidate[0]):
                    chosen.append(candidate)
                    if len(chosen) == limit:
                        return chosen
            checked = len(ranked)
            if len(ranked) < size:
                break
        return chosen

    @staticmethod
    def _sql_filters(query: DirectoryQuery) -> list[Any]:
        svc = Service.__table__
        sal = ServiceAtLocation.__table__
        term = TaxonomyTerm.__table__
        attr = Attribute.__table__
        lang = Language.__table__
        address = Address.__table__
        filters: list[Any] = []
        if query.active_only:
            filters.append(svc.c.active.is_(True))
            filters.append(svc.c.status.not_in(INACTIVE_STATUSES))
        # Filter values may come from anywhere (the command line, a pasted text): NUL and
        # other control characters are refused by PostgreSQL and never part of a value.
        term_wanted = clean_line(query.taxonomy_term or "")
        language_wanted = clean_line(query.language or "").lower()
        city_wanted = clean_line(query.city or "").lower()
        postal_wanted = clean_line(query.postal_code or "")
        if term_wanted:
            wanted = term_wanted
            terms = select(term.c.id).where(
                or_(term.c.id == wanted, func.lower(term.c.code) == wanted.lower())
            )
            filters.append(
                exists().where(
                    attr.c.link_id == svc.c.id,
                    attr.c.active.is_(True),
                    attr.c.taxonomy_term_id.in_(terms),
                )
            )
        if language_wanted:
            wanted = language_wanted
            matches_language = or_(
                func.lower(lang.c.code) == wanted, func.lower(lang.c.name) == wanted
            )
            # Correlated to the searched service (two levels up: not a FROM of its own).
            at_location = (
                select(sal.c.location_id)
                .where(sal.c.service_id == svc.c.id, sal.c.active.is_(True))
                .correlate(svc)
            )
            filters.append(
                exists().where(
                    lang.c.active.is_(True),
                    matches_language,
                    or_(lang.c.service_id == svc.c.id, lang.c.location_id.in_(at_location)),
                )
            )
        address_conditions = []
        if city_wanted:
            address_conditions.append(func.lower(address.c.city) == city_wanted)
        if postal_wanted:
            address_conditions.append(address.c.postal_code == postal_wanted)
        if address_conditions:
            filters.append(
                exists().where(
                    sal.c.service_id == svc.c.id,
                    sal.c.active.is_(True),
                    address.c.location_id == sal.c.location_id,
                    address.c.active.is_(True),
                    and_(*address_conditions),
                )
            )
        return filters

    @staticmethod
    def _distances(session: Session, ids: Sequence[str], point: GeoPoint) -> dict[str, float]:
        """The distance from ``point`` to each service's nearest located location."""
        distances: dict[str, float] = {}
        for chunk in _chunks(ids):
            rows = session.execute(
                select(ServiceAtLocation.service_id, Location.latitude, Location.longitude)
                .join(Location, Location.id == ServiceAtLocation.location_id)
                .where(
                    _among(session, ServiceAtLocation.service_id, chunk),
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

    @staticmethod
    def _hits(
        session: Session,
        chosen: Sequence[tuple[str, float]],
        hours: _Hours,
        distances: dict[str, float],
        known: dict[str, Any],
    ) -> list[ServiceHit]:
        """The rows the screen shows for ``chosen`` (in that order), columns only.

        ``known`` holds rows of ``_details`` read already (by id).
        """
        ids = [sid for sid, _ in chosen]
        if not ids:
            return []
        rows: dict[str, Any] = {sid: known[sid] for sid in ids if sid in known}
        phones: dict[str, str] = {}
        places: dict[str, tuple[str | None, str | None]] = {}
        languages: dict[str, list[str]] = defaultdict(list)
        for chunk in _chunks(ids):
            unread = [sid for sid in chunk if sid not in rows]
            if unread:
                page = _statement(session, "details", _page_details)
                rows.update((row[0], row) for row in session.execute(page, {"ids": unread}))
            extras = _statement(session, "extras", _extras)
            for kind, sid, _record, first, second in session.execute(extras, {"ids": chunk}):
                if sid is None:
                    continue
                if kind == _PHONE:
                    phones.setdefault(sid, first)
                elif kind == _PLACE:
                    places.setdefault(sid, (first, second))
                else:
                    label = first or second
                    if label and label not in languages[sid]:
                        languages[sid].append(label)
        hours.load([sid for sid in ids if sid in rows])
        hits = []
        for sid, score in chosen:
            row = rows.get(sid)
            if row is None:
                continue
            _, name, description, eligibility, status, active, owner = row
            city, postal = places.get(sid, (None, None))
            hits.append(
                ServiceHit(
                    id=sid,
                    name=name,
                    organization_name=owner or "",
                    description=description or "",
                    eligibility=eligibility or "",
                    phone=phones.get(sid),
                    city=city,
                    postal_code=postal,
                    status=status,
                    active=active,
                    languages=tuple(languages.get(sid, ())),
                    opening=hours.status(sid),
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

    @property
    def admin(self) -> DirectoryAdmin:
        """Adding, editing and deactivating organizations and services."""
        if self._admin is None:
            from counselor_app.services.directory_admin import DirectoryAdmin

            if self._audit is None:
                raise RuntimeError("DirectoryService needs an audit trail to edit the directory")
            self._admin = DirectoryAdmin(
                self._db, self._audit, self._events, zone=self.zone, region=self._region
            )
        return self._admin

    def list_organizations(
        self, user: SignedInUser, *, include_inactive: bool = True
    ) -> list[OrganizationSummary]:
        """Organizations by name, with their counts of active services (administrators)."""
        return self.admin.list_organizations(user, include_inactive=include_inactive)

    def save_organization(self, user: SignedInUser, edit: OrganizationEdit) -> OrganizationSummary:
        """Create (``edit.id`` None) or update an organization; see ``DirectoryAdmin``."""
        return self.admin.save_organization(user, edit)

    def set_organization_active(
        self, user: SignedInUser, organization_id: str, active: bool, version: int
    ) -> OrganizationSummary:
        """Deactivate or reactivate an organization.

        Deactivating an organization also deactivates all its services; reactivating it
        leaves its services as they are (reactivate each one that should be found again).
        """
        return self.admin.set_organization_active(user, organization_id, active, version)

    def save_service(self, user: SignedInUser, edit: ServiceEdit) -> ServiceDetail:
        """Create (``edit.id`` None) or update a service; see ``DirectoryAdmin``."""
        return self.admin.save_service(user, edit)

    def set_service_active(
        self, user: SignedInUser, service_id: str, active: bool, version: int
    ) -> ServiceDetail:
        """Deactivate or reactivate one service (reactivating needs an active organization)."""
        return self.admin.set_service_active(user, service_id, active, version)


# --- one service in full ------------------------------------------------------------------


def phone_number_as_shown(number: str, region: str) -> str:
    """A stored number as E.164 where it can be read, else as given (``988``, an extension)."""
    try:
        return to_e164(number, region) or number
    except ValidationError:
        return number


def own_phone_rows(session: Session, service_id: str) -> list[Phone]:
    """The service's own active phones, oldest first: the first is its main phone."""
    return list(
        session.scalars(
            select(Phone)
            .where(Phone.service_id == service_id, Phone.active.is_(True))
            .order_by(Phone.created_at, Phone.id)
        )
    )


def shared_phone_rows(session: Session, service: Service) -> list[Phone]:
    """Phones a service without its own shows: its locations', else its organization's.

    A location's phones are those naming the service's active service_at_location link or
    its active location and no service; an organization's name neither a location nor a
    service.
    """
    links = session.execute(
        select(ServiceAtLocation.id, ServiceAtLocation.location_id)
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .where(
            ServiceAtLocation.service_id == service.id,
            ServiceAtLocation.active.is_(True),
            Location.active.is_(True),
        )
    ).all()
    located: list[Phone] = []
    if links:
        located = list(
            session.scalars(
                select(Phone)
                .where(
                    Phone.active.is_(True),
                    Phone.service_id.is_(None),
                    or_(
                        Phone.service_at_location_id.in_([link for link, _ in links]),
                        Phone.location_id.in_([loc for _, loc in links if loc is not None]),
                    ),
                )
                .order_by(Phone.created_at, Phone.id)
            )
        )
    if located or service.organization_id is None:
        return located
    return list(
        session.scalars(
            select(Phone)
            .where(
                Phone.active.is_(True),
                Phone.organization_id == service.organization_id,
                Phone.service_id.is_(None),
                Phone.location_id.is_(None),
                Phone.service_at_location_id.is_(None),
            )
            .order_by(Phone.created_at, Phone.id)
        )
    )


def _addresses(session: Session, service_id: str) -> list[AddressEntry]:
    """One address per active location of the service (a physical one when there is one)."""
    rows = session.execute(
        select(ServiceAtLocation.id, Location, Address)
        .join(Location, Location.id == ServiceAtLocation.location_id)
        .outerjoin(Address, and_(Address.location_id == Location.id, Address.active.is_(True)))
        .where(
            ServiceAtLocation.service_id == service_id,
            ServiceAtLocation.active.is_(True),
            Location.active.is_(True),
        )
        .order_by(ServiceAtLocation.created_at, ServiceAtLocation.id, Address.id)
    ).all()
    locations: dict[str, Location] = {}
    chosen: dict[str, Address] = {}
    for _link_id, location, address in rows:
        locations.setdefault(location.id, location)
        if address is None:
            continue
        current = chosen.get(location.id)
        if current is None or (
            current.address_type != "physical" and address.address_type == "physical"
        ):
            chosen[location.id] = address
    entries = []
    for location_id, address in chosen.items():
        location = locations[location_id]
        located = GeoPoint.valid(location.latitude, location.longitude)
        entries.append(
            AddressEntry(
                location_name=location.name or "",
                address_1=address.address_1 or "",
                address_2=address.address_2 or "",
                city=address.city or "",
                region=address.state_province or "",
                postal_code=address.postal_code or "",
                country=address.country or "",
                latitude=location.latitude if located else None,
                longitude=location.longitude if located else None,
            )
        )
    return entries


def read_service_detail(
    session: Session, service_id: str, moment: datetime, zone: ZoneInfo, region: str
) -> ServiceDetail | None:
    """One service in full as of ``moment`` (None when there is no such service).

    Reads in the session's transaction, so an edit can return what it has just flushed.
    """
    service = session.get(Service, service_id)
    if service is None:
        return None
    organization = (
        session.get(Organization, service.organization_id) if service.organization_id else None
    )
    addresses = _addresses(session, service_id)
    phone_rows = own_phone_rows(session, service_id) or shared_phone_rows(session, service)
    phones = tuple(
        PhoneEntry(
            number=phone_number_as_shown(p.number, region),
            extension=p.extension or "",
            kind=p.type or "",
            description=p.description or "",
        )
        for p in phone_rows
    )
    languages: list[str] = []
    for code, name in session.execute(
        select(Language.code, Language.name)
        .where(Language.service_id == service_id, Language.active.is_(True))
        .order_by(Language.created_at, Language.id)
    ):
        label = language_label(code, name)
        if label and label.casefold() not in {seen.casefold() for seen in languages}:
            languages.append(label)
    categories = tuple(
        dict.fromkeys(
            session.scalars(
                select(TaxonomyTerm.name)
                .join(Attribute, Attribute.taxonomy_term_id == TaxonomyTerm.id)
                .where(
                    Attribute.link_id == service_id,
                    Attribute.active.is_(True),
                    TaxonomyTerm.active.is_(True),
                )
                .order_by(TaxonomyTerm.name)
            )
        )
    )
    rules = _Hours(session, moment, zone).rules(service_id)
    today = moment.astimezone(zone).date()
    current_rules = sorted((r for r in rules if not rule_has_ended(r, today)), key=rule_sort_key)
    return ServiceDetail(
        id=service.id,
        name=service.name,
        organization_id=service.organization_id,
        organization_name=organization.name if organization is not None else "",
        description=service.description or "",
        eligibility=service.eligibility_description or "",
        fees=service.fees_description or service.fees or "",
        application_process=service.application_process or "",
        url=service.url or "",
        email=service.email or "",
        status=service.status,
        active=service.active,
        alert=service.alert or "",
        wait_time=service.wait_time or "",
        languages=tuple(languages),
        phones=phones,
        addresses=tuple(addresses),
        hours=tuple(dict.fromkeys(describe_rule(r) for r in current_rules)),
        opening=opening_status(rules, moment, zone),
        categories=categories,
        last_verified=service.assured_date or _date(service.last_modified),
        version=service.version,
    )


# --- filter lists ---------------------------------------------------------------------------


def _active_service_conditions() -> list[ColumnElement[bool]]:
    """What ``DirectoryQuery.active_only`` asks of a service (see ``_sql_filters``)."""
    svc = Service.__table__
    return [svc.c.active.is_(True), svc.c.status.not_in(INACTIVE_STATUSES)]


def _category_choices(session: Session) -> tuple[tuple[str, str], ...]:
    """Taxonomy terms some active service carries: ``(term id, "Name (code)")``, by label."""
    svc = Service.__table__
    attr = Attribute.__table__
    term = TaxonomyTerm.__table__
    used = exists().where(
        attr.c.taxonomy_term_id == term.c.id,
        attr.c.active.is_(True),
        attr.c.link_id == svc.c.id,
        *_active_service_conditions(),
    )
    rows = session.execute(
        select(term.c.id, term.c.name, term.c.code).where(term.c.active.is_(True), used)
    )
    choices = []
    for term_id, name, code in rows:
        label = name or code or term_id
        if code and name:
            label = f"{name} ({code})"
        choices.append((term_id, label))
    return tuple(sorted(choices, key=lambda c: (c[1].casefold(), c[0])))


def _language_choices(session: Session) -> tuple[tuple[str, str], ...]:
    """Languages of active services or of their active locations: ``(code or name, label)``.

    Values are compared without regard to case, as the language filter does. When two values
    would read the same (a code ``es`` and a row naming only "Spanish"), the coded one shows
    its code: ``"Spanish (es)"``.
    """
    svc = Service.__table__
    sal = ServiceAtLocation.__table__
    lang = Language.__table__
    own = (
        select(lang.c.code, lang.c.name)
        .select_from(lang.join(svc, lang.c.service_id == svc.c.id))
        .where(lang.c.active.is_(True), *_active_service_conditions())
    )
    at_locations = (
        select(lang.c.code, lang.c.name)
        .select_from(
            lang.join(sal, sal.c.location_id == lang.c.location_id).join(
                svc, svc.c.id == sal.c.service_id
            )
        )
        .where(lang.c.active.is_(True), sal.c.active.is_(True), *_active_service_conditions())
    )
    rows = session.execute(union_all(own, at_locations).subquery().select().distinct())
    values: dict[str, tuple[str, str, bool]] = {}
    for code, name in rows:
        code = (code or "").strip()
        name = (name or "").strip()
        value = code or name
        if not value:
            continue
        key = value.casefold()
        label = language_label(code, name)
        known = values.get(key)
        if known is None or (label, value) < (known[1], known[0]):
            values[key] = (value, label, bool(code))
    labels: dict[str, int] = defaultdict(int)
    for _value, label, _coded in values.values():
        labels[label.casefold()] += 1
    choices = []
    for value, label, coded in values.values():
        shown = f"{label} ({value})" if coded and labels[label.casefold()] > 1 else label
        choices.append((value, shown))
    return tuple(sorted(choices, key=lambda c: (c[1].casefold(), c[0])))


def _among(session: Session, column: Any, ids: Sequence[str]) -> ColumnElement[bool]:
    """``column IN ids``, as one array parameter on PostgreSQL.

    psycopg rewrites every statement's named parameters on each execution (uncached for long
    statements): a few hundred ids in IN lists cost more there than the query itself.
    """
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(String)))  # type: ignore[no-any-return]
    return column.in_(list(ids))  # type: ignore[no-any-return]


def _authorize_view(session: Session, user: SignedInUser) -> None:
    """``authorize`` for viewing the directory, reading only the account's role and state.

    The account is still read from the database in the session's transaction; any refusal is
    left to ``authorize`` (read again) so that its messages stay the same.
    """
    row = session.execute(
        _statement(session, "account", _account_statement), {"account_id": user.id}
    ).first()
    if row is not None and row[1]:
        try:
            allowed = role_allows(Role(row[0]), Permission.DIRECTORY_VIEW)
        except ValueError:
            allowed = False
        if allowed:
            return
    authorize(session, user, Permission.DIRECTORY_VIEW)


def _account_statement(_dialect: str) -> Select[Any]:
    account = StaffAccount.__table__
    return select(account.c.role, account.c.active).where(account.c.id == bindparam("account_id"))


_DetailsSelect = Select[str, str, str | None, str | None, str, bool, str | None]
_STATEMENTS: dict[tuple[str, str], Any] = {}


def _statement(session: Session, name: str, build: Callable[[str], Any]) -> Any:
    """A statement built once per dialect (its lists of ids are the parameter ``ids``)."""
    dialect = session.get_bind().dialect.name
    key = (dialect, name)
    statement = _STATEMENTS.get(key)
    if statement is None:
        statement = _STATEMENTS[key] = build(dialect)
    return statement


def _among_ids(dialect: str, column: Any) -> ColumnElement[bool]:
    """``column IN :ids``, as one array parameter on PostgreSQL (see ``_among``)."""
    if dialect == "postgresql":
        return column == any_(bindparam("ids", type_=ARRAY(String)))  # type: ignore[no-any-return]
    return column.in_(bindparam("ids", expanding=True))  # type: ignore[no-any-return]


def _details() -> _DetailsSelect:
    """The columns of a hit from ``services`` and its organization."""
    org = Organization.__table__
    svc = Service.__table__
    return select(
        svc.c.id,
        svc.c.name,
        svc.c.description,
        svc.c.eligibility_description,
        svc.c.status,
        svc.c.active,
        select(org.c.name).where(org.c.id == svc.c.organization_id).scalar_subquery(),
    )


def _page_details(dialect: str) -> _DetailsSelect:
    return _details().where(_among_ids(dialect, Service.__table__.c.id))


def _top_matches(dialect: str) -> Select[Any]:
    """The best full-text matches (parameters ``fts_query`` and ``fetch``)."""
    match = search.match_statement(dialect).subquery()
    return (
        select(match.c.service_id, match.c.score)
        .order_by(match.c.score.desc())
        .limit(bindparam("fetch", type_=Integer()))
    )


def _filters_key(query: DirectoryQuery) -> tuple[Any, ...] | None:
    """A name for ``_sql_filters(query)`` when they hold no values of the query, else None."""
    if any(
        value and value.strip()
        for value in (query.taxonomy_term, query.language, query.city, query.postal_code)
    ):
        return None
    return ("active_only", query.active_only)


_PHONE, _PLACE, _LANGUAGE = 0, 1, 2


def _extras(dialect: str) -> CompoundSelect[tuple[int, str | None, str, Any, Any]]:
    """Phones, addresses and languages of some services in one query.

    Rows ``(kind, service_id, record, first, second)`` for the services in the parameter ``ids``,
    by kind, service and record id: a phone's number, an address's city and postal code, a
    language's code and name.
    """
    phone = Phone.__table__
    sal = ServiceAtLocation.__table__
    address = Address.__table__
    lang = Language.__table__
    phones = select(
        literal_column(str(_PHONE)).label("kind"),
        phone.c.service_id.label("sid"),
        phone.c.id.label("record"),
        phone.c.number.label("first"),
        null().label("second"),
    ).where(_among_ids(dialect, phone.c.service_id), phone.c.active.is_(True))
    places = (
        select(
            literal_column(str(_PLACE)),
            sal.c.service_id,
            address.c.id,
            address.c.city,
            address.c.postal_code,
        )
        .select_from(sal.join(address, address.c.location_id == sal.c.location_id))
        .where(
            _among_ids(dialect, sal.c.service_id),
            sal.c.active.is_(True),
            address.c.active.is_(True),
        )
    )
    languages = select(
        literal_column(str(_LANGUAGE)), lang.c.service_id, lang.c.id, lang.c.code, lang.c.name
    ).where(_among_ids(dialect, lang.c.service_id), lang.c.active.is_(True))
    extras = union_all(phones, places, languages)
    columns = extras.selected_columns
    return extras.order_by(columns.kind, columns.sid, columns.record)


class _Ranking:
    """The services a search matches, best first: text score, then name, then id.

    Without text, by name and id. ``first(n)`` is always a prefix of ``first(m)`` for ``n < m``.
    """

    def __init__(
        self,
        session: Session,
        words: Sequence[str],
        filters: Sequence[Any],
        filters_key: tuple[Any, ...] | None = None,
    ) -> None:
        self._session = session
        self._dialect = session.get_bind().dialect.name
        self._words = list(words)
        self._filters = list(filters)
        self._filters_key = filters_key
        """Names ``filters`` among queries (statements reused), or None when they vary."""
        self.details: dict[str, Any] = {}
        """Rows of ``_details`` read while ranking, by service id."""
        self._match = (
            search.match_clause(session.get_bind().dialect.name, words).subquery()
            if words
            else None
        )

    def first(self, n: int) -> list[tuple[str, float]]:
        """The ``n`` best services as ``(id, score)``."""
        if self._match is None:
            statement = (
                select(Service.id).where(*self._filters).order_by(Service.name, Service.id).limit(n)
            )
            return [(sid, 0.0) for sid in self._session.scalars(statement)]
        if n <= FAST_RANKING_LIMIT:
            ranked = self._first_from_top_matches(self._match, n)
            if ranked is not None:
                return ranked
        return self._ranked(self._joined(self._match).limit(n))

    def _first_from_top_matches(self, match: Subquery, n: int) -> list[tuple[str, float]] | None:
        """The ``n`` best from the full-text query's best rows, or None when they do not settle it.

        The full-text query alone (with a LIMIT) is as cheap as full text gets; joining every
        match to ``services`` to apply the filters and break ties by name is not. So: take the
        best ``2n + 100`` matches; every match scoring above the last of them is among them, so
        when at least ``n`` of those pass the filters, ordering them (by name in SQL, then by
        score in a stable sort) gives exactly the ranking of the joined query. Otherwise ties
        reach past the rows fetched: the joined query then runs on the matches scoring at least
        the ``n``-th best score only.
        """
        fetch = 2 * n + 100
        parameters = {
            "fts_query": search.match_expression(self._dialect, self._words),
            "fetch": fetch,
        }
        top: list[tuple[str, float]] = []
        if self._dialect == "postgresql":
            # The best name matches outrank everything else: when there are enough of them,
            # they are the top rows, read through the names index alone. (SQLite's FTS5 finds
            # the best rows of the whole match about as fast.)
            rows = self._session.execute(search.name_match_statement(), parameters)
            top = [(sid, float(score or 0.0)) for sid, score in rows]
        if len(top) < fetch:
            top_statement = _statement(self._session, "top", _top_matches)
            top = [
                (sid, float(score or 0.0))
                for sid, score in self._session.execute(top_statement, parameters)
            ]
        complete = len(top) < fetch
        known = dict(top if complete else [c for c in top if c[1] > top[-1][1]])
        passing: list[str] = []
        if known:
            for row in self._session.execute(self._passing(), {"ids": list(known)}):
                passing.append(row[0])
                self.details[row[0]] = row
        if complete or len(passing) >= n:
            ranked = sorted(((sid, known[sid]) for sid in passing), key=lambda c: -c[1])
            return ranked[:n]
        bound = top[n - 1][1]
        ranked = self._ranked(self._joined(match).where(match.c.score >= bound).limit(n))
        return ranked if len(ranked) == n else None

    def _passing(self) -> _DetailsSelect:
        """Hit columns of the services in the parameter ``ids`` passing the filters, by name."""

        def build(dialect: str) -> _DetailsSelect:
            svc = Service.__table__
            return (
                _details()
                .where(_among_ids(dialect, svc.c.id), *self._filters)
                .order_by(svc.c.name, svc.c.id)
            )

        if self._filters_key is None:
            return build(self._dialect)
        statement: _DetailsSelect = _statement(
            self._session, repr(("passing", *self._filters_key)), build
        )
        return statement

    def _joined(self, match: Subquery) -> Select[str, Any]:
        return (
            select(Service.id, match.c.score)
            .join(match, match.c.service_id == Service.id)
            .where(*self._filters)
            .order_by(match.c.score.desc(), Service.name, Service.id)
        )

    def _ranked(self, statement: Select[str, Any]) -> list[tuple[str, float]]:
        return [(sid, float(score or 0.0)) for sid, score in self._session.execute(statement)]


class _Hours:
    """Opening states at one moment, each service's schedules read once.

    Services whose rules are the same (most of a directory shares a few timetables) share one
    evaluation, and equal schedule rows are parsed once.
    """

    def __init__(self, session: Session, moment: datetime, zone: ZoneInfo) -> None:
        self._session = session
        self._moment = moment
        self._zone = zone
        self._states: dict[str, OpeningStatus] = {}
        self._parsed: dict[tuple[Any, ...], ScheduleRule | None] = {}
        self._evaluated: dict[tuple[ScheduleRule, ...], OpeningStatus] = {}

    def load(self, ids: Iterable[str]) -> None:
        """Read and evaluate the schedules of the services not evaluated yet."""
        missing = [sid for sid in dict.fromkeys(ids) if sid not in self._states]
        for chunk in _chunks(missing):
            rules = self._rules(chunk)
            for sid in chunk:
                key = tuple(rules.get(sid, ()))
                status = self._evaluated.get(key)
                if status is None:
                    status = opening_status(key, self._moment, self._zone)
                    self._evaluated[key] = status
                self._states[sid] = status

    def status(self, service_id: str) -> OpeningStatus:
        """The opening state of one service (read now if ``load`` did not include it)."""
        if service_id not in self._states:
            self.load([service_id])
        return self._states[service_id]

    def is_open(self, service_id: str) -> bool:
        """True when the service is open at the moment."""
        return self.status(service_id).state is OpenState.OPEN

    def rules(self, service_id: str) -> list[ScheduleRule]:
        """The rules that decide one service's hours (as ``_rules`` chooses them)."""
        return self._rules([service_id])[service_id]

    def _rules(self, ids: list[str]) -> dict[str, list[ScheduleRule]]:
        """Opening-hours rules per service: its own schedules, else those of its locations.

        Own schedules name the service or one of its active service_at_location rows; location
        schedules name neither and belong to a location the service is at (once per link).
        """
        owned: dict[str, list[ScheduleRule]] = defaultdict(list)
        located: dict[str, list[ScheduleRule]] = defaultdict(list)
        statement = _statement(self._session, "schedules", _schedules)
        for row in self._session.execute(statement, {"ids": ids}):
            key = tuple(row[2:])
            if key not in self._parsed:
                self._parsed[key] = schedule_rule(row)
            rule = self._parsed[key]
            if rule is not None:
                (owned if row.own else located)[row.sid].append(rule)
        return {sid: owned.get(sid) or located.get(sid, []) for sid in ids}


def _schedules(dialect: str) -> CompoundSelect[Any]:
    """Schedule rows of the services in the parameter ``ids`` (see ``_Hours._rules``)."""
    sc = Schedule.__table__
    sal = ServiceAtLocation.__table__
    fields = [getattr(sc.c, name) for name in _SCHEDULE_FIELDS]
    own = select(sc.c.service_id.label("sid"), true().label("own"), *fields).where(
        sc.c.active.is_(True), _among_ids(dialect, sc.c.service_id)
    )
    own_at_location = (
        select(sal.c.service_id, true(), *fields)
        .select_from(sc.join(sal, sc.c.service_at_location_id == sal.c.id))
        .where(
            sc.c.active.is_(True),
            sal.c.active.is_(True),
            _among_ids(dialect, sal.c.service_id),
            or_(sc.c.service_id.is_(None), not_(_among_ids(dialect, sc.c.service_id))),
        )
    )
    of_location = (
        select(sal.c.service_id, false(), *fields)
        .select_from(sal.join(sc, sc.c.location_id == sal.c.location_id))
        .where(
            sal.c.active.is_(True),
            _among_ids(dialect, sal.c.service_id),
            sc.c.active.is_(True),
            sc.c.service_id.is_(None),
            sc.c.service_at_location_id.is_(None),
        )
    )
    return union_all(own, own_at_location, of_location)
