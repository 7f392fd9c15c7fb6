"""Change announcements: services say what changed; screens listen and refresh.

The bus is plain Python and thread-safe. Callbacks run on the thread that published; the UI
bridges them onto its own thread with one application-wide Qt signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Change:
    """Something changed: ``topic`` names the kind of record (``accounts``, ``calls``...)."""

    topic: str
    record_id: str | None = None


Listener = Callable[[Change], None]


class ChangeBus:
    """Publish/subscribe for ``Change`` announcements."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add ``listener``; returns a function that removes it again."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, topic: str, record_id: str | None = None) -> None:
        """Tell every listener that ``topic`` changed. A failing listener does not stop the rest."""
        change = Change(topic, record_id)
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(change)
            except Exception:
                log.exception("change listener failed for topic %s", topic)
