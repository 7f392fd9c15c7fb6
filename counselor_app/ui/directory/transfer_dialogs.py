"""Loading and writing HSDS 3.0 data packages: progress, cancel, and the import report.

The import runs on the runner; its progress arrives through a signal (queued onto the GUI
thread) and Cancel sets a flag the importer polls between steps. A cancelled or refused import
changes nothing: the importer applies accepted rows in one transaction at the end.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.directory import ImportReport, IssueSeverity
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import run_modal
from counselor_app.ui.directory.texts import import_summary
from counselor_app.ui.i18n import translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import MessageBar, heading, note

ISSUES_SHOWN = 500
"""Issues listed in the dialog (the summary counts them all)."""


def choose_import_path(parent: QWidget | None) -> Path | None:
    """Ask for a package: a .zip, or any file of an unzipped package (its folder is used)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Directory", "Choose an HSDS data package"),
        str(Path.home()),
        translate("Directory", "HSDS package (*.zip datapackage.json *.csv)")
        + ";;"
        + translate("Directory", "All files (*)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".zip" else path.parent


def choose_export_folder(parent: QWidget | None) -> Path | None:
    """Ask for the folder an export writes into."""
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("Directory", "Choose a folder for the HSDS files"), str(Path.home())
    )
    return Path(chosen) if chosen else None


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    progressed = Signal(int, int, str)


def report_text(report: ImportReport) -> str:
    """The import report as a person reads it: outcome, counts per table, then each issue."""
    outcome = (
        translate("Directory", "Imported from {source}.")
        if report.applied
        else translate("Directory", "Nothing was changed from {source}.")
    )
    lines = [outcome.format(source=report.source), import_summary(report), ""]
    for table in report.tables:
        lines.append(
            translate(
                "Directory",
                "{table}: {rows} rows, {created} new, {updated} updated, "
                "{deactivated} deactivated, {rejected} rejected",
            ).format(
                table=table.table,
                rows=table.rows,
                created=table.created,
                updated=table.updated,
                deactivated=table.deactivated,
                rejected=table.rejected,
            )
        )
    if report.ignored_files:
        lines += [
            "",
            translate("Directory", "Files not imported (tables the directory does not keep):"),
        ]
        lines += [f"  {name}" for name in report.ignored_files]
    if report.missing_files:
        lines += ["", translate("Directory", "Optional files not in the package:")]
        lines += [f"  {name}" for name in report.missing_files]
    rejected = [i for i in report.issues if i.severity is IssueSeverity.REJECTED]
    warnings = [i for i in report.issues if i.severity is IssueSeverity.WARNING]
    for title, issues in (
        (translate("Directory", "Rejected rows ({count}):"), rejected),
        (translate("Directory", "Warnings ({count}):"), warnings),
    ):
        if not issues:
            continue
        lines += ["", title.format(count=len(issues))]
        lines += [f"  {issue.describe()}" for issue in issues[:ISSUES_SHOWN]]
        if len(issues) > ISSUES_SHOWN:
            more = translate("Directory", "… and {count} more (the command line lists all).")
            lines.append("  " + more.format(count=len(issues) - ISSUES_SHOWN))
    return "\n".join(lines)


class ImportDialog(QDialog):
    """Imports one package with a progress bar and Cancel, then shows the report."""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Directory", "Import HSDS data"))
        self.setModal(True)
        self.resize(640, 420)
        self._services = services
        self._runner = runner
        self._user = user
        self._path = path
        self._cancel = threading.Event()
        self._running = False
        self.report: ImportReport | None = None
        self._relay = _ProgressRelay(self)
        self.stage = QLabel(translate("Directory", "Starting…"), self)
        self.stage.setObjectName("importStage")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(translate("Directory", "Import progress"))
        self.progress.setRange(0, 0)
        self.message_bar = MessageBar(self)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("importReport")
        self.details.setAccessibleName(translate("Directory", "Import report"))
        self.details.setReadOnly(True)
        self.details.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel_button: QPushButton = self.buttons.addButton(
            translate("Directory", "&Cancel import"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button: QPushButton = self.buttons.addButton(
            QDialogButtonBox.StandardButton.Close
        )
        self.close_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(translate("Directory", "Import HSDS data"), 1.25))
        layout.addWidget(note(translate("Directory", "From {path}").format(path=path)))
        layout.addWidget(self.stage)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._relay.progressed.connect(self._on_progressed)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.accept)

    @property
    def running(self) -> bool:
        """True while the import runs."""
        return self._running

    def start(self) -> None:
        """Begin the import on the runner."""
        self._running = True
        directory, user, path = self._services.directory, self._user, self._path
        relay, cancel = self._relay, self._cancel
        self._runner.submit(
            lambda: directory.import_hsds(
                user,
                path,
                progress=lambda done, total, stage: relay.progressed.emit(done, total, stage),
                cancelled=cancel.is_set,
            ),
            self._on_finished,
            self._on_failed,
            owner=self,
        )

    def cancel(self) -> None:
        """Ask the import to stop at its next step (nothing will have changed)."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.stage.setText(translate("Directory", "Cancelling…"))

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, stage: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.stage.setText(stage)

    def _finish_ui(self) -> None:
        self._running = False
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _on_finished(self, report: ImportReport) -> None:
        self.report = report
        self._finish_ui()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if report.rejected:
            self.stage.setText(
                translate(
                    "Directory", "Imported, but {count} rows were rejected — see the list below."
                ).format(count=report.rejected)
            )
            self.message_bar.show_text(import_summary(report), "problem")
        else:
            self.stage.setText(translate("Directory", "Imported."))
            self.message_bar.show_text(import_summary(report))
        self.details.setPlainText(report_text(report))
        self.details.show()

    def _on_failed(self, problem: Problem) -> None:
        self._finish_ui()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage.setText(translate("Directory", "Nothing was changed."))
        self.message_bar.show_problem(problem)

    @Slot()
    def _on_cancel_clicked(self) -> None:
        self.cancel()

    def reject(self) -> None:
        """Escape or the window's close button: cancel a running import, else close."""
        if self._running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing while the import runs cancels it instead."""
        if self._running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        path: Path,
    ) -> ImportReport | None:
        """Import ``path`` while showing progress; the report, or ``None`` if nothing changed."""
        dialog = cls(services, runner, user, path, parent)
        dialog.start()
        run_modal(dialog)
        return dialog.report
