"""The "Safety plan" tab: the seven Stanley-Brown sections as labelled multi-line fields."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGridLayout, QPlainTextEdit, QVBoxLayout, QWidget

from counselor_app.domain.calls import CallRecord
from counselor_app.domain.safety_plan import CRISIS_LINE_988, SECTION_TITLES, SafetyPlan
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.intake.fields import labelled, multiline
from counselor_app.ui.widgets import note

SECTION_TITLES_UI: dict[str, str] = {
    "warning_signs": QT_TRANSLATE_NOOP("SafetyPlan", "Warning signs"),
    "coping_strategies": QT_TRANSLATE_NOOP("SafetyPlan", "Internal coping strategies"),
    "social_distractions": QT_TRANSLATE_NOOP(
        "SafetyPlan", "People and social settings that provide distraction"
    ),
    "people_to_ask": QT_TRANSLATE_NOOP("SafetyPlan", "People I can ask for help"),
    "professionals": QT_TRANSLATE_NOOP(
        "SafetyPlan", "Professionals or agencies I can contact during a crisis"
    ),
    "safe_environment": QT_TRANSLATE_NOOP("SafetyPlan", "Making the environment safe"),
    "reasons_for_living": QT_TRANSLATE_NOOP(
        "SafetyPlan", "The one thing most important to me / reasons for living"
    ),
}
"""The domain's section titles, marked for translation (a test keeps them equal)."""

PLACEHOLDERS = {
    "warning_signs": QT_TRANSLATE_NOOP(
        "SafetyPlan", "Thoughts, moods, situations that tell a crisis may be coming"
    ),
    "coping_strategies": QT_TRANSLATE_NOOP(
        "SafetyPlan", "Things I can do on my own to take my mind off problems"
    ),
    "social_distractions": QT_TRANSLATE_NOOP("SafetyPlan", "Names, places"),
    "people_to_ask": QT_TRANSLATE_NOOP("SafetyPlan", "Names and numbers"),
    "professionals": QT_TRANSLATE_NOOP(
        "SafetyPlan", "Clinicians, urgent care, and always: {crisis_line}"
    ),
    "safe_environment": QT_TRANSLATE_NOOP(
        "SafetyPlan", "Lethal means: what will be locked away, removed, or held by someone"
    ),
    "reasons_for_living": QT_TRANSLATE_NOOP("SafetyPlan", "What matters most"),
}


def section_title(key: str) -> str:
    """A section's title in the interface language."""
    return translate("SafetyPlan", SECTION_TITLES_UI.get(key, SECTION_TITLES[key]))


def placeholder(key: str) -> str:
    """A section's hint in the interface language."""
    crisis_line = translate("SafetyPlan", CRISIS_LINE_988)
    return translate("SafetyPlan", PLACEHOLDERS.get(key, "")).format(crisis_line=crisis_line)


CRISIS_LINE_988_UI = QT_TRANSLATE_NOOP(
    "SafetyPlan", "988 Suicide & Crisis Lifeline: call or text 988"
)
"""The domain's 988 line, marked for translation."""


class SafetyPlanPanel(QWidget):
    """The plan as agreed with the caller; carried forward from an earlier call on request."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._language = "en"
        self.origin = note()
        self.origin.setObjectName("safetyPlanOrigin")
        self.origin.hide()
        self.sections: dict[str, QPlainTextEdit] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        for n, key in enumerate(SECTION_TITLES):
            title = section_title(key)
            edit = multiline(f"plan_{key}", 3, placeholder(key))
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 6 + 14)
            label = labelled(
                translate("SafetyPlan", "{number}. {title}:").format(number=n + 1, title=title),
                edit,
            )
            label.setWordWrap(True)
            row, column = divmod(n, 2)
            grid.addWidget(label, row * 2, column)
            grid.addWidget(edit, row * 2 + 1, column)
            self.sections[key] = edit
            edit.textChanged.connect(self._on_section_text_changed)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            note(
                translate(
                    "SafetyPlan",
                    "Stanley–Brown safety plan, in the caller's words. Sections are kept when the "
                    "same caller calls again.",
                )
            )
        )
        layout.addWidget(self.origin)
        layout.addLayout(grid)
        layout.addStretch(1)

    def focus_chain(self) -> list[QWidget]:
        """The sections in plan order."""
        return list(self.sections.values())

    def plan(self) -> SafetyPlan:
        """The plan as typed."""
        texts = {key: edit.toPlainText() for key, edit in self.sections.items()}
        return SafetyPlan(**texts, language=self._language)

    def load(self, record: CallRecord) -> None:
        """Show the record's plan."""
        self._loading = True
        try:
            self._language = record.safety_plan.language
            for key, _title, text in record.safety_plan.sections():
                if self.sections[key].toPlainText() != text:
                    self.sections[key].setPlainText(text)
        finally:
            self._loading = False

    def apply(self, record: CallRecord) -> CallRecord:
        """``record`` with the plan as typed."""
        return replace(record, safety_plan=self.plan())

    def fill_empty_from(self, plan: SafetyPlan, origin: str) -> tuple[int, int]:
        """Fill the empty sections from ``plan``; ``(filled, kept)`` section counts.

        Sections already typed in this call are kept as they are: nothing typed is replaced.
        """
        filled = kept = 0
        self._loading = True
        try:
            for key, _title, text in plan.sections():
                if not text.strip():
                    continue
                edit = self.sections[key]
                if edit.toPlainText().strip():
                    kept += 1
                    continue
                edit.setPlainText(text)
                filled += 1
        finally:
            self._loading = False
        if filled:
            self.origin.setText(
                translate(
                    "SafetyPlan", "Carried forward from {origin}. Review it with the caller."
                ).format(origin=origin)
            )
            self.origin.show()
            self.changed.emit()
        return filled, kept

    def set_read_only(self, read_only: bool) -> None:
        """Text stays selectable, not editable."""
        for edit in self.sections.values():
            edit.setReadOnly(read_only)

    @Slot()
    def _on_section_text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
