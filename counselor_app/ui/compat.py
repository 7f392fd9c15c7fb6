"""Work-arounds for defects of the Qt binding that would crash the application.

PySide6 6.12 on CPython 3.11 loses a reference to ``True`` on every ``Signal.emit()`` made from
Python, and one to ``None`` on every call of a Python slot from a C++ signal. After some tens
of thousands of signals -- a few hours of typing and list refreshes -- the interpreter frees
``None`` or ``True`` and aborts ("Fatal Python error: none_dealloc"), taking the unsaved part of a
call with it. CPython 3.12 made these singletons immortal, which hides the defect; here the
same is done by hand on older interpreters: their reference counts are raised so far that the
lost references can never bring them to zero.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
"""Far more references than any process lives to lose (one per signal)."""


def protect_singletons() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython before 3.12.

    Returns True when the counts were raised (now or earlier), False where nothing is needed.
    Called once when the user interface package is imported, before any thread starts.
    """
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM:
            count.value += _HEADROOM
    return True
