"""The account list, and role names in the interface language."""

from __future__ import annotations

from datetime import UTC, datetime

from counselor_app.domain.accounts import Role, StaffAccount
from counselor_app.ui.formatting import local_time_text, timestamp
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, translate
from counselor_app.ui.table import Column, RecordTableModel


def role_text(role: Role) -> str:
    """A role's name in the interface language (as everywhere: ``data_text`` of its label)."""
    return data_text(role.label)


def _locked_until(account: StaffAccount) -> str:
    if account.locked_until is None or account.locked_until <= datetime.now(UTC):
        return ""
    return local_time_text(account.locked_until)


class AccountsTableModel(RecordTableModel):
    """One row per staff account (never a password hash)."""

    translation_context = "Admin"
    columns = (
        Column(QT_TRANSLATE_NOOP("Admin", "Name"), lambda a: a.display_name, key="name"),
        Column(QT_TRANSLATE_NOOP("Admin", "Username"), lambda a: a.username, key="username"),
        Column(QT_TRANSLATE_NOOP("Admin", "Role"), lambda a: role_text(a.role), key="role"),
        Column(
            QT_TRANSLATE_NOOP("Admin", "Active"),
            lambda a: (
                translate("Admin", "Active") if a.active else translate("Admin", "Deactivated")
            ),
            key="active",
        ),
        Column(
            QT_TRANSLATE_NOOP("Admin", "Last sign-in"),
            lambda a: local_time_text(a.last_sign_in_at) or translate("Admin", "Never"),
            lambda a: timestamp(a.last_sign_in_at),
            tooltip=QT_TRANSLATE_NOOP("Admin", "Local time"),
            key="last_sign_in",
        ),
        Column(
            QT_TRANSLATE_NOOP("Admin", "Locked until"),
            _locked_until,
            lambda a: timestamp(a.locked_until),
            tooltip=QT_TRANSLATE_NOOP(
                "Admin", "Sign-in is paused after repeated wrong passwords (local time)"
            ),
            key="locked_until",
        ),
        Column(
            QT_TRANSLATE_NOOP("Admin", "Two-step"),
            lambda a: translate("Admin", "On") if a.two_step else "",
            tooltip=QT_TRANSLATE_NOOP(
                "Admin", "Signs in with a code from an authenticator app as well"
            ),
            key="two_step",
        ),
    )
