"""Calls: where a contact came from, how it ended, and what the UI shows of it."""

from __future__ import annotations

import enum
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import ClassVar

from counselor_app.domain.checklists import ChecklistRunState
from counselor_app.domain.errors import Label, comma_list, msg
from counselor_app.domain.risk import CssrsScreen, LifelineAssessment, RiskLevel, overall_risk
from counselor_app.domain.safety_plan import SafetyPlan


class CallSource(enum.StrEnum):
    """How the contact reached the center."""

    TRANSFER_911 = "911_transfer"
    LIFELINE_988 = "988"
    DIRECT_LINE = "direct_line"
    CO_RESPONDER = "co_responder"

    @property
    def label(self) -> str:
        """Human-readable name."""
        return {
            CallSource.TRANSFER_911: "911 transfer",
            CallSource.LIFELINE_988: "988",
            CallSource.DIRECT_LINE: "Direct line",
            CallSource.CO_RESPONDER: "Co-responder field encounter",
        }[self]


@dataclass(frozen=True, slots=True)
class Concern:
    """A presenting concern from ``resources/concerns.json``."""

    code: str
    label: str


@dataclass(frozen=True, slots=True)
class CallQuery:
    """What the calls list asks for. Times are aware UTC bounds (the UI converts local days)."""

    mine_only: bool = False
    open_only: bool = False
    started_from: datetime | None = None
    started_before: datetime | None = None
    cad_incident_number: str = ""
    caller_name: str = ""
    imminent_only: bool = False
    limit: int = 500


@dataclass(frozen=True, slots=True)
class PriorCall:
    """An earlier call of the same caller, shown without leaving the form."""

    id: uuid.UUID
    reference: str
    started_at: datetime
    risk_level: RiskLevel
    disposition: Disposition | None
    has_safety_plan: bool
    matched_by: str
    """``number``, ``name`` or ``number and name``."""


class CallStatus(enum.StrEnum):
    """Life cycle of a call record."""

    OPEN = "open"
    COMPLETED = "completed"
    SIGNED = "signed"


class Disposition(enum.StrEnum):
    """How the call ended: its primary outcome (the most intensive response it needed)."""

    RESOLVED_ON_LINE = "resolved_on_line"
    MOBILE_CRISIS_TEAM = "mobile_crisis_team"
    WARM_TRANSFER = "warm_transfer"
    EMS_REQUESTED = "ems_requested"
    POLICE_REQUESTED = "police_requested"
    RETURNED_TO_911 = "returned_to_911"
    DISCONNECTED = "disconnected"

    @property
    def label(self) -> str:
        """Human-readable name."""
        return {
            Disposition.RESOLVED_ON_LINE: "Resolved on the line",
            Disposition.MOBILE_CRISIS_TEAM: "Mobile crisis team dispatched",
            Disposition.WARM_TRANSFER: "Warm transfer",
            Disposition.EMS_REQUESTED: "EMS requested",
            Disposition.POLICE_REQUESTED: "Police requested",
            Disposition.RETURNED_TO_911: "Returned to 911",
            Disposition.DISCONNECTED: "Disconnected before resolution",
        }[self]


@dataclass(frozen=True, slots=True)
class CallSummary:
    """One line of a call list. Carries no narrative and no caller identifiers."""

    id: uuid.UUID
    reference: str
    source: CallSource
    status: CallStatus
    started_at: datetime
    ended_at: datetime | None
    risk_level: RiskLevel
    disposition: Disposition | None
    counselor_name: str
    cad_incident_number: str | None


def call_reference(call_id: uuid.UUID, started_at: datetime) -> str:
    """A short, stable reference for a call that reveals nothing about the caller."""
    return f"C-{started_at:%y%m%d}-{call_id.hex[:6].upper()}"


class ImminentStepKind(enum.StrEnum):
    """The steps of the imminent-risk protocol, in order."""

    ACTIVE_ENGAGEMENT = "active_engagement"
    SUPERVISOR_NOTIFIED = "supervisor_notified"
    EMERGENCY_REQUESTED = "emergency_requested"
    CONTACT_CONFIRMED = "contact_confirmed"

    @property
    def label(self) -> str:
        """Human-readable name."""
        return {
            ImminentStepKind.ACTIVE_ENGAGEMENT: "Active engagement",
            ImminentStepKind.SUPERVISOR_NOTIFIED: "Supervisor notified",
            ImminentStepKind.EMERGENCY_REQUESTED: "Emergency services requested",
            ImminentStepKind.CONTACT_CONFIRMED: "Emergency services contact confirmed",
        }[self]


@dataclass(frozen=True, slots=True)
class ImminentStep:
    """A step of the imminent-risk protocol and when it was done."""

    kind: ImminentStepKind
    done_at: datetime | None = None
    done_by: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Transfer911:
    """Hand-off data of a 911 transfer (NENA / EIDO style)."""

    cad_incident_number: str = ""
    psap_name: str = ""
    transferred_at: datetime | None = None
    telecommunicator: str = ""
    nature_of_call: str = ""
    officer_on_standby: bool | None = None


@dataclass(frozen=True, slots=True)
class CoResponder:
    """A co-responder field encounter: the officer with the clinician on scene."""

    officer: str = ""
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Caller:
    """The person calling. Anonymous by default."""

    anonymous: bool = True
    name: str = ""
    preferred_name: str = ""
    pronouns: str = ""
    age: int | None = None
    age_range: str = ""
    language: str = ""
    interpreter_used: bool = False
    callback_number: str = ""
    """E.164 (``+13145550100``) once validated; empty when not given."""
    address: str = ""
    cross_streets: str = ""
    latitude: float | None = None
    longitude: float | None = None
    third_party: bool = False
    third_party_relationship: str = ""


@dataclass(frozen=True, slots=True)
class Outcomes:
    """What the program reports. Derived from the disposition, correctable by the counselor."""

    police_avoided: bool | None = None
    ems_avoided: bool | None = None
    arrest_avoided: bool | None = None
    hospitalization_avoided: bool | None = None


@dataclass(frozen=True, slots=True)
class DispositionDetails:
    """How the call ended, and what was agreed."""

    primary: Disposition | None = None
    mobile_team_dispatched: bool = False
    warm_transfer_to: str = ""
    ems_requested: bool = False
    police_requested: bool = False
    returned_to_911: bool = False
    referral_given: bool = False
    follow_up_consent: bool | None = None
    follow_up_times: str = ""
    follow_up_number: str = ""
    outcomes: Outcomes = field(default_factory=Outcomes)


def derive_outcomes(details: DispositionDetails) -> Outcomes:
    """The outcome flags that follow from a disposition (the counselor may then correct them).

    Police and EMS are avoided unless requested (or the call went back to 911, which may send
    either: unknown). Arrest and hospitalisation are avoided unless police or EMS were involved,
    in which case only the counselor can say: unknown until corrected.
    """
    if details.primary is None:
        return Outcomes()
    police = details.police_requested or details.primary is Disposition.POLICE_REQUESTED
    ems = details.ems_requested or details.primary is Disposition.EMS_REQUESTED
    back_to_911 = details.returned_to_911 or details.primary is Disposition.RETURNED_TO_911
    return Outcomes(
        police_avoided=None if back_to_911 and not police else not police,
        ems_avoided=None if back_to_911 and not ems else not ems,
        arrest_avoided=None if police or back_to_911 else True,
        hospitalization_avoided=None if ems or back_to_911 else True,
    )


@dataclass(frozen=True, slots=True)
class CallReferral:
    """A directory service given to the caller during the call.

    The service's name, organization and phone are copied at the time of the referral, so the
    record (and any handoff made from it) still says what the caller was told after the
    directory changes. ``warm_handoff`` means the counselor connects the caller to the service
    (or calls it on their behalf) rather than only giving the number.
    """

    id: uuid.UUID
    service_id: str
    service_name: str
    organization_name: str = ""
    phone: str = ""
    note: str = ""
    warm_handoff: bool = False
    given_at: datetime | None = None
    given_by: str = ""  # display name of the counselor

    NOTE_LIMIT: ClassVar[int] = 2000
    """Longest note kept with a referral (characters, once cleaned)."""
    NAME_LIMIT: ClassVar[int] = 300
    """Longest service name kept (a longer directory name is cut to fit)."""

    def cleaned(self) -> CallReferral:
        """This referral as it is stored: no control characters, trimmed, names cut to fit.

        The note keeps its line breaks and tabs. The service and the workspace both apply this,
        so what the workspace shows is exactly what the database keeps.
        """
        return replace(
            self,
            service_id=self.service_id.strip(),
            service_name=_single_line(self.service_name)[: self.NAME_LIMIT].strip(),
            organization_name=_single_line(self.organization_name),
            phone=_single_line(self.phone),
            note=_multi_line(self.note),
        )

    @property
    def order_key(self) -> tuple[datetime, str]:
        """Referrals are listed in the order they were given (then by id, for ties)."""
        return (self.given_at or _NOT_GIVEN_YET, self.id.hex)


_NOT_GIVEN_YET = datetime.max.replace(tzinfo=UTC)  # listed last until stamped


def _single_line(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc").strip()


def _multi_line(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc").strip()


@dataclass(frozen=True, slots=True)
class CallRecord:
    """Everything recorded about one call, as the intake workspace edits it.

    ``version`` is the database row's version (0 before the first save); a save with a stale
    version is refused as a conflict instead of overwriting someone else's change.
    """

    id: uuid.UUID
    source: CallSource
    counselor_id: uuid.UUID
    counselor_name: str
    started_at: datetime
    version: int = 0
    status: CallStatus = CallStatus.OPEN
    ended_at: datetime | None = None
    transfer: Transfer911 = field(default_factory=Transfer911)
    co_responder: CoResponder = field(default_factory=CoResponder)
    caller: Caller = field(default_factory=Caller)
    concerns: tuple[str, ...] = ()
    narrative: str = ""
    cssrs: CssrsScreen | None = None
    lifeline: LifelineAssessment | None = None
    imminent_steps: tuple[ImminentStep, ...] = ()
    checklists: tuple[ChecklistRunState, ...] = ()
    safety_plan: SafetyPlan = field(default_factory=SafetyPlan)
    disposition: DispositionDetails = field(default_factory=DispositionDetails)
    referrals: tuple[CallReferral, ...] = ()
    substance_use_info: bool = False
    signed_by: str = ""
    signed_at: datetime | None = None

    @property
    def reference(self) -> str:
        """The short reference shown everywhere."""
        return call_reference(self.id, self.started_at)

    @property
    def risk_level(self) -> RiskLevel:
        """The highest level any completed assessment gives."""
        from counselor_app.domain.risk import provisional_triage

        return overall_risk(
            provisional_triage(self.cssrs) if self.cssrs else None,
            self.lifeline.level() if self.lifeline else None,
        )

    @property
    def imminent(self) -> bool:
        """True while the call is at imminent risk."""
        return self.risk_level is RiskLevel.IMMINENT

    def step(self, kind: ImminentStepKind) -> ImminentStep:
        """The imminent-risk step of ``kind`` (not done when absent)."""
        for s in self.imminent_steps:
            if s.kind is kind:
                return s
        return ImminentStep(kind)

    def with_step_done(
        self, kind: ImminentStepKind, when: datetime, by: str, note: str = ""
    ) -> CallRecord:
        """A copy with the imminent-risk step stamped."""
        steps = [s for s in self.imminent_steps if s.kind is not kind]
        steps.append(ImminentStep(kind, when, by, note))
        order = list(ImminentStepKind)
        steps.sort(key=lambda s: order.index(s.kind))
        return replace(self, imminent_steps=tuple(steps))

    @property
    def editable(self) -> bool:
        """Open calls are edited freely; completed ones only when someone chooses to."""
        return self.status is CallStatus.OPEN


def missing_for_completion(record: CallRecord) -> list[str]:
    """Everything that must be filled in before the call can be completed, in form order."""
    missing: list[str] = []
    if record.source is CallSource.TRANSFER_911:
        if not record.transfer.cad_incident_number.strip():
            missing.append(msg("911 transfer: the CAD incident number."))
        if not record.transfer.psap_name.strip():
            missing.append(msg("911 transfer: the PSAP (answering point)."))
    if record.source is CallSource.CO_RESPONDER and not record.co_responder.officer.strip():
        missing.append(msg("Co-responder: the officer on scene."))
    if record.caller.third_party and not record.caller.third_party_relationship.strip():
        missing.append(msg("Caller: the third-party caller's relationship to the person."))
    if not record.concerns:
        missing.append(msg("Presenting concerns: choose at least one."))
    if not record.narrative.strip():
        missing.append(msg("Narrative: a short note of what happened on the call."))
    if record.cssrs is None or not record.cssrs.started:
        missing.append(msg("Risk: the C-SSRS screener."))
    elif not record.cssrs.complete:
        missing.append(
            msg(
                "Risk: finish the C-SSRS screener (question {questions}).",
                questions=comma_list(record.cssrs.unanswered()),
            )
        )
    if record.imminent:
        for kind in ImminentStepKind:
            if record.step(kind).done_at is None:
                missing.append(msg("Imminent risk: '{step}' is not done.", step=Label(kind.label)))
    d = record.disposition
    if d.primary is None:
        missing.append(msg("Disposition: how the call ended."))
    if d.primary is Disposition.WARM_TRANSFER and not d.warm_transfer_to.strip():
        missing.append(msg("Disposition: to whom the call was warmly transferred."))
    if d.follow_up_consent is None and d.primary is not Disposition.DISCONNECTED:
        missing.append(msg("Follow-up: ask for consent (yes or no)."))
    if d.follow_up_consent:
        if not (d.follow_up_number.strip() or record.caller.callback_number.strip()):
            missing.append(msg("Follow-up: the number to call."))
        if not d.follow_up_times.strip():
            missing.append(msg("Follow-up: the preferred times."))
    return missing
