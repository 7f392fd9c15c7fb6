"""The intake workspace: one call, edited live, never losing a word.

The workspace shows one ``CallRecord``. The record is always a pure function of the widgets
(``record()``); every change schedules an encrypted draft on disk within two seconds, and the
database is written on Save, on Complete, and when the counselor leaves the call. A save that
meets someone else's newer version opens the conflict dialog: nothing is overwritten silently.

The header stays visible whatever tab is shown: the call's reference and source, its timer, the
current risk level (in words; imminent risk in strong red), checklist progress, the save state and
the actions. Every service call runs on the runner, never on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.calls import (
    CallRecord,
    CallReferral,
    CallStatus,
    ImminentStep,
    ImminentStepKind,
    PriorCall,
    missing_for_completion,
)
from counselor_app.domain.eido import parse_incident
from counselor_app.domain.errors import ConflictError, ValidationError
from counselor_app.domain.risk import RiskLevel
from counselor_app.domain.safety_plan import SafetyPlan
from counselor_app.ui.context import AppServices
from counselor_app.ui.formatting import clock_seconds_text, duration_text, local_time_text
from counselor_app.ui.i18n import (
    QT_TRANSLATE_NOOP,
    data_text,
    message_text,
    risk_level_text,
    translate,
)
from counselor_app.ui.intake.call_form import CallForm
from counselor_app.ui.intake.checklist_panel import ChecklistPanel
from counselor_app.ui.intake.conflict_dialog import ConflictDialog
from counselor_app.ui.intake.disposition_panel import DispositionPanel
from counselor_app.ui.intake.fields import Reflow, ShortcutGuard
from counselor_app.ui.intake.handoff_dialog import HandoffDialog
from counselor_app.ui.intake.imminent_panel import ImminentPanel
from counselor_app.ui.intake.models import status_label
from counselor_app.ui.intake.prior_calls import PriorCallsPanel
from counselor_app.ui.intake.risk_panel import RiskPanel
from counselor_app.ui.intake.safety_plan_panel import SafetyPlanPanel
from counselor_app.ui.intake.style import workspace_style
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.theme import high_contrast_active
from counselor_app.ui.widgets import MessageBar

log = logging.getLogger(__name__)

DRAFT_DEBOUNCE_MS = 1000
"""A pause in typing this long writes the draft."""

DRAFT_MAX_WAIT_MS = 1500
"""Continuous typing still writes a draft this soon after the first unsaved change."""

LOOKUP_DELAY_MS = 600
"""Typing pauses this long before the repeat-caller lookup runs."""

MAX_INCIDENT_FILE_BYTES = 1_000_000

NOT_SAVED_YET = QT_TRANSLATE_NOOP("Intake", "Not saved yet")
SAVING = QT_TRANSLATE_NOOP("Intake", "Saving…")
SAVED_PREFIX = QT_TRANSLATE_NOOP("Intake", "Saved to database")
KEPT_OFFLINE_PREFIX = QT_TRANSLATE_NOOP("Intake", "Kept on this workstation (offline)")
"""The database did not answer: the save waits, encrypted, and is sent when it answers."""
DRAFT_PREFIX = QT_TRANSLATE_NOOP("Intake", "Draft saved")
NOT_SAVED_PREFIX = QT_TRANSLATE_NOOP("Intake", "Not saved:")
RECOVERED_PREFIX = QT_TRANSLATE_NOOP("Intake", "Recovered draft, last typed")
SAVE_STATE_DETAILS = (
    QT_TRANSLATE_NOOP("Intake", "something required is missing."),
    QT_TRANSLATE_NOOP("Intake", "someone else saved this call."),
    QT_TRANSLATE_NOOP("Intake", "(their version)"),
    QT_TRANSLATE_NOOP("Intake", "the draft could not be written."),
)
"""What follows a save state's opening words, marked for translation."""


SHORTCUTS = {
    "save": "Ctrl+S",
    "complete": "Ctrl+Return",
    "complete_keypad": "Ctrl+Enter",
    "risk": "Ctrl+R",
    "checklists": "Ctrl+K",
    "safety_plan": "Ctrl+L",
    "disposition": "Ctrl+F",
    "directory": "Ctrl+D",
    "paste_incident": "Ctrl+Shift+V",
    "edit": "Ctrl+E",
    "handoff": "Ctrl+P",
}

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _scrolling(widget: QWidget, name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class IntakeWorkspace(QWidget):
    """Edits one call.

    Header, imminent-risk panel, and the Call / Risk / Checklists / Safety plan / Disposition
    tabs.
    """

    directory_requested = Signal()
    """Ctrl+D: the person wants the referral directory (the main window shows it)."""

    left = Signal()
    """The person left the call and everything is in the database (or nothing needed saving)."""

    leave_refused = Signal()
    """Leaving was asked for but the database refused the save: the call stays open here."""

    call_saved = Signal(object)
    """A ``CallRecord`` as the database now holds it."""

    record_changed = Signal()
    """Something was edited."""

    editable_changed = Signal(bool)
    """The call became editable (True) or read-only (False)."""

    draft_written = Signal()
    """A draft of the call reached the disk."""

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        record: CallRecord,
        *,
        in_database: bool,
        editable: bool,
        recovered_at: datetime | None = None,
        now: Clock = _utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWorkspace")
        self.setAccessibleName(translate("Intake", "Intake workspace"))
        self.setStyleSheet(workspace_style(high_contrast_active()))
        self.setAcceptDrops(True)
        self._services = services
        self._user = user
        self._runner = runner
        self._now = now
        self._base = record
        self._steps: tuple[ImminentStep, ...] = record.imminent_steps
        self._saved: CallRecord | None = record if in_database else None
        self._pristine: CallRecord | None = (
            record if not in_database and recovered_at is None else None
        )
        self._editable = False
        self._loading = False
        self._db_busy = False
        self._queued_op: str | None = None
        self._leave_after_save = False
        self._handoff_after_save = False
        self._kept_offline = False
        self._was_imminent = record.imminent
        self._save_state = ""
        reference = services.reference

        # --- header ----------------------------------------------------------------------------
        self.header = QFrame()
        self.header.setObjectName("workspaceHeader")
        self.reference_label = QLabel()
        self.reference_label.setObjectName("callReference")
        self.reference_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source_label = QLabel()
        self.source_label.setObjectName("callSource")
        self.status_label = QLabel()
        self.status_label.setObjectName("callStatus")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setAccessibleName(translate("Intake", "Call timer"))
        self.risk_label = QLabel()
        self.risk_label.setObjectName("riskBadge")
        self.risk_label.setAccessibleName(translate("Intake", "Risk level"))
        self.checklist_label = QLabel()
        self.checklist_label.setObjectName("checklistProgress")
        self.checklist_label.setAccessibleName(translate("Intake", "Checklists"))
        self.save_state_label = QLabel(translate("Intake", NOT_SAVED_YET))
        self.save_state_label.setObjectName("saveState")
        self.save_state_label.setAccessibleName(translate("Intake", "Save state"))
        self.read_only_label = QLabel(translate("Intake", "Read only"))
        self.read_only_label.setObjectName("readOnlyBadge")
        self.save_button = QPushButton(translate("Intake", "Save"))
        self.save_button.setObjectName("saveCall")
        self.save_button.setToolTip(translate("Intake", "Save to the database (Ctrl+S)"))
        self.complete_button = QPushButton(translate("Intake", "Complete call"))
        self.complete_button.setObjectName("completeCall")
        self.complete_button.setToolTip(
            translate("Intake", "Check what is required and complete the call (Ctrl+Enter)")
        )
        self.edit_button = QPushButton(translate("Intake", "Edit"))
        self.edit_button.setObjectName("editCall")
        self.edit_button.setToolTip(translate("Intake", "Change this call (Ctrl+E)"))
        self.sign_button = QPushButton(translate("Intake", "Sign"))
        self.sign_button.setObjectName("signCall")
        self.sign_button.setToolTip(translate("Intake", "Sign this completed call as reviewed"))
        self.handoff_button = QPushButton(translate("Intake", "Handoff PDF…"))
        self.handoff_button.setObjectName("handoffPdf")
        self.handoff_button.setToolTip(
            translate(
                "Intake",
                "A handoff PDF or the caller's safety plan, saved or opened in the viewer (Ctrl+P)",
            )
        )
        self.leave_button = QPushButton(translate("Intake", "Calls list"))
        self.leave_button.setObjectName("leaveCall")
        self.leave_button.setToolTip(translate("Intake", "Save and go back to the list of calls"))
        for button in (
            self.save_button,
            self.complete_button,
            self.edit_button,
            self.sign_button,
            self.handoff_button,
            self.leave_button,
        ):
            button.setAccessibleName(button.text())
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.reference_label)
        top.addWidget(self.source_label)
        top.addWidget(self.status_label)
        top.addWidget(self.read_only_label)
        top.addStretch(1)
        top.addWidget(self.timer_label)
        top.addWidget(self.risk_label)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.checklist_label)
        bottom.addStretch(1)
        bottom.addWidget(self.save_state_label)
        bottom.addSpacing(8)
        for button in (
            self.edit_button,
            self.sign_button,
            self.save_button,
            self.complete_button,
            self.handoff_button,
            self.leave_button,
        ):
            bottom.addWidget(button)
        header_layout = QVBoxLayout(self.header)
        header_layout.setContentsMargins(12, 8, 12, 8)
        header_layout.setSpacing(6)
        header_layout.addLayout(top)
        header_layout.addLayout(bottom)
        font = self.reference_label.font()
        if font.pointSizeF() > 0:
            big = QFont(font)
            big.setPointSizeF(font.pointSizeF() * 1.3)
            for label in (self.reference_label, self.timer_label, self.risk_label):
                label.setFont(big)

        self.message_bar = MessageBar(self)

        # --- body ------------------------------------------------------------------------------
        self.imminent_panel = ImminentPanel()
        self.form = CallForm(reference.concerns)
        self.prior_calls = PriorCallsPanel()
        self.form.right.insertWidget(0, self.prior_calls)
        self.risk = RiskPanel(reference.lifeline_grid)
        self.checklists = ChecklistPanel(reference.checklists, now)
        self.safety_plan = SafetyPlanPanel()
        self.disposition = DispositionPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.tabs.setAccessibleName(translate("Intake", "Parts of the call"))
        self.tabs.setDocumentMode(True)
        self.call_tab = _scrolling(self.form, "callTab")
        self.risk_tab = _scrolling(self.risk, "riskTab")
        self.checklists_tab = _scrolling(self.checklists, "checklistsTab")
        self.safety_plan_tab = _scrolling(self.safety_plan, "safetyPlanTab")
        self.disposition_tab = _scrolling(self.disposition, "dispositionTab")
        self.reflows = [
            Reflow(self.form.columns, self.call_tab.viewport(), 940),
            Reflow(self.risk.columns, self.risk_tab.viewport(), 1000),
            Reflow(self.disposition.columns, self.disposition_tab.viewport(), 780),
        ]
        for tab, title, tip in (
            (
                self.call_tab,
                translate("Intake", "&Call"),
                translate("Intake", "Source, 911 hand-off, caller, concerns, narrative (Alt+C)"),
            ),
            (
                self.risk_tab,
                translate("Intake", "&Risk"),
                translate("Intake", "C-SSRS screener and Lifeline assessment (Ctrl+R)"),
            ),
            (
                self.checklists_tab,
                translate("Intake", "Chec&klists"),
                translate("Intake", "De-escalation checklists (Ctrl+K)"),
            ),
            (
                self.safety_plan_tab,
                translate("Intake", "Safety p&lan"),
                translate("Intake", "Stanley–Brown safety plan (Ctrl+L)"),
            ),
            (
                self.disposition_tab,
                translate("Intake", "&Disposition and follow-up"),
                translate("Intake", "How the call ended, follow-up, outcomes (Ctrl+F)"),
            ),
        ):
            index = self.tabs.addTab(tab, title)
            self.tabs.setTabToolTip(index, tip)
            tab.setAccessibleName(title.replace("&", ""))  # the scroll area takes the focus

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        body = QVBoxLayout()
        body.setContentsMargins(12, 0, 12, 8)
        body.setSpacing(6)
        body.addWidget(self.message_bar)
        body.addWidget(self.imminent_panel)
        body.addWidget(self.tabs, 1)
        layout.addLayout(body, 1)

        # --- timers ----------------------------------------------------------------------------
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(1000)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_deadline = QTimer(self)
        self._draft_deadline.setSingleShot(True)
        self._draft_deadline.setInterval(DRAFT_MAX_WAIT_MS)
        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)

        # --- shortcuts -------------------------------------------------------------------------
        self.shortcuts: dict[str, QShortcut] = {}
        for name, sequence in SHORTCUTS.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.shortcuts[name] = shortcut
        self._guard = ShortcutGuard([s.key() for s in self.shortcuts.values()], self)
        self._guard.guard(self.findChildren(QLineEdit))
        self._guard.guard(self.findChildren(QPlainTextEdit))
        self._guard.guard(self.findChildren(QComboBox))
        self._guard.guard(self.findChildren(QAbstractButton))

        self._connect_signals()
        self.load(record)
        self.set_editable(editable)
        self._set_save_state(self._initial_save_state(in_database, recovered_at))
        self._apply_tab_order()
        self._clock_timer.start()
        self._tick()
        self.setFocusProxy(self.form.source)
        self._load_templates()
        self._schedule_lookup(immediately=True)

    def _connect_signals(self) -> None:
        self.form.changed.connect(self._on_panel_changed)
        self.risk.changed.connect(self._on_panel_changed)
        self.checklists.changed.connect(self._on_panel_changed)
        self.checklists.focus_chain_changed.connect(self._apply_tab_order)
        self.safety_plan.changed.connect(self._on_panel_changed)
        self.disposition.changed.connect(self._on_panel_changed)
        self.form.lookup_changed.connect(self._on_form_lookup_changed)
        self.form.paste_requested.connect(self.paste_incident)
        self.form.incident_dropped.connect(self._on_form_incident_dropped)
        self.prior_calls.use_plan_requested.connect(self._on_prior_calls_use_plan_requested)
        self.imminent_panel.step_done.connect(self._on_imminent_panel_step_done)
        self.save_button.clicked.connect(self.save)
        self.complete_button.clicked.connect(self.complete)
        self.edit_button.clicked.connect(self.edit)
        self.sign_button.clicked.connect(self.sign)
        self.handoff_button.clicked.connect(self.request_handoff)
        self.leave_button.clicked.connect(self.request_leave)
        self._clock_timer.timeout.connect(self._tick)
        self._draft_timer.timeout.connect(self._on_draft_timer_timeout)
        self._draft_deadline.timeout.connect(self._on_draft_timer_timeout)
        self._lookup_timer.timeout.connect(self._on_lookup_timer_timeout)
        s = self.shortcuts
        s["save"].activated.connect(self.save)
        s["complete"].activated.connect(self.complete)
        s["complete_keypad"].activated.connect(self.complete)
        s["risk"].activated.connect(lambda: self.show_tab(self.risk_tab))
        s["checklists"].activated.connect(lambda: self.show_tab(self.checklists_tab))
        s["safety_plan"].activated.connect(lambda: self.show_tab(self.safety_plan_tab))
        s["disposition"].activated.connect(lambda: self.show_tab(self.disposition_tab))
        s["directory"].activated.connect(self.directory_requested)
        s["paste_incident"].activated.connect(self.paste_incident)
        s["edit"].activated.connect(self.edit)
        s["handoff"].activated.connect(self.request_handoff)

    # --- the record --------------------------------------------------------------------------

    def record(self) -> CallRecord:
        """The call exactly as the widgets show it."""
        record = replace(self._base, imminent_steps=self._steps)
        record = self.form.apply(record)
        record = self.risk.apply(record)
        record = self.checklists.apply(record)
        record = self.safety_plan.apply(record)
        return self.disposition.apply(record)

    @property
    def call_id(self) -> uuid.UUID:
        """The call's id."""
        return self._base.id

    @property
    def reference(self) -> str:
        """The call's short reference (``CallRecord.reference``)."""
        return self._base.reference

    def add_referral(self, referral: CallReferral) -> bool:
        """Add a directory referral to the call; False (nothing changed) unless editable.

        The referral is stamped with the time and the person when it carries neither, and
        cleaned as the database will keep it. The same service referred again updates the
        earlier referral instead of listing it twice. The change goes the way every edit goes:
        draft within seconds, database on Save, Complete or leaving the call.
        """
        if not self._editable:
            return False
        stamped = replace(
            referral,
            given_at=referral.given_at or self._now(),
            given_by=referral.given_by or self._user.account.display_name,
        ).cleaned()
        listed_before = self.disposition.referrals.referrals
        known = any(r.service_id == stamped.service_id for r in listed_before)
        listed = self.disposition.add_referral(stamped)
        message = (
            translate("Intake", "Referral to {service} updated on call {reference}.")
            if known
            else translate("Intake", "Referral to {service} added to call {reference}.")
        )
        self.message_bar.show_text(
            message.format(service=listed.service_name, reference=self.reference)
        )
        if self._db_busy and self._leave_after_save:
            # Leaving already sent the call to the database without this referral: save it too
            # before the workspace closes.
            self._request_db("save")
        return True

    @property
    def editable(self) -> bool:
        """True while the call can be changed here."""
        return self._editable

    @property
    def save_state(self) -> str:
        """What the header says about saving."""
        return self._save_state

    def is_dirty(self) -> bool:
        """True when the widgets hold something the database does not."""
        current = self.record()
        if self._saved is not None:
            return current != self._saved
        return current != self._pristine

    def load(self, record: CallRecord) -> None:
        """Show ``record`` in every widget."""
        self._loading = True
        try:
            self._base = record
            self._steps = record.imminent_steps
            self.form.load(record)
            self.risk.load(record)
            self.checklists.load(record)
            self.safety_plan.load(record)
            self.disposition.load(record)
        finally:
            self._loading = False
        self._was_imminent = record.imminent
        self._refresh_header(record)
        self.imminent_panel.show_record(record)
        self._apply_tab_order()

    # --- modes -------------------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        """Edit the call, or show it read-only (signed calls are never editable)."""
        if self._base.status is CallStatus.SIGNED:
            editable = False
        self._editable = editable
        read_only = not editable
        for panel in (
            self.form,
            self.risk,
            self.checklists,
            self.safety_plan,
            self.disposition,
            self.imminent_panel,
            self.prior_calls,
        ):
            panel.set_read_only(read_only)
        self._update_actions()
        self.editable_changed.emit(editable)

    def _update_actions(self) -> None:
        status = self._base.status
        editable = self._editable
        self.read_only_label.setVisible(not editable)
        self.save_button.setVisible(editable)
        self.complete_button.setVisible(editable and status is CallStatus.OPEN)
        self.edit_button.setVisible(self._can_edit())
        self.sign_button.setVisible(self._can_sign())
        for button in (self.save_button, self.complete_button, self.sign_button):
            button.setEnabled(not self._db_busy)
        self.shortcuts["save"].setEnabled(editable)
        self.shortcuts["complete"].setEnabled(editable and status is CallStatus.OPEN)
        self.shortcuts["complete_keypad"].setEnabled(editable and status is CallStatus.OPEN)
        self.shortcuts["paste_incident"].setEnabled(editable)
        self.shortcuts["edit"].setEnabled(self._can_edit())
        may_hand_off = self._user.can(Permission.HANDOFF_EXPORT)
        self.handoff_button.setVisible(may_hand_off)
        self.handoff_button.setEnabled(self._saved is not None and not self._db_busy)
        self.shortcuts["handoff"].setEnabled(may_hand_off)

    def _can_edit(self) -> bool:
        return (
            not self._editable
            and self._base.status is not CallStatus.SIGNED
            and self._user.can(Permission.CALL_TAKE)
        )

    def _can_sign(self) -> bool:
        return (
            not self._editable
            and self._base.status is CallStatus.COMPLETED
            and self._user.can(Permission.CALL_SIGN)
        )

    def edit(self) -> None:
        """Make a read-only call editable (never a signed one)."""
        if not self._can_edit():
            return
        self.set_editable(True)
        if self._base.status is CallStatus.COMPLETED:
            self.message_bar.show_text(
                translate(
                    "Intake",
                    "You are editing a completed call. Save keeps it completed; what was there "
                    "before is kept in the audit trail.",
                )
            )
        self.form.source.setFocus(Qt.FocusReason.OtherFocusReason)

    def request_handoff(self) -> None:
        """Handoff PDF (Ctrl+P): save what is new first, then open the handoff dialog."""
        if not self._user.can(Permission.HANDOFF_EXPORT):
            return
        if self._saved is None:
            self.message_bar.show_text(
                translate(
                    "Intake",
                    "Save the call first (Ctrl+S): a handoff is made from the call as it is saved.",
                ),
                "problem",
            )
            return
        if self._db_busy or (self._editable and self.is_dirty()):
            self._handoff_after_save = True
            self.message_bar.show_text(translate("Intake", "Saving the call before the handoff…"))
            if not self._db_busy:
                self.save()
            if not self._db_busy:  # the save was refused before it started
                self._handoff_after_save = False
            return
        self._show_handoff_dialog()

    def _show_handoff_dialog(self) -> None:
        if self._saved is None:
            return
        HandoffDialog.ask(self, self._services, self._runner, self._user, self._saved)

    def focus_first_field(self) -> None:
        """Put the cursor where the counselor starts.

        That is the first field after the source, or the tabs of a read-only call.
        """
        if not self._editable:
            self.tabs.tabBar().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.tabs.setCurrentWidget(self.call_tab)
        for widget in self.form.left_chain()[1:]:
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def show_tab(self, tab: QWidget) -> None:
        """Bring a tab forward and put the cursor in its first field."""
        self.tabs.setCurrentWidget(tab)
        first: dict[QWidget, Callable[[], list[QWidget]]] = {
            self.call_tab: self.form.focus_chain,
            self.risk_tab: self.risk.focus_chain,
            self.checklists_tab: self.checklists.focus_chain,
            self.safety_plan_tab: self.safety_plan.focus_chain,
            self.disposition_tab: self.disposition.focus_chain,
        }
        for widget in first[tab]():
            if widget.isVisibleTo(self) and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                break

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the call to the database (Ctrl+S)."""
        if not self._editable:
            return
        if self._base.status is CallStatus.COMPLETED:
            missing = missing_for_completion(self.record())
            if missing:
                self.message_bar.show_problem(
                    Problem(
                        translate("Intake", "A completed call must stay complete."),
                        reasons=tuple(missing),
                    )
                )
                self._set_save_state(f"{NOT_SAVED_PREFIX} something required is missing.", True)
                return
        self._request_db("save")

    def complete(self) -> None:
        """Check what is required, stop the timer and store the call (Ctrl+Enter)."""
        if not self._editable or self._base.status is not CallStatus.OPEN:
            return
        self._request_db("complete")

    def request_leave(self) -> None:
        """Leave the call: save what is new first, then emit ``left``."""
        self._flush_timers()
        if not self._editable or not self.is_dirty():
            if self._editable and self._saved is not None:
                self._discard_draft()
            self.left.emit()
            return
        self._leave_after_save = True
        self.save()

    def save_before_closing(self) -> None:
        """The application is closing: write draft and database in one last job."""
        if not self._editable or not self.is_dirty():
            return
        self._draft_timer.stop()
        self._draft_deadline.stop()
        record = self.record()
        intake, drafts, user = self._services.intake, self._services.drafts, self._user

        def last_save() -> None:
            drafts.save(record)  # first: if the database refuses, the draft is offered next time
            try:
                intake.save(user, record)
            except ConflictError as exc:
                # A save still running when the window closed may have stored exactly this.
                current = exc.current
                if not (
                    isinstance(current, CallRecord)
                    and replace(current, version=record.version) == record
                ):
                    raise
            drafts.discard(record.id)

        self._runner.submit(last_save, None, _log_closing_problem)

    def _request_db(self, op: str) -> None:
        if self._db_busy:
            if self._queued_op != "complete":
                self._queued_op = op
            return
        self._start_db(op)

    def _start_db(self, op: str) -> None:
        record = self.record()
        intake, user = self._services.intake, self._user
        self._db_busy = True
        self._update_actions()
        self._set_save_state(SAVING)
        fn = intake.complete if op == "complete" else intake.save
        outbox = getattr(self._services, "outbox", None)
        target = f"call:{record.id}"

        def store() -> tuple[CallRecord, bool]:
            saved = fn(user, record)
            return saved, outbox is not None and outbox.waiting_for(target)

        def stored(result: tuple[CallRecord, bool]) -> None:
            saved, self._kept_offline = result
            self._on_db_succeeded(op, saved)

        self._runner.submit(
            store,
            stored,
            lambda problem: self._on_db_failed(op, record, problem),
            owner=self,
        )

    def _on_db_succeeded(self, op: str, saved: CallRecord) -> None:
        self._db_busy = False
        self._saved = saved
        self._pristine = None
        self._base = replace(
            self._base,
            version=saved.version,
            status=saved.status,
            ended_at=saved.ended_at,
            signed_by=saved.signed_by,
            signed_at=saved.signed_at,
        )
        if self._kept_offline:
            self._set_save_state(f"{KEPT_OFFLINE_PREFIX} {clock_seconds_text(self._now())}")
            self.save_state_label.setToolTip(
                translate(
                    "Intake",
                    "The database does not answer. This save is kept encrypted on this workstation "
                    "and sent, in order, as soon as the database answers again. Keep working.",
                )
            )
        else:
            self._set_save_state(f"{SAVED_PREFIX} {clock_seconds_text(self._now())}")
        if op == "complete":
            self.message_bar.show_text(
                translate("Intake", "Call {reference} completed and saved.").format(
                    reference=saved.reference
                )
            )
            self.set_editable(False)
            self._tick()
        elif self.message_bar.kind == "problem":
            self.message_bar.clear_message()
        if self.is_dirty():
            self._schedule_draft()
        else:
            self._discard_draft()
        self._refresh_header(self.record())
        self._update_actions()
        self.call_saved.emit(saved)
        queued, self._queued_op = self._queued_op, None
        if queued is not None and self._editable and (queued == "complete" or self.is_dirty()):
            self._request_db(queued)
            return
        if self._leave_after_save:
            self._leave_after_save = False
            self._handoff_after_save = False
            self.left.emit()
        elif self._handoff_after_save:
            self._handoff_after_save = False
            QTimer.singleShot(0, self, self._show_handoff_dialog)

    def _on_db_failed(self, op: str, sent: CallRecord, problem: Problem) -> None:
        self._db_busy = False
        self._queued_op = None
        self._handoff_after_save = False
        if self._leave_after_save:
            self._leave_after_save = False
            self.leave_refused.emit()
        self._update_actions()
        error = problem.error
        self.write_draft()  # the database refused: the draft keeps everything, now
        if isinstance(error, ConflictError) and isinstance(error.current, CallRecord):
            self._set_save_state(f"{NOT_SAVED_PREFIX} someone else saved this call.", True)
            theirs = error.current
            QTimer.singleShot(0, self, lambda: self._resolve_conflict(op, theirs))
            return
        self._set_save_state(f"{NOT_SAVED_PREFIX} {problem.message}", True)
        if isinstance(error, ValidationError) and op == "complete":
            self.message_bar.show_problem(
                Problem(
                    translate("Intake", "The call cannot be completed yet. Still missing:"),
                    translate("Intake", "Nothing was lost; fill these in and complete again."),
                    problem.reasons,
                    error,
                )
            )
        else:
            self.message_bar.show_problem(problem)

    def _resolve_conflict(self, op: str, theirs: CallRecord) -> None:
        mine = self.record()
        chosen = ConflictDialog.ask(self, mine, theirs, self._services.reference)
        if chosen is None:
            self.message_bar.show_text(
                translate(
                    "Intake",
                    "Someone else saved this call while you worked on it. Your text is still here "
                    "and in the draft; press Save to compare again.",
                ),
                "problem",
            )
            return
        self._saved = theirs
        self._pristine = None
        self.load(chosen)
        self.set_editable(True)
        if chosen == theirs:
            self.message_bar.show_text(translate("Intake", "You took the version saved elsewhere."))
            self._set_save_state(f"{SAVED_PREFIX} (their version)")
            self._discard_draft()
            return
        self.message_bar.show_text(
            translate("Intake", "Saving your choices on top of the version saved elsewhere.")
        )
        self._request_db(op)

    # --- drafts ------------------------------------------------------------------------------

    def _schedule_draft(self) -> None:
        if not self._editable:
            return
        self._draft_timer.start()
        if not self._draft_deadline.isActive():
            self._draft_deadline.start()

    def _flush_timers(self) -> None:
        if self._draft_timer.isActive() or self._draft_deadline.isActive():
            self.write_draft()

    def write_draft(self) -> None:
        """Write the draft now (normally 1-2 seconds after a change)."""
        self._draft_timer.stop()
        self._draft_deadline.stop()
        if not self._editable:
            return
        record = self.record()
        drafts = self._services.drafts
        self._runner.submit(
            lambda: drafts.save(record),
            self._on_draft_saved,
            self._on_draft_failed,
            key=f"draft:{record.id}",
            owner=self,
        )

    def _discard_draft(self) -> None:
        self._draft_timer.stop()
        self._draft_deadline.stop()
        drafts, call_id = self._services.drafts, self._base.id
        self._runner.submit(
            lambda: drafts.discard(call_id), None, self._on_draft_failed, key=f"draft:{call_id}"
        )

    def _on_draft_saved(self, _size: object) -> None:
        if not self._db_busy and not self._save_state.startswith(NOT_SAVED_PREFIX):
            self._set_save_state(f"{DRAFT_PREFIX} {clock_seconds_text(self._now())}")
        elif self._save_state.startswith(NOT_SAVED_PREFIX):
            self.save_state_label.setToolTip(
                translate(
                    "Intake", "{state} {time}: your text is safe on this workstation."
                ).format(
                    state=translate("Intake", DRAFT_PREFIX), time=clock_seconds_text(self._now())
                )
            )
        self.draft_written.emit()

    def _on_draft_failed(self, problem: Problem) -> None:
        self._set_save_state(f"{NOT_SAVED_PREFIX} the draft could not be written.", True)
        self.message_bar.show_problem(problem)

    # --- supervisor signature ----------------------------------------------------------------

    def sign(self) -> None:
        """Sign the completed call as reviewed (supervisors)."""
        if not self._can_sign() or self._db_busy:
            return
        intake, user, base = self._services.intake, self._user, self._base
        self._db_busy = True
        self._update_actions()
        self._runner.submit(
            lambda: intake.sign(user, base.id, base.version),
            self._on_sign_succeeded,
            self._on_sign_failed,
            owner=self,
        )

    def _on_sign_succeeded(self, signed: CallRecord) -> None:
        self._db_busy = False
        self._saved = signed
        self.load(signed)
        self.set_editable(False)
        self.message_bar.show_text(
            translate("Intake", "Signed by {name}.").format(name=signed.signed_by)
        )
        self.call_saved.emit(signed)

    def _on_sign_failed(self, problem: Problem) -> None:
        self._db_busy = False
        self._update_actions()
        self.message_bar.show_problem(problem)

    # --- 911 incidents -----------------------------------------------------------------------

    def paste_incident(self) -> None:
        """Fill the 911 fields from an incident on the clipboard (Ctrl+Shift+V)."""
        if not self._editable:
            return
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message_bar.show_problem(
                Problem(
                    translate("Intake", "The clipboard holds no text."),
                    translate(
                        "Intake",
                        "Copy the incident from the CAD system first. Nothing was changed.",
                    ),
                )
            )
            return
        self.import_incident(text)

    def import_incident(self, text: str) -> bool:
        """Fill the fields from incident JSON; a bad document changes nothing and says why."""
        try:
            incident = parse_incident(text)
        except ValidationError as exc:
            self.message_bar.show_problem(Problem.from_error(exc))
            return False
        filled, kept = self.form.fill_from_incident(incident)
        lines = []
        if filled:
            lines.append(
                translate("Intake", "Filled from the 911 incident: {fields}.").format(
                    fields=", ".join(filled)
                )
            )
        if kept:
            lines.append(
                translate("Intake", "Kept what you had typed in: {fields}.").format(
                    fields=", ".join(kept)
                )
            )
        if not filled and not kept:
            lines.append(translate("Intake", "The incident holds nothing new for this call."))
        lines.extend(
            translate("Intake", "Warning: {warning}").format(warning=message_text(w))
            for w in incident.warnings
        )
        self.message_bar.show_text("\n".join(lines))
        self.tabs.setCurrentWidget(self.call_tab)
        return True

    def _read_incident_file(self, path: str) -> None:
        def read() -> str:
            file = Path(path)
            if file.stat().st_size > MAX_INCIDENT_FILE_BYTES:
                raise ValidationError(
                    translate(
                        "Intake", "The dropped file is too large to be a single 911 incident."
                    ),
                    hint=translate("Intake", "Nothing was changed."),
                )
            try:
                return file.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise ValidationError(
                    translate("Intake", "The dropped file is not a text (JSON) file."),
                    hint=translate("Intake", "Nothing was changed."),
                ) from None

        def failed(problem: Problem) -> None:
            self.message_bar.show_problem(problem)

        def loaded(text: str) -> None:
            self.import_incident(text)

        self._runner.submit(read, loaded, failed, owner=self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dropped incident (a .json file or JSON text) while editable."""
        mime = event.mimeData()
        if self._editable and (mime.hasUrls() or mime.hasText()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Read a dropped incident into the 911 fields."""
        mime = event.mimeData()
        urls = [u for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []
        if urls:
            self._on_form_incident_dropped("", urls[0].toLocalFile())
        elif mime.hasText():
            self._on_form_incident_dropped(mime.text(), "")
        event.acceptProposedAction()

    # --- repeat callers ----------------------------------------------------------------------

    def _schedule_lookup(self, *, immediately: bool = False) -> None:
        if immediately:
            self._on_lookup_timer_timeout()
        else:
            self._lookup_timer.start()

    def _use_prior_plan(self, prior: PriorCall) -> None:
        intake, user = self._services.intake, self._user

        def loaded(plan: SafetyPlan) -> None:
            origin = translate("Intake", "the call of {time} ({reference})").format(
                time=local_time_text(prior.started_at), reference=prior.reference
            )
            filled, kept = self.safety_plan.fill_empty_from(plan, origin)
            text = (
                translate("Intake", "Safety plan: 1 section filled from {origin}.")
                if filled == 1
                else translate("Intake", "Safety plan: {count} sections filled from {origin}.")
            ).format(count=filled, origin=origin)
            if kept:
                text += " " + (
                    translate("Intake", "1 section you had typed was kept.")
                    if kept == 1
                    else translate("Intake", "{count} sections you had typed were kept.")
                ).format(count=kept)
            self.message_bar.show_text(text)
            self.show_tab(self.safety_plan_tab)

        self._runner.submit(
            lambda: intake.latest_safety_plan(user, prior.id),
            loaded,
            self.message_bar.show_problem,
            owner=self,
        )

    # --- checklist templates -----------------------------------------------------------------

    def _load_templates(self) -> None:
        intake, user = self._services.intake, self._user
        self._runner.submit(
            lambda: intake.checklist_templates(user),
            self.checklists.set_templates,
            lambda problem: log.warning("checklist templates not loaded: %s", problem.logged),
            key=f"templates:{id(self)}",
            owner=self,
        )

    # --- header ------------------------------------------------------------------------------

    def _initial_save_state(self, in_database: bool, recovered_at: datetime | None) -> str:
        if recovered_at is not None:
            return f"{RECOVERED_PREFIX} {clock_seconds_text(recovered_at)}"
        if in_database:
            return SAVED_PREFIX
        return NOT_SAVED_YET

    def _set_save_state(self, text: str, problem: bool = False) -> None:
        self._save_state = text
        text = _shown_save_state(text)
        self.save_state_label.setText(text)
        self.save_state_label.setToolTip(text)
        self.save_state_label.setAccessibleDescription(text)
        self.save_state_label.setProperty("state", "problem" if problem else "ok")
        self.save_state_label.style().unpolish(self.save_state_label)
        self.save_state_label.style().polish(self.save_state_label)

    def _refresh_header(self, record: CallRecord) -> None:
        self.reference_label.setText(record.reference)
        self.source_label.setText(data_text(record.source.label))
        if record.status is CallStatus.SIGNED and record.signed_by:
            status = translate("CallStatus", "Signed by {name}").format(name=record.signed_by)
        else:
            status = status_label(record.status)
        self.status_label.setText(status)
        level = record.risk_level
        if level is RiskLevel.IMMINENT:
            text = translate("Intake", "IMMINENT RISK")
        elif level is RiskLevel.NOT_ASSESSED:
            text = translate("Intake", "Risk: not assessed")
        else:
            text = translate("Intake", "Risk: {level}").format(
                level=risk_level_text(level.value, level.label)
            )
        self.risk_label.setText(text)
        self.risk_label.setAccessibleDescription(text)
        if self.risk_label.property("risk") != level.value:
            self.risk_label.setProperty("risk", level.value)
            self.risk_label.style().unpolish(self.risk_label)
            self.risk_label.style().polish(self.risk_label)
        summary = self.checklists.summary()
        self.checklist_label.setText(
            translate("Intake", "Checklists: {summary}").format(summary=summary)
            if summary
            else translate("Intake", "Checklists: none started")
        )

    @property
    def risk_text(self) -> str:
        """What the header says about risk."""
        return self.risk_label.text()

    @property
    def timer_text(self) -> str:
        """What the call timer shows."""
        return self.timer_label.text()

    def _tick(self) -> None:
        end = self._base.ended_at
        moment = end if end is not None else self._now()
        elapsed = (moment - self._base.started_at).total_seconds()
        suffix = " " + translate("Intake", "(ended)") if end is not None else ""
        self.timer_label.setText(
            translate("Intake", "Call time {duration}").format(duration=duration_text(elapsed))
            + suffix
        )
        if end is not None and self._clock_timer.isActive():
            self._clock_timer.stop()

    def _apply_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.edit_button,
            self.sign_button,
            self.save_button,
            self.complete_button,
            self.handoff_button,
            self.leave_button,
            *self.imminent_panel.focus_chain(),
            self.tabs.tabBar(),
            *self.form.left_chain(),
            self.prior_calls.list,
            self.prior_calls.use_plan,
            *self.form.right_chain(),
            *self.risk.focus_chain(),
            *self.checklists.focus_chain(),
            *self.safety_plan.focus_chain(),
            *self.disposition.focus_chain(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._guard.guard(w for w in chain if isinstance(w, (QLineEdit, QPlainTextEdit, QComboBox)))

    # --- slots -------------------------------------------------------------------------------

    @Slot()
    def _on_panel_changed(self) -> None:
        if self._loading or not self._editable:
            return
        record = self.record()
        self._refresh_header(record)
        becoming = record.imminent and not self._was_imminent
        self._was_imminent = record.imminent
        self.imminent_panel.show_record(record, announce=becoming)
        self._schedule_draft()
        self.record_changed.emit()

    @Slot(str)
    def _on_imminent_panel_step_done(self, kind: str) -> None:
        if not self._editable:
            return
        step_kind = ImminentStepKind(kind)
        stamped = (
            replace(self._base, imminent_steps=self._steps)
            .with_step_done(step_kind, self._now(), self._user.account.display_name)
            .imminent_steps
        )
        self._steps = stamped
        self._on_panel_changed()
        following = list(ImminentStepKind)
        index = following.index(step_kind)
        for later in following[index + 1 :]:
            button = self.imminent_panel.buttons[later]
            if button.isEnabled():
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    @Slot()
    def _on_form_lookup_changed(self) -> None:
        self._schedule_lookup()

    @Slot()
    def _on_lookup_timer_timeout(self) -> None:
        number, name = self.form.lookup_text
        if not number and not name:
            self.prior_calls.show_calls([])
            return
        intake, user, call_id = self._services.intake, self._user, self._base.id
        self._runner.submit(
            lambda: intake.prior_calls(user, number, name, exclude=call_id),
            self.prior_calls.show_calls,
            lambda problem: log.info("repeat-caller lookup failed: %s", problem.logged),
            key=f"prior:{call_id}",
            owner=self,
        )

    @Slot(object)
    def _on_prior_calls_use_plan_requested(self, prior: PriorCall) -> None:
        if self._editable:
            self._use_prior_plan(prior)

    @Slot(str, str)
    def _on_form_incident_dropped(self, text: str, path: str) -> None:
        if not self._editable:
            return
        if path:
            self._read_incident_file(path)
        else:
            self.import_incident(text)

    @Slot()
    def _on_draft_timer_timeout(self) -> None:
        self.write_draft()


def _log_closing_problem(problem: Problem) -> None:
    log.warning("call not saved while closing (the draft keeps it): %s", problem.logged)


def _shown_save_state(state: str) -> str:
    """``state`` with its known opening words in the interface language."""
    for words in (
        NOT_SAVED_YET,
        SAVING,
        SAVED_PREFIX,
        KEPT_OFFLINE_PREFIX,
        DRAFT_PREFIX,
        NOT_SAVED_PREFIX,
        RECOVERED_PREFIX,
    ):
        if state.startswith(words):
            rest = state.removeprefix(words)
            if rest.strip() in SAVE_STATE_DETAILS:
                rest = " " + translate("Intake", rest.strip())
            return translate("Intake", words) + rest
    return state
