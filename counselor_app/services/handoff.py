"""Handoff PDFs and the caller's safety plan: built in memory, every one logged as a disclosure.

A PDF that leaves the building is a disclosure. ``build`` and ``safety_plan_pdf`` check the
account's permission and the caller's consent, lay the document out in memory (nothing sensitive
is written to a temporary file), then record the disclosure (who, when, to whom, purpose,
consent) and its audit entry in one transaction. The PDF is returned only after that commit, so
no document exists without its log entry. Nothing here touches Qt: a dialog calls these methods
off the GUI thread through the UI's runner.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from counselor_app.atomic import atomic_write_bytes
from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import Disclosure
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.calls import CallRecord
from counselor_app.domain.errors import PermissionDeniedError, ValidationError, msg
from counselor_app.domain.follow_ups import FollowUpSummary
from counselor_app.domain.handoff import (
    OVERRIDE_REASON_LIMIT,
    PURPOSE_LIMIT,
    PURPOSES,
    SECTIONS,
    ConsentBasis,
    ConsentRequiredError,
    Recipient,
    Section,
    consent_decision,
)
from counselor_app.export.fonts import FontChain
from counselor_app.export.handoff import HandoffContent, RenderedPdf, render_handoff
from counselor_app.export.safety_plan import (
    LANGUAGES,
    SafetyPlanContent,
    parse_local_numbers,
    render_safety_plan,
)
from counselor_app.services.audit import Actor, AuditTrail
from counselor_app.services.authz import authorize
from counselor_app.services.follow_ups import FollowUpService
from counselor_app.services.intake import IntakeService

log = logging.getLogger(__name__)


_RECIPIENT_WORDS = {
    Recipient.MOBILE_TEAM: msg("mobile crisis team"),
    Recipient.PSAP: msg("psap / 911"),
    Recipient.PEER: msg("peer specialist follow-up"),
    Recipient.CLINICIAN: msg("clinician referral"),
}
"""Each recipient's label in lower case, as it reads inside a sentence (translatable)."""


@dataclass(frozen=True, slots=True)
class HandoffResult:
    """A finished PDF, the warnings to show (characters printed as placeholders), its log entry."""

    pdf: bytes
    warnings: tuple[str, ...]
    pages: int
    disclosure_id: uuid.UUID
    file_name: str
    """A suggested file name (call reference and recipient; never caller data)."""


@dataclass(frozen=True, slots=True)
class DisclosureEntry:
    """One line of a call's disclosure log."""

    id: uuid.UUID
    disclosed_at: datetime
    disclosed_by: uuid.UUID
    document_kind: str
    recipient_kind: str
    recipient_name: str
    purpose: str
    consent: ConsentBasis
    override_reason: str
    includes_part2: bool


class HandoffService:
    """Handoff and safety plan PDFs of a call, with the disclosure log."""

    def __init__(
        self,
        database: Database,
        audit: AuditTrail,
        intake: IntakeService,
        follow_ups: FollowUpService | None,
        *,
        center_name: str,
        time_zone: str,
        local_numbers: str = "",
        font_files: Sequence[str] = (),
    ) -> None:
        self._db = database
        self._audit = audit
        self._intake = intake
        self._follow_ups = follow_ups
        self.center_name = center_name
        self.zone = ZoneInfo(time_zone)
        self.local_numbers = parse_local_numbers(local_numbers)
        self._font_files = tuple(font_files)
        self._chain: FontChain | None = None
        self._chain_lock = threading.Lock()

    @property
    def fonts(self) -> FontChain:
        """The fonts PDFs use (found and registered on first use, then kept)."""
        with self._chain_lock:
            if self._chain is None:
                self._chain = FontChain.system(self._font_files)
                log.info("PDF fonts: %s", ", ".join(self._chain.families()) or "none found")
            return self._chain

    # --- handoffs ----------------------------------------------------------------------------

    def build(
        self,
        user: SignedInUser,
        call_id: uuid.UUID,
        recipient: Recipient,
        *,
        purpose: str = "",
        override_reason: str | None = None,
        recipient_name: str = "",
    ) -> HandoffResult:
        """The handoff PDF of a call for ``recipient``, logged as a disclosure.

        Raises ``ConsentRequiredError`` when the recipient needs the caller's consent, the call
        does not record it and no ``override_reason`` is given.
        """
        purpose = " ".join((purpose or PURPOSES[recipient]).split())
        if len(purpose) > PURPOSE_LIMIT:
            raise ValidationError(
                msg("The purpose is too long (at most {limit} characters).", limit=PURPOSE_LIMIT)
            )
        reason = " ".join((override_reason or "").split())
        if override_reason is not None and not reason:
            raise ValidationError("An emergency override needs a reason.")
        if len(reason) > OVERRIDE_REASON_LIMIT:
            raise ValidationError(
                msg(
                    "The override reason is too long (at most {limit} characters).",
                    limit=OVERRIDE_REASON_LIMIT,
                )
            )
        self._check_may_export(user)
        record = self._intake.load(user, call_id)
        _check_not_break_glass(user, record)
        decision = consent_decision(record, recipient, reason or None)
        if not decision.allowed or decision.basis is None:
            raise ConsentRequiredError(
                msg(
                    "This handoff to the {recipient} needs the caller's consent. {reason}",
                    recipient=_RECIPIENT_WORDS[recipient],
                    reason=decision.reason,
                ),
                "Record the caller's consent on the call, or give an emergency override with "
                "its reason.",
            )
        follow_ups: tuple[FollowUpSummary, ...] = ()
        if Section.FOLLOW_UP in SECTIONS[recipient] and self._follow_ups is not None:
            follow_ups = tuple(self._follow_ups.for_call(user, call_id))
        content = HandoffContent(
            record=record,
            recipient=recipient,
            center_name=self.center_name,
            time_zone=self.zone,
            generated_at=datetime.now(UTC),
            generated_by=user.account.display_name,
            purpose=purpose,
            consent=decision.basis,
            concern_labels=tuple(self._intake.reference.concern_label(c) for c in record.concerns),
            risk_formulation=self._formulation(record),
            follow_ups=follow_ups,
            override_reason=reason if decision.basis is ConsentBasis.EMERGENCY_OVERRIDE else "",
        )
        rendered = render_handoff(content, self.fonts)
        name = recipient_name.strip() or _default_recipient_name(record, recipient)
        disclosure_id = self._log(
            user,
            record,
            rendered,
            document_kind="handoff",
            recipient_kind=recipient.value,
            recipient_name=name,
            purpose=purpose,
            consent=decision.basis,
            override_reason=content.override_reason,
        )
        return HandoffResult(
            pdf=rendered.data,
            warnings=rendered.warnings,
            pages=rendered.pages,
            disclosure_id=disclosure_id,
            file_name=f"handoff-{record.reference}-{recipient.value}.pdf",
        )

    def safety_plan_pdf(
        self, user: SignedInUser, call_id: uuid.UUID, language: str = "en"
    ) -> HandoffResult:
        """The caller's copy of the call's safety plan, in ``language`` (``en`` or ``es``).

        Given to the caller themself: no consent is needed, but it is logged like any export.
        """
        if language not in LANGUAGES:
            raise ValidationError(
                msg(
                    "The safety plan is printed in {languages}, not '{language}'.",
                    languages=" or ".join(LANGUAGES),
                    language=language,
                )
            )
        self._check_may_export(user)
        record = self._intake.load(user, call_id)
        _check_not_break_glass(user, record)
        if record.safety_plan.is_empty:
            raise ValidationError("This call has no safety plan to print.")
        content = SafetyPlanContent(
            plan=record.safety_plan,
            language=language,
            center_name=self.center_name,
            local_numbers=self.local_numbers,
            made_at=record.started_at,
            time_zone=self.zone,
        )
        rendered = render_safety_plan(content, self.fonts)
        disclosure_id = self._log(
            user,
            record,
            rendered,
            document_kind="safety_plan",
            recipient_kind="caller",
            recipient_name="The caller",
            purpose="Caller's own copy of the safety plan",
            consent=ConsentBasis.NOT_REQUIRED,
            override_reason="",
            part2=False,
        )
        return HandoffResult(
            pdf=rendered.data,
            warnings=rendered.warnings,
            pages=rendered.pages,
            disclosure_id=disclosure_id,
            file_name=f"safety-plan-{record.reference}-{language}.pdf",
        )

    @staticmethod
    def save(result: HandoffResult, path: Path) -> None:
        """Write the PDF durably (temporary file in the same folder, fsync, rename)."""
        atomic_write_bytes(path, result.pdf)

    def disclosures(self, user: SignedInUser, call_id: uuid.UUID) -> list[DisclosureEntry]:
        """The disclosure log of one call, oldest first (supervisors and administrators)."""
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.CALL_VIEW_ALL)
            rows = uow.session.scalars(
                select(Disclosure)
                .where(Disclosure.call_id == call_id)
                .order_by(Disclosure.disclosed_at, Disclosure.id)
            )
            return [
                DisclosureEntry(
                    id=r.id,
                    disclosed_at=r.disclosed_at,
                    disclosed_by=r.disclosed_by,
                    document_kind=r.document_kind,
                    recipient_kind=r.recipient_kind,
                    recipient_name=r.recipient_name,
                    purpose=r.purpose,
                    consent=ConsentBasis(r.consent),
                    override_reason=r.override_reason or "",
                    includes_part2=r.includes_part2,
                )
                for r in rows
            ]

    # --- internals ---------------------------------------------------------------------------

    def _check_may_export(self, user: SignedInUser) -> None:
        with UnitOfWork(self._db, write=False) as uow:
            authorize(uow.session, user, Permission.HANDOFF_EXPORT)

    def _formulation(self, record: CallRecord) -> str:
        lifeline = record.lifeline
        if lifeline is None or not any(
            lifeline.present(p) for p in ("desire", "capability", "intent", "buffers")
        ):
            return ""
        return lifeline.formulation(self._intake.reference.lifeline_grid)

    def _log(
        self,
        user: SignedInUser,
        record: CallRecord,
        rendered: RenderedPdf,
        *,
        document_kind: str,
        recipient_kind: str,
        recipient_name: str,
        purpose: str,
        consent: ConsentBasis,
        override_reason: str,
        part2: bool | None = None,
    ) -> uuid.UUID:
        includes_part2 = record.substance_use_info if part2 is None else part2
        disclosure_id = uuid.uuid4()
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.HANDOFF_EXPORT)
            session.add(
                Disclosure(
                    id=disclosure_id,
                    call_id=record.id,
                    record_type="call",
                    record_id=str(record.id),
                    document_kind=document_kind,
                    recipient_kind=recipient_kind,
                    recipient_name=recipient_name[:200],
                    purpose=purpose[:200],
                    consent=consent.value,
                    override_reason=override_reason or None,
                    includes_part2=includes_part2,
                    disclosed_by=user.id,
                    disclosed_at=database_now(session),
                )
            )
            detail = (
                f"{document_kind} to {recipient_kind}; consent {consent.value}; "
                f"{rendered.pages} page(s); disclosure {disclosure_id}"
            )
            if includes_part2:
                detail += "; 42 CFR part 2"
            self._audit.record(
                session, Actor.of(user), AuditAction.EXPORT, "call", record.id, detail
            )
            uow.commit()
        return disclosure_id


def _default_recipient_name(record: CallRecord, recipient: Recipient) -> str:
    if recipient is Recipient.PSAP and record.transfer.psap_name:
        return record.transfer.psap_name
    if recipient is Recipient.CLINICIAN and record.disposition.warm_transfer_to:
        return record.disposition.warm_transfer_to
    return recipient.label


def _check_not_break_glass(user: SignedInUser, record: CallRecord) -> None:
    """A call opened by breaking the glass is read, never disclosed."""
    if record.counselor_id != user.id and not user.can(Permission.CALL_VIEW_ALL):
        raise PermissionDeniedError(
            "A call opened by breaking the glass can be read here, not exported.",
            "Ask a supervisor if the caller needs a handoff or a copy of the plan.",
        )
