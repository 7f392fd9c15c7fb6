"""Render each handoff layout and the safety plan (en, es) to PNG pages in docs/handoffs/.

    .venv/bin/python -m tests.support.render_handoff_docs

Uses the every-script call of ``tests.support.handoffs`` (synthetic data) and ``pdftoppm -r 60``
(poppler-utils). The PDFs are built in memory and handed to pdftoppm on standard input.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

from counselor_app.domain.handoff import ConsentBasis, Recipient
from counselor_app.domain.safety_plan import SafetyPlan
from counselor_app.export.fonts import FontChain
from counselor_app.export.handoff import HandoffContent, render_handoff
from counselor_app.export.safety_plan import (
    SafetyPlanContent,
    parse_local_numbers,
    render_safety_plan,
)
from tests.support.handoffs import SCRIPTS, STARTED, every_script_record

OUT = Path(__file__).resolve().parents[2] / "docs" / "handoffs"
ZONE = ZoneInfo("America/Chicago")


def _png(data: bytes, stem: str) -> None:
    for old in OUT.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-", str(OUT / stem)], input=data, check=True)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    chain = FontChain.system()
    for recipient in Recipient:
        record = every_script_record(substance_use_info=recipient is Recipient.CLINICIAN)
        content = HandoffContent(
            record=record,
            recipient=recipient,
            center_name="Gateway Crisis Center",
            time_zone=ZONE,
            generated_at=STARTED,
            generated_by="Casey Counselor",
            purpose="Continuity of care" if recipient is Recipient.CLINICIAN else "Response",
            consent=ConsentBasis.GIVEN,
            concern_labels=("Suicidal thoughts",),
            risk_formulation="Suicidal desire: hopelessness.\nBuffers: sister.\n"
            "Formulation: moderate risk.",
        )
        _png(render_handoff(content, chain).data, f"handoff-{recipient.value}")
    plan = SafetyPlan(
        warning_signs="Not sleeping; pacing at night",
        coping_strategies="Walk the dog; music",
        social_distractions="Coffee shop on Main St",
        people_to_ask=f"Sister {SCRIPTS['vietnamese']}: (314) 555-0100",
        professionals="Dr. Lee, Gateway Health: (314) 555-0199",
        safe_environment="Medication kept by my sister",
        reasons_for_living="My cat; my niece",
    )
    for language in ("en", "es"):
        plan_content = SafetyPlanContent(
            plan=plan,
            language=language,
            center_name="Gateway Crisis Center",
            local_numbers=parse_local_numbers("Gateway crisis line: (314) 555-0100"),
            made_at=STARTED,
            time_zone=ZONE,
        )
        _png(render_safety_plan(plan_content, chain).data, f"safety-plan-{language}")


if __name__ == "__main__":
    main()
