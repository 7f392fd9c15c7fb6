"""The Follow-ups entry of the navigation rail shows how many are due today and overdue.

The counts are one aggregate query (``FollowUpService.counts``), read through the runner when
the window opens, whenever a follow-up changes (``follow_ups`` topic) and on every poll.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QListWidgetItem

from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.follow_ups import FollowUpCounts
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import REFRESH_TOPIC, AppEvents
from counselor_app.ui.i18n import translate
from counselor_app.ui.ops import Problem, Runner

TOPIC = "follow_ups"


def rail_text(name: str, counts: FollowUpCounts) -> str:
    """``Follow-ups`` over ``3 due · 1 overdue`` (two lines: the rail is narrow)."""
    if not counts.due_today and not counts.overdue:
        return f"{name}\n" + translate("FollowUps", "none due")
    parts = [translate("FollowUps", "{count} due").format(count=counts.due_today)]
    if counts.overdue:
        parts.append(translate("FollowUps", "{count} overdue").format(count=counts.overdue))
    return f"{name}\n{' · '.join(parts)}"


def rail_accessible_text(name: str, counts: FollowUpCounts) -> str:
    """What a screen reader says: ``Follow-ups: 3 due today, 1 overdue``."""
    return translate("FollowUps", "{name}: {due} due today, {overdue} overdue").format(
        name=name, due=counts.due_today, overdue=counts.overdue
    )


class FollowUpRailCounts(QObject):
    """Keeps one rail item's text, tooltip and accessible text up to date."""

    counts_changed = Signal(object)
    """New ``FollowUpCounts`` were shown."""

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        item: QListWidgetItem,
        name: str,
        shortcut: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self._events = events
        self._item = item
        self._name = name
        self._shortcut = f" ({shortcut})" if shortcut else ""
        self.counts: FollowUpCounts | None = None
        self._connect_signals()
        QTimer.singleShot(0, self, self.refresh)

    def _connect_signals(self) -> None:
        self._events.changed.connect(self._on_events_changed)

    def refresh(self) -> None:
        """Read the counts in the background."""
        user, follow_ups = self._user, self._services.follow_ups
        self._runner.submit(
            lambda: follow_ups.counts(user),
            self._on_counts_loaded,
            self._on_counts_failed,
            key=f"rail-counts:{id(self)}",
            owner=self,
        )

    def load_now(self) -> None:
        """Read the counts on the calling thread (screenshots only)."""
        self._on_counts_loaded(self._services.follow_ups.counts(self._user))

    @Slot(object)
    def _on_counts_loaded(self, counts: FollowUpCounts) -> None:
        self.counts = counts
        self._item.setText(rail_text(self._name, counts))
        spoken = rail_accessible_text(self._name, counts)
        self._item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self._item.setToolTip(f"{spoken}{self._shortcut}")
        self.counts_changed.emit(counts)

    @Slot(object)
    def _on_counts_failed(self, problem: Problem) -> None:
        # The page itself says what went wrong; the rail only stops claiming to be current.
        self._item.setToolTip(f"{self._name}{self._shortcut}: the counts could not be read.")

    @Slot(str, str)
    def _on_events_changed(self, topic: str, _record_id: str) -> None:
        if topic in (TOPIC, REFRESH_TOPIC):
            self.refresh()
