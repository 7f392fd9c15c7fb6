"""The binding's lost references to None and True can never free them (see ui/compat.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from counselor_app.ui.compat import protect_singletons


class _Emitter(QObject):
    fired = Signal()


def test_signals_cannot_exhaust_none_or_true(qtbot: QtBot) -> None:
    protected = protect_singletons()
    assert protected is (sys.implementation.name == "cpython" and sys.version_info < (3, 12))
    emitter = _Emitter()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.textChanged.connect(lambda _text: None)
    for n in range(2000):
        emitter.fired.emit()
        edit.setText(str(n))
    if protected:
        assert min(sys.getrefcount(x) for x in (None, True, False)) > 1 << 39
