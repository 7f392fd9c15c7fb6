"""The intake page. For now: the list of recent calls (the intake form comes later)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import AppEvents
from counselor_app.ui.formatting import count_text
from counselor_app.ui.intake.models import RecentCallsTableModel
from counselor_app.ui.ops import Runner
from counselor_app.ui.page import ListPage

RECENT_LIMIT = 200


class IntakeView(ListPage):
    """Recent calls: the user's own, or everyone's for supervisors and administrators."""

    topics: ClassVar[frozenset[str]] = frozenset({"calls"})
    default_sort: ClassVar[tuple[int, Qt.SortOrder] | None] = (1, Qt.SortOrder.DescendingOrder)

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "Recent calls", services, user, runner, events, RecentCallsTableModel(), parent
        )
        whose = (
            "Calls taken by every counselor, newest first."
            if user.can(Permission.CALL_VIEW_ALL)
            else "Your calls, newest first."
        )
        self.description.setText(f"{whose} Times are in this workstation's local time.")
        self.description.show()
        self._connect_signals()

    def _fetch(self) -> Any:
        return self._services.calls.recent_calls(self._user, limit=RECENT_LIMIT)

    def _footer_text(self) -> str:
        return count_text(self.model.rowCount(), "call")
