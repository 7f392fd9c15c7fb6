"""Directory administration: a service's form, the organizations list and its form.

Every save carries the version the form started from; when someone else changed the record
meanwhile the service refuses, and the form says so and keeps what was typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.directory import (
    SERVICE_STATUSES,
    OrganizationEdit,
    OrganizationSummary,
    ServiceDetail,
    ServiceEdit,
)
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import ConfirmDialog, FormDialog, run_modal
from counselor_app.ui.directory.texts import status_text
from counselor_app.ui.formatting import count_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, translate
from counselor_app.ui.ops import Runner
from counselor_app.ui.table import Column, RecordTableModel, make_proxy
from counselor_app.ui.widgets import MessageBar, add_labelled_row, heading, note

CONFLICT_HINT = QT_TRANSLATE_NOOP(
    "Directory",
    "Someone changed this record while you were editing. Close the form, look at the current "
    "record and make your change again; what you typed is still in this form to copy from.",
)


class _DirectoryForm(FormDialog):
    """A directory form: a save that meets someone else's newer change says so (translated)."""

    conflict_hint = CONFLICT_HINT
    conflict_hint_context = "Directory"


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ServiceEditDialog(_DirectoryForm):
    """A new service, or changes to one: the record, its main phone and its languages."""

    saved = Signal(object)
    """The saved ``ServiceDetail``."""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        detail: ServiceDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("Directory", "New service")
            if detail is None
            else translate("Directory", "Edit service")
        )
        super().__init__(
            title,
            runner,
            translate("Directory", "&Save service"),
            parent,
            intro=translate("Directory", "Locations and opening hours come from an HSDS import."),
        )
        self._services = services
        self._user = user
        self._detail = detail
        self.result_detail: ServiceDetail | None = None
        self.organization = QComboBox()
        self.organization.setObjectName("serviceOrganization")
        self.organization.addItem(translate("Directory", "Loading organizations…"), None)
        self.name = QLineEdit()
        self.name.setObjectName("serviceName")
        self.description = _text_box()
        self.description.setObjectName("serviceDescription")
        self.eligibility = _text_box(2)
        self.eligibility.setObjectName("serviceEligibility")
        self.fees = QLineEdit()
        self.fees.setObjectName("serviceFees")
        self.application = QLineEdit()
        self.application.setObjectName("serviceApplication")
        self.phone = QLineEdit()
        self.phone.setObjectName("servicePhone")
        self.phone.setPlaceholderText("(314) 555-0100")
        self.languages = QLineEdit()
        self.languages.setObjectName("serviceLanguages")
        self.languages.setPlaceholderText("en, es")
        self.url = QLineEdit()
        self.url.setObjectName("serviceUrl")
        self.email = QLineEdit()
        self.email.setObjectName("serviceEmail")
        self.status = QComboBox()
        self.status.setObjectName("serviceStatus")
        for status in SERVICE_STATUSES:
            self.status.addItem(status_text(status), status)
        self.verified = QCheckBox(translate("Directory", "&Verified on"))
        self.verified.setObjectName("serviceVerified")
        self.verified_on = QDateEdit()
        self.verified_on.setObjectName("serviceVerifiedOn")
        self.verified_on.setAccessibleName(translate("Directory", "Verification date"))
        self.verified_on.setCalendarPopup(True)
        self.verified_on.setDisplayFormat("yyyy-MM-dd")
        self.verified_on.setDate(QDate.currentDate())
        verified_row = QWidget()
        row = QHBoxLayout(verified_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.verified)
        row.addWidget(self.verified_on, 1)
        for text, field in (
            (translate("Directory", "&Organization:"), self.organization),
            (translate("Directory", "&Name:"), self.name),
            (translate("Directory", "&Description:"), self.description),
            (translate("Directory", "&Eligibility:"), self.eligibility),
            (translate("Directory", "&Fees:"), self.fees),
            (translate("Directory", "How to a&pply:"), self.application),
            (translate("Directory", "Main p&hone:"), self.phone),
            (translate("Directory", "&Languages:"), self.languages),
            (translate("Directory", "&Website:"), self.url),
            (translate("Directory", "E&mail:"), self.email),
            (translate("Directory", "&Status:"), self.status),
            (translate("Directory", "Last verified:"), verified_row),
        ):
            add_labelled_row(self.form, text, field)
        self.setMinimumWidth(560)
        if detail is not None:
            self._fill(detail)
        self.verified_on.setEnabled(self.verified.isChecked())
        self.name.setFocus()
        self._connect_signals()
        self._load_organizations()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.verified.toggled.connect(self.verified_on.setEnabled)

    def _fill(self, d: ServiceDetail) -> None:
        self.name.setText(d.name)
        self.description.setPlainText(d.description)
        self.eligibility.setPlainText(d.eligibility)
        self.fees.setText(d.fees)
        self.application.setText(d.application_process)
        self.phone.setText(d.phones[0].number if d.phones else "")
        self.languages.setText(", ".join(d.languages))
        self.url.setText(d.url)
        self.email.setText(d.email)
        index = self.status.findData(d.status)
        if index < 0:
            self.status.addItem(d.status, d.status)
            index = self.status.count() - 1
        self.status.setCurrentIndex(index)
        self.verified.setChecked(d.last_verified is not None)
        if d.last_verified is not None:
            v = d.last_verified
            self.verified_on.setDate(QDate(v.year, v.month, v.day))

    def _load_organizations(self) -> None:
        user, directory = self._user, self._services.directory
        self.run_action(
            lambda: directory.list_organizations(user, include_inactive=False),
            self._on_organizations_loaded,
            translate("Directory", "Loading organizations…"),
        )

    def _on_organizations_loaded(self, organizations: list[OrganizationSummary]) -> None:
        wanted = self._detail.organization_id if self._detail else None
        self.organization.clear()
        self.organization.addItem(translate("Directory", "Choose an organization"), None)
        for org in organizations:
            self.organization.addItem(org.name, org.id)
        index = self.organization.findData(wanted) if wanted else 0
        self.organization.setCurrentIndex(max(index, 0))
        if self._detail is None and len(organizations) == 1:
            self.organization.setCurrentIndex(1)

    def edit(self) -> ServiceEdit:
        """The form as an edit for the service."""
        day: date | None = None
        if self.verified.isChecked():
            q = self.verified_on.date()
            day = date(q.year(), q.month(), q.day())
        languages = tuple(p.strip() for p in self.languages.text().split(",") if p.strip())
        return ServiceEdit(
            organization_id=self.organization.currentData() or "",
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            eligibility=self.eligibility.toPlainText().strip(),
            fees=self.fees.text().strip(),
            application_process=self.application.text().strip(),
            url=self.url.text().strip(),
            email=self.email.text().strip(),
            status=str(self.status.currentData()),
            phone=self.phone.text().strip(),
            languages=languages,
            last_verified=day,
            id=self._detail.id if self._detail else None,
            version=self._detail.version if self._detail else 0,
        )

    def submit(self) -> None:
        """Check the obvious, then save."""
        reasons = []
        if self.organization.currentData() is None:
            reasons.append(
                translate(
                    "Directory", "Organization: choose the organization that offers the service."
                )
            )
        if not self.name.text().strip():
            reasons.append(translate("Directory", "Name: enter the service's name."))
        if reasons:
            self.show_reasons(translate("Directory", "The service cannot be saved yet."), reasons)
            return
        edit, user, directory = self.edit(), self._user, self._services.directory
        self.run_action(
            lambda: directory.save_service(user, edit),
            self._on_saved,
            translate("Directory", "Saving…"),
        )

    def _on_saved(self, detail: ServiceDetail) -> None:
        self.result_detail = detail
        self.saved.emit(detail)
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        detail: ServiceDetail | None = None,
    ) -> ServiceDetail | None:
        """Show the form; the saved service, or ``None`` when cancelled."""
        dialog = cls(services, runner, user, detail, parent)
        run_modal(dialog)
        return dialog.result_detail


class OrganizationEditDialog(_DirectoryForm):
    """A new organization, or changes to one."""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        organization: OrganizationSummary | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            translate("Directory", "New organization")
            if organization is None
            else translate("Directory", "Edit organization")
        )
        super().__init__(title, runner, translate("Directory", "&Save organization"), parent)
        self._services = services
        self._user = user
        self._organization = organization
        self.result_organization: OrganizationSummary | None = None
        self.name = QLineEdit()
        self.name.setObjectName("organizationName")
        self.description = _text_box()
        self.description.setObjectName("organizationDescription")
        self.email = QLineEdit()
        self.email.setObjectName("organizationEmail")
        self.website = QLineEdit()
        self.website.setObjectName("organizationWebsite")
        self.website.setPlaceholderText("https://")
        add_labelled_row(self.form, translate("Directory", "&Name:"), self.name)
        add_labelled_row(self.form, translate("Directory", "&Description:"), self.description)
        add_labelled_row(self.form, translate("Directory", "E&mail:"), self.email)
        add_labelled_row(self.form, translate("Directory", "&Website:"), self.website)
        if organization is not None:
            self.name.setText(organization.name)
            self.description.setPlainText(organization.description)
            self.email.setText(organization.email)
            self.website.setText(organization.website)
        self.name.setFocus()
        self._connect_signals()

    def edit(self) -> OrganizationEdit:
        """The form as an edit for the service."""
        org = self._organization
        return OrganizationEdit(
            name=self.name.text().strip(),
            description=self.description.toPlainText().strip(),
            email=self.email.text().strip(),
            website=self.website.text().strip(),
            id=org.id if org else None,
            version=org.version if org else 0,
        )

    def submit(self) -> None:
        """Check the name, then save."""
        if not self.name.text().strip():
            self.show_reasons(
                translate("Directory", "The organization cannot be saved yet."),
                [translate("Directory", "Name: enter the organization's name.")],
            )
            return
        edit, user, directory = self.edit(), self._user, self._services.directory
        self.run_action(
            lambda: directory.save_organization(user, edit),
            self._on_saved,
            translate("Directory", "Saving…"),
        )

    def _on_saved(self, organization: OrganizationSummary) -> None:
        self.result_organization = organization
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        organization: OrganizationSummary | None = None,
    ) -> OrganizationSummary | None:
        """Show the form; the saved organization, or ``None`` when cancelled."""
        dialog = cls(services, runner, user, organization, parent)
        run_modal(dialog)
        return dialog.result_organization


class OrganizationsTableModel(RecordTableModel):
    """One row per ``OrganizationSummary`` (headers translated when shown)."""

    translation_context = "Directory"
    columns = (
        Column(QT_TRANSLATE_NOOP("Directory", "Organization"), lambda o: o.name),
        Column(
            QT_TRANSLATE_NOOP("Directory", "Services"),
            lambda o: str(o.service_count),
            lambda o: o.service_count,
            True,
        ),
        Column(QT_TRANSLATE_NOOP("Directory", "Website"), lambda o: o.website),
        Column(
            QT_TRANSLATE_NOOP("Directory", "State"),
            lambda o: status_text("active" if o.active else "inactive"),
        ),
    )


class OrganizationsDialog(QDialog):
    """Every organization: add, edit, deactivate (with its services) or reactivate."""

    changed = Signal()
    """An organization was added or changed."""

    def __init__(
        self,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Directory", "Organizations"))
        self.setModal(True)
        self.resize(720, 480)
        self._services = services
        self._runner = runner
        self._user = user
        self.model = OrganizationsTableModel(self)
        self.proxy = make_proxy(self.model, self)
        self.table = QTableView(self)
        self.table.setObjectName("organizationsTable")
        self.table.setAccessibleName(translate("Directory", "Organizations"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setTabKeyNavigation(False)
        self.message_bar = MessageBar(self)
        self.footer = note()
        self.new_button = QPushButton(translate("Directory", "&New organization…"), self)
        self.edit_button = QPushButton(translate("Directory", "&Edit…"), self)
        self.toggle_button = QPushButton(translate("Directory", "&Deactivate"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box = buttons
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.toggle_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading(translate("Directory", "Organizations"), 1.25))
        layout.addWidget(
            note(
                translate(
                    "Directory", "Deactivating an organization also deactivates its services."
                )
            )
        )
        layout.addWidget(self.message_bar)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)
        layout.addWidget(buttons)
        self._connect_signals()
        self._update_buttons()
        self.reload()

    def _connect_signals(self) -> None:
        self.close_box.rejected.connect(self.reject)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_edit_button_clicked)

    def reload(self) -> None:
        """Read the organizations again."""
        user, directory = self._user, self._services.directory
        self._runner.submit(
            lambda: directory.list_organizations(user, include_inactive=True),
            self._on_loaded,
            self.message_bar.show_problem,
            key=f"organizations:{id(self)}",
            owner=self,
        )

    def selected(self) -> OrganizationSummary | None:
        """The organization selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        record: Any = self.model.record_at(self.proxy.mapToSource(rows[0]).row())
        return record if isinstance(record, OrganizationSummary) else None

    def select(self, organization_id: str) -> None:
        """Select the row of one organization."""
        row = self.model.row_of(organization_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _on_loaded(self, organizations: list[OrganizationSummary]) -> None:
        chosen = self.selected()
        self.model.set_records(organizations)
        self.table.resizeColumnsToContents()
        self.footer.setText(
            count_text(
                len(organizations),
                translate("Directory", "organization"),
                translate("Directory", "organizations"),
            )
        )
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        org = self.selected()
        self.edit_button.setEnabled(org is not None)
        self.toggle_button.setEnabled(org is not None)
        self.toggle_button.setText(
            translate("Directory", "&Reactivate")
            if org is not None and not org.active
            else translate("Directory", "&Deactivate")
        )

    @Slot()
    def _on_selection_changed(self) -> None:
        self._update_buttons()

    @Slot()
    def _on_new_button_clicked(self) -> None:
        saved = OrganizationEditDialog.ask(self, self._services, self._runner, self._user)
        if saved is not None:
            self.message_bar.show_text(
                translate("Directory", "Added {name}.").format(name=saved.name)
            )
            self.changed.emit()
            self.reload()

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        org = self.selected()
        if org is None:
            return
        saved = OrganizationEditDialog.ask(self, self._services, self._runner, self._user, org)
        if saved is not None:
            self.message_bar.show_text(
                translate("Directory", "Saved {name}.").format(name=saved.name)
            )
            self.changed.emit()
            self.reload()

    @Slot()
    def _on_toggle_button_clicked(self) -> None:
        org = self.selected()
        if org is None:
            return
        if org.active:
            answer = ConfirmDialog.ask(
                self,
                translate("Directory", "Deactivate organization"),
                translate(
                    "Directory",
                    "Deactivate {name} and its {services}? They will no longer appear in searches.",
                ).format(
                    name=org.name,
                    services=count_text(
                        org.service_count,
                        translate("Directory", "service"),
                        translate("Directory", "services"),
                    ),
                ),
                translate("Directory", "Deactivate"),
            )
            if not answer:
                return
        user, directory = self._user, self._services.directory
        self._runner.submit(
            lambda: directory.set_organization_active(user, org.id, not org.active, org.version),
            self._on_toggled,
            self.message_bar.show_problem,
            owner=self,
        )

    def _on_toggled(self, org: OrganizationSummary) -> None:
        text = (
            translate("Directory", "{name} reactivated.")
            if org.active
            else translate("Directory", "{name} deactivated.")
        )
        self.message_bar.show_text(text.format(name=org.name))
        self.changed.emit()
        self.reload()

    @classmethod
    def show_for(
        cls,
        parent: QWidget | None,
        services: AppServices,
        runner: Runner,
        user: SignedInUser,
    ) -> bool:
        """Show the list; True when something was changed."""
        dialog = cls(services, runner, user, parent)
        changed: list[bool] = []
        dialog.changed.connect(lambda: changed.append(True))
        run_modal(dialog)
        return bool(changed)
