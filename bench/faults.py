"""Fault-injection figures for the closing note: faults survived, records lost, conflicts, locks.

Runs the scenarios of ``tests/support/faults.py`` (the same code the tests in ``tests/faults``
assert on) and prints one JSON object a line (``name``, ``value``, ``unit``), then the whole
set as one ``faults.summary`` line:

* PostgreSQL stopped ``immediate`` mid-save and restarted (a throw-away cluster, never the
  shared server), plus one outage longer than the retries (the outbox takes the save);
* 20 concurrent editors doing read-modify-write with the version check for a few seconds;
* 4 processes writing one SQLite file at once.

SIGKILL during an intake (the draft comes back) is ``tests/e2e/test_crash_recovery.py``.

    .venv/bin/python bench/faults.py [--saves N] [--seconds S]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Isolate the folders before anything reads them: no real user folder or keyring is touched.
_ISOLATED = Path(tempfile.mkdtemp(prefix="counselor-faults-home-"))
for _var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_ISOLATED / _var.lower())

from tests.support.faults import (  # noqa: E402
    concurrent_editors,
    sqlite_writers,
    stop_during_saves,
)
from tests.support.keyrings import MemoryKeyring  # noqa: E402
from tests.support.pg_cluster import ThrowawayCluster  # noqa: E402


def _emit(name: str, value: Any, unit: str) -> None:
    print(json.dumps({"name": name, "value": value, "unit": unit}), flush=True)


def main() -> int:
    """Run every scenario; print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=10, help="saves with PostgreSQL stopped")
    parser.add_argument("--seconds", type=float, default=5.0, help="length of the load runs")
    args = parser.parse_args()
    summary: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="counselor-faults-") as tmp:
        folder = Path(tmp)
        reason = ThrowawayCluster.unavailable_reason()
        if reason is None:
            cluster = ThrowawayCluster.create(folder / "pg")
            cluster.start()
            try:
                cluster.psql('CREATE DATABASE "stops"')
                cluster.psql('CREATE DATABASE "outage"')
                cluster.psql('CREATE DATABASE "editors"')
                stops = stop_during_saves(
                    cluster,
                    cluster.url("stops"),
                    folder / "outbox1",
                    MemoryKeyring(),
                    saves=args.saves,
                )
                outage = stop_during_saves(
                    cluster,
                    cluster.url("outage"),
                    folder / "outbox2",
                    MemoryKeyring(),
                    saves=2,
                    restart_after=4.0,
                )
                editors = concurrent_editors(
                    cluster.url("editors"), workers=20, records=5, seconds=args.seconds
                )
            finally:
                cluster.destroy()
            summary["postgresql_stopped_mid_save"] = stops
            summary["postgresql_outage_longer_than_retries"] = outage
            summary["concurrent_editors"] = editors
            injected = stops["faults_injected"] + outage["faults_injected"]
            survived = stops["saves_completed"] + outage["saves_completed"]
            _emit("faults.postgresql_stops_injected", injected, "stops")
            _emit("faults.saves_completed_after_stops", survived, "saves")
            _emit(
                "faults.completed_by_retry",
                stops["completed_by_retry"] + outage["completed_by_retry"],
                "saves",
            )
            _emit(
                "faults.completed_by_outbox_replay",
                stops["completed_by_outbox_replay"] + outage["completed_by_outbox_replay"],
                "saves",
            )
            _emit(
                "faults.records_written",
                stops["records_written"] + outage["records_written"],
                "records",
            )
            _emit("faults.records_lost", stops["records_lost"] + outage["records_lost"], "records")
            _emit(
                "faults.records_duplicated",
                stops["records_duplicated"] + outage["records_duplicated"],
                "records",
            )
            _emit("faults.editors_committed", editors["edits_committed"], "edits")
            _emit("faults.conflicts_provoked", editors["conflicts_provoked"], "conflicts")
            _emit("faults.conflicts_detected", editors["conflicts_detected"], "conflicts")
            _emit("faults.lost_updates", editors["lost_updates"], "updates")
        else:
            summary["postgresql"] = f"not run: {reason}"
            _emit("faults.postgresql", None, f"not run: {reason}")
        writers = sqlite_writers(folder / "shared.db", processes=4, seconds=args.seconds)
        summary["sqlite_writers"] = writers
        _emit("faults.sqlite_writes_committed", writers["writes_committed"], "writes")
        _emit("faults.sqlite_lock_failures", writers["lock_failures"], "failures")
        _emit("faults.sqlite_records_lost", writers["records_lost"], "records")
    _emit("faults.summary", summary, "figures")
    bad = (
        summary.get("postgresql_stopped_mid_save", {}).get("records_lost", 0)
        or summary.get("concurrent_editors", {}).get("lost_updates", 0)
        or writers["lock_failures"]
    )
    return 1 if bad else 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    finally:
        shutil.rmtree(_ISOLATED, ignore_errors=True)
