"""The reports page. For now an honest, simple count; the outcome report comes later."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from counselor_app.domain.accounts import SignedInUser
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import AppEvents
from counselor_app.ui.formatting import count_text
from counselor_app.ui.ops import Runner
from counselor_app.ui.page import ListPage
from counselor_app.ui.reports.models import CallSummaryTableModel, summarize

SUMMARY_LIMIT = 500
"""The summary counts at most this many of the newest calls."""

COLUMN_WIDTHS = (140, 300, 90, 90)

NOT_YET = (
    "The outcome report (calls resolved without police or EMS, diversions, hours and cost "
    "saved) is not available in this version."
)


class ReportsView(ListPage):
    """How the most recent calls ended and how risky they were."""

    topics: ClassVar[frozenset[str]] = frozenset({"calls"})

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Reports", services, user, runner, events, CallSummaryTableModel(), parent)
        self.call_count = 0
        self.description.setText("Summary of the most recent calls. " + NOT_YET)
        self.description.show()
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.setMaximumWidth(sum(COLUMN_WIDTHS) + 4 * self.table.frameWidth() + 24)
        self._sized_columns = True
        self._connect_signals()

    def _fetch(self) -> Any:
        return self._services.calls.recent_calls(self._user, limit=SUMMARY_LIMIT)

    def _show_data(self, data: Any) -> None:
        self.call_count = len(data)
        if self.call_count == 0:
            summary = "No calls have been recorded yet."
        else:
            summary = f"Summary of the last {count_text(self.call_count, 'call')}"
            if self.call_count >= SUMMARY_LIMIT:
                summary += f" (at most the newest {SUMMARY_LIMIT} are counted)"
            summary += "."
        self.description.setText(f"{summary} {NOT_YET}")
        self.set_records_keeping_selection(summarize(data))

    def _footer_text(self) -> str:
        return f"Counted {count_text(self.call_count, 'call')}"
