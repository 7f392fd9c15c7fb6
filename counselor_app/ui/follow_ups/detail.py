"""The follow-up detail panel: what a peer specialist needs to make the contact.

The number to call is in the detail only for the person the follow-up is assigned to, a
supervisor and the call's counselor (the service decides). Everything is plain text.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from counselor_app.domain.follow_ups import (
    AttemptRecord,
    ContactMethod,
    FollowUpDetail,
    FollowUpOutcome,
    FollowUpStatus,
    FollowUpSummary,
)
from counselor_app.phones import display as phone_display
from counselor_app.ui.follow_ups.models import (
    method_label,
    moment_words,
    result_label,
    risk_label,
    summary_due_text,
    window_text,
)
from counselor_app.ui.formatting import local_time_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.widgets import heading, note

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "FollowUps", "Choose a follow-up in the list to see when and how to make the contact."
)
NUMBER_AFTER_CLAIM = QT_TRANSLATE_NOOP("FollowUps", "Shown to the person who claims it.")
NO_ATTEMPTS = QT_TRANSLATE_NOOP("FollowUps", "None yet.")
NOT_KNOWN = QT_TRANSLATE_NOOP("FollowUps", "Not known")


def yes_no(value: bool | None) -> str:
    """``Yes``, ``No`` or ``Not known``."""
    return (
        translate("FollowUps", NOT_KNOWN)
        if value is None
        else (translate("FollowUps", "Yes") if value else translate("FollowUps", "No"))
    )


def outcome_text(outcome: FollowUpOutcome) -> str:
    """A reached client's outcome, one line per question."""
    lines = [
        translate("FollowUps", "Diverted from further EMS or police contact: {answer}").format(
            answer=yes_no(outcome.diverted_from_ems_police)
        ),
        translate("FollowUps", "Diverted from inpatient care: {answer}").format(
            answer=yes_no(outcome.diverted_from_inpatient)
        ),
        translate("FollowUps", "Referral made: {referral}").format(
            referral=outcome.referral_made or translate("FollowUps", "None")
        ),
    ]
    return "\n".join(lines)


def attempt_text(attempt: AttemptRecord, number: int, now: datetime) -> str:
    """``1. Tue 2:05 PM · No answer · Pat Peer`` with notes and the next step below."""
    who = f" · {attempt.attempted_by_name}" if attempt.attempted_by_name else ""
    lines = [
        f"{number}. {moment_words(attempt.attempted_at, now)} · {result_label(attempt.result)}{who}"
    ]
    if attempt.notes:
        lines.append(translate("FollowUps", "Notes: {notes}").format(notes=attempt.notes))
    if attempt.next_step:
        lines.append(translate("FollowUps", "Next step: {step}").format(step=attempt.next_step))
    return "\n".join(lines)


def status_text(summary: FollowUpSummary, now: datetime) -> str:
    """Who has the follow-up, or how it ended."""
    match summary.status:
        case FollowUpStatus.CLAIMED:
            who = summary.assigned_to_name or translate("FollowUps", "someone")
            if summary.claimed_at:
                return translate("FollowUps", "Claimed by {name} at {moment}.").format(
                    name=who, moment=moment_words(summary.claimed_at, now)
                )
            return translate("FollowUps", "Claimed by {name}.").format(name=who)
        case FollowUpStatus.SCHEDULED:
            return translate("FollowUps", "Unassigned: claim it before you call.")
        case FollowUpStatus.COMPLETED:
            return translate("FollowUps", "Completed.")
        case FollowUpStatus.UNREACHABLE:
            return translate("FollowUps", "Closed as unreachable; a supervisor reviews it.")
        case _:
            return translate("FollowUps", "Cancelled.")


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class FollowUpDetailPanel(QScrollArea):
    """One follow-up in full: window, risk, method, number, preferred times, attempts."""

    copied = Signal(str)
    """The number was put on the clipboard (its display text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDetail")
        self.setAccessibleName(translate("FollowUps", "Follow-up details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.summary: FollowUpSummary | None = None
        self.detail: FollowUpDetail | None = None
        self.region = "US"
        self.max_attempts = 3

        body = QWidget(self)
        body.setObjectName("followUpDetailBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        self.title = heading("", 1.25)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.due = QLabel(body)
        self.due.setObjectName("followUpDue")
        self.due.setTextFormat(Qt.TextFormat.PlainText)
        self.due.setWordWrap(True)
        self.due.setAccessibleName(translate("FollowUps", "Due"))
        self.status = note()
        self.status.setObjectName("followUpStatus")
        self.status.setAccessibleName(translate("FollowUps", "Status"))
        self.empty = note(translate("FollowUps", EMPTY_TEXT))
        self.empty.setObjectName("detailEmpty")
        self.notice = note()
        self.notice.setObjectName("followUpNotice")
        self.notice.setAccessibleName(translate("FollowUps", "Note"))
        self.copy_button = QPushButton(translate("FollowUps", "Cop&y number"), body)
        self.copy_button.setObjectName("copyNumber")
        self.copy_button.setToolTip(
            translate("FollowUps", "Copy the number to call (Ctrl+Shift+C)")
        )
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addStretch(1)

        self.fields = QWidget(body)
        self._form = QVBoxLayout(self.fields)
        self._form.setContentsMargins(0, 4, 0, 0)
        self._form.setSpacing(2)
        self._values: dict[str, QLabel] = {}
        for caption in (
            QT_TRANSLATE_NOOP("FollowUps", "Due window"),
            QT_TRANSLATE_NOOP("FollowUps", "Risk"),
            QT_TRANSLATE_NOOP("FollowUps", "Contact method"),
            QT_TRANSLATE_NOOP("FollowUps", "Number to call"),
            QT_TRANSLATE_NOOP("FollowUps", "Preferred times"),
            QT_TRANSLATE_NOOP("FollowUps", "Attempts"),
            QT_TRANSLATE_NOOP("FollowUps", "Outcome"),
            QT_TRANSLATE_NOOP("FollowUps", "Closed"),
        ):
            self._add_row(caption)

        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.due)
        layout.addWidget(self.status)
        layout.addWidget(self.notice)
        layout.addLayout(actions)
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.setWidget(body)
        self._connect_signals()
        self.show_summary(None)

    def _connect_signals(self) -> None:
        self.copy_button.clicked.connect(self._on_copy_button_clicked)

    def _add_row(self, caption_text: str) -> None:
        caption = QLabel(translate("FollowUps", caption_text), self.fields)
        caption.setObjectName("detailLabel")
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        value = _value()
        value.setParent(self.fields)
        value.setAccessibleName(translate("FollowUps", caption_text))
        value.setObjectName(f"followUp{caption_text.title().replace(' ', '')}")
        caption.setBuddy(value)
        if self._values:
            self._form.addSpacing(6)
        self._form.addWidget(caption)
        self._form.addWidget(value)
        self._values[caption_text] = value
        value.setProperty("caption", caption_text)
        caption.setProperty("caption", caption_text)

    def _set_row(self, caption_text: str, text: str | None) -> None:
        """Show a row with ``text``; ``None`` hides it."""
        value = self._values[caption_text]
        visible = text is not None
        value.setText(text or "")
        value.setVisible(visible)
        for child in self.fields.findChildren(QLabel):
            if child is not value and child.property("caption") == caption_text:
                child.setVisible(visible)

    def field_text(self, caption_text: str) -> str | None:
        """The text under ``caption_text`` (``None`` when the row is hidden)."""
        value = self._values.get(caption_text)
        if value is None or value.isHidden():
            return None
        return value.text()

    # --- content -------------------------------------------------------------------------------

    def show_summary(
        self, summary: FollowUpSummary | None, now: datetime | None = None, notice: str = ""
    ) -> None:
        """Show what the list knows about ``summary`` (``None`` clears the panel)."""
        self.summary = summary
        self.detail = None
        now = now or datetime.now(UTC)
        has = summary is not None
        self.empty.setVisible(not has)
        for widget in (self.title, self.due, self.status, self.fields):
            widget.setVisible(has)
        self.notice.setText(notice)
        self.notice.setVisible(has and bool(notice))
        if summary is None:
            self.copy_button.hide()
            return
        initials = f" · {summary.client_initials}" if summary.client_initials else ""
        self.title.setText(f"{summary.call_reference}{initials}")
        self.title.setAccessibleName(
            translate("FollowUps", "Follow-up for call {reference}").format(
                reference=summary.call_reference
            )
            + initials
        )
        self.due.setText(summary_due_text(summary, now))
        font = self.due.font()
        font.setBold(summary.status.is_open and summary.due_end < now)
        self.due.setFont(font)
        self.status.setText(status_text(summary, now))
        self._set_row("Due window", window_text(summary.due_start, summary.due_end))
        self._set_row("Risk", risk_label(summary.risk_level))
        self._set_row("Contact method", method_label(summary.contact_method))
        self._set_row("Number to call", None)
        self._set_row("Preferred times", None)
        self._set_row("Attempts", self._attempts_heading(summary, ()) if summary.attempts else None)
        self._set_row("Outcome", None)
        self._set_row("Closed", None)
        self.copy_button.hide()

    def show_detail(self, detail: FollowUpDetail, now: datetime | None = None) -> None:
        """Show everything about one follow-up."""
        now = now or datetime.now(UTC)
        self.show_summary(detail.summary, now)
        self.detail = detail
        summary = detail.summary
        if summary.contact_method is ContactMethod.VISIT and not detail.contact_number:
            number: str | None = None
        else:
            number = phone_display(detail.contact_number, self.region) or translate(
                "FollowUps", NUMBER_AFTER_CLAIM
            )
        self._set_row("Number to call", number)
        self.copy_button.setVisible(bool(detail.contact_number))
        self._set_row(
            "Preferred times", detail.preferred_times or translate("FollowUps", "None given")
        )
        self._set_row("Attempts", self._attempts_heading(summary, detail.attempts, now))
        self._set_row("Outcome", outcome_text(detail.outcome) if detail.outcome else None)
        if detail.closed_at is not None:
            reason = detail.closed_reason or status_text(summary, now)
            self._set_row("Closed", f"{local_time_text(detail.closed_at)}: {reason}")

    def _attempts_heading(
        self,
        summary: FollowUpSummary,
        attempts: tuple[AttemptRecord, ...],
        now: datetime | None = None,
    ) -> str:
        now = now or datetime.now(UTC)
        lines = []
        if summary.status.is_open:
            left = max(0, self.max_attempts - summary.attempts)
            lines.append(
                translate(
                    "FollowUps",
                    "{attempts} so far; it closes as unreachable after {left} more "
                    "unsuccessful attempts.",
                ).format(attempts=summary.attempts, left=left)
                if left != 1
                else translate(
                    "FollowUps",
                    "{attempts} so far; it closes as unreachable after 1 more "
                    "unsuccessful attempt.",
                ).format(attempts=summary.attempts)
            )
        lines += [attempt_text(a, n, now) for n, a in enumerate(attempts, start=1)]
        if not lines:
            lines.append(translate("FollowUps", NO_ATTEMPTS))
        return "\n\n".join(lines)

    # --- actions -------------------------------------------------------------------------------

    def number_text(self) -> str:
        """The number to call in national format, or empty when not shown."""
        if self.detail is None or not self.detail.contact_number:
            return ""
        return phone_display(self.detail.contact_number, self.region)

    def copy_number(self) -> str | None:
        """Put the number on the clipboard; returns what was copied."""
        text = self.number_text()
        if not text:
            return None
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
        return text

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        self.copy_number()
