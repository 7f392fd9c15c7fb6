"""Call lists for screens that only read them (the reports summary, the recent-calls list)."""

from __future__ import annotations

from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import CallQuery, CallSummary
from counselor_app.services.intake import IntakeService


class CallService:
    """The newest calls a user may see: a counselor their own, supervisors and admins all."""

    def __init__(self, intake: IntakeService) -> None:
        self._intake = intake

    def recent_calls(self, user: SignedInUser, limit: int = 200) -> list[CallSummary]:
        """The newest calls the user may see, newest first."""
        return self._intake.search(user, CallQuery(limit=limit))
