"""The follow-up queue list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject

from counselor_app.domain.follow_ups import ContactMethod, FollowUpStatus, FollowUpSummary
from counselor_app.ui.formatting import local_time_text, timestamp
from counselor_app.ui.table import Column, RecordTableModel

_METHOD_LABELS = {
    ContactMethod.PHONE: "Phone call",
    ContactMethod.TEXT: "Text message",
    ContactMethod.VISIT: "Visit",
}

_STATUS_LABELS = {
    FollowUpStatus.SCHEDULED: "Scheduled",
    FollowUpStatus.CLAIMED: "Claimed",
    FollowUpStatus.COMPLETED: "Completed",
    FollowUpStatus.UNREACHABLE: "Unreachable",
    FollowUpStatus.CANCELLED: "Cancelled",
}

UNASSIGNED = "Unassigned"


def method_label(method: ContactMethod) -> str:
    """Human-readable contact method."""
    return _METHOD_LABELS.get(method, method.value.capitalize())


def status_label(status: FollowUpStatus) -> str:
    """Human-readable follow-up status."""
    return _STATUS_LABELS.get(status, status.value.capitalize())


class FollowUpQueueTableModel(RecordTableModel):
    """One row per open follow-up. Overdue rows say so in words (and are bold)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = datetime.now(UTC)
        self.columns = (
            Column("Reference", lambda f: f.call_reference, tooltip="Reference of the call"),
            Column("Initials", lambda f: f.client_initials),
            Column("Due by", self._due_text, lambda f: timestamp(f.due_end), tooltip="Local time"),
            Column("Risk", lambda f: f.risk_level.label, lambda f: f.risk_level.rank),
            Column("Method", lambda f: method_label(f.contact_method)),
            Column("Assigned to", lambda f: f.assigned_to_name or UNASSIGNED),
            Column("Attempts", lambda f: str(f.attempts), lambda f: f.attempts, numeric=True),
            Column("Status", lambda f: status_label(f.status)),
        )

    def set_queue(self, records: Sequence[FollowUpSummary], now: datetime) -> bool:
        """Show ``records``; a follow-up is overdue when its window ended before ``now``."""
        changed_time = self._now != now
        self._now = now
        changed = self.set_records(records)
        if changed_time and not changed and self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        return changed

    def is_overdue(self, record: FollowUpSummary) -> bool:
        """True when the due window has passed."""
        return record.due_end < self._now

    def overdue_count(self) -> int:
        """How many follow-ups in the list are overdue."""
        return sum(1 for r in self.records() if self.is_overdue(r))

    def _due_text(self, record: FollowUpSummary) -> str:
        when = local_time_text(record.due_end)
        return f"Overdue since {when}" if self.is_overdue(record) else when

    def emphasized(self, record: Any) -> bool:
        """Overdue rows are bold (the words "Overdue" say the same for everyone)."""
        return self.is_overdue(record)

    def tooltip(self, record: Any, column: int) -> str | None:
        """The full due window."""
        if self.columns[column].header == "Due by":
            return (
                f"Due between {local_time_text(record.due_start)} "
                f"and {local_time_text(record.due_end)}"
            )
        return None
