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
from counselor_app.ui.i18n import QT_TRANSLATE_NOOP, data_text, risk_level_text, translate
from counselor_app.ui.intake.fields import time_field_text, yes_no_text
from counselor_app.ui.intake.risk_panel import formulation_text

EMPTY = QT_TRANSLATE_NOOP("Intake", "(empty)")


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """One field that differs: where it is, its label, and both values as text."""

    path: tuple[str, ...]
    label: str
    mine: str
    theirs: str


def _tr(text: str) -> str:
    return translate("Intake", text)


def _empty() -> str:
    return _tr(EMPTY)


def _yes_no(value: bool | None) -> str:
    return yes_no_text(value)


def _text(value: Any) -> str:
    text = str(value).strip() if value is not None else ""
    return text or _empty()


def _time(value: datetime | None) -> str:
    return time_field_text(value) or _empty()


def _cssrs(screen: CssrsScreen | None) -> str:
    if screen is None:
        return translate("Intake", "Not screened")
    answers = [
        screen.wish_to_be_dead,
        screen.suicidal_thoughts,
        screen.thoughts_with_method,
        screen.intent_without_plan,
        screen.intent_with_plan,
        screen.behavior_ever,
    ]
    parts = [
        (translate("Intake", "Q{number} yes") if a else translate("Intake", "Q{number} no")).format(
            number=n
        )
        for n, a in enumerate(answers, start=1)
        if n in screen.questions_asked()
    ]
    if screen.behavior_ever:
        parts.append(
            translate("Intake", "past 3 months yes")
            if screen.behavior_past_3_months
            else translate("Intake", "past 3 months no")
        )
    level = triage(screen)
    return f"{', '.join(parts)} → {risk_level_text(level.value, level.label)}"


def _steps(steps: tuple[ImminentStep, ...]) -> str:
    done = [f"{data_text(s.kind.label)} {_time(s.done_at)}" for s in steps if s.done_at is not None]
    return "; ".join(done) or translate("Intake", "None done")


def _checklists(runs: tuple[ChecklistRunState, ...]) -> str:
    if not runs:
        return translate("Intake", "None started")
    lines = []
    for run in runs:
        ticked = [
            data_text(item.label) + (f" ({item.note})" if item.note else "")
            for item in run.items
            if item.done_at is not None
        ]
        lines.append(
            translate("Intake", "{title}: {done}/{total} done").format(
                title=data_text(run.title), done=run.done_count, total=len(run.items)
            )
        )
        lines.extend(f"  ✓ {label}" for label in ticked)
    return "\n".join(lines)


def _referrals(referrals: tuple[CallReferral, ...]) -> str:
    if not referrals:
        return translate("Intake", "None")
    lines = []
    for referral in referrals:
        parts = (referral.service_name, referral.organization_name, referral.phone)
        line = " — ".join(p for p in parts if p)
        if referral.warm_handoff:
            line += " " + translate("Intake", "(warm handoff)")
        if referral.note:
            line += f": {referral.note}"
        lines.append(line)
    return "\n".join(lines)


def _lifeline(value: Any, reference: ReferenceData | None) -> str:
    if not isinstance(value, LifelineAssessment):
        return translate("Intake", "Not assessed")
    if reference is None:
        return value.formulation(None)
    return formulation_text(value, reference.lifeline_grid)


Show = Callable[[Any, ReferenceData | None], str]


@dataclass(frozen=True, slots=True)
class _Spec:
    path: tuple[str, ...]
    label: str
    """The label in English, marked for translation (``Intake``), or a safety plan section's."""
    show: Show

    def shown_label(self) -> str:
        """The label in the interface language."""
        if self.path[0] == "safety_plan":
            return translate("Intake", "Safety plan: {section}").format(
                section=translate("SafetyPlan", self.label)
            )
        return _tr(self.label)


def _plain(value: Any, _ref: ReferenceData | None) -> str:
    return _text(value)


def _phone(value: Any, _ref: ReferenceData | None) -> str:
    return phone_display(value) or _empty()


def _yes_no_shown(value: Any, _ref: ReferenceData | None) -> str:
    return _yes_no(value)


def _specs() -> list[_Spec]:
    def s(path: str, label: str, show: Show = _plain) -> _Spec:
        return _Spec(tuple(path.split(".")), label, show)

    yes_no = _yes_no_shown
    specs = [
        s(
            "source",
            QT_TRANSLATE_NOOP("Intake", "Source"),
            lambda v, _r: data_text(CallSource(v).label),
        ),
        s("transfer.cad_incident_number", QT_TRANSLATE_NOOP("Intake", "911: CAD incident number")),
        s("transfer.psap_name", QT_TRANSLATE_NOOP("Intake", "911: PSAP")),
        s(
            "transfer.transferred_at",
            QT_TRANSLATE_NOOP("Intake", "911: transfer time"),
            lambda v, _r: _time(v),
        ),
        s("transfer.telecommunicator", QT_TRANSLATE_NOOP("Intake", "911: telecommunicator")),
        s("transfer.nature_of_call", QT_TRANSLATE_NOOP("Intake", "911: nature or reason")),
        s(
            "transfer.officer_on_standby",
            QT_TRANSLATE_NOOP("Intake", "911: officer on standby"),
            yes_no,
        ),
        s("co_responder.officer", QT_TRANSLATE_NOOP("Intake", "Co-responder: officer")),
        s("co_responder.unit", QT_TRANSLATE_NOOP("Intake", "Co-responder: unit")),
        s("caller.anonymous", QT_TRANSLATE_NOOP("Intake", "Caller: anonymous"), yes_no),
        s("caller.name", QT_TRANSLATE_NOOP("Intake", "Caller: name")),
        s("caller.preferred_name", QT_TRANSLATE_NOOP("Intake", "Caller: preferred name")),
        s("caller.pronouns", QT_TRANSLATE_NOOP("Intake", "Caller: pronouns")),
        s("caller.age", QT_TRANSLATE_NOOP("Intake", "Caller: age")),
        s("caller.age_range", QT_TRANSLATE_NOOP("Intake", "Caller: age range")),
        s("caller.language", QT_TRANSLATE_NOOP("Intake", "Caller: language")),
        s(
            "caller.interpreter_used",
            QT_TRANSLATE_NOOP("Intake", "Caller: interpreter used"),
            yes_no,
        ),
        s(
            "caller.callback_number",
            QT_TRANSLATE_NOOP("Intake", "Caller: call-back number"),
            _phone,
        ),
        s("caller.address", QT_TRANSLATE_NOOP("Intake", "Caller: address")),
        s("caller.cross_streets", QT_TRANSLATE_NOOP("Intake", "Caller: cross streets")),
        s("caller.latitude", QT_TRANSLATE_NOOP("Intake", "Caller: latitude")),
        s("caller.longitude", QT_TRANSLATE_NOOP("Intake", "Caller: longitude")),
        s("caller.third_party", QT_TRANSLATE_NOOP("Intake", "Caller: third-party caller"), yes_no),
        s(
            "caller.third_party_relationship",
            QT_TRANSLATE_NOOP("Intake", "Caller: relationship to the person"),
        ),
        s(
            "concerns",
            QT_TRANSLATE_NOOP("Intake", "Presenting concerns"),
            lambda v, r: (
                ", ".join(data_text(r.concern_label(c)) if r else c for c in v) or _empty()
            ),
        ),
        s("narrative", QT_TRANSLATE_NOOP("Intake", "Narrative")),
        s(
            "substance_use_info",
            QT_TRANSLATE_NOOP("Intake", "Substance use treatment information"),
            yes_no,
        ),
        s("cssrs", QT_TRANSLATE_NOOP("Intake", "Risk: C-SSRS screener"), lambda v, _r: _cssrs(v)),
        s("lifeline", QT_TRANSLATE_NOOP("Intake", "Risk: Lifeline assessment"), _lifeline),
        s(
            "imminent_steps",
            QT_TRANSLATE_NOOP("Intake", "Imminent-risk steps"),
            lambda v, _r: _steps(v),
        ),
        s("checklists", QT_TRANSLATE_NOOP("Intake", "Checklists"), lambda v, _r: _checklists(v)),
    ]
    specs.extend(s(f"safety_plan.{key}", title) for key, title in _SECTIONS)
    specs.extend(
        [
            s(
                "disposition.primary",
                QT_TRANSLATE_NOOP("Intake", "Disposition"),
                lambda v, _r: (
                    data_text(Disposition(v).label) if v else translate("Intake", "Not decided")
                ),
            ),
            s(
                "disposition.mobile_team_dispatched",
                QT_TRANSLATE_NOOP("Intake", "Mobile crisis team dispatched"),
                yes_no,
            ),
            s("disposition.warm_transfer_to", QT_TRANSLATE_NOOP("Intake", "Warm transfer to")),
            s("disposition.ems_requested", QT_TRANSLATE_NOOP("Intake", "EMS requested"), yes_no),
            s(
                "disposition.police_requested",
                QT_TRANSLATE_NOOP("Intake", "Police requested"),
                yes_no,
            ),
            s(
                "disposition.returned_to_911",
                QT_TRANSLATE_NOOP("Intake", "Returned to 911"),
                yes_no,
            ),
            s("disposition.referral_given", QT_TRANSLATE_NOOP("Intake", "Referral given"), yes_no),
            s(
                "referrals",
                QT_TRANSLATE_NOOP("Intake", "Referrals given"),
                lambda v, _r: _referrals(v),
            ),
            s(
                "disposition.follow_up_consent",
                QT_TRANSLATE_NOOP("Intake", "Follow-up consent"),
                lambda v, _r: yes_no_text(v, QT_TRANSLATE_NOOP("Intake", "Not asked")),
            ),
            s(
                "disposition.follow_up_times",
                QT_TRANSLATE_NOOP("Intake", "Follow-up: preferred times"),
            ),
            s(
                "disposition.follow_up_number",
                QT_TRANSLATE_NOOP("Intake", "Follow-up: number"),
                _phone,
            ),
            s(
                "disposition.outcomes.police_avoided",
                QT_TRANSLATE_NOOP("Intake", "Outcome: police avoided"),
                yes_no,
            ),
            s(
                "disposition.outcomes.ems_avoided",
                QT_TRANSLATE_NOOP("Intake", "Outcome: EMS avoided"),
                yes_no,
            ),
            s(
                "disposition.outcomes.arrest_avoided",
                QT_TRANSLATE_NOOP("Intake", "Outcome: arrest avoided"),
                yes_no,
            ),
            s(
                "disposition.outcomes.hospitalization_avoided",
                QT_TRANSLATE_NOOP("Intake", "Outcome: hospitalization avoided"),
                yes_no,
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
                FieldDiff(
                    spec.path,
                    spec.shown_label(),
                    spec.show(a, reference),
                    spec.show(b, reference),
                )
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
