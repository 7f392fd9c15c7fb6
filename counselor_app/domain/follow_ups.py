"""Follow-up contacts after a call: states, attempt results and what a queue shows."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from counselor_app.domain.risk import RiskLevel


class FollowUpStatus(enum.StrEnum):
    """Life cycle of a follow-up."""

    SCHEDULED = "scheduled"
    CLAIMED = "claimed"
    COMPLETED = "completed"
    UNREACHABLE = "unreachable"
    CANCELLED = "cancelled"


class AttemptResult(enum.StrEnum):
    """What happened when a peer specialist tried to reach the person."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    DECLINED = "declined"


class ContactMethod(enum.StrEnum):
    """How the person asked to be contacted."""

    PHONE = "phone"
    TEXT = "text"
    VISIT = "visit"


@dataclass(frozen=True, slots=True)
class FollowUpSummary:
    """One line of the follow-up queue. Initials only, never the full name or number."""

    id: uuid.UUID
    call_reference: str
    client_initials: str
    due_start: datetime
    due_end: datetime
    status: FollowUpStatus
    risk_level: RiskLevel
    contact_method: ContactMethod
    assigned_to_name: str | None
    attempts: int
