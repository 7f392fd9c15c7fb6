"""Completed calls with follow-up consent, for the follow-up tests."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime

from counselor_app.app import AppContext
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import CallRecord
from counselor_app.domain.risk import CssrsScreen
from tests.support.records import complete_record

HIGH_RISK = CssrsScreen(True, True, True, False, True, False, None)
"""Intent with a plan: high risk (not imminent, so no imminent-risk steps are needed)."""
LOW_RISK = CssrsScreen(True, True, False, False, False, False, None)

CALL_NAME = "Nguyễn Thị Zoë"
CALL_NUMBER = "+13145550142"
PREFERRED_TIMES = "Evenings after 6"


def completed_call(
    ctx: AppContext,
    counselor: SignedInUser,
    *,
    ended_at: datetime | None = None,
    high_risk: bool = False,
    consent: bool | None = True,
    **changes: object,
) -> CallRecord:
    """A completed call (saved through the intake service) with or without consent."""
    record = complete_record(ctx, counselor, cssrs=HIGH_RISK if high_risk else LOW_RISK)
    record = replace(
        record,
        ended_at=ended_at or datetime.now(UTC),
        disposition=replace(
            record.disposition,
            follow_up_consent=consent,
            follow_up_times=PREFERRED_TIMES if consent else "",
        ),
    )
    record = replace(record, **changes)  # type: ignore[arg-type]
    return ctx.intake.complete(counselor, record)


def scheduled(
    ctx: AppContext, counselor: SignedInUser, **kwargs: object
) -> tuple[CallRecord, list[uuid.UUID]]:
    """A completed call with consent and its plan scheduled; returns the call and the ids."""
    call = completed_call(ctx, counselor, **kwargs)  # type: ignore[arg-type]
    follow_ups = ctx.follow_ups.schedule_from_call(counselor, call.id)
    return call, [f.id for f in follow_ups]
