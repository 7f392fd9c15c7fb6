"""The supervisor's banner: open calls at imminent risk on every workstation, live.

It reloads on the application-wide change signal (a call saved here) and on the periodic poll
(a call saved on another workstation of the shared database), so a supervisor sees a new
imminent-risk call within seconds. Hidden while there is none.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import CallSummary
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import REFRESH_TOPIC, AppEvents
from counselor_app.ui.formatting import clock_text
from counselor_app.ui.i18n import data_text, translate
from counselor_app.ui.intake.style import workspace_style
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.theme import high_contrast_active

log = logging.getLogger(__name__)


class ImminentBanner(QFrame):
    """One line per live imminent-risk call, each with an Open button."""

    open_requested = Signal(object)
    """The ``uuid.UUID`` of the call the supervisor wants to see."""

    loaded = Signal()

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("imminentBanner")
        self.setAccessibleName(translate("Intake", "Live imminent-risk calls"))
        self.setStyleSheet(workspace_style(high_contrast_active()))
        self._services = services
        self._user = user
        self._runner = runner
        self._events = events
        self.calls: list[CallSummary] = []
        self.title = QLabel()
        self.title.setObjectName("imminentBannerTitle")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(self.rows)
        self.hide()
        self._events.changed.connect(self._on_events_changed)

    def refresh(self) -> None:
        """Reload the live calls in the background."""
        intake, user = self._services.intake, self._user
        self._runner.submit(
            lambda: intake.live_imminent_calls(user),
            self.show_calls,
            self._on_refresh_failed,
            key=f"imminent-banner:{id(self)}",
            owner=self,
        )

    def show_calls(self, calls: list[CallSummary]) -> None:
        """Show ``calls``; hidden when there are none."""
        self.calls = list(calls)
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        count = len(calls)
        title = (
            translate(
                "Intake",
                "IMMINENT RISK — 1 live call (supervisor: stay informed, confirm emergency "
                "contact)",
            )
            if count == 1
            else translate(
                "Intake",
                "IMMINENT RISK — {count} live calls (supervisor: stay informed, confirm "
                "emergency contact)",
            ).format(count=count)
        )
        self.title.setText(title)
        now = datetime.now(UTC)
        for call in calls:
            minutes = max(0, int((now - call.started_at).total_seconds() // 60))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(
                translate(
                    "Intake",
                    "{reference} — {counselor} — {source} — started {time} ({minutes} min)",
                ).format(
                    reference=call.reference,
                    counselor=call.counselor_name,
                    source=data_text(call.source.label),
                    time=clock_text(call.started_at),
                    minutes=minutes,
                )
            )
            label.setObjectName("imminentBannerCall")
            button = QPushButton(translate("Intake", "Open"))
            button.setAccessibleName(
                translate("Intake", "Open {reference}").format(reference=call.reference)
            )
            button.clicked.connect(lambda _=False, i=call.id: self._emit_open(i))
            line.addWidget(label, 1)
            line.addWidget(button)
            self.rows.addWidget(row)
        self.setVisible(bool(calls))
        self.setAccessibleDescription(self.title.text())
        self.loaded.emit()

    def _emit_open(self, call_id: uuid.UUID) -> None:
        self.open_requested.emit(call_id)

    def _on_refresh_failed(self, problem: Problem) -> None:
        log.info("live imminent-risk calls not refreshed: %s", problem.logged)

    @Slot(str, str)
    def _on_events_changed(self, topic: str, _record_id: str) -> None:
        if topic in (REFRESH_TOPIC, "calls"):
            self.refresh()
