"""The follow-up queue list, and due windows said in words.

Times are shown in the workstation's local time, in the locale's format. A due window always
says in words where it stands ("Due today by 5:00 PM", "Overdue since Tue 2:00 PM"), so no one
depends on colour or bold type to see what is late.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject

from counselor_app.domain.follow_ups import (
    AttemptResult,
    ContactMethod,
    FollowUpStatus,
    FollowUpSummary,
)
from counselor_app.domain.risk import RiskLevel
from counselor_app.ui.formatting import local_time_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, risk_level_text, translate
from counselor_app.ui.table import Column, RecordTableModel

_METHOD_LABELS = {
    ContactMethod.PHONE: QT_TRANSLATE_NOOP("FollowUps", "Phone call"),
    ContactMethod.TEXT: QT_TRANSLATE_NOOP("FollowUps", "Text message"),
    ContactMethod.VISIT: QT_TRANSLATE_NOOP("FollowUps", "Visit"),
}

_STATUS_LABELS = {
    FollowUpStatus.SCHEDULED: QT_TRANSLATE_NOOP("FollowUps", "Scheduled"),
    FollowUpStatus.CLAIMED: QT_TRANSLATE_NOOP("FollowUps", "Claimed"),
    FollowUpStatus.COMPLETED: QT_TRANSLATE_NOOP("FollowUps", "Completed"),
    FollowUpStatus.UNREACHABLE: QT_TRANSLATE_NOOP("FollowUps", "Unreachable"),
    FollowUpStatus.CANCELLED: QT_TRANSLATE_NOOP("FollowUps", "Cancelled"),
}

_RESULT_LABELS = {
    AttemptResult.REACHED: QT_TRANSLATE_NOOP("FollowUps", "Reached"),
    AttemptResult.NO_ANSWER: QT_TRANSLATE_NOOP("FollowUps", "No answer"),
    AttemptResult.VOICEMAIL: QT_TRANSLATE_NOOP("FollowUps", "Left a voicemail"),
    AttemptResult.WRONG_NUMBER: QT_TRANSLATE_NOOP("FollowUps", "Wrong number"),
    AttemptResult.DECLINED: QT_TRANSLATE_NOOP("FollowUps", "Declined follow-up"),
}

UNASSIGNED = QT_TRANSLATE_NOOP("FollowUps", "Unassigned")


def method_label(method: ContactMethod) -> str:
    """Human-readable contact method."""
    label = _METHOD_LABELS.get(method)
    return translate("FollowUps", label) if label else method.value.capitalize()


def status_label(status: FollowUpStatus) -> str:
    """Human-readable follow-up status."""
    label = _STATUS_LABELS.get(status)
    return translate("FollowUps", label) if label else status.value.capitalize()


def result_label(result: AttemptResult) -> str:
    """Human-readable attempt result."""
    label = _RESULT_LABELS.get(result)
    return translate("FollowUps", label) if label else result.label


def risk_label(risk: RiskLevel) -> str:
    """``High risk``; ``No risk identified``; ``Risk not assessed``."""
    if risk is RiskLevel.NONE:
        return translate("FollowUps", "No risk identified")
    if risk is RiskLevel.NOT_ASSESSED:
        return translate("FollowUps", "Risk not assessed")
    return translate("FollowUps", "{level} risk").format(
        level=risk_level_text(risk.value, risk.label)
    )


# --- times in words ------------------------------------------------------------------------------


def _local(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


def clock(moment: datetime) -> str:
    """The local time of day in the locale's short format ("5:00 PM")."""
    return QLocale().toString(_local(moment).time(), QLocale.FormatType.ShortFormat)


def day_word(day: QDate, today: QDate) -> str:
    """``today``, ``tomorrow``, ``yesterday``, a weekday within a week, else a date."""
    offset = today.daysTo(day)
    if offset == 0:
        return translate("FollowUps", "today")
    if offset == 1:
        return translate("FollowUps", "tomorrow")
    if offset == -1:
        return translate("FollowUps", "yesterday")
    locale = QLocale()
    if -6 <= offset <= 6:
        return locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
    pattern = "MMM d" if day.year() == today.year() else "MMM d, yyyy"
    return locale.toString(day, pattern)


def moment_words(moment: datetime, now: datetime) -> str:
    """``5:00 PM`` today, else ``tomorrow 5:00 PM``, ``Tue 2:00 PM``, ``Mar 3 9:00 AM``."""
    day = _local(moment).date()
    today = _local(now).date()
    if day == today:
        return clock(moment)
    return f"{day_word(day, today)} {clock(moment)}"


def due_text(due_start: datetime, due_end: datetime, now: datetime) -> str:
    """Where a due window stands at ``now``, in words.

    ``Overdue since Tue 2:00 PM``; ``Due today by 5:00 PM``; ``Due by Thu 9:00 AM``;
    ``Due tomorrow 9:00 AM – 5:00 PM``; ``Due Fri 3:00 PM – Mon 3:00 PM``.
    """
    if now > due_end:
        return translate("FollowUps", "Overdue since {moment}").format(
            moment=moment_words(due_end, now)
        )
    today = _local(now).date()
    end_day = _local(due_end).date()
    if due_start <= now:
        if end_day == today:
            return translate("FollowUps", "Due today by {time}").format(time=clock(due_end))
        return translate("FollowUps", "Due by {moment}").format(moment=moment_words(due_end, now))
    start_day = _local(due_start).date()
    start = f"{day_word(start_day, today)} {clock(due_start)}"
    end = clock(due_end) if end_day == start_day else f"{day_word(end_day, today)} {clock(due_end)}"
    return translate("FollowUps", "Due {start} – {end}").format(start=start, end=end)


def window_text(due_start: datetime, due_end: datetime) -> str:
    """The exact window, e.g. ``3/3/26 9:00 AM to 3/4/26 9:00 AM`` (local time)."""
    return translate("FollowUps", "{start} to {end}").format(
        start=local_time_text(due_start), end=local_time_text(due_end)
    )


def summary_due_text(summary: FollowUpSummary, now: datetime) -> str:
    """The due column: words for an open follow-up, the status for a closed one."""
    if summary.status.is_open:
        return due_text(summary.due_start, summary.due_end, now)
    return translate("FollowUps", "{status} · was due by {moment}").format(
        status=status_label(summary.status), moment=moment_words(summary.due_end, now)
    )


def queue_order(summary: FollowUpSummary) -> int:
    """Sort key: end of the window (to the second), then the higher risk first."""
    return int(summary.due_end.timestamp()) * 16 + (15 - summary.risk_level.rank)


class FollowUpQueueTableModel(RecordTableModel):
    """One row per follow-up, soonest end of window first, then higher risk.

    Overdue rows say so in words ("Overdue since …") and are bold as well.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = datetime.now(UTC)
        self.columns = (
            Column(
                translate("FollowUps", "Due"),
                lambda f: summary_due_text(f, self._now),
                queue_order,
                tooltip=translate(
                    "FollowUps", "When the contact is due (local time); overdue ones first"
                ),
                key="due",
            ),
            Column(
                translate("FollowUps", "Initials"),
                lambda f: f.client_initials or "—",
                tooltip=translate("FollowUps", "Client's initials"),
            ),
            Column(
                translate("FollowUps", "Reference"),
                lambda f: f.call_reference,
                tooltip=translate("FollowUps", "Reference of the call"),
            ),
            Column(
                translate("FollowUps", "Risk"),
                lambda f: risk_level_text(f.risk_level.value, f.risk_level.label),
                lambda f: -f.risk_level.rank,
            ),
            Column(translate("FollowUps", "Method"), lambda f: method_label(f.contact_method)),
            Column(
                translate("FollowUps", "Attempts"),
                lambda f: str(f.attempts),
                lambda f: f.attempts,
                numeric=True,
            ),
            Column(
                translate("FollowUps", "Assigned to"),
                lambda f: f.assigned_to_name or translate("FollowUps", UNASSIGNED),
            ),
            Column(
                translate("FollowUps", "Status"), lambda f: status_label(f.status), key="status"
            ),
        )

    @property
    def now(self) -> datetime:
        """The moment the due words refer to."""
        return self._now

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
        """True when the follow-up is open and its due window has passed."""
        return record.status.is_open and record.due_end < self._now

    def overdue_count(self) -> int:
        """How many follow-ups in the list are overdue."""
        return sum(1 for r in self.records() if self.is_overdue(r))

    def emphasized(self, record: Any) -> bool:
        """Overdue rows are bold (the words "Overdue since" say the same for everyone)."""
        return self.is_overdue(record)

    def tooltip(self, record: Any, column: int) -> str | None:
        """The exact due window."""
        if column == self.column_of("due"):
            return translate("FollowUps", "Due between {window}").format(
                window=window_text(record.due_start, record.due_end)
            )
        return None
