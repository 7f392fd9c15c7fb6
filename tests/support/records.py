"""A call filled in as completion needs it, shared by service, UI and benchmark code."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from counselor_app.app import AppContext
from counselor_app.domain.accounts import SignedInUser
from counselor_app.domain.calls import (
    Caller,
    CallRecord,
    CallSource,
    Disposition,
    DispositionDetails,
    Transfer911,
    derive_outcomes,
)
from counselor_app.domain.checklists import ChecklistRunState
from counselor_app.domain.risk import CssrsScreen
from counselor_app.domain.safety_plan import SafetyPlan

NAME = "Nguyễn Thị Zoë"
TRANSFERRED_AT = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)


def complete_record(
    ctx: AppContext,
    user: SignedInUser,
    *,
    name: str = NAME,
    preferred_name: str = "Zoë",
    callback_number: str = "(314) 555-0142",
    transferred_at: datetime = TRANSFERRED_AT,
    **changes: object,
) -> CallRecord:
    """A call with everything completion needs, as a counselor would fill it in."""
    record = ctx.intake.new_call(user, CallSource.TRANSFER_911)
    template = ctx.reference.checklists[0]
    run = ChecklistRunState.start(template, datetime.now(UTC))
    run = run.mark(template.items[0].key, True, datetime.now(UTC)).annotate(
        template.items[0].key, "Caller calmer"
    )
    disposition = DispositionDetails(
        primary=Disposition.RESOLVED_ON_LINE,
        referral_given=True,
        follow_up_consent=True,
        follow_up_times="Evenings after 6",
    )
    disposition = replace(disposition, outcomes=derive_outcomes(disposition))
    record = replace(
        record,
        transfer=Transfer911(
            cad_incident_number="261128-0042",
            psap_name="Metro City 911",
            transferred_at=transferred_at,
            telecommunicator="TC 12",
            nature_of_call="Suicidal ideation",
            officer_on_standby=False,
        ),
        caller=Caller(
            anonymous=False,
            name=name,
            preferred_name=preferred_name,
            pronouns="she/her",
            age=34,
            language="Vietnamese",
            interpreter_used=True,
            callback_number=callback_number,
            address="100 Example Ave",
            cross_streets="Sample St",
            latitude=38.63,
            longitude=-90.2,
        ),
        concerns=("suicidal_thoughts", "financial_stress"),
        narrative="Caller described losing work; agreed to call her sister tonight. 💬",
        cssrs=CssrsScreen(True, True, False, False, False, False, None),
        checklists=(run,),
        safety_plan=SafetyPlan(warning_signs="Not sleeping", reasons_for_living="My cat"),
        disposition=disposition,
    )
    return replace(record, **changes)  # type: ignore[arg-type]
