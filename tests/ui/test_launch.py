"""The entry points: run_gui's flow, the start-up benchmark hook, and screenshots."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from counselor_app import APP_ID, APP_NAME
from counselor_app.app import AppContext
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role, SignedInUser, StaffAccount
from counselor_app.domain.errors import DatabaseUnavailableError, KnownError
from counselor_app.ui import i18n, launch
from counselor_app.ui.first_run import FirstAdministratorDialog
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Problem
from counselor_app.ui.sign_in import SignInDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.data import add_call, add_follow_up, add_service, now


@pytest.fixture
def app_state(qapp: QApplication) -> Iterator[QApplication]:
    """run_gui changes application-wide state; put it back afterwards."""
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield qapp
    qapp.setQuitOnLastWindowClosed(quit_on_close)
    qapp.setStyleSheet("")


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_create_application_reuses_the_running_one(qapp: QApplication) -> None:
    app = launch.create_application(["counselor-app"])
    assert app is qapp
    assert app.applicationName() == APP_NAME
    assert app.desktopFileName() == APP_ID
    assert QLocale().name() == "en_US"


def test_run_gui_first_run_sign_in_window_sign_out_and_quit(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def create_admin(_parent: object, services: AppContext, _runner: object) -> StaffAccount:
        calls.append("first-run")
        return services.auth.create_first_administrator("robin", "Robin Admin", ADMIN_PASSWORD)

    def sign_in(
        _parent: object, services: AppContext, _runner: object, username: str = ""
    ) -> SignedInUser | None:
        calls.append(f"sign-in:{username}")
        if len(calls) > 2:
            return None  # after signing out, the person walks away: quit
        user = services.auth.sign_in(username, ADMIN_PASSWORD)
        QTimer.singleShot(0, lambda: main_windows()[0].sign_out())
        return user

    monkeypatch.setattr(FirstAdministratorDialog, "ask", create_admin)
    monkeypatch.setattr(SignInDialog, "ask", sign_in)
    assert launch.run_gui(lambda: sqlite_ctx, ["counselor-app"], Settings()) == 0
    assert calls == ["first-run", "sign-in:robin", "sign-in:robin"]
    assert not app_state.quitOnLastWindowClosed()


def test_run_gui_start_failure_is_told_calmly(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Broken:
        policy = sqlite_ctx.auth.policy

        def needs_first_administrator(self) -> bool:
            raise DatabaseUnavailableError("The database file cannot be opened.", "Check it.")

    shown: list[Problem] = []
    monkeypatch.setattr(
        launch.ProblemDialog, "ask", lambda _p, _title, problem: shown.append(problem)
    )
    ctx = _replace(sqlite_ctx, auth=Broken())
    assert launch.run_gui(lambda: ctx, ["counselor-app"], Settings()) == launch.EXIT_ERROR
    assert [p.text for p in shown] == ["The database file cannot be opened.\nCheck it."]


def test_bench_startup_reports_shown_then_ready(
    app_state: QApplication, sqlite_ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[str] = []

    def open_services() -> AppContext:
        opened.append("opened")
        return sqlite_ctx

    assert launch.run_gui(open_services, ["counselor-app"], Settings(), bench_startup=True) == 0
    out = capsys.readouterr().out
    # The window is shown first, then the database opens, then the app exits.
    assert out.index(launch.BENCH_SHOWN_MARKER) < out.index(launch.BENCH_READY_MARKER)
    assert opened == ["opened"]


def test_sign_in_window_shows_before_the_database_opens_then_signs_in(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sqlite_ctx.auth.create_first_administrator("robin", "Robin Admin", ADMIN_PASSWORD)
    seen: list[str] = []
    window_seen = threading.Event()

    def open_services() -> AppContext:
        # Opening the database waits until the sign-in window has been seen on screen.
        assert window_seen.wait(30)
        return sqlite_ctx

    def visible_sign_in() -> SignInDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.isVisible():
                return widget
        return None

    def drive() -> None:
        dialog = visible_sign_in()
        windows = main_windows()
        if dialog is not None and not seen:
            seen.append(dialog.database_note.text())  # shown before the database is open
            window_seen.set()
        if dialog is not None and dialog.accept_button.isEnabled() and not dialog.busy:
            dialog.username.setText("robin")
            dialog.password.setText(ADMIN_PASSWORD)
            dialog.submit()
        elif windows:
            seen.append(windows[0].windowTitle())
            windows[0].sign_out()
            return
        QTimer.singleShot(10, drive)

    monkeypatch.setattr(SignInDialog, "ask", lambda *_args, **_kw: None)  # after sign-out: quit
    QTimer.singleShot(0, drive)
    assert launch.run_gui(open_services, ["counselor-app"], Settings()) == 0
    assert seen[0] == "Opening the database…"
    assert any(APP_NAME in text for text in seen[1:])


def test_render_screenshot_writes_a_png_of_the_requested_size(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    tmp_path: Path,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    call = add_call(sqlite_ctx, casey)
    add_follow_up(sqlite_ctx, call, casey, due_end=now())
    add_service(sqlite_ctx, "Food Pantry", "Community Food Network")
    path = tmp_path / "shot.png"
    launch.render_screenshot(sqlite_ctx, sqlite_staff[Role.ADMINISTRATOR], path, (1024, 700))
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1024, 700)
    assert path.stat().st_size > 10_000
    assert main_windows() == [] or all(not w.isVisible() for w in main_windows())
    # the user is still signed in: the caller owns the session
    entries = sqlite_ctx.audit.recent(sqlite_ctx.database, sqlite_staff[Role.ADMINISTRATOR])
    assert all(e.action.value != "sign_out" for e in entries)


def test_render_screenshot_follows_the_language_setting(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sqlite_ctx, "settings", replace(sqlite_ctx.settings, language="es"))
    try:
        launch.render_screenshot(sqlite_ctx, sqlite_staff[Role.COUNSELOR], tmp_path / "es.png")
        assert QCoreApplication.translate("MainWindow", "&Session") == "&Sesión"
    finally:
        i18n.install_language("en")
    assert QCoreApplication.translate("MainWindow", "&Session") == "&Session"


def test_render_screenshot_of_a_page_the_role_cannot_open(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    tmp_path: Path,
) -> None:
    with pytest.raises(KnownError, match="not available to this account"):
        launch.render_screenshot(
            sqlite_ctx, sqlite_staff[Role.COUNSELOR], tmp_path / "x.png", page="admin"
        )
    assert not (tmp_path / "x.png").exists()


def test_render_screenshot_into_a_missing_folder_is_a_known_error(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    tmp_path: Path,
) -> None:
    with pytest.raises(KnownError, match="could not be written"):
        launch.render_screenshot(
            sqlite_ctx, sqlite_staff[Role.COUNSELOR], tmp_path / "missing" / "x.png"
        )


def _replace(ctx: AppContext, **changes: object) -> AppContext:
    import dataclasses

    return dataclasses.replace(ctx, **changes)  # type: ignore[arg-type]


def test_a_password_chosen_by_an_administrator_is_replaced_before_the_window_opens(
    app_state: QApplication,
    sqlite_ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from counselor_app.ui.sign_in.change_password import ChangePasswordDialog

    sqlite_ctx.auth.create_first_administrator("robin", "Robin Admin", ADMIN_PASSWORD)
    admin = sqlite_ctx.auth.sign_in("robin", ADMIN_PASSWORD)
    sqlite_ctx.accounts.add_account(
        admin, "casey", "Casey C", Role.COUNSELOR, "phrase set by admin"
    )
    events: list[str] = []
    answers = iter([False, True])  # first refuses to change it, then changes it

    def change(
        _parent: object, auth: object, _blocklist: object, user: SignedInUser, _runner: object
    ) -> bool:
        events.append(f"change:{user.account.username}")
        return next(answers)

    def sign_in(
        _parent: object, services: AppContext, _runner: object, username: str = ""
    ) -> SignedInUser | None:
        events.append(f"sign-in:{username}")
        if len(events) > 4:
            return None
        return services.auth.sign_in("casey", "phrase set by admin")

    def after_window() -> None:
        windows = main_windows()
        if windows:
            events.append("window")
            windows[0].sign_out()
            return
        QTimer.singleShot(10, after_window)

    monkeypatch.setattr(ChangePasswordDialog, "ask", change)
    monkeypatch.setattr(SignInDialog, "ask", sign_in)
    launcher_services = sqlite_ctx

    def open_services() -> AppContext:
        return launcher_services

    def first_sign_in() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SignInDialog) and widget.accept_button.isEnabled():
                widget.username.setText("casey")
                widget.password.setText("phrase set by admin")
                widget.submit()
                QTimer.singleShot(10, after_window)
                return
        QTimer.singleShot(10, first_sign_in)

    QTimer.singleShot(0, first_sign_in)
    assert launch.run_gui(open_services, ["counselor-app"], Settings()) == 0
    # Refusing to choose a password leads back to sign-in; choosing one opens the window.
    assert events[:4] == ["change:casey", "sign-in:casey", "change:casey", "window"]
