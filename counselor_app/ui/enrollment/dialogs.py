"""Workstation enrollment in the application.

* ``NotEnrolledPanel``: shown after the database opens, instead of signing in, when this
  workstation lacks keys the database depends on. It says so plainly, shows nothing sensitive,
  and offers to import an enrollment file.
* ``ImportEnrollmentDialog``: the file and its passphrase; enrolls on the runner.
* ``EnrollmentPassphraseDialog``: after an administrator exported a file, shows its one-time
  passphrase once, selectable, with the warning to give it separately from the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counselor_app import APP_NAME
from counselor_app.domain.enrollment import (
    NOT_ENROLLED_MESSAGE,
    PASSPHRASE_SHAPE,
    EnrollmentIssued,
    EnrollmentResult,
)
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import FormDialog, run_modal
from counselor_app.ui.formatting import local_time_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.widgets import MessageBar, add_labelled_row, heading, note

NOT_ENROLLED_TEXT = QT_TRANSLATE_NOOP(
    "Enrollment",
    "The database at {location} protects its records with keys this workstation does not "
    "hold, so nothing can be shown or saved here yet.\n\n"
    "An administrator enrolls this workstation: on the Admin page of their workstation, "
    "“Enroll a workstation…” writes an enrollment file and shows a one-time passphrase. "
    "Bring the file here, then import it with the passphrase.",
)
SEPARATELY_WARNING = QT_TRANSLATE_NOOP(
    "Enrollment",
    "Give this passphrase separately from the file: read it aloud or hand it over in person, "
    "never in the same email, message or USB stick. It is shown only now and kept nowhere. "
    "The file works once, on one workstation, until {expires}.",
)


def file_filter() -> str:
    """The file dialogs' filter, in the interface language (the patterns stay as they are)."""
    return translate("Enrollment", "Enrollment files ({patterns});;All files (*)").format(
        patterns="*.enrollment *.json"
    )


def passphrase_shape() -> str:
    """What an enrollment passphrase looks like, in the interface language."""
    return message_text(PASSPHRASE_SHAPE)


def choose_enrollment_file(parent: QWidget | None) -> Path | None:
    """Ask for the enrollment file to import."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Enrollment", "Choose the enrollment file"),
        str(Path.home()),
        file_filter(),
    )
    return Path(chosen) if chosen else None


def choose_enrollment_export_path(parent: QWidget | None) -> Path | None:
    """Ask where to write a new enrollment file."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Enrollment", "Write the enrollment file"),
        str(Path.home() / "workstation.enrollment"),
        file_filter(),
    )
    return Path(chosen) if chosen else None


class ImportEnrollmentDialog(FormDialog):
    """The enrollment file and its passphrase; enrolls this workstation for the open database."""

    def __init__(
        self, services: AppServices, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            translate("Enrollment", "Import an enrollment file"),
            runner,
            translate("Enrollment", "&Enroll this workstation"),
            parent,
            intro=translate(
                "Enrollment",
                "Choose the file your administrator gave you and type the passphrase they "
                "told you separately. Case, spaces and dashes do not matter.",
            ),
        )
        self._services = services
        self.result_value: EnrollmentResult | None = None
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("enrollmentFile")
        self.browse_button = QPushButton(translate("Enrollment", "&Browse…"))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.file_edit, 1)
        row_layout.addWidget(self.browse_button)
        file_label = QLabel(translate("Enrollment", "&File:"))
        file_label.setBuddy(self.file_edit)
        self.file_edit.setAccessibleName(translate("Enrollment", "File"))
        self.form.addRow(file_label, row)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setPlaceholderText("7KQM-3XHP-…")
        self.passphrase.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhPreferUppercase
        )
        add_labelled_row(self.form, translate("Enrollment", "Pass&phrase:"), self.passphrase)
        self.replace_box = QCheckBox(
            translate(
                "Enrollment", "&Replace keys this workstation already holds for this database"
            )
        )
        self.replace_box.setToolTip(
            translate(
                "Enrollment",
                "Only when an administrator has confirmed that the keys held here are wrong.",
            )
        )
        self.form.addRow("", self.replace_box)
        self.setTabOrder(self.file_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.passphrase)
        self.setTabOrder(self.passphrase, self.replace_box)
        self.setTabOrder(self.replace_box, self.accept_button)
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.browse_button.clicked.connect(self._on_browse_button_clicked)

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: AppServices, runner: Runner
    ) -> EnrollmentResult | None:
        """Show the dialog; what the enrollment did, or ``None`` when the person cancels."""
        dialog = cls(services, runner, parent)
        return dialog.result_value if run_modal(dialog) else None

    def submit(self) -> None:
        """Check both fields are filled in, then enroll on the runner."""
        reasons = []
        path = self.file_edit.text().strip()
        phrase = self.passphrase.text()
        if not path:
            reasons.append(translate("Enrollment", "Choose the enrollment file."))
        if not phrase.strip():
            reasons.append(
                translate("Enrollment", "Type the passphrase. {shape}").format(
                    shape=passphrase_shape()
                )
            )
        if reasons:
            self.show_reasons(
                translate("Enrollment", "The workstation cannot be enrolled yet."), reasons
            )
            return
        enrollment, replace = self._services.enrollment, self.replace_box.isChecked()
        self.run_action(
            lambda: enrollment.import_file(Path(path), phrase, replace=replace),
            self._on_enrolled,
            translate("Enrollment", "Checking the passphrase and enrolling this workstation…"),
        )

    def _on_enrolled(self, result: EnrollmentResult) -> None:
        self.result_value = result
        self.passphrase.clear()
        self.accept()

    def _after_failure(self, problem: Problem) -> None:
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    @Slot()
    def _on_browse_button_clicked(self) -> None:
        chosen = choose_enrollment_file(self)
        if chosen is not None:
            self.file_edit.setText(str(chosen))
            self.passphrase.setFocus()


class NotEnrolledPanel(QDialog):
    """Tells the person this workstation is not enrolled; imports an enrollment file."""

    def __init__(
        self, services: AppServices, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("Enrollment", "{app}: workstation not enrolled").format(app=APP_NAME)
        )
        self.setModal(True)
        self._services = services
        self._runner = runner
        self.result_value: EnrollmentResult | None = None
        self.heading = heading(message_text(NOT_ENROLLED_MESSAGE), 1.25)
        self.heading.setWordWrap(True)
        self.explanation = note(
            translate("Enrollment", NOT_ENROLLED_TEXT).format(location=services.database.location)
        )
        self.explanation.setObjectName("notEnrolledText")
        self.message_bar = MessageBar(self)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            translate("Enrollment", "&Import enrollment file…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.quit_button = self.buttons.addButton(
            translate("Enrollment", "&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.import_button.setFocus()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: AppServices, runner: Runner
    ) -> EnrollmentResult | None:
        """Show the panel; the enrollment once imported, or ``None`` when the person quits."""
        panel = cls(services, runner, parent)
        return panel.result_value if run_modal(panel) else None

    @Slot()
    def _on_import_button_clicked(self) -> None:
        result = ImportEnrollmentDialog.ask(self, self._services, self._runner)
        if result is None:
            return
        self.result_value = result
        self.accept()


class EnrollmentPassphraseDialog(QDialog):
    """Shows an exported file's one-time passphrase, once."""

    def __init__(self, issued: EnrollmentIssued, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Enrollment", "Enrollment file written"))
        self.setModal(True)
        expires = local_time_text(issued.expires_at)
        self.heading = heading(translate("Enrollment", "One-time passphrase"), 1.25)
        self.where = note(
            translate("Enrollment", "Wrote the enrollment file {path}.").format(path=issued.path)
        )
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit(issued.passphrase)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setReadOnly(True)
        self.passphrase.setAccessibleName(translate("Enrollment", "One-time passphrase"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.passphrase.setFont(font)
        self.warning = note(translate("Enrollment", SEPARATELY_WARNING).format(expires=expires))
        self.warning.setObjectName("passphraseWarning")
        self.buttons = QDialogButtonBox(self)
        self.done_button = self.buttons.addButton(
            translate("Enrollment", "I have &noted it"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        for widget in (self.heading, self.where, self.passphrase, self.warning, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(520)
        self.passphrase.setFocus()
        self.passphrase.selectAll()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)

    @classmethod
    def ask(cls, parent: QWidget | None, issued: EnrollmentIssued) -> None:
        """Show the passphrase until the administrator closes the dialog."""
        dialog = cls(issued, parent)
        run_modal(dialog)
        dialog.passphrase.clear()
