"""Calls: where a contact came from, how it ended, and what the UI shows of it."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from counselor_app.domain.risk import RiskLevel


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


class CallStatus(enum.StrEnum):
    """Life cycle of a call record."""

    OPEN = "open"
    COMPLETED = "completed"
    SIGNED = "signed"


class Disposition(enum.StrEnum):
    """How the call ended."""

    RESOLVED_ON_LINE = "resolved_on_line"
    MOBILE_CRISIS_TEAM = "mobile_crisis_team"
    WARM_TRANSFER = "warm_transfer"
    EMS_POLICE_NEEDED = "ems_police_needed"
    DISCONNECTED = "disconnected"

    @property
    def label(self) -> str:
        """Human-readable name."""
        return {
            Disposition.RESOLVED_ON_LINE: "Resolved on the line",
            Disposition.MOBILE_CRISIS_TEAM: "Mobile crisis team",
            Disposition.WARM_TRANSFER: "Warm transfer",
            Disposition.EMS_POLICE_NEEDED: "EMS/police needed",
            Disposition.DISCONNECTED: "Disconnected",
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
