"""Input building blocks of the intake workspace: labelled fields, yes/no/unknown, parsing.

Every input gets a visible label that is also its accessible name (``add_labelled_row`` or the
widget's own text for check boxes and radio buttons). Multi-line fields let Tab move on, so the
whole form can be walked with the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.widgets import plain


def form(parent: QWidget | None = None) -> QFormLayout:
    """A form whose fields grow with the window and whose labels sit left of them."""
    layout = QFormLayout(parent)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    layout.setHorizontalSpacing(10)
    layout.setVerticalSpacing(6)
    return layout


def group(title: str, parent: QWidget | None = None) -> QGroupBox:
    """A titled group of fields; the title is also its accessible name."""
    box = QGroupBox(title, parent)
    box.setAccessibleName(plain(title))
    return box


def line_edit(name: str, placeholder: str = "", max_length: int = 300) -> QLineEdit:
    """A single-line field."""
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def multiline(name: str, min_lines: int = 3, placeholder: str = "") -> QPlainTextEdit:
    """A multi-line field where Tab moves to the next field (Ctrl+Tab types nothing)."""
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    lines = edit.fontMetrics().lineSpacing()
    edit.setMinimumHeight(lines * min_lines + 14)
    return edit


def check_box(text: str, name: str, *, tristate: bool = False) -> QCheckBox:
    """A check box whose visible text is its accessible name."""
    box = QCheckBox(text)
    box.setObjectName(name)
    box.setAccessibleName(plain(text))
    box.setTristate(tristate)
    return box


def labelled(text: str, field: QWidget) -> QLabel:
    """A visible label for ``field`` that is also its accessible name."""
    label = QLabel(text)
    label.setBuddy(field)
    field.setAccessibleName(plain(text))
    return label


def inline_problem(name: str) -> QLabel:
    """A hidden, wrapping label that explains why a field's value cannot be used."""
    label = QLabel()
    label.setObjectName(name)
    label.setProperty("role", "fieldProblem")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_inline(label: QLabel, text: str) -> None:
    """Show ``text`` in an inline problem label, or hide it when empty."""
    label.setText(text)
    label.setVisible(bool(text))


def yes_no_text(value: bool | None, unknown: str = QT_TRANSLATE_NOOP("Intake", "Unknown")) -> str:
    """``Yes``, ``No`` or ``unknown`` (a text marked in the Intake context), translated."""
    return translate("Intake", {True: "Yes", False: "No", None: unknown}[value])


class YesNoUnknown(QComboBox):
    """A choice of yes, no or unknown (``True``, ``False``, ``None``); typing Y or N picks."""

    def __init__(
        self,
        name: str,
        unknown: str = QT_TRANSLATE_NOOP("Intake", "Unknown"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.addItem(translate("Intake", unknown), None)
        self.addItem(translate("Intake", "Yes"), True)
        self.addItem(translate("Intake", "No"), False)

    def value(self) -> bool | None:
        """The choice."""
        data = self.currentData()
        return data if isinstance(data, bool) else None

    def set_value(self, value: bool | None) -> None:
        """Show ``value``."""
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


def clear_group(buttons: QButtonGroup) -> None:
    """Uncheck every button of an exclusive group (Qt refuses while it is exclusive)."""
    buttons.setExclusive(False)
    for button in buttons.buttons():
        button.setChecked(False)
    buttons.setExclusive(True)


def checked_data(buttons: QButtonGroup) -> object:
    """The ``value`` property of the checked button, or ``None``."""
    checked: QAbstractButton | None = buttons.checkedButton()
    return None if checked is None else checked.property("value")


# --- parsing what was typed -----------------------------------------------------------------


def time_field_text(moment: datetime | None) -> str:
    """How a time is shown in an editable field: local ``YYYY-MM-DD HH:MM[:SS]``."""
    if moment is None:
        return ""
    local = moment.astimezone()
    pattern = "%Y-%m-%d %H:%M:%S" if local.second else "%Y-%m-%d %H:%M"
    return local.strftime(pattern)


def parse_time_field(text: str, day: date) -> datetime | None:
    """Read a typed local time: ``HH:MM`` (on ``day``) or ``YYYY-MM-DD HH:MM``; aware result.

    Raises ``ValueError`` with a sentence for the person when the text is not a time.
    """
    cleaned = " ".join(text.strip().replace("T", " ").split())
    if not cleaned:
        return None
    for fmt in ("%H:%M", "%H:%M:%S"):
        try:
            clock = datetime.strptime(cleaned, fmt).time()  # noqa: DTZ007 - local, made aware below
        except ValueError:
            continue
        return _aware(datetime.combine(day, clock))
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return _aware(datetime.strptime(cleaned, fmt))  # noqa: DTZ007 - made aware in _aware
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            translate(
                "Intake",
                "This is not a time. Type it as 15:02, or with the date as 2026-11-28 15:02.",
            )
        ) from None
    return _aware(parsed)


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.astimezone()  # a naive time is the workstation's local time
    return moment


def parse_age(text: str) -> tuple[int | None, str]:
    """``"34"`` is an age; anything else typed (``"30-39"``, ``"teens"``) is an age range."""
    cleaned = text.strip()
    if cleaned.isdigit() and len(cleaned) <= 3:
        return int(cleaned), ""
    return None, cleaned


def age_text(age: int | None, age_range: str) -> str:
    """What the age field shows."""
    return str(age) if age is not None else age_range


def parse_coordinate(text: str) -> float | None:
    """A typed latitude or longitude; ``None`` when empty or not a number."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned)
    except ValueError:
        return None


def coordinate_text(value: float | None) -> str:
    """What a coordinate field shows."""
    return "" if value is None else repr(value)


def local_day(moment: datetime) -> date:
    """The local calendar day of an aware time."""
    return moment.astimezone().date()


def start_of_local_day(day: date) -> datetime:
    """Local midnight starting ``day``, as an aware time."""
    return datetime.combine(day, time()).astimezone()


# --- shortcuts that win over text fields -----------------------------------------------------


class ShortcutGuard(QObject):
    """Lets the workspace's shortcuts through when a text field would take the key itself.

    On some desktops a line edit claims Ctrl+K (delete to end of line) or Ctrl+D (delete); the
    workspace's shortcuts must work from every field, so those keys are refused to the field.
    """

    def __init__(self, sequences: Iterable[QKeySequence], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._combos = {seq[0].toCombined() for seq in sequences if not seq.isEmpty()}  # type: ignore[index]

    def guard(self, widgets: Iterable[QWidget]) -> None:
        """Install on every widget given."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Decline ``ShortcutOverride`` for the workspace's shortcuts."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combined = event.keyCombination().toCombined()
            if combined in self._combos:
                event.ignore()
                return True
        return False


# --- narrow windows ------------------------------------------------------------------------------


class Reflow(QObject):
    """Stacks a side-by-side layout into one column while its scroll area is narrow.

    At the smallest window size the two columns of a tab would not fit side by side; rather
    than scroll sideways, the second column moves below the first.
    """

    def __init__(self, columns: QBoxLayout, viewport: QWidget, min_width: int) -> None:
        super().__init__(viewport)
        self._columns = columns
        self._min_width = min_width
        viewport.installEventFilter(self)
        self.apply(viewport.width())

    @property
    def stacked(self) -> bool:
        """True while the columns are shown one below the other."""
        return self._columns.direction() == QBoxLayout.Direction.TopToBottom

    def apply(self, width: int) -> None:
        """Side by side from ``min_width`` on, stacked below it."""
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if width >= self._min_width
            else QBoxLayout.Direction.TopToBottom
        )
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the viewport's width."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.apply(watched.width())
        return False
