"""A list of choices to tick, made of real check boxes, that the keyboard moves through like a list.

Each choice is a ``QCheckBox``, so a screen reader announces "check box, checked" and its
accessible Toggle action ticks it (an item of a checkable ``QListWidget`` is announced as a list
item, and Qt's Toggle action on it selects instead of ticking). The keyboard behaves as in a list:
the group is one Tab stop (the box last visited), Up/Down/Home/End/Page Up/Page Down move between
boxes, a letter jumps to the next choice starting with it, and Space ticks.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from counselor_app.ui.i18n import translate

__all__ = ["CheckList", "Choice"]

Choice = tuple[str, str]
"""A choice: its code (kept) and its label (shown)."""

_PAGE = 5
"""Boxes Page Up and Page Down move by."""


class _ChoiceBox(QCheckBox):
    """A check box that keeps its state when the list is read-only (keyboard, mouse or AT-SPI)."""

    def __init__(self, code: str, label: str, owner: CheckList) -> None:
        super().__init__(label.replace("&", "&&"))  # a label's "&" is not a shortcut
        self.code = code
        self.label = label
        self._owner = owner

    def nextCheckState(self) -> None:
        """Tick or clear, unless the list is read-only."""
        if not self._owner.read_only:
            super().nextCheckState()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The focused box becomes the list's Tab stop."""
        super().focusInEvent(event)
        self._owner.make_current(self)


class CheckList(QScrollArea):
    """Choices to tick (``codes()`` in order), one Tab stop, arrows and letters to move."""

    changed = Signal()
    """A box was ticked or cleared by the person (not by ``set_checked``)."""

    def __init__(self, choices: Sequence[Choice], name_prefix: str) -> None:
        super().__init__()
        self.read_only = False
        self._setting = False
        self._description = ""
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QWidget()
        inner.setObjectName(f"{name_prefix}Boxes")
        inner.setBackgroundRole(QPalette.ColorRole.Base)  # drawn like a list
        inner.setAutoFillBackground(True)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        self.boxes: list[_ChoiceBox] = []
        for code, label in choices:
            box = _ChoiceBox(code, label, self)
            box.setObjectName(f"{name_prefix}_{code}")
            box.setAccessibleName(label)
            box.installEventFilter(self)
            box.toggled.connect(functools.partial(self._on_box_toggled, box))
            layout.addWidget(box)
            self.boxes.append(box)
        layout.addStretch(1)
        self.setWidget(inner)
        self._current = 0
        self._roam()

    # --- state -----------------------------------------------------------------------------

    def codes(self) -> list[str]:
        """Every choice's code, in order."""
        return [box.code for box in self.boxes]

    def checked(self) -> list[str]:
        """Codes of the ticked boxes, in order."""
        return [box.code for box in self.boxes if box.isChecked()]

    def set_checked(self, codes: Sequence[str] | set[str]) -> None:
        """Tick exactly ``codes`` (without ``changed``)."""
        wanted = set(codes)
        self._setting = True
        try:
            for box in self.boxes:
                box.setChecked(box.code in wanted)
        finally:
            self._setting = False

    def box(self, code: str) -> QCheckBox:
        """The box of ``code``."""
        return next(box for box in self.boxes if box.code == code)

    def row_height(self) -> int:
        """The height of one choice (also when there are none)."""
        return (self.boxes[0] if self.boxes else QCheckBox("X")).sizeHint().height()

    def current(self) -> QCheckBox | None:
        """The box that takes the focus when the list is tabbed into."""
        return self.boxes[self._current] if self.boxes else None

    def set_read_only(self, read_only: bool) -> None:
        """Shown as it is, focusable and readable, but no box changes."""
        self.read_only = read_only
        self._describe_boxes()

    def set_description(self, text: str) -> None:
        """``text`` for assistive technology (e.g. how many are ticked), on every box too.

        The focus is on a box, and a screen reader reads the focused box's description.
        """
        self._description = text
        self.setAccessibleDescription(text)
        self._describe_boxes()

    def _describe_boxes(self) -> None:
        parts = [self._description]
        if self.read_only:
            parts.append(translate("Common", "read-only"))
        text = "; ".join(part for part in parts if part)
        for box in self.boxes:
            box.setAccessibleDescription(text)

    # --- keyboard --------------------------------------------------------------------------

    def make_current(self, box: _ChoiceBox) -> None:
        """``box`` becomes the list's Tab stop and is scrolled into view."""
        self._current = self.boxes.index(box)
        self._roam()
        self.ensureWidgetVisible(box, 0, 4)

    def _roam(self) -> None:
        # One Tab stop: the current box takes Tab focus, the others only clicks and arrows.
        for index, box in enumerate(self.boxes):
            box.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if index == self._current else Qt.FocusPolicy.ClickFocus
            )

    def _move_to(self, index: int) -> None:
        index = max(0, min(index, len(self.boxes) - 1))
        self.boxes[index].setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow, page and letter keys on a box move to another box."""
        if event.type() == QEvent.Type.KeyPress and watched in self.boxes:
            assert isinstance(event, QKeyEvent)
            if self._on_key(self.boxes.index(watched), event):
                return True
        return super().eventFilter(watched, event)

    def _on_key(self, index: int, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        moves = {
            Qt.Key.Key_Up: index - 1,
            Qt.Key.Key_Down: index + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.boxes) - 1,
            Qt.Key.Key_PageUp: index - _PAGE,
            Qt.Key.Key_PageDown: index + _PAGE,
        }
        key = Qt.Key(event.key())
        if key in moves and modifiers == Qt.KeyboardModifier.NoModifier:
            self._move_to(moves[key])
            return True
        text = event.text()
        if len(text) == 1 and text.isalnum():
            found = self._next_starting_with(text, index)
            if found is not None:
                self._move_to(found)
            return True
        return False

    def _next_starting_with(self, letter: str, index: int) -> int | None:
        wanted = letter.casefold()
        count = len(self.boxes)
        for step in range(1, count + 1):
            candidate = (index + step) % count
            if self.boxes[candidate].label.casefold().startswith(wanted):
                return candidate
        return None

    def _on_box_toggled(self, box: _ChoiceBox, checked: bool) -> None:
        if self._setting:
            return
        if self.read_only:
            # An assistive Toggle action calls QAbstractButton.toggle(), not nextCheckState()
            self._setting = True
            try:
                box.setChecked(not checked)
            finally:
                self._setting = False
            return
        self.changed.emit()
