"""Opening the follow-up queue in a large database: the service against the bare SQL query.

Fills a database with ``--calls`` completed calls and ``--follow-ups`` follow-ups with bulk Core
inserts (``executemany`` on SQLite, ``COPY`` on PostgreSQL). The calls spread evenly over the
past (about 900 a day), two follow-ups per consenting call, due 72 hours and 7 days after it;
the ones whose window ended more than two days ago are closed (completed or unreachable), the
rest are open: overdue, due today or later, some claimed by the peer specialist who asks.

Then it times what a workstation does when the Follow-ups page opens or the rail refreshes:

* ``follow_up_queue_p95``: ``FollowUpService.queue(peer, "due_today")`` -- permission check,
  the queue's statement, frozen summaries -- against the bare SQL query returning the same rows
  (same joins, filter, order and limit, as text on a pooled connection) in the same run.
* ``follow_up_counts_p95``: ``FollowUpService.counts(peer)`` (the rail's badges, one aggregate
  query) against the bare aggregate query.

Both ratios have the target 2. The issue's size is ``--calls 1000000 --follow-ups 200000``; the
default is smaller so that ``bench/run.py`` stays short on two cores.

    .venv/bin/python bench/follow_ups.py [--calls N] [--follow-ups M]
        [--engine sqlite|postgresql|all]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import bench_context, figure, p95  # noqa: E402

ISSUE_CALLS, ISSUE_FOLLOW_UPS = 1_000_000, 200_000
DEFAULT_CALLS, DEFAULT_FOLLOW_UPS = 100_000, 20_000
CALLS_PER_DAY = 900
RATIO_TARGET = 2.0
ROUNDS = 4
REPEATS = 50
CHUNK = 20_000
RISKS = ("none", "low", "low", "moderate", "moderate", "high", "imminent")


# --- data ------------------------------------------------------------------------------------


def _calls(n: int, now: datetime, counselor: uuid.UUID, rng: random.Random) -> Iterator[dict]:
    span = timedelta(days=max(14, n / CALLS_PER_DAY))
    step = span / n
    for i in range(n):
        started = now - span + step * i
        yield {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "source": "911_transfer",
            "status": "completed",
            "counselor_id": counselor,
            "started_at": started,
            "ended_at": started + timedelta(minutes=20),
            "anonymous": True,
            "interpreter_used": False,
            "third_party": False,
            "risk_level": RISKS[i % len(RISKS)],
            "disposition": "resolved_on_line",
            "mobile_team_dispatched": False,
            "ems_requested": False,
            "police_requested": False,
            "returned_to_911": False,
            "referral_given": False,
            "follow_up_consent": True,
            "substance_use_info": False,
            "created_at": started,
            "updated_at": started,
            "version": 1,
        }


def _follow_ups(
    calls: list[dict],
    m: int,
    now: datetime,
    creator: uuid.UUID,
    peer: uuid.UUID,
    rng: random.Random,
) -> Iterator[dict]:
    """Two follow-ups for each of ``m / 2`` calls spread evenly over ``calls``."""
    consenting = max(1, m // 2)
    stride = max(1, len(calls) // consenting)
    made = 0
    for k in range(consenting):
        call = calls[min(len(calls) - 1, k * stride + stride - 1)]
        for seq, offset in ((1, timedelta(hours=72)), (2, timedelta(days=7))):
            if made >= m:
                return
            made += 1
            due_end = call["ended_at"] + offset
            due_start = due_end - (timedelta(hours=72) if seq == 1 else timedelta(days=1))
            row = {
                "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                "call_id": call["id"],
                "sequence_no": seq,
                "plan_key": "standard",
                "client_initials": "AB",
                "risk_level": call["risk_level"],
                "due_start": due_start,
                "due_end": due_end,
                "preferred_times": "Evenings",
                "contact_method": "phone",
                "contact_number": "+13145550100",
                "status": "scheduled",
                "assigned_to": None,
                "claimed_at": None,
                "closed_at": None,
                "closed_reason": None,
                "created_by": creator,
                "attempt_count": 0,
                "created_at": call["ended_at"],
                "updated_at": call["ended_at"],
                "version": 1,
            }
            if due_end < now - timedelta(days=2):
                reached = rng.random() < 0.75
                row["status"] = "completed" if reached else "unreachable"
                row["closed_reason"] = "reached" if reached else "unreachable"
                row["closed_at"] = due_start + timedelta(hours=5)
                row["attempt_count"] = 1 if reached else 3
            elif rng.random() < 0.3:
                row["status"] = "claimed"
                row["assigned_to"] = peer
                row["claimed_at"] = now - timedelta(hours=1)
            yield row


def _chunks(rows: Iterator[dict], size: int = CHUNK) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fill(database: Any, rows: Iterator[dict], table: Any) -> None:
    """Bulk-insert ``rows``: COPY on PostgreSQL, Core ``executemany`` on SQLite."""
    if database.dialect == "postgresql":
        raw = database.engine.raw_connection()
        try:
            cursor = raw.cursor()
            columns: list[str] | None = None
            copy: Any = None
            for chunk in _chunks(rows):
                if columns is None:
                    columns = list(chunk[0])
                    names = ", ".join(columns)
                    copy_cm = cursor.copy(f"COPY {table.name} ({names}) FROM STDIN")
                    copy = copy_cm.__enter__()
                for row in chunk:
                    copy.write_row([row[c] for c in columns])
            if copy is not None:
                copy_cm.__exit__(None, None, None)
            raw.commit()
        finally:
            raw.close()
        return
    with database.engine.begin() as conn:
        for chunk in _chunks(rows):
            conn.execute(table.insert(), chunk)


# --- the bare queries --------------------------------------------------------------------------


def _bare_statements(dialect: str) -> tuple[str, str]:
    risk = " ".join(
        f"WHEN '{v}' THEN {n}"
        for n, v in enumerate(("not_assessed", "none", "low", "moderate", "high", "imminent"))
    )
    queue = (
        "SELECT f.id, f.call_id, c.started_at, f.client_initials, f.due_start, f.due_end, "
        "f.status, f.risk_level, f.contact_method, a.display_name, f.attempt_count, f.version, "
        "f.sequence_no, f.assigned_to, f.claimed_at "
        "FROM follow_ups f JOIN calls c ON c.id = f.call_id "
        "LEFT JOIN staff_accounts a ON a.id = f.assigned_to "
        "WHERE f.status IN ('scheduled', 'claimed') AND f.due_end >= :now "
        "AND f.due_start < :day_end "
        f"ORDER BY f.due_end, CASE f.risk_level {risk} ELSE 0 END DESC, f.id LIMIT 500"
    )
    counts = (
        "SELECT count(*) FILTER (WHERE due_end < :now), "
        "count(*) FILTER (WHERE due_end >= :now AND due_start < :day_end), "
        "count(*) FILTER (WHERE assigned_to = :me), "
        "count(*) FILTER (WHERE status = 'scheduled' AND assigned_to IS NULL), count(*) "
        "FROM follow_ups WHERE status IN ('scheduled', 'claimed')"
    )
    return queue, counts


def _bare_params(dialect: str, now: datetime, day_end: datetime, me: uuid.UUID) -> dict:
    if dialect == "sqlite":  # as the models store them: naive UTC text, UUID hex
        fmt = "%Y-%m-%d %H:%M:%S.%f"
        return {
            "now": now.astimezone(UTC).strftime(fmt),
            "day_end": day_end.astimezone(UTC).strftime(fmt),
            "me": me.hex,
        }
    return {"now": now, "day_end": day_end, "me": me}


# --- the run -----------------------------------------------------------------------------------


def run(engine: str, calls: int, follow_ups: int, scratch: Path) -> None:
    from sqlalchemy import text

    from counselor_app.db.models import Call, FollowUp
    from counselor_app.domain.accounts import Role
    from counselor_app.domain.follow_ups import QueueView, local_date, local_day_bounds

    with bench_context(engine, scratch) as ctx:
        ctx.auth.create_first_administrator("admin", "Admin", "quiet harbor lantern seventeen")
        admin = ctx.auth.sign_in("admin", "quiet harbor lantern seventeen")
        ctx.accounts.add_account(admin, "casey", "Casey", Role.COUNSELOR, "maple sparrow blue sky")
        ctx.accounts.add_account(admin, "pat", "Pat", Role.PEER_SPECIALIST, "orange canoe drifts")
        casey = ctx.auth.sign_in("casey", "maple sparrow blue sky")
        pat = ctx.auth.sign_in("pat", "orange canoe drifts")
        tag = {"engine": engine, "calls": calls, "follow_ups": follow_ups}

        rng = random.Random(5)  # noqa: S311 - synthetic data
        now = datetime.now(UTC)
        start = time.perf_counter()
        call_rows = list(_calls(calls, now, casey.id, rng))
        _fill(ctx.database, iter(call_rows), Call.__table__)
        _fill(
            ctx.database,
            _follow_ups(call_rows, follow_ups, now, casey.id, pat.id, rng),
            FollowUp.__table__,
        )
        del call_rows
        with ctx.database.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        figure("follow_up_fill", time.perf_counter() - start, "s", **tag)

        zone = ctx.follow_ups.zone
        _, day_end = local_day_bounds(local_date(now, zone), zone)
        queue_sql, counts_sql = _bare_statements(ctx.database.dialect)
        params = _bare_params(ctx.database.dialect, now, day_end, pat.id)
        bare_queue, bare_counts = text(queue_sql), text(counts_sql)

        def raw_queue() -> object:
            with ctx.database.engine.connect() as conn:
                return conn.execute(bare_queue, params).fetchall()

        def raw_counts() -> object:
            with ctx.database.engine.connect() as conn:
                return conn.execute(bare_counts, params).fetchall()

        def service_queue() -> object:
            return ctx.follow_ups.queue(pat, QueueView.DUE_TODAY, now=now)

        def service_counts() -> object:
            return ctx.follow_ups.counts(pat, now=now)

        rows = service_queue()
        assert isinstance(rows, list) and len(rows) == len(raw_queue()), "not the same rows"  # type: ignore[arg-type]
        counts = ctx.follow_ups.counts(pat, now=now)
        assert counts.due_today == len(rows) or len(rows) == 500, (counts, len(rows))
        figure(
            "follow_up_queue_rows",
            len(rows),
            "rows",
            open=counts.all,
            overdue=counts.overdue,
            mine=counts.mine,
            **tag,
        )

        def timed(fn: Callable[[], object]) -> list[float]:
            samples = []
            for _ in range(REPEATS):
                t0 = time.perf_counter()
                fn()
                samples.append((time.perf_counter() - t0) * 1000)
            return samples

        for name, bare, full in (
            ("follow_up_queue_p95", raw_queue, service_queue),
            ("follow_up_counts_p95", raw_counts, service_counts),
        ):
            bare(), full()  # warm caches and the pool
            bare_samples: list[float] = []
            full_samples: list[float] = []
            # Interleave the two so that a busy machine slows both alike.
            for _ in range(ROUNDS):
                bare_samples += timed(bare)
                full_samples += timed(full)
            bare_p95, full_p95 = p95(bare_samples), p95(full_samples)
            figure(
                name,
                full_p95,
                "ms",
                baseline=round(bare_p95, 3),
                ratio=round(full_p95 / bare_p95, 2),
                target=RATIO_TARGET,
                **tag,
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--calls",
        type=int,
        default=DEFAULT_CALLS,
        help=f"calls to generate (default {DEFAULT_CALLS}; the issue's size is {ISSUE_CALLS})",
    )
    parser.add_argument(
        "--follow-ups",
        type=int,
        default=DEFAULT_FOLLOW_UPS,
        help=f"follow-ups (default {DEFAULT_FOLLOW_UPS}; the issue's size is {ISSUE_FOLLOW_UPS})",
    )
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "all"), default="sqlite")
    args = parser.parse_args()
    if args.follow_ups > 2 * args.calls:
        parser.error("at most two follow-ups per call")
    scratch = Path(tempfile.mkdtemp(prefix="counselor-bench-follow-ups-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(scratch / var.lower())
    engines = ("sqlite", "postgresql") if args.engine == "all" else (args.engine,)
    for engine in engines:
        run(engine, args.calls, args.follow_ups, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
