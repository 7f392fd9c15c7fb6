"""The Spanish interface: the shipped translation is complete and compiled, and the intake,
safety-plan and follow-up screens speak Spanish with ``language=es`` and English with ``en``."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import (
    CallSource,
    Disposition,
    ImminentStepKind,
    missing_for_completion,
)
from counselor_app.domain.checklists import ChecklistTemplate, ChecklistTemplateItem
from counselor_app.domain.risk import CssrsScreen, LifelineAssessment
from counselor_app.domain.safety_plan import SECTION_TITLES
from counselor_app.export.safety_plan import SECTION_TITLES_ES
from counselor_app.ui import i18n
from counselor_app.ui.events import AppEvents
from counselor_app.ui.follow_ups import FollowUpsView
from counselor_app.ui.follow_ups.view import calendar_message
from counselor_app.ui.follow_ups.week import week_title
from counselor_app.ui.intake.checklist_panel import ChecklistPanel
from counselor_app.ui.intake.compare import differences
from counselor_app.ui.intake.handoff_dialog import CHOICES
from counselor_app.ui.intake.risk_panel import CSSRS_QUESTIONS
from counselor_app.ui.intake.safety_plan_panel import SECTION_TITLES_UI, SafetyPlanPanel
from counselor_app.ui.intake.view import IntakeView
from counselor_app.ui.intake.workspace import IntakeWorkspace
from counselor_app.ui.main_window import CONNECTED, offline_text
from counselor_app.ui.ops import Runner
from counselor_app.ui.sign_in import SignInDialog
from tests.support.languages import in_english_and_spanish
from tests.ui.data import add_call, add_follow_up
from tests.ui.intake_support import show_workspace, type_text

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "counselor_es.ts"
QM = TS.with_suffix(".qm")
GENERATOR = ROOT / "resources" / "translations" / "make_data_strings.py"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    """A Qt Linguist tool installed with PySide6 next to this interpreter."""
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    assert found, f"{name} not found: it ships with PySide6-Essentials"
    return found


# --- the files ---------------------------------------------------------------------------------


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """``(context, source)`` -> the ``<translation>`` element of every message in ``ts``."""
    out = {}
    for context in ET.parse(ts).getroot().findall("context"):  # noqa: S314 (our own file)
        name = context.findtext("name", "")
        for message in context.findall("message"):
            translation = message.find("translation")
            assert translation is not None
            out[(name, message.findtext("source", ""))] = translation
    return out


def test_the_ts_holds_every_marked_string_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-extensions",
            "py",
            str(ROOT / "counselor_app" / "ui"),
            "-ts",
            str(fresh),
        ],
        check=True,
        timeout=120,
    )
    shipped, current = messages(TS), messages(fresh)
    assert set(current) == set(shipped), "run `make translations`: the .ts is out of date"
    untranslated = [
        key
        for key, t in shipped.items()
        if t.get("type") in {"unfinished", "vanished"} or not t.text
    ]
    assert untranslated == []
    assert len(shipped) > 250


def test_the_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "counselor_es.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)], check=True, timeout=60
    )
    assert out.read_bytes() == QM.read_bytes(), "run `make translations`: the .qm is stale"


def test_placeholders_survive_translation() -> None:
    for (_context, source), translation in messages(TS).items():
        assert set(re.findall(r"\{\w+\}", source)) == set(
            re.findall(r"\{\w+\}", translation.text or "")
        ), source
        mnemonic = re.compile(r"&(?=[^\s&])")
        assert len(mnemonic.findall(source)) == len(mnemonic.findall(translation.text or "")), (
            source
        )


def test_section_titles_are_the_domain_ones_and_the_pdf_wording() -> None:
    assert SECTION_TITLES_UI == SECTION_TITLES
    shipped = messages(TS)
    for key, title in SECTION_TITLES.items():
        assert shipped[("SafetyPlan", title)].text == SECTION_TITLES_ES[key]


# --- the setting -------------------------------------------------------------------------------


def test_the_language_setting_follows_the_system_when_empty() -> None:
    assert Settings().language == ""
    spanish_system = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    english_system = QLocale(QLocale.Language.English, QLocale.Country.Canada)
    assert i18n.resolve_language("", spanish_system) == "es"
    assert i18n.resolve_language("", english_system) == "en"
    assert i18n.resolve_language("es", english_system) == "es"
    assert i18n.resolve_language("EN", spanish_system) == "en"
    assert i18n.resolve_language("fr", spanish_system) == "en"


def test_spanish_formats_dates_in_spanish(spanish: None) -> None:
    assert QLocale().language() == QLocale.Language.Spanish
    assert QLocale().toString(date(2026, 11, 28), "d MMMM yyyy") == "28 noviembre 2026"
    assert i18n.translate("MainWindow", "Follow-ups") == "Seguimientos"


def test_english_removes_the_translation(qapp: QApplication) -> None:
    i18n.install_language("es")
    assert i18n.translate("MainWindow", "Follow-ups") == "Seguimientos"
    assert i18n.install_language("en") == "en"
    assert i18n.translate("MainWindow", "Follow-ups") == "Follow-ups"


# --- the screens -------------------------------------------------------------------------------


def label_for(root: QWidget, field: QWidget) -> str:
    """The text of the label whose buddy is ``field``."""
    for label in root.findChildren(QLabel):
        if label.buddy() is field:
            return label.text()
    raise AssertionError(f"no label for {field.objectName()}")


def tab_texts(bar: QTabBar) -> list[str]:
    return [bar.tabText(i) for i in range(bar.count())]


def visible_texts(root: QWidget) -> set[str]:
    """Texts of the labels, buttons, check boxes, group titles and tabs under ``root``."""
    texts: set[str] = set()
    for label in root.findChildren(QLabel):
        texts.add(label.text())
    for button in root.findChildren(QAbstractButton):
        texts.add(button.text())
    for box in root.findChildren(QGroupBox):
        texts.add(box.title())
    for bar in root.findChildren(QTabBar):
        texts.update(tab_texts(bar))
    return {t.strip() for t in texts if t.strip()}


def workspace(qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner) -> IntakeWorkspace:
    return show_workspace(qtbot, ctx, user, runner)


def test_intake_and_safety_plan_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    spanish: None,
) -> None:
    ws = workspace(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner)
    form = ws.form
    assert label_for(ws, form.cad) == "Número de incidente CAD:"
    assert form.cad.accessibleName() == "Número de incidente CAD"
    assert label_for(ws, form.callback) == "Número para devolver la llamada:"
    assert form.anonymous.text() == "Llamada anónima"
    assert form.caller_group.title() == "Persona que llama"
    assert tab_texts(ws.tabs.tabBar()) == [
        "&Llamada",
        "&Riesgo",
        "Listas de &verificación",
        "Plan de s&eguridad",
        "&Cierre y seguimiento",
    ]
    plan = ws.safety_plan
    assert label_for(plan, plan.sections["warning_signs"]) == "1. Señales de advertencia:"
    assert (
        plan.sections["professionals"]
        .placeholderText()
        .endswith("Línea 988 de Prevención del Suicidio y Crisis: llame o envíe un texto al 988")
    )
    assert plan.sections["reasons_for_living"].accessibleName() == (
        "7. Lo más importante para mí / mis razones para vivir"
    )


def test_data_texts_on_the_intake_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    spanish: None,
) -> None:
    ws = workspace(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner)
    form = ws.form
    sources = [form.source.itemText(i) for i in range(form.source.count())]
    assert sources == [
        "Transferencia del 911",
        "Línea 988",
        "Línea directa",
        "Intervención conjunta en campo",
    ]
    assert form.source.currentData() == CallSource.TRANSFER_911.value  # the stored code
    assert ws.source_label.text() == "Transferencia del 911"
    assert i18n.data_text("Suicidal thoughts") == "Pensamientos suicidas"  # a concern
    # a checklist: the chooser, its description, then the started run
    panel = ws.checklists
    titles = [panel.template.itemText(i) for i in range(panel.template.count())]
    assert "Reducción de la tensión en una crisis (v1.0)" in titles
    box = panel.start("crisis-de-escalation")
    assert box is not None
    assert box.checks["ask_suicide"].text() == "Preguntar directamente por pensamientos suicidas"
    assert box.title().startswith("Reducción de la tensión en una crisis (v1.0) — iniciada a las ")
    assert box.title().endswith(" — 0 de 10 hechos")
    assert box.run.title == "Crisis de-escalation"  # what is stored stays as written
    assert ws.checklist_label.text() == "Listas: Reducción de la tensión en una crisis 0/10"
    # the Lifeline grid and its formulation
    lifeline = ws.risk.lifeline
    assert (
        lifeline.title()
        == "Estándar de evaluación del riesgo de suicidio de Lifeline (versión 2024.1)"
    )
    assert lifeline.principle_groups["desire"].title() == "Deseo suicida"
    assert lifeline.boxes["desire"]["hopelessness"].text() == "Desesperanza"
    lifeline.boxes["desire"]["hopelessness"].setChecked(True)
    assert lifeline.formulation.text().splitlines() == [
        "Deseo suicida: Desesperanza.",
        "Capacidad suicida: no se identificó nada.",
        "Intención suicida: no se identificó nada.",
        "Factores protectores: no se identificó nada.",
        "Formulación: riesgo moderado.",
    ]
    # the dispositions and the imminent-risk steps
    disposition = ws.disposition.primary_buttons[Disposition.WARM_TRANSFER]
    assert disposition.text() == "Transferencia asistida"
    assert disposition.accessibleName() == "Transferencia asistida"
    steps = {label.text() for label in ws.findChildren(QLabel, "imminentStepName")}
    assert "1. Involucramiento activo" in steps
    # the C-SSRS questions stay English, with the note that says why, in Spanish
    cssrs = ws.risk.cssrs
    assert cssrs.questions["q2"].label.text() == CSSRS_QUESTIONS[1][1]
    assert cssrs.english_note is not None
    assert cssrs.english_note.text() == (
        "Preguntas de la C-SSRS en inglés: léalas con la versión validada en español de su centro."
    )
    assert cssrs.title() == "Evaluación C-SSRS (último mes)"
    assert cssrs.questions["q1"].yes.text() == "Sí"


def test_a_centers_own_checklist_is_shown_as_written(qtbot: QtBot, spanish: None) -> None:
    own = ChecklistTemplate(
        key="center-welfare",
        version="3",
        title="Visita de bienestar del condado",
        description="Our county's own steps.",
        items=(
            ChecklistTemplateItem("ask", "Ask for the case worker on duty"),
            ChecklistTemplateItem("safe", "Ask whether the caller is safe right now"),
        ),
    )
    panel = ChecklistPanel((own,), lambda: datetime.now(UTC))
    qtbot.addWidget(panel)
    assert panel.template.itemText(0) == "Visita de bienestar del condado (v3)"
    assert panel.description.text() == "Our county's own steps."
    box = panel.start()
    assert box is not None
    assert box.checks["ask"].text() == "Ask for the case worker on duty"
    # an item worded like a shipped one gets the shipped translation
    assert box.checks["safe"].text() == "Preguntar si la persona está a salvo en este momento"
    assert box.title().startswith("Visita de bienestar del condado (v3) — iniciada a las ")


def test_the_risk_tab_in_english_has_no_cssrs_note(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    i18n.install_language("en")
    ws = workspace(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner)
    assert ws.risk.cssrs.english_note is None
    texts = visible_texts(ws)
    assert not any("C-SSRS questions in English" in t for t in texts)
    assert not any("Preguntas de la C-SSRS" in t for t in texts)
    assert ws.form.source.itemText(1) == "988"
    assert ws.disposition.primary_buttons[Disposition.WARM_TRANSFER].text() == "Warm transfer"
    lifeline = ws.risk.lifeline
    lifeline.boxes["desire"]["hopelessness"].setChecked(True)
    assessment = lifeline.assessment()
    assert assessment is not None
    # the screen's formulation is the domain's, word for word, in English
    assert lifeline.formulation.text() == assessment.formulation(lifeline.grid)


def test_messages_and_dialog_texts_in_spanish(
    sqlite_ctx: AppContext, sqlite_staff: dict[Role, SignedInUser], spanish: None
) -> None:
    assert offline_text(2) == "Sin conexión — 2 cambios en espera"
    assert i18n.translate("MainWindow", CONNECTED) == "Conectado"
    target = Path("cal") / "f.ics"
    assert calendar_message(b"BEGIN:VEVENT\nBEGIN:VEVENT", target) == (
        f"Se exportaron 2 seguimientos a {target} (solo referencia de la llamada e iniciales)."
    )
    assert week_title(date(2026, 11, 23)).startswith("Semana del 23 nov")
    assert [c.shown for c in CHOICES][:2] == [
        "Equipo móvil de crisis",
        "Centro de atención del 911 (PSAP)",
    ]
    # what completing a call still needs: the domain's messages, in Spanish
    counselor = sqlite_staff[Role.COUNSELOR]
    at_risk = replace(
        sqlite_ctx.intake.new_call(counselor, CallSource.DIRECT_LINE),
        cssrs=CssrsScreen(True, False, None, None, None, True, None),
        lifeline=LifelineAssessment(
            desire=frozenset({"hopelessness"}),
            capability=frozenset({"available_means"}),
            intent=frozenset({"plan_known_method"}),
        ),
    )
    assert at_risk.imminent
    missing = [i18n.message_text(reason) for reason in missing_for_completion(at_risk)]
    assert missing[:3] == [
        "Motivos de la llamada: elija al menos uno.",
        "Narrativa: una nota breve de lo que pasó en la llamada.",
        "Riesgo: termine la evaluación C-SSRS (pregunta 6 (últimos 3 meses)).",
    ]
    assert "Riesgo inminente: “Se avisó al supervisor” no está hecho." in missing
    assert "Cierre: cómo terminó la llamada." in missing
    assert not any(c.isascii() and "the" in c.split() for c in missing)  # no English left
    # the conflict dialog's fields and values
    base = sqlite_ctx.intake.new_call(counselor, CallSource.DIRECT_LINE)
    theirs = replace(
        base,
        source=CallSource.LIFELINE_988,
        disposition=replace(base.disposition, primary=Disposition.RESOLVED_ON_LINE),
    )
    diffs = differences(base, theirs, sqlite_ctx.intake.reference)
    assert [(d.label, d.mine, d.theirs) for d in diffs] == [
        ("Origen", "Línea directa", "Línea 988"),
        ("Cierre", "Sin decidir", "Se resolvió en la línea"),
    ]


def test_the_data_strings_module_is_generated_from_the_resources(tmp_path: Path) -> None:
    """A resource or domain label edited without `make translations` fails here."""
    out = tmp_path / "data_strings.py"
    subprocess.run(
        [sys.executable, str(GENERATOR), "--output", str(out)], check=True, timeout=60, cwd=tmp_path
    )
    shipped = (ROOT / "counselor_app" / "ui" / "data_strings.py").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == shipped, "run `make translations`"
    assert "GENERATED by resources/translations/make_data_strings.py" in shipped
    assert 'QT_TRANSLATE_NOOP("Data", "Suicidal thoughts"),' in shipped  # a concern
    assert 'QT_TRANSLATE_NOOP("Data", "Resolved on the line"),' in shipped  # a disposition
    shipped_ts = messages(TS)
    assert shipped_ts[("Data", "Suicidal thoughts")].text == "Pensamientos suicidas"


def test_intake_and_safety_plan_in_english(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
) -> None:
    i18n.install_language("en")
    ws = workspace(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner)
    assert label_for(ws, ws.form.cad) == "CAD incident number:"
    assert ws.form.cad.accessibleName() == "CAD incident number"
    assert tab_texts(ws.tabs.tabBar())[3] == "Safety p&lan"
    plan = SafetyPlanPanel()
    qtbot.addWidget(plan)
    assert label_for(plan, plan.sections["warning_signs"]) == "1. Warning signs:"


def test_typing_accented_spanish_text_works_in_the_spanish_interface(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    spanish: None,
) -> None:
    ws = workspace(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner)
    ws.tabs.setCurrentWidget(ws.safety_plan_tab)
    edit = ws.safety_plan.sections["reasons_for_living"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=5000)
    type_text("Mi hija Begoña, ¡y el café de la mañana!")
    assert edit.toPlainText() == "Mi hija Begoña, ¡y el café de la mañana!"
    plan = ws.safety_plan.plan()
    assert plan.reasons_for_living == "Mi hija Begoña, ¡y el café de la mañana!"


def follow_ups_page(
    qtbot: QtBot,
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> FollowUpsView:
    counselor = staff[Role.COUNSELOR]
    call = add_call(ctx, counselor)
    add_follow_up(ctx, call, counselor, due_end=datetime.now(UTC) + timedelta(hours=20))
    page = FollowUpsView(ctx, staff[Role.PEER_SPECIALIST], runner, events)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 760)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def headers(page: FollowUpsView) -> list[str]:
    model = page.proxy
    return [str(model.headerData(i, Qt.Orientation.Horizontal)) for i in range(model.columnCount())]


def test_follow_up_queue_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    spanish: None,
) -> None:
    page = follow_ups_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    tabs = tab_texts(page.tabs)
    assert tabs[0].startswith("&Vencen hoy (")
    assert tabs[1].startswith("&Atrasados (")
    assert "Mi s&emana" in tabs
    assert headers(page)[:2] == ["Vence", "Iniciales"]
    assert "Asignado a" in headers(page)
    buttons = {b.text() for b in page.findChildren(QAbstractButton)}
    assert {"T&omar", "&Liberar", "Re&gistrar intento…"} <= buttons
    first_row = [str(page.proxy.index(0, c).data()) for c in range(page.proxy.columnCount())]
    assert re.match(r"Vence (hoy|mañana) ", first_row[0]), first_row[0]
    assert re.search(r"[ap]\.m\.", first_row[0]), "Spanish times say a.m. and p.m."
    assert "Llamada telefónica" in first_row
    assert "Sin asignar" in first_row


def test_the_due_window_tip_shows_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    spanish: None,
) -> None:
    page = follow_ups_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    model = page.model
    due = model.column_of("due")
    assert model.headerData(due, Qt.Orientation.Horizontal) == "Vence"
    tip = model.index(0, due).data(Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str) and tip.startswith("Vence entre "), tip
    # only that column has the window as its tip
    others = model.index(0, model.column_of("status")).data(Qt.ItemDataRole.ToolTipRole)
    assert not (others or "").startswith("Vence entre")
    # the column is found by its key, never by the words of its header
    model.columns = tuple(
        replace(column, header=f"{column.header} (local)") for column in model.columns
    )
    tip = model.index(0, due).data(Qt.ItemDataRole.ToolTipRole)
    assert isinstance(tip, str) and tip.startswith("Vence entre "), tip


def intake_list_page(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, events: AppEvents
) -> IntakeView:
    page = IntakeView(ctx, user, runner, events)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 760)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    return page


def test_intake_list_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    spanish: None,
) -> None:
    counselor = sqlite_staff[Role.COUNSELOR]
    add_call(sqlite_ctx, counselor)
    page = intake_list_page(qtbot, sqlite_ctx, counselor, runner, events)
    filters = {key: button.text() for key, button in page.filter_buttons.items()}
    assert filters == {"today": "&Hoy", "mine": "&Mías", "open": "&Abiertas", "all": "&Todas"}
    assert page.filter_buttons["mine"].accessibleName() == "Mías"
    assert page.footer.text().startswith("1 llamada · ")
    add_call(sqlite_ctx, counselor)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    assert page.footer.text().startswith("2 llamadas · ")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.search.setText("Nadie")
    assert page.footer.text().startswith("0 llamadas para la búsqueda “Nadie” · ")


def test_follow_up_queue_in_english(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    i18n.install_language("en")
    page = follow_ups_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    assert tab_texts(page.tabs)[0].startswith("&Due today (")
    assert headers(page)[:2] == ["Due", "Initials"]


def test_nothing_left_in_english_on_the_spanish_screens(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    def texts() -> set[str]:
        ws = workspace(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner)
        # every shipped checklist started, so their titles and items are on the screen too
        for template in sqlite_ctx.intake.reference.checklists:
            assert ws.checklists.start(template.key) is not None
        assert len(ws.checklists.runs) == 4
        page = follow_ups_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
        calls = intake_list_page(qtbot, sqlite_ctx, sqlite_staff[Role.COUNSELOR], runner, events)
        found = visible_texts(ws) | visible_texts(page) | set(headers(page))
        found |= visible_texts(calls) | combo_texts(calls)
        found |= combo_texts(ws)
        ws.close()
        page.close()
        calls.close()
        return found

    english, spanish_texts = in_english_and_spanish(texts)
    # the walk sees the data texts: a started checklist, the Lifeline grid, the dispositions
    reference = sqlite_ctx.intake.reference
    shown_in_english = {
        reference.checklists[0].items[0].label,
        reference.lifeline_grid.principles[0].items[0].label,
        Disposition.RESOLVED_ON_LINE.label,
        CallSource.DIRECT_LINE.label,
        f"1. {ImminentStepKind.ACTIVE_ENGAGEMENT.label}",
    }
    assert shown_in_english <= english
    assert {"&Today", "&Mine", "&Open", "&All"} <= english  # the calls list is in the walk
    left = sorted(
        text for text in english & spanish_texts if text not in SAME_IN_BOTH and not from_data(text)
    )
    assert left == []
    # the check has teeth: the English screens differ from the Spanish ones almost everywhere
    assert len(english - spanish_texts) > 200


def combo_texts(root: QWidget) -> set[str]:
    """The entries of every combo box under ``root``."""
    return {
        box.itemText(i).strip() for box in root.findChildren(QComboBox) for i in range(box.count())
    } - {""}


SAME_IN_BOTH = {"No"}
"""Texts that are the same words in both languages (the word "No")."""


def from_data(text: str) -> bool:
    """True for the C-SSRS questions: the only text that stays English on the Spanish screens.

    The C-SSRS is a validated clinical instrument: its Spanish wording must be the Columbia
    Lighthouse Project's own, which the application does not have, and an ad-hoc translation is
    unsafe. The Spanish risk tab says so beside the questions (``CSSRS_ENGLISH_NOTE``).
    Everything else from the domain or ``resources/`` (concerns, checklists, the Lifeline grid,
    the domain's labels) is translated through ``i18n.data_text``.
    """
    return text in {question for _key, question in CSSRS_QUESTIONS}


def test_sign_in_dialog_in_spanish(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: Runner, spanish: None
) -> None:
    dialog = SignInDialog(sqlite_ctx, runner)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Iniciar sesión en ")
    assert dialog.accept_button.text() == "&Iniciar sesión"
    assert dialog.intro.text() == "Inicie sesión con su propia cuenta."
    assert label_for(dialog, dialog.code) == "Códi&go de su aplicación:"
    dialog.submit()  # nothing typed yet
    assert dialog.message_bar.text() == "Escriba su usuario y su contraseña."
