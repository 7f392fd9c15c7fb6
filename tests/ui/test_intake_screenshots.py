"""The documentation's workspace screenshots can be rendered (normal and imminent risk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.calls import CallSource
from counselor_app.ui.intake.screenshots import imminent_call, render_workspace, sample_call


def test_workspace_renders_in_both_states(
    qtbot: QtBot,
    sqlite_ctx: AppContext,
    sqlite_staff: dict[Role, SignedInUser],
    tmp_path: Path,
) -> None:
    casey = sqlite_staff[Role.COUNSELOR]
    template = sqlite_ctx.reference.checklists[0]
    record = sample_call(sqlite_ctx.intake.new_call(casey, CallSource.TRANSFER_911), template)
    urgent = imminent_call(record, "Casey Counselor")
    assert not record.imminent and urgent.imminent
    for name, call, tab in (("normal", record, "call"), ("imminent", urgent, "risk")):
        path = tmp_path / f"{name}.png"
        render_workspace(sqlite_ctx, casey, call, path, tab=tab, in_database=False)
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 800)
