"""The "Risk" tab: the C-SSRS screener with its skip logic, and the Lifeline assessment grid."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.calls import CallRecord
from counselor_app.domain.errors import comma_list
from counselor_app.domain.risk import (
    PRINCIPLES,
    CssrsScreen,
    LifelineAssessment,
    LifelineGrid,
    RiskLevel,
    provisional_triage,
    triage,
)
from counselor_app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    data_text,
    interface_language,
    message_text,
    risk_level_text,
    translate,
)
from counselor_app.ui.intake.fields import check_box, checked_data, clear_group, group
from counselor_app.ui.widgets import note

CSSRS_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("q1", "1. Have you wished you were dead or wished you could go to sleep and not wake up?"),
    ("q2", "2. Have you actually had any thoughts about killing yourself?"),
    ("q3", "3. Have you thought about how you might do this?"),
    (
        "q4",
        "4. Have you had any intention of acting on these thoughts of killing yourself, as "
        "opposed to having the thoughts but definitely not acting on them?",
    ),
    (
        "q5",
        "5. Have you started to work out or worked out the details of how to kill yourself? "
        "Do you intend to carry out this plan?",
    ),
    (
        "q6",
        "6. Have you done anything, started to do anything, or prepared to do anything to end "
        "your life?",
    ),
    ("q6_recent", "Was this within the past 3 months?"),
)
"""The C-SSRS screener (past month), in the order it is asked.

Shown in English in every interface language: a translation of this validated instrument must
be the Columbia Lighthouse Project's own, which this application does not have (see
``CSSRS_ENGLISH_NOTE``)."""

CSSRS_ENGLISH_NOTE = QT_TRANSLATE_NOOP(
    "Intake",
    "C-SSRS questions in English: read them from your center's validated Spanish version.",
)
"""Shown above the questions when the interface is not in English."""

SKIPPED_NOTE = QT_TRANSLATE_NOOP("Intake", "Asked only when question 2 is yes.")


def question_numbers_text(numbers: list[str] | tuple[str, ...]) -> str:
    """``1, 6 (past 3 months)`` (``CssrsScreen.unanswered``) in the interface language."""
    return message_text(comma_list(numbers))


def formulation_text(assessment: LifelineAssessment, grid: LifelineGrid) -> str:
    """``LifelineAssessment.formulation`` in the interface language (handoffs print the English)."""
    return "\n".join(message_text(line) for line in assessment.formulation_lines(grid))


class YesNoQuestion(QWidget):
    """A question with a Yes and a No radio button; unanswered until one is chosen."""

    answered = Signal()

    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"cssrs_{key}")
        self.setAccessibleName(text)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.yes = QRadioButton(translate("Intake", "Yes"))
        self.no = QRadioButton(translate("Intake", "No"))
        self.yes.setObjectName(f"{key}_yes")
        self.no.setObjectName(f"{key}_no")
        for button, value in ((self.yes, True), (self.no, False)):
            button.setProperty("value", value)
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(text)
        self.buttons = QButtonGroup(self)
        self.buttons.addButton(self.yes)
        self.buttons.addButton(self.no)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 2, 0, 2)
        self.row.addWidget(self.label, 1)
        self.row.addWidget(self.yes)
        self.row.addWidget(self.no)
        self.buttons.buttonToggled.connect(self._on_buttons_button_toggled)

    def value(self) -> bool | None:
        """The answer, or ``None`` when not answered."""
        data = checked_data(self.buttons)
        return data if isinstance(data, bool) else None

    def set_value(self, value: bool | None) -> None:
        """Show an answer (``None`` clears it)."""
        if value is None:
            clear_group(self.buttons)
        else:
            (self.yes if value else self.no).setChecked(True)

    def set_answerable(self, answerable: bool) -> None:
        """Enable the question; a question that may not be asked loses its answer."""
        if not answerable and self.value() is not None:
            self.set_value(None)
        self.yes.setEnabled(answerable)
        self.no.setEnabled(answerable)
        self.label.setEnabled(answerable)

    @Slot()
    def _on_buttons_button_toggled(self) -> None:
        self.answered.emit()


class CssrsForm(QGroupBox):
    """The screener; Q3-Q5 only when Q2 is yes, "past 3 months" only when Q6 is yes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Intake", "C-SSRS screener (past month)"), parent)
        self.setObjectName("cssrs")
        self.setAccessibleName(translate("Intake", "C-SSRS screener (past month)"))
        self.questions = {key: YesNoQuestion(key, text) for key, text in CSSRS_QUESTIONS}
        self.triage_label = QLabel()
        self.triage_label.setObjectName("cssrsTriage")
        self.triage_label.setWordWrap(True)
        self.triage_label.setAccessibleName(translate("Intake", "Screener triage"))
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.english_note: QLabel | None = None
        if interface_language() != "en":
            self.english_note = note(translate("Intake", CSSRS_ENGLISH_NOTE))
            self.english_note.setObjectName("cssrsEnglishNote")
            bold = self.english_note.font()
            bold.setBold(True)
            self.english_note.setFont(bold)
            self.setAccessibleDescription(self.english_note.text())
            layout.addWidget(self.english_note)
        for key, question in self.questions.items():
            if key == "q6_recent":
                question.row.setContentsMargins(24, 2, 0, 2)
            if key == "q3":
                skipped = note(translate("Intake", SKIPPED_NOTE))
                skipped.setContentsMargins(0, 4, 0, 0)
                layout.addWidget(skipped)
            layout.addWidget(question)
        layout.addSpacing(6)
        layout.addWidget(self.triage_label)
        self._loading = False
        self._read_only = False
        for question in self.questions.values():
            question.answered.connect(self._on_question_answered)
        self._apply_skip_logic()
        self._show_triage()

    def focus_chain(self) -> list[QWidget]:
        """Yes and No of every question, in order (Tab visits the group once)."""
        chain: list[QWidget] = []
        for question in self.questions.values():
            chain.extend([question.yes, question.no])
        return chain

    def answers(self) -> dict[str, bool | None]:
        """Every answer by key."""
        return {key: q.value() for key, q in self.questions.items()}

    def result(self) -> CssrsScreen | None:
        """The answers given so far (kept even when unfinished), or ``None`` before the first."""
        a = self.answers()
        if all(value is None for value in a.values()):
            return None
        return CssrsScreen(
            wish_to_be_dead=a["q1"],
            suicidal_thoughts=a["q2"],
            thoughts_with_method=a["q3"] if a["q2"] else None,
            intent_without_plan=a["q4"] if a["q2"] else None,
            intent_with_plan=a["q5"] if a["q2"] else None,
            behavior_ever=a["q6"],
            behavior_past_3_months=a["q6_recent"] if a["q6"] else None,
        )

    def missing(self) -> list[str]:
        """Numbers of the questions still to answer."""
        screen = self.result()
        return (screen or CssrsScreen()).unanswered()

    def load(self, screen: CssrsScreen | None) -> None:
        """Show a stored screen."""
        self._loading = True
        try:
            values: dict[str, bool | None] = dict.fromkeys(self.questions)
            if screen is not None:
                values = {
                    "q1": screen.wish_to_be_dead,
                    "q2": screen.suicidal_thoughts,
                    "q3": screen.thoughts_with_method,
                    "q4": screen.intent_without_plan,
                    "q5": screen.intent_with_plan,
                    "q6": screen.behavior_ever,
                    "q6_recent": screen.behavior_past_3_months,
                }
            for key, question in self.questions.items():
                question.set_answerable(True)
                question.set_value(values[key])
            self._apply_skip_logic()
            self._show_triage()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """Answers cannot change in a read-only call."""
        self._read_only = read_only
        self._apply_skip_logic()

    def _apply_skip_logic(self) -> None:
        editable = not self._read_only
        q2 = self.questions["q2"].value()
        for key in ("q3", "q4", "q5"):
            self.questions[key].set_answerable(bool(q2))
        self.questions["q6_recent"].set_answerable(bool(self.questions["q6"].value()))
        if not editable:
            for question in self.questions.values():
                question.yes.setEnabled(False)
                question.no.setEnabled(False)
        else:
            for key in ("q1", "q2", "q6"):
                self.questions[key].set_answerable(True)

    def _show_triage(self) -> None:
        screen = self.result()
        if screen is None or not screen.complete:
            missing = self.missing()
            text = translate(
                "Intake", "Screener triage: not complete — still to answer: {questions}."
            ).format(questions=question_numbers_text(missing))
            so_far = provisional_triage(screen) if screen is not None else None
            if so_far is not None:
                text += " " + translate("Intake", "At least {level} risk so far.").format(
                    level=risk_level_text(so_far.value, so_far.label).lower()
                )
            level = so_far or RiskLevel.NOT_ASSESSED
        else:
            level = triage(screen)
            text = translate("Intake", "Screener triage: {level} risk.").format(
                level=risk_level_text(level.value, level.label)
            )
        self.triage_label.setText(text)
        self.triage_label.setProperty("risk", level.value)
        self.triage_label.setAccessibleDescription(text)
        self.triage_label.style().unpolish(self.triage_label)
        self.triage_label.style().polish(self.triage_label)

    @Slot()
    def _on_question_answered(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._apply_skip_logic()
        finally:
            self._loading = False
        self._show_triage()
        self.changed.emit()


class LifelineForm(QGroupBox):
    """The Lifeline grid: four principles of check boxes, buffers' judgement, formulation."""

    changed = Signal()

    def __init__(self, grid: LifelineGrid, parent: QWidget | None = None) -> None:
        title = data_text(grid.title)
        super().__init__(
            translate("Intake", "{title} (version {version})").format(
                title=title, version=grid.version
            ),
            parent,
        )
        self.setObjectName("lifeline")
        self.setAccessibleName(title)
        self.grid = grid
        self._loading = False
        self._read_only = False
        self._extra: dict[str, frozenset[str]] = {p: frozenset() for p in PRINCIPLES}
        self._grid_version = grid.version
        self.boxes: dict[str, dict[str, QCheckBox]] = {}
        self.principle_groups: dict[str, QGroupBox] = {}
        cells = QHBoxLayout()
        cells.setSpacing(12)
        columns = [QVBoxLayout(), QVBoxLayout()]
        for column_layout in columns:
            column_layout.setSpacing(8)
            cells.addLayout(column_layout, 1)
        positions = {"desire": 0, "intent": 0, "capability": 1, "buffers": 1}
        for principle in grid.principles:
            principle_title = data_text(principle.title)
            box = group(principle_title)
            box.setObjectName(f"lifeline_{principle.key}")
            inner = QVBoxLayout(box)
            inner.setSpacing(2)
            self.boxes[principle.key] = {}
            for item in principle.items:
                check = check_box(data_text(item.label), f"lifeline_{principle.key}_{item.key}")
                check.setAccessibleDescription(principle_title)
                inner.addWidget(check)
                self.boxes[principle.key][item.key] = check
            self.principle_groups[principle.key] = box
            columns[positions.get(principle.key, 0)].addWidget(box)
        self.mitigate = check_box(
            translate("Intake", "Buffers mitigate imminent risk"), "buffersMitigate"
        )
        self.mitigate.setToolTip(
            translate(
                "Intake",
                "Your judgement that the buffers present reduce an otherwise imminent risk. "
                "Tick a buffer first.",
            )
        )
        buffers_layout = self.principle_groups["buffers"].layout()
        assert buffers_layout is not None
        buffers_layout.addWidget(self.mitigate)
        self.level_label = QLabel()
        self.level_label.setObjectName("lifelineLevel")
        self.level_label.setAccessibleName(translate("Intake", "Lifeline risk level"))
        self.formulation = QLabel()
        self.formulation.setObjectName("formulation")
        self.formulation.setWordWrap(True)
        self.formulation.setTextFormat(Qt.TextFormat.PlainText)
        self.formulation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formulation.setAccessibleName(translate("Intake", "Risk formulation"))
        for column_layout in columns:
            column_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(cells)
        for checks in self.boxes.values():
            for check in checks.values():
                check.toggled.connect(self._on_check_toggled)
        self.mitigate.toggled.connect(self._on_check_toggled)
        self._update()

    def focus_chain(self) -> list[QWidget]:
        """Desire, capability, intent, buffers, then the buffers' judgement."""
        chain: list[QWidget] = []
        for principle in PRINCIPLES:
            chain.extend(self.boxes.get(principle, {}).values())
        chain.append(self.mitigate)
        return chain

    def assessment(self) -> LifelineAssessment | None:
        """The assessment, or ``None`` while nothing is ticked."""
        present = {
            p: frozenset(k for k, c in self.boxes.get(p, {}).items() if c.isChecked())
            | self._extra[p]
            for p in PRINCIPLES
        }
        if not any(present.values()):
            return None
        return LifelineAssessment(
            desire=present["desire"],
            capability=present["capability"],
            intent=present["intent"],
            buffers=present["buffers"],
            buffers_mitigate=self.mitigate.isChecked() and bool(present["buffers"]),
            grid_version=self._grid_version,
        )

    def load(self, assessment: LifelineAssessment | None) -> None:
        """Show a stored assessment (items this grid version lacks are kept, unseen)."""
        self._loading = True
        try:
            for principle in PRINCIPLES:
                present = assessment.present(principle) if assessment else frozenset()
                checks = self.boxes.get(principle, {})
                for key, check in checks.items():
                    check.setChecked(key in present)
                self._extra[principle] = frozenset(k for k in present if k not in checks)
            self.mitigate.setChecked(bool(assessment and assessment.buffers_mitigate))
            # A stored assessment keeps the grid version it was made with; a new one gets ours.
            self._grid_version = assessment.grid_version if assessment else self.grid.version
            self._update()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        """Ticks cannot change in a read-only call."""
        self._read_only = read_only
        for checks in self.boxes.values():
            for check in checks.values():
                check.setEnabled(not read_only)
        self._update()

    def _update(self) -> None:
        any_buffer = any(c.isChecked() for c in self.boxes.get("buffers", {}).values()) or bool(
            self._extra["buffers"]
        )
        if not any_buffer and self.mitigate.isChecked():
            self.mitigate.setChecked(False)
        self.mitigate.setEnabled(any_buffer and not self._read_only)
        assessment = self.assessment()
        if assessment is None:
            self.level_label.setText(
                translate("Intake", "Lifeline risk level: not assessed (nothing ticked yet).")
            )
            self.formulation.setText("")
            self.formulation.hide()
            return
        level = assessment.level()
        self.level_label.setText(
            translate("Intake", "Lifeline risk level: {level}.").format(
                level=risk_level_text(level.value, level.label)
            )
        )
        self.formulation.setText(formulation_text(assessment, self.grid))
        self.formulation.show()

    @Slot(bool)
    def _on_check_toggled(self, _checked: bool) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._update()
        finally:
            self._loading = False
        self.changed.emit()


class RiskPanel(QWidget):
    """Both instruments side by side; the header shows the higher of their levels."""

    changed = Signal()

    def __init__(self, grid: LifelineGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cssrs = CssrsForm()
        self.lifeline = LifelineForm(grid)
        self.columns = QHBoxLayout(self)
        self.columns.setContentsMargins(4, 4, 4, 4)
        self.columns.setSpacing(16)
        column = QVBoxLayout()
        column.addWidget(self.cssrs)
        formulation_box = group(translate("Intake", "Risk formulation (Lifeline)"))
        formulation_layout = QVBoxLayout(formulation_box)
        formulation_layout.addWidget(self.lifeline.level_label)
        formulation_layout.addWidget(self.lifeline.formulation)
        column.addWidget(formulation_box)
        column.addStretch(1)
        self.columns.addLayout(column, 5)
        self.columns.addWidget(self.lifeline, 6, Qt.AlignmentFlag.AlignTop)
        self.cssrs.changed.connect(self.changed)
        self.lifeline.changed.connect(self.changed)

    def focus_chain(self) -> list[QWidget]:
        """Screener first, then the grid."""
        return self.cssrs.focus_chain() + self.lifeline.focus_chain()

    def load(self, record: CallRecord) -> None:
        """Show the record's assessments."""
        self.cssrs.load(record.cssrs)
        self.lifeline.load(record.lifeline)

    def apply(self, record: CallRecord) -> CallRecord:
        """``record`` with the assessments shown."""
        return replace(record, cssrs=self.cssrs.result(), lifeline=self.lifeline.assessment())

    def set_read_only(self, read_only: bool) -> None:
        """Freeze or free both instruments."""
        self.cssrs.set_read_only(read_only)
        self.lifeline.set_read_only(read_only)
