"""Entry points the command line uses: run the desktop application, or render a screenshot.

``run_gui`` shows the sign-in window at once and opens the database behind it: the function it
is given builds the services (imports, keyring, schema check) on a worker thread. On an empty
database the first-administrator dialog replaces the sign-in window; on a workstation that is not
enrolled for the database, the not-enrolled panel does (until an enrollment file is imported);
after sign-in comes the main window; signing out returns to the sign-in dialog.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counselor_app import APP_ID, APP_NAME, __version__
from counselor_app.config import Settings, resources_dir
from counselor_app.domain.accounts import SignedInUser, StaffAccount
from counselor_app.domain.errors import KnownError
from counselor_app.domain.first_run import NextStep
from counselor_app.ui.context import AppServices
from counselor_app.ui.enrollment import NotEnrolledPanel
from counselor_app.ui.events import AppEvents
from counselor_app.ui.first_run import FirstAdministratorDialog, FirstRunPort, FirstRunWizard
from counselor_app.ui.i18n import install_language, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.sign_in import SignInDialog
from counselor_app.ui.sign_in.change_password import ChangePasswordDialog
from counselor_app.ui.theme import apply_settings

if TYPE_CHECKING:  # imported when first needed: the sign-in dialog shows without it
    from counselor_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
BENCH_SHOWN_MARKER = "bench: window shown"
"""Printed by ``--bench-startup`` once the sign-in window is on screen (see bench/startup.py)."""
BENCH_READY_MARKER = "bench: ready"
"""Printed by ``--bench-startup`` once the database is open and sign-in can be submitted."""

DEFAULT_LOCALE = "en_US"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The ``QApplication``: the existing one (tests) or a new one, named and localised."""
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise RuntimeError("a non-GUI QCoreApplication already exists")
        app = existing
    else:
        app = QApplication(list(argv) if argv else [APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # = packaging/linux/<APP_ID>.desktop
    app.setWindowIcon(application_icon())
    set_locale(DEFAULT_LOCALE)
    return app


def application_icon() -> QIcon:
    """The application's icon (``resources/icons/<APP_ID>.svg``, the .desktop file's icon)."""
    return QIcon(str(resources_dir() / "icons" / f"{APP_ID}.svg"))


def set_locale(name: str) -> None:
    """Make ``name`` (``en_US``, ``es_US``...) the default locale; unknown names give en_US."""
    locale = QLocale(name)
    if locale.language() == QLocale.Language.C:
        locale = QLocale(DEFAULT_LOCALE)
    QLocale.setDefault(locale)


class ProblemDialog(QMessageBox):
    """A modal message for a problem that stops the application from going on."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, problem: Problem) -> None:
        """Show ``problem`` (message, reasons, hint; never a traceback) until acknowledged."""
        box = cls(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(problem.message)
        rest = problem.text.removeprefix(problem.message).strip()
        if rest:
            box.setInformativeText(rest)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


class Launcher(QObject):
    """Drives the start: first administrator, sign-in, main window, and back after sign-out."""

    def __init__(
        self,
        open_services: Callable[[], AppServices],
        runner: Runner,
        settings: Settings,
        *,
        bench_startup: bool = False,
        first_run: FirstRunPort | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._first_run = first_run
        self._open_services = open_services
        self._runner = runner
        self._settings = settings
        self._bench = bench_startup
        self._services: AppServices | None = None
        self.events: AppEvents | None = None
        self.window: MainWindow | None = None
        self.first_dialog: SignInDialog | None = None
        self.exit_code = EXIT_OK

    @property
    def services(self) -> AppServices:
        """The services, once the database is open."""
        if self._services is None:
            raise RuntimeError("the services are not open yet")
        return self._services

    def start(self) -> None:
        """Show the sign-in window now; open the database behind it (or the first-run wizard)."""
        if self._first_run is not None:
            QTimer.singleShot(0, self._run_first_run)
            return
        dialog = SignInDialog(None, self._runner)
        self.first_dialog = dialog
        dialog.show()
        if self._bench:
            QTimer.singleShot(0, self._bench_shown)
        QTimer.singleShot(0, self._open_in_background)

    def _open_in_background(self) -> None:
        open_services = self._open_services

        def open_and_check() -> tuple[AppServices, bool, bool]:
            services = open_services()
            needs_first_administrator = services.auth.needs_first_administrator()
            return services, needs_first_administrator, services.enrollment.status().enrolled

        self._runner.submit(open_and_check, self._on_services_opened, self._on_start_failed)

    @Slot(object)
    def _on_services_opened(self, result: tuple[AppServices, bool, bool]) -> None:
        services, needs_first_administrator, enrolled = result
        self._services = services
        if self._bench:
            _bench_say(BENCH_READY_MARKER)
            if self.first_dialog is not None:
                _dispose(self.first_dialog)
                self.first_dialog = None
            self._exit(EXIT_OK)
            return
        self.events = AppEvents(services.events, services.settings.refresh_seconds, self)
        dialog, self.first_dialog = self.first_dialog, None
        # Leave the runner's callback before opening a modal dialog.
        if not enrolled:
            # Nothing sensitive can be shown here: say so instead of signing in.
            if dialog is not None:
                _dispose(dialog)
            QTimer.singleShot(0, lambda: self._ask_enrollment(needs_first_administrator))
            return
        if needs_first_administrator or dialog is None:
            if dialog is not None:
                _dispose(dialog)
            QTimer.singleShot(0, self._ask_first_administrator)
            return
        dialog.attach(services)
        QTimer.singleShot(0, lambda: self._finish_sign_in(dialog))

    def _finish_sign_in(self, dialog: SignInDialog) -> None:
        accepted = dialog.exec() == SignInDialog.DialogCode.Accepted
        user = dialog.user if accepted else None
        _dispose(dialog)
        if user is None:
            self._exit(EXIT_OK)
            return
        self._after_sign_in(user)

    @Slot(object)
    def _on_start_failed(self, problem: Problem) -> None:
        if self.first_dialog is not None:
            _dispose(self.first_dialog)
            self.first_dialog = None
        ProblemDialog.ask(
            None, translate("Common", "{app} cannot start").format(app=APP_NAME), problem
        )
        self._exit(EXIT_ERROR)

    def _run_first_run(self) -> None:
        """The first-run wizard; then the main window, sign-in or enrollment it leads to."""
        assert self._first_run is not None
        outcome = FirstRunWizard.ask(None, self._first_run, self._runner)
        if outcome is None:
            self._exit(EXIT_OK)
            return
        services = outcome.services
        self._services = services
        self.events = AppEvents(services.events, services.settings.refresh_seconds, self)
        if outcome.next_step is NextStep.ENROLL:
            self._ask_enrollment(outcome.needs_first_administrator)
        elif outcome.user is not None:
            self._after_sign_in(outcome.user)
        else:
            self.sign_in()

    def _ask_enrollment(self, needs_first_administrator: bool) -> None:
        """The not-enrolled panel; once an enrollment file is imported, the normal start."""
        enrolled = NotEnrolledPanel.ask(None, self.services, self._runner)
        if enrolled is None:
            self._exit(EXIT_OK)
            return
        if needs_first_administrator:
            self._ask_first_administrator()
        else:
            self.sign_in()

    def _ask_first_administrator(self) -> None:
        account: StaffAccount | None = FirstAdministratorDialog.ask(
            None, self.services, self._runner
        )
        if account is None:
            self._exit(EXIT_OK)
            return
        self.sign_in(account.username)

    def sign_in(self, username: str = "") -> None:
        """Ask for credentials; open the main window, or quit when the person cancels."""
        user = SignInDialog.ask(None, self.services, self._runner, username)
        if user is None:
            self._exit(EXIT_OK)
            return
        self._after_sign_in(user)

    def _after_sign_in(self, user: SignedInUser) -> None:
        """Open the main window; first, a password an administrator chose is replaced."""
        if user.account.must_change_password:
            auth = self.services.auth
            changed = ChangePasswordDialog.ask(
                None, auth, auth.policy.blocklist, user, self._runner
            )
            if not changed:
                # Not without a password of one's own: back to the sign-in window.
                self._runner.submit(lambda: auth.sign_out(user))
                username = user.account.username
                QTimer.singleShot(0, lambda: self.sign_in(username))
                return
        self.open_window(user)

    def open_window(self, user: SignedInUser) -> MainWindow:
        """Show the main window for ``user``."""
        from counselor_app.ui.main_window import MainWindow

        assert self.events is not None
        window = MainWindow(self.services, user, self._runner, self.events)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        window.signed_out.connect(self._on_window_signed_out)
        window.quit_requested.connect(self._on_window_quit_requested)
        self.window = window
        window.show()
        # The sign-in dialog had the keyboard; hand it to the main window (a desktop without a
        # window manager, or one that does not pass it on, would leave no window active and
        # keyboard and screen-reader focus nowhere).
        window.activateWindow()
        return window

    @Slot()
    def _on_window_signed_out(self) -> None:
        username = self.window.user.account.username if self.window is not None else ""
        self.window = None
        QTimer.singleShot(0, lambda: self.sign_in(username))

    @Slot()
    def _on_window_quit_requested(self) -> None:
        self.window = None
        self._exit(EXIT_OK)

    def _bench_shown(self) -> None:
        _bench_say(BENCH_SHOWN_MARKER)

    def _exit(self, code: int) -> None:
        self.exit_code = code
        QCoreApplication.exit(code)

    def on_unhandled_exception(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """``sys.excepthook``: log a bug with its traceback; tell the person calmly."""
        if isinstance(value, KnownError):
            problem = Problem.from_error(value)
        else:
            log.error("unexpected error in the user interface", exc_info=(kind, value, tb))
            problem = Problem.unexpected()
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_NAME, problem.message, QMessageBox.StandardButton.Ok
        )
        box.setInformativeText(problem.text.removeprefix(problem.message).strip())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setModal(False)
        box.show()


def _bench_say(marker: str) -> None:
    sys.stdout.write(marker + "\n")
    sys.stdout.flush()


def _dispose(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()


def run_gui(
    open_services: Callable[[], AppServices],
    argv: list[str],
    settings: Settings,
    *,
    bench_startup: bool = False,
    first_run: FirstRunPort | None = None,
) -> int:
    """Run the desktop application until the person quits; return the exit code.

    ``open_services`` builds the ``AppContext`` with its schema prepared; it runs on a worker
    thread while the sign-in window is already on screen. A ``KnownError`` it raises (no
    keyring, database unreachable) is shown to the person and the application exits with 1.
    ``bench_startup`` prints ``BENCH_SHOWN_MARKER`` when the sign-in window is on screen and
    ``BENCH_READY_MARKER`` when the database is open, then exits (for bench/startup.py).
    ``first_run`` (an empty machine): the first-run wizard opens the database instead.
    """
    app = create_application(argv)
    set_locale(settings.locale)
    install_language(settings.language)  # after the locale: Spanish makes it Spanish too
    apply_settings(app, settings)
    app.setQuitOnLastWindowClosed(False)
    runner = Runner(app)
    launcher = Launcher(
        open_services,
        runner,
        settings,
        bench_startup=bench_startup,
        first_run=first_run,
        parent=app,
    )
    previous_hook = sys.excepthook
    sys.excepthook = launcher.on_unhandled_exception
    try:
        QTimer.singleShot(0, launcher.start)
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        if launcher.window is not None:
            launcher.window.close()  # records the sign-out through the runner...
        if launcher.events is not None:
            launcher.events.close()
        runner.shutdown()  # ...which waits for it
    return int(code)


def render_screenshot(
    services: AppServices,
    user: SignedInUser,
    path: Path,
    size: tuple[int, int] = (1280, 800),
    *,
    page: str | None = None,
) -> None:
    """Render the main window for ``user`` offscreen, with its data loaded, to a PNG file.

    Works with or without an existing ``QApplication``. ``page`` (``intake``, ``follow_ups``,
    ``directory``, ``reports``, ``admin``) picks the page shown; default: the first one.
    Does not sign the user out (the caller owns the session).
    """
    from counselor_app.ui.main_window import MainWindow

    app = create_application([APP_NAME])
    set_locale(services.settings.locale)
    install_language(services.settings.language)  # as run_gui does
    apply_settings(app, services.settings)
    width, height = size
    runner = Runner()
    events = AppEvents(None, 0)
    window = MainWindow(services, user, runner, events)
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.setMinimumSize(QSize(min(width, 640), min(height, 480)))
        window.resize(width, height)
        if page is not None and not window.show_page(page):
            raise KnownError(f"The page '{page}' is not available to this account.")
        window.load_all_now()
        window.show()
        _settle(app)
        image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        window.render(image)
        path = Path(path)
        saved = image.save(str(path), "PNG")  # type: ignore[call-overload]
        if not saved:
            raise KnownError(
                f"The screenshot could not be written to {path}.",
                "Check that the folder exists and is writable.",
            )
    finally:
        window.discard()
        window.close()
        events.close()
        runner.shutdown()
        window.deleteLater()
        events.deleteLater()
        runner.deleteLater()
        _settle(app)


def _settle(app: QApplication) -> None:
    """Let pending layout and paint events run."""
    app.sendPostedEvents()
    app.processEvents()
