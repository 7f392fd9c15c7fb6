"""A small synthetic program with known outcome figures (worked out by hand in ``EXPECTED``).

Ten calls from 2 to 15 March 2026 (center time zone America/Chicago; daylight saving time
starts on 8 March) plus two just outside the period, eight follow-up contacts of five
consenting calls with their attempts. No names, numbers, locations or notes are needed; the
calls carry a recognisable caller name and number anyway, so the exports can be checked for
their absence.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from counselor_app.app import AppContext
from counselor_app.db.models import Call, FollowUp, FollowUpAttempt
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.calls import CallSource, CallStatus, Disposition
from counselor_app.domain.follow_ups import AttemptResult, ContactMethod, FollowUpStatus
from counselor_app.domain.outcomes import ReportPeriod, UnitCosts
from counselor_app.domain.risk import RiskLevel

ZONE = ZoneInfo("America/Chicago")
PERIOD = ReportPeriod(date(2026, 3, 2), date(2026, 3, 15))
AS_OF = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
COSTS = UnitCosts(
    police_hours_per_dispatch=2.0,
    ems_hours_per_dispatch=1.25,
    police_cost_per_hour=50.0,
    ambulance_cost_per_dispatch=1200.0,
    source="Test budget 2026",
)
CALLER_NAME = "Zebulon Quartermaine"
CALLER_NUMBER = "+13145550199"
NARRATIVE = "Narrative words that must never leave the building"
TEAM = "Unit 7"

T, F, N = True, False, None


@dataclass(frozen=True)
class CallSpec:
    """One call of the data set."""

    name: str
    source: CallSource
    disposition: Disposition | None
    police: bool | None
    ems: bool | None
    arrest: bool | None
    hospital: bool | None
    consent: bool | None
    counselor: str
    risk: RiskLevel
    local_start: datetime
    team: str | None = None


def _local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=ZONE)


S911, S988 = CallSource.TRANSFER_911, CallSource.LIFELINE_988
CO, DIRECT = CallSource.CO_RESPONDER, CallSource.DIRECT_LINE
D = Disposition
R = RiskLevel

CALLS = (
    CallSpec("C1", S911, D.RESOLVED_ON_LINE, T, T, T, T, T, "casey", R.LOW, _local(2, 10)),
    CallSpec("C2", S911, D.RESOLVED_ON_LINE, T, T, T, T, T, "casey", R.MODERATE, _local(3, 9)),
    CallSpec("C3", S911, D.RESOLVED_ON_LINE, N, T, N, T, F, "casey", R.LOW, _local(4, 14)),
    CallSpec("C4", S911, D.POLICE_REQUESTED, F, T, F, T, N, "casey", R.HIGH, _local(5, 20)),
    # just after the second week starts (00:00 CDT = 05:00 UTC on 9 March)
    CallSpec("C5", S911, D.EMS_REQUESTED, T, F, T, F, T, "admin", R.IMMINENT, _local(9, 0, 30)),
    # just before it: 04:30 UTC on 9 March, still the first local week
    CallSpec("C6", S988, D.RESOLVED_ON_LINE, T, T, T, T, T, "casey", R.NONE, _local(8, 23, 30)),
    CallSpec(
        "C7", CO, D.MOBILE_CRISIS_TEAM, T, T, T, N, F, "casey", R.MODERATE, _local(10, 11), TEAM
    ),
    CallSpec("C8", CO, D.POLICE_REQUESTED, F, T, T, T, N, "admin", R.HIGH, _local(11, 16), TEAM),
    CallSpec("C9", DIRECT, None, N, N, N, N, N, "casey", R.NOT_ASSESSED, _local(15, 23)),
    CallSpec("C10", S911, D.WARM_TRANSFER, T, N, T, N, T, "casey", R.LOW, _local(12, 8)),
    # outside the period
    CallSpec("C11", S911, D.RESOLVED_ON_LINE, T, T, T, T, T, "casey", R.LOW, _local(16, 0, 30)),
    CallSpec("C12", S911, D.RESOLVED_ON_LINE, T, T, T, T, T, "casey", R.LOW, _local(1, 23, 59)),
)

H = timedelta(hours=1)


@dataclass(frozen=True)
class FollowUpSpec:
    """One follow-up contact: window relative to the call's start, attempts, outcome."""

    call: str
    seq: int
    status: FollowUpStatus
    window: tuple[timedelta, timedelta]
    attempts: tuple[tuple[timedelta, AttemptResult], ...] = ()
    closed_reason: str | None = None
    ems: bool | None = None
    inpatient: bool | None = None


ON_TIME_WINDOW = (1 * H, 25 * H)
NA, REACHED = AttemptResult.NO_ANSWER, AttemptResult.REACHED
FS = FollowUpStatus

FOLLOW_UPS = (
    # C1: reached on time (after one no-answer), diverted from both; second contact cancelled
    FollowUpSpec(
        "C1", 1, FS.COMPLETED, ON_TIME_WINDOW, ((2 * H, NA), (6 * H, REACHED)), "reached", T, T
    ),
    FollowUpSpec("C1", 2, FS.CANCELLED, (48 * H, 72 * H), (), "declined further follow-up"),
    # C2: first contact late, reached, EMS/police 'no'; second on time, inpatient unknown
    FollowUpSpec("C2", 1, FS.COMPLETED, ON_TIME_WINDOW, ((30 * H, REACHED),), "reached", F, T),
    FollowUpSpec("C2", 2, FS.COMPLETED, (48 * H, 72 * H), ((50 * H, REACHED),), "reached", T, N),
    # C5: unreachable (first attempt early); second contact still open, not yet due
    FollowUpSpec(
        "C5",
        1,
        FS.UNREACHABLE,
        ON_TIME_WINDOW,
        ((H / 2, NA), (3 * H, NA), (5 * H, NA)),
        "unreachable",
    ),
    FollowUpSpec("C5", 2, FS.SCHEDULED, (15 * 24 * H, 16 * 24 * H)),
    # C6: reached on time, answers not recorded; second contact missed (window over, no attempt)
    FollowUpSpec("C6", 1, FS.COMPLETED, ON_TIME_WINDOW, ((3 * H, REACHED),), "reached"),
    FollowUpSpec("C6", 2, FS.SCHEDULED, (24 * H, 48 * H)),
    # outside the period: must not count anywhere
    FollowUpSpec("C11", 1, FS.COMPLETED, ON_TIME_WINDOW, ((2 * H, REACHED),), "reached", T, T),
)

EXPECTED = {
    # key: (value, numerator, denominator, lacking)
    "calls_handled": (10.0, 10, None, 1),
    "resolved_without_police_ems": (3 / 8, 3, 8, 2),
    "diverted_from_arrest": (7 / 8, 7, 8, 2),
    "diverted_from_hospitalization": (6 / 7, 6, 7, 3),
    "follow_up_consent": (5 / 7, 5, 7, 3),
    "follow_up_reach": (3 / 4, 3, 4, 1),
    "follow_up_on_time": (3 / 6, 3, 6, 1),
    "follow_up_diverted_ems_police": (1 / 2, 1, 2, 1),
    "follow_up_diverted_inpatient": (2 / 2, 2, 2, 1),
    "police_hours_saved": (8.0, 4, None, 1),
    "ems_hours_saved": (5.0, 4, None, 1),
    "ambulance_dispatches_avoided": (4.0, 4, None, 1),
    "estimated_savings": (5200.0, 8, None, 2),
}


def insert_program(ctx: AppContext, staff_ids: dict[str, uuid.UUID]) -> dict[str, uuid.UUID]:
    """Insert the calls, follow-ups and attempts; return the call ids by name."""
    ids: dict[str, uuid.UUID] = {}
    starts: dict[str, datetime] = {}
    with UnitOfWork(ctx.database) as uow:
        session = uow.session
        for spec in CALLS:
            call_id = uuid.uuid4()
            ids[spec.name] = call_id
            started = spec.local_start.astimezone(UTC)
            starts[spec.name] = started
            session.add(
                Call(
                    id=call_id,
                    source=spec.source,
                    status=CallStatus.OPEN if spec.disposition is None else CallStatus.COMPLETED,
                    counselor_id=staff_ids[spec.counselor],
                    started_at=started,
                    ended_at=None if spec.disposition is None else started + timedelta(minutes=25),
                    risk_level=spec.risk,
                    disposition=spec.disposition,
                    police_avoided=spec.police,
                    ems_avoided=spec.ems,
                    arrest_avoided=spec.arrest,
                    hospitalization_avoided=spec.hospital,
                    follow_up_consent=spec.consent,
                    co_responder_unit=spec.team,
                    anonymous=False,
                    caller_name=CALLER_NAME,
                    callback_number=CALLER_NUMBER,
                    narrative=NARRATIVE,
                    location_address="1200 Market Street",
                )
            )
        session.flush()
        for spec in FOLLOW_UPS:
            start = starts[spec.call]
            fu_id = uuid.uuid4()
            last = start + spec.attempts[-1][0] if spec.attempts else None
            session.add(
                FollowUp(
                    id=fu_id,
                    call_id=ids[spec.call],
                    sequence_no=spec.seq,
                    client_initials="ZQ",
                    risk_level=RiskLevel.LOW,
                    due_start=start + spec.window[0],
                    due_end=start + spec.window[1],
                    contact_method=ContactMethod.PHONE,
                    contact_number=CALLER_NUMBER,
                    status=spec.status,
                    closed_at=last if spec.closed_reason else None,
                    closed_reason=spec.closed_reason,
                    diverted_from_ems_police=spec.ems,
                    diverted_from_inpatient=spec.inpatient,
                    created_by=staff_ids["casey"],
                    attempt_count=len(spec.attempts),
                )
            )
            session.flush()
            for offset, result in spec.attempts:
                session.add(
                    FollowUpAttempt(
                        id=uuid.uuid4(),
                        follow_up_id=fu_id,
                        attempted_at=start + offset,
                        attempted_by=staff_ids["pat"],
                        result=result,
                        notes=NARRATIVE,
                    )
                )
        uow.commit()
    return ids
