"""Permission checks, made in the service layer against the database's current view of the account.

Hiding a button is a courtesy; this is the rule. The account is re-read inside the same
transaction, so a deactivation or a role change made on another workstation takes effect at once.
The session is read too: once its password proof is older than the daily check allows
(``staff_sessions.reauth_due_at``), every check refuses until the person confirms their password
(``AuthService.confirm``). That is the one place the daily check is enforced.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from counselor_app.db.engine import database_now
from counselor_app.db.models import StaffAccount as StaffAccountRow
from counselor_app.db.models import StaffSession
from counselor_app.domain.accounts import Permission, Role, SignedInUser, role_allows
from counselor_app.domain.errors import (
    Label,
    PermissionDeniedError,
    ReauthenticationRequiredError,
    msg,
)

RECENT_PROOF = timedelta(minutes=10)
"""How recent the password proof must be for actions that hand an account or keys over."""

_ACTION_NAMES: dict[Permission, str] = {
    Permission.ACCOUNT_MANAGE: msg("manage accounts"),
    Permission.AUDIT_REVIEW: msg("review the audit trail"),
    Permission.CALL_TAKE: msg("take calls"),
    Permission.CALL_VIEW: msg("view calls"),
    Permission.CALL_VIEW_ALL: msg("view every counselor's calls"),
    Permission.FOLLOW_UP_VIEW: msg("view follow-ups"),
    Permission.FOLLOW_UP_WORK: msg("work follow-ups"),
    Permission.DIRECTORY_VIEW: msg("view the directory"),
    Permission.DIRECTORY_MANAGE: msg("manage the directory"),
    Permission.REPORT_VIEW: msg("view reports"),
    Permission.BREAK_GLASS: msg("break the glass on a call"),
    Permission.BREAK_GLASS_REVIEW: msg("review break-glass accesses"),
    Permission.SETTINGS_MANAGE: msg("manage the center's settings and keys"),
    Permission.CHECKLIST_MANAGE: msg("manage the checklist templates"),
    Permission.CALL_SIGN: msg("sign calls"),
    Permission.HANDOFF_EXPORT: msg("export handoffs"),
    Permission.IMMINENT_MONITOR: msg("watch the calls at imminent risk"),
}


def check_session(session: Session, user: SignedInUser) -> None:
    """Raise ``ReauthenticationRequiredError`` once the session's daily check is due.

    A session opened before the daily check existed (no due time) is not limited.
    """
    staff_session = session.get(StaffSession, user.session_id)
    if staff_session is None:
        raise PermissionDeniedError("This session is not known.", "Sign out, then sign in.")
    due = staff_session.reauth_due_at
    if due is not None and database_now(session) >= due:
        raise ReauthenticationRequiredError()


def authorize(session: Session, user: SignedInUser, permission: Permission) -> StaffAccountRow:
    """Return the actor's current account row, or raise ``PermissionDeniedError``."""
    check_session(session, user)
    row = session.get(StaffAccountRow, user.id)
    if row is None or not row.active:
        raise PermissionDeniedError(
            "Your account is no longer active.", "Sign out and ask an administrator."
        )
    if not role_allows(Role(row.role), permission):
        action = _ACTION_NAMES.get(permission, permission.value)
        raise PermissionDeniedError(
            msg(
                "Your role ({role}) does not allow you to {action}.",
                role=Label(Role(row.role).label),
                action=action,
            ),
            "Ask a supervisor or an administrator if you need this.",
        )
    return row


def require_recent_proof(session: Session, user: SignedInUser) -> None:
    """Refuse unless the person proved their password (and code) in the last few minutes.

    For resetting someone's password or second factor and exporting an enrollment file: an
    unattended session must not be enough. Signing in or confirming the password
    (``AuthService.confirm``, the "Confirm it is you" dialog) is the proof.
    """
    staff_session = session.get(StaffSession, user.session_id)
    proved = staff_session.authenticated_at if staff_session is not None else None
    if proved is None or database_now(session) - proved > RECENT_PROOF:
        raise PermissionDeniedError(
            "Confirm your password first.",
            "This action needs your password (and code) from the last few minutes.",
        )
