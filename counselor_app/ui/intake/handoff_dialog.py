"""The handoff dialog: a call's handoff PDF or the caller's safety plan, saved or opened.

A PDF that leaves the building is a disclosure. The dialog asks for whom (and why), shows the
consent rule's verdict before anything is made, and offers an emergency override with its reason
when the rule refuses. The PDF is made and written on the runner; the service logs the disclosure
before it returns the document.

**Save PDF…** asks where first (so cancelling the file chooser makes no disclosure), then builds
and writes the file through the service. **Open in viewer** writes the PDF, readable by its owner
only, into a private folder of this workstation's data folder and hands it to the system viewer.
The viewer reads the file when it likes, so it cannot be deleted at once: copies older than
``VIEWER_COPY_MAX_AGE`` are deleted whenever the dialog opens.
"""

from __future__ import annotations

import itertools
import logging
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.config import data_dir
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import CallRecord
from counselor_app.domain.errors import KnownError
from counselor_app.domain.handoff import (
    OVERRIDE_REASON_LIMIT,
    PURPOSE_LIMIT,
    PURPOSES,
    ConsentBasis,
    ConsentRequiredError,
    Recipient,
    consent_decision,
)
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import FormDialog, run_modal
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, message_text, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import add_labelled_row, note

log = logging.getLogger(__name__)

VIEWER_FOLDER_NAME = "handoffs-open"
VIEWER_COPY_MAX_AGE = 24 * 3600
"""Seconds a copy written for the system viewer is kept (deleted when the dialog next opens)."""

SAFETY_PLAN_PURPOSE = "Caller's own copy of the safety plan"
"""Recorded in the disclosure log and printed as it is (like the domain's ``PURPOSES``)."""
RECIPIENT_NAME_LIMIT = 200

OVERRIDE_EXPLANATION = QT_TRANSLATE_NOOP(
    "Intake",
    "Without the caller's consent this handoff may only go out in an emergency. If the "
    "caller's safety cannot wait for consent, tick Emergency override and say why. The reason "
    "is printed on the handoff and kept in the disclosure log and the audit trail, where a "
    "supervisor reviews it. Otherwise close this window, record the caller's consent in the "
    "Disposition tab and save the call.",
)


@dataclass(frozen=True, slots=True)
class Choice:
    """One entry of the recipient list: a handoff, or the caller's safety plan in a language."""

    label: str
    recipient: Recipient | None = None
    language: str = ""

    @property
    def is_safety_plan(self) -> bool:
        """True for the caller's own safety plan (no consent, purpose or recipient name)."""
        return self.recipient is None

    @property
    def shown(self) -> str:
        """The label in the interface language."""
        if self.recipient is not None:
            return data_text(self.label)
        return translate("Intake", self.label)


CHOICES: tuple[Choice, ...] = (
    *(Choice(r.label, recipient=r) for r in Recipient),
    Choice(QT_TRANSLATE_NOOP("Intake", "Caller's safety plan (English)"), language="en"),
    Choice(QT_TRANSLATE_NOOP("Intake", "Caller's safety plan (Spanish)"), language="es"),
)


def viewer_folder() -> Path:
    """The private folder of copies opened in the system viewer (tests point it elsewhere)."""
    return data_dir() / VIEWER_FOLDER_NAME


def private_folder(folder: Path) -> Path:
    """Create ``folder`` if needed, readable by its owner only (mode 0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def sweep_viewer_copies(folder: Path, max_age: float = VIEWER_COPY_MAX_AGE) -> int:
    """Delete copies older than ``max_age`` seconds from ``folder``; returns how many."""
    if not folder.is_dir():
        return 0
    cutoff = time.time() - max_age
    removed = 0
    for path in folder.iterdir():
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            continue
    return removed


def suggested_file_name(reference: str, choice: Choice) -> str:
    """The file name the service suggests (``HandoffResult.file_name``), known before building."""
    if choice.recipient is not None:
        return f"handoff-{reference}-{choice.recipient.value}.pdf"
    return f"safety-plan-{reference}-{choice.language}.pdf"


def choose_pdf_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where the PDF goes (``None`` when the person cancels). Tests replace this."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(folder) if folder else Path.home()
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Intake", "Save the handoff PDF"),
        str(start / suggested),
        translate("Intake", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_in_viewer(path: Path) -> bool:
    """Hand ``path`` to the system's PDF viewer; False when none could be started."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


class WriteError(KnownError):
    """The PDF was made (and logged) but could not be written where asked."""


@dataclass(frozen=True, slots=True)
class Written:
    """A PDF made and written: the document and where it is."""

    document: Any
    path: Path


class HandoffDialog(FormDialog):
    """Make a call's handoff PDF or the caller's safety plan; save it or open it."""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        record: CallRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Intake", "Handoff PDF for call {reference}").format(
                reference=record.reference
            ),
            runner,
            translate("Intake", "&Save PDF…"),
            parent,
            intro=translate(
                "Intake",
                "A PDF that leaves the building is a disclosure: it is logged with the "
                "recipient, the purpose and the caller's consent. It carries only what its "
                "recipient needs.",
            ),
        )
        self.setObjectName("handoffDialog")
        self._services = services
        self._user = user
        self._record = record
        self._consent_refused_by_service = False
        self._consent_reason = ""
        """Why the handoff needs consent it lacks, as last shown (empty when it does not)."""
        self.written: list[Path] = []
        self.recipient = QComboBox()
        self.recipient.setObjectName("handoffRecipient")
        for choice in CHOICES:
            self.recipient.addItem(choice.shown, choice)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("handoffPurpose")
        self.purpose.setMaxLength(PURPOSE_LIMIT)
        self.recipient_name = QLineEdit()
        self.recipient_name.setObjectName("handoffRecipientName")
        self.recipient_name.setMaxLength(RECIPIENT_NAME_LIMIT)
        self.recipient_name.setPlaceholderText(
            translate("Intake", "Optional: the team, dispatcher or clinician")
        )
        self.consent_label = note()
        self.consent_label.setObjectName("handoffConsent")
        self.consent_label.setAccessibleName(translate("Intake", "Consent"))
        self.override = QCheckBox(translate("Intake", "Emergency &override"))
        self.override.setObjectName("handoffOverride")
        self.override.setAccessibleName(translate("Intake", "Emergency override"))
        self.override_note = note(translate("Intake", OVERRIDE_EXPLANATION))
        self.override_reason = QLineEdit()
        self.override_reason.setObjectName("handoffOverrideReason")
        self.override_reason.setMaxLength(OVERRIDE_REASON_LIMIT)
        self.override_reason.setPlaceholderText(
            translate("Intake", "Why this cannot wait for the caller's consent")
        )
        add_labelled_row(self.form, translate("Intake", "&Recipient:"), self.recipient)
        add_labelled_row(self.form, translate("Intake", "&Purpose:"), self.purpose)
        add_labelled_row(self.form, translate("Intake", "Recipient &name:"), self.recipient_name)
        # Wrapped text gets the dialog's full width below the form (a wrapped label in a form
        # row is squeezed to one line's height).
        self.consent_box = QWidget()
        self.consent_box.setObjectName("handoffConsentBox")
        consent = QVBoxLayout(self.consent_box)
        consent.setContentsMargins(0, 0, 0, 0)
        consent.setSpacing(6)
        consent.addWidget(self.consent_label)
        consent.addWidget(self.override)
        consent.addWidget(self.override_note)
        self.reason_row = QWidget()
        reason_form = QFormLayout(self.reason_row)
        reason_form.setContentsMargins(0, 0, 0, 0)
        add_labelled_row(reason_form, translate("Intake", "Re&ason:"), self.override_reason)
        consent.addWidget(self.reason_row)
        self.body.insertWidget(self.body.indexOf(self.fields) + 1, self.consent_box)
        self.viewer_button: QPushButton = self.buttons.addButton(
            translate("Intake", "Open in &viewer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.viewer_button.setObjectName("handoffOpen")
        self.accept_button.setObjectName("handoffSave")
        self.cancel_button.setText(translate("Intake", "&Close"))
        for button in (self.accept_button, self.viewer_button, self.cancel_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.setMinimumWidth(560)
        for first, second in itertools.pairwise(self.focus_chain()):
            QWidget.setTabOrder(first, second)
        self._connect_signals()
        self._on_recipient_changed(self.recipient.currentIndex())
        self.recipient.setFocus()
        self._sweep_viewer_copies()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.recipient.currentIndexChanged.connect(self._on_recipient_changed)
        self.override.toggled.connect(self._on_override_toggled)
        self.viewer_button.clicked.connect(self.open_in_viewer)

    def focus_chain(self) -> list[QWidget]:
        """The order Tab follows: the form, the override, then the buttons."""
        return [
            self.recipient,
            self.purpose,
            self.recipient_name,
            self.override,
            self.override_reason,
            self.accept_button,
            self.viewer_button,
            self.cancel_button,
        ]

    # --- state -------------------------------------------------------------------------------

    @property
    def choice(self) -> Choice:
        """What is selected in the recipient list."""
        choice = self.recipient.currentData()
        assert isinstance(choice, Choice)
        return choice

    def select(self, choice: Choice | Recipient | str) -> None:
        """Select a recipient (a ``Choice``, a ``Recipient`` or a safety plan language)."""
        for index in range(self.recipient.count()):
            item = self.recipient.itemData(index)
            if choice in (item, item.recipient) or (item.language and item.language == choice):
                self.recipient.setCurrentIndex(index)
                return
        raise ValueError(f"no recipient {choice!r}")

    def needs_override(self) -> bool:
        """True when the consent rule refuses this handoff without an emergency override."""
        choice = self.choice
        if choice.recipient is None:
            return False
        if self._consent_refused_by_service:
            return True
        return not consent_decision(self._record, choice.recipient).allowed

    def _show_consent(self) -> None:
        choice = self.choice
        self._consent_reason = ""
        if choice.recipient is None:
            text = translate(
                "Intake", "Consent: not needed; the caller receives their own safety plan."
            )
        else:
            decision = consent_decision(self._record, choice.recipient)
            if decision.allowed and not self._consent_refused_by_service:
                text = {
                    ConsentBasis.GIVEN: translate(
                        "Intake", "Consent: given; the caller agreed (recorded on the call)."
                    ),
                    ConsentBasis.NOT_REQUIRED: translate(
                        "Intake",
                        "Consent: not needed; this call is an emergency and this recipient "
                        "can help keep the caller safe.",
                    ),
                }.get(decision.basis or ConsentBasis.GIVEN, "")
            else:
                self._consent_reason = message_text(decision.reason) if decision.reason else ""
                text = f"{self._consent_missing_text()} {self._consent_reason}".strip()
        self.consent_label.setText(text)
        self.consent_label.setAccessibleDescription(text)
        needed = self.needs_override()
        for widget in (self.override, self.override_note):
            widget.setVisible(needed)
        self._on_override_toggled(self.override.isChecked())

    @Slot(int)
    def _on_recipient_changed(self, _index: int) -> None:
        choice = self.choice
        self._consent_refused_by_service = False
        defaults = {*PURPOSES.values(), SAFETY_PLAN_PURPOSE, ""}
        if " ".join(self.purpose.text().split()) in defaults:
            if choice.recipient is None:
                self.purpose.setText(SAFETY_PLAN_PURPOSE)
            else:
                self.purpose.setText(PURPOSES[choice.recipient])
        self.purpose.setEnabled(not choice.is_safety_plan)
        self.recipient_name.setEnabled(not choice.is_safety_plan)
        self._show_consent()

    @Slot(bool)
    def _on_override_toggled(self, checked: bool) -> None:
        show = self.override.isVisibleTo(self) and checked
        self.reason_row.setVisible(show)
        if show:
            self.override_reason.setFocus()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        super()._set_busy(busy, text)
        self.consent_box.setEnabled(not busy)
        self.viewer_button.setEnabled(not busy)

    # --- actions -----------------------------------------------------------------------------

    def submit(self) -> None:
        """Save PDF…: ask where, then make the PDF and write it there."""
        if not self._check():
            return
        path = choose_pdf_path(self, suggested_file_name(self._record.reference, self.choice))
        if path is None:
            return
        self._make(path, opened=False)

    @Slot()
    def open_in_viewer(self) -> None:
        """Open in viewer: make the PDF, write a private copy, hand it to the system viewer."""
        if self.busy or not self._check():
            return
        self._make(None, opened=True)

    def _check(self) -> bool:
        if not self.needs_override():
            return True
        reasons = []
        if not self.override.isChecked():
            reasons.append(self._consent_reason or self._consent_missing_text())
            reasons.append(
                translate(
                    "Intake",
                    "Record the caller's consent on the call, or tick Emergency override and "
                    "give the reason.",
                )
            )
        elif not self.override_reason.text().strip():
            reasons.append(
                translate(
                    "Intake", "Reason: say why this handoff cannot wait for the caller's consent."
                )
            )
        if reasons:
            self.show_reasons(
                translate("Intake", "This handoff needs the caller's consent."), reasons
            )
            if self.override.isChecked():
                self.override_reason.setFocus()
            else:
                self.override.setFocus()
            return False
        return True

    def _make(self, path: Path | None, *, opened: bool) -> None:
        make = self._maker()
        handoffs = self._services.handoffs

        def work() -> Written:
            document = make()
            target = path
            if target is None:
                name = Path(document.file_name)
                target = viewer_folder() / f"{name.stem}-{secrets.token_hex(3)}{name.suffix}"
            try:
                if path is None:
                    private_folder(target.parent)
                handoffs.save(document, target)
            except OSError as exc:
                raise WriteError(
                    translate(
                        "Intake", "The PDF was made but could not be written to {folder} ({error})."
                    ).format(folder=target.parent, error=exc.strerror or type(exc).__name__),
                    translate(
                        "Intake", "Choose another folder and try again. The disclosure was logged."
                    ),
                ) from None
            return Written(document, target)

        busy = (
            translate("Intake", "Making the PDF and opening it…")
            if opened
            else translate("Intake", "Making and saving the PDF…")
        )
        self.run_action(work, self._on_opened if opened else self._on_saved, busy)

    def _maker(self) -> Callable[[], Any]:
        choice, user, call_id = self.choice, self._user, self._record.id
        handoffs = self._services.handoffs
        if choice.recipient is None:
            language = choice.language
            return lambda: handoffs.safety_plan_pdf(user, call_id, language)
        recipient = choice.recipient
        purpose = " ".join(self.purpose.text().split())
        name = self.recipient_name.text().strip()
        reason: str | None = None
        if self.needs_override() and self.override.isChecked():
            reason = self.override_reason.text().strip()
        return lambda: handoffs.build(
            user, call_id, recipient, purpose=purpose, override_reason=reason, recipient_name=name
        )

    def _on_saved(self, written: Written) -> None:
        self.written.append(written.path)
        self._report(
            translate("Intake", "Saved {file} in {folder}").format(
                file=written.path.name, folder=written.path.parent
            ),
            written,
        )

    def _on_opened(self, written: Written) -> None:
        self.written.append(written.path)
        if open_in_viewer(written.path):
            self._report(
                translate("Intake", "Opened {file} in your PDF viewer").format(
                    file=written.document.file_name
                ),
                written,
            )
            return
        path = written.path
        self._runner.submit(lambda: path.unlink(missing_ok=True), None, _log_problem)
        self.message_bar.show_problem(
            Problem(
                translate("Intake", "No PDF viewer could be opened on this workstation."),
                translate("Intake", "Use Save PDF… instead. The disclosure was logged."),
            )
        )

    def _report(self, done: str, written: Written) -> None:
        pages = written.document.pages
        count = (
            translate("Intake", "1 page")
            if pages == 1
            else translate("Intake", "{count} pages").format(count=pages)
        )
        lines = [
            translate("Intake", "{done} ({pages}). The disclosure is logged.").format(
                done=done, pages=count
            )
        ]
        lines.extend(
            translate("Intake", "Warning: {warning}").format(warning=message_text(w))
            for w in written.document.warnings
        )
        self.message_bar.show_text(
            "\n".join(lines), "problem" if written.document.warnings else "info"
        )

    @staticmethod
    def _consent_missing_text() -> str:
        return translate("Intake", "Consent: needed and missing.")

    def _after_failure(self, problem: Problem) -> None:
        if isinstance(problem.error, ConsentRequiredError) and not self.needs_override():
            self._consent_refused_by_service = True
            self._show_consent()
            self.override.setFocus()

    def _sweep_viewer_copies(self) -> None:
        self._runner.submit(lambda: sweep_viewer_copies(viewer_folder()), None, _log_problem)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        record: CallRecord,
    ) -> list[Path] | None:
        """Show the dialog; the files written (saved or opened), or ``None`` when none were."""
        dialog = cls(services, runner, user, record, parent)
        run_modal(dialog)
        return dialog.written or None


def _log_problem(problem: Problem) -> None:
    log.warning("handoff viewer copies: %s", problem.logged)
