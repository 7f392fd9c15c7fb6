"""What the services and the domain say, shown in Spanish: errors, hints and reasons.

The texts are made in English below the interface (``domain.errors.Message``); the interface
translates them where it shows a problem (``Problem.from_error``, ``i18n.message_text``).
"""

from __future__ import annotations

import json
import logging
from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser, check_username
from counselor_app.domain.directory import ScheduleRule, WeekdayRule, describe_rule
from counselor_app.domain.errors import (
    KnownError,
    Label,
    PermissionDeniedError,
    ValidationError,
    msg,
)
from counselor_app.ui import i18n
from counselor_app.ui.directory.detail import hours_line_text
from counselor_app.ui.intake.workspace import NOT_SAVED_PREFIX
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.sign_in import SignInDialog
from tests.ui.intake_support import press, show_workspace

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_wrong_password_is_told_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    spanish: None,
) -> None:
    dialog = SignInDialog(sqlite_ctx, runner)
    qtbot.addWidget(dialog)
    dialog.username.setText("casey")
    dialog.password.setText("not the password at all")
    dialog.submit()
    qtbot.waitUntil(lambda: bool(dialog.message_bar.text()), timeout=10_000)
    assert dialog.message_bar.text() == (
        "El usuario o la contraseña no son correctos.\nRevise ambos y vuelva a intentarlo."
    )


def test_a_refusal_names_the_role_and_the_action_in_spanish(
    sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser], spanish: None
) -> None:
    with pytest.raises(PermissionDeniedError) as refused:
        sqlite_ctx.accounts.list_accounts(sqlite_staff[Role.COUNSELOR])
    assert str(refused.value).startswith(  # English for the log and the command line
        "Your role (Counselor) does not allow you to manage accounts."
    )
    problem = Problem.from_error(refused.value)
    assert problem.message == "Su rol (Consejero(a)) no le permite administrar cuentas."
    assert problem.hint == "Si lo necesita, consulte a un supervisor o a un administrador."


def test_the_intake_says_why_a_call_was_not_saved_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    spanish: None,
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner)
    form = workspace.form
    form.anonymous.setChecked(False)
    form.callback.setText("314-555")  # kept as typed; the database save refuses it
    press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: workspace.save_state.startswith(NOT_SAVED_PREFIX), timeout=10_000)
    assert workspace.save_state_label.text().startswith("No se guardó:")
    lines = workspace.message_bar.text().splitlines()
    assert lines == [
        "Parte de lo que se escribió no se puede guardar así.",
        "• Número para devolver la llamada: Este número de teléfono no es válido. "
        "Revise la cantidad de dígitos y el código de área.",
    ]
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


def test_values_that_are_messages_or_labels_are_translated_and_data_is_not(
    spanish: None,
) -> None:
    refused = ValidationError(
        "The call was not saved.",
        (
            msg("Age: give a number between 0 and 125, or leave it empty."),
            # a directory service that happens to be named like a domain label stays as named
            msg("Referral to {service}: it is listed twice.", service="Mobile crisis team"),
        ),
    )
    problem = Problem.from_error(refused)
    assert problem.reasons == (
        "Edad: escriba un número entre 0 y 125, o déjela vacía.",
        "Referido a Mobile crisis team: aparece dos veces.",
    )
    nested = msg(
        "Your role ({role}) does not allow you to {action}.",
        role=Label("Supervisor"),
        action=msg("manage accounts"),
    )
    assert i18n.message_text(nested) == "Su rol (Supervisor(a)) no le permite administrar cuentas."
    assert i18n.message_text("A text nobody translated.") == "A text nobody translated."


def test_reasons_a_screen_checks_itself_are_shown_in_spanish(spanish: None) -> None:
    """The domain's own checks, shown before anything is sent (no service call, no error)."""
    problem = Problem("No se puede crear la cuenta.", reasons=tuple(check_username("a")))
    assert problem.reasons == ("Un usuario necesita al menos 2 caracteres.",)
    assert problem.logged == "No se puede crear la cuenta."  # no error behind it: as shown


def test_a_pasted_incident_warns_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    spanish: None,
) -> None:
    workspace = show_workspace(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner)
    incident = {
        "incident": {"incidentTrackingIdentifier": "261128-0099", "callTransferTime": "15:04"},
        "location": {"latitude": "north", "longitude": 200},
    }
    QGuiApplication.clipboard().setText(json.dumps(incident))
    workspace.paste_incident()
    warnings = [
        line for line in workspace.message_bar.text().splitlines() if line.startswith("Advert")
    ]
    assert warnings == [
        "Advertencia: La hora de transferencia «15:04» no es una hora ISO 8601; se dejó vacía.",
        "Advertencia: La latitud «north» no es un número; se dejó vacía.",
        "Advertencia: La longitud 200.0 está fuera de rango; se dejó vacía.",
    ]
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)


@pytest.mark.parametrize(
    ("rule", "spanish_line"),
    [
        (
            ScheduleRule(time(9), time(17), byday=(WeekdayRule(0), WeekdayRule(2), WeekdayRule(4))),
            "Lun, mié, vie 9:00 a.m. – 5:00 p.m.",
        ),
        (
            ScheduleRule(time(0), time(0), interval=2),
            "Todos los días, cada dos semanas, abierto las 24 horas",
        ),
        (
            ScheduleRule(
                time(10),
                time(14),
                "MONTHLY",
                byday=(WeekdayRule(0, -1),),
                valid_from=date(2026, 3, 1),
                until=date(2026, 6, 30),
            ),
            "Último lun del mes 10:00 a.m. – 2:00 p.m. (1 mar 2026 – 30 jun 2026)",
        ),
        (
            ScheduleRule(time(18), time(20), "MONTHLY", bymonthday=(1, -1)),
            "Día 1 y último día del mes 6:00 p.m. – 8:00 p.m.",
        ),
        (
            ScheduleRule(time(9), time(12), "MONTHLY", byday=(WeekdayRule(4),), bymonthday=(13,)),
            "Cada vie que caiga el día 13 del mes 9:00 a.m. – 12:00 p.m.",
        ),
        (
            ScheduleRule(time(9), time(12), "MONTHLY", byday=(WeekdayRule(1, -2),), interval=2),
            "2.º mar contando desde el final del mes, cada dos meses 9:00 a.m. – 12:00 p.m.",
        ),
        (
            ScheduleRule(time(9), time(12), "MONTHLY", bymonthday=(-2,)),
            "2.º día contando desde el final del mes 9:00 a.m. – 12:00 p.m.",
        ),
    ],
)
def test_hours_lines_are_built_in_spanish(
    rule: ScheduleRule, spanish_line: str, spanish: None
) -> None:
    assert hours_line_text(describe_rule(rule)) == spanish_line


class _Mistranslated(QTranslator):
    """A translation whose fields do not match the message's values."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "Messages" and source == "Wait {minutes} minutes.":
            return "Espere {minutos} minutos."
        return ""


def test_a_translation_that_does_not_fit_its_values_shows_the_english(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    broken = _Mistranslated()
    qapp.installTranslator(broken)
    try:
        with caplog.at_level(logging.WARNING):
            shown = i18n.message_text(msg("Wait {minutes} minutes.", minutes=5))
    finally:
        qapp.removeTranslator(broken)
    assert shown == "Wait 5 minutes."
    assert "does not fit its values" in caplog.text


def test_english_shows_the_message_as_made(
    sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser]
) -> None:
    with pytest.raises(KnownError) as refused:
        sqlite_ctx.accounts.list_accounts(sqlite_staff[Role.COUNSELOR])
    assert Problem.from_error(refused.value).message == str(refused.value.message)
