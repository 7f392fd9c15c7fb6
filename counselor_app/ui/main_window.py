"""The main window: a navigation rail of the pages the role allows, and a status bar."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app import APP_NAME
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.calls import CallReferral
from counselor_app.domain.directory import ServiceDetail
from counselor_app.domain.errors import KnownError
from counselor_app.ui.admin import AccountsView
from counselor_app.ui.context import AppServices
from counselor_app.ui.directory import DirectoryView
from counselor_app.ui.directory.refer_dialog import ReferDialog, ReferralChoice
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups import FollowUpsView
from counselor_app.ui.follow_ups.rail import FollowUpRailCounts
from counselor_app.ui.follow_ups.reminders import FollowUpReminders, ReminderNotifier
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, message_text, translate
from counselor_app.ui.intake import IntakeView
from counselor_app.ui.intake.imminent_banner import ImminentBanner
from counselor_app.ui.kept_changes import KeptChangesDialog
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.page import ListPage
from counselor_app.ui.reports import ReportsView
from counselor_app.ui.session_lock import SessionLock
from counselor_app.ui.sessions import BreakGlassAlerts, BreakGlassReviewDialog, TwoStepDialog

log = logging.getLogger(__name__)

CONNECTION_CHECK_MS = 15_000
"""How often the status bar checks that the database answers."""

OFFLINE_CHECK_MS = 5_000
"""How often, while the database does not answer, it is asked again (changes may be waiting)."""

CONNECTED = QT_TRANSLATE_NOOP("MainWindow", "Connected")
NOT_CONNECTED = QT_TRANSLATE_NOOP("MainWindow", "Not connected")
CHECKING = QT_TRANSLATE_NOOP("MainWindow", "Checking connection…")
OUTBOX_TOPIC = "outbox"
"""The change topic of the offline outbox (``services.outbox.TOPIC``)."""


def offline_text(waiting: int) -> str:
    """The status bar while the database cannot be reached and changes wait on this workstation."""
    if waiting <= 0:
        return translate("MainWindow", NOT_CONNECTED)
    if waiting == 1:
        return translate("MainWindow", "Offline — 1 change waiting")
    return translate("MainWindow", "Offline — {count} changes waiting").format(count=waiting)


def attention_text(held: int) -> str:
    """The status bar when changes kept offline were refused and need the person."""
    if held == 1:
        return translate("MainWindow", "Connected — 1 change needs attention")
    return translate("MainWindow", "Connected — {count} changes need attention").format(count=held)


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """What one background connection check found (and sent from the outbox)."""

    problem: KnownError | None
    waiting: int = 0
    held: int = 0
    held_problems: tuple[str, ...] = ()
    sent: int = 0
    held_now: tuple[str, ...] = ()
    """Kinds of the changes this check's replay had to hold (e.g. ``call.save``)."""


PageFactory = Callable[[AppServices, SignedInUser, Runner, AppEvents, QWidget | None], ListPage]


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A rail entry: its name, the permission it needs, its shortcut and how to build it."""

    key: str
    name: str
    permission: Permission
    shortcut: str
    factory: PageFactory


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "intake",
        QT_TRANSLATE_NOOP("MainWindow", "Intake"),
        Permission.CALL_VIEW,
        "Ctrl+1",
        IntakeView,
    ),
    PageSpec(
        "follow_ups",
        QT_TRANSLATE_NOOP("MainWindow", "Follow-ups"),
        Permission.FOLLOW_UP_VIEW,
        "Ctrl+2",
        FollowUpsView,
    ),
    PageSpec(
        "directory",
        QT_TRANSLATE_NOOP("MainWindow", "Directory"),
        Permission.DIRECTORY_VIEW,
        "Ctrl+3",
        DirectoryView,
    ),
    PageSpec(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        Permission.REPORT_VIEW,
        "Ctrl+4",
        ReportsView,
    ),
    PageSpec(
        "admin",
        QT_TRANSLATE_NOOP("MainWindow", "Admin"),
        Permission.ACCOUNT_MANAGE,
        "Ctrl+5",
        AccountsView,
    ),
)
"""Every page, in rail order. Shortcuts stay the same whichever pages a role sees."""


def home_page(user: SignedInUser) -> str:
    """The page a person starts on: their own work.

    The follow-up queue for those who work follow-ups but take no calls (peer specialists),
    the intake for everyone else.
    """
    if user.can(Permission.FOLLOW_UP_WORK) and not user.can(Permission.CALL_TAKE):
        return "follow_ups"
    return "intake"


def pages_for(user: SignedInUser) -> list[PageSpec]:
    """The pages ``user``'s role may open (the services check again on every call)."""
    return [spec for spec in PAGES if user.can(spec.permission)]


class MainWindow(QMainWindow):
    """Navigation rail, pages, and a status bar: who is signed in, which database, connected."""

    signed_out = Signal()
    """The person signed out (the window has closed; show the sign-in dialog again)."""

    quit_requested = Signal()
    """The person closed the window without signing out (the session is closed anyway)."""

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._events = events
        self._session_closed = False
        self.user = user
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(960, 600))
        self.resize(1280, 800)

        self.rail = QListWidget(self)
        self.rail.setObjectName("navigationRail")
        self.rail.setAccessibleName(translate("MainWindow", "Pages"))
        self.rail.setFixedWidth(176)
        self.rail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, ListPage] = {}
        self._page_actions: list[QAction] = []
        for spec in pages_for(user):
            page = spec.factory(services, user, runner, events, self.stack)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
            name = translate("MainWindow", spec.name)
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{name} ({spec.shortcut})")
            item.setSizeHint(QSize(160, 44))
            self.rail.addItem(item)
            action = QAction(name, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setData(spec.key)
            self._page_actions.append(action)
        self.imminent_banner: ImminentBanner | None = None
        if user.can(Permission.IMMINENT_MONITOR):
            self.imminent_banner = ImminentBanner(services, user, runner, events, self)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rail)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        if self.imminent_banner is not None:
            right.addWidget(self.imminent_banner)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.session_lock = SessionLock(
            self,
            services.auth,
            user,
            runner,
            idle_minutes=services.settings.idle_lock_minutes,
            reauth=services.auth.reauth_interval,
        )
        self.shell = QStackedWidget(self)
        self.shell.setObjectName("shell")
        self.shell.addWidget(central)
        self.shell.addWidget(self.session_lock.screen)
        self._hidden_docks: list[QDockWidget] = []
        self._dock_left_open = False
        """The directory beside the call was open when the person left the Calls page."""
        self.setCentralWidget(self.shell)
        intake = self.pages.get("intake")
        self.intake: IntakeView | None = intake if isinstance(intake, IntakeView) else None
        if self.intake is not None:
            self.addAction(self.intake.new_call_action)
        self.directory_dock: QDockWidget | None = None
        self.side_directory: DirectoryView | None = None
        if self.intake is not None and user.can(Permission.DIRECTORY_VIEW):
            self.side_directory = DirectoryView(services, user, runner, events, compact=True)
            self.side_directory.setObjectName("sideDirectory")
            self.directory_dock = QDockWidget(
                translate("MainWindow", "Directory beside the call"), self
            )
            self.directory_dock.setObjectName("directoryDock")
            self.directory_dock.setAccessibleName(
                translate("MainWindow", "Directory beside the call")
            )
            self.directory_dock.setAllowedAreas(
                Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
            )
            self.directory_dock.setWidget(self.side_directory)
            self.directory_dock.setMinimumWidth(380)
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.directory_dock)
            self.directory_dock.hide()
        self.directories = [
            view
            for view in (self.pages.get("directory"), self.side_directory)
            if isinstance(view, DirectoryView)
        ]
        for view in self.directories:
            view.set_referral_target(self.active_call_reference)

        self.refresh_action = QAction(translate("MainWindow", "&Refresh"), self)
        # F5 only: Ctrl+R (GNOME's "refresh") opens the risk screener in the intake workspace.
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.sign_out_action = QAction(translate("MainWindow", "Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        session_menu = self.menuBar().addMenu(translate("MainWindow", "&Session"))
        session_menu.addAction(self.refresh_action)
        self.lock_action = QAction(translate("MainWindow", "&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        session_menu.addAction(self.lock_action)
        self.two_step_action = QAction(translate("MainWindow", "&Two-step sign-in…"), self)
        session_menu.addAction(self.two_step_action)
        self.break_glass_alerts: BreakGlassAlerts | None = None
        self.break_glass_review_action: QAction | None = None
        if user.can(Permission.BREAK_GLASS_REVIEW):
            self.break_glass_review_action = QAction(
                translate("MainWindow", "&Break-glass accesses…"), self
            )
            session_menu.addAction(self.break_glass_review_action)
            self.break_glass_alerts = BreakGlassAlerts(self, services, user, runner, events)
        self.kept_changes_action = QAction(
            translate("MainWindow", "&Changes kept on this workstation…"), self
        )
        self.kept_changes_action.setVisible(getattr(services, "outbox", None) is not None)
        session_menu.addAction(self.kept_changes_action)
        session_menu.addSeparator()
        session_menu.addAction(self.sign_out_action)
        go_menu = self.menuBar().addMenu(translate("MainWindow", "&Go"))
        for action in self._page_actions:
            go_menu.addAction(action)

        self.user_label = QLabel(
            translate("MainWindow", "Signed in as {name} ({role})").format(
                name=user.account.display_name, role=data_text(user.role.label)
            )
        )
        self.user_label.setObjectName("userLabel")
        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self._set_database_text(services.database.location)
        self.connection_label = QLabel(translate("MainWindow", CHECKING))
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.setAccessibleName(translate("MainWindow", "Database connection"))
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addPermanentWidget(self.database_label)
        status.addPermanentWidget(self.connection_label)
        self._connection_timer = QTimer(self)
        self._connection_timer.setInterval(CONNECTION_CHECK_MS)
        self.follow_up_counts: FollowUpRailCounts | None = None
        self.reminders: FollowUpReminders | None = None
        self.reminder_notifier: ReminderNotifier | None = None
        self._start_follow_up_signals()

        self._connect_signals()
        if self.rail.count() and not self.show_page(home_page(user)):
            self.rail.setCurrentRow(0)
        self.rail.setFocus()
        self._connection_timer.start()
        QTimer.singleShot(0, self, self.check_connection)
        if self.imminent_banner is not None:
            QTimer.singleShot(0, self.imminent_banner, self.imminent_banner.refresh)

    def _connect_signals(self) -> None:
        self.rail.currentRowChanged.connect(self._on_rail_current_row_changed)
        self.rail.itemSelectionChanged.connect(self._on_rail_item_selection_changed)
        for action in self._page_actions:
            action.triggered.connect(self._on_page_action_triggered)
        self.refresh_action.triggered.connect(self._on_refresh_action_triggered)
        self.sign_out_action.triggered.connect(self._on_sign_out_action_triggered)
        self.lock_action.triggered.connect(self._on_lock_action_triggered)
        self.two_step_action.triggered.connect(self._on_two_step_action_triggered)
        self.kept_changes_action.triggered.connect(self._on_kept_changes_action_triggered)
        if self.break_glass_review_action is not None:
            self.break_glass_review_action.triggered.connect(
                self._on_break_glass_review_action_triggered
            )
        self.session_lock.lock_changed.connect(self._on_session_lock_lock_changed)
        self.session_lock.sign_out_requested.connect(self._on_session_lock_sign_out_requested)
        self._connection_timer.timeout.connect(self._on_connection_timer_timeout)
        self._runner.problem_reported.connect(self._on_runner_problem_reported)
        self._events.changed.connect(self._on_events_changed)
        if self.intake is not None:
            self.intake.directory_requested.connect(self._on_intake_directory_requested)
            self.intake.page_requested.connect(self._on_intake_page_requested)
        if self.imminent_banner is not None:
            self.imminent_banner.open_requested.connect(self._on_imminent_banner_open_requested)
        for view in self.directories:
            view.referral_requested.connect(self._on_directory_referral_requested)
        if self.intake is not None:
            self.intake.active_call_changed.connect(self._on_intake_active_call_changed)
        if self.side_directory is not None:
            self.side_directory.dismissed.connect(self._on_side_directory_dismissed)

    # --- pages ---------------------------------------------------------------------------------

    @property
    def page_names(self) -> list[str]:
        """The names in the rail, top to bottom (without the follow-up counts)."""
        return [self.rail.item(row).text().split("\n")[0] for row in range(self.rail.count())]

    def current_page(self) -> ListPage | None:
        """The page on screen."""
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, ListPage) else None

    def show_page(self, key: str) -> bool:
        """Switch to the page ``key`` (``intake``, ``follow_ups``...); False if not allowed."""
        for row in range(self.rail.count()):
            if self.rail.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.rail.setCurrentRow(row)
                return True
        return False

    def load_all_now(self) -> None:
        """Load every page and the connection state synchronously (for screenshots only)."""
        for page in self.pages.values():
            page.load_now()
        if self.follow_up_counts is not None:
            self.follow_up_counts.load_now()
        try:
            self._services.database.ping()
        except Exception:  # noqa: BLE001 - shown as "Not connected"; ping logs the cause
            self._on_ping_failed(Problem("The database cannot be reached."))
        else:
            self._on_ping_succeeded(None)

    # --- connection ----------------------------------------------------------------------------

    def check_connection(self) -> None:
        """Ask the database whether it answers (in the background); send what waits offline."""
        database, outbox = self._services.database, getattr(self._services, "outbox", None)

        def check() -> ConnectionCheck:
            try:
                database.ping()
            except KnownError as error:
                status = outbox.status() if outbox is not None else None
                return ConnectionCheck(
                    error,
                    waiting=status.waiting if status else 0,
                    held=status.held if status else 0,
                    held_problems=status.held_problems if status else (),
                )
            if outbox is None:
                return ConnectionCheck(None)
            sent, held_now = 0, ()
            if outbox.status().waiting:
                report = outbox.replay()
                sent, held_now = report.sent, tuple(e.kind for e in report.held)
                if report.unreachable:
                    status = outbox.status()
                    return ConnectionCheck(
                        KnownError("The database stopped answering while changes were sent."),
                        status.waiting,
                        status.held,
                        status.held_problems,
                        sent,
                        held_now,
                    )
            status = outbox.status()
            return ConnectionCheck(
                None, status.waiting, status.held, status.held_problems, sent, held_now
            )

        self._runner.submit(
            check,
            self._on_check_finished,
            self._on_ping_failed,
            key=f"ping:{id(self)}",
            owner=self,
        )

    def _on_check_finished(self, check: ConnectionCheck) -> None:
        if check.problem is not None:
            self._on_ping_failed(Problem.from_error(check.problem), check.waiting)
        else:
            self._on_ping_succeeded(check)
        if check.sent:
            self.statusBar().showMessage(
                f"{check.sent} change{'s' if check.sent != 1 else ''} made offline "
                "saved to the database.",
                15_000,
            )
        if any(kind.startswith("call.") for kind in check.held_now):
            self.statusBar().showMessage(
                translate(
                    "MainWindow",
                    "A call saved while offline was changed elsewhere meanwhile. Nothing was "
                    "overwritten: resume its draft in the intake to compare and choose.",
                ),
                60_000,
            )
            if self.intake is not None:
                self.intake.check_drafts()

    @property
    def connected_text(self) -> str:
        """What the status bar says about the connection."""
        return self.connection_label.text()

    def _set_database_text(self, location: str) -> None:
        text = translate("MainWindow", "Database: {location}").format(location=location)
        metrics = self.database_label.fontMetrics()
        self.database_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, 420))
        self.database_label.setToolTip(text)
        self.database_label.setAccessibleName(text)

    @Slot(object)
    def _on_ping_succeeded(self, result: object) -> None:
        held = result.held if isinstance(result, ConnectionCheck) else 0
        if held:
            self.connection_label.setText(attention_text(held))
            self.connection_label.setProperty("state", "attention")
            problems = result.held_problems if isinstance(result, ConnectionCheck) else ()
            self.connection_label.setToolTip(
                translate(
                    "MainWindow",
                    "Changes made offline were refused and are kept on this workstation:",
                )
                + "\n"
                + "\n".join(f"• {message_text(p)}" for p in problems)
                + "\n"
                + translate("MainWindow", "Session → Changes kept on this workstation… to decide.")
            )
        else:
            self.connection_label.setText(translate("MainWindow", CONNECTED))
            self.connection_label.setProperty("state", "connected")
            self.connection_label.setToolTip(translate("MainWindow", "The database answered."))
        self._connection_timer.setInterval(CONNECTION_CHECK_MS)
        self._repolish(self.connection_label)

    @Slot(object)
    def _on_ping_failed(self, problem: Problem, waiting: int = 0) -> None:
        self.connection_label.setText(offline_text(waiting))
        self.connection_label.setProperty("state", "disconnected")
        tip = problem.text
        if waiting:
            tip += "\n" + translate(
                "MainWindow",
                "{state}: kept encrypted on this workstation and saved to the database as soon "
                "as it answers again. Keep working; nothing is lost.",
            ).format(state=offline_text(waiting))
        self.connection_label.setToolTip(tip)
        self._connection_timer.setInterval(OFFLINE_CHECK_MS)
        self._repolish(self.connection_label)

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # --- signing out ---------------------------------------------------------------------------

    def sign_out(self) -> None:
        """Close the session in the background, then close the window."""
        if self._session_closed:
            return
        self._session_closed = True
        self.sign_out_action.setEnabled(False)
        if self.intake is not None:
            self.intake.save_before_closing()
        self._runner.submit(
            lambda: self._services.auth.sign_out(self.user),
            self._on_sign_out_finished,
            self._on_sign_out_failed,
        )

    def _on_sign_out_finished(self, _result: object) -> None:
        self._stop()
        self.close()
        self.signed_out.emit()

    def _on_sign_out_failed(self, problem: Problem) -> None:
        # The person leaves the workstation either way; the database could not record it.
        log.warning("sign-out could not be recorded: %s", problem.logged)
        self._on_sign_out_finished(None)

    def discard(self) -> None:
        """Close without ending the session (the caller owns it, e.g. a screenshot)."""
        self._session_closed = True
        self._stop()

    def _stop(self) -> None:
        self._connection_timer.stop()
        self.session_lock.stop()
        if self.reminders is not None:
            self.reminders.stop()
        if self.reminder_notifier is not None:
            self.reminder_notifier.close()

    # --- follow-ups: counts on the rail, reminders -----------------------------------------

    def _start_follow_up_signals(self) -> None:
        """Due and overdue counts on the rail; reminders for whoever claims follow-ups."""
        for row in range(self.rail.count()):
            item = self.rail.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == "follow_ups":
                spec = next(p for p in PAGES if p.key == "follow_ups")
                self.follow_up_counts = FollowUpRailCounts(
                    self._services,
                    self.user,
                    self._runner,
                    self._events,
                    item,
                    translate("MainWindow", spec.name),
                    spec.shortcut,
                    self,
                )
        if self.user.can(Permission.FOLLOW_UP_WORK):
            self.reminder_notifier = ReminderNotifier(self)
            self.reminders = FollowUpReminders(
                self._services, self.user, self._runner, self.reminder_notifier, self
            )
            self.reminders.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window also ends the session (recorded in the background)."""
        if not self._session_closed:
            self._session_closed = True
            if self.intake is not None:
                self.intake.save_before_closing()
            services, user = self._services, self.user
            self._runner.submit(lambda: services.auth.sign_out(user), None, _log_problem)
            self._stop()
            super().closeEvent(event)
            self.quit_requested.emit()
            return
        super().closeEvent(event)

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_rail_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self._show_directory_dock_with_intake()

    def _show_directory_dock_with_intake(self) -> None:
        """The directory beside the call belongs to the Calls page: hidden on the others.

        On another page it would be a second directory, its keys clashing with the page's; it
        comes back with the Calls page if the person had left it open.
        """
        dock = self.directory_dock
        if dock is None:
            return
        on_intake = self.intake is not None and self.current_page() is self.intake
        if not on_intake and not dock.isHidden():
            dock.hide()
            self._dock_left_open = True
        elif on_intake and self._dock_left_open:
            self._dock_left_open = False
            if self.active_call_reference() is not None:
                dock.show()

    @Slot()
    def _on_rail_item_selection_changed(self) -> None:
        # A screen reader selects a rail entry (AT-SPI Selection / the cell's Toggle action)
        # without moving the current row: the selected entry becomes the page shown.
        selected = self.rail.selectedItems()
        if selected:
            row = self.rail.row(selected[0])
            if row != self.rail.currentRow():
                self.rail.setCurrentRow(row)

    @Slot()
    def _on_page_action_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.show_page(str(action.data()))
            page = self.current_page()
            if page is not None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _on_refresh_action_triggered(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
        self.check_connection()

    @Slot()
    def _on_sign_out_action_triggered(self) -> None:
        self.sign_out()

    @Slot()
    def _on_connection_timer_timeout(self) -> None:
        self.check_connection()

    # --- the directory beside the call ----------------------------------------------------------

    def active_call_reference(self) -> str | None:
        """The reference of the call open for editing in the intake workspace, if any."""
        return self.intake.active_call_reference() if self.intake is not None else None

    def open_directory_beside_call(self) -> bool:
        """Show the directory beside the intake (False when no call is open to refer to)."""
        if self.directory_dock is None or self.side_directory is None:
            return False
        if self.active_call_reference() is None:
            return False
        if self.directory_dock.isHidden():
            self.directory_dock.show()
            # A third of the window: the call keeps the room it needs.
            width = max(self.directory_dock.minimumWidth(), self.width() * 3 // 8)
            self.resizeDocks([self.directory_dock], [width], Qt.Orientation.Horizontal)
        self.directory_dock.raise_()
        view = self.side_directory
        view.update_referral_target()
        view.set_caller_location(self.intake.active_caller_location() if self.intake else None)
        if view.stale or not view.model.rowCount():
            view.refresh()
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def refer(self, detail: ServiceDetail, choice: ReferralChoice) -> bool:
        """Add ``detail`` to the open call's referrals; False when no call is open."""
        if self.intake is None:
            return False
        referral = CallReferral(
            id=uuid.uuid4(),
            service_id=detail.id,
            service_name=detail.name,
            organization_name=detail.organization_name,
            phone=detail.phones[0].number if detail.phones else "",
            note=choice.note,
            warm_handoff=choice.warm_handoff,
            given_at=datetime.now(UTC),
            given_by=self.user.account.display_name,
        )
        return self.intake.add_referral(referral)

    @Slot(object)
    def _on_directory_referral_requested(self, detail: object) -> None:
        view = self.sender()
        if not isinstance(detail, ServiceDetail):
            return
        reference = self.active_call_reference()
        target = view if isinstance(view, DirectoryView) else None
        if reference is None:
            if target is not None:
                target.message_bar.show_text(
                    "Open a call in the intake workspace to refer to it.", "problem"
                )
            return
        choice = ReferDialog.ask(self, detail, reference)
        if choice is None:
            return
        if self.refer(detail, choice) and target is not None:
            handoff = " (warm handoff)" if choice.warm_handoff else ""
            target.show_message(f"Referred call {reference} to {detail.name}{handoff}.")
        elif target is not None:
            target.message_bar.show_text(
                "The call is no longer open for editing; the referral was not added.", "problem"
            )

    @Slot()
    def _on_intake_active_call_changed(self) -> None:
        for view in self.directories:
            view.update_referral_target()
        if self.side_directory is not None and self.intake is not None:
            self.side_directory.set_caller_location(self.intake.active_caller_location())

    @Slot()
    def _on_side_directory_dismissed(self) -> None:
        if self.intake is not None:
            self.intake.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_intake_directory_requested(self) -> None:
        if self.open_directory_beside_call():
            return
        if self.show_page("directory"):
            page = self.current_page()
            if page is not None:
                page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _on_intake_page_requested(self) -> None:
        self.show_page("intake")

    @Slot(object)
    def _on_imminent_banner_open_requested(self, call_id: object) -> None:
        if self.intake is not None and isinstance(call_id, uuid.UUID):
            self.show_page("intake")
            self.intake.open_call(call_id)

    @Slot(str, str)
    def _on_events_changed(self, topic: str, _record_id: str) -> None:
        if topic == OUTBOX_TOPIC and not self._session_closed:
            self.check_connection()  # a change was kept offline (or sent): say so at once

    @Slot(object)
    def _on_runner_problem_reported(self, problem: Problem) -> None:
        self.statusBar().showMessage(problem.message, 15_000)

    # --- the idle lock, the daily check, two-step sign-in, break glass ---------------------------

    @property
    def locked(self) -> bool:
        """True while the lock screen hides the window."""
        return self.session_lock.locked

    @Slot(bool)
    def _on_session_lock_lock_changed(self, locked: bool) -> None:
        if locked:
            self._hidden_docks = [
                dock for dock in self.findChildren(QDockWidget) if dock.isVisible()
            ]
            for dock in self._hidden_docks:
                dock.hide()
            self.shell.setCurrentWidget(self.session_lock.screen)
            self.menuBar().hide()
            self.statusBar().hide()
            if self.reminders is not None:
                self.reminders.stop()  # no follow-up details in the tray over a lock screen
            return
        if self.reminders is not None:
            self.reminders.start()  # reminders that fell due meanwhile come now
        self.shell.setCurrentIndex(0)
        self.menuBar().show()
        self.statusBar().show()
        for dock in self._hidden_docks:
            dock.show()
        self._hidden_docks = []

    @Slot()
    def _on_session_lock_sign_out_requested(self) -> None:
        self.sign_out()

    @Slot()
    def _on_lock_action_triggered(self) -> None:
        self.session_lock.lock()

    @Slot()
    def _on_two_step_action_triggered(self) -> None:
        TwoStepDialog.ask(self, self._services.auth, self.user, self._runner)

    @Slot()
    def _on_kept_changes_action_triggered(self) -> None:
        self.show_kept_changes()

    def show_kept_changes(self) -> None:
        """The changes kept on this workstation, to retry or discard the held ones."""
        outbox = getattr(self._services, "outbox", None)
        if outbox is None:
            return
        KeptChangesDialog.ask(self, outbox, self.user, self._runner, self.check_connection)
        self.check_connection()

    @Slot()
    def _on_break_glass_review_action_triggered(self) -> None:
        BreakGlassReviewDialog.ask(self, self._services.break_glass, self.user, self._runner)


def _log_problem(problem: Problem) -> None:
    log.warning("sign-out on close could not be recorded: %s", problem.logged)
