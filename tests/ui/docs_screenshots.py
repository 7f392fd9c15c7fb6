"""Render the intake workspace screenshots of the documentation.

    .venv/bin/python -m tests.ui.docs_screenshots [FOLDER]

Works on a throw-away SQLite database in a temporary folder with an in-memory keyring: synthetic
data only, nothing touches the real user folders or keyring.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

TEMP = Path(tempfile.mkdtemp(prefix="counselor-screens-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(TEMP / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counselor_app.app import AppContext, build_context, prepare_schema  # noqa: E402
from counselor_app.config import Settings  # noqa: E402
from counselor_app.domain.accounts import Role, SignedInUser  # noqa: E402
from counselor_app.domain.calls import (  # noqa: E402
    CallSource,
    Disposition,
    DispositionDetails,
    derive_outcomes,
)
from counselor_app.domain.safety_plan import SafetyPlan  # noqa: E402
from counselor_app.ui.intake.screenshots import (  # noqa: E402
    imminent_call,
    render_workspace,
    sample_call,
)
from counselor_app.ui.theme import apply_settings  # noqa: E402
from tests.conftest import FAST_HASHER, make_staff  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402


def _prior_call(ctx: AppContext, user: SignedInUser) -> None:
    """An earlier call of the same caller, with a safety plan (the repeat-caller panel)."""
    base = ctx.intake.new_call(user, CallSource.LIFELINE_988)
    record = sample_call(base, minutes=60 * 24 * 23)
    done = DispositionDetails(
        primary=Disposition.RESOLVED_ON_LINE, follow_up_consent=True, follow_up_times="Evenings"
    )
    record = replace(
        record,
        started_at=datetime.now(UTC) - timedelta(days=23, hours=4),
        safety_plan=SafetyPlan(
            warning_signs="Not sleeping; staying in bed",
            coping_strategies="Walk by the river; call sister",
            reasons_for_living="My sister and my niece",
        ),
        disposition=replace(done, outcomes=derive_outcomes(done)),
    )
    ctx.intake.complete(user, record)


def main(folder: Path) -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    app = QApplication.instance() or QApplication(["Counselor desk"])
    assert isinstance(app, QApplication)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    ctx = build_context(
        f"sqlite:///{TEMP / 'screens.db'}",
        settings=Settings(),
        keyring_backend=backend,
        password_hasher=FAST_HASHER,
    )
    try:
        prepare_schema(ctx)
        apply_settings(app, ctx.settings)
        staff = make_staff(ctx)
        counselor = staff[Role.COUNSELOR]
        _prior_call(ctx, counselor)
        template = next(t for t in ctx.reference.checklists if t.key == "crisis-de-escalation")
        record = sample_call(ctx.intake.new_call(counselor, CallSource.TRANSFER_911), template)
        saved = ctx.intake.save(counselor, record)
        folder.mkdir(parents=True, exist_ok=True)
        render_workspace(ctx, counselor, saved, folder / "intake-workspace.png")
        urgent = ctx.intake.save(counselor, imminent_call(saved, counselor.account.display_name))
        render_workspace(ctx, counselor, urgent, folder / "intake-imminent.png", tab="risk")
    finally:
        ctx.close()
    sys.stdout.write(f"Wrote {folder / 'intake-workspace.png'} and intake-imminent.png\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
