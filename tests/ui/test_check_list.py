"""The check list: real check boxes, one Tab stop, list-like keys, read-only, assistive actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counselor_app.ui.check_list import CheckList

CHOICES = [
    ("apple", "Apple & pear"),
    ("banana", "Banana"),
    ("avocado", "Avocado"),
    ("cherry", "Cherry"),
    ("date", "Date"),
    ("elder", "Elderberry"),
    ("fig", "Fig"),
]


def window(qtbot: QtBot) -> tuple[QWidget, QLineEdit, CheckList, QLineEdit]:
    root = QWidget()
    before, after = QLineEdit(), QLineEdit()
    before.setObjectName("before")
    after.setObjectName("after")
    checks = CheckList(CHOICES, "fruit")
    layout = QVBoxLayout(root)
    for widget in (before, checks, after):
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is root, timeout=5000)
    before.setFocus()
    return root, before, checks, after


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, k, modifiers)


def test_each_choice_is_a_named_check_box_with_its_label_as_written(qtbot: QtBot) -> None:
    _root, _before, checks, _after = window(qtbot)
    first = QAccessible.queryAccessibleInterface(checks.boxes[0])
    assert first.role() == QAccessible.Role.CheckBox
    assert first.text(QAccessible.Text.Name) == "Apple & pear"
    assert checks.boxes[0].text() == "Apple && pear"  # shown with its "&", not as a shortcut
    assert checks.codes() == [code for code, _ in CHOICES]


def test_one_tab_stop_arrows_pages_and_letters_move_space_ticks(qtbot: QtBot) -> None:
    _root, _before, checks, _after = window(qtbot)
    changes: list[list[str]] = []
    checks.changed.connect(lambda: changes.append(checks.checked()))
    key(Qt.Key.Key_Tab)
    assert focused() == "fruit_apple"
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Down)
    assert focused() == "fruit_banana"
    key(Qt.Key.Key_PageDown)
    assert focused() == "fruit_fig"  # five on, held at the end
    key(Qt.Key.Key_Down)
    assert focused() == "fruit_fig"
    key(Qt.Key.Key_PageUp)
    assert focused() == "fruit_banana"
    key(Qt.Key.Key_A)  # letters cycle through the choices starting with them
    assert focused() == "fruit_avocado"
    key(Qt.Key.Key_A)
    assert focused() == "fruit_apple"
    key(Qt.Key.Key_Z)  # nothing starts with Z: the focus stays
    assert focused() == "fruit_apple"
    key(Qt.Key.Key_End)
    key(Qt.Key.Key_Space)
    assert changes == [["apple"], ["apple", "fig"]]
    key(Qt.Key.Key_Tab)
    assert focused() == "after"  # the other boxes are not Tab stops
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() == "fruit_fig"  # back to the box last visited
    key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() == "before"


def test_set_checked_does_not_count_as_a_change(qtbot: QtBot) -> None:
    _root, _before, checks, _after = window(qtbot)
    changes: list[list[str]] = []
    checks.changed.connect(lambda: changes.append(checks.checked()))
    checks.set_checked({"cherry", "apple", "unknown"})
    assert checks.checked() == ["apple", "cherry"]  # in list order
    assert changes == []


def test_the_accessible_toggle_action_ticks_the_box(qtbot: QtBot) -> None:
    _root, _before, checks, _after = window(qtbot)
    box = QAccessible.queryAccessibleInterface(checks.boxes[2])
    actions = box.actionInterface()
    assert QAccessibleActionInterface.toggleAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.toggleAction())
    qtbot.waitUntil(lambda: checks.checked() == ["avocado"])
    assert box.state().checked


def test_a_read_only_list_stays_as_it_is(qtbot: QtBot) -> None:
    _root, _before, checks, _after = window(qtbot)
    checks.set_checked(["banana"])
    checks.set_read_only(True)
    key(Qt.Key.Key_Tab)
    key(Qt.Key.Key_Space)  # keyboard
    qtbot.mouseClick(checks.boxes[1], Qt.MouseButton.LeftButton)  # mouse
    actions = QAccessible.queryAccessibleInterface(checks.boxes[3]).actionInterface()
    actions.doAction(QAccessibleActionInterface.toggleAction())  # assistive technology
    QTest.qWait(200)
    assert checks.checked() == ["banana"]
    checks.set_description("1 ticked")
    assert checks.boxes[0].accessibleDescription() == "1 ticked; read-only"
    assert focused() == "fruit_banana"  # the click moved the focus there, as in a list
    key(Qt.Key.Key_Down)  # still readable with the keyboard
    assert focused() == "fruit_avocado"
    checks.set_read_only(False)
    assert checks.boxes[0].accessibleDescription() == "1 ticked"
    key(Qt.Key.Key_Space)
    assert checks.checked() == ["banana", "avocado"]


def test_an_empty_list_is_fine(qtbot: QtBot) -> None:
    checks = CheckList([], "none")
    qtbot.addWidget(checks)
    assert checks.row_height() > 0 and checks.current() is None and checks.checked() == []
