"""The follow-up page: the shared queue, a follow-up's details, claiming, attempts, my week.

Views (tabs with counts, Alt+letter): Due today, Overdue, Mine, Unassigned, All; supervisors
also see Unreachable, and whoever works the queue sees My week. The list is sorted by the end
of the due window, then by risk. Claims, new follow-ups and completions made on other
workstations arrive through the change signal (LISTEN/NOTIFY) or its periodic poll (SQLite).

Buttons appear by role (``ROLE_PERMISSIONS``): peer specialists and supervisors claim, release
and record attempts; they and the call's counselor add, move and cancel. The service checks
every rule again; a refusal is shown above the list, and the list is read again.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QWidget,
)

from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.errors import PermissionDeniedError
from counselor_app.domain.follow_ups import (
    FollowUpCounts,
    FollowUpDetail,
    FollowUpStatus,
    FollowUpSummary,
    QueueView,
    local_date,
)
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups import dialogs as follow_up_dialogs
from counselor_app.ui.follow_ups.detail import FollowUpDetailPanel
from counselor_app.ui.follow_ups.dialogs import (
    AddFollowUpDialog,
    AttemptDialog,
    CancelDialog,
    MoveDialog,
    describe_added,
)
from counselor_app.ui.follow_ups.models import FollowUpQueueTableModel, summary_due_text
from counselor_app.ui.follow_ups.week import FollowUpWeekView, locale_first_weekday, week_start
from counselor_app.ui.formatting import count_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.page import ListPage

UNREACHABLE = "unreachable"
WEEK = "week"

TAB_LABELS: dict[str, str] = {
    QueueView.DUE_TODAY: QT_TRANSLATE_NOOP("FollowUps", "&Due today"),
    QueueView.OVERDUE: QT_TRANSLATE_NOOP("FollowUps", "&Overdue"),
    QueueView.MINE: QT_TRANSLATE_NOOP("FollowUps", "&Mine"),
    QueueView.UNASSIGNED: QT_TRANSLATE_NOOP("FollowUps", "&Unassigned"),
    QueueView.ALL: QT_TRANSLATE_NOOP("FollowUps", "A&ll"),
    UNREACHABLE: QT_TRANSLATE_NOOP("FollowUps", "Unreac&hable"),
    WEEK: QT_TRANSLATE_NOOP("FollowUps", "My &week"),
}
"""Tab texts; the queue views get their count appended: ``&Due today (3)``."""

TAB_DESCRIPTIONS: dict[str, str] = {
    QueueView.DUE_TODAY: QT_TRANSLATE_NOOP(
        "FollowUps", "Open follow-ups whose window is open today and has not ended."
    ),
    QueueView.OVERDUE: QT_TRANSLATE_NOOP(
        "FollowUps", "Open follow-ups whose window has ended: call these first."
    ),
    QueueView.MINE: QT_TRANSLATE_NOOP("FollowUps", "Open follow-ups you have claimed."),
    QueueView.UNASSIGNED: QT_TRANSLATE_NOOP("FollowUps", "Follow-ups nobody has claimed yet."),
    QueueView.ALL: QT_TRANSLATE_NOOP("FollowUps", "Every open follow-up."),
    UNREACHABLE: QT_TRANSLATE_NOOP(
        "FollowUps", "Follow-ups closed as unreachable, most recent first: review each one."
    ),
    WEEK: QT_TRANSLATE_NOOP(
        "FollowUps", "Your follow-ups day by day. Enter opens one in the queue."
    ),
}

ADMIN_NOTICE = QT_TRANSLATE_NOOP(
    "FollowUps",
    "Peer specialists, supervisors and the call's counselor see the number and the attempts.",
)
DEFAULT_VIEW = QueueView.ALL
"""The tab shown first: every open follow-up, overdue ones at the top (nothing is hidden)."""


def plain_label(key: str) -> str:
    """A tab's label without its mnemonic."""
    return translate("FollowUps", TAB_LABELS[key]).replace("&", "")


class FollowUpsView(ListPage):
    """The shared follow-up queue, a follow-up's details and the actions the role allows."""

    topics: ClassVar[frozenset[str]] = frozenset({"follow_ups"})
    default_sort: ClassVar[tuple[int, Qt.SortOrder] | None] = (0, Qt.SortOrder.AscendingOrder)
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
            translate("FollowUps", "Follow-ups"),
            services,
            user,
            runner,
            events,
            FollowUpQueueTableModel(),
            parent,
        )
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        """The moment "due" and "overdue" refer to (tests set a fixed one)."""
        self.can_work = user.can(Permission.FOLLOW_UP_WORK)
        self.oversees = self.can_work and user.can(Permission.CALL_VIEW_ALL)
        self.can_schedule = self.can_work or user.can(Permission.CALL_TAKE)
        self.can_open_details = self.can_schedule
        self.counts: FollowUpCounts | None = None
        self.week_first: date | None = None
        """First day of the week shown; ``None``: the current week."""
        self._detail_key: tuple[object, ...] | None = None
        self._select_when_loaded: uuid.UUID | None = None
        self._own_call_details: set[uuid.UUID] = set()

        self.description.setText(
            translate(
                "FollowUps",
                "Only initials and the call reference are shown in the list. Times are in this "
                "workstation's local time.",
            )
        )
        self.description.show()

        self.tabs = QTabBar(self)
        self.tabs.setObjectName("followUpViews")
        self.tabs.setAccessibleName(translate("FollowUps", "Queue views"))
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        self._tab_keys: list[str] = []
        keys: list[str] = [v.value for v in QueueView]
        if self.oversees:
            keys.append(UNREACHABLE)
        if self.can_work:
            keys.append(WEEK)
        for key in keys:
            self._tab_keys.append(key)
            index = self.tabs.addTab(translate("FollowUps", TAB_LABELS[key]))
            self.tabs.setTabToolTip(index, translate("FollowUps", TAB_DESCRIPTIONS[key]))
        self.tabs.setCurrentIndex(self._tab_keys.index(DEFAULT_VIEW))
        self.tool_row.addWidget(self.tabs)
        self.tool_row.addStretch(1)

        self.claim_button = QPushButton(translate("FollowUps", "&Claim"), self)
        self.claim_button.setObjectName("claimButton")
        self.claim_button.setToolTip(
            translate("FollowUps", "Make it yours before you call, so no one else calls too")
        )
        self.release_button = QPushButton(translate("FollowUps", "&Release"), self)
        self.release_button.setObjectName("releaseButton")
        self.release_button.setToolTip(translate("FollowUps", "Give it back to the queue"))
        self.attempt_button = QPushButton(translate("FollowUps", "Record &attempt…"), self)
        self.attempt_button.setObjectName("attemptButton")
        self.move_button = QPushButton(translate("FollowUps", "Mo&ve…"), self)
        self.move_button.setObjectName("moveButton")
        self.move_button.setToolTip(translate("FollowUps", "Give it a new due window"))
        self.cancel_button = QPushButton(translate("FollowUps", "Ca&ncel…"), self)
        self.cancel_button.setObjectName("cancelFollowUpButton")
        self.cancel_button.setToolTip(
            translate("FollowUps", "Cancel this follow-up, with the reason")
        )
        self.add_button = QPushButton(translate("FollowUps", "Add &follow-up…"), self)
        self.add_button.setObjectName("addFollowUpButton")
        self.add_button.setToolTip(
            translate("FollowUps", "Add a follow-up to a call whose caller agreed to it")
        )
        self.export_button = QPushButton(
            translate("FollowUps", "E&xport my follow-ups to calendar…"), self
        )
        self.export_button.setObjectName("exportCalendarButton")
        self.export_button.setToolTip(
            translate(
                "FollowUps",
                "An .ics file of your open follow-ups: call reference and initials only",
            )
        )
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(8)
        self._item_buttons: dict[QPushButton, bool] = {
            self.claim_button: self.can_work,
            self.release_button: self.can_work,
            self.attempt_button: self.can_work,
            self.move_button: self.can_schedule,
            self.cancel_button: self.can_schedule,
        }
        """The buttons that act on the selected follow-up, and whether the role has them."""
        for button, visible in self._item_buttons.items():
            self.action_row.addWidget(button)
            button.setVisible(visible)
        self.action_row.addStretch(1)
        for button, visible in (
            (self.add_button, self.can_schedule),
            (self.export_button, self.can_work),
        ):
            self.action_row.addWidget(button)
            button.setVisible(visible)
        if self.can_schedule:
            self.body.insertLayout(self.body.indexOf(self.table), self.action_row)

        self.detail_panel = FollowUpDetailPanel(self)
        self.detail_panel.max_attempts = services.follow_ups.max_attempts
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("followUpSplitter")
        self.body.removeWidget(self.table)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.week_view = FollowUpWeekView(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("followUpStack")
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.week_view)
        self.body.insertWidget(self.body.indexOf(self.footer), self.stack, 1)

        self._copy_shortcut = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        self._copy_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.tabs, self.claim_button)
        for first, second in (
            (self.claim_button, self.release_button),
            (self.release_button, self.attempt_button),
            (self.attempt_button, self.move_button),
            (self.move_button, self.cancel_button),
            (self.cancel_button, self.add_button),
            (self.add_button, self.export_button),
            (self.export_button, self.table),
            (self.table, self.detail_panel.copy_button),
        ):
            self.setTabOrder(first, second)
        self._show_status_column()
        self._update_actions()
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.claim_button.clicked.connect(self._on_claim_button_clicked)
        self.release_button.clicked.connect(self._on_release_button_clicked)
        self.attempt_button.clicked.connect(self._on_attempt_button_clicked)
        self.move_button.clicked.connect(self._on_move_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.week_view.week_requested.connect(self._on_week_view_week_requested)
        self.week_view.open_requested.connect(self._on_week_view_open_requested)
        self.detail_panel.copied.connect(self._on_detail_panel_copied)
        self._copy_shortcut.activated.connect(self._on_copy_shortcut_activated)

    # --- views ---------------------------------------------------------------------------------

    @property
    def current_view(self) -> str:
        """The key of the tab shown: a ``QueueView`` value, ``unreachable`` or ``week``."""
        return self._tab_keys[self.tabs.currentIndex()]

    @property
    def view_keys(self) -> list[str]:
        """The tabs this role sees, left to right."""
        return list(self._tab_keys)

    def show_view(self, key: str) -> bool:
        """Switch to the tab ``key``; False when this role has no such tab."""
        if key not in self._tab_keys:
            return False
        self.tabs.setCurrentIndex(self._tab_keys.index(key))
        return True

    def tab_text(self, key: str) -> str:
        """The text of the tab ``key`` (with its mnemonic and count)."""
        return self.tabs.tabText(self._tab_keys.index(key))

    def _show_status_column(self) -> None:
        """In the open views "Assigned to" says it all; closed ones need their status."""
        column = self.model.column_of("status")
        self.table.setColumnHidden(column, self.current_view != UNREACHABLE)

    def this_week(self, now: datetime | None = None) -> date:
        """First day of the current week in the center's calendar."""
        today = local_date(now or self.clock(), self._services.follow_ups.zone)
        return week_start(today, locale_first_weekday())

    def _set_counts(self, counts: FollowUpCounts) -> None:
        self.counts = counts
        for index, key in enumerate(self._tab_keys):
            if key in (UNREACHABLE, WEEK):
                continue
            count = counts.of(QueueView(key))
            self.tabs.setTabText(index, f"{translate('FollowUps', TAB_LABELS[key])} ({count})")
            self.tabs.setAccessibleTabName(index, f"{plain_label(key)}: {count}")

    # --- loading -------------------------------------------------------------------------------

    def _fetch_job(self) -> Callable[[], Any]:
        key, now, user = self.current_view, self.clock(), self._user
        follow_ups = self._services.follow_ups
        if key == WEEK:
            first = self.week_first or self.this_week(now)
            return lambda: (key, now, first, follow_ups.week(user, first), follow_ups.counts(user))
        if key == UNREACHABLE:
            return lambda: (key, now, None, follow_ups.unreachable(user), follow_ups.counts(user))
        return lambda: (
            key,
            now,
            None,
            follow_ups.queue(user, key, now=now),
            follow_ups.counts(user, now=now),
        )

    def _show_data(self, data: Any) -> None:
        key, now, first, records, counts = data
        self._set_counts(counts)
        if key != self.current_view:
            return  # the tab changed meanwhile; its own load follows
        if key == WEEK:
            self.week_first = first
            self.week_view.show_week(first, records, self._services.follow_ups.zone, now)
            return
        selected = self.selected_record()
        self.model.set_queue(records, now)
        wanted, self._select_when_loaded = self._select_when_loaded, None
        if wanted is not None:
            self.select_record(wanted)
        elif selected is not None:
            self.select_record(selected.id)
        if records and not self._sized_columns:
            self.table.resizeColumnsToContents()
            self._sized_columns = True
        # Nothing is selected for the person: opening a follow-up's details is audited.
        self._selection_changed()

    def _footer_text(self) -> str:
        key = self.current_view
        if key == WEEK:
            count = len(self.week_view.records)
            return translate("FollowUps", "{count} of yours this week").format(
                count=count_text(
                    count,
                    translate("FollowUps", "follow-up"),
                    translate("FollowUps", "follow-ups"),
                )
            )
        total = self.model.rowCount()
        if key == UNREACHABLE:
            return translate("FollowUps", "{count} closed as unreachable").format(
                count=count_text(
                    total,
                    translate("FollowUps", "follow-up"),
                    translate("FollowUps", "follow-ups"),
                )
            )
        text = count_text(
            total,
            translate("FollowUps", "open follow-up"),
            translate("FollowUps", "open follow-ups"),
        )
        overdue = self.model.overdue_count()
        if not overdue:
            return text
        return translate("FollowUps", "{text}, {overdue} overdue").format(
            text=text, overdue=overdue
        )

    # --- selection and details -----------------------------------------------------------------

    def current_summary(self) -> FollowUpSummary | None:
        """The selected follow-up, as fresh as known (the detail's copy once it is loaded)."""
        selected = self.selected_record()
        if self.current_view == WEEK or not isinstance(selected, FollowUpSummary):
            return None
        detail = self.detail_panel.detail
        if detail is not None and detail.summary.id == selected.id:
            newer = detail.summary.version >= selected.version
            return detail.summary if newer else selected
        return selected

    def _selection_changed(self) -> None:
        summary = self.selected_record()
        self._show_detail_for(summary if isinstance(summary, FollowUpSummary) else None)
        self._update_actions()

    def _show_detail_for(self, summary: FollowUpSummary | None) -> None:
        now = self.model.now
        if summary is None:
            self._detail_key = None
            self.detail_panel.show_summary(None)
            return
        key = (summary.id, summary.version, summary.status, summary.attempts)
        shown = self.detail_panel.detail
        if key == self._detail_key and shown is not None and shown.summary.id == summary.id:
            self.detail_panel.due.setText(summary_due_text(shown.summary, now))
            return
        if key == self._detail_key and self.detail_panel.summary is not None:
            return  # still loading, or not to be opened by this role
        self._detail_key = key
        if not self.can_open_details:
            self.detail_panel.show_summary(summary, now, translate("FollowUps", ADMIN_NOTICE))
            return
        if shown is None or shown.summary.id != summary.id:
            self.detail_panel.show_summary(summary, now)
        user, follow_ups, follow_up_id = self._user, self._services.follow_ups, summary.id
        self._runner.submit(
            lambda: follow_ups.detail(user, follow_up_id),
            self._on_detail_loaded,
            self._on_detail_failed,
            key=f"follow-up-detail:{id(self)}",
            owner=self,
        )

    def reload_detail(self) -> None:
        """Read the selected follow-up again (after a change)."""
        self._detail_key = None
        self._selection_changed()

    def load_detail_now(self, follow_up_id: uuid.UUID) -> None:
        """Select and show one follow-up synchronously (screenshots only)."""
        self.select_record(follow_up_id)
        detail = self._services.follow_ups.detail(self._user, follow_up_id)
        self._on_detail_loaded(detail)

    @Slot(object)
    def _on_detail_loaded(self, detail: FollowUpDetail) -> None:
        selected = self.selected_record()
        if not isinstance(selected, FollowUpSummary) or selected.id != detail.summary.id:
            return
        if not self.can_work:
            self._own_call_details.add(detail.summary.id)  # a counselor opens only own calls
        self.detail_panel.show_detail(detail, self.model.now)
        self._update_actions()

    @Slot(object)
    def _on_detail_failed(self, problem: Problem) -> None:
        selected = self.selected_record()
        if isinstance(problem.error, PermissionDeniedError) and selected is not None:
            self.detail_panel.show_summary(selected, self.model.now, problem.message)
            return
        self.show_problem(problem)

    # --- actions -------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        summary = self.current_summary()
        is_open = summary is not None and summary.status.is_open
        mine = summary is not None and summary.assigned_to == self._user.id
        claimable = (
            is_open
            and summary is not None
            and summary.status is FollowUpStatus.SCHEDULED
            and summary.assigned_to is None
        )
        claimed = is_open and summary is not None and summary.status is FollowUpStatus.CLAIMED
        self.claim_button.setEnabled(self.can_work and claimable)
        self.release_button.setEnabled(self.can_work and claimed and (mine or self.oversees))
        self.attempt_button.setEnabled(self.can_work and is_open and (mine or self.oversees))
        if is_open and not mine and not self.oversees and self.can_work:
            self.attempt_button.setToolTip(
                translate("FollowUps", "Claim the follow-up before you record an attempt")
            )
        else:
            self.attempt_button.setToolTip(
                translate("FollowUps", "Record a call, text or visit and its result")
            )
        may_change = self.can_work or (summary is not None and summary.id in self._own_call_details)
        self.move_button.setEnabled(self.can_schedule and is_open and may_change)
        self.cancel_button.setEnabled(self.can_schedule and is_open and may_change)

    def claim(self) -> None:
        """Claim the selected follow-up (someone else may have won it a moment before)."""
        summary = self.current_summary()
        if summary is None:
            return
        user, follow_ups, follow_up_id = self._user, self._services.follow_ups, summary.id
        self.message_bar.clear_message()
        self.claim_button.setEnabled(False)
        self._runner.submit(
            lambda: follow_ups.claim(user, follow_up_id),
            self._on_claimed,
            self._on_change_failed,
            owner=self,
        )

    def release(self) -> None:
        """Give the selected follow-up back to the queue."""
        summary = self.current_summary()
        if summary is None:
            return
        user, follow_ups, follow_up_id = self._user, self._services.follow_ups, summary.id
        self.message_bar.clear_message()
        self._runner.submit(
            lambda: follow_ups.release(user, follow_up_id),
            self._on_released,
            self._on_change_failed,
            owner=self,
        )

    def record_attempt(self) -> None:
        """Record an attempt at the selected follow-up (a dialog)."""
        summary = self.current_summary()
        if summary is None:
            return
        saved = AttemptDialog.ask(self, self._services, self._runner, self._user, summary)
        if saved is None:
            return
        self.show_message(attempt_message(saved, summary, self._services.follow_ups.max_attempts))
        self._after_change(saved.id)

    def move_follow_up(self) -> None:
        """Give the selected follow-up a new due window (a dialog)."""
        summary = self.current_summary()
        if summary is None:
            return
        saved = MoveDialog.ask(self, self._services, self._runner, self._user, summary)
        if saved is not None:
            when = summary_due_text(saved, self.clock())
            self.show_message(
                translate("FollowUps", "Moved the follow-up for call {reference}: {when}.").format(
                    reference=saved.call_reference, when=when
                )
            )
            self._after_change(saved.id)

    def cancel_follow_up(self) -> None:
        """Cancel the selected follow-up, with a reason (a dialog)."""
        summary = self.current_summary()
        if summary is None:
            return
        saved = CancelDialog.ask(self, self._services, self._runner, self._user, summary)
        if saved is not None:
            self.show_message(
                translate("FollowUps", "Cancelled the follow-up for call {reference}.").format(
                    reference=saved.call_reference
                )
            )
            self._after_change(None)

    def add_follow_up(self) -> None:
        """Add a follow-up to a call (a dialog); the selected follow-up's call comes first."""
        calls: dict[uuid.UUID, str] = {}
        selected = self.current_summary()
        if selected is not None and selected.call_id is not None:
            calls[selected.call_id] = selected.call_reference
        for record in self.model.records():
            if record.call_id is not None:
                calls.setdefault(record.call_id, record.call_reference)
        added = AddFollowUpDialog.ask(
            self, self._services, self._runner, self._user, list(calls.items())
        )
        if added is not None:
            self.show_message(describe_added(added))
            self._after_change(added[0].id if added else None)

    def export_calendar(self, path: Path | None = None) -> None:
        """Write my open follow-ups to an .ics file (asks where when ``path`` is None)."""
        path = path or follow_up_dialogs.choose_calendar_path(self)
        if path is None:
            return
        user, follow_ups, target = self._user, self._services.follow_ups, path
        self.message_bar.show_text(
            translate("FollowUps", "Exporting to {path}…").format(path=target)
        )
        self._runner.submit(
            lambda: follow_ups.export_ics(user, target),
            lambda data: self.show_message(calendar_message(data, target)),
            self.show_problem,
            owner=self,
        )

    def show_message(self, text: str) -> None:
        """A confirmation above the list."""
        self.message_bar.show_text(text)

    def _after_change(self, select_id: uuid.UUID | None) -> None:
        self._select_when_loaded = select_id
        self._detail_key = None
        self.refresh()

    @Slot(object)
    def _on_claimed(self, summary: FollowUpSummary) -> None:
        self.show_message(
            translate(
                "FollowUps",
                "You have the follow-up for call {reference}. The number to call is in the "
                "details; record each attempt.",
            ).format(reference=summary.call_reference)
        )
        self._after_change(summary.id)

    @Slot(object)
    def _on_released(self, summary: FollowUpSummary) -> None:
        self.show_message(
            translate(
                "FollowUps", "Released the follow-up for call {reference}: it is back in the queue."
            ).format(reference=summary.call_reference)
        )
        self._after_change(summary.id)

    @Slot(object)
    def _on_change_failed(self, problem: Problem) -> None:
        """Someone else was quicker, or the rules refused: say so and read the queue again."""
        self.show_problem(problem)
        self._detail_key = None
        self.refresh()

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        week = self.current_view == WEEK
        self.stack.setCurrentWidget(self.week_view if week else self.splitter)
        self._show_status_column()
        for button, allowed in self._item_buttons.items():
            button.setVisible(allowed and not week)
        if not week:
            self.model.set_queue([], self.model.now)
            self._selection_changed()
        self.refresh()

    @Slot()
    def _on_claim_button_clicked(self) -> None:
        self.claim()

    @Slot()
    def _on_release_button_clicked(self) -> None:
        self.release()

    @Slot()
    def _on_attempt_button_clicked(self) -> None:
        self.record_attempt()

    @Slot()
    def _on_move_button_clicked(self) -> None:
        self.move_follow_up()

    @Slot()
    def _on_cancel_button_clicked(self) -> None:
        self.cancel_follow_up()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        self.add_follow_up()

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.export_calendar()

    @Slot(object)
    def _on_week_view_week_requested(self, first_day: object) -> None:
        self.week_first = first_day if isinstance(first_day, date) else None
        self.refresh()

    @Slot(object)
    def _on_week_view_open_requested(self, follow_up_id: object) -> None:
        if isinstance(follow_up_id, uuid.UUID):
            self._select_when_loaded = follow_up_id
            self.show_view(QueueView.MINE)

    @Slot(str)
    def _on_detail_panel_copied(self, text: str) -> None:
        self.show_message(translate("FollowUps", "Copied {text}.").format(text=text))

    @Slot()
    def _on_copy_shortcut_activated(self) -> None:
        if self.detail_panel.copy_number() is None:
            self.message_bar.show_text(
                translate("FollowUps", "No number to copy for this follow-up."), "problem"
            )


def attempt_message(saved: FollowUpSummary, before: FollowUpSummary, max_attempts: int) -> str:
    """What recording an attempt did, in words."""
    reference = saved.call_reference
    match saved.status:
        case FollowUpStatus.COMPLETED:
            return translate("FollowUps", "The follow-up for call {reference} is complete.").format(
                reference=reference
            )
        case FollowUpStatus.UNREACHABLE:
            return translate(
                "FollowUps",
                "The follow-up for call {reference} closed as unreachable after {attempts} "
                "attempts; a supervisor will review it.",
            ).format(reference=reference, attempts=saved.attempts)
    left = max(0, max_attempts - saved.attempts)
    if saved.attempts <= before.attempts:
        return translate("FollowUps", "Attempt recorded for call {reference}.").format(
            reference=reference
        )
    text = (
        translate(
            "FollowUps",
            "Attempt {number} recorded for call {reference}; it stays open (1 more "
            "unsuccessful attempt before it closes).",
        )
        if left == 1
        else translate(
            "FollowUps",
            "Attempt {number} recorded for call {reference}; it stays open ({left} more "
            "unsuccessful attempts before it closes).",
        )
    )
    return text.format(number=saved.attempts, reference=reference, left=left)


def calendar_message(data: bytes, path: Path) -> str:
    """``Exported 3 follow-ups to /home/pat/follow-ups.ics.``."""
    count = data.count(b"BEGIN:VEVENT")
    text = (
        translate("FollowUps", "Exported 1 follow-up to {path} (call reference and initials only).")
        if count == 1
        else translate(
            "FollowUps", "Exported {count} follow-ups to {path} (call reference and initials only)."
        )
    )
    return text.format(count=count, path=path)
