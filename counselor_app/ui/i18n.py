"""Interface translation: one call to translate a string, one to install a language at start.

Strings are marked with ``translate("Context", "text")`` (or ``QT_TRANSLATE_NOOP`` where the
string is defined before the application exists, e.g. in a module-level table) so that
``pyside6-lupdate`` finds them; ``make translations`` regenerates ``resources/translations/``.
Contexts are stable per screen: ``Intake``, ``SafetyPlan``, ``FollowUps``, ``MainWindow``,
``SignIn``. Text that comes from the domain's labels or from ``resources/`` (concerns, checklists,
the Lifeline grid) is shown through ``data_text`` (context ``Data``), and text made below the
interface (errors, hints, reasons: ``domain.errors.Message``) through ``message_text`` (context
``Messages``); both sets of entries are generated into ``ui/data_strings.py`` by
``resources/translations/make_data_strings.py``. A language is
chosen once per run (the ``language`` setting); switching needs a restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from counselor_app.config import resources_dir
from counselor_app.domain.errors import Label, Message

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "data_text",
    "install_language",
    "interface_language",
    "message_text",
    "resolve_language",
    "translate",
    "translations_dir",
]

LANGUAGES = ("en", "es")
"""Languages the interface ships in; English is the source language."""

SPANISH_LOCALE = "es_US"
"""Formats used with the Spanish interface when the ``locale`` setting is not Spanish already."""

_installed: list[QTranslator] = []
_language = "en"
_log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """``text`` unchanged, marked for ``pyside6-lupdate``; translate it later with ``translate``.

    PySide6's own ``QT_TRANSLATE_NOOP`` is typed as returning ``object``; this one keeps ``str``.
    """
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the interface language (``text`` itself when untranslated)."""
    return QCoreApplication.translate(context, text)


def data_text(text: str) -> str:
    """A data text in the interface language; ``text`` itself when it has no translation.

    Data texts are the domain's labels and the concerns, checklists and grid in ``resources/``;
    a center's own or edited text has no translation and stays as written.
    """
    return QCoreApplication.translate("Data", text)


def message_text(text: str) -> str:
    """A text made below the interface (an error, its hint, a reason) in the interface language.

    A ``Message`` is looked up by its English template (context ``Messages``) and its values are
    filled into the translation; a value that is itself a message is translated first, a domain
    ``Label`` (a role, a step) through ``data_text``, and any other value (a name, a number, a
    service from the directory) is shown as it is. Text without a translation, and a translation
    that does not fit its values, are shown in English as they came.
    """
    if not isinstance(text, Message):
        return QCoreApplication.translate("Messages", text)
    translated = QCoreApplication.translate("Messages", text.template)
    if not text.values:
        return translated
    values = {name: _value_text(value) for name, value in text.values.items()}
    try:
        return translated.format_map(values)
    except Exception:  # noqa: BLE001 - a broken translation never hides the message
        _log.warning("the translation of a message does not fit its values; shown in English")
        return str(text)


def _value_text(value: object) -> object:
    if isinstance(value, Message):
        return message_text(value)
    if isinstance(value, Label):
        return data_text(value)
    return value


def translations_dir() -> Path:
    """The folder with the compiled ``counselor_<language>.qm`` files."""
    return resources_dir() / "translations"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use for the ``language`` setting: empty follows the system's locale."""
    value = setting.strip().lower()
    if value in LANGUAGES:
        return value
    if value:
        _log.warning("unknown language setting %r: the interface stays in English", value)
        return "en"
    locale = system if system is not None else QLocale.system()
    return "es" if locale.language() == QLocale.Language.Spanish else "en"


def install_language(language: str) -> str:
    """Install the translators for ``language`` (``en``/``es``/empty) and return the one in use.

    Earlier translators installed here are removed first, so tests can switch back and forth.
    Spanish also makes the default ``QLocale`` Spanish (dates, month and day names) unless it is
    already a Spanish locale. English removes the translators and leaves the locale alone.
    """
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = "en"
    chosen = resolve_language(language)
    if chosen == "en":
        return chosen
    ours = QTranslator(app)
    if not ours.load(str(translations_dir() / f"counselor_{chosen}.qm")):
        _log.warning("the %s translation is missing: the interface stays in English", chosen)
        return "en"
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{chosen}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    if QLocale().language() != QLocale.Language.Spanish:
        QLocale.setDefault(QLocale(SPANISH_LOCALE))
    _language = chosen
    return chosen


def interface_language() -> str:
    """The language ``install_language`` installed last (``en`` before it is called)."""
    return _language


RISK_LEVEL_LABELS: dict[str, str] = {
    "not_assessed": QT_TRANSLATE_NOOP("Intake", "Not assessed"),
    "none": QT_TRANSLATE_NOOP("Intake", "None"),
    "low": QT_TRANSLATE_NOOP("Intake", "Low"),
    "moderate": QT_TRANSLATE_NOOP("Intake", "Moderate"),
    "high": QT_TRANSLATE_NOOP("Intake", "High"),
    "imminent": QT_TRANSLATE_NOOP("Intake", "Imminent"),
}
"""Risk level names (the domain's ``RiskLevel.label``), by value, marked for translation."""


def risk_level_text(value: str, label: str) -> str:
    """A risk level's name in the interface language; ``label`` when the value is unknown."""
    source = RISK_LEVEL_LABELS.get(value)
    return translate("Intake", source) if source else label
