"""The Spanish interface of the shared screens: the admin page, the first-run wizard, the lock
screen, two-step sign-in and break glass, enrollment, and the generic problem texts.

``language=es`` shows Spanish, ``en`` the same English as before; a walk of every widget of the
admin page, the wizard and the lock screen finds no English left in Spanish; the wizard and the
admin page still work in Spanish; and the first-run wizard follows the system's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from counselor_app import APP_NAME
from counselor_app.app import AppContext
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditVerification, TamperKind
from counselor_app.domain.enrollment import (
    NOT_ENROLLED_MESSAGE,
    PASSPHRASE_SHAPE,
    EnrollmentIssued,
)
from counselor_app.domain.first_run import TLS_MODES
from counselor_app.first_run import FirstRunSetup
from counselor_app.ui import i18n, launch
from counselor_app.ui.admin import AccountsView, AddAccountDialog
from counselor_app.ui.admin.models import role_text
from counselor_app.ui.admin.view import audit_text
from counselor_app.ui.enrollment import (
    EnrollmentPassphraseDialog,
    ImportEnrollmentDialog,
    NotEnrolledPanel,
)
from counselor_app.ui.enrollment.dialogs import passphrase_shape
from counselor_app.ui.events import AppEvents
from counselor_app.ui.first_run import FirstAdministratorDialog, FirstRunOutcome, FirstRunWizard
from counselor_app.ui.first_run.wizard import (
    ADMINISTRATOR_PAGE,
    DIRECTORY_PAGE,
    TOUR,
    TOUR_PAGES,
)
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.session_lock import LockScreen
from counselor_app.ui.sessions import BreakGlassDialog, BreakGlassReviewDialog, TwoStepDialog
from tests.conftest import ADMIN_PASSWORD, FAST_HASHER
from tests.support.keyrings import MemoryKeyring
from tests.support.languages import in_english_and_spanish
from tests.ui.test_first_run_wizard import (  # noqa: F401 - empty_machine is a fixture
    empty_machine,
    press_next,
    wait_page,
)
from tests.ui.test_translations import label_for

NEW_PASSWORD = "violet harbor crossing eleven"


# --- walking the widgets -----------------------------------------------------------------------


def texts_of(root: QWidget) -> set[str]:
    """Every text a person can see or hear under ``root`` (and ``root``'s own).

    Labels, buttons, group titles, placeholders, combo box items, tool tips, accessible names
    and descriptions, window titles, wizard page titles, table headers and their tips.
    """
    widgets = [root, *root.findChildren(QWidget)]
    found: set[str] = {root.windowTitle()}
    for widget in widgets:
        found |= {widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()}
        if isinstance(widget, QLabel):
            found.add(widget.text())
        if isinstance(widget, QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            found |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if value:
                        found.add(str(value))
    if isinstance(root, QWizard):
        for page_id in root.pageIds():
            page = root.page(page_id)
            found |= {page.title(), page.subTitle()}
            found |= texts_of(page)
    return {text.strip() for text in found if text and text.strip()}


SAME_IN_BOTH = {
    # key sequences of the tour: Qt names the keys the same way in both languages
    *(sequence for _title, _intro, keys in TOUR for sequence, _meaning in keys),
    # libpq's TLS mode names (the sslmode values a database administrator looks up)
    *TLS_MODES,
    # the host name placeholder: an example address, not words
    "db.center.example.org",
}
"""Texts that are the same in Spanish and English, each for the reason given above."""

# --- screens -----------------------------------------------------------------------------------


def admin_page(
    qtbot: QtBot,
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> AccountsView:
    page = AccountsView(ctx, staff[Role.ADMINISTRATOR], runner, events)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def column_texts(page: AccountsView, key: str) -> list[str]:
    column = page.model.column_of(key)
    assert column >= 0, key
    return [str(page.model.index(row, column).data()) for row in range(page.model.rowCount())]


def headers(page: AccountsView) -> list[str]:
    model = page.model
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def buttons(root: QWidget) -> set[str]:
    return {button.text() for button in root.findChildren(QAbstractButton)}


def test_admin_page_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    spanish: None,
) -> None:
    page = admin_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    assert page.heading.text() == "Cuentas"
    assert page.table.accessibleName() == "Cuentas"
    assert headers(page) == [
        "Nombre",
        "Usuario",
        "Rol",
        "Activa",
        "Último inicio de sesión",
        "Bloqueada hasta",
        "Dos pasos",
    ]
    assert sorted(column_texts(page, "role")) == [
        "Administrador(a)",
        "Consejero(a)",
        "Especialista de apoyo entre pares",
        "Supervisor(a)",
    ]
    assert set(column_texts(page, "active")) == {"Activa"}
    assert page.footer.text().startswith("4 cuentas, 4 activas · actualizado: ")
    assert {
        "A&gregar cuenta…",
        "&Desactivar",
        "Restablecer &contraseña…",
        "Restablecer inicio de sesión en dos &pasos…",
        "&Verificar registro de auditoría",
        "Inscribir una estación de &trabajo…",
    } <= buttons(page)
    assert page.active_button.toolTip() == "Primero seleccione una cuenta."
    # the deactivate button follows the selection, in Spanish
    page.select_record(sqlite_staff[Role.ADMINISTRATOR].id)
    assert page.active_button.text() == "&Desactivar"
    assert page.active_button.toolTip() == (
        "No puede desactivar su propia cuenta; otro administrador sí puede."
    )
    # the audit check says its outcome in Spanish
    page.verify_button.click()
    qtbot.waitUntil(lambda: "íntegro (" in page.audit_result.text(), timeout=10_000)
    assert page.audit_result.text().startswith("Registro de auditoría verificado (")


def test_admin_page_in_english(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    i18n.install_language("en")
    page = admin_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    assert page.heading.text() == "Accounts"
    assert headers(page)[:4] == ["Name", "Username", "Role", "Active"]
    assert "Peer specialist" in column_texts(page, "role")
    assert page.footer.text().startswith("4 accounts, 4 active · updated ")
    assert {"&Add account…", "&Deactivate", "Enroll a &workstation…"} <= buttons(page)


def test_role_names_and_the_audit_outcome_say_in_english_what_the_domain_says(
    qapp: QApplication,
) -> None:
    i18n.install_language("en")
    assert [role_text(role) for role in Role] == [role.label for role in Role]
    outcomes = [AuditVerification(12)] + [AuditVerification(12, 7, kind) for kind in TamperKind]
    for outcome in outcomes:
        assert audit_text(outcome) == outcome.describe()
    assert passphrase_shape() == PASSPHRASE_SHAPE


def test_adding_an_account_works_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    spanish: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = admin_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    seen: dict[str, str] = {}

    def fill_in(
        parent: QWidget | None, services: AppContext, run: Runner, user: SignedInUser
    ) -> object:
        dialog = AddAccountDialog(services, run, user, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        seen["title"] = dialog.windowTitle()
        seen["role label"] = label_for(dialog, dialog.role)
        seen["role"] = dialog.role.currentText()
        seen["advice"] = dialog.passwords.feedback.text()
        dialog.accept_button.click()  # nothing filled in yet
        seen["problem"] = dialog.message_bar.text()
        qtbot.keyClicks(dialog.username, "jordan")
        qtbot.keyClicks(dialog.full_name, "Jordan Lee")
        qtbot.keyClicks(dialog.passwords.password, NEW_PASSWORD)
        qtbot.keyClicks(dialog.passwords.confirm, NEW_PASSWORD + "x")
        seen["differ"] = dialog.passwords.feedback.text()
        dialog.passwords.confirm.clear()
        qtbot.keyClicks(dialog.passwords.confirm, NEW_PASSWORD)
        seen["verdict"] = dialog.passwords.feedback.text()
        dialog.accept_button.click()
        qtbot.waitUntil(lambda: dialog.account is not None, timeout=10_000)
        return dialog.account

    monkeypatch.setattr(AddAccountDialog, "ask", fill_in)
    page.add_button.click()
    assert seen["title"] == "Agregar una cuenta"
    assert seen["role label"] == "&Rol:"
    assert seen["role"] == "Consejero(a)"
    assert seen["advice"].startswith("Al menos ")
    assert seen["problem"].startswith("Todavía no se puede crear esta cuenta.")
    assert "• Las dos contraseñas no coinciden." in seen["differ"]
    assert seen["verdict"] == "Se puede usar esta contraseña."
    assert page.message_bar.text() == (
        "Se agregó la cuenta de consejero(a) “jordan” para Jordan Lee."
    )
    qtbot.waitUntil(lambda: "jordan" in column_texts(page, "username"), timeout=10_000)
    assert page.footer.text().startswith("5 cuentas, 5 activas")


# --- the first-run wizard ----------------------------------------------------------------------


@pytest.fixture
def first_run(empty_machine: Path) -> Iterator[FirstRunSetup]:  # noqa: F811 - the fixture
    """The composition root's side of the wizard, on an empty machine and a memory keyring."""
    port = FirstRunSetup(Settings(), keyring_backend=MemoryKeyring(), password_hasher=FAST_HASHER)
    yield port
    if port.opened is not None:
        port.opened.close()


def show_wizard(qtbot: QtBot, port: FirstRunSetup, runner: Runner) -> FirstRunWizard:
    wizard = FirstRunWizard(port, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    return wizard


def test_wizard_pages_in_spanish(
    qtbot: QtBot, first_run: FirstRunSetup, runner: Runner, spanish: None
) -> None:
    wizard = show_wizard(qtbot, first_run, runner)
    assert wizard.windowTitle() == f"Configurar {APP_NAME}"
    database = wizard.database_page
    assert database.title() == "Paso 1 de 4: dónde se guardan los registros"
    assert database.embedded_button.text() == (
        "Base de datos &integrada solo en esta estación de trabajo"
    )
    assert database.embedded_note.text().startswith("Se guarda en ")
    assert label_for(database, database.host) == "Ser&vidor:"
    assert database.port.accessibleName() == "Puerto"
    assert database.test_button.text() == "Probar c&onexión"
    assert database.ca_browse.accessibleName() == "Buscar el archivo de la CA"
    administrator = wizard.page(ADMINISTRATOR_PAGE)
    assert administrator.title() == "Paso 2 de 4: el primer administrador"
    assert label_for(administrator, wizard.administrator_page.full_name) == "&Nombre completo:"
    directory = wizard.directory_page
    assert directory.title() == "Paso 3 de 4: el directorio de referidos"
    assert directory.skip_button.text() == "&Omitir: cargar el directorio más tarde"
    assert [wizard.page(p).title() for p in TOUR_PAGES] == [
        "Recorrido: la ventana principal",
        "Recorrido: atender una llamada",
        "Recorrido: seguimientos y el directorio",
    ]
    tour = wizard.tour_pages[0]
    assert tour.subTitle() == (
        "Paso 4 de 4: un breve recorrido. Omítalo con Omitir recorrido (Alt+O)."
    )
    assert "Ctrl+L: Bloquear la pantalla (fuera de una llamada)" in texts_of(tour)
    assert wizard.buttonText(QWizard.WizardButton.CustomButton1) == "&Omitir recorrido"
    # the TLS mode is read as a code, whatever the combo box shows
    database.shared_button.setChecked(True)
    database.tls_mode.setCurrentIndex(database.tls_mode.findData("disable"))
    assert database.shared_choice().tls_mode == "disable"
    assert not database.ca_file.isEnabled()


def test_wizard_pages_in_english(qtbot: QtBot, first_run: FirstRunSetup, runner: Runner) -> None:
    i18n.install_language("en")
    wizard = show_wizard(qtbot, first_run, runner)
    assert wizard.windowTitle() == f"Set up {APP_NAME}"
    assert wizard.database_page.title() == "Step 1 of 4: where the records are kept"
    assert label_for(wizard.database_page, wizard.database_page.host) == "&Host:"
    assert wizard.page(TOUR_PAGES[0]).title() == "Tour: the main window"
    assert wizard.buttonText(QWizard.WizardButton.CustomButton1) == "S&kip tour"


def test_the_wizard_embedded_path_works_in_spanish(
    qtbot: QtBot, first_run: FirstRunSetup, runner: Runner, spanish: None
) -> None:
    wizard = show_wizard(qtbot, first_run, runner)
    press_next(qtbot, wizard)  # the embedded database, created on Next
    wait_page(qtbot, wizard, ADMINISTRATOR_PAGE)
    page = wizard.administrator_page
    assert page.passwords is not None
    assert label_for(page, page.passwords.password) == "&Contraseña:"
    assert label_for(page, page.passwords.confirm) == "C&onfirmar contraseña:"
    assert page.passwords.feedback.text().startswith("Al menos ")
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "C&rear administrador"
    commit.click()  # nothing filled in
    assert page.message_bar.text().startswith(
        "Todavía no se puede crear la cuenta de administrador."
    )
    assert wizard.currentId() == ADMINISTRATOR_PAGE
    qtbot.keyClicks(page.username, "robin")
    qtbot.keyClicks(page.full_name, "Robin Admin")
    qtbot.keyClicks(page.passwords.password, ADMIN_PASSWORD)
    qtbot.keyClicks(page.passwords.confirm, ADMIN_PASSWORD)
    commit.click()
    wait_page(qtbot, wizard, DIRECTORY_PAGE)
    assert wizard.administrator_page.user is not None
    directory = wizard.directory_page
    directory.path.clear()
    wizard.button(QWizard.WizardButton.NextButton).click()  # no package chosen
    assert directory.message_bar.text().startswith(
        "Elija el paquete que desea importar, o elija Omitir."
    )
    directory.skip_button.setChecked(True)
    wizard.button(QWizard.WizardButton.NextButton).click()
    wait_page(qtbot, wizard, TOUR_PAGES[0])
    skip = wizard.button(QWizard.WizardButton.CustomButton1)
    assert skip.isVisible() and skip.text() == "&Omitir recorrido"
    skip.click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    outcome: FirstRunOutcome | None = wizard.outcome
    assert outcome is not None and outcome.user is not None
    assert outcome.user.account.username == "robin"


def test_first_administrator_dialog_in_spanish(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner, spanish: None
) -> None:
    dialog = FirstAdministratorDialog(sqlite_ctx, runner)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Crear el primer administrador"
    assert dialog.accept_button.text() == "C&rear administrador"
    assert dialog.intro.text().startswith("Esta base de datos todavía no tiene cuentas.")
    assert label_for(dialog, dialog.username) == "&Usuario:"


# --- lock screen, two-step, break glass ----------------------------------------------------------


def test_lock_screen_in_spanish(qtbot: QtBot, spanish: None) -> None:
    screen = LockScreen("Robin Admin")
    qtbot.addWidget(screen)
    screen.show()
    assert screen.title.text() == f"{APP_NAME} está bloqueado"
    assert screen.who.text() == (
        "Sesión iniciada como Robin Admin. Escriba su contraseña para continuar."
    )
    assert label_for(screen, screen.password) == "&Contraseña:"
    assert label_for(screen, screen.code) == "Códi&go:"
    assert screen.unlock_button.text() == "&Desbloquear"
    assert screen.sign_out_button.text() == "Ce&rrar sesión"
    assert screen.accessibleName() == "Bloqueado"
    screen.set_daily(True)
    assert screen.title.text() == "Confirme que es usted (verificación diaria)"
    assert screen.title.accessibleName() == screen.title.text()
    screen.unlock_button.click()  # no password typed
    assert screen.message_bar.text() == "Escriba su contraseña."


def test_lock_screen_in_english(qtbot: QtBot) -> None:
    i18n.install_language("en")
    screen = LockScreen("Robin Admin")
    qtbot.addWidget(screen)
    assert screen.title.text() == f"{APP_NAME} is locked"
    assert label_for(screen, screen.password) == "&Password:"
    assert screen.unlock_button.text() == "&Unlock"
    screen.set_daily(True)
    assert screen.title.text() == "Please confirm it is you (daily check)"


def test_break_glass_dialog_and_review_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    spanish: None,
) -> None:
    port = sqlite_ctx.break_glass
    dialog = BreakGlassDialog(port, sqlite_staff[Role.COUNSELOR], runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Acceso de emergencia"
    assert dialog.accept_button.text() == "&Abrir con acceso de emergencia"
    assert f"en solo lectura durante {port.minutes} minutos" in dialog.intro.text()
    assert label_for(dialog, dialog.reference) == "&Referencia de la llamada:"
    assert label_for(dialog, dialog.reason) == "&Motivo:"
    assert dialog.reason.placeholderText().startswith("Por qué necesita esta llamada ahora")
    dialog.accept_button.click()  # nothing filled in
    assert dialog.message_bar.text().startswith(
        "Todavía no se puede usar el acceso de emergencia.\n• Escriba la referencia de la llamada."
    )
    review = BreakGlassReviewDialog(port, sqlite_staff[Role.SUPERVISOR], runner)
    qtbot.addWidget(review)
    assert review.windowTitle() == "Accesos de emergencia"
    model = review.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Cuándo",
        "Quién",
        "Llamada",
        "Hasta",
        "Motivo",
    ]
    qtbot.waitUntil(lambda: review.message_bar.isVisibleTo(review), timeout=10_000)
    assert review.message_bar.text() == "Nadie ha usado el acceso de emergencia todavía."


def test_two_step_dialog_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    spanish: None,
) -> None:
    dialog = TwoStepDialog(sqlite_ctx.auth, sqlite_staff[Role.COUNSELOR], runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Inicio de sesión en dos pasos"
    assert dialog.accept_button.text() == "&Activar"
    assert label_for(dialog, dialog.secret) == "&Clave:"
    assert label_for(dialog, dialog.code) == "Códi&go de la aplicación:"
    assert dialog.intro.text().startswith("Después de su contraseña, el inicio de sesión")
    dialog.accept_button.click()  # no code typed
    assert dialog.message_bar.text() == (
        "Escriba el código de 6 dígitos que muestra su aplicación para esta clave."
    )


def test_break_glass_dialog_in_english(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    i18n.install_language("en")
    dialog = BreakGlassDialog(sqlite_ctx.break_glass, sqlite_staff[Role.COUNSELOR], runner)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Break glass"
    assert dialog.accept_button.text() == "&Break glass and open"
    assert label_for(dialog, dialog.reason) == "Rea&son:"


# --- enrollment --------------------------------------------------------------------------------


def issued_file() -> EnrollmentIssued:
    return EnrollmentIssued(
        "e-1",
        Path("/tmp/desk.enrollment"),  # noqa: S108 - only shown, never opened
        "7KQM-3XHP-9ABC-DEF2-GH34-JK56",
        datetime(2026, 12, 1, 17, 0, tzinfo=UTC),
        ("audit-hmac",),
        False,
    )


def test_enrollment_dialogs_in_spanish(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner, spanish: None
) -> None:
    panel = NotEnrolledPanel(sqlite_ctx, runner)
    qtbot.addWidget(panel)
    assert panel.windowTitle() == f"{APP_NAME}: estación de trabajo no inscrita"
    assert panel.heading.text() == (
        "Esta estación de trabajo no está inscrita para esta base de datos."
    )
    assert sqlite_ctx.database.location in panel.explanation.text()
    assert "“Inscribir una estación de trabajo…”" in panel.explanation.text()
    assert panel.import_button.text() == "&Importar archivo de inscripción…"
    assert panel.quit_button.text() == "&Salir"

    dialog = ImportEnrollmentDialog(sqlite_ctx, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Importar un archivo de inscripción"
    assert label_for(dialog, dialog.file_edit) == "&Archivo:"
    assert label_for(dialog, dialog.passphrase) == "&Frase de contraseña:"
    assert dialog.browse_button.text() == "&Examinar…"
    dialog.accept_button.click()  # nothing filled in
    assert dialog.message_bar.text() == (
        "Todavía no se puede inscribir la estación de trabajo.\n"
        "• Elija el archivo de inscripción.\n"
        "• Escriba la frase de contraseña. Una frase de contraseña de inscripción tiene 6 "
        "grupos de 4 letras y números, como 7KQM-3XHP-…"
    )

    shown = EnrollmentPassphraseDialog(issued_file())
    qtbot.addWidget(shown)
    assert shown.windowTitle() == "Archivo de inscripción escrito"
    assert shown.heading.text() == "Frase de contraseña de un solo uso"
    assert shown.where.text() == "Se escribió el archivo de inscripción /tmp/desk.enrollment."
    assert shown.warning.text().startswith("Entregue esta frase de contraseña por separado")
    assert shown.done_button.text() == "Ya la &anoté"


def test_enrollment_dialogs_in_english(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner
) -> None:
    i18n.install_language("en")
    panel = NotEnrolledPanel(sqlite_ctx, runner)
    qtbot.addWidget(panel)
    assert panel.heading.text() == NOT_ENROLLED_MESSAGE
    assert panel.import_button.text() == "&Import enrollment file…"
    shown = EnrollmentPassphraseDialog(issued_file())
    qtbot.addWidget(shown)
    assert shown.done_button.text() == "I have &noted it"


# --- nothing left in English -------------------------------------------------------------------


def test_nothing_left_in_english_on_the_admin_page_wizard_and_lock_screen(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    empty_machine: Path,  # noqa: F811 - the fixture
) -> None:
    def texts() -> set[str]:
        page = admin_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
        port = FirstRunSetup(
            Settings(), keyring_backend=MemoryKeyring(), password_hasher=FAST_HASHER
        )
        wizard = FirstRunWizard(port, runner)
        qtbot.addWidget(wizard)
        administrator = FirstAdministratorDialog(sqlite_ctx, runner)
        qtbot.addWidget(administrator)
        screen = LockScreen("Avery Admin")
        qtbot.addWidget(screen)
        screen.set_code_needed(True)
        found = texts_of(page) | texts_of(wizard) | texts_of(administrator) | texts_of(screen)
        found |= set(column_texts(page, "role")) | set(column_texts(page, "active"))
        screen.set_daily(True)
        found |= texts_of(screen)
        for widget in (page, wizard, administrator, screen):
            widget.close()
        return found

    english, spanish_texts = in_english_and_spanish(texts)
    data = {user.account.display_name for user in sqlite_staff.values()}
    data |= {user.account.username for user in sqlite_staff.values()}
    left = sorted(
        text for text in english & spanish_texts if text not in SAME_IN_BOTH and text not in data
    )
    assert left == []
    # the check has teeth: the English screens differ from the Spanish ones almost everywhere
    assert len(english - spanish_texts) > 120


# --- shared texts, and the language at start ---------------------------------------------------


def test_an_unexpected_problem_is_told_in_spanish(spanish: None) -> None:
    problem = Problem.unexpected()
    assert problem.message == "Algo salió mal; no se perdió nada de lo que escribió."
    assert problem.hint.startswith("Vuelva a intentarlo.")


class _PortBeforeTheDatabase:
    """All the wizard needs before a database is chosen: where the embedded one would go."""

    def embedded_location(self) -> str:
        return str(Path.home() / "counselor.db")


@pytest.fixture
def app_state(qapp: QApplication) -> Iterator[QApplication]:
    """run_gui changes application-wide state; put it back afterwards (English included)."""
    quit_on_close = qapp.quitOnLastWindowClosed()
    yield qapp
    qapp.setQuitOnLastWindowClosed(quit_on_close)
    qapp.setStyleSheet("")
    i18n.install_language("en")


@pytest.mark.parametrize(
    ("system", "title"),
    [
        (QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico), f"Configurar {APP_NAME}"),
        (QLocale(QLocale.Language.English, QLocale.Country.Canada), f"Set up {APP_NAME}"),
    ],
)
def test_the_first_run_wizard_follows_the_system_language(
    app_state: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    system: QLocale,
    title: str,
) -> None:
    """No settings yet (``language`` empty): the wizard speaks the system's language."""
    resolve: Callable[..., str] = i18n.resolve_language
    asked: list[str] = []
    monkeypatch.setattr(
        i18n, "resolve_language", lambda setting, _system=None: resolve(setting, system)
    )

    def build_wizard(parent: QWidget | None, port: object, run: Runner) -> None:
        wizard = FirstRunWizard(port, run, parent)  # type: ignore[arg-type]
        asked.append(wizard.windowTitle())
        wizard.deleteLater()
        return None  # cancelled: the application quits

    monkeypatch.setattr(FirstRunWizard, "ask", build_wizard)
    QTimer.singleShot(10_000, QCoreApplication.quit)  # never hang the suite
    code = launch.run_gui(
        lambda: pytest.fail("the wizard opens the database"),  # type: ignore[arg-type,return-value]
        ["counselor-app"],
        Settings(),
        first_run=_PortBeforeTheDatabase(),  # type: ignore[arg-type]
    )
    assert code == launch.EXIT_OK
    assert asked == [title]
    assert Settings().language == ""
