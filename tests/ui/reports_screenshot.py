"""Render the reports screen and the outcome report PDF's pages for the documentation.

    .venv/bin/python -m tests.ui.reports_screenshot [REPO]

Synthetic demo data on a throw-away SQLite database in a temporary folder, with an in-memory
keyring: nothing touches the real user folders or keyring. Writes
``docs/screenshots/reports.png`` and ``docs/reports/outcomes-N.png`` (pdftoppm, 80 dpi).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

TEMP = Path(tempfile.mkdtemp(prefix="counselor-report-screens-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(TEMP / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from PySide6.QtCore import QDate, QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counselor_app.app import build_context, prepare_schema  # noqa: E402
from counselor_app.config import Settings  # noqa: E402
from counselor_app.domain.outcomes import ReportPeriod  # noqa: E402
from counselor_app.services.demo import populate_demo  # noqa: E402
from counselor_app.ui.events import AppEvents  # noqa: E402
from counselor_app.ui.ops import Runner  # noqa: E402
from counselor_app.ui.reports import ReportsView  # noqa: E402
from counselor_app.ui.theme import apply_settings  # noqa: E402
from tests.conftest import FAST_HASHER  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

SIZE = (1280, 900)


def main(repo: Path) -> None:
    """Render the screenshot and the PDF pages into ``repo``'s docs folder."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    app = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    settings = Settings(
        center_name="Riverbend Crisis Line",
        report_unit_costs_source="Example figures for the demo only",
    )
    apply_settings(app, settings)  # type: ignore[arg-type]
    ctx = build_context(
        f"sqlite:///{TEMP / 'demo.db'}",
        settings=settings,
        keyring_backend=backend,
        password_hasher=FAST_HASHER,
    )
    prepare_schema(ctx)
    populate_demo(ctx.database, ctx.audit, ctx.auth.policy, ctx.events, calls=320)
    user = ctx.auth.sign_in_demo("demo.supervisor")
    runner, events = Runner(), AppEvents(ctx.events)
    view = ReportsView(ctx, user, runner, events)
    today = datetime.now(UTC).astimezone(ctx.outcomes.zone).date()
    first = today - timedelta(days=27)
    view.from_edit.setDate(QDate(first))
    view.to_edit.setDate(QDate(today))
    view.resize(*SIZE)
    view.show()
    view.load_now()
    view.table.selectRow(1)
    app.processEvents()
    shots = repo / "docs" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    view.grab().save(str(shots / "reports.png"))
    print(shots / "reports.png")

    report = ctx.outcomes.report(user, ReportPeriod(first, today))
    pdf_path = TEMP / "outcomes.pdf"
    ctx.outcomes.export(user, report, "pdf", pdf_path)
    pages = repo / "docs" / "reports"
    pages.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-r", "80", "-png", str(pdf_path), str(pages / "outcomes")], check=True
    )
    for page in sorted(pages.glob("outcomes-*.png")):
        print(page)
    view.close()
    ctx.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
