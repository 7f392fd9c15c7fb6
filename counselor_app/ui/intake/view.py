"""The intake page: the calls list and, in front of it, the workspace of the call being taken.

The list filters by today, mine, open or all, and searches by CAD incident number, caller name or
date. "New call" (Ctrl+N, from any page) asks for the source and opens a fresh workspace; Enter or
a double click opens a call from the list. Unfinished drafts left by a crash are offered back at
the top of the list, complete.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import (
    BreakGlassAccess,
    Permission,
    SignedInUser,
    parse_call_reference,
)
from counselor_app.domain.calls import (
    CallQuery,
    CallRecord,
    CallReferral,
    CallSource,
    CallStatus,
)
from counselor_app.domain.directory import GeoPoint
from counselor_app.services.drafts import Draft
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import ConfirmDialog
from counselor_app.ui.events import AppEvents
from counselor_app.ui.formatting import clock_text, count_text, local_time_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, translate
from counselor_app.ui.intake.fields import start_of_local_day
from counselor_app.ui.intake.models import RecentCallsTableModel
from counselor_app.ui.intake.style import workspace_style
from counselor_app.ui.intake.workspace import IntakeWorkspace
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.page import ListPage
from counselor_app.ui.sessions import BreakGlassDialog
from counselor_app.ui.theme import high_contrast_active
from counselor_app.ui.widgets import enable_clear_button

RECENT_LIMIT = 200
SEARCH_DELAY_MS = 300

FILTERS = (
    ("today", QT_TRANSLATE_NOOP("Intake", "&Today")),
    ("mine", QT_TRANSLATE_NOOP("Intake", "&Mine")),
    ("open", QT_TRANSLATE_NOOP("Intake", "&Open")),
    ("all", QT_TRANSLATE_NOOP("Intake", "&All")),
)
SOURCE_MENU_TEXT = {
    CallSource.TRANSFER_911: QT_TRANSLATE_NOOP("Intake", "&911 transfer"),
    CallSource.LIFELINE_988: QT_TRANSLATE_NOOP("Intake", "9&88"),
    CallSource.DIRECT_LINE: QT_TRANSLATE_NOOP("Intake", "&Direct line"),
    CallSource.CO_RESPONDER: QT_TRANSLATE_NOOP("Intake", "&Co-responder field encounter"),
}


def parse_search(text: str) -> tuple[str, str, date | None]:
    """``(cad prefix, caller name, day)`` for what was typed in the search field.

    A date (``2026-11-28`` or the locale's short date, e.g. ``11/28/2026``) searches that day;
    text with a digit is the start of a CAD incident number; anything else is a caller's name.
    """
    cleaned = text.strip()
    if not cleaned:
        return "", "", None
    try:
        return "", "", date.fromisoformat(cleaned)
    except ValueError:
        pass
    locale = QLocale()
    for fmt in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        parsed = locale.toDate(cleaned, locale.dateFormat(fmt))
        if parsed.isValid():
            return "", "", date(parsed.year(), parsed.month(), parsed.day())
    full = QDate.fromString(cleaned, "M/d/yyyy")
    if full.isValid():
        return "", "", date(full.year(), full.month(), full.day())
    if any(ch.isdigit() for ch in cleaned):
        return cleaned, "", None
    return "", cleaned, None


def day_bounds_utc(day: date) -> tuple[datetime, datetime]:
    """The local calendar day ``day`` as aware UTC bounds ``[start, end)``."""
    start = start_of_local_day(day)
    end = start_of_local_day(day + timedelta(days=1))
    return start.astimezone(UTC), end.astimezone(UTC)


class DraftsBanner(QFrame):
    """Unfinished calls found on this workstation after a crash, each with Resume."""

    resume_requested = Signal(object)
    discard_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsBanner")
        self.setAccessibleName(translate("Intake", "Unfinished calls"))
        self.title = QLabel(
            translate(
                "Intake", "Unfinished calls on this workstation — nothing you typed was lost:"
            )
        )
        self.title.setWordWrap(True)
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)
        self.drafts: list[Draft] = []
        self.resume_buttons: list[QPushButton] = []
        self.hide()

    def show_drafts(self, drafts: list[Draft]) -> None:
        """One row per draft; hidden when there are none."""
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.drafts = list(drafts)
        self.resume_buttons = []
        for draft in drafts:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            record = draft.record
            resume_text = translate(
                "Intake", "Resume unfinished call {reference} ({source}), last typed {time}"
            )
            text = resume_text.format(
                reference=record.reference,
                source=data_text(record.source.label),
                time=clock_text(draft.saved_at),
            )
            if draft.saved_at.astimezone().date() != datetime.now().astimezone().date():
                text = resume_text.format(
                    reference=record.reference,
                    source=data_text(record.source.label),
                    time=local_time_text(draft.saved_at),
                )
            label = QLabel(text)
            resume = QPushButton(translate("Intake", "Resume"))
            resume.setAccessibleName(
                translate("Intake", "Resume {reference}").format(reference=record.reference)
            )
            discard = QPushButton(translate("Intake", "Discard…"))
            discard.setAccessibleName(
                translate("Intake", "Discard the draft of {reference}").format(
                    reference=record.reference
                )
            )
            resume.clicked.connect(lambda _=False, d=draft: self.resume_requested.emit(d))
            discard.clicked.connect(lambda _=False, d=draft: self.discard_requested.emit(d))
            line.addWidget(label, 1)
            line.addWidget(resume)
            line.addWidget(discard)
            self.rows.addWidget(row)
            self.resume_buttons.append(resume)
        self.setVisible(bool(drafts))


class IntakeView(ListPage):
    """Calls: the list with its filters and search, the workspace of the open call in front."""

    topics: ClassVar[frozenset[str]] = frozenset({"calls"})
    default_sort: ClassVar[tuple[int, Qt.SortOrder] | None] = (1, Qt.SortOrder.DescendingOrder)

    directory_requested = Signal()
    """The workspace asked for the referral directory (Ctrl+D)."""

    page_requested = Signal()
    """Ctrl+N was pressed elsewhere: the main window should show this page."""

    workspace_opened = Signal(object)
    """An ``IntakeWorkspace`` came to the front."""

    active_call_changed = Signal()
    """The call a referral would go to may have changed (opened, left, made read-only)."""

    drafts_loaded = Signal()

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Intake", "Calls"),
            services,
            user,
            runner,
            events,
            RecentCallsTableModel(),
            parent,
        )
        self.setStyleSheet(workspace_style(high_contrast_active()))
        whose = (
            translate("Intake", "Calls taken by every counselor, newest first.")
            if user.can(Permission.CALL_VIEW_ALL)
            else translate("Intake", "Your calls, newest first.")
        )
        self.description.setText(
            whose
            + " "
            + translate("Intake", "Times are in this workstation's local time. Enter opens a call.")
        )
        self.description.show()
        self.workspace: IntakeWorkspace | None = None
        self._after_leave: Callable[[], None] | None = None
        self._opening = False

        # --- move the list into a panel of its own, with the workspace stacked in front -----
        outer = self.body
        self.list_panel = QWidget(self)
        self.list_panel.setObjectName("callsListPanel")
        list_layout = QVBoxLayout(self.list_panel)
        list_layout.setContentsMargins(outer.contentsMargins())
        list_layout.setSpacing(outer.spacing())
        moved = []
        while outer.count():
            taken = outer.takeAt(0)
            if taken is not None:
                moved.append(taken)
        for item in moved:
            widget, layout = item.widget(), item.layout()
            if widget is not None:
                list_layout.addWidget(widget, 1 if widget is self.table else 0)
            elif layout is not None:
                list_layout.addLayout(layout)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_panel)
        outer.addWidget(self.stack)
        self.body = list_layout

        # --- tools ---------------------------------------------------------------------------
        self.can_take = user.can(Permission.CALL_TAKE)
        self.new_call_button = QPushButton(translate("Intake", "&New call…"))
        self.new_call_button.setObjectName("newCall")
        self.new_call_button.setAccessibleName(translate("Intake", "New call"))
        self.new_call_button.setToolTip(
            translate("Intake", "Start a new call (Ctrl+N) and choose where it came from")
        )
        self.new_call_button.setVisible(self.can_take)
        self.new_call_action = QAction(translate("Intake", "New call"), self)
        self.new_call_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_call_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_call_action.setEnabled(self.can_take)
        self.addAction(self.new_call_action)
        self.source_menu = QMenu(self)
        self.source_menu.setObjectName("sourceMenu")
        self.source_menu.setTitle(translate("Intake", "Source of the new call"))
        for source, text in SOURCE_MENU_TEXT.items():
            action = self.source_menu.addAction(translate("Intake", text))
            action.setData(source.value)
        self.filter_buttons: dict[str, QRadioButton] = {}
        self.filters = QButtonGroup(self)
        filter_label = QLabel(translate("Intake", "Show:"))
        self.tool_row.addWidget(self.new_call_button)
        self.tool_row.addSpacing(16)
        self.tool_row.addWidget(filter_label)
        for key, text in FILTERS:
            text = translate("Intake", text)
            button = QRadioButton(text)
            button.setObjectName(f"filter_{key}")
            button.setAccessibleName(text.replace("&", ""))
            button.setProperty("filter", key)
            self.filters.addButton(button)
            self.filter_buttons[key] = button
            self.tool_row.addWidget(button)
        self.filter_buttons["all"].setChecked(True)
        self.search = QLineEdit()
        self.search.setObjectName("callSearch")
        enable_clear_button(self.search)
        self.search.setPlaceholderText(
            translate("Intake", "CAD number, caller name, or date (2026-11-28)")
        )
        self.search.setAccessibleName(translate("Intake", "Search calls"))
        search_label = QLabel(translate("Intake", "S&earch calls:"))
        search_label.setBuddy(self.search)
        self.tool_row.addSpacing(16)
        self.tool_row.addWidget(search_label)
        self.tool_row.addWidget(self.search, 1)
        self.break_glass_button = QPushButton(translate("Intake", "&Break glass…"))
        self.break_glass_button.setObjectName("breakGlass")
        self.break_glass_button.setAccessibleName(translate("Intake", "Break glass"))
        self.break_glass_button.setToolTip(
            translate(
                "Intake",
                "Open another counselor's call by its reference, with a reason (read-only, for a "
                "limited time; supervisors are alerted)",
            )
        )
        self.break_glass_button.setVisible(
            user.can(Permission.BREAK_GLASS) and not user.can(Permission.CALL_VIEW_ALL)
        )
        self.tool_row.addWidget(self.break_glass_button)
        self._break_glass_until: dict[uuid.UUID, datetime] = {}
        """When each break-glass access opened here ends, by this workstation's clock."""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.drafts_banner = DraftsBanner()
        self.body.insertWidget(3, self.drafts_banner)
        self.setTabOrder(self.new_call_button, self.filter_buttons["today"])
        self.setTabOrder(self.filter_buttons["all"], self.search)
        self.setTabOrder(self.search, self.break_glass_button)
        self.setTabOrder(self.break_glass_button, self.table)
        self._connect_signals()
        if self.can_take:
            QTimer.singleShot(0, self, self.check_drafts)

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.new_call_button.clicked.connect(self._on_new_call_button_clicked)
        self.new_call_action.triggered.connect(self._on_new_call_action_triggered)
        self.source_menu.triggered.connect(self._on_source_menu_triggered)
        self.filters.buttonToggled.connect(self._on_filters_button_toggled)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.break_glass_button.clicked.connect(self._on_break_glass_button_clicked)
        self._search_timer.timeout.connect(self.refresh)
        self.table.activated.connect(self._on_table_activated)
        self.drafts_banner.resume_requested.connect(self._on_drafts_banner_resume_requested)
        self.drafts_banner.discard_requested.connect(self._on_drafts_banner_discard_requested)

    # --- the list ----------------------------------------------------------------------------

    @property
    def current_filter(self) -> str:
        """``today``, ``mine``, ``open`` or ``all``."""
        checked = self.filters.checkedButton()
        return str(checked.property("filter")) if checked is not None else "all"

    def set_filter(self, key: str) -> None:
        """Choose a filter (the list reloads)."""
        self.filter_buttons[key].setChecked(True)

    def query(self) -> CallQuery:
        """What the list asks the service for, from the filter and the search text."""
        cad, name, day = parse_search(self.search.text())
        started_from = started_before = None
        key = self.current_filter
        if day is not None:
            started_from, started_before = day_bounds_utc(day)
        elif key == "today":
            started_from, started_before = day_bounds_utc(datetime.now().astimezone().date())
        return CallQuery(
            mine_only=key == "mine",
            open_only=key == "open",
            started_from=started_from,
            started_before=started_before,
            cad_incident_number=cad,
            caller_name=name,
            limit=RECENT_LIMIT,
        )

    def _fetch_job(self) -> Callable[[], Any]:
        query, user, intake = self.query(), self._user, self._services.intake
        return lambda: intake.search(user, query)

    def _footer_text(self) -> str:
        shown = count_text(
            self.model.rowCount(), translate("Intake", "call"), translate("Intake", "calls")
        )
        text = self.search.text().strip()
        if (
            text
            and not self.model.rowCount()
            and parse_call_reference(text)
            and not self.break_glass_button.isHidden()
        ):
            return translate(
                "Intake",
                "{shown} matching “{text}”. Another counselor's call? Break glass… (Alt+B)",
            ).format(shown=shown, text=text)
        if not text:
            return shown
        return translate("Intake", "{shown} matching “{text}”").format(shown=shown, text=text)

    # --- drafts --------------------------------------------------------------------------------

    def check_drafts(self) -> None:
        """Look for drafts this counselor left behind (after a crash)."""
        drafts, user_id = self._services.drafts, self._user.id
        self._runner.submit(
            lambda: drafts.recover(user_id),
            self._on_drafts_recovered,
            self.show_problem,
            key=f"drafts:{id(self)}",
            owner=self,
        )

    def _on_drafts_recovered(self, drafts: list[Draft]) -> None:
        open_id = self.workspace.call_id if self.workspace is not None else None
        self.drafts_banner.show_drafts([d for d in drafts if d.record.id != open_id])
        self.drafts_loaded.emit()

    def resume_draft(self, draft: Draft) -> None:
        """Reopen a recovered draft, complete, in the workspace."""

        def reopen() -> None:
            self.show_workspace(
                draft.record, in_database=False, editable=True, recovered_at=draft.saved_at
            )

        self._open_workspace(reopen)
        remaining = [d for d in self.drafts_banner.drafts if d.record.id != draft.record.id]
        self.drafts_banner.show_drafts(remaining)

    # --- opening calls -------------------------------------------------------------------------

    def start_new_call(self) -> None:
        """Ask where the call came from (a menu: arrows and Enter, or the underlined key)."""
        if not self.can_take:
            return
        if self.new_call_button.isVisible() and self.stack.currentWidget() is self.list_panel:
            anchor = self.new_call_button.mapToGlobal(QPoint(0, self.new_call_button.height()))
        else:
            anchor = self.mapToGlobal(QPoint(24, 24))
        actions = self.source_menu.actions()
        self.source_menu.popup(anchor, actions[0] if actions else None)
        if actions:
            self.source_menu.setActiveAction(actions[0])

    def new_call(self, source: CallSource) -> None:
        """Open a fresh workspace for a call from ``source`` (its timer starts now)."""
        intake, user = self._services.intake, self._user

        def create() -> None:
            self._runner.submit(
                lambda: intake.new_call(user, source),
                self._on_new_call_created,
                self._on_open_failed,
                owner=self,
            )

        self._open_workspace(create)

    def open_call(self, call_id: uuid.UUID) -> None:
        """Open a call from the list (read-only unless it is this counselor's open call)."""
        intake, user = self._services.intake, self._user

        def load() -> None:
            self._runner.submit(
                lambda: intake.load(user, call_id),
                self._on_call_loaded,
                self._on_open_failed,
                owner=self,
            )

        self._open_workspace(load)

    def show_list(self) -> None:
        """Leave the workspace (saving first) and show the list."""
        if self.workspace is None:
            self._show_list_panel()
            return
        self._after_leave = None
        self.workspace.request_leave()

    # --- referrals from the directory ----------------------------------------------------------

    def active_call_reference(self) -> str | None:
        """The reference of the call open in the workspace when it can be changed, else None."""
        workspace = self.workspace
        if workspace is None or not workspace.editable:
            return None
        return workspace.reference

    def active_caller_location(self) -> GeoPoint | None:
        """The open editable call's caller coordinates (for distances), when both are known."""
        if self.active_call_reference() is None or self.workspace is None:
            return None
        caller = self.workspace.record().caller
        if not GeoPoint.valid(caller.latitude, caller.longitude):
            return None
        assert caller.latitude is not None and caller.longitude is not None
        return GeoPoint(caller.latitude, caller.longitude)

    def add_referral(self, referral: CallReferral) -> bool:
        """Add a directory referral to the open call; False when no editable call is open.

        The same service referred again updates the earlier referral. The referral is then
        part of the call like any edit: drafted within seconds, saved with the call.
        """
        workspace = self.workspace
        if workspace is None:
            return False
        return workspace.add_referral(referral)

    def save_before_closing(self) -> None:
        """The window is closing: the open call is written (draft, then database)."""
        if self.workspace is not None:
            self.workspace.save_before_closing()

    def _open_workspace(self, then: Callable[[], None]) -> None:
        if self.workspace is None:
            then()
            return
        self._after_leave = then
        self.workspace.request_leave()

    def show_workspace(
        self,
        record: CallRecord,
        *,
        in_database: bool,
        editable: bool,
        recovered_at: datetime | None = None,
    ) -> IntakeWorkspace:
        """Bring a workspace for ``record`` to the front (the previous one must have left)."""
        workspace = IntakeWorkspace(
            self._services,
            self._user,
            self._runner,
            record,
            in_database=in_database,
            editable=editable,
            recovered_at=recovered_at,
            parent=self.stack,
        )
        workspace.left.connect(self._on_workspace_left)
        workspace.leave_refused.connect(self._on_workspace_leave_refused)
        workspace.directory_requested.connect(self.directory_requested)
        workspace.editable_changed.connect(self.active_call_changed)
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        self.setFocusProxy(workspace)
        self.workspace_opened.emit(workspace)
        self.active_call_changed.emit()
        workspace.focus_first_field()
        return workspace

    def _show_list_panel(self) -> None:
        self.stack.setCurrentWidget(self.list_panel)
        self.setFocusProxy(self.table)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    # --- slots -------------------------------------------------------------------------------

    @Slot()
    def _on_new_call_button_clicked(self) -> None:
        self.start_new_call()

    @Slot()
    def _on_new_call_action_triggered(self) -> None:
        if not self.isVisible():
            self.page_requested.emit()
        self.start_new_call()

    @Slot(QAction)
    def _on_source_menu_triggered(self, action: QAction) -> None:
        self.new_call(CallSource(str(action.data())))

    def _on_new_call_created(self, record: CallRecord) -> None:
        self.show_workspace(record, in_database=False, editable=True)

    def _on_call_loaded(self, record: CallRecord) -> None:
        own_open = record.status is CallStatus.OPEN and record.counselor_id == self._user.id
        self.show_workspace(record, in_database=True, editable=own_open and self.can_take)

    def _on_open_failed(self, problem: Problem) -> None:
        self._show_list_panel()
        self.show_problem(problem)

    @Slot()
    def _on_workspace_left(self) -> None:
        workspace = self.workspace
        self.workspace = None
        if workspace is not None:
            self.stack.removeWidget(workspace)
            workspace.deleteLater()
            self.active_call_changed.emit()
        then, self._after_leave = self._after_leave, None
        if then is not None:
            then()
        else:
            self._show_list_panel()

    @Slot()
    def _on_workspace_leave_refused(self) -> None:
        self._after_leave = None  # the call stays open; what was asked next is not done

    @Slot()
    def _on_filters_button_toggled(self) -> None:
        if self.filters.checkedButton() is not None:
            self.refresh()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        self._search_timer.stop()
        self.refresh()

    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        record = self.selected_record()
        if record is not None:
            self.open_call(record.id)

    def break_glass(self) -> BreakGlassAccess | None:
        """Ask for a reason and open another counselor's call read-only (supervisors alerted)."""
        typed = self.search.text().strip()
        reference = typed.upper() if parse_call_reference(typed) else ""
        access = BreakGlassDialog.ask(
            self, self._services.break_glass, self._user, self._runner, reference
        )
        if access is None:
            return None
        self.message_bar.show_text(
            translate(
                "Intake",
                "Break-glass access to {reference} until {time}; your supervisors were told.",
            ).format(reference=access.call_reference, time=clock_text(access.expires_at))
        )
        self.open_call(access.call_id)
        # The access's length by the database's clock (granted and expiry both come from it),
        # counted from now on this workstation's: a skewed clock changes nothing.
        until = datetime.now(UTC) + (access.expires_at - access.granted_at)
        self._break_glass_until[access.call_id] = until
        QTimer.singleShot(
            max(0, int((until - datetime.now(UTC)).total_seconds() * 1000)),
            self,
            lambda: self._on_break_glass_expired(access),
        )
        return access

    def _on_break_glass_expired(self, access: BreakGlassAccess) -> None:
        """The access has ended: the call it opened is closed if it is still on screen."""
        until = self._break_glass_until.get(access.call_id)
        if until is not None and until > datetime.now(UTC) + timedelta(seconds=1):
            return  # the glass was broken again for this call: a later timer closes it
        workspace = self.workspace
        if workspace is None or workspace.call_id != access.call_id or workspace.editable:
            self._break_glass_until.pop(access.call_id, None)
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and _owned_by(modal, workspace):
            # A dialog of this call (the handoff) is open: close it first, and the call once
            # its event loop has returned (closing the call now would delete the dialog).
            modal.close()
            QTimer.singleShot(200, self, lambda: self._on_break_glass_expired(access))
            return
        self._break_glass_until.pop(access.call_id, None)
        self.show_list()
        self.message_bar.show_text(
            translate(
                "Intake",
                "Break-glass access to {reference} ended at {time}; the call was closed. "
                "Break the glass again, with a reason, if you still need it.",
            ).format(reference=access.call_reference, time=clock_text(access.expires_at))
        )

    @Slot()
    def _on_break_glass_button_clicked(self) -> None:
        self.break_glass()

    @Slot(object)
    def _on_drafts_banner_resume_requested(self, draft: Draft) -> None:
        self.resume_draft(draft)

    @Slot(object)
    def _on_drafts_banner_discard_requested(self, draft: Draft) -> None:
        confirmed = ConfirmDialog.ask(
            self,
            translate("Intake", "Discard this draft?"),
            translate(
                "Intake",
                "The unfinished call {reference} will be deleted from this workstation. What was "
                "saved to the database stays there.",
            ).format(reference=draft.record.reference),
            translate("Intake", "Discard draft"),
        )
        if not confirmed:
            return
        drafts, call_id = self._services.drafts, draft.record.id
        self._runner.submit(
            lambda: drafts.discard(call_id),
            lambda _none: self.check_drafts(),
            self.show_problem,
            key=f"draft:{call_id}",
            owner=self,
        )


def _owned_by(widget: QWidget, owner: QWidget) -> bool:
    """True when ``owner`` is among ``widget``'s parents (also across windows: a dialog)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent is owner:
            return True
        parent = parent.parentWidget()
    return False
