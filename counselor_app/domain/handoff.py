"""Handoffs: who receives what (minimum necessary), and when consent is needed.

A handoff PDF that leaves the building is a disclosure. Each recipient gets only the sections
its work needs (``SECTIONS``). Consent follows the center's rules, which mirror HIPAA:

* **Mobile crisis team** and **PSAP/911** in an emergency (imminent risk, or the call ended
  with emergency services: mobile team dispatched, EMS or police requested, returned to 911)
  need no consent: HIPAA permits a disclosure to persons able to prevent or lessen a serious and
  imminent threat (45 CFR 164.512(j)), and 42 CFR 2.51 permits Part 2 information to medical
  personnel in a bona fide medical emergency. Outside an emergency they need the caller's
  consent like everyone else.
* **Peer specialist** (follow-up) and **clinician** (referral) need the caller's consent, as
  recorded on the call (``follow_up_consent``: the caller agreed to be contacted again and to
  continued care).
* Without consent, an export is refused unless an emergency override with a reason is given;
  the override and its reason are kept in the disclosure log.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from counselor_app.domain.calls import CallRecord, Disposition
from counselor_app.domain.errors import PermissionDeniedError, msg


class Recipient(enum.StrEnum):
    """Who a handoff is for."""

    MOBILE_TEAM = "mobile-team"
    PSAP = "psap"
    PEER = "peer"
    CLINICIAN = "clinician"

    @property
    def label(self) -> str:
        """Human-readable name (also the title of the handoff)."""
        return {
            Recipient.MOBILE_TEAM: "Mobile crisis team",
            Recipient.PSAP: "PSAP / 911",
            Recipient.PEER: "Peer specialist follow-up",
            Recipient.CLINICIAN: "Clinician referral",
        }[self]

    @classmethod
    def parse(cls, text: str) -> Recipient:
        """Accept ``mobile-team``, ``mobile_team`` or ``Mobile team`` (any case)."""
        key = text.strip().lower().replace("_", "-").replace(" ", "-")
        try:
            return cls(key)
        except ValueError:
            valid = ", ".join(r.value for r in cls)
            raise ValueError(f"Unknown recipient '{text}'. Choose one of: {valid}.") from None


class Section(enum.StrEnum):
    """The parts a handoff can carry, in the order they are printed."""

    TRANSFER = "transfer"
    CALLER = "caller"
    LOCATION = "location"
    RISK = "risk"
    IMMINENT_STEPS = "imminent_steps"
    CHECKLISTS = "checklists"
    NARRATIVE = "narrative"
    SAFETY_PLAN = "safety_plan"
    REFERRALS = "referrals"
    FOLLOW_UP = "follow_up"
    DISPOSITION = "disposition"


SECTIONS: dict[Recipient, tuple[Section, ...]] = {
    Recipient.MOBILE_TEAM: (
        Section.TRANSFER,
        Section.CALLER,
        Section.LOCATION,
        Section.RISK,
        Section.IMMINENT_STEPS,
        Section.CHECKLISTS,
        Section.SAFETY_PLAN,
        Section.DISPOSITION,
    ),
    Recipient.PSAP: (
        Section.TRANSFER,
        Section.CALLER,
        Section.LOCATION,
        Section.RISK,
        Section.IMMINENT_STEPS,
        Section.DISPOSITION,
    ),
    Recipient.PEER: (
        Section.CALLER,
        Section.RISK,
        Section.SAFETY_PLAN,
        Section.REFERRALS,
        Section.FOLLOW_UP,
        Section.DISPOSITION,
    ),
    Recipient.CLINICIAN: (
        Section.TRANSFER,
        Section.CALLER,
        Section.RISK,
        Section.IMMINENT_STEPS,
        Section.CHECKLISTS,
        Section.NARRATIVE,
        Section.SAFETY_PLAN,
        Section.REFERRALS,
        Section.FOLLOW_UP,
        Section.DISPOSITION,
    ),
}
"""The minimum necessary sections of each recipient's handoff (header and signature always)."""


class ConsentBasis(enum.StrEnum):
    """Why a disclosure was allowed (the ``consent`` column of the disclosure log)."""

    GIVEN = "given"
    NOT_REQUIRED = "not_required"
    EMERGENCY_OVERRIDE = "emergency_override"


@dataclass(frozen=True, slots=True)
class ConsentDecision:
    """Whether a handoff may go out, and on what basis; ``reason`` explains a refusal."""

    allowed: bool
    basis: ConsentBasis | None
    reason: str = ""


OVERRIDE_REASON_LIMIT = 500


def is_emergency(record: CallRecord) -> bool:
    """Imminent risk, or the call ended with emergency services involved."""
    d = record.disposition
    emergency_dispositions = {
        Disposition.MOBILE_CRISIS_TEAM,
        Disposition.EMS_REQUESTED,
        Disposition.POLICE_REQUESTED,
        Disposition.RETURNED_TO_911,
    }
    return (
        record.imminent
        or d.primary in emergency_dispositions
        or d.mobile_team_dispatched
        or d.ems_requested
        or d.police_requested
        or d.returned_to_911
    )


def consent_decision(
    record: CallRecord, recipient: Recipient, override_reason: str | None = None
) -> ConsentDecision:
    """Apply the consent rules (module docstring) to one handoff."""
    if recipient in (Recipient.MOBILE_TEAM, Recipient.PSAP) and is_emergency(record):
        return ConsentDecision(True, ConsentBasis.NOT_REQUIRED)
    if record.disposition.follow_up_consent:
        return ConsentDecision(True, ConsentBasis.GIVEN)
    reason = (override_reason or "").strip()
    if reason:
        return ConsentDecision(True, ConsentBasis.EMERGENCY_OVERRIDE)
    declined = record.disposition.follow_up_consent is False
    if recipient in (Recipient.MOBILE_TEAM, Recipient.PSAP):
        why = (
            msg("The caller declined consent and this call is not an emergency.")
            if declined
            else msg("The caller's consent is not recorded and this call is not an emergency.")
        )
    else:
        why = (
            msg("The caller declined consent.")
            if declined
            else msg("The caller's consent is not recorded.")
        )
    return ConsentDecision(False, None, why)


class ConsentRequiredError(PermissionDeniedError):
    """A handoff that needs the caller's consent, which the call does not record."""


PURPOSES: dict[Recipient, str] = {
    Recipient.MOBILE_TEAM: "Mobile crisis team response to the caller",
    Recipient.PSAP: "Coordination of the emergency response with 911",
    Recipient.PEER: "Follow-up contact with the caller",
    Recipient.CLINICIAN: "Continuity of care (referral)",
}
"""The purpose recorded when the person gives none."""

PURPOSE_LIMIT = 200
