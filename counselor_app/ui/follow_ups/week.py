"""My week: the follow-ups assigned to me, in a grid of seven days.

The days are the center's calendar days (the service reads the week in its time zone); a
follow-up sits on the day its window ends, or on the nearest day of the week shown when its
window ends outside it. ``Enter`` or a double click on one opens it in the queue.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.follow_ups import FollowUpSummary, local_date
from counselor_app.ui.follow_ups.models import (
    method_label,
    moment_words,
    queue_order,
    risk_label,
    status_label,
    window_text,
)
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.widgets import note

ID_ROLE = int(Qt.ItemDataRole.UserRole)
NOTHING_THIS_WEEK = QT_TRANSLATE_NOOP("FollowUps", "No follow-ups of yours fall in this week.")


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the week holding ``day`` (``first_weekday``: 1 Monday … 7 Sunday)."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def locale_first_weekday() -> int:
    """The first day of the week in the current locale (1 Monday … 7 Sunday)."""
    return int(QLocale().firstDayOfWeek().value)


def day_of(summary: FollowUpSummary, first_day: date, zone: tzinfo) -> int:
    """The column (0-6) of ``summary`` in the week from ``first_day``."""
    offset = (local_date(summary.due_end, zone) - first_day).days
    return min(max(offset, 0), 6)


def group_by_day(
    records: Sequence[FollowUpSummary], first_day: date, zone: tzinfo
) -> list[list[FollowUpSummary]]:
    """Seven lists, one per day, each in queue order."""
    days: list[list[FollowUpSummary]] = [[] for _ in range(7)]
    for record in sorted(records, key=queue_order):
        days[day_of(record, first_day, zone)].append(record)
    return days


def day_header(day: date, today: date) -> str:
    """``Tue 3/3``, and ``Today`` under today's."""
    locale = QLocale()
    qday = QDate(day.year, day.month, day.day)
    name = locale.dayName(qday.dayOfWeek(), QLocale.FormatType.ShortFormat)
    text = translate("FollowUps", "{weekday} {month}/{day}").format(
        weekday=name, month=day.month, day=day.day
    )
    return f"{text}\n" + translate("FollowUps", "Today") if day == today else text


def week_title(first_day: date) -> str:
    """``Week of Mar 1 – Mar 7, 2026``."""
    locale = QLocale()
    last = first_day + timedelta(days=6)
    # The date formats are translated too: "MMM d" reads "d MMM" in Spanish.
    start = locale.toString(
        QDate(first_day.year, first_day.month, first_day.day), translate("FollowUps", "MMM d")
    )
    end = locale.toString(
        QDate(last.year, last.month, last.day), translate("FollowUps", "MMM d, yyyy")
    )
    return translate("FollowUps", "Week of {start} – {end}").format(start=start, end=end)


def cell_text(summary: FollowUpSummary, now: datetime) -> str:
    """Three short lines (the columns are narrow): when, which call, whom and how urgent.

    ``by 5:00 PM`` / ``Overdue since 2:00 PM`` / ``9:00 AM – 5:00 PM``, then the call
    reference, then ``JD · High risk``.
    """
    if summary.status.is_open and summary.due_end < now:
        when = translate("FollowUps", "Overdue since {moment}").format(
            moment=moment_words(summary.due_end, now)
        )
    elif not summary.status.is_open:
        when = status_label(summary.status)
    elif summary.due_start <= now:
        when = translate("FollowUps", "by {moment}").format(
            moment=moment_words(summary.due_end, now)
        )
    else:
        when = f"{moment_words(summary.due_start, now)} – {moment_words(summary.due_end, now)}"
    who = f"{summary.client_initials} · " if summary.client_initials else ""
    return f"{when}\n{summary.call_reference}\n{who}{risk_label(summary.risk_level)}"


class FollowUpWeekView(QWidget):
    """Previous / this / next week, and a grid of my follow-ups by day."""

    week_requested = Signal(object)
    """The person asked for another week (its first day, a ``date``)."""

    open_requested = Signal(object)
    """The person asked to open a follow-up (its id) in the queue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpWeek")
        self.first_day: date | None = None
        self.today: date | None = None
        self.records: list[FollowUpSummary] = []
        self.previous_button = QPushButton(translate("FollowUps", "&Previous week"), self)
        self.previous_button.setObjectName("previousWeek")
        self.this_button = QPushButton(translate("FollowUps", "&This week"), self)
        self.this_button.setObjectName("thisWeek")
        self.next_button = QPushButton(translate("FollowUps", "Next wee&k"), self)
        self.next_button.setObjectName("nextWeek")
        self.title = QLabel(self)
        self.title.setObjectName("weekTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.empty = note(translate("FollowUps", NOTHING_THIS_WEEK))
        self.empty.setObjectName("weekEmpty")
        self.empty.hide()
        self.grid = QTableWidget(0, 7, self)
        self.grid.setObjectName("weekGrid")
        self.grid.setAccessibleName(translate("FollowUps", "My follow-ups this week, by day"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(False)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().hide()
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.horizontalHeader().setHighlightSections(False)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.previous_button)
        row.addWidget(self.this_button)
        row.addWidget(self.next_button)
        row.addSpacing(12)
        row.addWidget(self.title)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid, 1)
        self.setFocusProxy(self.grid)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.this_button.clicked.connect(self._on_this_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self.grid.itemActivated.connect(self._on_grid_item_activated)

    def show_week(
        self,
        first_day: date,
        records: Sequence[FollowUpSummary],
        zone: tzinfo,
        now: datetime | None = None,
    ) -> None:
        """Show the week from ``first_day`` with ``records`` (mine, from the service)."""
        now = now or datetime.now(UTC)
        self.first_day = first_day
        self.today = local_date(now, zone)
        self.records = list(records)
        self.title.setText(week_title(first_day))
        days = group_by_day(records, first_day, zone)
        selected = self.selected_id()
        self.grid.clearContents()
        self.grid.setRowCount(max((len(d) for d in days), default=0))
        for column in range(7):
            day = first_day + timedelta(days=column)
            header = QTableWidgetItem(day_header(day, self.today))
            self.grid.setHorizontalHeaderItem(column, header)
            for row, record in enumerate(days[column]):
                item = QTableWidgetItem(cell_text(record, now))
                item.setData(ID_ROLE, record.id)
                due = translate("FollowUps", "Due between {window}").format(
                    window=window_text(record.due_start, record.due_end)
                )
                item.setToolTip(
                    f"{due} · {method_label(record.contact_method)} · {status_label(record.status)}"
                )
                if record.status.is_open and record.due_end < now:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.grid.setItem(row, column, item)
                if record.id == selected:
                    self.grid.setCurrentItem(item)
        self.grid.resizeRowsToContents()
        self.empty.setVisible(not self.records)

    def day_texts(self, column: int) -> list[str]:
        """The cell texts of one day, top to bottom."""
        texts = []
        for row in range(self.grid.rowCount()):
            item = self.grid.item(row, column)
            if item is not None:
                texts.append(item.text())
        return texts

    def selected_id(self) -> uuid.UUID | None:
        """The follow-up of the current cell, if any."""
        item = self.grid.currentItem()
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _request(self, days: int | None) -> None:
        if days is None or self.first_day is None:
            self.week_requested.emit(None)
        else:
            self.week_requested.emit(self.first_day + timedelta(days=days))

    @Slot()
    def _on_previous_button_clicked(self) -> None:
        self._request(-7)

    @Slot()
    def _on_this_button_clicked(self) -> None:
        self._request(None)

    @Slot()
    def _on_next_button_clicked(self) -> None:
        self._request(7)

    @Slot(QTableWidgetItem)
    def _on_grid_item_activated(self, item: QTableWidgetItem) -> None:
        value = item.data(ID_ROLE)
        if isinstance(value, uuid.UUID):
            self.open_requested.emit(value)
