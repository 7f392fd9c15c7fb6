"""The referral directory: search for counselors, HSDS import and export for administrators."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
        if query.taxonomy_term and query.taxonomy_term.strip():
            wanted = query.taxonomy_term.strip()
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
        if query.language and query.language.strip():
            wanted = query.language.strip().lower()
            matches_language = or_(
                func.lower(lang.c.code) == wanted, func.lower(lang.c.name) == wanted
            )
            at_location = select(sal.c.location_id).where(
                sal.c.service_id == svc.c.id, sal.c.active.is_(True)
            )
            filters.append(
                exists().where(
                    lang.c.active.is_(True),
                    matches_language,
                    or_(lang.c.service_id == svc.c.id, lang.c.location_id.in_(at_location)),
                )
            )
        address_conditions = []
        if query.city and query.city.strip():
            address_conditions.append(func.lower(address.c.city) == query.city.strip().lower())
        if query.postal_code and query.postal_code.strip():
            address_conditions.append(address.c.postal_code == query.postal_code.strip())
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
        top_statement = _statement(self._session, "top", _top_matches)
        parameters = {
            "fts_query": search.match_expression(self._dialect, self._words),
            "fetch": fetch,
        }
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
