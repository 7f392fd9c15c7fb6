"""A call written in every script, and reading PDFs back, for the handoff tests and the bench."""

from __future__ import annotations

import io
import unicodedata
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pypdf

from counselor_app.domain.calls import (
    Caller,
    CallRecord,
    CallReferral,
    CallSource,
    Disposition,
    DispositionDetails,
    ImminentStep,
    ImminentStepKind,
    Transfer911,
)
from counselor_app.domain.checklists import ChecklistItemState, ChecklistRunState
from counselor_app.domain.risk import CssrsScreen
from counselor_app.domain.safety_plan import SafetyPlan

SCRIPTS = {
    "vietnamese": "Nguyễn Thị Hường",
    "cyrillic": "Дмитрий Иванович",
    "greek": "Αλέξανδρος Παπαδόπουλος",
    "arabic": "محمد عبد الرحيم",
    "chinese": "李小龍",
    "japanese": "やまだ たろう",
    "korean": "김민수",
}
"""One name per script; every layout prints each of them."""

STARTED = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)


def every_script_record(**changes: object) -> CallRecord:
    """A completed 911-transfer call whose fields printed by every layout use every script."""
    record = CallRecord(
        id=uuid.UUID("6b2f4c1e-0000-4000-8000-00000000c0de"),
        source=CallSource.TRANSFER_911,
        counselor_id=uuid.uuid4(),
        counselor_name="Casey Counselor",
        started_at=STARTED,
        ended_at=STARTED + timedelta(minutes=42),
        transfer=Transfer911(
            cad_incident_number="261128-0042",
            psap_name="Metro City 911",
            transferred_at=STARTED - timedelta(minutes=1),
            telecommunicator="TC 12",
            nature_of_call="Suicidal ideation",
            officer_on_standby=False,
        ),
        caller=Caller(
            anonymous=False,
            name=SCRIPTS["vietnamese"],
            preferred_name=SCRIPTS["arabic"],
            pronouns=SCRIPTS["greek"],
            age=34,
            language=SCRIPTS["cyrillic"],
            interpreter_used=True,
            callback_number="+13145550142",
            address="100 Example Ave",
            cross_streets="Sample St",
            latitude=38.63,
            longitude=-90.2,
            third_party=True,
            third_party_relationship=f"{SCRIPTS['chinese']} {SCRIPTS['japanese']} "
            f"{SCRIPTS['korean']}",
        ),
        concerns=("suicidal_thoughts",),
        narrative="Caller described losing work; agreed to call her sister tonight.",
        cssrs=CssrsScreen(True, True, True, False, False, True, False),
        imminent_steps=(
            ImminentStep(ImminentStepKind.ACTIVE_ENGAGEMENT, STARTED, "Casey", "Engaged"),
        ),
        checklists=(
            ChecklistRunState(
                id=uuid.uuid4(),
                template_key="de-escalation",
                template_version="1",
                title="De-escalation",
                started_at=STARTED,
                items=(
                    ChecklistItemState("rapport", "Build rapport", STARTED, "Calmer"),
                    ChecklistItemState("means", "Ask about means", None, ""),
                ),
            ),
        ),
        safety_plan=SafetyPlan(
            warning_signs="Not sleeping",
            people_to_ask="Sister: (314) 555-0100",
            reasons_for_living="My cat",
        ),
        referrals=(
            CallReferral(
                id=uuid.uuid4(),
                service_id="svc-1",
                service_name="Community Counseling",
                organization_name="Gateway Health",
                phone="(314) 555-0199",
                note="Walk-in hours",
                warm_handoff=True,
                given_at=STARTED + timedelta(minutes=30),
            ),
        ),
        disposition=DispositionDetails(
            primary=Disposition.MOBILE_CRISIS_TEAM,
            mobile_team_dispatched=True,
            warm_transfer_to=SCRIPTS["korean"],
            follow_up_consent=True,
            follow_up_times="Evenings after 6",
        ),
    )
    return replace(record, **changes)  # type: ignore[arg-type]


def pdf_text(data: bytes) -> str:
    """All text of a PDF as pypdf extracts it, pages joined by newlines."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def page_texts(data: bytes) -> list[str]:
    """The text of each page."""
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def nfkc(text: str) -> str:
    """NFKC, the comparison the issue asks for (Arabic presentation forms fold to letters)."""
    return unicodedata.normalize("NFKC", text)


def squeeze(text: str) -> str:
    """NFKC without any whitespace: line wrapping and run joins do not matter."""
    return "".join(nfkc(text).split())
