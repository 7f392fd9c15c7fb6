"""Render the intake workspace offscreen for the documentation.

``render_workspace`` shows a given record in the main window's intake page and writes a PNG.
The records come from the caller (see ``sample_call`` for realistic synthetic content); nothing
is written to the database here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from counselor_app import APP_NAME
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import (
    Caller,
    CallRecord,
    Disposition,
    DispositionDetails,
    ImminentStepKind,
    Transfer911,
    derive_outcomes,
)
from counselor_app.domain.checklists import ChecklistRunState, ChecklistTemplate
from counselor_app.domain.errors import KnownError
from counselor_app.domain.risk import CssrsScreen, LifelineAssessment
from counselor_app.domain.safety_plan import SafetyPlan
from counselor_app.ui.context import AppServices
from counselor_app.ui.events import AppEvents
from counselor_app.ui.intake.view import IntakeView
from counselor_app.ui.ops import Runner

SAMPLE_NAME = "Nguyễn Thị Lan"


def sample_call(
    base: CallRecord, checklist: ChecklistTemplate | None = None, *, minutes: float = 12.5
) -> CallRecord:
    """``base`` filled as a counselor would fill it a dozen minutes into a 911 transfer.

    Synthetic: no real person; the number is in the 555-01XX range reserved for fiction.
    """
    started = datetime.now(UTC) - timedelta(minutes=minutes)
    runs: tuple[ChecklistRunState, ...] = ()
    if checklist is not None:
        run = ChecklistRunState.start(checklist, started + timedelta(minutes=1))
        for n, item in enumerate(checklist.items[:4]):
            run = run.mark(item.key, True, started + timedelta(minutes=1 + n * 2))
        run = run.annotate(checklist.items[1].key, "At home, alone; says she is safe right now")
        runs = (run,)
    disposition = DispositionDetails()
    return replace(
        base,
        started_at=started,
        transfer=Transfer911(
            cad_incident_number="261128-0042",
            psap_name="Metro City Emergency Communications",
            transferred_at=started - timedelta(minutes=1),
            telecommunicator="J. Ellis (#214)",
            nature_of_call="Caller expressing thoughts of suicide; no weapon reported",
            officer_on_standby=False,
        ),
        caller=Caller(
            anonymous=False,
            name=SAMPLE_NAME,
            preferred_name="Lan",
            pronouns="she/her",
            age=34,
            language="Vietnamese, English",
            interpreter_used=False,
            callback_number="+13145550142",
            address="1200 Example Ave, Apt 3B, Metro City",
            cross_streets="Sample St & 12th St",
            latitude=38.627,
            longitude=-90.1994,
        ),
        concerns=("suicidal_thoughts", "financial_stress", "loneliness"),
        narrative=(
            "Transferred by 911 after telling the call-taker she \u201ccan't do this "
            "anymore\u201d. "
            "Lost her job two weeks ago and is behind on rent. Lives alone; her sister lives "
            "across town and they talk most weekends. Denies weapons in the home. Agreed to "
            "stay on the line and talk through what would help tonight."
        ),
        cssrs=CssrsScreen(True, True, False, False, False, False, None),
        checklists=runs,
        safety_plan=SafetyPlan(
            warning_signs="Not sleeping; staying in bed all day; not answering her sister",
            people_to_ask="Sister (Mai) 314-555-0177",
        ),
        disposition=disposition,
    )


def imminent_call(record: CallRecord, by: str) -> CallRecord:
    """``record`` a few minutes later: Lifeline imminent risk, two protocol steps done."""
    now = datetime.now(UTC)
    record = replace(
        record,
        cssrs=CssrsScreen(True, True, True, True, False, False, None),
        lifeline=LifelineAssessment(
            desire=frozenset({"hopelessness", "feeling_trapped"}),
            capability=frozenset({"available_means"}),
            intent=frozenset({"plan_known_method"}),
            buffers=frozenset({"social_supports"}),
        ),
        disposition=replace(
            DispositionDetails(primary=Disposition.EMS_REQUESTED, ems_requested=True),
            outcomes=derive_outcomes(
                DispositionDetails(primary=Disposition.EMS_REQUESTED, ems_requested=True)
            ),
        ),
    )
    record = record.with_step_done(
        ImminentStepKind.ACTIVE_ENGAGEMENT, now - timedelta(minutes=3), by
    )
    return record.with_step_done(
        ImminentStepKind.SUPERVISOR_NOTIFIED, now - timedelta(minutes=1), by
    )


def _settle(app: QApplication, runner: Runner, timeout_ms: int = 5000) -> None:
    clock = QElapsedTimer()
    clock.start()
    while clock.elapsed() < timeout_ms:
        app.processEvents()
        runner.wait_for_workers(50)
        app.sendPostedEvents()
        app.processEvents()
        if runner.pending == 0:
            break


def render_workspace(
    services: AppServices,
    user: SignedInUser,
    record: CallRecord,
    path: Path,
    *,
    tab: str = "call",
    in_database: bool = True,
    size: tuple[int, int] = (1280, 800),
) -> None:
    """Render the main window with ``record`` open in the intake workspace to a PNG file.

    ``tab`` is ``call``, ``risk``, ``checklists``, ``safety_plan`` or ``disposition``.
    """
    from counselor_app.ui.main_window import MainWindow

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([APP_NAME])
    width, height = size
    runner = Runner()
    events = AppEvents(None, 0)
    window = MainWindow(services, user, runner, events)
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(width, height)
        window.show_page("intake")
        window.show()
        intake = window.pages["intake"]
        assert isinstance(intake, IntakeView)
        workspace = intake.show_workspace(record, in_database=in_database, editable=True)
        tabs = {
            "call": workspace.call_tab,
            "risk": workspace.risk_tab,
            "checklists": workspace.checklists_tab,
            "safety_plan": workspace.safety_plan_tab,
            "disposition": workspace.disposition_tab,
        }
        workspace.show_tab(tabs[tab])
        focused = QApplication.focusWidget()
        if isinstance(focused, QWidget):
            focused.clearFocus()
        _settle(app, runner)
        image = QImage(QSize(width, height), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        window.render(image)
        if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
            raise KnownError(f"The screenshot could not be written to {path}.")
    finally:
        window.discard()
        window.close()
        events.close()
        runner.shutdown()
        window.deleteLater()
        events.deleteLater()
        runner.deleteLater()
        app.sendPostedEvents()
        app.processEvents()
