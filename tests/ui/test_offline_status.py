"""The status bar while the shared database is down: "Offline — N changes waiting", then normal.

A real PostgreSQL (a throw-away cluster) is stopped with ``immediate`` while the counselor works;
the save is kept in the outbox, the status bar says so, and after the restart the next check
sends it and the status bar returns to "Connected".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from counselor_app.app import AppContext, build_context, prepare_schema
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role
from counselor_app.ui.events import AppEvents
from counselor_app.ui.intake.workspace import KEPT_OFFLINE_PREFIX, SAVED_PREFIX
from counselor_app.ui.main_window import CONNECTED, MainWindow, offline_text
from counselor_app.ui.ops import Runner
from tests.conftest import FAST_HASHER, make_staff
from tests.support.cluster_fixtures import cluster_url, pg_cluster  # noqa: F401
from tests.support.keyrings import MemoryKeyring
from tests.support.pg_cluster import ThrowawayCluster
from tests.support.records import complete_record
from tests.ui.intake_support import show_workspace


@pytest.fixture
def cluster_ctx(
    cluster_url: str,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[AppContext]:
    context = build_context(
        cluster_url,
        settings=Settings(),
        keyring_backend=memory_keyring,
        password_hasher=FAST_HASHER,
    )
    prepare_schema(context)
    yield context
    context.close()


def test_status_bar_counts_changes_waiting_offline_and_returns_to_normal(
    qtbot: QtBot,
    cluster_ctx: AppContext,
    pg_cluster: ThrowawayCluster,  # noqa: F811
    runner: Runner,
) -> None:
    ctx = cluster_ctx
    staff = make_staff(ctx)
    counselor = staff[Role.COUNSELOR]
    record = complete_record(ctx, counselor)
    events = AppEvents(ctx.events, 0)
    window = MainWindow(ctx, counselor, runner, events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.connected_text == CONNECTED, timeout=10_000)

    pg_cluster.stop("immediate")
    try:
        first = ctx.intake.save(counselor, record)  # retried, then kept on this workstation
        qtbot.waitUntil(lambda: window.connected_text == offline_text(1), timeout=10_000)
        assert window.connected_text == "Offline — 1 change waiting"
        ctx.intake.save(counselor, replace(first, narrative="Typed while offline"))
        qtbot.waitUntil(lambda: window.connected_text == offline_text(2), timeout=10_000)
        assert "nothing is lost" in window.connection_label.toolTip()
    finally:
        pg_cluster.start()

    window.check_connection()  # the periodic check, without waiting for its timer
    qtbot.waitUntil(lambda: window.connected_text == CONNECTED, timeout=15_000)
    assert ctx.outbox is not None and ctx.outbox.status().empty
    stored = ctx.intake.load(counselor, record.id)
    assert stored.narrative == "Typed while offline"
    assert stored.version == 2
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
    window.discard()
    events.close()


def test_the_workspace_says_a_save_was_kept_offline_and_it_reaches_the_database_later(
    qtbot: QtBot,
    cluster_ctx: AppContext,
    pg_cluster: ThrowawayCluster,  # noqa: F811
    runner: Runner,
) -> None:
    ctx = cluster_ctx
    counselor = make_staff(ctx)[Role.COUNSELOR]
    saved = ctx.intake.save(counselor, complete_record(ctx, counselor))
    workspace = show_workspace(qtbot, ctx, counselor, runner, saved, in_database=True)
    pg_cluster.stop("immediate")
    try:
        workspace.form.narrative.setPlainText("Typed during the outage")
        workspace.save()
        qtbot.waitUntil(
            lambda: workspace.save_state.startswith(KEPT_OFFLINE_PREFIX), timeout=15_000
        )
        assert "sent, in order" in workspace.save_state_label.toolTip()
        # Saving again while offline keeps working (queued behind the first).
        workspace.form.narrative.setPlainText("Typed during the outage, then more")
        workspace.save()
        qtbot.waitUntil(lambda: runner.pending == 0, timeout=15_000)
        assert ctx.outbox is not None and ctx.outbox.status().waiting == 2
    finally:
        pg_cluster.start()
    assert ctx.outbox.replay().sent == 2
    stored = ctx.intake.load(counselor, saved.id)
    assert stored.narrative == "Typed during the outage, then more"
    # The workspace's next save lands on top of its own replayed saves, not as a conflict.
    workspace.form.narrative.setPlainText("After the outage")
    workspace.save()
    qtbot.waitUntil(lambda: workspace.save_state.startswith(SAVED_PREFIX), timeout=15_000)
    assert ctx.intake.load(counselor, saved.id).narrative == "After the outage"
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=10_000)
