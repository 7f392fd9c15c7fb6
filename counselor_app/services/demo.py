"""Synthetic demo data: realistic calls, follow-ups and directory entries about no real person.

Only an empty database or one already marked as a demo is ever filled, so demo data can never mix
with a center's real records. Phone numbers use the 555-01XX range reserved for fiction.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import (
    Address,
    Call,
    CallConcern,
    CenterSetting,
    FollowUp,
    FollowUpAttempt,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    StaffAccount,
    Taxonomy,
    TaxonomyTerm,
)
from counselor_app.db.models import Attribute as AttributeRow
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import (
    CallSource,
    CallStatus,
    Disposition,
    DispositionDetails,
    derive_outcomes,
)
from counselor_app.domain.errors import KnownError
from counselor_app.domain.follow_ups import AttemptResult, ContactMethod, FollowUpStatus
from counselor_app.domain.risk import RiskLevel
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.auth import PasswordPolicy
from counselor_app.services.events import ChangeBus

DEMO_KEY = "demo"
DEMO_PASSWORD = "counselor desk demo account"  # noqa: S105 - documented demo password
"""Password of every demo account (printed by ``counselor-app demo``); demo data only."""

DEMO_ACCOUNTS = (
    ("demo.counselor", "Dana Rivera (demo)", Role.COUNSELOR),
    ("demo.counselor2", "Chris Okafor (demo)", Role.COUNSELOR),
    ("demo.peer", "Jordan Lee (demo)", Role.PEER_SPECIALIST),
    ("demo.supervisor", "Morgan Blake (demo)", Role.SUPERVISOR),
    ("demo.admin", "Alex Kim (demo)", Role.ADMINISTRATOR),
)

_PSAPS = ("Metro City 911", "Riverside County ECC", "Northgate Police Communications")
_NATURES = (
    "Suicidal ideation, no weapon reported",
    "Welfare check requested by family",
    "Mental health crisis, caller distressed",
    "Person in crisis, intoxicated",
    "Panic attack, requests help",
    "Third-party report: friend posted goodbye message",
)
_TELECOMMUNICATORS = ("TC 4412", "TC 3307", "TC 5120", "TC 2291")
_FIRST = (
    "Avery",
    "Blake",
    "Casey",
    "Devon",
    "Emery",
    "Finley",
    "Harper",
    "Jules",
    "Kendall",
    "Logan",
    "Micah",
    "Noel",
    "Parker",
    "Quinn",
    "Reese",
    "Sage",
    "Taylor",
    "Rowan",
)
_LAST_INITIAL = "ABCDEFGHJKLMNPRSTW"
_STREETS = ("Example Ave", "Sample St", "Placeholder Blvd", "Fictional Way", "Demo Rd")
_NARRATIVES = (
    "Caller reported feeling overwhelmed after losing work hours. Explored supports; agreed to "
    "call sister tonight.",
    "Transferred from 911 after a welfare concern. Caller calmer after grounding exercise; "
    "declined mobile team.",
    "Caller described passive thoughts of death, no plan. Reviewed coping strategies and reasons "
    "for living.",
    "Third-party caller worried about roommate. Coached on how to ask directly about suicide.",
    "Caller intoxicated and tearful; stayed on the line until partner arrived home.",
    "Caller hearing voices telling them to leave home. Mobile crisis team dispatched with consent.",
)
_CONCERNS = (
    "suicidal_thoughts",
    "depression",
    "anxiety_panic",
    "substance_use",
    "relationship_conflict",
    "loneliness",
    "financial_stress",
    "grief_loss",
    "psychosis",
    "welfare_concern",
)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What the demo created (or found)."""

    accounts: tuple[str, ...]
    calls: int
    follow_ups: int
    services: int
    already_demo: bool


def is_demo_database(session: Session) -> bool:
    """True when ``counselor-app demo`` created this database's data."""
    marker = session.get(CenterSetting, DEMO_KEY)
    return marker is not None and marker.value == "true"


def populate_demo(
    database: Database,
    audit: AuditTrail,
    policy: PasswordPolicy,
    events: ChangeBus,
    *,
    calls: int = 60,
    seed: int = 911,
) -> DemoSummary:
    """Fill an empty database with demo accounts, calls, follow-ups and directory entries."""
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    with UnitOfWork(database) as uow:
        session = uow.session
        if is_demo_database(session):
            return _summary(session, already=True)
        real_accounts = session.scalar(select(func.count()).select_from(StaffAccount))
        real_calls = session.scalar(select(func.count()).select_from(Call))
        if real_accounts or real_calls:
            raise KnownError(
                "This database already holds a center's records; demo data is never mixed in.",
                "Use a new database for the demo: counselor-app --database sqlite:///demo.db demo",
            )
        now = database_now(session)
        actor = Actor(None, "(demo)")
        hashed = policy.hash(DEMO_PASSWORD)
        staff: dict[str, StaffAccount] = {}
        for username, display, role in DEMO_ACCOUNTS:
            row = StaffAccount(
                id=uuid.uuid4(),
                username=username,
                display_name=display,
                role=role,
                password_hash=hashed,
                active=True,
                is_demo=True,
            )
            session.add(row)
            staff[username] = row
        session.flush()
        for row in staff.values():
            audit.record(session, actor, AuditAction.CREATE, "staff_account", row.id, "demo")
        service_ids = _directory(session, rng)
        counselors = [staff["demo.counselor"], staff["demo.counselor2"]]
        peer = staff["demo.peer"]
        for i in range(calls):
            call = _call(rng, now, counselors[i % 2], i)
            session.add(call)
            session.flush()
            audit.record(session, actor, AuditAction.CREATE, "call", call.id, "demo")
            if call.follow_up_consent:
                for fu in _follow_ups(rng, call, now, peer):
                    session.add(fu)
        session.add(CenterSetting(key=DEMO_KEY, value="true"))
        audit.record(
            session, actor, AuditAction.CREATE, "directory", "demo", f"{len(service_ids)} services"
        )
        uow.commit()
        summary = _summary(session, already=False)
    for topic in ("accounts", "calls", "follow_ups", "directory"):
        events.publish(topic)
    return summary


def _summary(session: Session, *, already: bool) -> DemoSummary:
    names = tuple(
        session.scalars(
            select(StaffAccount.username)
            .where(StaffAccount.is_demo.is_(True))
            .order_by(StaffAccount.username)
        )
    )
    return DemoSummary(
        accounts=names,
        calls=int(session.scalar(select(func.count()).select_from(Call)) or 0),
        follow_ups=int(session.scalar(select(func.count()).select_from(FollowUp)) or 0),
        services=int(session.scalar(select(func.count()).select_from(Service)) or 0),
        already_demo=already,
    )


def _call(rng: random.Random, now: datetime, counselor: StaffAccount, index: int) -> Call:
    source = rng.choices(list(CallSource), weights=(70, 15, 10, 5), k=1)[0]
    if index < 2:
        started = now - timedelta(minutes=rng.randint(3, 40))
    else:
        started = now - timedelta(days=rng.uniform(0, 21), hours=rng.uniform(0, 3))
    risk = rng.choices(
        [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT],
        weights=(20, 35, 25, 15, 5),
        k=1,
    )[0]
    open_call = index < 2
    disposition = (
        None
        if open_call
        else rng.choices(
            [
                Disposition.RESOLVED_ON_LINE,
                Disposition.MOBILE_CRISIS_TEAM,
                Disposition.WARM_TRANSFER,
                Disposition.EMS_REQUESTED,
                Disposition.POLICE_REQUESTED,
            ],
            weights=(78, 10, 7, 3, 2),
            k=1,
        )[0]
    )
    if risk == RiskLevel.IMMINENT and disposition is not None:
        disposition = Disposition.EMS_REQUESTED
    anonymous = rng.random() < 0.6
    call = Call(
        id=uuid.uuid4(),
        source=source,
        status=CallStatus.OPEN if open_call else CallStatus.COMPLETED,
        counselor_id=counselor.id,
        started_at=started,
        ended_at=None if open_call else started + timedelta(minutes=rng.randint(8, 55)),
        anonymous=anonymous,
        caller_name=None if anonymous else f"{rng.choice(_FIRST)} {rng.choice(_LAST_INITIAL)}.",
        age=rng.randint(16, 78),
        language=rng.choices(["English", "Spanish", "Vietnamese"], weights=(85, 12, 3), k=1)[0],
        callback_number=f"+1314555{rng.randint(100, 199):04d}",
        location_address=f"{rng.randint(100, 9800)} {rng.choice(_STREETS)}, Metro City",
        narrative=rng.choice(_NARRATIVES),
        risk_level=risk,
        disposition=disposition,
        third_party=rng.random() < 0.1,
    )
    if source == CallSource.TRANSFER_911:
        call.cad_incident_number = f"{started:%y%m%d}-{rng.randint(1000, 9999)}"
        call.psap_name = rng.choice(_PSAPS)
        call.transferred_at = started - timedelta(seconds=rng.randint(20, 120))
        call.telecommunicator = rng.choice(_TELECOMMUNICATORS)
        call.nature_of_call = rng.choice(_NATURES)
        call.officer_on_standby = rng.random() < 0.2
    if source == CallSource.CO_RESPONDER:
        call.co_responder_officer = f"Officer {rng.choice(_LAST_INITIAL)}. (demo)"
        call.co_responder_unit = f"CR-{rng.randint(1, 9)}"
    if disposition is not None:
        details = DispositionDetails(
            primary=disposition,
            mobile_team_dispatched=disposition is Disposition.MOBILE_CRISIS_TEAM,
            warm_transfer_to="Riverbend walk-in clinic (demo)"
            if disposition is Disposition.WARM_TRANSFER
            else "",
            ems_requested=disposition is Disposition.EMS_REQUESTED,
            police_requested=disposition is Disposition.POLICE_REQUESTED,
            referral_given=rng.random() < 0.4,
            follow_up_consent=rng.random() < 0.6,
        )
        outcomes = derive_outcomes(details)
        call.mobile_team_dispatched = details.mobile_team_dispatched
        call.warm_transfer_to = details.warm_transfer_to or None
        call.ems_requested = details.ems_requested
        call.police_requested = details.police_requested
        call.referral_given = details.referral_given
        call.follow_up_consent = details.follow_up_consent
        if details.follow_up_consent:
            call.follow_up_times = rng.choice(["Mornings", "After 5 pm", "Any time"])
        call.police_avoided = outcomes.police_avoided
        call.ems_avoided = outcomes.ems_avoided
        # Where the counselor has to say, the demo decides as a counselor might.
        call.arrest_avoided = (
            outcomes.arrest_avoided if outcomes.arrest_avoided is not None else rng.random() < 0.9
        )
        call.hospitalization_avoided = (
            outcomes.hospitalization_avoided
            if outcomes.hospitalization_avoided is not None
            else rng.random() < 0.5
        )
    for code in rng.sample(_CONCERNS, k=rng.randint(1, 3)):
        call.concerns.append(CallConcern(concern_code=code))
    return call


def _follow_ups(
    rng: random.Random, call: Call, now: datetime, peer: StaffAccount
) -> list[FollowUp]:
    high = call.risk_level in (RiskLevel.HIGH, RiskLevel.IMMINENT)
    offsets = (
        (timedelta(hours=24), timedelta(hours=72), timedelta(days=7))
        if high
        else (timedelta(hours=72), timedelta(days=7))
    )
    assert call.ended_at is not None
    initials = "".join(w[0] for w in (call.caller_name or "Anonymous Caller").split()[:2]).upper()
    result: list[FollowUp] = []
    for n, offset in enumerate(offsets, start=1):
        due_end = call.ended_at + offset
        fu = FollowUp(
            id=uuid.uuid4(),
            call_id=call.id,
            sequence_no=n,
            plan_key="high" if high else "standard",
            client_initials=initials[:8],
            risk_level=call.risk_level,
            due_start=due_end - (timedelta(hours=12) if high else timedelta(hours=24)),
            due_end=due_end,
            preferred_times=rng.choice(["Mornings", "After 5 pm", "Any time", None]),
            contact_method=rng.choices(list(ContactMethod), weights=(80, 18, 2), k=1)[0],
            contact_number=call.callback_number,
            created_by=call.counselor_id,
        )
        if due_end < now - timedelta(hours=6):
            reached = rng.random() < 0.75
            tries = 1 if reached else 3
            for t in range(tries):
                fu.attempts.append(
                    FollowUpAttempt(
                        id=uuid.uuid4(),
                        attempted_at=fu.due_start + timedelta(hours=2 + 3 * t),
                        attempted_by=peer.id,
                        result=AttemptResult.REACHED
                        if reached
                        else rng.choice([AttemptResult.NO_ANSWER, AttemptResult.VOICEMAIL]),
                        notes="Demo attempt.",
                    )
                )
            fu.status = FollowUpStatus.COMPLETED if reached else FollowUpStatus.UNREACHABLE
            fu.closed_at = fu.due_start + timedelta(hours=2 + 3 * (tries - 1))
            fu.closed_reason = "reached" if reached else "unreachable"
            if reached:
                fu.diverted_from_ems_police = rng.random() < 0.88
                fu.diverted_from_inpatient = rng.random() < 0.78
            result.append(fu)
            continue
        if rng.random() < 0.3:
            fu.status = FollowUpStatus.CLAIMED
            fu.assigned_to = peer.id
            fu.claimed_at = now - timedelta(minutes=rng.randint(5, 90))
        result.append(fu)
        break  # later contacts in the plan are scheduled once this one is done
    return result


_ORGS = (
    (
        "Riverbend Community Mental Health",
        "Outpatient counseling and psychiatric care.",
        [
            (
                "Walk-in Crisis Counseling",
                "Same-day crisis counseling for adults; no appointment.",
                "Adults 18 and over in Metro City.",
                "MH-CRISIS",
            ),
            (
                "Medication Clinic",
                "Psychiatric evaluation and medication management.",
                "Adults with a referral or after a walk-in visit.",
                "MH-MED",
            ),
        ],
    ),
    (
        "Gateway Recovery Services",
        "Substance use treatment and recovery support.",
        [
            (
                "Detox and Withdrawal Management",
                "Medically monitored withdrawal, 24/7 admissions.",
                "Adults; insurance not required.",
                "SU-DETOX",
            ),
            (
                "Peer Recovery Coaching",
                "Recovery coaches with lived experience.",
                "Anyone in or seeking recovery.",
                "SU-PEER",
            ),
        ],
    ),
    (
        "Harbor House Shelter",
        "Emergency shelter and housing navigation.",
        [
            (
                "Emergency Overnight Shelter",
                "Beds for adults and families; meals provided.",
                "Adults and families experiencing homelessness.",
                "HOUSING",
            )
        ],
    ),
    (
        "Safe Haven Domestic Violence Center",
        "Support for survivors of domestic violence.",
        [
            (
                "Confidential DV Hotline and Shelter",
                "24-hour hotline, safety planning, shelter.",
                "Survivors of intimate partner violence and their children.",
                "DV",
            )
        ],
    ),
    (
        "Metro Mobile Crisis Team",
        "Behavioral health clinicians who respond in person.",
        [
            (
                "Mobile Crisis Response",
                "Clinicians visit the person in crisis within about an hour.",
                "Anyone in Metro City experiencing a behavioral health crisis.",
                "MH-CRISIS",
            )
        ],
    ),
    (
        "Youth Connect",
        "Counseling and drop-in support for young people.",
        [
            (
                "Teen Drop-in Center",
                "Drop-in counseling, peer groups and a quiet space.",
                "Ages 12 to 24.",
                "YOUTH",
            ),
            (
                "Family Therapy",
                "Sessions for families with a young person in distress.",
                "Families with children under 18.",
                "YOUTH",
            ),
        ],
    ),
    (
        "Veterans Resource Hub",
        "Benefits navigation and peer support for veterans.",
        [
            (
                "Veteran Peer Support",
                "Veteran-to-veteran support and benefits help.",
                "Veterans and their families.",
                "VETERAN",
            )
        ],
    ),
    (
        "Community Food Network",
        "Food pantries and meal programs.",
        [
            (
                "Food Pantry",
                "Groceries once a week, no documents required.",
                "Metro City residents.",
                "FOOD",
            )
        ],
    ),
)

_TERMS = {
    "MH-CRISIS": "Crisis intervention",
    "MH-MED": "Psychiatric medication services",
    "SU-DETOX": "Detoxification",
    "SU-PEER": "Recovery support",
    "HOUSING": "Emergency shelter",
    "DV": "Domestic violence services",
    "YOUTH": "Youth services",
    "VETERAN": "Veteran services",
    "FOOD": "Food pantries",
}


def _directory(session: Session, rng: random.Random) -> list[str]:
    taxonomy = Taxonomy(
        id="demo-taxonomy",
        name="Demo service categories",
        description="Categories used by the demo directory.",
    )
    session.add(taxonomy)
    session.flush()
    terms = {}
    for code, name in _TERMS.items():
        term = TaxonomyTerm(
            id=f"term-{code.lower()}",
            code=code,
            name=name,
            description=name,
            taxonomy_id=taxonomy.id,
        )
        terms[code] = term
        session.add(term)
    session.flush()
    service_ids: list[str] = []
    for n, (org_name, org_desc, services) in enumerate(_ORGS, start=1):
        org = Organization(
            id=str(uuid.uuid4()),
            name=org_name,
            description=org_desc,
            website=f"https://example.org/{n}",
        )
        session.add(org)
        session.flush()  # no ORM relationships here, so insert parents first explicitly
        loc = Location(
            id=str(uuid.uuid4()),
            organization_id=org.id,
            name=f"{org_name} main site",
            location_type="physical",
            latitude=38.6 + rng.uniform(-0.1, 0.1),
            longitude=-90.2 + rng.uniform(-0.1, 0.1),
        )
        session.add(loc)
        session.flush()
        session.add(
            Address(
                id=str(uuid.uuid4()),
                location_id=loc.id,
                address_1=f"{100 + n * 37} {rng.choice(_STREETS)}",
                city=rng.choice(["Metro City", "Riverside", "Northgate"]),
                state_province="MO",
                postal_code=f"631{n:02d}",
                country="US",
            )
        )
        for svc_name, svc_desc, eligibility, code in services:
            svc = Service(
                id=str(uuid.uuid4()),
                organization_id=org.id,
                name=svc_name,
                description=svc_desc,
                eligibility_description=eligibility,
                status="active",
            )
            session.add(svc)
            session.flush()
            sal = ServiceAtLocation(id=str(uuid.uuid4()), service_id=svc.id, location_id=loc.id)
            session.add(sal)
            session.flush()
            session.add(
                Phone(
                    id=str(uuid.uuid4()),
                    service_id=svc.id,
                    number=f"(314) 555-01{rng.randint(0, 99):02d}",
                    type="voice",
                )
            )
            session.add(
                Language(id=str(uuid.uuid4()), service_id=svc.id, name="English", code="en")
            )
            if rng.random() < 0.5:
                session.add(
                    Language(id=str(uuid.uuid4()), service_id=svc.id, name="Spanish", code="es")
                )
            session.add(
                Schedule(
                    id=str(uuid.uuid4()),
                    service_id=svc.id,
                    freq="WEEKLY",
                    byday="MO,TU,WE,TH,FR",
                    opens_at="09:00",
                    closes_at="17:00",
                    description="Weekdays 9 am to 5 pm",
                )
            )
            session.add(
                AttributeRow(
                    id=str(uuid.uuid4()),
                    link_id=svc.id,
                    link_type="service",
                    link_entity="service",
                    taxonomy_term_id=terms[code].id,
                )
            )
            service_ids.append(svc.id)
    return service_ids
