"""The "Disposition" tab: how the call ended, referrals given, follow-up consent, outcomes.

The outcome flags are filled from ``derive_outcomes`` whenever the disposition changes; the
counselor may correct them by hand, and a correction stays until the disposition changes again.

"Referral given" is ticked (and locked) while the call lists referrals from the directory, as
the service records it; without them it is the counselor's own answer, and removing the last
directory referral gives back the answer they had before.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calls import (
    CallRecord,
    CallReferral,
    Disposition,
    DispositionDetails,
    Outcomes,
    derive_outcomes,
)
from counselor_app.phones import display as phone_display
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, translate
from counselor_app.ui.intake.call_form import phone_record_value
from counselor_app.ui.intake.fields import (
    YesNoUnknown,
    check_box,
    checked_data,
    clear_group,
    form,
    group,
    inline_problem,
    line_edit,
    show_inline,
    yes_no_text,
)
from counselor_app.ui.intake.referrals_panel import ReferralsPanel
from counselor_app.ui.widgets import add_labelled_row, note

OUTCOME_LABELS = {
    "police_avoided": QT_TRANSLATE_NOOP("Intake", "Police contact avoided"),
    "ems_avoided": QT_TRANSLATE_NOOP("Intake", "EMS avoided"),
    "arrest_avoided": QT_TRANSLATE_NOOP("Intake", "Arrest avoided"),
    "hospitalization_avoided": QT_TRANSLATE_NOOP("Intake", "Hospitalization avoided"),
}

REFERRAL_LOCKED_TEXT = QT_TRANSLATE_NOOP(
    "Intake", "Ticked: this call lists referrals from the directory."
)

_STATE_OF = {
    True: Qt.CheckState.Checked,
    False: Qt.CheckState.Unchecked,
    None: Qt.CheckState.PartiallyChecked,
}


def _value_of(state: Qt.CheckState) -> bool | None:
    if state == Qt.CheckState.Checked:
        return True
    if state == Qt.CheckState.Unchecked:
        return False
    return None


class DispositionPanel(QWidget):
    """Primary disposition, what else was done, follow-up, outcomes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._read_only = False
        self._own_referral_tick = False
        self.hand_corrected = False

        self.primary_group = group(translate("Intake", "How the call ended (primary disposition)"))
        self.primary_group.setObjectName("primaryDisposition")
        self.primary = QButtonGroup(self)
        self.primary_buttons: dict[Disposition, QRadioButton] = {}
        primary_layout = QVBoxLayout(self.primary_group)
        primary_layout.setSpacing(2)
        for disposition in Disposition:
            button = QRadioButton(data_text(disposition.label))
            button.setObjectName(f"disposition_{disposition.value}")
            button.setAccessibleName(button.text())
            button.setProperty("value", disposition.value)
            self.primary.addButton(button)
            self.primary_buttons[disposition] = button
            primary_layout.addWidget(button)
        self.warm_transfer_to = line_edit(
            "warmTransferTo", translate("Intake", "service or person"), 200
        )
        warm = QWidget()
        warm_form = form(warm)
        warm_form.setContentsMargins(24, 0, 0, 0)
        add_labelled_row(warm_form, translate("Intake", "Warm transfer to:"), self.warm_transfer_to)
        primary_layout.addWidget(warm)

        self.also_group = group(translate("Intake", "Also done on this call"))
        self.mobile_team = check_box(
            translate("Intake", "Mobile crisis team dispatched"), "mobileTeamDispatched"
        )
        self.ems = check_box(translate("Intake", "EMS requested"), "emsRequested")
        self.police = check_box(translate("Intake", "Police requested"), "policeRequested")
        self.returned_911 = check_box(translate("Intake", "Returned to 911"), "returnedTo911")
        self.referral = check_box(translate("Intake", "Referral given"), "referralGiven")
        also_layout = QVBoxLayout(self.also_group)
        also_layout.setSpacing(2)
        for box in (self.mobile_team, self.ems, self.police, self.returned_911, self.referral):
            also_layout.addWidget(box)
        self.referrals = ReferralsPanel()

        self.follow_up_group = group(translate("Intake", "Follow-up"))
        self.consent = YesNoUnknown("followUpConsent", translate("Intake", "Not asked"))
        self.follow_up_times = line_edit(
            "followUpTimes", translate("Intake", "e.g. weekday evenings after 6"), 200
        )
        self.follow_up_number = line_edit(
            "followUpNumber", translate("Intake", "if not the call-back number"), 40
        )
        self.follow_up_number_problem = inline_problem("followUpNumberProblem")
        follow_form = form(self.follow_up_group)
        add_labelled_row(follow_form, translate("Intake", "Consent to follow-up:"), self.consent)
        add_labelled_row(follow_form, translate("Intake", "Preferred times:"), self.follow_up_times)
        add_labelled_row(follow_form, translate("Intake", "Number to call:"), self.follow_up_number)
        follow_form.addRow("", self.follow_up_number_problem)

        self.outcome_group = group(
            translate("Intake", "Outcomes (filled from the disposition; correct if needed)")
        )
        self.outcome_group.setObjectName("outcomes")
        self.outcomes: dict[str, QCheckBox] = {}
        self.outcome_states: dict[str, QLabel] = {}
        outcome_grid = QGridLayout(self.outcome_group)
        outcome_grid.setVerticalSpacing(2)
        for row, (key, source_label) in enumerate(OUTCOME_LABELS.items()):
            label = translate("Intake", source_label)
            box = check_box(label, f"outcome_{key}", tristate=True)
            box.setCheckState(Qt.CheckState.PartiallyChecked)
            state = QLabel()
            state.setObjectName(f"outcomeState_{key}")
            outcome_grid.addWidget(box, row, 0)
            outcome_grid.addWidget(state, row, 1)
            self.outcomes[key] = box
            self.outcome_states[key] = state
        outcome_grid.setColumnStretch(1, 1)
        self.outcome_note = note(
            translate(
                "Intake",
                "Ticked: avoided. Empty: not avoided. Shaded: unknown. Space cycles the three.",
            )
        )
        outcome_grid.addWidget(self.outcome_note, len(OUTCOME_LABELS), 0, 1, 2)

        left = QVBoxLayout()
        left.addWidget(self.primary_group)
        left.addWidget(self.also_group)
        left.addWidget(self.referrals)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.follow_up_group)
        right.addWidget(self.outcome_group)
        right.addStretch(1)
        self.columns = QHBoxLayout(self)
        self.columns.setContentsMargins(4, 4, 4, 4)
        self.columns.setSpacing(16)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        self._show_outcome_states()
        self._update_enabled()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.primary.buttonToggled.connect(self._on_primary_button_toggled)
        for box in (self.ems, self.police, self.returned_911):
            box.toggled.connect(self._on_disposition_changed)
        self.mobile_team.toggled.connect(self._on_any_edited)
        self.referral.toggled.connect(self._on_referral_toggled)
        self.referrals.changed.connect(self._on_referrals_changed)
        for edit in (self.warm_transfer_to, self.follow_up_times, self.follow_up_number):
            edit.textEdited.connect(self._on_any_edited)
        self.consent.currentIndexChanged.connect(self._on_any_edited)
        self.follow_up_number.editingFinished.connect(self._on_follow_up_number_editing_finished)
        for box in self.outcomes.values():
            box.checkStateChanged.connect(self._on_outcome_check_state_changed)

    def focus_chain(self) -> list[QWidget]:
        """Disposition, what else, follow-up, outcomes."""
        return [
            *self.primary_buttons.values(),
            self.warm_transfer_to,
            self.mobile_team,
            self.ems,
            self.police,
            self.returned_911,
            self.referral,
            *self.referrals.focus_chain(),
            self.consent,
            self.follow_up_times,
            self.follow_up_number,
            *self.outcomes.values(),
        ]

    # --- record <-> widgets ------------------------------------------------------------------

    def primary_value(self) -> Disposition | None:
        """The primary disposition chosen."""
        data = checked_data(self.primary)
        return Disposition(str(data)) if data else None

    def details(self) -> DispositionDetails:
        """What the tab holds."""
        primary = self.primary_value()
        number, _problem = phone_record_value(self.follow_up_number.text())
        return DispositionDetails(
            primary=primary,
            mobile_team_dispatched=self.mobile_team.isChecked(),
            warm_transfer_to=(
                self.warm_transfer_to.text().strip() if primary is Disposition.WARM_TRANSFER else ""
            ),
            ems_requested=self.ems.isChecked(),
            police_requested=self.police.isChecked(),
            returned_to_911=self.returned_911.isChecked(),
            referral_given=self.referral.isChecked(),
            follow_up_consent=self.consent.value(),
            follow_up_times=self.follow_up_times.text().strip(),
            follow_up_number=number,
            outcomes=self.outcome_values(),
        )

    def outcome_values(self) -> Outcomes:
        """The outcome flags as shown."""
        return Outcomes(**{k: _value_of(b.checkState()) for k, b in self.outcomes.items()})

    def load(self, record: CallRecord) -> None:
        """Show the record's disposition."""
        self._loading = True
        try:
            d = record.disposition
            if d.primary is None:
                clear_group(self.primary)
            else:
                self.primary_buttons[d.primary].setChecked(True)
            self.warm_transfer_to.setText(d.warm_transfer_to)
            self.mobile_team.setChecked(d.mobile_team_dispatched)
            self.ems.setChecked(d.ems_requested)
            self.police.setChecked(d.police_requested)
            self.returned_911.setChecked(d.returned_to_911)
            self.referral.setChecked(d.referral_given)
            # With directory referrals listed the tick is theirs, as far as the record knows.
            self._own_referral_tick = d.referral_given and not record.referrals
            self.referrals.load(record.referrals)
            self._lock_referral_given()
            self.consent.set_value(d.follow_up_consent)
            self.follow_up_times.setText(d.follow_up_times)
            number = d.follow_up_number
            if number.startswith("+"):
                number = phone_display(number)
            self.follow_up_number.setText(number)
            show_inline(self.follow_up_number_problem, "")
            self._set_outcomes(d.outcomes)
            self.hand_corrected = d.outcomes != derive_outcomes(replace(d, outcomes=Outcomes()))
            self._update_enabled()
        finally:
            self._loading = False

    def apply(self, record: CallRecord) -> CallRecord:
        """``record`` with the disposition and the referrals shown."""
        return replace(record, disposition=self.details(), referrals=self.referrals.referrals)

    def add_referral(self, referral: CallReferral) -> CallReferral:
        """List ``referral`` (the same service again updates the earlier one); see ``changed``."""
        return self.referrals.add(referral)

    def set_read_only(self, read_only: bool) -> None:
        """Nothing changes in a read-only call."""
        self._read_only = read_only
        for button in self.primary_buttons.values():
            button.setEnabled(not read_only)
        for box in (
            self.mobile_team,
            self.ems,
            self.police,
            self.returned_911,
            self.referral,
            self.consent,
            *self.outcomes.values(),
        ):
            box.setEnabled(not read_only)
        for edit in (self.follow_up_times, self.follow_up_number, self.warm_transfer_to):
            edit.setReadOnly(read_only)
        self.referrals.set_read_only(read_only)
        self._lock_referral_given()
        self._update_enabled()

    # --- helpers -----------------------------------------------------------------------------

    def _set_outcomes(self, outcomes: Outcomes) -> None:
        was, self._loading = self._loading, True
        try:
            for key, box in self.outcomes.items():
                box.setCheckState(_STATE_OF[getattr(outcomes, key)])
        finally:
            self._loading = was
        self._show_outcome_states()

    def _show_outcome_states(self) -> None:
        for key, box in self.outcomes.items():
            value = _value_of(box.checkState())
            text = yes_no_text(value)
            self.outcome_states[key].setText(text)
            box.setAccessibleDescription(text)

    def _lock_referral_given(self) -> None:
        """Tick and lock "Referral given" while there are directory referrals; else unlock."""
        locked = bool(self.referrals.referrals)
        was, self._loading = self._loading, True
        try:
            self.referral.setChecked(True if locked else self._own_referral_tick)
        finally:
            self._loading = was
        self.referral.setEnabled(not locked and not self._read_only)
        self.referral.setToolTip(translate("Intake", REFERRAL_LOCKED_TEXT) if locked else "")
        self.referral.setAccessibleDescription(
            translate("Intake", REFERRAL_LOCKED_TEXT) if locked else ""
        )

    def _update_enabled(self) -> None:
        warm = self.primary_value() is Disposition.WARM_TRANSFER
        self.warm_transfer_to.setEnabled(warm)

    def _rederive(self) -> None:
        """The disposition changed: outcomes follow it again (hand corrections are replaced)."""
        self.hand_corrected = False
        self._set_outcomes(derive_outcomes(replace(self.details(), outcomes=Outcomes())))

    # --- slots -------------------------------------------------------------------------------

    @Slot(QAbstractButton, bool)
    def _on_primary_button_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if self._loading or not checked:
            return
        self._update_enabled()
        self._rederive()
        self.changed.emit()

    @Slot(bool)
    def _on_disposition_changed(self, _checked: bool) -> None:
        if self._loading:
            return
        self._rederive()
        self.changed.emit()

    @Slot()
    def _on_any_edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    @Slot(bool)
    def _on_referral_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        self._own_referral_tick = checked
        self.changed.emit()

    @Slot()
    def _on_referrals_changed(self) -> None:
        self._lock_referral_given()
        if not self._loading:
            self.changed.emit()

    @Slot()
    def _on_outcome_check_state_changed(self) -> None:
        self._show_outcome_states()
        if self._loading:
            return
        self.hand_corrected = True
        self.changed.emit()

    @Slot()
    def _on_follow_up_number_editing_finished(self) -> None:
        if self.follow_up_number.isReadOnly():
            return
        text = self.follow_up_number.text()
        number, problem = phone_record_value(text)
        show_inline(self.follow_up_number_problem, problem)
        self.follow_up_number.setAccessibleDescription(problem)
        if number and not problem:
            shown = phone_display(number)
            if shown != text:
                self.follow_up_number.setText(shown)
                self.changed.emit()
