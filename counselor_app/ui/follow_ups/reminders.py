"""A desktop reminder when a follow-up I claimed comes due.

Every minute the follow-ups assigned to me are read (through the runner); each one whose due
window has opened is announced once per session: in the system tray when there is one, else in
the main window's status bar. The message names the call reference and the initials only.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QStyle, QSystemTrayIcon

from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.follow_ups import FollowUpStatus, FollowUpSummary, QueueView
from counselor_app.ui.context import AppServices
from counselor_app.ui.follow_ups.models import summary_due_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Problem, Runner

CHECK_INTERVAL_MS = 60_000
"""How often the claimed follow-ups are checked."""
STATUS_MESSAGE_MS = 60_000
"""How long a reminder stays in the status bar when there is no system tray."""
TITLE = QT_TRANSLATE_NOOP("FollowUps", "Follow-up due")
MANY = 3
"""More reminders than this at once become one message."""

Notify = Callable[[str, str], None]
"""``notify(title, message)``."""


def due_reminders(
    follow_ups: Iterable[FollowUpSummary],
    me: uuid.UUID,
    now: datetime,
    already: Iterable[uuid.UUID] = (),
) -> list[FollowUpSummary]:
    """The follow-ups to remind ``me`` of at ``now``.

    Claimed by me, still open, the due window has opened, and not reminded of before.
    """
    done = set(already)
    return [
        f
        for f in follow_ups
        if f.status is FollowUpStatus.CLAIMED
        and f.assigned_to == me
        and f.due_start <= now
        and f.id not in done
    ]


def reminder_text(summary: FollowUpSummary, now: datetime) -> str:
    """``Call C-260301-A1B2C3 (JD): due today by 5:00 PM.`` -- reference and initials only."""
    initials = f" ({summary.client_initials})" if summary.client_initials else ""
    due = summary_due_text(summary, now)
    return translate("FollowUps", "Call {reference}{initials}: {due}.").format(
        reference=summary.call_reference, initials=initials, due=f"{due[0].lower()}{due[1:]}"
    )


def reminder_messages(due: Sequence[FollowUpSummary], now: datetime) -> list[str]:
    """One message per follow-up, or a single one when there are many."""
    if len(due) > MANY:
        references = ", ".join(f.call_reference for f in due)
        return [
            translate("FollowUps", "{count} follow-ups you claimed are due: {references}.").format(
                count=len(due), references=references
            )
        ]
    return [reminder_text(f, now) for f in due]


class FollowUpReminders(QObject):
    """Checks my claimed follow-ups every minute and reminds me once of each that is due."""

    reminded = Signal(str, str)
    """``(title, message)`` of each reminder given."""

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        notify: Notify,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._runner = runner
        self._notify = notify
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.reminded_ids: set[uuid.UUID] = set()
        self._timer = QTimer(self)
        self._timer.setObjectName("followUpReminderTimer")
        self._timer.setInterval(interval_ms)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        """True while the minute timer runs."""
        return self._timer.isActive()

    def start(self) -> None:
        """Check now, then every minute."""
        self._timer.start()
        QTimer.singleShot(0, self, self.check)

    def stop(self) -> None:
        """Stop checking."""
        self._timer.stop()

    def check(self) -> None:
        """Read my follow-ups in the background and remind me of those newly due."""
        user, follow_ups, now = self._user, self._services.follow_ups, self.clock()
        self._runner.submit(
            lambda: (now, follow_ups.queue(user, QueueView.MINE, now=now)),
            self._on_mine_loaded,
            self._on_mine_failed,
            key=f"reminders:{id(self)}",
            owner=self,
        )

    def remind(self, follow_ups: Sequence[FollowUpSummary], now: datetime) -> list[str]:
        """Give the reminders due at ``now``; returns the messages given."""
        due = due_reminders(follow_ups, self._user.id, now, self.reminded_ids)
        self.reminded_ids.update(f.id for f in due)
        messages = reminder_messages(due, now)
        for message in messages:
            title = translate("FollowUps", TITLE)
            self._notify(title, message)
            self.reminded.emit(title, message)
        return messages

    @Slot(object)
    def _on_mine_loaded(self, result: tuple[datetime, list[FollowUpSummary]]) -> None:
        now, follow_ups = result
        self.remind(follow_ups, now)

    @Slot(object)
    def _on_mine_failed(self, _problem: Problem) -> None:
        """The queue page shows database problems; the next minute tries again."""

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.check()


class ReminderNotifier(QObject):
    """Shows reminders in the system tray, or in the window's status bar when there is none."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(window.windowTitle())
            self.tray.show()

    @property
    def uses_tray(self) -> bool:
        """True when reminders go to the system tray."""
        return self.tray is not None and QSystemTrayIcon.supportsMessages()

    def __call__(self, title: str, message: str) -> None:
        """Show one reminder."""
        if self.tray is not None and self.uses_tray:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, 15_000)
            return
        self._window.statusBar().showMessage(f"{title}: {message}", STATUS_MESSAGE_MS)

    def close(self) -> None:
        """Remove the tray icon."""
        if self.tray is not None:
            self.tray.hide()
