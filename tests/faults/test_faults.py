"""Fault injection: stopped servers, concurrent editors, concurrent SQLite writers.

The scenarios live in ``tests/support/faults.py`` and ``bench/faults.py`` prints their figures
(``.venv/bin/python -m bench.faults``). SIGKILL during an intake is
``tests/e2e/test_crash_recovery.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cluster_fixtures import cluster_url, pg_cluster  # noqa: F401
from tests.support.faults import concurrent_editors, sqlite_writers, stop_during_saves
from tests.support.keyrings import MemoryKeyring
from tests.support.pg_cluster import ThrowawayCluster


def test_postgresql_stopped_during_saves_loses_and_duplicates_nothing(
    pg_cluster: ThrowawayCluster,  # noqa: F811
    cluster_url: str,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    figures = stop_during_saves(
        pg_cluster, cluster_url, tmp_path / "outbox", memory_keyring, saves=4
    )
    assert figures["faults_injected"] == 4
    assert figures["saves_completed"] == 4
    assert figures["records_lost"] == 0
    assert figures["records_duplicated"] == 0
    assert figures["contents_intact"]
    assert figures["outbox_left"] == 0
    # The faults really broke the units of work: each save had to be run again or replayed.
    assert figures["retries_after_dropped_connection"] + figures["completed_by_outbox_replay"] >= 4


def test_a_save_while_postgresql_is_down_is_kept_and_sent_after_the_restart(
    pg_cluster: ThrowawayCluster,  # noqa: F811
    cluster_url: str,  # noqa: F811
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    # The server stays down longer than the retries last: the outbox takes the save.
    figures = stop_during_saves(
        pg_cluster,
        cluster_url,
        tmp_path / "outbox",
        memory_keyring,
        saves=1,
        restart_after=4.0,
    )
    assert figures["completed_by_outbox_replay"] == 1
    assert figures["records_written"] == 1
    assert figures["records_lost"] == figures["records_duplicated"] == 0
    assert figures["contents_intact"]


@pytest.mark.postgres
def test_twenty_concurrent_editors_lose_no_update_and_every_conflict_surfaces(
    pg_url: str,
) -> None:
    figures = concurrent_editors(pg_url, workers=20, records=5, seconds=2.5)
    assert figures["edits_committed"] > 0
    assert figures["conflicts_provoked"] > 0  # the scenario really makes editors collide
    assert figures["conflicts_detected"] == figures["conflicts_provoked"]
    assert figures["conflicts_without_cause"] == 0
    assert figures["lost_updates"] == 0
    assert figures["final_values_match"] and figures["versions_match"]
    assert figures["other_failures"] == 0


def test_four_processes_writing_one_sqlite_file_never_meet_a_lock(tmp_path: Path) -> None:
    figures = sqlite_writers(tmp_path / "shared.db", processes=4, seconds=2.5)
    assert figures["writes_committed"] > 0
    assert figures["lock_failures"] == 0
    assert figures["other_failures"] == 0
    assert figures["records_lost"] == 0
    assert figures["counter_matches"]
