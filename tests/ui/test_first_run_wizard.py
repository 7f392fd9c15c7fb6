"""The first-run wizard, driven for real: embedded and shared databases, errors, cancel, launch."""

from __future__ import annotations

import json
import socket
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from counselor_app.app import database_password_key
from counselor_app.config import Settings, load_settings, settings_path
from counselor_app.domain.directory import DirectoryQuery
from counselor_app.domain.first_run import NextStep, SharedDatabase
from counselor_app.first_run import FirstRunSetup, embedded_database_path, needs_first_run
from counselor_app.services.credentials import SERVICE
from counselor_app.ui import launch
from counselor_app.ui.directory.transfer_dialogs import ImportDialog
from counselor_app.ui.first_run import FirstRunOutcome, FirstRunWizard
from counselor_app.ui.first_run.wizard import (
    ADMINISTRATOR_PAGE,
    DATABASE_PAGE,
    DIRECTORY_PAGE,
    EXISTING_PAGE,
    TOUR_PAGES,
)
from counselor_app.ui.main_window import MainWindow
from counselor_app.ui.ops import Runner
from tests.conftest import ADMIN_PASSWORD, FAST_HASHER, PG_URL, require_postgres
from tests.support.cluster_fixtures import pg_cluster  # noqa: F401 - a fixture
from tests.support.keyrings import MemoryKeyring
from tests.support.pg_cluster import ThrowawayCluster

PACKAGE = Path(__file__).resolve().parents[1] / "fixtures" / "hsds" / "package"
PG_PASSWORD = "tidal-copper-orchard-91"


@pytest.fixture
def empty_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config and data folders of their own, empty: a machine where nothing was set up."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert needs_first_run()
    return tmp_path


@pytest.fixture
def setup(empty_machine: Path, memory_keyring: MemoryKeyring) -> Iterator[FirstRunSetup]:
    """The composition root's side of the wizard, on the in-memory keyring."""
    port = FirstRunSetup(Settings(), keyring_backend=memory_keyring, password_hasher=FAST_HASHER)
    yield port
    if port.opened is not None:
        port.opened.close()


@pytest.fixture
def wizard(qtbot: QtBot, setup: FirstRunSetup, runner: Runner) -> FirstRunWizard:
    """The wizard, shown (not modal, so the test can drive it)."""
    w = FirstRunWizard(setup, runner)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    return w


@pytest.fixture
def fresh_pg_database() -> Iterator[str]:
    """A new, empty database on the shared server (dropped afterwards); its name."""
    require_postgres()
    name = f"fr_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def press_next(qtbot: QtBot, w: FirstRunWizard) -> None:
    """Enter: the wizard's default button (Next, Create administrator or Finish)."""
    focus = QApplication.focusWidget() or w
    qtbot.keyClick(focus, Qt.Key.Key_Return)


def wait_page(qtbot: QtBot, w: FirstRunWizard, page_id: int) -> None:
    qtbot.waitUntil(lambda: w.currentId() == page_id and not w.busy, timeout=20_000)


def fill_shared(
    qtbot: QtBot, w: FirstRunWizard, *, port: int, database: str, user: str, password: str
) -> None:
    page = w.database_page
    page.shared_button.setFocus()
    qtbot.keyClick(page.shared_button, Qt.Key.Key_Space)
    assert page.shared_fields.isEnabled()
    qtbot.keyClicks(page.host, "127.0.0.1")
    page.port.setValue(port)
    page.database.clear()
    qtbot.keyClicks(page.database, database)
    qtbot.keyClicks(page.user, user)
    qtbot.keyClicks(page.password, password)
    page.tls_mode.setCurrentText("disable")


def create_administrator(qtbot: QtBot, w: FirstRunWizard) -> None:
    page = w.administrator_page
    assert QApplication.focusWidget() is page.username
    qtbot.keyClicks(page.username, "robin")
    qtbot.keyClick(page.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Robin Admin")
    qtbot.keyClick(page.full_name, Qt.Key.Key_Tab)
    assert page.passwords is not None
    qtbot.keyClicks(page.passwords.password, ADMIN_PASSWORD)
    qtbot.keyClicks(page.passwords.confirm, ADMIN_PASSWORD)
    page.passwords.confirm.setFocus()
    press_next(qtbot, w)


def close_import_when_done(qtbot: QtBot) -> None:
    """From inside the import dialog's modal loop: close it once the import has finished."""

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ImportDialog) and not dialog.running and dialog.report is not None:
            dialog.close_button.click()
            return
        QTimer.singleShot(20, check)

    QTimer.singleShot(0, check)


def test_every_input_has_a_label_that_names_it(wizard: FirstRunWizard) -> None:
    for page_id in (DATABASE_PAGE, ADMINISTRATOR_PAGE, DIRECTORY_PAGE, *TOUR_PAGES):
        page = wizard.page(page_id)
        for field in page.findChildren(QLineEdit):
            if isinstance(field.parent(), QAbstractSpinBox):
                continue  # the spin box's own editor: the spin box is labelled
            assert field.accessibleName(), field.objectName()
            buddies = [label for label in page.findChildren(QLabel) if label.buddy() is field]
            assert buddies, f"{field.objectName()} has no visible label"
    assert wizard.database_page.port.accessibleName() == "Port"
    assert wizard.database_page.tls_mode.accessibleName() == "TLS mode"
    assert wizard.database_page.embedded_button.isChecked()  # the embedded database by default


def test_embedded_path_end_to_end_lands_on_the_main_window(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    setup: FirstRunSetup,
    runner: Runner,
    empty_machine: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    press_next(qtbot, wizard)  # the embedded database, created on Next
    wait_page(qtbot, wizard, ADMINISTRATOR_PAGE)
    assert embedded_database_path().exists()
    assert embedded_database_path().is_relative_to(empty_machine)
    assert not settings_path().exists()  # nothing written before Finish
    create_administrator(qtbot, wizard)
    wait_page(qtbot, wizard, DIRECTORY_PAGE)
    assert wizard.administrator_page.user is not None
    assert not wizard.button(wizard.WizardButton.BackButton).isEnabled()  # committed
    wizard.directory_page.path.setText(str(PACKAGE))
    close_import_when_done(qtbot)
    press_next(qtbot, wizard)
    wait_page(qtbot, wizard, TOUR_PAGES[0])
    report = wizard.directory_page.report
    assert report is not None and report.applied
    skip = wizard.button(wizard.WizardButton.CustomButton1)
    assert skip.isVisible() and skip.text() == "S&kip tour"
    # The keyboard starts on Next; Skip tour is a button like it (Tab to it, Space). Alt+K works
    # on a desktop; offscreen, activation does not come back after the import dialog.
    qtbot.waitUntil(lambda: wizard.focusWidget() is wizard.button(wizard.WizardButton.NextButton))
    skip.setFocus()
    qtbot.keyClick(skip, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    outcome = wizard.outcome
    assert outcome is not None and outcome.next_step is NextStep.MAIN_WINDOW
    assert outcome.user is not None and outcome.user.account.username == "robin"
    assert load_settings().database_url == ""  # the embedded database, now a saved choice
    assert settings_path().exists()
    assert not needs_first_run()
    services = setup.services
    hits = services.directory.search(outcome.user, DirectoryQuery())
    assert hits  # the imported directory answers a search

    # The launcher takes the outcome to the main window, already signed in.
    monkeypatch.setattr(FirstRunWizard, "ask", lambda *_args: outcome)
    launcher = launch.Launcher(
        lambda: pytest.fail("the database is opened by the wizard"),  # type: ignore[arg-type,return-value]
        runner,
        Settings(),
        first_run=setup,
    )
    launcher._run_first_run()
    window = launcher.window
    assert isinstance(window, MainWindow)
    assert window.user.account.username == "robin"
    window.discard()
    window.close()
    assert launcher.events is not None
    launcher.events.close()


def test_shared_database_password_goes_to_the_keyring_not_the_settings(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    setup: FirstRunSetup,
    memory_keyring: MemoryKeyring,
    fresh_pg_database: str,
) -> None:
    fill_shared(
        qtbot, wizard, port=5432, database=fresh_pg_database, user="postgres", password=PG_PASSWORD
    )
    qtbot.mouseClick(wizard.database_page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "works" in wizard.database_page.message_bar.text(), timeout=20_000)
    assert not memory_keyring.secrets  # a test connection stores nothing
    wizard.database_page.password.setFocus()
    press_next(qtbot, wizard)
    wait_page(qtbot, wizard, ADMINISTRATOR_PAGE)
    create_administrator(qtbot, wizard)
    wait_page(qtbot, wizard, DIRECTORY_PAGE)
    wizard.directory_page.skip_button.setChecked(True)
    press_next(qtbot, wizard)
    for page_id in TOUR_PAGES[:-1]:
        wait_page(qtbot, wizard, page_id)  # through the whole tour
        wizard.button(wizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == TOUR_PAGES[-1])
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert wizard.outcome is not None
    url = SharedDatabase("127.0.0.1", 5432, fresh_pg_database, "postgres", "disable").url()
    saved = settings_path().read_text(encoding="utf-8")
    assert json.loads(saved)["database_url"] == url
    assert PG_PASSWORD not in saved
    assert memory_keyring.secrets[(SERVICE, database_password_key(url))] == PG_PASSWORD


def test_an_existing_shared_database_leads_to_sign_in_or_enrollment(
    qtbot: QtBot,
    runner: Runner,
    empty_machine: Path,
    memory_keyring: MemoryKeyring,
    fresh_pg_database: str,
) -> None:
    shared = SharedDatabase("127.0.0.1", 5432, fresh_pg_database, "postgres", "disable")
    first = FirstRunSetup(keyring_backend=memory_keyring, password_hasher=FAST_HASHER)
    assert first.open_shared(shared, PG_PASSWORD).next_step is NextStep.MAIN_WINDOW
    first.services.auth.create_first_administrator("robin", "Robin Admin", ADMIN_PASSWORD)
    first.services.close()

    for keyring_backend, expected in (
        (memory_keyring, NextStep.SIGN_IN),  # this workstation holds the keys
        (MemoryKeyring(), NextStep.ENROLL),  # another workstation: enroll first
    ):
        port = FirstRunSetup(keyring_backend=keyring_backend, password_hasher=FAST_HASHER)
        w = FirstRunWizard(port, runner)
        qtbot.addWidget(w)
        w.show()
        fill_shared(
            qtbot, w, port=5432, database=fresh_pg_database, user="postgres", password=PG_PASSWORD
        )
        w.database_page.password.setFocus()
        press_next(qtbot, w)
        wait_page(qtbot, w, EXISTING_PAGE)
        text_shown = w.existing_page.text.text()
        assert ("enrollment file" in text_shown) is (expected is NextStep.ENROLL)
        w.button(w.WizardButton.FinishButton).click()
        outcome: FirstRunOutcome | None = w.outcome
        assert outcome is not None and outcome.next_step is expected and outcome.user is None
        port.services.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_is_told_and_the_wizard_stays(
    qtbot: QtBot, wizard: FirstRunWizard, memory_keyring: MemoryKeyring
) -> None:
    fill_shared(
        qtbot, wizard, port=_free_port(), database="counselor", user="ws", password=PG_PASSWORD
    )
    wizard.database_page.password.setFocus()
    press_next(qtbot, wizard)
    bar = wizard.database_page.message_bar
    qtbot.waitUntil(lambda: bar.kind == "problem", timeout=20_000)
    assert "cannot be reached" in bar.text()
    assert wizard.currentId() == DATABASE_PAGE
    assert not memory_keyring.secrets  # the password of a failed attempt is not kept
    assert not settings_path().exists()


def test_an_incomplete_address_is_listed_before_connecting(
    qtbot: QtBot, wizard: FirstRunWizard
) -> None:
    page = wizard.database_page
    qtbot.keyClick(page.embedded_button, Qt.Key.Key_Down)  # arrow keys move between choices
    assert page.shared_button.isChecked()
    assert page.tls_mode.currentText() == "verify-full"  # the safe mode by default
    page.test_button.click()
    assert page.message_bar.kind == "problem"
    assert "host name" in page.message_bar.text()
    assert "certificate authority (CA) file" in page.message_bar.text()


def test_a_wrong_password_is_told_and_the_wizard_stays(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    memory_keyring: MemoryKeyring,
    pg_cluster: ThrowawayCluster,  # noqa: F811 - the fixture
) -> None:
    pg_cluster.psql("DROP ROLE IF EXISTS workstation")
    pg_cluster.psql("CREATE ROLE workstation LOGIN PASSWORD 'the-right-one-42'")
    pg_cluster.set_hba(
        [
            "local all all trust",
            "host all postgres 127.0.0.1/32 trust",
            "host all all 127.0.0.1/32 scram-sha-256",
        ]
    )
    pg_cluster.psql("SELECT pg_reload_conf()")
    fill_shared(
        qtbot,
        wizard,
        port=pg_cluster.port,
        database="postgres",
        user="workstation",
        password="not-the-password",
    )
    wizard.database_page.password.setFocus()
    press_next(qtbot, wizard)
    bar = wizard.database_page.message_bar
    qtbot.waitUntil(lambda: bar.kind == "problem", timeout=20_000)
    assert "refused the sign-in" in bar.text()
    assert wizard.currentId() == DATABASE_PAGE
    assert QApplication.focusWidget() is wizard.database_page.password
    assert not memory_keyring.secrets


def test_cancel_leaves_nothing_behind(
    qtbot: QtBot, wizard: FirstRunWizard, memory_keyring: MemoryKeyring
) -> None:
    press_next(qtbot, wizard)
    wait_page(qtbot, wizard, ADMINISTRATOR_PAGE)
    assert embedded_database_path().exists()
    qtbot.keyClick(wizard.administrator_page.username, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and wizard.outcome is None
    assert not settings_path().exists()
    assert not embedded_database_path().exists()  # an incomplete database is removed
    assert not list(embedded_database_path().parent.glob("counselor-desk.db*"))
    assert needs_first_run()


def test_cancel_of_a_shared_database_removes_its_password(
    qtbot: QtBot,
    wizard: FirstRunWizard,
    memory_keyring: MemoryKeyring,
    fresh_pg_database: str,
) -> None:
    fill_shared(
        qtbot, wizard, port=5432, database=fresh_pg_database, user="postgres", password=PG_PASSWORD
    )
    wizard.database_page.password.setFocus()
    press_next(qtbot, wizard)
    wait_page(qtbot, wizard, ADMINISTRATOR_PAGE)
    url = SharedDatabase("127.0.0.1", 5432, fresh_pg_database, "postgres", "disable").url()
    assert memory_keyring.secrets[(SERVICE, database_password_key(url))] == PG_PASSWORD
    wizard.button(wizard.WizardButton.CancelButton).click()
    assert (SERVICE, database_password_key(url)) not in memory_keyring.secrets
    assert not settings_path().exists()


def test_needs_first_run_only_on_an_empty_machine(empty_machine: Path) -> None:
    assert not needs_first_run("sqlite:////tmp/elsewhere.db")
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text("{}", encoding="utf-8")
    assert not needs_first_run()
