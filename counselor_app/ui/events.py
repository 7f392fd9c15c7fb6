"""The one application-wide change signal.

Services publish ``Change(topic, record_id)`` on their ``ChangeBus``, possibly from a worker
thread. ``AppEvents`` re-emits each change as ``changed(topic, record_id)`` on the GUI thread
(a queued signal), and every ``refresh_seconds`` emits ``changed("refresh", "")`` so that lists
pick up what other workstations changed in the shared database. Screens connect to ``changed``
and refresh themselves; screens never call each other.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from counselor_app.ui.context import ChangeSource

log = logging.getLogger(__name__)

REFRESH_TOPIC = "refresh"
"""Topic of the periodic poll: "anything may have changed elsewhere"."""


class AppEvents(QObject):
    """Bridges the service change bus onto the GUI thread, plus a polling refresh."""

    changed = Signal(str, str)
    """``(topic, record_id)``; ``record_id`` is empty when unknown or for ``"refresh"``."""

    _bus_changed = Signal(str, str)  # emitted on whatever thread published

    def __init__(
        self,
        bus: ChangeSource | None,
        refresh_seconds: float = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._poll_timer = QTimer(self)
        self._poll_timer.setObjectName("refreshPollTimer")
        self._unsubscribe = bus.subscribe(self._on_bus_published) if bus is not None else None
        self._connect_signals()
        if refresh_seconds > 0:
            self._poll_timer.start(max(50, int(refresh_seconds * 1000)))

    def _connect_signals(self) -> None:
        self._bus_changed.connect(self._on_self_bus_changed, Qt.ConnectionType.QueuedConnection)
        self._poll_timer.timeout.connect(self._on_poll_timer_timeout)

    @property
    def polling(self) -> bool:
        """True while the periodic refresh runs."""
        return self._poll_timer.isActive()

    def announce(self, topic: str, record_id: str = "") -> None:
        """Emit a change from the GUI thread (queued, like the bus's)."""
        self._bus_changed.emit(topic, record_id)

    def close(self) -> None:
        """Stop polling and stop listening to the bus."""
        self._poll_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_bus_published(self, change: Any) -> None:
        """Any thread: hand the change to the GUI thread."""
        try:
            self._bus_changed.emit(str(change.topic), str(change.record_id or ""))
        except RuntimeError:  # this object was deleted before close(); nobody listens
            log.debug("change dropped: events bridge deleted")

    @Slot(str, str)
    def _on_self_bus_changed(self, topic: str, record_id: str) -> None:
        self.changed.emit(topic, record_id)

    @Slot()
    def _on_poll_timer_timeout(self) -> None:
        self.changed.emit(REFRESH_TOPIC, "")
