"""The account list."""

from __future__ import annotations

from datetime import UTC, datetime

from counselor_app.domain.accounts import StaffAccount
from counselor_app.ui.formatting import local_time_text, timestamp
from counselor_app.ui.table import Column, RecordTableModel


def _locked_until(account: StaffAccount) -> str:
    if account.locked_until is None or account.locked_until <= datetime.now(UTC):
        return ""
    return local_time_text(account.locked_until)


class AccountsTableModel(RecordTableModel):
    """One row per staff account (never a password hash)."""

    columns = (
        Column("Name", lambda a: a.display_name),
        Column("Username", lambda a: a.username),
        Column("Role", lambda a: a.role.label),
        Column("Active", lambda a: "Active" if a.active else "Deactivated"),
        Column(
            "Last sign-in",
            lambda a: local_time_text(a.last_sign_in_at) or "Never",
            lambda a: timestamp(a.last_sign_in_at),
            tooltip="Local time",
        ),
        Column(
            "Locked until",
            _locked_until,
            lambda a: timestamp(a.locked_until),
            tooltip="Sign-in is paused after repeated wrong passwords (local time)",
        ),
        Column(
            "Two-step",
            lambda a: "On" if a.two_step else "",
            tooltip="Signs in with a code from an authenticator app as well",
        ),
    )
