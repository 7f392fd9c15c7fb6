"""The program outcome report, counted by the database with aggregate queries.

Four statements, each one pass of ``GROUP BY`` / ``count(*) FILTER``, the same on SQLite and
PostgreSQL; no call or follow-up record is loaded into Python:

1. call and client counts: the period's calls, left-joined to one row per call aggregating its
   follow-ups (reached, still open, the diversion answers);
2. follow-up timeliness: each contact of those calls against its window, by its first attempt;
3. calls per week by disposition (weeks bucketed by a ``CASE`` over the local week boundaries);
4. calls by risk level.

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
from counselor_app.domain.errors import KnownError, ValidationError
from counselor_app.domain.follow_ups import FollowUpStatus
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
from counselor_app.services.follow_ups import center_zone

FORMATS = ("csv", "json", "pdf")


@dataclass(frozen=True, slots=True)
class ReportStatements:
    """The four aggregate statements of one report and their parameters (also for the bench)."""

    counts: Select[Any]
    timeliness: Select[Any]
    weeks: Select[Any]
    risk: Select[Any]


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


def build_statements(
    period: ReportPeriod,
    filters: OutcomeFilters,
    zone: Any,
    as_of: datetime,
) -> ReportStatements:
    """The report's aggregate statements for a period and filters, as of ``as_of``."""
    start, end = period.bounds(zone)
    where = call_conditions(start, end, filters)

    reached = (FollowUp.status == FollowUpStatus.COMPLETED) & (FollowUp.closed_reason == "reached")
    open_ = FollowUp.status.in_([FollowUpStatus.SCHEDULED, FollowUpStatus.CLAIMED])
    per_call = (
        select(
            FollowUp.call_id.label("call_id"),
            _flag(reached).label("reached"),
            _flag(open_).label("pending"),
            _flag(reached & _yes(FollowUp.diverted_from_ems_police)).label("ems_yes"),
            _flag(reached & _no(FollowUp.diverted_from_ems_police)).label("ems_no"),
            _flag(reached & _yes(FollowUp.diverted_from_inpatient)).label("inp_yes"),
            _flag(reached & _no(FollowUp.diverted_from_inpatient)).label("inp_no"),
        )
        .join(Call, Call.id == FollowUp.call_id)
        .where(*where)
        .group_by(FollowUp.call_id)
        .subquery("fu")
    )
    consent = _yes(Call.follow_up_consent)
    client_reached = consent & (per_call.c.reached == 1)
    transfer = Call.source == CallSource.TRANSFER_911
    resolved = Call.disposition == Disposition.RESOLVED_ON_LINE
    counts = (
        select(
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
            _counted(client_reached).label("clients_reached"),
            _counted(consent & (per_call.c.reached == 0) & (per_call.c.pending == 1)).label(
                "clients_pending"
            ),
            _counted(client_reached & (per_call.c.ems_yes == 1) & (per_call.c.ems_no == 0)).label(
                "ems_police_diverted"
            ),
            _counted(client_reached & (per_call.c.ems_no == 1)).label("ems_police_not_diverted"),
            _counted(client_reached & (per_call.c.inp_yes == 1) & (per_call.c.inp_no == 0)).label(
                "inpatient_diverted"
            ),
            _counted(client_reached & (per_call.c.inp_no == 1)).label("inpatient_not_diverted"),
            _counted(transfer).label("transfers_911"),
            _counted(transfer & _yes(Call.police_avoided)).label("police_avoided_911"),
            _counted(transfer & Call.police_avoided.is_(None)).label("police_unknown_911"),
            _counted(transfer & _yes(Call.ems_avoided)).label("ems_avoided_911"),
            _counted(transfer & Call.ems_avoided.is_(None)).label("ems_unknown_911"),
        )
        .select_from(Call)
        .outerjoin(per_call, per_call.c.call_id == Call.id)
        .where(*where)
    )

    first_attempts = (
        select(
            FollowUpAttempt.follow_up_id.label("follow_up_id"),
            func.min(FollowUpAttempt.attempted_at).label("first_at"),
        )
        .join(FollowUp, FollowUp.id == FollowUpAttempt.follow_up_id)
        .join(Call, Call.id == FollowUp.call_id)
        .where(*where)
        .group_by(FollowUpAttempt.follow_up_id)
        .subquery("first")
    )
    first_at = first_attempts.c.first_at
    category = case(
        (first_at.is_not(None) & (first_at < FollowUp.due_start), Timeliness.EARLY.value),
        (first_at.is_not(None) & (first_at <= FollowUp.due_end), Timeliness.ON_TIME.value),
        (first_at.is_not(None), Timeliness.LATE.value),
        (FollowUp.status == FollowUpStatus.CANCELLED, Timeliness.CANCELLED.value),
        (FollowUp.due_end < literal(as_of, FollowUp.due_end.type), Timeliness.MISSED.value),
        else_=Timeliness.PENDING.value,
    ).label("category")
    # Grouped outside: a CASE with parameters in both SELECT and GROUP BY is two expressions
    # to PostgreSQL.
    contacts = (
        select(category)
        .select_from(FollowUp)
        .join(Call, Call.id == FollowUp.call_id)
        .outerjoin(first_attempts, first_attempts.c.follow_up_id == FollowUp.id)
        .where(*where)
        .subquery("contacts")
    )
    timeliness = select(contacts.c.category, func.count().label("n")).group_by(contacts.c.category)

    boundaries = period.week_bounds(zone)
    if boundaries:
        week: Any = case(
            *[
                (Call.started_at < literal(b, Call.started_at.type), i)
                for i, b in enumerate(boundaries)
            ],
            else_=len(boundaries),
        )
    else:
        week = literal(0)
    bucketed = (
        select(week.label("week"), Call.disposition.label("disposition"))
        .where(*where)
        .subquery("bucketed")
    )
    weeks = select(bucketed.c.week, bucketed.c.disposition, func.count().label("n")).group_by(
        bucketed.c.week, bucketed.c.disposition
    )
    risk: Any = (
        select(Call.risk_level.label("risk"), func.count().label("n"))
        .where(*where)
        .group_by(Call.risk_level)
    )
    return ReportStatements(counts, timeliness, weeks, risk)


@dataclass(frozen=True, slots=True)
class RawResults:
    """What the four statements returned."""

    counts: OutcomeCounts
    timeliness: dict[Timeliness, int]
    weeks: dict[tuple[int, str], int]
    risk: dict[RiskLevel, int]


def run_statements(conn: Connection, statements: ReportStatements) -> RawResults:
    """Execute the statements on ``conn`` and read their (few) result rows."""
    row = conn.execute(statements.counts).one()
    counts = OutcomeCounts(**{k: int(v or 0) for k, v in row._mapping.items()})
    timeliness = {Timeliness(r.category): int(r.n) for r in conn.execute(statements.timeliness)}
    weeks: dict[tuple[int, str], int] = {}
    for r in conn.execute(statements.weeks):
        key = r.disposition.value if r.disposition is not None else NOT_DECIDED
        weeks[int(r.week), key] = weeks.get((int(r.week), key), 0) + int(r.n)
    risk = {RiskLevel(r.risk): int(r.n) for r in conn.execute(statements.risk)}
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
                "The report cannot be made.", (f"There is no account '{username.strip()}'.",)
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
                f"'{fmt}' is not an export format.", hint=f"Use one of: {', '.join(FORMATS)}."
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
                    f"The report could not be written to {path} ({exc.strerror or 'error'}).",
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
