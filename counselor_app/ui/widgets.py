"""Small building blocks shared by the screens: labelled inputs, headings, the message bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Problem


def plain(label_text: str) -> str:
    """A label's text without mnemonic and colon (``&Username:`` -> ``Username``)."""
    text = label_text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")
    return text.strip().removesuffix(":").strip()


CLEAR_TEXT = QT_TRANSLATE_NOOP("Common", "Clear")


def enable_clear_button(edit: QLineEdit) -> None:
    """Show the edit's clear button, named for screen readers (Qt leaves the icon unnamed)."""
    edit.setClearButtonEnabled(True)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(translate("Common", CLEAR_TEXT))


def add_labelled_row(form: QFormLayout, label_text: str, field: QWidget) -> QLabel:
    """Add ``field`` to ``form`` under a visible label that is also its accessible name."""
    label = QLabel(label_text)
    label.setBuddy(field)
    field.setAccessibleName(plain(label_text))
    form.addRow(label, field)
    return label


def heading(text: str, scale: float = 1.4) -> QLabel:
    """A page or dialog heading, larger than the body text and bold."""
    label = QLabel(text)
    label.setObjectName("heading")
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def note(text: str = "") -> QLabel:
    """Secondary text that wraps."""
    label = QLabel(text)
    label.setObjectName("note")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class MessageBar(QLabel):
    """An inline, non-modal message: a problem the person should read, or a confirmation.

    Hidden when empty. Text is plain (never rich text), so nothing typed by anyone is interpreted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(translate("Common", "Message"))
        # The style sheet's border is drawn, but its padding is not applied to a QLabel whose
        # object name changes after creation: keep the text clear of the 6 px left stripe.
        self.setMargin(6)
        self.setContentsMargins(6, 0, 0, 0)
        self.hide()

    def show_problem(self, problem: Problem) -> None:
        """Show what went wrong and what to do."""
        self._show(problem.text, "problem")

    def show_text(self, text: str, kind: str = "info") -> None:
        """Show an informative or problem text (``kind`` is ``info`` or ``problem``)."""
        self._show(text, kind)

    def clear_message(self) -> None:
        """Hide the bar."""
        self.clear()
        self.setAccessibleDescription("")
        self.hide()

    @property
    def kind(self) -> str:
        """``problem``, ``info`` or empty when hidden."""
        return "" if self.isHidden() else str(self.property("kind") or "")

    def _show(self, text: str, kind: str) -> None:
        self.setProperty("kind", kind)
        self.setObjectName("problemBar" if kind == "problem" else "infoBar")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
