"""The directory page: search the referral directory (details and referral come later)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from counselor_app.domain.accounts import SignedInUser
from counselor_app.ui.context import AppServices
from counselor_app.ui.directory.models import DirectoryServicesTableModel
from counselor_app.ui.events import AppEvents
from counselor_app.ui.formatting import count_text
from counselor_app.ui.ops import Runner
from counselor_app.ui.page import ListPage

SEARCH_DELAY_MS = 250
"""Typing pauses this long before the search runs."""


class DirectoryView(ListPage):
    """Services of the referral directory, narrowed by a search as the person types."""

    topics: ClassVar[frozenset[str]] = frozenset({"directory"})
    default_sort: ClassVar[tuple[int, Qt.SortOrder] | None] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "Directory", services, user, runner, events, DirectoryServicesTableModel(), parent
        )
        self.search = QLineEdit(self)
        self.search.setObjectName("directorySearch")
        self.search.setPlaceholderText("Service, organization or description")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search services")
        self.search.setToolTip("Search services (Ctrl+F)")
        search_label = QLabel("S&earch services:", self)
        search_label.setBuddy(self.search)
        self.tool_row.addWidget(search_label)
        self.tool_row.addWidget(self.search, 1)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._focus_search = QShortcut(QKeySequence.StandardKey.Find, self)
        self._focus_search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setFocusProxy(self.search)
        self.setTabOrder(self.search, self.table)
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self._focus_search.activated.connect(self._on_focus_search_activated)

    @property
    def search_text(self) -> str:
        """The text the list is narrowed by."""
        return self.search.text()

    def _fetch_job(self) -> Callable[[], Any]:
        text = self.search.text()
        user = self._user
        directory = self._services.directory
        return lambda: directory.list_services(user, text)

    def _footer_text(self) -> str:
        shown = count_text(self.model.rowCount(), "service")
        return f"{shown} matching “{self.search.text().strip()}”" if self.search.text() else shown

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        self._search_timer.stop()
        self.refresh()

    @Slot()
    def _on_search_timer_timeout(self) -> None:
        self.refresh()

    @Slot()
    def _on_focus_search_activated(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
