"""The follow-up page. For now: the open queue (claiming and recording attempts come later)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from counselor_app.domain.accounts import SignedInUser
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups.models import FollowUpQueueTableModel
from counselor_app.ui.formatting import count_text
from counselor_app.ui.ops import Runner
from counselor_app.ui.page import ListPage


class FollowUpsView(ListPage):
    """Open follow-ups, soonest due first; overdue ones say "Overdue since …"."""

    topics: ClassVar[frozenset[str]] = frozenset({"follow_ups"})
    default_sort: ClassVar[tuple[int, Qt.SortOrder] | None] = (2, Qt.SortOrder.AscendingOrder)
    model: FollowUpQueueTableModel

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "Follow-ups due", services, user, runner, events, FollowUpQueueTableModel(), parent
        )
        self.description.setText(
            "Open follow-ups, soonest due first. Only initials are shown here. "
            "Times are in this workstation's local time."
        )
        self.description.show()
        self._connect_signals()

    def _fetch(self) -> Any:
        return self._services.follow_ups.open_queue(self._user)

    def _show_data(self, data: Any) -> None:
        selected = self.selected_record()
        if self.model.set_queue(data, datetime.now(UTC)) and selected is not None:
            self.select_record(selected.id)
        if data and not self._sized_columns:
            self.table.resizeColumnsToContents()
            self._sized_columns = True

    def _footer_text(self) -> str:
        total = count_text(self.model.rowCount(), "open follow-up")
        overdue = self.model.overdue_count()
        return f"{total}, {overdue} overdue" if overdue else total
