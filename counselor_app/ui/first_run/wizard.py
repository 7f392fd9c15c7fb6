"""The first-run wizard: database, first administrator, directory, and a short tour.

Shown on an empty machine (no settings, no embedded database) instead of the sign-in window.
Every step that touches the database runs on the runner: the page shows what it is doing,
its Next button waits, and a failure stays on the page with the message (what happened and what
to do). Cancel (Escape) undoes what the run did on this workstation (see
``counselor_app.first_run``); Finish writes the settings.

Steps: 1. database: the embedded one (default) or a shared PostgreSQL server, tested before
going on; an existing shared database with accounts ends the wizard (sign in, or enroll this
workstation first). 2. the first administrator, signed in at once. 3. an HSDS directory
package, imported with progress, or skipped. 4. a short tour of the main window (skippable).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from counselor_app import APP_NAME
from counselor_app.domain.accounts import SignedInUser, StaffAccount, check_username
from counselor_app.domain.directory import ImportReport
from counselor_app.domain.errors import KnownError
from counselor_app.domain.first_run import (
    DEFAULT_PORT,
    TLS_MODES,
    DatabaseReady,
    NextStep,
    SharedDatabase,
)
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import NewPasswordFields, password_edit, run_modal
from counselor_app.ui.directory.transfer_dialogs import ImportDialog
from counselor_app.ui.first_run.dialog import NAME_MISSING
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import MessageBar, add_labelled_row, note

log = logging.getLogger(__name__)

DATABASE_PAGE, EXISTING_PAGE, ADMINISTRATOR_PAGE, DIRECTORY_PAGE = 0, 1, 2, 3
TOUR_PAGES = (4, 5, 6)

TOUR = (
    (
        QT_TRANSLATE_NOOP("FirstRun", "Tour: the main window"),
        QT_TRANSLATE_NOOP(
            "FirstRun",
            "The navigation rail on the left lists the pages your role may use. Each has a "
            "shortcut:",
        ),
        (
            ("Ctrl+1", QT_TRANSLATE_NOOP("FirstRun", "Intake: calls, the live call workspace")),
            ("Ctrl+2", QT_TRANSLATE_NOOP("FirstRun", "Follow-ups: the peer specialists' queue")),
            ("Ctrl+3", QT_TRANSLATE_NOOP("FirstRun", "Directory: referrals (HSDS)")),
            ("Ctrl+4", QT_TRANSLATE_NOOP("FirstRun", "Reports: outcome reports (supervisors)")),
            ("Ctrl+5", QT_TRANSLATE_NOOP("FirstRun", "Admin: accounts, keys, workstations")),
            ("F5", QT_TRANSLATE_NOOP("FirstRun", "Refresh the page now")),
            ("Ctrl+L", QT_TRANSLATE_NOOP("FirstRun", "Lock the screen (outside a call)")),
            ("Ctrl+Shift+Q", QT_TRANSLATE_NOOP("FirstRun", "Sign out")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FirstRun", "Tour: taking a call"),
        QT_TRANSLATE_NOOP(
            "FirstRun",
            "Ctrl+N starts a call from anywhere. The call workspace keeps the call timer, the "
            "risk level and the checklist in view; everything has a key:",
        ),
        (
            ("Ctrl+N", QT_TRANSLATE_NOOP("FirstRun", "New call")),
            ("Ctrl+Shift+V", QT_TRANSLATE_NOOP("FirstRun", "Paste the 911 incident data")),
            ("Ctrl+R", QT_TRANSLATE_NOOP("FirstRun", "Risk screening")),
            ("Ctrl+K", QT_TRANSLATE_NOOP("FirstRun", "Checklists")),
            ("Ctrl+L", QT_TRANSLATE_NOOP("FirstRun", "Safety plan")),
            ("Ctrl+F", QT_TRANSLATE_NOOP("FirstRun", "Disposition")),
            (
                "Ctrl+S",
                QT_TRANSLATE_NOOP("FirstRun", "Save now (drafts are also kept as you type)"),
            ),
            ("Ctrl+Enter", QT_TRANSLATE_NOOP("FirstRun", "Complete the call")),
            ("Ctrl+P", QT_TRANSLATE_NOOP("FirstRun", "Handoff PDF")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FirstRun", "Tour: follow-ups and the directory"),
        QT_TRANSLATE_NOOP(
            "FirstRun",
            "Peer specialists work the Follow-ups page: claim a follow-up, call, record each "
            "attempt. During a call, Ctrl+D opens the directory beside it, without leaving the "
            "call:",
        ),
        (
            ("Ctrl+D", QT_TRANSLATE_NOOP("FirstRun", "Directory beside the call")),
            ("Ctrl+F", QT_TRANSLATE_NOOP("FirstRun", "Search the directory (on its page)")),
            (
                "Ctrl+Enter",
                QT_TRANSLATE_NOOP("FirstRun", "Refer the caller to the selected service"),
            ),
            (
                "Ctrl+Shift+C",
                QT_TRANSLATE_NOOP("FirstRun", "Copy the selected service or follow-up details"),
            ),
        ),
    ),
)


class FirstRunPort(Protocol):
    """What the wizard needs from the composition root (``counselor_app.first_run``)."""

    @property
    def services(self) -> AppServices:
        """The services of the opened database."""
        ...

    def embedded_location(self) -> str:
        """Where the embedded database is created."""
        ...

    def test_shared(self, shared: SharedDatabase, password: str) -> str:
        """Connect once (worker thread); the location, or ``DatabaseUnavailableError``."""
        ...

    def open_embedded(self) -> DatabaseReady:
        """Open or create the embedded database (worker thread)."""
        ...

    def open_shared(self, shared: SharedDatabase, password: str) -> DatabaseReady:
        """Keep the password in the keyring and open the shared database (worker thread)."""
        ...

    def finish(self) -> None:
        """Write the settings."""
        ...

    def cancel(self) -> None:
        """Undo what this run did on this workstation."""
        ...


@dataclass(frozen=True)
class FirstRunOutcome:
    """What the wizard set up, and where the application goes next."""

    services: AppServices
    next_step: NextStep
    needs_first_administrator: bool
    user: SignedInUser | None = None
    """The first administrator, signed in (a new database)."""
    imported: ImportReport | None = None


class _StepPage(QWizardPage):
    """A page whose Next may run work on the runner first; a failure stays on the page."""

    def __init__(self, wizard: FirstRunWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._wizard = wizard
        self._busy = False
        self.fields = QWidget(self)
        self.message_bar = MessageBar(self)
        self.busy_label = note()
        self.busy_label.setObjectName("busyText")
        self.busy_label.hide()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.fields)
        self.body.addWidget(self.message_bar)
        self.body.addWidget(self.busy_label)
        self.body.addStretch(1)

    @property
    def busy(self) -> bool:
        """True while this page's work runs."""
        return self._busy

    def isComplete(self) -> bool:
        """Next waits while the page works."""
        return not self._busy and super().isComplete()

    def run_step(
        self, fn: Callable[[], Any], on_success: Callable[[Any], None], busy_text: str
    ) -> None:
        """Run ``fn`` on the runner with the page disabled; then ``on_success`` or the problem."""
        self.message_bar.clear_message()
        self._set_busy(True, busy_text)
        self._wizard.runner.submit(
            fn,
            lambda result: self._step_done(on_success, result),
            self._step_failed,
            owner=self,
        )

    def _step_done(self, on_success: Callable[[Any], None], result: Any) -> None:
        self._set_busy(False)
        on_success(result)

    def _step_failed(self, problem: Problem) -> None:
        self._set_busy(False)
        self.message_bar.show_problem(problem)
        self.after_failure()

    def after_failure(self) -> None:
        """Hook: put the cursor where the person fixes the problem."""

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.fields.setEnabled(not busy)
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy and bool(text))
        self.completeChanged.emit()

    def go_on(self) -> None:
        """The page's work is done: move to the next page."""
        self._wizard.next()


def _home_relative(path: str) -> str:
    """``path`` with the home folder written ``~`` (shorter, and the same on every machine)."""
    home = Path.home()
    try:
        return "~/" + Path(path).relative_to(home).as_posix()
    except ValueError:
        return path


def _file_row(edit: QLineEdit, button: QPushButton, *more: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    for extra in more:
        layout.addWidget(extra)
    return row


class DatabasePage(_StepPage):
    """Step 1: the embedded database, or a shared PostgreSQL server tested before going on."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Step 1 of 4: where the records are kept"),
            translate(
                "FirstRun",
                "One workstation can keep its records itself; a call center shares one "
                "PostgreSQL database between all its workstations.",
            ),
        )
        self.ready: DatabaseReady | None = None
        self._ready_for: object = None
        self.embedded_button = QRadioButton(
            translate("FirstRun", "&Embedded database on this workstation only")
        )
        self.embedded_button.setObjectName("embeddedChoice")
        self.embedded_note = note(
            translate(
                "FirstRun",
                "Kept in {location}. Nothing to set up; a good choice for a single workstation "
                "or a trial.",
            ).format(location=_home_relative(wizard.port.embedded_location()))
        )
        self.shared_button = QRadioButton(
            translate("FirstRun", "&Shared PostgreSQL server for the whole center")
        )
        self.shared_button.setObjectName("sharedChoice")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.embedded_button)
        self.choice.addButton(self.shared_button)
        self.embedded_button.setChecked(True)

        self.shared_fields = QWidget()
        form = QFormLayout(self.shared_fields)
        form.setContentsMargins(24, 0, 0, 0)
        self.host = QLineEdit()
        self.host.setObjectName("host")
        self.host.setPlaceholderText("db.center.example.org")
        self.port = QSpinBox()
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("counselor_desk")
        self.database.setObjectName("database")
        self.user = QLineEdit()
        self.user.setObjectName("databaseUser")
        self.password = password_edit()
        self.password.setObjectName("databasePassword")
        self.tls_mode = QComboBox()
        self.tls_mode.setObjectName("tlsMode")
        for mode in TLS_MODES:  # libpq's own names, the same in every language
            self.tls_mode.addItem(mode, mode)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("caFile")
        self.ca_browse = QPushButton(translate("FirstRun", "&Browse…"))
        self.ca_browse.setAccessibleName(translate("FirstRun", "Browse for the CA file"))
        self.test_button = QPushButton(translate("FirstRun", "&Test connection"))
        self.test_button.setObjectName("testConnection")
        add_labelled_row(form, translate("FirstRun", "&Host:"), self.host)
        add_labelled_row(form, translate("FirstRun", "P&ort:"), self.port)
        add_labelled_row(form, translate("FirstRun", "&Database:"), self.database)
        add_labelled_row(form, translate("FirstRun", "&User:"), self.user)
        add_labelled_row(form, translate("FirstRun", "Pass&word:"), self.password)
        add_labelled_row(form, translate("FirstRun", "T&LS mode:"), self.tls_mode)
        ca_label = QLabel(translate("FirstRun", "&CA file:"))
        ca_label.setBuddy(self.ca_file)
        self.ca_file.setAccessibleName(translate("FirstRun", "CA file"))
        form.addRow(ca_label, _file_row(self.ca_file, self.ca_browse))
        form.addRow("", self.test_button)
        self.password_note = note(
            translate(
                "FirstRun",
                "The password is kept in this workstation's system keyring, never in a file. "
                "verify-full checks the server's certificate against the CA file and its host "
                "name.",
            )
        )
        form.addRow("", self.password_note)

        layout = QVBoxLayout(self.fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.embedded_button)
        layout.addWidget(self.embedded_note)
        layout.addWidget(self.shared_button)
        layout.addWidget(self.shared_fields)
        for first, second in (
            (self.embedded_button, self.shared_button),
            (self.shared_button, self.host),
            (self.host, self.port),
            (self.port, self.database),
            (self.database, self.user),
            (self.user, self.password),
            (self.password, self.tls_mode),
            (self.tls_mode, self.ca_file),
            (self.ca_file, self.ca_browse),
            (self.ca_browse, self.test_button),
        ):
            QWidget.setTabOrder(first, second)
        self._update_shared_enabled()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.shared_button.toggled.connect(self._on_shared_button_toggled)
        self.ca_browse.clicked.connect(self._on_ca_browse_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.tls_mode.currentTextChanged.connect(self._on_tls_mode_changed)

    def shared_choice(self) -> SharedDatabase:
        """The shared database the fields describe."""
        return SharedDatabase(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            tls_mode=str(self.tls_mode.currentData()),
            ca_file=self.ca_file.text().strip(),
        )

    def _choice_key(self) -> object:
        if self.embedded_button.isChecked():
            return "embedded"
        return (self.shared_choice(), self.password.text())

    def initializePage(self) -> None:
        """Focus the choice."""
        (self.shared_button if self.shared_button.isChecked() else self.embedded_button).setFocus()

    def validatePage(self) -> bool:
        """Go on once the chosen database is open; else open it (then go on by itself)."""
        if self._busy:
            return False
        key = self._choice_key()
        if self.ready is not None and self._ready_for == key:
            return True
        self.ready = None
        port = self._wizard.port
        if self.embedded_button.isChecked():
            self.run_step(
                port.open_embedded,
                lambda ready: self._on_opened(ready, key),
                translate("FirstRun", "Creating the database on this workstation…"),
            )
            return False
        shared, password = self.shared_choice(), self.password.text()
        problems = shared.problems()
        if problems:
            self.message_bar.show_problem(
                Problem(
                    translate("FirstRun", "The shared database's address is not complete."),
                    reasons=tuple(problems),
                )
            )
            return False
        self.run_step(
            lambda: port.open_shared(shared, password),
            lambda ready: self._on_opened(ready, key),
            translate("FirstRun", "Connecting to {host}…").format(host=shared.host),
        )
        return False

    def _on_opened(self, ready: DatabaseReady, key: object) -> None:
        self.ready = ready
        self._ready_for = key
        self.message_bar.show_text(
            translate("FirstRun", "Connected to {location}.").format(location=ready.location)
        )
        self.go_on()

    def nextId(self) -> int:
        """A new database gets its administrator; an existing one ends the wizard."""
        if self.ready is None or self.ready.next_step is NextStep.MAIN_WINDOW:
            return ADMINISTRATOR_PAGE
        return EXISTING_PAGE

    def after_failure(self) -> None:
        """Back to the field most likely wrong."""
        if self.shared_button.isChecked():
            self.password.setFocus()
            self.password.selectAll()

    def _update_shared_enabled(self) -> None:
        shared = self.shared_button.isChecked()
        self.shared_fields.setEnabled(shared)
        verifying = self.tls_mode.currentData() != "disable"
        self.ca_file.setEnabled(shared and verifying)
        self.ca_browse.setEnabled(shared and verifying)

    @Slot(bool)
    def _on_shared_button_toggled(self, _checked: bool) -> None:
        self._update_shared_enabled()
        self.message_bar.clear_message()
        if self.shared_button.isChecked():
            self.host.setFocus()

    @Slot(str)
    def _on_tls_mode_changed(self, _mode: str) -> None:
        self._update_shared_enabled()

    @Slot()
    def _on_ca_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("FirstRun", "Choose the CA certificate"),
            str(Path.home()),
            translate("FirstRun", "Certificates ({patterns});;All files (*)").format(
                patterns="*.pem *.crt *.cer"
            ),
        )
        if chosen:
            self.ca_file.setText(chosen)
            self.test_button.setFocus()

    @Slot()
    def _on_test_button_clicked(self) -> None:
        if self._busy:
            return
        shared, password = self.shared_choice(), self.password.text()
        problems = shared.problems()
        if problems:
            self.message_bar.show_problem(
                Problem(
                    translate("FirstRun", "The shared database's address is not complete."),
                    reasons=tuple(problems),
                )
            )
            return
        port = self._wizard.port
        self.run_step(
            lambda: port.test_shared(shared, password),
            self._on_tested,
            translate("FirstRun", "Testing the connection to {host}…").format(host=shared.host),
        )

    def _on_tested(self, location: str) -> None:
        self.message_bar.show_text(
            translate(
                "FirstRun", "The connection to {location} works. Choose Next to go on."
            ).format(location=location)
        )
        self.test_button.setFocus()


class ExistingDatabasePage(QWizardPage):
    """The shared database already has accounts: sign in, or enroll this workstation first."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("FirstRun", "This database is already in use"))
        self.setFinalPage(True)
        self.text = note()
        self.text.setObjectName("existingText")
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Say what comes after Finish."""
        ready = self._wizard.database_page.ready
        location = ready.location if ready is not None else ""
        if ready is not None and ready.next_step is NextStep.ENROLL:
            text = translate(
                "FirstRun",
                "The database at {location} protects its records with keys this workstation "
                "does not hold yet. Choose Finish, then import the enrollment file an "
                "administrator made for this workstation (Admin page, “Enroll a "
                "workstation…”), with its one-time passphrase.",
            ).format(location=location)
        else:
            text = translate(
                "FirstRun",
                "The database at {location} already has accounts. Choose Finish, then sign in "
                "with your own account; an administrator adds accounts on the Admin page.",
            ).format(location=location)
        self.text.setText(text)
        self.text.setAccessibleName(text)

    def nextId(self) -> int:
        """The last page."""
        return -1


class AdministratorPage(_StepPage):
    """Step 2: the first administrator (the account policy of the sign-in), signed in at once."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Step 2 of 4: the first administrator"),
            translate(
                "FirstRun",
                "This account manages the others. You will add your colleagues' accounts on the "
                "Admin page.",
            ),
        )
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, translate("FirstRun", "&Create administrator")
        )
        self.account: StaffAccount | None = None
        self.user: SignedInUser | None = None
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        add_labelled_row(form, translate("FirstRun", "&Username:"), self.username)
        add_labelled_row(form, translate("FirstRun", "&Full name:"), self.full_name)
        self.form = form
        self.passwords: NewPasswordFields | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.username.textChanged.connect(self._on_username_text_changed)

    def initializePage(self) -> None:
        """Add the password fields (the policy comes with the opened database)."""
        if self.passwords is None:
            auth = self._wizard.port.services.auth
            self.passwords = NewPasswordFields(self.form, auth.policy.blocklist, self.username.text)
            QWidget.setTabOrder(self.username, self.full_name)
            QWidget.setTabOrder(self.full_name, self.passwords.password)
            QWidget.setTabOrder(self.passwords.password, self.passwords.confirm)
        self.username.setFocus()

    def validatePage(self) -> bool:
        """Go on once the account exists and is signed in; else create it."""
        if self.user is not None:
            return True
        if self._busy or self.passwords is None:
            return False
        username = self.username.text()
        full_name = self.full_name.text().strip()
        reasons = check_username(username)
        if not full_name:
            reasons.append(translate("FirstRun", NAME_MISSING))
        reasons += self.passwords.reasons()
        if reasons:
            self.message_bar.show_problem(
                Problem(
                    translate("FirstRun", "The administrator account cannot be created yet."),
                    reasons=tuple(reasons),
                )
            )
            return False
        password = self.passwords.password.text()
        auth = self._wizard.port.services.auth

        def create_and_sign_in() -> tuple[StaffAccount, SignedInUser]:
            account = auth.create_first_administrator(username, full_name, password)
            return account, auth.sign_in(account.username, password)

        self.run_step(
            create_and_sign_in, self._on_created, translate("FirstRun", "Creating the account…")
        )
        return False

    def _on_created(self, result: tuple[StaffAccount, SignedInUser]) -> None:
        self.account, self.user = result
        if self.passwords is not None:
            self.passwords.clear()
        self.go_on()

    def after_failure(self) -> None:
        """Back to the username."""
        self.username.setFocus()

    @Slot(str)
    def _on_username_text_changed(self, _text: str) -> None:
        if self.passwords is not None:
            self.passwords.update_feedback()


class DirectoryPage(_StepPage):
    """Step 3: load the referral directory from an HSDS 3.0 package, or skip."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(
            wizard,
            translate("FirstRun", "Step 3 of 4: the referral directory"),
            translate(
                "FirstRun",
                "Counselors find referrals in the directory. Load your region's Open Referral "
                "(HSDS 3.0) data package now, or later from the Directory page.",
            ),
        )
        self.report: ImportReport | None = None
        self._imported_from = ""
        self.import_button = QRadioButton(
            translate("FirstRun", "&Import an HSDS 3.0 data package (folder or .zip)")
        )
        self.import_button.setObjectName("importChoice")
        self.skip_button = QRadioButton(translate("FirstRun", "&Skip: load the directory later"))
        self.skip_button.setObjectName("skipChoice")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.import_button)
        self.choice.addButton(self.skip_button)
        self.import_button.setChecked(True)
        self.path = QLineEdit()
        self.path.setObjectName("packagePath")
        self.zip_browse = QPushButton(translate("FirstRun", "Choose .&zip…"))
        self.folder_browse = QPushButton(translate("FirstRun", "Choose f&older…"))
        path_fields = QWidget()
        form = QFormLayout(path_fields)
        form.setContentsMargins(24, 0, 0, 0)
        path_label = QLabel(translate("FirstRun", "&Package:"))
        path_label.setBuddy(self.path)
        self.path.setAccessibleName(translate("FirstRun", "Package"))
        form.addRow(path_label, _file_row(self.path, self.zip_browse, self.folder_browse))
        self.path_fields = path_fields
        layout = QVBoxLayout(self.fields)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.import_button)
        layout.addWidget(path_fields)
        layout.addWidget(self.skip_button)
        for first, second in (
            (self.import_button, self.path),
            (self.path, self.zip_browse),
            (self.zip_browse, self.folder_browse),
            (self.folder_browse, self.skip_button),
        ):
            QWidget.setTabOrder(first, second)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.import_button.toggled.connect(self._on_import_button_toggled)
        self.zip_browse.clicked.connect(self._on_zip_browse_clicked)
        self.folder_browse.clicked.connect(self._on_folder_browse_clicked)

    def initializePage(self) -> None:
        """Focus the package path."""
        self.path.setFocus()

    def validatePage(self) -> bool:
        """Skip, or import the package with progress; a failed import stays on the page."""
        if self.skip_button.isChecked():
            return True
        path = self.path.text().strip()
        if self.report is not None and path == self._imported_from:
            return True
        if not path:
            self.message_bar.show_problem(
                Problem(
                    translate("FirstRun", "Choose the package to import, or choose Skip."),
                    translate(
                        "FirstRun",
                        "A package is a folder of HSDS CSV files with datapackage.json, or its "
                        ".zip.",
                    ),
                )
            )
            self.path.setFocus()
            return False
        user = self._wizard.administrator_page.user
        if user is None:
            return False
        self.message_bar.clear_message()
        report = ImportDialog.run(
            self, self._wizard.port.services, self._wizard.runner, user, Path(path)
        )
        self._wizard.activateWindow()  # the keyboard goes on here after the import dialog
        if report is None or not report.applied:
            self.message_bar.show_problem(
                Problem(
                    translate("FirstRun", "The directory was not imported; nothing was changed."),
                    translate("FirstRun", "Correct the package and try again, or choose Skip."),
                )
            )
            return False
        self.report = report
        self._imported_from = path
        self.message_bar.show_text(message_text(report.summary()))
        return True

    @Slot(bool)
    def _on_import_button_toggled(self, checked: bool) -> None:
        self.path_fields.setEnabled(checked)
        self.message_bar.clear_message()

    @Slot()
    def _on_zip_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("FirstRun", "Choose an HSDS data package"),
            str(Path.home()),
            translate("FirstRun", "HSDS package ({patterns});;All files (*)").format(
                patterns="*.zip"
            ),
        )
        if chosen:
            self.path.setText(chosen)

    @Slot()
    def _on_folder_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            translate("FirstRun", "Choose the folder of an HSDS data package"),
            str(Path.home()),
        )
        if chosen:
            self.path.setText(chosen)


class TourPage(QWizardPage):
    """Step 4: one page of the tour, a table of the keys that matter."""

    def __init__(
        self, title: str, intro: str, keys: tuple[tuple[str, str], ...], last: bool
    ) -> None:
        super().__init__()
        self.setTitle(translate("FirstRun", title))
        self.setSubTitle(
            translate("FirstRun", "Step 4 of 4: a short tour. Skip it with Skip tour (Alt+K).")
        )
        self._last = last
        layout = QVBoxLayout(self)
        self.intro = note(translate("FirstRun", intro))
        layout.addWidget(self.intro)
        grid = QFormLayout()
        grid.setContentsMargins(12, 4, 0, 0)
        for sequence, meaning in keys:
            key_label = QLabel(sequence)
            key_label.setObjectName("tourKey")
            font = key_label.font()
            font.setBold(True)
            key_label.setFont(font)
            meaning_text = translate("FirstRun", meaning)
            text = QLabel(meaning_text)
            text.setWordWrap(True)
            text.setAccessibleName(f"{sequence}: {meaning_text}")
            grid.addRow(key_label, text)
        layout.addLayout(grid)
        layout.addStretch(1)
        if last:
            self.setFinalPage(True)

    def nextId(self) -> int:
        """The next tour page, or the end."""
        if self._last:
            return -1
        return super().nextId()


class FirstRunWizard(QWizard):
    """The first start of a workstation, step by step; ``ask`` returns what was set up."""

    def __init__(self, port: FirstRunPort, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.port = port
        self.runner = runner
        self.outcome: FirstRunOutcome | None = None
        self.setWindowTitle(translate("FirstRun", "Set up {app}").format(app=APP_NAME))
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, translate("FirstRun", "S&kip tour"))
        self.setMinimumSize(760, 600)
        self.database_page = DatabasePage(self)
        self.existing_page = ExistingDatabasePage(self)
        self.administrator_page = AdministratorPage(self)
        self.directory_page = DirectoryPage(self)
        self.setPage(DATABASE_PAGE, self.database_page)
        self.setPage(EXISTING_PAGE, self.existing_page)
        self.setPage(ADMINISTRATOR_PAGE, self.administrator_page)
        self.setPage(DIRECTORY_PAGE, self.directory_page)
        self.tour_pages: list[TourPage] = []
        for index, (page_id, (title, intro, keys)) in enumerate(zip(TOUR_PAGES, TOUR, strict=True)):
            page = TourPage(title, intro, keys, last=index == len(TOUR) - 1)
            self.tour_pages.append(page)
            self.setPage(page_id, page)
        self.setStartId(DATABASE_PAGE)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.currentIdChanged.connect(self._on_current_id_changed)
        self.customButtonClicked.connect(self._on_custom_button_clicked)

    @classmethod
    def ask(
        cls, parent: QWidget | None, port: FirstRunPort, runner: Runner
    ) -> FirstRunOutcome | None:
        """Run the wizard; what it set up, or ``None`` when cancelled (nothing left behind)."""
        wizard = cls(port, runner, parent)
        return wizard.outcome if run_modal(wizard) else None

    @property
    def busy(self) -> bool:
        """True while a page works (Cancel waits)."""
        return any(
            isinstance(page, _StepPage) and page.busy
            for page in (self.database_page, self.administrator_page, self.directory_page)
        )

    def accept(self) -> None:
        """Finish: write the settings, then say where the application goes next."""
        ready = self.database_page.ready
        if ready is None or self.busy:
            return
        try:
            self.port.finish()
        except (KnownError, OSError) as exc:  # shown on the page, never a traceback
            problem = (
                Problem.from_error(exc)
                if isinstance(exc, KnownError)
                else Problem(
                    translate(
                        "FirstRun", "The settings could not be saved; nothing else was lost."
                    ),
                    translate(
                        "FirstRun",
                        "Check that your user folder is writable, then choose Finish again.",
                    ),
                )
            )
            page = self.currentPage()
            bar = page.findChild(MessageBar) if page is not None else None
            if bar is not None:
                bar.show_problem(problem)
            return
        user = self.administrator_page.user
        self.outcome = FirstRunOutcome(
            services=self.port.services,
            next_step=ready.next_step,
            needs_first_administrator=ready.needs_first_administrator and user is None,
            user=user,
            imported=self.directory_page.report,
        )
        super().accept()

    def reject(self) -> None:
        """Cancel: undo this run on this workstation (not while a step runs)."""
        if self.busy:
            return
        user = self.administrator_page.user
        if user is not None:
            try:
                self.port.services.auth.sign_out(user)
            except Exception:  # noqa: BLE001 - cancelling goes on regardless
                log.warning("the first administrator could not be signed out on cancel")
        self.port.cancel()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape cancels, unless a step runs."""
        if self.busy and event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button cancels, unless a step runs."""
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    @Slot(int)
    def _on_current_id_changed(self, page_id: int) -> None:
        self.setOption(QWizard.WizardOption.HaveCustomButton1, page_id in TOUR_PAGES[:-1])
        if page_id in TOUR_PAGES:  # nothing to type: the keyboard starts on Next (or Finish)
            last = page_id == TOUR_PAGES[-1]
            button = QWizard.WizardButton.FinishButton if last else QWizard.WizardButton.NextButton
            self.button(button).setFocus()

    @Slot(int)
    def _on_custom_button_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.accept()

    def button_for(self, which: QWizard.WizardButton) -> QAbstractButton:
        """One of the wizard's buttons (for keyboard paths and tests)."""
        return self.button(which)
