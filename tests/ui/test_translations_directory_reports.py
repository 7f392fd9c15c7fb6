"""The directory and reports screens in Spanish and English.

The screens speak the interface language; data (service records, taxonomy terms, names, numbers,
the domain's disposition and call-source names) stays as stored; the English words the screens
build from domain facts (opening status, verification, figure definitions) stay the domain's
English word for word; nothing finds a column or a row by its translated text; exports stay
English.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallSource
from counselor_app.domain.directory import (
    DirectoryQuery,
    ImportIssue,
    ImportReport,
    IssueSeverity,
    OpeningStatus,
    OpenState,
    ServiceDetail,
    TableCounts,
    describe_opening,
    verification_warning,
)
from counselor_app.domain.outcomes import (
    FIGURES,
    NOT_DECIDED,
    Timeliness,
    disposition_label,
)
from counselor_app.ui import i18n
from counselor_app.ui.directory import DirectoryView
from counselor_app.ui.directory.detail import ROWS
from counselor_app.ui.directory.edit_dialogs import OrganizationsDialog, ServiceEditDialog
from counselor_app.ui.directory.refer_dialog import ReferDialog
from counselor_app.ui.directory.texts import (
    import_summary,
    opening_text,
    verification_text,
)
from counselor_app.ui.directory.transfer_dialogs import ImportDialog, report_text
from counselor_app.ui.events import AppEvents
from counselor_app.ui.ops import Runner
from counselor_app.ui.reports import ReportsView
from counselor_app.ui.reports import view as reports_view
from tests.support.languages import in_english_and_spanish
from tests.support.outcomes import COSTS, TEAM
from tests.ui.test_directory_view import WEDNESDAY_MORNING, names, wait_detail
from tests.ui.test_directory_view import directory_page as shown_directory
from tests.ui.test_reports_view import (
    insert_staff_program,
    make_report,
    set_period,
    show_reports,
)
from tests.ui.test_translations import (  # helpers of the first screens
    TS,
    label_for,
    messages,
    tab_texts,
    visible_texts,
)

CHICAGO = ZoneInfo("America/Chicago")


def directory_page(
    qtbot: QtBot, ctx: AppContext, user: SignedInUser, runner: Runner, events: AppEvents
) -> DirectoryView:
    """The directory page (test_directory_view's), its category filter filled."""
    page = shown_directory(qtbot, ctx, user, runner, events)
    qtbot.waitUntil(lambda: page.category.count() > 1, timeout=10_000)
    return page


def show_warmline(qtbot: QtBot, page: DirectoryView) -> ServiceDetail:
    page.search.setText("warmline")
    qtbot.waitUntil(lambda: names(page) == ["Zoë Warmline"], timeout=10_000)
    return wait_detail(qtbot, page, "Zoë Warmline")


def reports_page(
    qtbot: QtBot,
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> ReportsView:
    """The reports page over the outcome data set's period (the data inserted first)."""
    insert_staff_program(ctx, staff)
    return period_report(qtbot, ctx, staff, runner, events)


def period_report(
    qtbot: QtBot,
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> ReportsView:
    """The reports page, its report made for the data set's period."""
    view = show_reports(qtbot, ctx, staff, runner, events)
    set_period(view)
    make_report(qtbot, view)
    return view


def headers(table: QTableView) -> list[str]:
    model = table.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def column(table: QTableView, index: int) -> list[str]:
    model = table.model()
    return [str(model.index(r, index).data()) for r in range(model.rowCount())]


def chart_texts(view: QChartView) -> set[str]:
    """Title, axis titles, category labels and series names of the chart shown in ``view``."""
    chart = view.chart()
    texts = {chart.title()}
    for axis in chart.axes():
        texts.add(axis.titleText())
        if isinstance(axis, QBarCategoryAxis):
            texts.update(axis.categories())
    for series in chart.series():
        texts.update(bar_set.label() for bar_set in series.barSets())  # type: ignore[attr-defined]
    return texts


def all_texts(root: QWidget) -> set[str]:
    """Every text a person (or a screen reader) meets under ``root``, charts and headers too."""
    texts = set(visible_texts(root))
    for widget in [root, *root.findChildren(QWidget)]:
        texts |= {widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()}
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QAbstractSpinBox) and hasattr(widget, "suffix"):
            texts.add(widget.suffix())
        if isinstance(widget, QTableView):
            model = widget.model()
            texts |= set(headers(widget))
            texts |= {
                str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole))
                for c in range(model.columnCount())
            }
        if isinstance(widget, QChartView) and widget.chart() is not None:
            texts |= chart_texts(widget)
    return {t.strip() for t in texts if t and t.strip() and t != "None"}


NUMBERS = re.compile(r"[\d\s.,:%$—–()\-/+×h]*")
"""Figures, dates, times and phone numbers: the same in both languages."""

SAME_IN_BOTH = {
    "mi": "miles are abbreviated mi in US Spanish as well",
    "en, es": "language codes, the example placeholder of the service form's languages",
    "Total": "the same word in Spanish (a table header)",
}
"""Texts left alike on purpose, each with its reason."""


def directory_data(ctx: AppContext, user: SignedInUser, page: DirectoryView) -> set[str]:
    """Directory content shown on the page: HSDS records and taxonomy terms (kept as stored)."""
    data: set[str] = set()
    details = [page.detail_panel.detail]
    for hit in page.model.records():
        data |= {hit.name, hit.organization_name, hit.description, hit.city or ""}
    # every service's detail: the panel may still show the one selected before the search
    for hit in ctx.directory.search(user, DirectoryQuery()):
        details.append(ctx.directory.service_detail(user, hit.id))
    for detail in details:
        if detail is None:
            continue
        data |= {
            detail.name,
            detail.organization_name,
            detail.description,
            detail.eligibility,
            detail.fees,
            detail.application_process,
            detail.url,
            detail.email,
            detail.wait_time,
            ", ".join(detail.languages),
            ", ".join(detail.categories),
            "\n".join(
                " — ".join(p for p in (a.location_name, a.one_line()) if p)
                for a in detail.addresses
            ),
        }
    for combo in (page.category, page.language):
        data |= {combo.itemText(i) for i in range(1, combo.count())}  # terms and language names
    return data


def reports_data(ctx: AppContext, view: ReportsView) -> set[str]:
    """Data on the reports page: names of counselors and teams, and the cost source (call
    sources and dispositions are shown in Spanish, as in the intake)."""
    data: set[str] = set()
    combos = (view.counselor_combo, view.team_combo)
    data |= {combo.itemText(i) for combo in combos for i in range(1, combo.count())}
    data.add(COSTS.source)
    return data


def left_in_english(english: set[str], spanish_texts: set[str], data: set[str]) -> list[str]:
    return sorted(
        text
        for text in english & spanish_texts
        if text not in SAME_IN_BOTH and text not in data and not NUMBERS.fullmatch(text)
    )


# --- the English the screens build is the domain's ----------------------------------------------


def test_figure_words_are_the_domain_wording_and_translated() -> None:
    shipped = messages(TS)
    for definition in FIGURES:
        for part in ("name", "definition", "numerator", "denominator", "lacking"):
            source = getattr(definition, part)
            spanish_text = shipped[("Data", source)].text or ""
            assert spanish_text and spanish_text != source, (definition.key, part)
    for source in (*(t.label for t in Timeliness), disposition_label(NOT_DECIDED)):
        assert shipped[("Data", source)].text not in (None, "", source), source


def opening_cases() -> list[OpeningStatus]:
    # Wednesday 2 December 2026, 10:30 in Chicago
    at = datetime(2026, 12, 2, 10, 30, tzinfo=CHICAGO)
    return [
        OpeningStatus(OpenState.OPEN, closes_at=at.replace(hour=17, minute=0)),
        OpeningStatus(OpenState.OPEN, closes_at=at + timedelta(days=1, hours=-8)),  # tomorrow
        OpeningStatus(OpenState.OPEN, closes_at=datetime(2026, 12, 5, 0, 0, tzinfo=CHICAGO)),
        OpeningStatus(OpenState.OPEN, closes_at=at + timedelta(days=30)),
        OpeningStatus(OpenState.OPEN),
        OpeningStatus(OpenState.CLOSED, opens_at=datetime(2026, 12, 7, 9, tzinfo=CHICAGO)),
        OpeningStatus(OpenState.CLOSED, opens_at=datetime(2026, 12, 14, 9, tzinfo=CHICAGO)),
        OpeningStatus(OpenState.CLOSED, opens_at=at.replace(hour=12, minute=15)),
        OpeningStatus(OpenState.CLOSED),
        OpeningStatus(OpenState.UNKNOWN),
    ]


def test_opening_and_verification_words_are_the_domains_in_english(qapp: QApplication) -> None:
    now = WEDNESDAY_MORNING
    for status in opening_cases():
        assert opening_text(status, CHICAGO, now) == describe_opening(status, CHICAGO, now)
    today = date(2026, 12, 2)
    for verified in (None, today, today - timedelta(days=400), today - timedelta(days=370)):
        for limit in (0, 30, 365):
            assert verification_text(verified, today, limit) == verification_warning(
                verified, today, limit
            ), (verified, limit)
    assert verification_text(date(2026, 12, 1), today, 0) == verification_warning(
        date(2026, 12, 1), today, 0
    )
    assert verification_text(date(2024, 1, 1), today, 30) == verification_warning(
        date(2024, 1, 1), today, 30
    )


def import_report() -> ImportReport:
    issue = ImportIssue(IssueSeverity.WARNING, "locations.csv", 3, "loc-1", "latitude cleared")
    return ImportReport(
        "package",
        (TableCounts("service", rows=4, created=3, updated=1, rejected=0),),
        (issue,),
        ignored_files=("funding.csv",),
    )


def test_import_summary_is_the_domains_in_english_and_spanish_in_spanish(
    qapp: QApplication,
) -> None:
    report = import_report()
    assert import_summary(report) == report.summary()
    i18n.install_language("es")
    try:
        assert import_summary(report).startswith("4 filas: 3 creadas, 1 actualizadas")
        text = report_text(report)
        assert text.startswith("Importado de package.")
        assert "Advertencias (1):" in text and "locations.csv:3" in text
        assert "service: 4 filas, 3 nuevas" in text  # the HSDS table name is data
    finally:
        i18n.install_language("en")


@pytest.mark.usefixtures("spanish")
def test_opening_and_verification_in_spanish() -> None:
    now = WEDNESDAY_MORNING
    cases = [opening_text(status, CHICAGO, now) for status in opening_cases()]
    assert cases[0] == "Abierto ahora · cierra 5:00 p.m."
    assert cases[1] == "Abierto ahora · cierra mañana 2:30 a.m."
    assert cases[2] == "Abierto ahora · cierra vie medianoche"
    assert cases[3] == cases[4] == "Abierto las 24 horas"
    assert cases[5] == "Cerrado · abre lun 9:00 a.m."
    assert cases[6] == "Cerrado · abre lun 14 dic, 9:00 a.m."
    assert cases[7] == "Cerrado · abre 12:15 p.m."
    assert cases[8] == "Cerrado · no se indican próximos horarios"
    assert cases[9] == "Horario no indicado"
    today = date(2026, 12, 2)
    assert verification_text(today - timedelta(days=400), today, 365) == (
        "Se verificó por última vez hace 13 meses: confirme los datos con el servicio antes "
        "de hacer el referido."
    )
    assert verification_text(None, today, 365) == (
        "Nunca se verificó: confirme los datos con el servicio antes de hacer el referido."
    )


# --- the directory page ------------------------------------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_directory_in_spanish(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    page = directory_page(qtbot, loaded, sqlite_staff[Role.ADMINISTRATOR], runner, events)
    assert page.heading.text() == "Directorio"
    assert headers(page.table) == [
        "Servicio",
        "Organización",
        "Horario ahora",
        "Teléfono",
        "Ciudad",
        "Distancia",
    ]
    assert label_for(page, page.search) == "&Buscar:"
    assert label_for(page, page.category) == "Ca&tegoría:"
    assert page.category.itemText(0) == "Cualquier categoría"
    assert page.open_now.text() == "Abierto a&hora"
    assert page.new_button.text() == "Servicio n&uevo…"
    assert page.search.placeholderText() == "Servicio, organización, necesidad o categoría"
    show_warmline(qtbot, page)
    panel = page.detail_panel
    assert panel.copy_button.text() == "&Copiar teléfono"
    assert panel.opening.text() == "Abierto ahora · cierra 5:00 p.m."
    captions = [label.text() for label in panel.fields.findChildren(QLabel, "detailLabel")]
    assert captions[:4] == ["Teléfonos", "Dirección", "Horario", "Requisitos"]
    # the hours lines are built from the HSDS schedules, in the interface language
    assert panel.detail is not None and panel.detail.hours == ("Mon–Fri 9:00 AM – 5:00 PM",)
    assert panel.field_text("Hours") == "Lun–vie 9:00 a.m. – 5:00 p.m."
    # rows are found by their key, whatever the language: the values are data, as stored
    assert panel.field_text("Eligibility") == "Adults 18 and over"
    assert panel.field_text("Languages") == "Spanish"
    assert page.footer.text().startswith("1 servicio para la búsqueda “warmline”")


def test_directory_in_english(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    i18n.install_language("en")
    page = directory_page(qtbot, loaded, sqlite_staff[Role.ADMINISTRATOR], runner, events)
    assert page.heading.text() == "Directory"
    assert headers(page.table)[:3] == ["Service", "Organization", "Hours now"]
    assert label_for(page, page.search) == "S&earch:"
    assert label_for(page, page.category) == "Ca&tegory:"
    assert page.category.itemText(0) == "Any category"
    assert page.new_button.text() == "&New service…"
    show_warmline(qtbot, page)
    assert page.detail_panel.copy_button.text() == "&Copy phone"
    captions = [label.text() for label in page.detail_panel.fields.findChildren(QLabel)]
    assert "Eligibility" in captions
    assert page.footer.text().startswith("1 service matching “warmline”")


@pytest.mark.usefixtures("spanish")
def test_directory_search_and_filters_work_in_spanish(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    page = directory_page(qtbot, loaded, sqlite_staff[Role.COUNSELOR], runner, events)
    everything = names(page)
    qtbot.keyClicks(page.search, "zoe")
    qtbot.waitUntil(lambda: names(page) == ["Zoë Warmline"], timeout=10_000)
    # a column looked up by its (English) key still finds the translated column
    hours = [c.header for c in page.model.columns].index("Hours now")
    assert column(page.table, hours)[0].startswith("Abierto ahora")
    page.search.clear()
    qtbot.waitUntil(lambda: names(page) == everything, timeout=10_000)
    page.language.setCurrentIndex(page.language.findData("es"))
    qtbot.waitUntil(
        lambda: set(names(page)) == {"Mobile Crisis Team", "Zoë Warmline"}, timeout=10_000
    )
    page.language.setCurrentIndex(0)
    shelter = next(
        i for i in range(page.category.count()) if "Emergency Shelter" in page.category.itemText(i)
    )
    page.category.setCurrentIndex(shelter)
    qtbot.waitUntil(lambda: names(page) == ["Overnight Shelter"], timeout=10_000)
    assert page.model.record_at(0).opening.state is OpenState.CLOSED
    assert column(page.table, hours)[0].startswith("Cerrado · abre ")


def test_nothing_left_in_english_on_the_directory(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]
    data: set[str] = set()

    def texts() -> set[str]:
        page = directory_page(qtbot, loaded, admin, runner, events)
        show_warmline(qtbot, page)
        found = all_texts(page)
        data.update(directory_data(loaded, admin, page))
        page.close()
        return found

    english, spanish_texts = in_english_and_spanish(texts)
    assert left_in_english(english, spanish_texts, data) == []
    assert {"Any category", "Hours now", "Copy the first phone number (Ctrl+Shift+C)"} <= english
    assert len(english - spanish_texts) > 50  # the check has teeth


def test_nothing_left_in_english_in_the_directory_dialogs(
    qtbot: QtBot,
    loaded: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    tmp_path: Path,
) -> None:
    admin = sqlite_staff[Role.ADMINISTRATOR]
    hit = loaded.directory.search(admin, DirectoryQuery(text="warmline"))[0]
    detail = loaded.directory.service_detail(admin, hit.id)

    def texts() -> set[str]:
        found: set[str] = set()
        edit = ServiceEditDialog(loaded, runner, admin, detail)  # type: ignore[arg-type]
        organizations = OrganizationsDialog(loaded, runner, admin)  # type: ignore[arg-type]
        refer = ReferDialog(detail, "C-2026-0001")
        importing = ImportDialog(loaded, runner, admin, tmp_path)  # type: ignore[arg-type]
        for dialog in (edit, organizations, refer, importing):
            qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: edit.organization.count() > 1, timeout=10_000)
        qtbot.waitUntil(lambda: organizations.model.rowCount() > 0, timeout=10_000)
        for dialog in (edit, organizations, refer, importing):
            found |= all_texts(dialog) | {dialog.windowTitle()}
            dialog.close()
        return found

    english, spanish_texts = in_english_and_spanish(texts)
    organizations = {o.name for o in loaded.directory.list_organizations(admin)}
    data = organizations | {detail.name, f"{detail.name} — {detail.organization_name}"}
    standard = {"Cancel", "Close", "&Cancel", "&Close"}  # Qt's own buttons: qtbase's translation
    left = [t for t in left_in_english(english, spanish_texts, data) if t not in standard]
    assert left == []
    assert {"&Save service", "Refer to a service", "&Cancel import"} <= english


# --- the reports page --------------------------------------------------------------------------


@pytest.mark.usefixtures("spanish")
def test_reports_in_spanish(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    view = reports_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    assert view.heading.text() == "Informes"
    assert headers(view.table)[:3] == ["Indicador", "Valor", "Numerador"]
    assert view.run_button.text() == "&Generar informe"
    assert label_for(view, view.source_combo) == "&Origen"
    assert view.source_combo.accessibleName() == "Origen"
    assert view.team_combo.itemText(0) == "Todos los equipos"
    assert tab_texts(view.charts.tabBar()) == [
        "Llamadas por s&emana",
        "Distribución por nivel de &riesgo",
        "&Puntualidad de los seguimientos",
    ]
    assert view.week_view.chart().title() == "Llamadas por semana según el cierre"
    assert view.risk_view.chart().title() == "Distribución por nivel de riesgo"
    assert column(view.table, 0)[0] == "Llamadas atendidas"
    assert column(view.risk_table, 0) == [
        "Inminente",
        "Alto",
        "Moderado",
        "Bajo",
        "Ninguno",
        "Sin evaluar",
    ]
    assert column(view.timeliness_table, 0)[0] == "A tiempo (dentro del plazo)"
    assert view.footer.text().startswith("Informe de 10 llamadas")


def test_reports_in_english(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    i18n.install_language("en")
    view = reports_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    assert view.heading.text() == "Reports"
    assert headers(view.table)[:3] == ["Figure", "Value", "Numerator"]
    assert view.run_button.text() == "&Make report"
    assert label_for(view, view.source_combo) == "So&urce"
    assert view.team_combo.itemText(0) == "All teams"
    assert tab_texts(view.charts.tabBar())[0] == "Calls per &week"
    assert view.week_view.chart().title() == "Calls per week by disposition"
    assert column(view.table, 0)[0] == "Calls handled"
    assert view.footer.text().startswith("Report of 10 calls")


@pytest.mark.usefixtures("spanish")
def test_a_report_works_in_spanish_and_exports_stay_english(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = reports_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
    view.table.selectRow(1)
    details = view.details.text()
    assert details.startswith("Resueltas en la línea sin policía ni EMS: 37.5% (3 de 8)")
    assert "Denominador: Llamadas con cierre, menos las que no tienen datos." in details
    assert "Registros sin datos (2): Se dejan fuera del numerador" in details
    assert "Costos unitarios: Test budget 2026" in view.status_note.text()
    assert "Todos los orígenes · Todos los consejeros · Todos los equipos" in (
        view.status_note.text()
    )
    assert view.status_note.text().startswith("2026-03-02 a 2026-03-15 · ")

    view.team_combo.setCurrentIndex(view.team_combo.findData(TEAM))
    make_report(qtbot, view)
    assert view.report is not None and view.report.figure("calls_handled").numerator == 2
    view.team_combo.setCurrentIndex(0)
    view.source_combo.setCurrentIndex(view.source_combo.findData(CallSource.TRANSFER_911.value))
    make_report(qtbot, view)
    assert view.report.figure("calls_handled").numerator > 0
    assert view.status_note.text().count(CallSource.TRANSFER_911.label) == 1

    target = tmp_path / "informe.json"
    monkeypatch.setattr(reports_view, "choose_export_path", lambda *_a: target)
    qtbot.mouseClick(view.export_buttons["json"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Se guardó el informe JSON en" in view.message_bar.text(), timeout=10_000
    )
    exported = target.read_text(encoding="utf-8")
    json.loads(exported)
    assert "Calls handled" in exported and "Llamadas atendidas" not in exported


def test_nothing_left_in_english_on_the_reports_page(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    runner: Runner,
    events: AppEvents,
) -> None:
    data: set[str] = set()
    inserted: list[bool] = []

    def texts() -> set[str]:
        if inserted:
            view = period_report(qtbot, sqlite_ctx, sqlite_staff, runner, events)
        else:
            view = reports_page(qtbot, sqlite_ctx, sqlite_staff, runner, events)
            inserted.append(True)
        found = all_texts(view)
        for table in (view.table, view.risk_table, view.timeliness_table, view.week_table):
            model = table.model()
            for c in range(model.columnCount()):
                found |= set(column(table, c))
        data.update(reports_data(sqlite_ctx, view))
        view.close()
        return {t for t in found if t}

    english, spanish_texts = in_english_and_spanish(texts)
    assert left_in_english(english, spanish_texts, data) == []
    assert {"Calls handled", "Calls per week by disposition", "On time (within the window)"} <= (
        english
    )
    assert len(english - spanish_texts) > 80  # the check has teeth


def test_every_new_spanish_entry_is_translated_and_keeps_its_placeholders() -> None:
    shipped = messages(TS)
    # the pages' own texts, and the domain's (figure words, opening and hours) they show
    contexts = {"Directory", "Reports", "Data", "Messages"}
    ours = {key: t for key, t in shipped.items() if key[0] in contexts}
    assert len(ours) > 250
    for (_context, source), translation in ours.items():
        assert translation.get("type") is None and translation.text, source
        assert set(re.findall(r"\{\w+\}", source)) == set(
            re.findall(r"\{\w+\}", translation.text)
        ), source
    # the pages' own names are the main window's
    for context, name in (("Directory", "Directory"), ("Reports", "Reports")):
        assert shipped[(context, name)].text == shipped[("MainWindow", name)].text
    assert set(ROWS) == set(ROWS.values())  # the detail rows' keys are their English captions
