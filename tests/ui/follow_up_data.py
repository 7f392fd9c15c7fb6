"""Completed calls with follow-up consent and their scheduled plans, for the follow-up UI tests
and the documentation screenshot (through the services, as the application makes them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from counselor_app.app import AppContext
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import CallRecord
from counselor_app.domain.follow_ups import FollowUpSummary
from tests.support.follow_ups import HIGH_RISK, LOW_RISK
from tests.support.records import complete_record


def consented_call(
    ctx: AppContext,
    counselor: SignedInUser,
    *,
    name: str = "Nguyễn Thị Zoë",
    number: str = "(314) 555-0142",
    ended_at: datetime | None = None,
    high_risk: bool = False,
    times: str = "Evenings after 6",
) -> CallRecord:
    """A completed call whose caller agreed to follow-up."""
    record = complete_record(
        ctx,
        counselor,
        name=name,
        callback_number=number,
        cssrs=HIGH_RISK if high_risk else LOW_RISK,
    )
    record = replace(
        record,
        ended_at=ended_at or datetime.now(UTC),
        disposition=replace(record.disposition, follow_up_consent=True, follow_up_times=times),
    )
    return ctx.intake.complete(counselor, record)


def scheduled_plan(
    ctx: AppContext, counselor: SignedInUser, **kwargs: object
) -> tuple[CallRecord, list[FollowUpSummary]]:
    """A consented call and its plan's follow-ups, first contact first."""
    call = consented_call(ctx, counselor, **kwargs)  # type: ignore[arg-type]
    follow_ups = ctx.follow_ups.schedule_from_call(counselor, call.id)
    return call, sorted(follow_ups, key=lambda f: f.sequence_no)
