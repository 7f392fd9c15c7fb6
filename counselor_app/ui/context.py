"""What the user interface needs from the composition root, described as protocols.

The UI may not import ``counselor_app.app`` or the services that reach the database (the
import-linter contract forbids even indirect imports of ``db`` and ``sqlalchemy``), so it names
the shape of ``AppContext`` here instead. ``AppContext`` satisfies these protocols structurally.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from counselor_app.config import Settings
from counselor_app.domain.accounts import (
    BreakGlassAccess,
    Role,
    SignedInUser,
    StaffAccount,
    TotpEnrollment,
)
from counselor_app.domain.audit import AuditVerification
from counselor_app.domain.calls import (
    CallQuery,
    CallRecord,
    CallSource,
    CallSummary,
    PriorCall,
)
from counselor_app.domain.checklists import ChecklistTemplate
from counselor_app.domain.directory import (
    DirectoryQuery,
    ExportReport,
    FilterChoices,
    ImportReport,
    OrganizationEdit,
    OrganizationSummary,
    ServiceDetail,
    ServiceEdit,
    ServiceHit,
)
from counselor_app.domain.enrollment import (
    EnrollmentIssued,
    EnrollmentResult,
    WorkstationKeyStatus,
)
from counselor_app.domain.follow_ups import (
    AttemptResult,
    ContactMethod,
    FollowUpCounts,
    FollowUpDetail,
    FollowUpOutcome,
    FollowUpSummary,
    QueueView,
)
from counselor_app.domain.handoff import Recipient
from counselor_app.domain.outcomes import (
    OutcomeFilters,
    OutcomeReport,
    ReportChoices,
    ReportPeriod,
)
from counselor_app.domain.safety_plan import SafetyPlan
from counselor_app.services.drafts import Draft
from counselor_app.services.outbox import KeptChange, OutboxStatus, ReplayReport
from counselor_app.services.reference import ReferenceData


class ChangeSource(Protocol):
    """The service layer's change bus (``services.events.ChangeBus``)."""

    def subscribe(self, listener: Callable[[Any], None]) -> Callable[[], None]:
        """Add a listener; returns the function that removes it."""
        ...


class DatabasePort(Protocol):
    """What the UI shows and checks about the database."""

    @property
    def location(self) -> str:
        """File path or host, never a password."""
        ...

    def ping(self) -> None:
        """Raise ``DatabaseUnavailableError`` when the database does not answer."""
        ...


class PasswordPolicyPort(Protocol):
    """The password policy in force."""

    @property
    def blocklist(self) -> Collection[str]:
        """Common and leaked passwords, case-folded."""
        ...


class AuthPort(Protocol):
    """Signing in and out and the first administrator."""

    @property
    def policy(self) -> PasswordPolicyPort:
        """The password policy in force."""
        ...

    def needs_first_administrator(self) -> bool:
        """True when the database has no accounts yet."""
        ...

    def create_first_administrator(
        self, username: str, display_name: str, password: str
    ) -> StaffAccount:
        """Create the first administrator."""
        ...

    def sign_in(self, username: str, password: str, code: str = "") -> SignedInUser:
        """Check the credentials (and the second-step code) and open a session."""
        ...

    @property
    def reauth_interval(self) -> timedelta:
        """How long a password proof lasts before the daily check."""
        ...

    def confirm(self, user: SignedInUser, password: str, code: str = "") -> datetime:
        """Prove the password again (unlock, daily check); when the next check falls due."""
        ...

    def start_two_step(self, user: SignedInUser) -> TotpEnrollment:
        """A new second-factor secret to show (nothing stored yet)."""
        ...

    def enable_two_step(self, user: SignedInUser, secret: str, code: str) -> None:
        """Turn the second factor on once ``code`` matches ``secret``."""
        ...

    def two_step_enabled(self, user: SignedInUser) -> bool:
        """True when the account signs in with a code as well."""
        ...

    def sign_out(self, user: SignedInUser) -> None:
        """Close the session."""
        ...

    def change_password(self, user: SignedInUser, current: str, new: str) -> None:
        """Change one's own password (the current one is required)."""
        ...


class AccountsPort(Protocol):
    """Account administration."""

    def list_accounts(self, user: SignedInUser) -> list[StaffAccount]:
        """Every account."""
        ...

    def add_account(
        self, user: SignedInUser, username: str, display_name: str, role: Role, password: str
    ) -> StaffAccount:
        """Create an account."""
        ...

    def set_active(self, user: SignedInUser, account_id: uuid.UUID, active: bool) -> StaffAccount:
        """Deactivate or reactivate an account."""
        ...

    def reset_password(self, user: SignedInUser, account_id: uuid.UUID, new_password: str) -> None:
        """Set a new password."""
        ...

    def reset_two_step(self, user: SignedInUser, account_id: uuid.UUID) -> StaffAccount:
        """Turn a person's second factor off (a lost phone)."""
        ...


class BreakGlassPort(Protocol):
    """Break-glass access (``services.break_glass.BreakGlassService``)."""

    @property
    def minutes(self) -> int:
        """How long an access lasts."""
        ...

    def grant(self, user: SignedInUser, reference: str, reason: str) -> BreakGlassAccess:
        """Open another counselor's call for a while, with a reason; supervisors are alerted."""
        ...

    def recent(self, user: SignedInUser, limit: int = 100) -> list[BreakGlassAccess]:
        """The newest accesses with their reasons (supervisors)."""
        ...


class CallsPort(Protocol):
    """Call lists."""

    def recent_calls(self, user: SignedInUser, limit: int = 200) -> list[CallSummary]:
        """The newest calls the user may see."""
        ...


class FollowUpsPort(Protocol):
    """The follow-up queue (``services.follow_ups.FollowUpService``)."""

    @property
    def zone(self) -> tzinfo:
        """The center's time zone: "today" and the week are its calendar days."""
        ...

    @property
    def max_attempts(self) -> int:
        """Unsuccessful attempts after which a follow-up closes as unreachable."""
        ...

    def open_queue(self, user: SignedInUser, limit: int = 500) -> list[FollowUpSummary]:
        """Open follow-ups, soonest due first."""
        ...

    def queue(
        self,
        user: SignedInUser,
        view: QueueView | str = QueueView.DUE_TODAY,
        *,
        now: datetime | None = None,
        limit: int = 500,
    ) -> list[FollowUpSummary]:
        """The follow-ups of one queue view, soonest end of window first, then higher risk."""
        ...

    def counts(self, user: SignedInUser, *, now: datetime | None = None) -> FollowUpCounts:
        """The count of every queue view (tabs and the navigation rail)."""
        ...

    def unreachable(self, user: SignedInUser, limit: int = 500) -> list[FollowUpSummary]:
        """Follow-ups closed as unreachable, most recently closed first (supervisors)."""
        ...

    def week(self, user: SignedInUser, start_date: date) -> list[FollowUpSummary]:
        """My follow-ups in the 7 days from ``start_date`` (center time zone)."""
        ...

    def detail(self, user: SignedInUser, follow_up_id: uuid.UUID) -> FollowUpDetail:
        """One follow-up with its attempts (the opening is audited)."""
        ...

    def schedule_from_call(self, user: SignedInUser, call_id: uuid.UUID) -> list[FollowUpSummary]:
        """Schedule the plan for the call's risk level (idempotent)."""
        ...

    def add(
        self,
        user: SignedInUser,
        call_id: uuid.UUID,
        due_start: datetime,
        due_end: datetime,
        method: ContactMethod = ContactMethod.PHONE,
        number: str = "",
        preferred_times: str = "",
    ) -> FollowUpSummary:
        """Add one follow-up to a call with consent."""
        ...

    def move(
        self,
        user: SignedInUser,
        follow_up_id: uuid.UUID,
        due_start: datetime,
        due_end: datetime,
        version: int,
    ) -> FollowUpSummary:
        """A new due window (``ConflictError`` when ``version`` is stale)."""
        ...

    def cancel(
        self, user: SignedInUser, follow_up_id: uuid.UUID, reason: str, version: int
    ) -> FollowUpSummary:
        """Cancel an open follow-up, with the reason."""
        ...

    def claim(self, user: SignedInUser, follow_up_id: uuid.UUID) -> FollowUpSummary:
        """Claim before calling; ``ConflictError`` naming who has it when someone else won."""
        ...

    def release(self, user: SignedInUser, follow_up_id: uuid.UUID) -> FollowUpSummary:
        """Give a claimed follow-up back to the queue."""
        ...

    def record_attempt(
        self,
        user: SignedInUser,
        follow_up_id: uuid.UUID,
        result: AttemptResult,
        notes: str = "",
        next_step: str = "",
        at: datetime | None = None,
        *,
        outcome: FollowUpOutcome | None = None,
    ) -> FollowUpSummary:
        """Record one attempt; it may complete the follow-up or close it as unreachable."""
        ...

    def export_ics(self, user: SignedInUser, path: Path | None = None) -> bytes:
        """My open follow-ups as an RFC 5545 calendar, written atomically to ``path``."""
        ...


class DirectoryPort(Protocol):
    """The referral directory (``services.directory.DirectoryService``)."""

    @property
    def zone(self) -> ZoneInfo:
        """The center's time zone, in which opening hours are read."""
        ...

    def search(
        self, user: SignedInUser, query: DirectoryQuery, *, now: datetime | None = None
    ) -> list[ServiceHit]:
        """Services matching ``query``, best first."""
        ...

    def service_detail(
        self, user: SignedInUser, service_id: str, *, now: datetime | None = None
    ) -> ServiceDetail:
        """Everything the detail panel shows about one service."""
        ...

    def filter_choices(self, user: SignedInUser) -> FilterChoices:
        """Categories and languages the filters offer."""
        ...

    def list_organizations(
        self, user: SignedInUser, *, include_inactive: bool = True
    ) -> list[OrganizationSummary]:
        """Organizations by name (administrators)."""
        ...

    def save_organization(self, user: SignedInUser, edit: OrganizationEdit) -> OrganizationSummary:
        """Create or change an organization (version-checked)."""
        ...

    def set_organization_active(
        self, user: SignedInUser, organization_id: str, active: bool, version: int
    ) -> OrganizationSummary:
        """Deactivate (with its services) or reactivate an organization."""
        ...

    def save_service(self, user: SignedInUser, edit: ServiceEdit) -> ServiceDetail:
        """Create or change a service (version-checked)."""
        ...

    def set_service_active(
        self, user: SignedInUser, service_id: str, active: bool, version: int
    ) -> ServiceDetail:
        """Deactivate or reactivate a service."""
        ...

    def import_hsds(
        self,
        user: SignedInUser,
        path: Path,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Import an HSDS 3.0 CSV package (folder or zip) in one transaction."""
        ...

    def export_hsds(self, user: SignedInUser, folder: Path) -> ExportReport:
        """Write the directory as an HSDS 3.0 CSV package."""
        ...


class IntakePort(Protocol):
    """The intake workspace's use cases (``services.intake.IntakeService``)."""

    @property
    def reference(self) -> ReferenceData:
        """Concerns, the Lifeline grid and the shipped checklists."""
        ...

    def new_call(self, user: SignedInUser, source: CallSource) -> CallRecord:
        """A new, unsaved call started now."""
        ...

    def load(self, user: SignedInUser, call_id: uuid.UUID) -> CallRecord:
        """The whole call (the opening is audited)."""
        ...

    def save(self, user: SignedInUser, record: CallRecord) -> CallRecord:
        """Store the call; returns it with its new version (``ConflictError`` when stale)."""
        ...

    def complete(self, user: SignedInUser, record: CallRecord) -> CallRecord:
        """Check completeness, stop the timer and store (``ValidationError`` lists what lacks)."""
        ...

    def sign(self, user: SignedInUser, call_id: uuid.UUID, version: int) -> CallRecord:
        """A supervisor's signature on a completed call."""
        ...

    def search(self, user: SignedInUser, query: CallQuery) -> list[CallSummary]:
        """Calls matching ``query``, newest first."""
        ...

    def live_imminent_calls(self, user: SignedInUser) -> list[CallSummary]:
        """Open calls at imminent risk on every workstation."""
        ...

    def prior_calls(
        self,
        user: SignedInUser,
        callback_number: str,
        caller_name: str,
        exclude: uuid.UUID | None = None,
    ) -> list[PriorCall]:
        """Earlier calls with the same number or name."""
        ...

    def latest_safety_plan(self, user: SignedInUser, prior_call_id: uuid.UUID) -> SafetyPlan:
        """The safety plan of an earlier call."""
        ...

    def checklist_templates(self, user: SignedInUser) -> list[ChecklistTemplate]:
        """The checklist templates in force."""
        ...


class DraftsPort(Protocol):
    """Encrypted drafts of calls in progress (``services.drafts.DraftStore``)."""

    def save(self, record: CallRecord) -> int:
        """Write the draft of ``record``; returns the bytes written."""
        ...

    def discard(self, call_id: uuid.UUID) -> None:
        """Remove the draft once the call is in the database."""
        ...

    def recover(self, counselor_id: uuid.UUID | None = None) -> list[Draft]:
        """Drafts left behind (by a crash), oldest first."""
        ...


class OutboxPort(Protocol):
    """Changes kept on this workstation while offline (``services.outbox.Outbox``)."""

    def status(self) -> OutboxStatus:
        """How many changes wait, and how many need a person."""
        ...

    def replay(self) -> ReplayReport:
        """Send the waiting changes in order (the database answers again)."""
        ...

    def waiting_for(self, target: str) -> bool:
        """True when a change of ``target`` (``call:<id>``) is kept on this workstation."""
        ...

    def kept_changes(self) -> list[KeptChange]:
        """Every change kept on this workstation, described, in the order they were made."""
        ...

    def release(self, key: str) -> bool:
        """Send a held change again at the next replay."""
        ...

    def discard(self, key: str) -> bool:
        """Delete one kept change on a person's decision."""
        ...


class HandoffDocument(Protocol):
    """A finished PDF (``services.handoff.HandoffResult``), already logged as a disclosure."""

    @property
    def pdf(self) -> bytes:
        """The document."""
        ...

    @property
    def warnings(self) -> tuple[str, ...]:
        """What to tell the person (characters printed as placeholders)."""
        ...

    @property
    def pages(self) -> int:
        """Number of pages."""
        ...

    @property
    def disclosure_id(self) -> uuid.UUID:
        """Its entry in the disclosure log."""
        ...

    @property
    def file_name(self) -> str:
        """A suggested file name (call reference and recipient; never caller data)."""
        ...


DocumentT = TypeVar("DocumentT", bound=HandoffDocument)


class HandoffPort(Protocol[DocumentT]):
    """Handoff and safety plan PDFs (``services.handoff.HandoffService``).

    Generic in the document type because ``save`` takes back exactly what ``build`` returned.
    """

    def build(
        self,
        user: SignedInUser,
        call_id: uuid.UUID,
        recipient: Recipient,
        *,
        purpose: str = "",
        override_reason: str | None = None,
        recipient_name: str = "",
    ) -> DocumentT:
        """The handoff for ``recipient``, logged; ``ConsentRequiredError`` without consent."""
        ...

    def safety_plan_pdf(
        self, user: SignedInUser, call_id: uuid.UUID, language: str = "en"
    ) -> DocumentT:
        """The caller's copy of the safety plan (``en`` or ``es``), logged."""
        ...

    def save(self, result: DocumentT, path: Path) -> None:
        """Write the PDF durably, readable by its owner only (mode 0600)."""
        ...


class OutcomesPort(Protocol):
    """The program outcome report (``services.outcomes.OutcomeService``)."""

    def choices(self, user: SignedInUser) -> ReportChoices:
        """Counselors and teams the filters offer."""
        ...

    def report(
        self,
        user: SignedInUser,
        period: ReportPeriod,
        filters: OutcomeFilters | None = None,
        *,
        as_of: datetime | None = None,
    ) -> OutcomeReport:
        """The report of a period for the calls matching the filters."""
        ...

    def export(
        self, user: SignedInUser, report: OutcomeReport, fmt: str, path: Path | None = None
    ) -> bytes:
        """The report as CSV, JSON or PDF, written to ``path`` when given."""
        ...


class AuditPort(Protocol):
    """The audit trail."""

    def verify(self, database: Any) -> AuditVerification:
        """Check the whole chain."""
        ...


class EnrollmentPort(Protocol):
    """Workstation enrollment (``services.enrollment.EnrollmentService``)."""

    def status(self) -> WorkstationKeyStatus:
        """Whether this workstation holds the keys the open database depends on."""
        ...

    def export(self, user: SignedInUser, path: Path) -> EnrollmentIssued:
        """Write an enrollment file; its one-time passphrase comes back once."""
        ...

    def import_file(
        self, path: Path, passphrase: str, *, replace: bool = False
    ) -> EnrollmentResult:
        """Enroll this workstation for the open database from an enrollment file."""
        ...


class AppServices(Protocol):
    """The parts of ``counselor_app.app.AppContext`` the user interface uses."""

    @property
    def settings(self) -> Settings:
        """Workstation settings."""
        ...

    @property
    def database(self) -> DatabasePort:
        """The database."""
        ...

    @property
    def events(self) -> ChangeSource:
        """Change announcements from the services."""
        ...

    @property
    def audit(self) -> AuditPort:
        """The audit trail."""
        ...

    @property
    def auth(self) -> AuthPort:
        """Signing in and out."""
        ...

    @property
    def accounts(self) -> AccountsPort:
        """Account administration."""
        ...

    @property
    def calls(self) -> CallsPort:
        """Call lists."""
        ...

    @property
    def follow_ups(self) -> FollowUpsPort:
        """The follow-up queue."""
        ...

    @property
    def directory(self) -> DirectoryPort:
        """The referral directory."""
        ...

    @property
    def intake(self) -> IntakePort:
        """Calls: the intake workspace and the calls list."""
        ...

    @property
    def handoffs(self) -> HandoffPort[Any]:
        """Handoff and safety plan PDFs."""
        ...

    @property
    def break_glass(self) -> BreakGlassPort:
        """Break-glass access to calls outside one's role."""
        ...

    @property
    def outcomes(self) -> OutcomesPort:
        """The outcome report."""
        ...

    @property
    def drafts(self) -> DraftsPort:
        """Drafts of calls in progress."""
        ...

    @property
    def reference(self) -> ReferenceData:
        """Reference data shipped in ``resources/``."""
        ...

    @property
    def outbox(self) -> OutboxPort | None:
        """Changes kept on this workstation while the database cannot be reached."""
        ...

    @property
    def enrollment(self) -> EnrollmentPort:
        """Workstation enrollment."""
        ...
