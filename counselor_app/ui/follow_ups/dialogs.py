"""Follow-up dialogs: record an attempt, move, cancel, add; and the calendar file chooser.

Each dialog runs its change on the runner (``FormDialog.run_action``) and has a classmethod
``ask(...) -> result | None`` that tests replace. The service checks every rule again.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.calls import CallStatus, CallSummary
from counselor_app.domain.errors import ConflictError
from counselor_app.domain.follow_ups import (
    AttemptResult,
    ContactMethod,
    FollowUpOutcome,
    FollowUpSummary,
)
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import FormDialog, run_modal
from counselor_app.ui.follow_ups.models import method_label, result_label, window_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import add_labelled_row, note

NOTES_LIMIT = 4000
SHORT_LIMIT = 200
CALENDAR_FILE = "follow-ups.ics"
STALE_HINT = QT_TRANSLATE_NOOP(
    "FollowUps",
    "Someone changed this follow-up while the form was open. Nothing was changed; close the "
    "form, look at the follow-up again, then decide.",
)


def choose_calendar_path(parent: QWidget | None) -> Path | None:
    """Ask where the calendar file goes (``None`` when the person cancels)."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("FollowUps", "Export my follow-ups to calendar"),
        str(Path.home() / CALENDAR_FILE),
        translate("FollowUps", "Calendar (*.ics);;All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(".ics")


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a local ``QDateTime``."""
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))


def from_qdatetime(value: QDateTime) -> datetime:
    """A ``QDateTime`` (local) as an aware UTC datetime."""
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC)


def datetime_edit(moment: datetime) -> QDateTimeEdit:
    """A date and time field in local time with a calendar popup."""
    edit = QDateTimeEdit(to_qdatetime(moment))
    edit.setCalendarPopup(True)
    return edit


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def _describe(summary: FollowUpSummary) -> str:
    initials = f" ({summary.client_initials})" if summary.client_initials else ""
    return (
        translate("FollowUps", "Follow-up for call {reference}").format(
            reference=summary.call_reference
        )
        + initials
    )


class _SummaryDialog(FormDialog):
    """A form about one follow-up; its result is the follow-up as saved."""

    title_text = ""
    accept_text = ""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        summary: FollowUpSummary,
        parent: QWidget | None = None,
    ) -> None:
        self._services = services
        self._user = user
        self.summary = summary
        self.result_summary: FollowUpSummary | None = None
        super().__init__(
            translate("FollowUps", self.title_text),
            runner,
            translate("FollowUps", self.accept_text),
            parent,
            intro=self._intro_text(),
        )

    def _intro_text(self) -> str:
        return _describe(self.summary) + "."

    def _on_saved(self, summary: FollowUpSummary) -> None:
        self.result_summary = summary
        self.accept()

    def _after_failure(self, problem: Problem) -> None:
        if isinstance(problem.error, ConflictError) and "changed" in problem.error.message:
            self.message_bar.show_problem(
                Problem(problem.message, translate("FollowUps", STALE_HINT))
            )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        summary: FollowUpSummary,
    ) -> FollowUpSummary | None:
        """Show the form; the follow-up as saved, or ``None`` when cancelled."""
        dialog = cls(services, runner, user, summary, parent)
        run_modal(dialog)
        return dialog.result_summary


# --- attempts ------------------------------------------------------------------------------------

OUTCOME_CHOICES: tuple[tuple[str, bool | None], ...] = (
    (QT_TRANSLATE_NOOP("FollowUps", "Not known"), None),
    (QT_TRANSLATE_NOOP("FollowUps", "Yes"), True),
    (QT_TRANSLATE_NOOP("FollowUps", "No"), False),
)


def _outcome_combo() -> QComboBox:
    combo = QComboBox()
    for text, value in OUTCOME_CHOICES:
        combo.addItem(translate("FollowUps", text), value)
    return combo


class AttemptDialog(_SummaryDialog):
    """One attempt at reaching the person: when, the result, notes, the next step.

    For *Reached*, the outcome questions appear: diverted from further EMS or police contact,
    from inpatient care, and any referral made.
    """

    title_text = QT_TRANSLATE_NOOP("FollowUps", "Record attempt")
    accept_text = QT_TRANSLATE_NOOP("FollowUps", "Rec&ord attempt")

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        summary: FollowUpSummary,
        parent: QWidget | None = None,
    ) -> None:
        self.max_attempts = services.follow_ups.max_attempts
        super().__init__(services, runner, user, summary, parent)
        self.result_combo = QComboBox()
        self.result_combo.setObjectName("attemptResult")
        for result in AttemptResult:
            self.result_combo.addItem(result_label(result), result)
        self.result_combo.setCurrentIndex(self.result_combo.findData(AttemptResult.NO_ANSWER))
        now = datetime.now(UTC)
        self.attempted_at = datetime_edit(now)
        self.attempted_at.setObjectName("attemptTime")
        self.attempted_at.setMaximumDateTime(to_qdatetime(now + timedelta(minutes=5)))
        self.notes = _text_box()
        self.notes.setObjectName("attemptNotes")
        self.next_step = QLineEdit()
        self.next_step.setObjectName("attemptNextStep")
        self.next_step.setMaxLength(SHORT_LIMIT)
        self.next_step.setPlaceholderText(translate("FollowUps", "e.g. Try again tomorrow evening"))
        self.ems = _outcome_combo()
        self.ems.setObjectName("outcomeEmsPolice")
        self.inpatient = _outcome_combo()
        self.inpatient.setObjectName("outcomeInpatient")
        self.referral = QLineEdit()
        self.referral.setObjectName("outcomeReferral")
        self.referral.setMaxLength(SHORT_LIMIT)
        self.referral.setPlaceholderText(translate("FollowUps", "Service referred to, if any"))
        self.consequence = note()
        self.consequence.setObjectName("attemptConsequence")
        self.consequence.setAccessibleName(translate("FollowUps", "What this attempt does"))
        add_labelled_row(self.form, translate("FollowUps", "&Result:"), self.result_combo)
        add_labelled_row(self.form, translate("FollowUps", "&Time of attempt:"), self.attempted_at)
        add_labelled_row(self.form, translate("FollowUps", "&Notes:"), self.notes)
        add_labelled_row(self.form, translate("FollowUps", "Ne&xt step:"), self.next_step)
        add_labelled_row(self.form, translate("FollowUps", "Diverted from &EMS/police:"), self.ems)
        add_labelled_row(
            self.form, translate("FollowUps", "Diverted from &inpatient care:"), self.inpatient
        )
        add_labelled_row(self.form, translate("FollowUps", "Referral &made:"), self.referral)
        self.form.addRow("", self.consequence)
        self.ems.setToolTip(
            translate("FollowUps", "No further EMS or police contact since the call")
        )
        self.inpatient.setToolTip(translate("FollowUps", "No inpatient admission since the call"))
        self.setMinimumWidth(560)
        self._connect_signals()
        self._update_result()
        self.result_combo.setFocus()

    def _intro_text(self) -> str:
        return (
            f"{_describe(self.summary)}: attempt {self.summary.attempts + 1}. After "
            f"{self.max_attempts} unsuccessful attempts it closes as unreachable."
        )

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.result_combo.currentIndexChanged.connect(self._on_result_current_index_changed)

    @property
    def chosen_result(self) -> AttemptResult:
        """The result picked in the form."""
        return AttemptResult(self.result_combo.currentData())

    def set_result(self, result: AttemptResult) -> None:
        """Pick ``result`` (as a person would in the list)."""
        self.result_combo.setCurrentIndex(self.result_combo.findData(result))

    def outcome(self) -> FollowUpOutcome | None:
        """The outcome fields, for a reached client only."""
        if self.chosen_result is not AttemptResult.REACHED:
            return None
        return FollowUpOutcome(
            diverted_from_ems_police=self.ems.currentData(),
            diverted_from_inpatient=self.inpatient.currentData(),
            referral_made=self.referral.text().strip(),
        )

    def consequence_text(self) -> str:
        """What recording this attempt does to the follow-up."""
        result = self.chosen_result
        if result is AttemptResult.REACHED:
            return translate(
                "FollowUps", "The follow-up will be complete. Record the outcome above."
            )
        if result is AttemptResult.DECLINED:
            return translate("FollowUps", "The person declined: the follow-up will be complete.")
        unsuccessful = self.summary.attempts + 1
        if unsuccessful >= self.max_attempts:
            return translate(
                "FollowUps",
                "This is unsuccessful attempt {number} of {limit}: the follow-up will close as "
                "unreachable, and a supervisor will review it.",
            ).format(number=unsuccessful, limit=self.max_attempts)
        return translate(
            "FollowUps", "Unsuccessful attempt {number} of {limit}; it stays open."
        ).format(number=unsuccessful, limit=self.max_attempts)

    def _update_result(self) -> None:
        reached = self.chosen_result is AttemptResult.REACHED
        for field in (self.ems, self.inpatient, self.referral):
            self.form.setRowVisible(field, reached)
        self.consequence.setText(self.consequence_text())

    def submit(self) -> None:
        """Check the form, then record the attempt."""
        notes = self.notes.toPlainText().strip()
        if len(notes) > NOTES_LIMIT:
            self.show_reasons(
                translate("FollowUps", "The attempt cannot be recorded yet."),
                [
                    translate(
                        "FollowUps", "Notes: at most {limit} characters (now {count})."
                    ).format(limit=NOTES_LIMIT, count=len(notes))
                ],
            )
            return
        user, follow_ups, follow_up_id = self._user, self._services.follow_ups, self.summary.id
        result, outcome = self.chosen_result, self.outcome()
        next_step = self.next_step.text().strip()
        at = from_qdatetime(self.attempted_at.dateTime())
        self.run_action(
            lambda: follow_ups.record_attempt(
                user, follow_up_id, result, notes, next_step, at, outcome=outcome
            ),
            self._on_saved,
            translate("FollowUps", "Recording…"),
        )

    @Slot(int)
    def _on_result_current_index_changed(self, _index: int) -> None:
        self._update_result()


# --- moving and cancelling -------------------------------------------------------------------


class MoveDialog(_SummaryDialog):
    """A new due window for one open follow-up."""

    title_text = QT_TRANSLATE_NOOP("FollowUps", "Move follow-up")
    accept_text = QT_TRANSLATE_NOOP("FollowUps", "&Move")

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        summary: FollowUpSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, user, summary, parent)
        self.due_from = datetime_edit(summary.due_start)
        self.due_from.setObjectName("moveDueFrom")
        self.due_by = datetime_edit(summary.due_end)
        self.due_by.setObjectName("moveDueBy")
        add_labelled_row(self.form, translate("FollowUps", "Due &from:"), self.due_from)
        add_labelled_row(self.form, translate("FollowUps", "Due &by:"), self.due_by)
        self._connect_signals()
        self.due_from.setFocus()

    def _intro_text(self) -> str:
        window = window_text(self.summary.due_start, self.summary.due_end)
        return translate(
            "FollowUps", "{follow_up}, now due between {window}. Times are local."
        ).format(follow_up=_describe(self.summary), window=window)

    def set_window(self, due_start: datetime, due_end: datetime) -> None:
        """Fill in a window (as a person would type it)."""
        self.due_from.setDateTime(to_qdatetime(due_start))
        self.due_by.setDateTime(to_qdatetime(due_end))

    def submit(self) -> None:
        """Check the window, then move the follow-up."""
        start = from_qdatetime(self.due_from.dateTime())
        end = from_qdatetime(self.due_by.dateTime())
        if end <= start:
            self.show_reasons(
                translate("FollowUps", "The follow-up cannot be moved yet."),
                [translate("FollowUps", "Due by: it must come after Due from.")],
            )
            return
        user, follow_ups = self._user, self._services.follow_ups
        follow_up_id, version = self.summary.id, self.summary.version
        self.run_action(
            lambda: follow_ups.move(user, follow_up_id, start, end, version),
            self._on_saved,
            translate("FollowUps", "Moving…"),
        )


class CancelDialog(_SummaryDialog):
    """Cancel one open follow-up, with the reason."""

    title_text = QT_TRANSLATE_NOOP("FollowUps", "Cancel follow-up")
    accept_text = QT_TRANSLATE_NOOP("FollowUps", "Ca&ncel follow-up")

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        summary: FollowUpSummary,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, user, summary, parent)
        self.cancel_button.setText(translate("FollowUps", "&Keep it"))
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setMaxLength(SHORT_LIMIT)
        self.reason.setPlaceholderText(
            translate("FollowUps", "e.g. The client asked not to be contacted")
        )
        add_labelled_row(self.form, translate("FollowUps", "&Reason:"), self.reason)
        self._connect_signals()
        self.reason.setFocus()

    def _intro_text(self) -> str:
        return translate(
            "FollowUps", "{follow_up}. No one will be asked to make this contact."
        ).format(follow_up=_describe(self.summary))

    def submit(self) -> None:
        """Check that a reason is given, then cancel."""
        reason = self.reason.text().strip()
        if not reason:
            self.show_reasons(
                translate("FollowUps", "The follow-up cannot be cancelled yet."),
                [translate("FollowUps", "Reason: say why it is cancelled.")],
            )
            return
        user, follow_ups = self._user, self._services.follow_ups
        follow_up_id, version = self.summary.id, self.summary.version
        self.run_action(
            lambda: follow_ups.cancel(user, follow_up_id, reason, version),
            self._on_saved,
            translate("FollowUps", "Cancelling…"),
        )


# --- adding --------------------------------------------------------------------------------------

ONE_CONTACT = "one"
PLAN = "plan"


class AddFollowUpDialog(FormDialog):
    """Add one follow-up to a call, or schedule the plan for the call's risk level."""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        calls: Sequence[tuple[uuid.UUID, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("FollowUps", "Add follow-up"),
            runner,
            translate("FollowUps", "&Add follow-up"),
            parent,
            intro=translate(
                "FollowUps",
                "Only for a call whose caller agreed to follow-up. Times are local; the "
                "number may stay empty to use the number given on the call.",
            ),
        )
        self._services = services
        self._user = user
        self.result_summaries: list[FollowUpSummary] | None = None
        self.call = QComboBox()
        self.call.setObjectName("addCall")
        for call_id, reference in calls:
            self.call.addItem(reference, str(call_id))
        if not calls:
            self.call.addItem(translate("FollowUps", "No call to choose yet"), None)
        self.kind = QComboBox()
        self.kind.setObjectName("addKind")
        self.kind.addItem(translate("FollowUps", "One follow-up in the window below"), ONE_CONTACT)
        self.kind.addItem(
            translate("FollowUps", "Every contact of the plan for the call's risk level"), PLAN
        )
        now = datetime.now(UTC).replace(second=0, microsecond=0)
        self.due_from = datetime_edit(now)
        self.due_from.setObjectName("addDueFrom")
        self.due_by = datetime_edit(now + timedelta(hours=24))
        self.due_by.setObjectName("addDueBy")
        self.method = QComboBox()
        self.method.setObjectName("addMethod")
        for method in ContactMethod:
            self.method.addItem(method_label(method), method)
        self.number = QLineEdit()
        self.number.setObjectName("addNumber")
        self.number.setPlaceholderText(translate("FollowUps", "The number given on the call"))
        self.preferred_times = QLineEdit()
        self.preferred_times.setObjectName("addPreferredTimes")
        self.preferred_times.setMaxLength(SHORT_LIMIT)
        self.preferred_times.setPlaceholderText(translate("FollowUps", "e.g. Evenings after 6"))
        add_labelled_row(self.form, translate("FollowUps", "&Call:"), self.call)
        add_labelled_row(self.form, translate("FollowUps", "&Schedule:"), self.kind)
        add_labelled_row(self.form, translate("FollowUps", "Due &from:"), self.due_from)
        add_labelled_row(self.form, translate("FollowUps", "Due &by:"), self.due_by)
        add_labelled_row(self.form, translate("FollowUps", "&Method:"), self.method)
        add_labelled_row(self.form, translate("FollowUps", "N&umber:"), self.number)
        add_labelled_row(
            self.form, translate("FollowUps", "&Preferred times:"), self.preferred_times
        )
        self.setMinimumWidth(560)
        self._connect_signals()
        self.call.setFocus()
        if user.can(Permission.CALL_TAKE):
            self._load_calls()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)

    def _load_calls(self) -> None:
        user, calls = self._user, self._services.calls
        self.run_action(
            lambda: calls.recent_calls(user),
            self._on_calls_loaded,
            translate("FollowUps", "Loading calls…"),
        )

    def _on_calls_loaded(self, calls: list[CallSummary]) -> None:
        if self.call.count() == 1 and self.call.itemData(0) is None:
            self.call.clear()
        for call in calls:
            if call.status is CallStatus.OPEN or self.call.findData(str(call.id)) >= 0:
                continue
            self.call.addItem(call.reference, str(call.id))
        if not self.call.count():
            self.call.addItem(translate("FollowUps", "No call to choose yet"), None)

    def _update_kind(self) -> None:
        one = self.kind.currentData() == ONE_CONTACT
        for field in (self.due_from, self.due_by, self.method, self.number, self.preferred_times):
            self.form.setRowVisible(field, one)

    def choose_call(self, call_id: uuid.UUID) -> bool:
        """Pick the call ``call_id`` in the list; False when it is not there."""
        index = self.call.findData(str(call_id))
        if index >= 0:
            self.call.setCurrentIndex(index)
        return index >= 0

    def set_window(self, due_start: datetime, due_end: datetime) -> None:
        """Fill in a window (as a person would type it)."""
        self.due_from.setDateTime(to_qdatetime(due_start))
        self.due_by.setDateTime(to_qdatetime(due_end))

    def submit(self) -> None:
        """Check the form, then add the follow-up (or schedule the plan)."""
        chosen = self.call.currentData()
        call_id = uuid.UUID(chosen) if chosen else None
        reasons = []
        if call_id is None:
            reasons.append(
                translate("FollowUps", "Call: choose the call the follow-up belongs to.")
            )
        start = from_qdatetime(self.due_from.dateTime())
        end = from_qdatetime(self.due_by.dateTime())
        one = self.kind.currentData() == ONE_CONTACT
        if one and end <= start:
            reasons.append(translate("FollowUps", "Due by: it must come after Due from."))
        if reasons or call_id is None:
            self.show_reasons(translate("FollowUps", "The follow-up cannot be added yet."), reasons)
            return
        user, follow_ups, chosen_id = self._user, self._services.follow_ups, call_id
        if not one:
            self.run_action(
                lambda: follow_ups.schedule_from_call(user, chosen_id),
                self._on_added,
                translate("FollowUps", "Scheduling…"),
            )
            return
        method = ContactMethod(self.method.currentData())
        number, times = self.number.text().strip(), self.preferred_times.text().strip()
        self.run_action(
            lambda: [follow_ups.add(user, chosen_id, start, end, method, number, times)],
            self._on_added,
            translate("FollowUps", "Adding…"),
        )

    def _on_added(self, summaries: list[FollowUpSummary]) -> None:
        self.result_summaries = list(summaries)
        self.accept()

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        self._update_kind()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        calls: Sequence[tuple[uuid.UUID, str]] = (),
    ) -> list[FollowUpSummary] | None:
        """Show the form; the follow-ups added, or ``None`` when cancelled."""
        dialog = cls(services, runner, user, calls, parent)
        run_modal(dialog)
        return dialog.result_summaries


def describe_added(summaries: Sequence[FollowUpSummary]) -> str:
    """``Call C-… has 2 follow-ups scheduled.`` / ``Added a follow-up for call C-….``."""
    if not summaries:
        return translate("FollowUps", "No follow-up was added.")
    if len(summaries) == 1:
        return translate("FollowUps", "Added a follow-up for call {reference}.").format(
            reference=summaries[0].call_reference
        )
    return translate("FollowUps", "Call {reference} has {count} follow-ups from its plan.").format(
        reference=summaries[0].call_reference, count=len(summaries)
    )
