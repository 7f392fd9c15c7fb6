"""The program outcome report, counted by the database with aggregate queries.

Four statements, each one pass of ``GROUP BY`` / ``count(*) FILTER``, the same on SQLite and
PostgreSQL; no call or follow-up record is loaded into Python:

1. call counts: the period's calls, one ``count(*) FILTER`` per figure;
2. client counts: the follow-ups of the period's consenting calls, one row per call (reached,
   still open, the diversion answers), counted;
3. follow-up timeliness: each contact of those calls against its window, by its first attempt;
4. calls by week, disposition and risk level (weeks bucketed by a ``CASE`` over the local week
   boundaries): the weekly chart and the risk mix, at most 53 x 8 x 6 rows.

Only flags, enumerations, times and ids are read: never a name, number, location or note.
Supervisors and administrators only (``Permission.REPORT_VIEW``).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, literal, select
from sqlalchemy.engine import Connection

from counselor_app.atomic import atomic_write_bytes
from counselor_app.db.engine import Database
from counselor_app.db.models import Call, FollowUp, FollowUpAttempt
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import CallSource, Disposition
from counselor_app.domain.directory import center_zone
from counselor_app.domain.errors import KnownError, ValidationError, msg
from counselor_app.domain.follow_ups import AttemptResult, FollowUpStatus
from counselor_app.domain.outcomes import (
    DISPOSITION_KEYS,
    NOT_DECIDED,
    RISK_ORDER,
    FilterLabels,
    OutcomeCounts,
    OutcomeFilters,
    OutcomeReport,
    ReportChoices,
    ReportPeriod,
    Timeliness,
    UnitCosts,
    WeekCount,
    build_figures,
    timeliness_figure,
)
from counselor_app.domain.risk import RiskLevel
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.authz import authorize

FORMATS = ("csv", "json", "pdf")


@dataclass(frozen=True, slots=True)
class ReportStatements:
    """The aggregate statements of one report (also executed bare by the bench)."""

    calls: Select[Any]
    """Call-level counts (one row)."""
    clients: Select[Any]
    """Client-level follow-up counts: consenting calls, from their follow-ups (one row)."""
    timeliness: Select[Any]
    mix: Select[Any]
    """Calls by week, disposition and risk level (the weekly chart and the risk mix)."""

    def all(self) -> tuple[Select[Any], ...]:
        """The statements in the order ``run_statements`` executes them."""
        return (self.calls, self.clients, self.timeliness, self.mix)


def _yes(column: Any) -> ColumnElement[bool]:
    condition: ColumnElement[bool] = column.is_(True)
    return condition


def _no(column: Any) -> ColumnElement[bool]:
    condition: ColumnElement[bool] = column.is_(False)
    return condition


def _counted(condition: ColumnElement[bool]) -> Any:
    return func.count().filter(condition)


def _flag(condition: ColumnElement[bool]) -> Any:
    """1 when any row of the group meets ``condition``, else 0 (``bool_or`` on both engines)."""
    return func.max(case((condition, 1), else_=0))


def call_conditions(
    start: datetime, end: datetime, filters: OutcomeFilters
) -> list[ColumnElement[bool]]:
    """The ``WHERE`` of the period and the filters on ``calls``."""
    conditions: list[ColumnElement[bool]] = [Call.started_at >= start, Call.started_at < end]
    if filters.source is not None:
        conditions.append(Call.source == filters.source)
    if filters.counselor_id is not None:
        conditions.append(Call.counselor_id == filters.counselor_id)
    if filters.team is not None:
        conditions.append(Call.co_responder_unit == filters.team)
    return conditions


def _week_of(started_at: Any, boundaries: list[datetime]) -> Any:
    """The week number of ``started_at``: a binary search over the week boundaries in ``CASE``.

    Portable (no date functions differ between the engines), exact across daylight saving
    changes (the boundaries are local midnights), and about log2(weeks) comparisons a row.
    """

    def bucket(lo: int, hi: int) -> Any:
        # weeks lo..hi; boundaries[i] is where week i + 1 starts
        if lo == hi:
            return literal(lo)
        mid = (lo + hi + 1) // 2
        return case(
            (started_at < literal(boundaries[mid - 1], started_at.type), bucket(lo, mid - 1)),
            else_=bucket(mid, hi),
        )

    return bucket(0, len(boundaries))


def build_statements(
    period: ReportPeriod,
    filters: OutcomeFilters,
    zone: Any,
    as_of: datetime,
) -> ReportStatements:
    """The report's four aggregate statements for a period and filters, as of ``as_of``."""
    start, end = period.bounds(zone)
    where = call_conditions(start, end, filters)

    consent = _yes(Call.follow_up_consent)
    transfer = Call.source == CallSource.TRANSFER_911
    resolved = Call.disposition == Disposition.RESOLVED_ON_LINE
    calls = select(
        func.count().label("calls"),
        _counted(Call.disposition.is_(None)).label("no_disposition"),
        _counted(resolved & _yes(Call.police_avoided) & _yes(Call.ems_avoided)).label(
            "resolved_clear"
        ),
        _counted(resolved & (Call.police_avoided.is_(None) | Call.ems_avoided.is_(None))).label(
            "resolved_unknown"
        ),
        _counted(_yes(Call.arrest_avoided)).label("arrest_avoided"),
        _counted(Call.arrest_avoided.is_not(None)).label("arrest_known"),
        _counted(_yes(Call.hospitalization_avoided)).label("hospitalization_avoided"),
        _counted(Call.hospitalization_avoided.is_not(None)).label("hospitalization_known"),
        _counted(consent).label("consent_yes"),
        _counted(Call.follow_up_consent.is_not(None)).label("consent_known"),
        _counted(transfer).label("transfers_911"),
        _counted(transfer & _yes(Call.police_avoided)).label("police_avoided_911"),
        _counted(transfer & Call.police_avoided.is_(None)).label("police_unknown_911"),
        _counted(transfer & _yes(Call.ems_avoided)).label("ems_avoided_911"),
        _counted(transfer & Call.ems_avoided.is_(None)).label("ems_unknown_911"),
    ).where(*where)

    # Follow-ups are reached from their own (fewer) rows, each checked against its call by
    # primary key: never by probing the follow-ups once per call of a long period.
    in_scope = select(Call.id).where(Call.id == FollowUp.call_id, *where).exists()
    consenting = select(Call.id).where(Call.id == FollowUp.call_id, consent, *where).exists()
    # Reached: completed by a "reached" attempt (the closing reason is encrypted free text).
    reached = (FollowUp.status == FollowUpStatus.COMPLETED) & (
        select(FollowUpAttempt.id)
        .where(
            FollowUpAttempt.follow_up_id == FollowUp.id,
            FollowUpAttempt.result == AttemptResult.REACHED,
        )
        .exists()
    )
    open_ = FollowUp.status.in_([FollowUpStatus.SCHEDULED, FollowUpStatus.CLAIMED])
    per_client = (
        select(
            _flag(reached).label("reached"),
            _flag(open_).label("pending"),
            _flag(reached & _yes(FollowUp.diverted_from_ems_police)).label("ems_yes"),
            _flag(reached & _no(FollowUp.diverted_from_ems_police)).label("ems_no"),
            _flag(reached & _yes(FollowUp.diverted_from_inpatient)).label("inp_yes"),
            _flag(reached & _no(FollowUp.diverted_from_inpatient)).label("inp_no"),
        )
        .where(consenting)
        .group_by(FollowUp.call_id)
        .subquery("client")
    )
    c = per_client.c
    got = c.reached == 1
    clients = select(
        _counted(got).label("clients_reached"),
        _counted((c.reached == 0) & (c.pending == 1)).label("clients_pending"),
        _counted(got & (c.ems_yes == 1) & (c.ems_no == 0)).label("ems_police_diverted"),
        _counted(got & (c.ems_no == 1)).label("ems_police_not_diverted"),
        _counted(got & (c.inp_yes == 1) & (c.inp_no == 0)).label("inpatient_diverted"),
        _counted(got & (c.inp_no == 1)).label("inpatient_not_diverted"),
    )

    first_at = (
        select(func.min(FollowUpAttempt.attempted_at))
        .where(FollowUpAttempt.follow_up_id == FollowUp.id)
        .scalar_subquery()
    )
    first = (
        select(
            first_at.label("first_at"),
            FollowUp.due_start.label("due_start"),
            FollowUp.due_end.label("due_end"),
            FollowUp.status.label("status"),
        )
        .where(in_scope)
        .subquery("contact")
    )
    f = first.c
    category = case(
        (f.first_at.is_not(None) & (f.first_at < f.due_start), Timeliness.EARLY.value),
        (f.first_at.is_not(None) & (f.first_at <= f.due_end), Timeliness.ON_TIME.value),
        (f.first_at.is_not(None), Timeliness.LATE.value),
        (f.status == FollowUpStatus.CANCELLED, Timeliness.CANCELLED.value),
        (f.due_end < literal(as_of, FollowUp.due_end.type), Timeliness.MISSED.value),
        else_=Timeliness.PENDING.value,
    ).label("category")
    # Grouped outside: a CASE with parameters in both SELECT and GROUP BY is two expressions
    # to PostgreSQL.
    contacts = select(category).subquery("contacts")
    timeliness = select(contacts.c.category, func.count().label("n")).group_by(contacts.c.category)

    week = _week_of(Call.started_at, period.week_bounds(zone))
    bucketed = (
        select(
            week.label("week"),
            Call.disposition.label("disposition"),
            Call.risk_level.label("risk"),
        )
        .where(*where)
        .subquery("bucketed")
    )
    mix: Any = select(
        bucketed.c.week, bucketed.c.disposition, bucketed.c.risk, func.count().label("n")
    ).group_by(bucketed.c.week, bucketed.c.disposition, bucketed.c.risk)
    return ReportStatements(calls, clients, timeliness, mix)


@dataclass(frozen=True, slots=True)
class RawResults:
    """What the four statements returned."""

    counts: OutcomeCounts
    timeliness: dict[Timeliness, int]
    weeks: dict[tuple[int, str], int]
    risk: dict[RiskLevel, int]


def run_statements(conn: Connection, statements: ReportStatements) -> RawResults:
    """Execute the statements on ``conn`` and read their (few) result rows."""
    values: dict[str, int] = {}
    for statement in (statements.calls, statements.clients):
        row = conn.execute(statement).one()
        values.update({k: int(v or 0) for k, v in row._mapping.items()})
    counts = OutcomeCounts(**values)
    timeliness = {Timeliness(r.category): int(r.n) for r in conn.execute(statements.timeliness)}
    weeks: dict[tuple[int, str], int] = {}
    risk: dict[RiskLevel, int] = {}
    for r in conn.execute(statements.mix):
        key = r.disposition.value if r.disposition is not None else NOT_DECIDED
        weeks[int(r.week), key] = weeks.get((int(r.week), key), 0) + int(r.n)
        level = RiskLevel(r.risk)
        risk[level] = risk.get(level, 0) + int(r.n)
    return RawResults(counts, timeliness, weeks, risk)


class OutcomeService:
    """Builds outcome reports and writes their de-identified exports."""

    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        costs: UnitCosts,
        *,
        time_zone: str = "America/Chicago",
        center_name: str = "",
        font_files: Sequence[str] = (),
    ) -> None:
        self._db = database
        self._audit = audit
        self.costs = costs
        self.zone = center_zone(time_zone)
        self.time_zone = time_zone
        self.center_name = center_name
        self._font_files = tuple(font_files)

    def choices(self, user: SignedInUser) -> ReportChoices:
        """Counselors who took calls and the co-responder teams on record (for the filters)."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            authorize(session, user, Permission.REPORT_VIEW)
            taking = select(Call.counselor_id).distinct().subquery()
            counselors = session.execute(
                select(StaffAccountRow.id, StaffAccountRow.display_name)
                .where(StaffAccountRow.id.in_(select(taking.c.counselor_id)))
                .order_by(StaffAccountRow.display_name, StaffAccountRow.id)
            ).all()
            teams = session.scalars(
                select(Call.co_responder_unit)
                .where(Call.co_responder_unit.is_not(None), Call.co_responder_unit != "")
                .distinct()
                .order_by(Call.co_responder_unit)
            ).all()
        return ReportChoices(
            tuple((row[0], row[1]) for row in counselors), tuple(str(t) for t in teams)
        )

    def counselor_id(self, user: SignedInUser, username: str) -> uuid.UUID:
        """The id of the account signing in as ``username`` (for the command line's filter)."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            authorize(session, user, Permission.REPORT_VIEW)
            found = session.scalar(
                select(StaffAccountRow.id).where(StaffAccountRow.username == username.strip())
            )
        if found is None:
            raise ValidationError(
                "The report cannot be made.",
                (msg("There is no account '{username}'.", username=username.strip()),),
            )
        return found

    def report(
        self,
        user: SignedInUser,
        period: ReportPeriod,
        filters: OutcomeFilters | None = None,
        *,
        as_of: datetime | None = None,
    ) -> OutcomeReport:
        """The outcome report of ``period`` for the calls matching ``filters``.

        ``as_of`` (default now) decides which follow-up windows have ended.
        """
        self.costs.check()
        filters = filters or OutcomeFilters()
        if filters.team is not None and not filters.team.strip():
            filters = OutcomeFilters(filters.source, filters.counselor_id, None)
        as_of = as_of or datetime.now(UTC)
        if as_of.tzinfo is None:
            raise ValueError("as_of must be timezone-aware")
        statements = build_statements(period, filters, self.zone, as_of)
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            authorize(session, user, Permission.REPORT_VIEW)
            counselor = "All counselors"
            if filters.counselor_id is not None:
                name = session.scalar(
                    select(StaffAccountRow.display_name).where(
                        StaffAccountRow.id == filters.counselor_id
                    )
                )
                if name is None:
                    raise ValidationError(
                        "The report cannot be made.", ("That counselor account does not exist.",)
                    )
                counselor = name
            raw = run_statements(session.connection(), statements)
        return assemble(
            period,
            filters,
            FilterLabels(
                source=filters.source.label if filters.source else "All sources",
                counselor=counselor,
                team=filters.team or "All teams",
            ),
            raw,
            self.costs,
            time_zone=self.time_zone,
            generated_at=as_of,
            center_name=self.center_name,
        )

    def export(
        self,
        user: SignedInUser,
        report: OutcomeReport,
        fmt: str,
        path: Path | None = None,
    ) -> bytes:
        """The report as CSV, JSON or PDF bytes (written atomically to ``path`` when given).

        The export is recorded in the audit trail (format and period only).
        """
        from counselor_app.export import outcomes as writers

        if fmt not in FORMATS:
            raise ValidationError(
                msg("'{format}' is not an export format.", format=fmt),
                hint=msg("Use one of: {formats}.", formats=", ".join(FORMATS)),
            )
        if fmt == "csv":
            data = writers.report_csv(report)
        elif fmt == "json":
            data = writers.report_json(report)
        else:
            from counselor_app.export.fonts import FontChain

            data = writers.report_pdf(report, FontChain.system(self._font_files))
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.REPORT_VIEW)
            self._audit.record(
                session,
                Actor.of(user),
                AuditAction.EXPORT,
                "outcome_report",
                uuid.uuid4(),
                f"{fmt} {report.period.label}",
            )
            uow.commit()
        if path is not None:
            try:
                atomic_write_bytes(Path(path), data)
            except OSError as exc:
                raise KnownError(
                    msg(
                        "The report could not be written to {path} ({error}).",
                        path=str(path),
                        error=exc.strerror or msg("error"),
                    ),
                    "Choose a folder you can write to, with free space.",
                ) from None
        return data


def assemble(
    period: ReportPeriod,
    filters: OutcomeFilters,
    labels: FilterLabels,
    raw: RawResults,
    costs: UnitCosts,
    *,
    time_zone: str,
    generated_at: datetime,
    center_name: str = "",
) -> OutcomeReport:
    """The report from the statements' results (pure: no database)."""
    figures = list(build_figures(raw.counts, costs))
    on_time = timeliness_figure(raw.timeliness)
    figures = [on_time if f.key == on_time.key else f for f in figures]
    weeks = tuple(
        WeekCount(day, tuple(raw.weeks.get((i, key), 0) for key in DISPOSITION_KEYS))
        for i, day in enumerate(period.week_starts())
    )
    notes: list[str] = []
    if not costs.source:
        notes.append(
            "The unit costs are the shipped defaults; no source is recorded for them "
            "(setting report_unit_costs_source)."
        )
    else:
        notes.append(f"Unit costs: {costs.source}")
    return OutcomeReport(
        period=period,
        filters=filters,
        filter_labels=labels,
        time_zone=time_zone,
        generated_at=generated_at,
        costs=costs,
        figures=tuple(figures),
        weeks=weeks,
        risk_mix=tuple((level, raw.risk.get(level, 0)) for level in RISK_ORDER),
        timeliness=tuple((t, raw.timeliness.get(t, 0)) for t in Timeliness),
        center_name=center_name,
        notes=tuple(notes),
    )


__all__ = [
    "FORMATS",
    "OutcomeService",
    "ReportStatements",
    "assemble",
    "build_statements",
    "run_statements",
]
