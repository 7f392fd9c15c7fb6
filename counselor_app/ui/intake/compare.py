"""Field by field comparison of two versions of a call, and merging the person's choices.

A conflict shows every field that differs between "mine" (this workstation) and "theirs" (what
the database holds now); the person picks per field and the result is saved on top of theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from counselor_app.domain.calls import (
    CallRecord,
    CallReferral,
    CallSource,
    Disposition,
    ImminentStep,
)
from counselor_app.domain.checklists import ChecklistRunState
from counselor_app.domain.risk import CssrsScreen, LifelineAssessment, triage
from counselor_app.domain.safety_plan import SECTION_TITLES
from counselor_app.phones import display as phone_display
from counselor_app.services.reference import ReferenceData
from counselor_app.ui.intake.fields import time_field_text

EMPTY = "(empty)"


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One field that differs: where it is, its label, and both values as text."""

    path: tuple[str, ...]
    label: str
    mine: str
    theirs: str


def _yes_no(value: bool | None) -> str:
    return {True: "Yes", False: "No", None: "Unknown"}[value]


def _text(value: Any) -> str:
    text = str(value).strip() if value is not None else ""
    return text or EMPTY


def _time(value: datetime | None) -> str:
    return time_field_text(value) or EMPTY


def _cssrs(screen: CssrsScreen | None) -> str:
    if screen is None:
        return "Not screened"
    answers = [
        screen.wish_to_be_dead,
        screen.suicidal_thoughts,
        screen.thoughts_with_method,
        screen.intent_without_plan,
        screen.intent_with_plan,
        screen.behavior_ever,
    ]
    parts = [
        f"Q{n} {'yes' if a else 'no'}"
        for n, a in enumerate(answers, start=1)
        if n in screen.questions_asked()
    ]
    if screen.behavior_ever:
        parts.append(f"past 3 months {'yes' if screen.behavior_past_3_months else 'no'}")
    return f"{', '.join(parts)} → {triage(screen).label}"


def _steps(steps: tuple[ImminentStep, ...]) -> str:
    done = [f"{s.kind.label} {_time(s.done_at)}" for s in steps if s.done_at is not None]
    return "; ".join(done) or "None done"


def _checklists(runs: tuple[ChecklistRunState, ...]) -> str:
    if not runs:
        return "None started"
    lines = []
    for run in runs:
        ticked = [
            item.label + (f" ({item.note})" if item.note else "")
            for item in run.items
            if item.done_at is not None
        ]
        lines.append(f"{run.title}: {run.done_count}/{len(run.items)} done")
        lines.extend(f"  ✓ {label}" for label in ticked)
    return "\n".join(lines)


def _referrals(referrals: tuple[CallReferral, ...]) -> str:
    if not referrals:
        return "None"
    lines = []
    for referral in referrals:
        parts = (referral.service_name, referral.organization_name, referral.phone)
        line = " — ".join(p for p in parts if p)
        if referral.warm_handoff:
            line += " (warm handoff)"
        if referral.note:
            line += f": {referral.note}"
        lines.append(line)
    return "\n".join(lines)


Show = Callable[[Any, ReferenceData | None], str]


@dataclass(frozen=True, slots=True)
class _Spec:
    path: tuple[str, ...]
    label: str
    show: Show


def _plain(value: Any, _ref: ReferenceData | None) -> str:
    return _text(value)


def _specs() -> list[_Spec]:
    def s(path: str, label: str, show: Show = _plain) -> _Spec:
        return _Spec(tuple(path.split(".")), label, show)

    specs = [
        s("source", "Source", lambda v, _r: CallSource(v).label),
        s("transfer.cad_incident_number", "911: CAD incident number"),
        s("transfer.psap_name", "911: PSAP"),
        s("transfer.transferred_at", "911: transfer time", lambda v, _r: _time(v)),
        s("transfer.telecommunicator", "911: telecommunicator"),
        s("transfer.nature_of_call", "911: nature or reason"),
        s("transfer.officer_on_standby", "911: officer on standby", lambda v, _r: _yes_no(v)),
        s("co_responder.officer", "Co-responder: officer"),
        s("co_responder.unit", "Co-responder: unit"),
        s("caller.anonymous", "Caller: anonymous", lambda v, _r: _yes_no(v)),
        s("caller.name", "Caller: name"),
        s("caller.preferred_name", "Caller: preferred name"),
        s("caller.pronouns", "Caller: pronouns"),
        s("caller.age", "Caller: age"),
        s("caller.age_range", "Caller: age range"),
        s("caller.language", "Caller: language"),
        s("caller.interpreter_used", "Caller: interpreter used", lambda v, _r: _yes_no(v)),
        s(
            "caller.callback_number",
            "Caller: call-back number",
            lambda v, _r: phone_display(v) or EMPTY,
        ),
        s("caller.address", "Caller: address"),
        s("caller.cross_streets", "Caller: cross streets"),
        s("caller.latitude", "Caller: latitude"),
        s("caller.longitude", "Caller: longitude"),
        s("caller.third_party", "Caller: third-party caller", lambda v, _r: _yes_no(v)),
        s("caller.third_party_relationship", "Caller: relationship to the person"),
        s(
            "concerns",
            "Presenting concerns",
            lambda v, r: ", ".join(r.concern_label(c) if r else c for c in v) or EMPTY,
        ),
        s("narrative", "Narrative"),
        s("substance_use_info", "Substance use treatment information", lambda v, _r: _yes_no(v)),
        s("cssrs", "Risk: C-SSRS screener", lambda v, _r: _cssrs(v)),
        s(
            "lifeline",
            "Risk: Lifeline assessment",
            lambda v, r: (
                v.formulation(r.lifeline_grid if r else None)
                if isinstance(v, LifelineAssessment)
                else "Not assessed"
            ),
        ),
        s("imminent_steps", "Imminent-risk steps", lambda v, _r: _steps(v)),
        s("checklists", "Checklists", lambda v, _r: _checklists(v)),
    ]
    specs.extend(s(f"safety_plan.{key}", f"Safety plan: {title}") for key, title in _SECTIONS)
    specs.extend(
        [
            s(
                "disposition.primary",
                "Disposition",
                lambda v, _r: Disposition(v).label if v else "Not decided",
            ),
            s(
                "disposition.mobile_team_dispatched",
                "Mobile crisis team dispatched",
                lambda v, _r: _yes_no(v),
            ),
            s("disposition.warm_transfer_to", "Warm transfer to"),
            s("disposition.ems_requested", "EMS requested", lambda v, _r: _yes_no(v)),
            s("disposition.police_requested", "Police requested", lambda v, _r: _yes_no(v)),
            s("disposition.returned_to_911", "Returned to 911", lambda v, _r: _yes_no(v)),
            s("disposition.referral_given", "Referral given", lambda v, _r: _yes_no(v)),
            s("referrals", "Referrals given", lambda v, _r: _referrals(v)),
            s(
                "disposition.follow_up_consent",
                "Follow-up consent",
                lambda v, _r: {True: "Yes", False: "No", None: "Not asked"}[v],
            ),
            s("disposition.follow_up_times", "Follow-up: preferred times"),
            s(
                "disposition.follow_up_number",
                "Follow-up: number",
                lambda v, _r: phone_display(v) or EMPTY,
            ),
            s(
                "disposition.outcomes.police_avoided",
                "Outcome: police avoided",
                lambda v, _r: _yes_no(v),
            ),
            s("disposition.outcomes.ems_avoided", "Outcome: EMS avoided", lambda v, _r: _yes_no(v)),
            s(
                "disposition.outcomes.arrest_avoided",
                "Outcome: arrest avoided",
                lambda v, _r: _yes_no(v),
            ),
            s(
                "disposition.outcomes.hospitalization_avoided",
                "Outcome: hospitalization avoided",
                lambda v, _r: _yes_no(v),
            ),
        ]
    )
    return specs


_SECTIONS = tuple(SECTION_TITLES.items())
FIELD_SPECS = _specs()


def get_path(record: Any, path: Sequence[str]) -> Any:
    """The value at ``path`` (``("caller", "name")``) of nested dataclasses."""
    value = record
    for name in path:
        value = getattr(value, name)
    return value


def set_path(record: Any, path: Sequence[str], value: Any) -> Any:
    """A copy of nested frozen dataclasses with the value at ``path`` replaced."""
    head, *rest = path
    if not rest:
        return replace(record, **{head: value})
    return replace(record, **{head: set_path(getattr(record, head), rest, value)})


def differences(
    mine: CallRecord, theirs: CallRecord, reference: ReferenceData | None = None
) -> list[FieldDiff]:
    """Every field whose value differs, in form order, with both values as text."""
    found = []
    for spec in FIELD_SPECS:
        a, b = get_path(mine, spec.path), get_path(theirs, spec.path)
        if a != b:
            found.append(
                FieldDiff(spec.path, spec.label, spec.show(a, reference), spec.show(b, reference))
            )
    return found


def merge(mine: CallRecord, theirs: CallRecord, take_mine: Sequence[tuple[str, ...]]) -> CallRecord:
    """Theirs (with its version, status and signature), with the fields in ``take_mine`` mine."""
    merged = theirs
    for path in take_mine:
        merged = set_path(merged, path, get_path(mine, path))
    return merged


def keep_mine(mine: CallRecord, theirs: CallRecord) -> CallRecord:
    """Every differing field as mine, saved on top of their version."""
    return merge(mine, theirs, [d.path for d in differences(mine, theirs)])
