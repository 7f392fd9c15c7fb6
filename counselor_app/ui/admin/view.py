"""The admin page: staff accounts, the audit-trail check, enrolling a workstation."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QPushButton, QWidget

from counselor_app.domain.accounts import Permission, SignedInUser, StaffAccount
from counselor_app.domain.audit import AuditVerification
from counselor_app.domain.enrollment import EnrollmentIssued
from counselor_app.ui.admin.dialogs import (
    AddAccountDialog,
    ConfirmIdentityDialog,
    ResetPasswordDialog,
)
from counselor_app.ui.admin.models import AccountsTableModel, role_text
from counselor_app.ui.context import AppServices
from counselor_app.ui.dialogs import ConfirmDialog
from counselor_app.ui.enrollment import EnrollmentPassphraseDialog
from counselor_app.ui.enrollment.dialogs import choose_enrollment_export_path
from counselor_app.ui.events import AppEvents
from counselor_app.ui.formatting import clock_text, count_text, local_time_text
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, message_text, translate
from counselor_app.ui.ops import Problem, Runner
from counselor_app.ui.page import ListPage
from counselor_app.ui.widgets import note

DEACTIVATE = QT_TRANSLATE_NOOP("Admin", "&Deactivate")
REACTIVATE = QT_TRANSLATE_NOOP("Admin", "R&eactivate")
OWN_ACCOUNT = QT_TRANSLATE_NOOP(
    "Admin", "You cannot deactivate your own account; another administrator can."
)
"""Marked texts of the deactivate button; shown with ``translate("Admin", ...)``."""


def audit_text(result: AuditVerification) -> str:
    """The audit check's outcome in the interface language (``AuditVerification.describe``)."""
    return message_text(result.describe())


class AccountsView(ListPage):
    """Every staff account; add, deactivate or reactivate, reset a password; verify the audit."""

    topics: ClassVar[frozenset[str]] = frozenset({"accounts"})
    model: AccountsTableModel

    def __init__(
        self,
        services: AppServices,
        user: SignedInUser,
        runner: Runner,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("Admin", "Accounts"),
            services,
            user,
            runner,
            events,
            AccountsTableModel(),
            parent,
        )
        self._select_when_loaded: object = None
        self.add_button = QPushButton(translate("Admin", "&Add account…"), self)
        self.active_button = QPushButton(translate("Admin", DEACTIVATE), self)
        self.reset_button = QPushButton(translate("Admin", "&Reset password…"), self)
        self.reset_two_step_button = QPushButton(
            translate("Admin", "Reset &two-step sign-in…"), self
        )
        self.reset_two_step_button.setObjectName("resetTwoStep")
        self.reset_two_step_button.setToolTip(
            translate("Admin", "For someone who lost the phone with their authenticator app")
        )
        self.verify_button = QPushButton(translate("Admin", "&Verify audit trail"), self)
        self.verify_button.setVisible(user.can(Permission.AUDIT_REVIEW))
        self.enroll_button = QPushButton(translate("Admin", "Enroll a &workstation…"), self)
        self.enroll_button.setToolTip(
            translate(
                "Admin",
                "Write a one-time enrollment file that gives another workstation this "
                "database's keys.",
            )
        )
        self.enroll_button.setVisible(user.can(Permission.SETTINGS_MANAGE))
        for button in (
            self.add_button,
            self.active_button,
            self.reset_button,
            self.reset_two_step_button,
        ):
            self.tool_row.addWidget(button)
        self.tool_row.addStretch(1)
        self.tool_row.addWidget(self.enroll_button)
        self.tool_row.addWidget(self.verify_button)
        self.audit_result = note()
        self.audit_result.setObjectName("auditResult")
        self.audit_result.setAccessibleName(translate("Admin", "Audit trail check"))
        self.audit_result.hide()
        self.body.insertWidget(self.body.indexOf(self.table), self.audit_result)
        self.setTabOrder(self.add_button, self.active_button)
        self.setTabOrder(self.active_button, self.reset_button)
        self.setTabOrder(self.reset_button, self.reset_two_step_button)
        self.setTabOrder(self.reset_two_step_button, self.enroll_button)
        self.setTabOrder(self.enroll_button, self.verify_button)
        self.setTabOrder(self.verify_button, self.table)
        self._update_buttons()
        self._connect_signals()

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.reset_two_step_button.clicked.connect(self._on_reset_two_step_button_clicked)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.enroll_button.clicked.connect(self._on_enroll_button_clicked)

    def _fetch(self) -> Any:
        return self._services.accounts.list_accounts(self._user)

    def _footer_text(self) -> str:
        records = self.model.records()
        active = sum(1 for a in records if a.active)
        return translate("Admin", "{accounts}, {active} active").format(
            accounts=count_text(
                len(records), translate("Admin", "account"), translate("Admin", "accounts")
            ),
            active=QLocale().toString(active),
        )

    def _show_data(self, data: Any) -> None:
        super()._show_data(data)
        self._update_buttons()

    def _selection_changed(self) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        account: StaffAccount | None = self.selected_record()
        self.reset_button.setEnabled(account is not None)
        self.reset_two_step_button.setEnabled(account is not None and account.two_step)
        if account is None:
            self.active_button.setText(translate("Admin", DEACTIVATE))
            self.active_button.setEnabled(False)
            self.active_button.setToolTip(translate("Admin", "Select an account first."))
            return
        self.active_button.setText(translate("Admin", DEACTIVATE if account.active else REACTIVATE))
        own = account.id == self._user.id
        self.active_button.setEnabled(not (own and account.active))
        self.active_button.setToolTip(translate("Admin", OWN_ACCOUNT) if own else "")

    # --- actions -------------------------------------------------------------------------------

    @Slot()
    def _on_add_button_clicked(self) -> None:
        account = AddAccountDialog.ask(self, self._services, self._runner, self._user)
        if account is None:
            return
        self.message_bar.show_text(
            translate("Admin", "Added {role} account “{username}” for {name}.").format(
                role=role_text(account.role).lower(),
                username=account.username,
                name=account.display_name,
            )
        )
        if not self.select_record(account.id):
            self._select_when_loaded = account.id

    @Slot()
    def _on_active_button_clicked(self) -> None:
        account: StaffAccount | None = self.selected_record()
        if account is None:
            return
        activate = not account.active
        if not activate:
            confirmed = ConfirmDialog.ask(
                self,
                translate("Admin", "Deactivate account"),
                translate(
                    "Admin",
                    "Deactivate the account of {name} ({username})? They cannot sign in until "
                    "an administrator reactivates it. Their records stay as they are.",
                ).format(name=account.display_name, username=account.username),
                translate("Admin", "Deactivate"),
            )
            if not confirmed:
                return
        accounts, user = self._services.accounts, self._user
        self._runner.submit(
            lambda: accounts.set_active(user, account.id, activate),
            self._on_set_active_succeeded,
            self.show_problem,
            owner=self,
        )

    @Slot(object)
    def _on_set_active_succeeded(self, account: StaffAccount) -> None:
        text = (
            translate("Admin", "The account of {name} is reactivated.")
            if account.active
            else translate("Admin", "The account of {name} is deactivated.")
        )
        self.message_bar.show_text(text.format(name=account.display_name))

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        account: StaffAccount | None = self.selected_record()
        if account is None:
            return
        # Whoever resets a password can then sign in as that person: an unattended session
        # must not be enough.
        if not self._confirm_identity(
            translate("Admin", "A new password lets whoever knows it sign in as {name}.").format(
                name=account.display_name
            )
        ):
            return
        done = ResetPasswordDialog.ask(self, self._services, self._runner, self._user, account)
        if done:
            self.message_bar.show_text(
                translate(
                    "Admin", "The password of {name} was reset; they can sign in with it now."
                ).format(name=account.display_name)
            )

    @Slot()
    def _on_reset_two_step_button_clicked(self) -> None:
        account: StaffAccount | None = self.selected_record()
        if account is None:
            return
        confirmed = ConfirmDialog.ask(
            self,
            translate("Admin", "Reset two-step sign-in"),
            translate(
                "Admin",
                "Turn off two-step sign-in for {name} ({username})? They sign in with their "
                "password alone until they set it up again on their new phone. Check who is "
                "asking before you do this.",
            ).format(name=account.display_name, username=account.username),
            translate("Admin", "Reset"),
        )
        if not confirmed or not self._confirm_identity(
            translate(
                "Admin", "Without two-step sign-in, {name}'s password alone opens their account."
            ).format(name=account.display_name)
        ):
            return
        accounts, user = self._services.accounts, self._user
        self._runner.submit(
            lambda: accounts.reset_two_step(user, account.id),
            self._on_reset_two_step_succeeded,
            self.show_problem,
            owner=self,
        )

    @Slot(object)
    def _on_reset_two_step_succeeded(self, account: StaffAccount) -> None:
        self.message_bar.show_text(
            translate(
                "Admin",
                "Two-step sign-in is off for {name}; they can set it up again from "
                "Session → Two-step sign-in.",
            ).format(name=account.display_name)
        )
        self.refresh()

    @Slot()
    def _on_verify_button_clicked(self) -> None:
        audit, database = self._services.audit, self._services.database
        self.verify_button.setEnabled(False)
        self.audit_result.setText(translate("Admin", "Checking the audit trail…"))
        self.audit_result.show()
        self._runner.submit(
            lambda: audit.verify(database),
            self._on_verify_succeeded,
            self._on_verify_failed,
            owner=self,
        )

    @Slot(object)
    def _on_verify_succeeded(self, result: AuditVerification) -> None:
        self.verify_button.setEnabled(True)
        when = clock_text(datetime.now(UTC))
        text = translate("Admin", "Audit trail checked at {time}: {result}.").format(
            time=when, result=audit_text(result)
        )
        self.audit_result.setText(text)
        if not result.intact:
            self.message_bar.show_text(
                translate(
                    "Admin", "{text} Tell your security officer; do not change anything else."
                ).format(text=text),
                "problem",
            )

    @Slot(object)
    def _on_verify_failed(self, problem: Problem) -> None:
        self.verify_button.setEnabled(True)
        self.audit_result.setText(translate("Admin", "The audit trail could not be checked."))
        self.show_problem(problem)

    def _confirm_identity(self, purpose: str) -> bool:
        """The administrator's password (and code) again, before ``purpose``; True when given."""
        confirmed = ConfirmIdentityDialog.ask(
            self, self._services, self._runner, self._user, purpose
        )
        return confirmed is not None

    @Slot()
    def _on_enroll_button_clicked(self) -> None:
        # The file carries the database's keys: an unattended session must not be enough.
        if not self._confirm_identity(
            translate("Admin", "An enrollment file carries this database's keys.")
        ):
            return
        path = choose_enrollment_export_path(self)
        if path is None:
            return
        enrollment, user = self._services.enrollment, self._user
        self.enroll_button.setEnabled(False)
        self._runner.submit(
            lambda: enrollment.export(user, path),
            self._on_enrollment_exported,
            self._on_enrollment_failed,
            owner=self,
        )

    @Slot(object)
    def _on_enrollment_exported(self, issued: EnrollmentIssued) -> None:
        self.enroll_button.setEnabled(True)
        self.message_bar.show_text(
            translate(
                "Admin",
                "Wrote the enrollment file {path}. It enrolls one workstation, once, "
                "until {expires}.",
            ).format(path=issued.path, expires=local_time_text(issued.expires_at))
        )
        EnrollmentPassphraseDialog.ask(self, issued)

    @Slot(object)
    def _on_enrollment_failed(self, problem: Problem) -> None:
        self.enroll_button.setEnabled(True)
        self.show_problem(problem)

    def set_records_keeping_selection(self, records: list[Any]) -> None:
        """Keep the selection; select a just-added account once it appears."""
        super().set_records_keeping_selection(records)
        if self._select_when_loaded is not None and self.select_record(self._select_when_loaded):
            self._select_when_loaded = None
