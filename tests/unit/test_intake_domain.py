from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest

from counselor_app.config import resources_dir
from counselor_app.domain.calls import (
    Caller,
    CallRecord,
    CallSource,
    Disposition,
    DispositionDetails,
    ImminentStepKind,
    Outcomes,
    derive_outcomes,
)
from counselor_app.domain.checklists import ChecklistRunState, parse_checklist_template
from counselor_app.domain.eido import parse_incident
from counselor_app.domain.errors import ValidationError
from counselor_app.domain.risk import (
    CssrsScreen,
    LifelineAssessment,
    RiskLevel,
    overall_risk,
    parse_lifeline_grid,
)
from counselor_app.domain.safety_plan import SECTION_TITLES, SafetyPlan
from counselor_app.domain.serialize import from_jsonable, to_jsonable
from counselor_app.phones import display, to_e164

NOW = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)


# --- outcomes follow from the disposition ---------------------------------------------------


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        (DispositionDetails(), Outcomes()),
        (
            DispositionDetails(primary=Disposition.RESOLVED_ON_LINE),
            Outcomes(True, True, True, True),
        ),
        (
            DispositionDetails(primary=Disposition.MOBILE_CRISIS_TEAM, mobile_team_dispatched=True),
            Outcomes(True, True, True, True),
        ),
        (DispositionDetails(primary=Disposition.EMS_REQUESTED), Outcomes(True, False, True, None)),
        (
            DispositionDetails(primary=Disposition.POLICE_REQUESTED),
            Outcomes(False, True, None, True),
        ),
        (
            DispositionDetails(
                primary=Disposition.MOBILE_CRISIS_TEAM, police_requested=True, ems_requested=True
            ),
            Outcomes(False, False, None, None),
        ),
        (
            DispositionDetails(primary=Disposition.RETURNED_TO_911),
            Outcomes(None, None, None, None),
        ),
    ],
)
def test_derive_outcomes(details: DispositionDetails, expected: Outcomes) -> None:
    assert derive_outcomes(details) == expected


# --- Lifeline grid ----------------------------------------------------------------------------

D, C, INTENT, B = (frozenset({"x"}),) * 4


@pytest.mark.parametrize(
    ("assessment", "level"),
    [
        (LifelineAssessment(), RiskLevel.NONE),
        (LifelineAssessment(capability=C), RiskLevel.LOW),
        (LifelineAssessment(intent=INTENT), RiskLevel.LOW),
        (LifelineAssessment(desire=D), RiskLevel.MODERATE),
        (LifelineAssessment(desire=D, capability=C), RiskLevel.HIGH),
        (LifelineAssessment(desire=D, intent=INTENT), RiskLevel.HIGH),
        (LifelineAssessment(desire=D, capability=C, intent=INTENT), RiskLevel.IMMINENT),
        (LifelineAssessment(desire=D, capability=C, intent=INTENT, buffers=B), RiskLevel.IMMINENT),
        (
            LifelineAssessment(
                desire=D, capability=C, intent=INTENT, buffers=B, buffers_mitigate=True
            ),
            RiskLevel.HIGH,
        ),
        # "mitigated" without any buffer present does not count
        (
            LifelineAssessment(desire=D, capability=C, intent=INTENT, buffers_mitigate=True),
            RiskLevel.IMMINENT,
        ),
    ],
)
def test_lifeline_levels(assessment: LifelineAssessment, level: RiskLevel) -> None:
    assert assessment.level() is level
    assert assessment.imminent is (level is RiskLevel.IMMINENT)


def test_lifeline_formulation_names_what_was_found() -> None:
    grid = parse_lifeline_grid((resources_dir() / "risk" / "lifeline-grid.json").read_text())
    a = LifelineAssessment(
        desire=frozenset({"hopelessness"}),
        capability=frozenset({"available_means"}),
        intent=frozenset({"plan_known_method"}),
    )
    text = a.formulation(grid)
    assert "Hopelessness" in text and "Plan with known method" in text
    assert "imminent risk" in text
    assert {p.key for p in grid.principles} == {"desire", "capability", "intent", "buffers"}


def test_grid_file_errors_are_listed() -> None:
    with pytest.raises(ValidationError) as info:
        parse_lifeline_grid(
            json.dumps(
                {
                    "key": "g",
                    "version": "1",
                    "title": "t",
                    "principles": [{"key": "desire", "title": "D", "items": []}],
                }
            )
        )
    reasons = " ".join(info.value.reasons)
    assert "needs at least one item" in reasons and "exactly desire" in reasons


def test_overall_risk_is_the_highest() -> None:
    assert overall_risk() is RiskLevel.NOT_ASSESSED
    assert overall_risk(RiskLevel.LOW, None, RiskLevel.HIGH) is RiskLevel.HIGH


# --- checklists ---------------------------------------------------------------------------


def test_shipped_checklists_are_valid() -> None:
    paths = sorted((resources_dir() / "checklists").glob("*.json"))
    keys = {parse_checklist_template(p.read_text()).key for p in paths}
    assert keys == {
        "crisis-de-escalation",
        "welfare-concern",
        "third-party-caller",
        "imminent-risk",
    }


def test_checklist_run_stamps_and_notes() -> None:
    template = parse_checklist_template(
        (resources_dir() / "checklists" / "imminent-risk.json").read_text()
    )
    run = ChecklistRunState.start(template, NOW)
    first = template.items[0].key
    run = run.mark(first, True, NOW).annotate(first, "on speaker")
    assert run.done_count == 1 and not run.complete
    assert run.items[0].done_at == NOW and run.items[0].note == "on speaker"
    assert run.mark(first, False, NOW).items[0].done_at is None
    for item in template.items:
        run = run.mark(item.key, True, NOW)
    assert run.complete


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("[]", "must be a JSON object"),
        ('{"key": "a", "version": "1", "title": "T", "items": []}', "non-empty list"),
        (
            '{"key": "a", "version": "1", "title": "T", "items": [{"key": "x", "label": "L"},'
            ' {"key": "x", "label": "M"}]}',
            "used twice",
        ),
        ('{"version": "1", "title": "T", "items": [{"key": "x", "label": "L"}]}', "'key' must be"),
    ],
)
def test_bad_checklist_templates(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_checklist_template(text)
    assert fragment in str(info.value)


# --- EIDO-style incidents -------------------------------------------------------------------

EIDO = {
    "eidoMessageIdentifier": "urn:emergency:eido:1",
    "incidentComponent": {
        "incidentTrackingIdentifier": "261128-0042",
        "incidentTypeCommonRegistryText": "Suicidal person",
        "somethingNew": {"deep": True},
    },
    "agencyComponent": [{"agencyName": "Metro City 911"}],
    "agentPersonComponent": [{"agentName": "TC 12"}],
    "callComponent": [
        {
            "callTransferTime": "2026-11-28T09:58:00-06:00",
            "callbackNumber": "+13145550142",
            "officer_on_standby": "yes",
        }
    ],
    "locationComponent": [
        {
            "civicAddressText": "100 Example Ave",
            "crossStreet": "Sample St",
            "latitude": "38.63",
            "longitude": -90.2,
        }
    ],
}


def test_eido_incident_fills_the_transfer() -> None:
    incident = parse_incident(json.dumps(EIDO))
    t = incident.transfer
    assert t.cad_incident_number == "261128-0042"
    assert t.psap_name == "Metro City 911"
    assert t.telecommunicator == "TC 12"
    assert t.nature_of_call == "Suicidal person"
    assert t.officer_on_standby is True
    assert t.transferred_at == datetime(2026, 11, 28, 15, 58, tzinfo=UTC)
    assert incident.callback_number == "+13145550142"
    assert (incident.address, incident.cross_streets) == ("100 Example Ave", "Sample St")
    assert (incident.latitude, incident.longitude) == (38.63, -90.2)
    assert "CAD incident number" in incident.filled


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"incidentTrackingIdentifier": "1",', "Line 1, column"),
        ('"just a string"', "must be a JSON object"),
        ('{"unrelated": 1}', "no 911 incident fields"),
    ],
)
def test_bad_incidents_are_explained(text: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_incident(text)
    assert fragment in str(info.value)


def test_incident_warnings_for_odd_values() -> None:
    incident = parse_incident(
        json.dumps({"incidentNumber": "7", "latitude": 123, "transferTime": "yesterday"})
    )
    assert incident.latitude is None and incident.transfer.transferred_at is None
    assert len(incident.warnings) == 2


# --- telephone numbers ----------------------------------------------------------------------


def test_phone_numbers() -> None:
    assert to_e164("(314) 555-0142") == "+13145550142"
    assert to_e164("") == ""
    assert display("+13145550142") == "(314) 555-0142"
    assert display("+442079460958").startswith("+44")
    with pytest.raises(ValidationError, match="not valid"):
        to_e164("555")
    with pytest.raises(ValidationError, match="not a telephone number"):
        to_e164("call me maybe")


# --- records survive serialisation (drafts) -------------------------------------------------


def test_call_record_round_trips_through_json() -> None:
    record = CallRecord(
        id=uuid.uuid4(),
        source=CallSource.CO_RESPONDER,
        counselor_id=uuid.uuid4(),
        counselor_name="Casey",
        started_at=NOW,
        caller=Caller(name="Алёна Κώστας 王小明 مريم", latitude=38.6, age=40),
        cssrs=CssrsScreen(True, True, True, False, False, True, False),
        lifeline=LifelineAssessment(desire=frozenset({"a", "b"})),
        safety_plan=SafetyPlan(warning_signs="…"),
    ).with_step_done(ImminentStepKind.CONTACT_CONFIRMED, NOW, "Casey", "unit 12 on scene")
    text = json.dumps(to_jsonable(record))
    assert from_jsonable(CallRecord, json.loads(text)) == record


def test_safety_plan_sections_are_the_stanley_brown_seven() -> None:
    assert len(SECTION_TITLES) == 7
    plan = SafetyPlan(professionals="Dr. K; 988")
    assert plan.filled_sections == 1 and not plan.is_empty
    assert next(key for key, _, _ in plan.sections()) == "warning_signs"
