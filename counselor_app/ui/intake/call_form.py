"""The "Call" tab: where the contact came from, who is calling, what it is about, the narrative.

The form is a pure view of part of a ``CallRecord``: ``load(record)`` shows it, ``apply(record)``
returns the record with what the widgets hold. ``changed`` fires on every edit.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calls import (
    Caller,
    CallRecord,
    CallSource,
    Concern,
    CoResponder,
    Transfer911,
)
from counselor_app.domain.eido import ImportedIncident
from counselor_app.domain.errors import ValidationError
from counselor_app.phones import display as phone_display
from counselor_app.phones import to_e164
from counselor_app.ui.check_list import CheckList
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, message_text, translate
from counselor_app.ui.intake.fields import (
    YesNoUnknown,
    age_text,
    check_box,
    coordinate_text,
    form,
    group,
    inline_problem,
    labelled,
    line_edit,
    local_day,
    multiline,
    parse_age,
    parse_coordinate,
    parse_time_field,
    show_inline,
    time_field_text,
)
from counselor_app.ui.widgets import add_labelled_row

PASTE_INCIDENT_TEXT = QT_TRANSLATE_NOOP("Intake", "Paste 911 incident")


def phone_record_value(text: str) -> tuple[str, str]:
    """``(value for the record, problem)``: E.164 when valid, else the text as typed.

    A number that cannot be read stays in the record as typed (nothing is lost); the database
    save then refuses it with the same reason, shown beside the field.
    """
    try:
        return to_e164(text), ""
    except ValidationError as exc:
        return text.strip(), f"{message_text(exc.message)} {message_text(exc.hint)}".strip()


class IncidentDropBox(QGroupBox):
    """The 911 group: also accepts a dropped incident (a .json file or JSON text)."""

    incident_dropped = Signal(str, str)
    """``(text, path)``: dropped JSON text, or the local path of a dropped file."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files and text."""
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the dropped file or text on."""
        mime = event.mimeData()
        urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if urls:
            self.incident_dropped.emit("", urls[0].toLocalFile())
        elif mime.hasText():
            self.incident_dropped.emit(mime.text(), "")
        event.acceptProposedAction()


class CallForm(QWidget):
    """Source, 911 hand-off, co-responder, caller, presenting concerns and narrative."""

    changed = Signal()
    """Something was edited (not emitted while a record is being shown)."""

    lookup_changed = Signal()
    """The call-back number or the caller's name changed (repeat-caller lookup)."""

    paste_requested = Signal()
    incident_dropped = Signal(str, str)

    def __init__(self, concerns: tuple[Concern, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._day: date = datetime.now().astimezone().date()
        self._shown_transfer: tuple[str, datetime | None] = ("", None)
        self._unknown_concerns: tuple[str, ...] = ()
        self._read_only = False

        # --- source and 911 hand-off -------------------------------------------------------
        self.source = QComboBox()
        self.source.setObjectName("source")
        for source in CallSource:
            self.source.addItem(data_text(source.label), source.value)
        self.paste_button = QPushButton(f"{translate('Intake', PASTE_INCIDENT_TEXT)}…")
        self.paste_button.setObjectName("pasteIncident")
        self.paste_button.setToolTip(
            translate(
                "Intake",
                "Fill the 911 fields from an incident copied from the CAD system (Ctrl+Shift+V). "
                "You can also drop a .json file on the 911 transfer group.",
            )
        )
        self.paste_button.setAccessibleName(translate("Intake", PASTE_INCIDENT_TEXT))

        self.transfer_group = IncidentDropBox(translate("Intake", "911 transfer"))
        self.transfer_group.setAccessibleName(translate("Intake", "911 transfer"))
        self.cad = line_edit("cadIncidentNumber", translate("Intake", "e.g. 261128-0042"), 64)
        self.psap = line_edit("psapName", translate("Intake", "answering point"), 120)
        self.transfer_time = line_edit(
            "transferTime", translate("Intake", "15:02 or 2026-11-28 15:02"), 40
        )
        self.transfer_time_problem = inline_problem("transferTimeProblem")
        self.telecommunicator = line_edit("telecommunicator", "", 120)
        self.nature = line_edit("natureOfCall", "", 200)
        self.officer_standby = YesNoUnknown("officerOnStandby")
        transfer_form = form(self.transfer_group)
        add_labelled_row(transfer_form, translate("Intake", "CAD incident number:"), self.cad)
        add_labelled_row(transfer_form, translate("Intake", "PSAP (answering point):"), self.psap)
        add_labelled_row(transfer_form, translate("Intake", "Transfer time:"), self.transfer_time)
        transfer_form.addRow("", self.transfer_time_problem)
        add_labelled_row(
            transfer_form, translate("Intake", "Telecommunicator:"), self.telecommunicator
        )
        add_labelled_row(transfer_form, translate("Intake", "911 nature or reason:"), self.nature)
        add_labelled_row(
            transfer_form, translate("Intake", "Officer on standby:"), self.officer_standby
        )
        transfer_form.addRow("", self.paste_button)

        self.co_responder_group = group(translate("Intake", "Co-responder field encounter"))
        self.officer = line_edit("coResponderOfficer", translate("Intake", "name or badge"), 120)
        self.unit = line_edit("coResponderUnit", "", 60)
        co_form = form(self.co_responder_group)
        add_labelled_row(co_form, translate("Intake", "Officer on scene:"), self.officer)
        add_labelled_row(co_form, translate("Intake", "Unit:"), self.unit)

        # --- caller ----------------------------------------------------------------------------
        self.caller_group = group(translate("Intake", "Caller"))
        self.anonymous = check_box(translate("Intake", "Anonymous caller"), "anonymous")
        self.anonymous.setChecked(True)
        self.name = line_edit("callerName", "", 200)
        self.preferred_name = line_edit("preferredName", "", 120)
        self.pronouns = line_edit("pronouns", translate("Intake", "e.g. she/her"), 40)
        self.age = line_edit("age", translate("Intake", "e.g. 34, or 30-39"), 20)
        self.language = line_edit("language", "", 60)
        self.interpreter = check_box(translate("Intake", "Interpreter used"), "interpreterUsed")
        self.callback = line_edit("callbackNumber", translate("Intake", "e.g. 314-555-0142"), 40)
        self.callback_problem = inline_problem("callbackProblem")
        self.address = line_edit("address", "", 300)
        self.cross_streets = line_edit("crossStreets", "", 200)
        self.latitude = line_edit("latitude", translate("Intake", "optional"), 24)
        self.longitude = line_edit("longitude", translate("Intake", "optional"), 24)
        self.third_party = check_box(
            translate("Intake", "Third-party caller (calling about someone else)"), "thirdParty"
        )
        self.relationship = line_edit(
            "thirdPartyRelationship", translate("Intake", "e.g. sister, neighbour"), 120
        )
        caller_form = form(self.caller_group)
        caller_form.addRow("", self.anonymous)
        add_labelled_row(caller_form, translate("Intake", "Name:"), self.name)
        add_labelled_row(caller_form, translate("Intake", "Preferred name:"), self.preferred_name)
        add_labelled_row(caller_form, translate("Intake", "Pronouns:"), self.pronouns)
        add_labelled_row(caller_form, translate("Intake", "Age or age range:"), self.age)
        add_labelled_row(caller_form, translate("Intake", "Language:"), self.language)
        caller_form.addRow("", self.interpreter)
        add_labelled_row(caller_form, translate("Intake", "Call-back number:"), self.callback)
        caller_form.addRow("", self.callback_problem)
        add_labelled_row(caller_form, translate("Intake", "Address:"), self.address)
        add_labelled_row(caller_form, translate("Intake", "Cross streets:"), self.cross_streets)
        coordinates = QWidget()
        row = QHBoxLayout(coordinates)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.latitude, 1)
        row.addWidget(labelled(translate("Intake", "Longitude:"), self.longitude))
        row.addWidget(self.longitude, 1)
        caller_form.addRow(labelled(translate("Intake", "Latitude:"), self.latitude), coordinates)
        caller_form.addRow("", self.third_party)
        add_labelled_row(
            caller_form, translate("Intake", "Relationship to the person:"), self.relationship
        )

        # --- what the call is about --------------------------------------------------------
        self.concerns = CheckList([(c.code, data_text(c.label)) for c in concerns], "concern")
        self.concerns.setObjectName("concerns")
        self.concerns.setAccessibleName(translate("Intake", "Presenting concerns"))
        self.concerns.setMinimumHeight(self.concerns.row_height() * 7 + 12)
        self.concerns_label = labelled(translate("Intake", "Presenting concerns:"), self.concerns)
        self.concerns_count = QLabel()
        self.concerns_count.setObjectName("concernsCount")
        self.substance_use = check_box(
            translate("Intake", "Includes substance use treatment information (42 CFR Part 2)"),
            "substanceUseInfo",
        )
        self.narrative = multiline(
            "narrative", 6, translate("Intake", "What happened on the call, in your words.")
        )
        self.narrative_label = labelled(translate("Intake", "Narrative:"), self.narrative)

        # --- layout: hand-off and caller left, the call's content right ----------------------
        source_row = QWidget()
        source_form = form(source_row)
        source_form.setContentsMargins(0, 0, 0, 0)
        add_labelled_row(source_form, translate("Intake", "Source of the contact:"), self.source)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(source_row)
        left.addWidget(self.transfer_group)
        left.addWidget(self.co_responder_group)
        left.addWidget(self.caller_group)
        left.addStretch(1)
        self.right = QVBoxLayout()
        self.right.setSpacing(6)
        concerns_row = QHBoxLayout()
        concerns_row.addWidget(self.concerns_label)
        concerns_row.addStretch(1)
        concerns_row.addWidget(self.concerns_count)
        self.right.addLayout(concerns_row)
        self.right.addWidget(self.concerns, 2)
        self.right.addWidget(self.substance_use)
        self.right.addSpacing(6)
        self.right.addWidget(self.narrative_label)
        self.right.addWidget(self.narrative, 3)
        self.columns = QHBoxLayout(self)
        self.columns.setContentsMargins(4, 4, 4, 4)
        self.columns.setSpacing(16)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(self.right, 1)
        self._show_source_groups()
        self._update_enabled()
        self._show_concerns_count()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.source.currentIndexChanged.connect(self._on_source_current_index_changed)
        for edit in self.line_edits():
            edit.textEdited.connect(self._on_any_edited)
        self.narrative.textChanged.connect(self._on_any_edited)
        self.officer_standby.currentIndexChanged.connect(self._on_any_edited)
        for box in (self.interpreter, self.substance_use):
            box.toggled.connect(self._on_any_edited)
        self.anonymous.toggled.connect(self._on_anonymous_toggled)
        self.third_party.toggled.connect(self._on_third_party_toggled)
        self.concerns.changed.connect(self._on_concerns_changed)
        self.callback.editingFinished.connect(self._on_callback_editing_finished)
        self.transfer_time.editingFinished.connect(self._on_transfer_time_editing_finished)
        self.name.textEdited.connect(self._on_lookup_edited)
        self.callback.textEdited.connect(self._on_lookup_edited)
        self.paste_button.clicked.connect(self.paste_requested)
        self.transfer_group.incident_dropped.connect(self.incident_dropped)

    def line_edits(self) -> list[QLineEdit]:
        """Every single-line field, in form order."""
        return [
            self.cad,
            self.psap,
            self.transfer_time,
            self.telecommunicator,
            self.nature,
            self.officer,
            self.unit,
            self.name,
            self.preferred_name,
            self.pronouns,
            self.age,
            self.language,
            self.callback,
            self.address,
            self.cross_streets,
            self.latitude,
            self.longitude,
            self.relationship,
        ]

    def left_chain(self) -> list[QWidget]:
        """The left column's fields (source, 911, co-responder, caller) in Tab order."""
        return [
            self.source,
            self.cad,
            self.psap,
            self.transfer_time,
            self.telecommunicator,
            self.nature,
            self.officer_standby,
            self.paste_button,
            self.officer,
            self.unit,
            self.anonymous,
            self.name,
            self.preferred_name,
            self.pronouns,
            self.age,
            self.language,
            self.interpreter,
            self.callback,
            self.address,
            self.cross_streets,
            self.latitude,
            self.longitude,
            self.third_party,
            self.relationship,
        ]

    def right_chain(self) -> list[QWidget]:
        """The right column's fields (concerns, narrative) in Tab order."""
        return [*self.concerns.boxes, self.substance_use, self.narrative]

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them."""
        return self.left_chain() + self.right_chain()

    # --- record <-> widgets ------------------------------------------------------------------

    def load(self, record: CallRecord) -> None:
        """Show the form's part of ``record``."""
        self._loading = True
        try:
            self._day = local_day(record.started_at)
            self.source.setCurrentIndex(self.source.findData(record.source.value))
            t = record.transfer
            self.cad.setText(t.cad_incident_number)
            self.psap.setText(t.psap_name)
            shown = time_field_text(t.transferred_at)
            self._shown_transfer = (shown, t.transferred_at)
            self.transfer_time.setText(shown)
            show_inline(self.transfer_time_problem, "")
            self.telecommunicator.setText(t.telecommunicator)
            self.nature.setText(t.nature_of_call)
            self.officer_standby.set_value(t.officer_on_standby)
            self.officer.setText(record.co_responder.officer)
            self.unit.setText(record.co_responder.unit)
            c = record.caller
            self.anonymous.setChecked(c.anonymous)
            self.name.setText(c.name)
            self.preferred_name.setText(c.preferred_name)
            self.pronouns.setText(c.pronouns)
            self.age.setText(age_text(c.age, c.age_range))
            self.language.setText(c.language)
            self.interpreter.setChecked(c.interpreter_used)
            self.callback.setText(self._phone_shown(c.callback_number))
            self._check_callback()
            self.address.setText(c.address)
            self.cross_streets.setText(c.cross_streets)
            self.latitude.setText(coordinate_text(c.latitude))
            self.longitude.setText(coordinate_text(c.longitude))
            self.third_party.setChecked(c.third_party)
            self.relationship.setText(c.third_party_relationship)
            self.concerns.set_checked(record.concerns)
            self._unknown_concerns = tuple(
                code for code in record.concerns if code not in self._known_codes()
            )
            self.substance_use.setChecked(record.substance_use_info)
            self._show_concerns_count()
            if self.narrative.toPlainText() != record.narrative:
                self.narrative.setPlainText(record.narrative)
            for edit in self.line_edits():
                edit.setCursorPosition(0)  # long values show their beginning
            self._show_source_groups()
            self._update_enabled()
        finally:
            self._loading = False

    def apply(self, record: CallRecord) -> CallRecord:
        """``record`` with everything this form holds."""
        anonymous = self.anonymous.isChecked()
        third_party = self.third_party.isChecked()
        age, age_range = parse_age(self.age.text())
        number, _problem = phone_record_value(self.callback.text())
        caller = Caller(
            anonymous=anonymous,
            name="" if anonymous else self.name.text().strip(),
            preferred_name="" if anonymous else self.preferred_name.text().strip(),
            pronouns=self.pronouns.text().strip(),
            age=age,
            age_range=age_range,
            language=self.language.text().strip(),
            interpreter_used=self.interpreter.isChecked(),
            callback_number=number,
            address=self.address.text().strip(),
            cross_streets=self.cross_streets.text().strip(),
            latitude=parse_coordinate(self.latitude.text()),
            longitude=parse_coordinate(self.longitude.text()),
            third_party=third_party,
            third_party_relationship=self.relationship.text().strip() if third_party else "",
        )
        transfer = Transfer911(
            cad_incident_number=self.cad.text().strip(),
            psap_name=self.psap.text().strip(),
            transferred_at=self.transfer_time_value(),
            telecommunicator=self.telecommunicator.text().strip(),
            nature_of_call=self.nature.text().strip(),
            officer_on_standby=self.officer_standby.value(),
        )
        return replace(
            record,
            source=self.source_value(),
            transfer=transfer,
            co_responder=CoResponder(self.officer.text().strip(), self.unit.text().strip()),
            caller=caller,
            concerns=self.checked_concerns(),
            narrative=self.narrative.toPlainText(),
            substance_use_info=self.substance_use.isChecked(),
        )

    def source_value(self) -> CallSource:
        """The chosen source."""
        return CallSource(str(self.source.currentData()))

    def checked_concerns(self) -> tuple[str, ...]:
        """Codes of the ticked concerns, in list order (plus codes this list no longer has)."""
        ticked = self.concerns.checked()
        return tuple(ticked) + self._unknown_concerns

    def _known_codes(self) -> set[str]:
        return set(self.concerns.codes())

    def transfer_time_value(self) -> datetime | None:
        """The transfer time typed (unchanged when the text is what was shown)."""
        text = self.transfer_time.text()
        if text == self._shown_transfer[0]:
            return self._shown_transfer[1]
        try:
            return parse_time_field(text, self._day)
        except ValueError:
            return None

    @property
    def lookup_text(self) -> tuple[str, str]:
        """``(call-back number, caller name)`` for the repeat-caller lookup."""
        name = "" if self.anonymous.isChecked() else self.name.text().strip()
        return self.callback.text().strip(), name

    # --- incidents ---------------------------------------------------------------------------

    def fill_from_incident(self, incident: ImportedIncident) -> tuple[list[str], list[str]]:
        """Fill the fields the incident provides; ``(filled, kept)`` field names.

        An empty field is filled; a field that already holds something different keeps what
        was typed (nothing typed is overwritten) and is reported as kept.
        """
        t = incident.transfer
        filled: list[str] = []
        kept: list[str] = []
        shown_time = time_field_text(t.transferred_at)

        def fill(edit: QLineEdit, value: str, what: str) -> None:
            if not value:
                return
            current = edit.text().strip()
            if not current:
                edit.setText(value)
                filled.append(what)
            elif current != value:
                kept.append(what)

        fill(self.cad, t.cad_incident_number, translate("Intake", "CAD incident number"))
        fill(self.psap, t.psap_name, translate("Intake", "PSAP"))
        if t.transferred_at is not None and not self.transfer_time.text().strip():
            self._shown_transfer = (shown_time, t.transferred_at)
            self.transfer_time.setText(shown_time)
            show_inline(self.transfer_time_problem, "")
            filled.append(translate("Intake", "transfer time"))
        elif t.transferred_at is not None and self.transfer_time_value() != t.transferred_at:
            kept.append(translate("Intake", "transfer time"))
        fill(self.telecommunicator, t.telecommunicator, translate("Intake", "telecommunicator"))
        fill(self.nature, t.nature_of_call, translate("Intake", "911 nature"))
        if t.officer_on_standby is not None:
            if self.officer_standby.value() is None:
                self.officer_standby.set_value(t.officer_on_standby)
                filled.append(translate("Intake", "officer on standby"))
            elif self.officer_standby.value() != t.officer_on_standby:
                kept.append(translate("Intake", "officer on standby"))
        if incident.callback_number:
            number, _ = phone_record_value(incident.callback_number)
            fill(self.callback, self._phone_shown(number), translate("Intake", "call-back number"))
            self._check_callback()
        fill(self.address, incident.address, translate("Intake", "address"))
        fill(self.cross_streets, incident.cross_streets, translate("Intake", "cross streets"))
        fill(self.latitude, coordinate_text(incident.latitude), translate("Intake", "latitude"))
        fill(self.longitude, coordinate_text(incident.longitude), translate("Intake", "longitude"))
        if self.source_value() is not CallSource.TRANSFER_911 and filled:
            self.source.setCurrentIndex(self.source.findData(CallSource.TRANSFER_911.value))
        if filled:
            self._emit_changed()
            self.lookup_changed.emit()
        return filled, kept

    # --- read-only ---------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Show the record without letting it change (text stays selectable)."""
        for edit in self.line_edits():
            edit.setReadOnly(read_only)
        self.narrative.setReadOnly(read_only)
        for widget in (
            self.source,
            self.officer_standby,
            self.anonymous,
            self.interpreter,
            self.third_party,
            self.substance_use,
            self.paste_button,
        ):
            widget.setEnabled(not read_only)
        self.transfer_group.setAcceptDrops(not read_only)
        self.concerns.set_read_only(read_only)
        self._read_only = read_only
        self._update_enabled()

    # --- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _phone_shown(value: str) -> str:
        if value.startswith("+"):
            return phone_display(value)
        return value

    def _check_callback(self) -> str:
        """Validate the call-back number; show the national format or the reason inline."""
        text = self.callback.text()
        number, problem = phone_record_value(text)
        show_inline(self.callback_problem, problem)
        self.callback.setAccessibleDescription(problem)
        if number and not problem:
            shown = phone_display(number)
            if shown != text:
                self.callback.setText(shown)
        return problem

    def _show_source_groups(self) -> None:
        source = self.source_value()
        self.transfer_group.setVisible(source is CallSource.TRANSFER_911)
        self.co_responder_group.setVisible(source is CallSource.CO_RESPONDER)

    def _update_enabled(self) -> None:
        editable = not self._read_only
        anonymous = self.anonymous.isChecked()
        self.name.setEnabled(not anonymous)
        self.preferred_name.setEnabled(not anonymous)
        self.relationship.setEnabled(self.third_party.isChecked())
        self.paste_button.setEnabled(editable)

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    # --- slots -------------------------------------------------------------------------------

    @Slot()
    def _on_any_edited(self) -> None:
        self._emit_changed()

    @Slot(int)
    def _on_source_current_index_changed(self, _index: int) -> None:
        self._show_source_groups()
        self._emit_changed()

    @Slot(bool)
    def _on_anonymous_toggled(self, _checked: bool) -> None:
        self._update_enabled()
        if not self._loading:
            self.lookup_changed.emit()
        self._emit_changed()

    @Slot(bool)
    def _on_third_party_toggled(self, _checked: bool) -> None:
        self._update_enabled()
        self._emit_changed()

    @Slot()
    def _on_concerns_changed(self) -> None:
        self._show_concerns_count()
        self._emit_changed()

    def _show_concerns_count(self) -> None:
        count = len(self.checked_concerns())
        text = (
            translate("Intake", "{count} ticked (Space ticks)").format(count=count)
            if count
            else translate("Intake", "none ticked (Space ticks)")
        )
        self.concerns_count.setText(text)
        self.concerns.set_description(text)

    @Slot()
    def _on_callback_editing_finished(self) -> None:
        if self.callback.isReadOnly():
            return
        before = self.callback.text()
        self._check_callback()
        if self.callback.text() != before:
            self._emit_changed()

    @Slot()
    def _on_transfer_time_editing_finished(self) -> None:
        text = self.transfer_time.text()
        if text == self._shown_transfer[0]:
            show_inline(self.transfer_time_problem, "")
            return
        try:
            value = parse_time_field(text, self._day)
        except ValueError as exc:
            show_inline(self.transfer_time_problem, str(exc))
            self.transfer_time.setAccessibleDescription(str(exc))
            return
        show_inline(self.transfer_time_problem, "")
        self.transfer_time.setAccessibleDescription("")
        shown = time_field_text(value)
        self._shown_transfer = (shown, value)
        self.transfer_time.setText(shown)

    @Slot()
    def _on_lookup_edited(self) -> None:
        self.lookup_changed.emit()
