"""The program outcome report over a large database: the service against its bare aggregate SQL.

Fills a database with ``--calls`` calls spread evenly over the past year (sources, dispositions,
outcome flags, consent and risk drawn at random, a few percent of the flags unknown), follow-ups
for about a third of the consenting calls (some reached, some unreachable, some still open) and
one to three attempts each, with bulk Core inserts (``executemany`` on SQLite, ``COPY`` on
PostgreSQL, as ``bench/follow_ups.py`` does). Then it times:

* ``outcome_report``: ``OutcomeService.report(supervisor, year)`` -- the permission check, the
  four aggregate statements in one read-only unit of work, and the frozen report with every
  figure -- for the whole year and for one co-responder team;
* against the bare aggregate SQL: the same four statements executed on a pooled connection and
  fetched, nothing else (no permission check, no session, no report objects), in the same run.

Runs alternate between the two so that a busy machine slows both alike; the figure is the
median of the runs, the ratio is median over median (target 1.5). The issue's size is
``--calls 1000000``; the default is smaller so that ``bench/run.py`` stays short on two cores.

    .venv/bin/python bench/outcomes.py [--calls N] [--engine sqlite|postgresql|all] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import bench_context, figure  # noqa: E402
from bench.follow_ups import _fill  # noqa: E402

ISSUE_CALLS = 1_000_000
DEFAULT_CALLS = 100_000
RATIO_TARGET = 1.5
DEFAULT_RUNS = 5
SOURCES = ("911_transfer",) * 6 + ("988", "988", "direct_line", "co_responder")
DISPOSITIONS = (
    ("resolved_on_line", 0.78),
    ("mobile_crisis_team", 0.06),
    ("warm_transfer", 0.05),
    ("ems_requested", 0.04),
    ("police_requested", 0.03),
    ("returned_to_911", 0.02),
    ("disconnected", 0.015),
    (None, 0.005),
)
RISKS = ("none", "low", "low", "moderate", "moderate", "high", "imminent", "not_assessed")
TEAMS = tuple(f"CR-{n}" for n in range(1, 8))


def _maybe(rng: random.Random, value: bool, unknown: float = 0.03) -> bool | None:
    return None if rng.random() < unknown else value


def _calls(
    n: int, now: datetime, counselors: list[uuid.UUID], rng: random.Random
) -> Iterator[dict[str, Any]]:
    span = timedelta(days=364)
    step = span / n
    names = [d for d, _ in DISPOSITIONS]
    weights = [w for _, w in DISPOSITIONS]
    for i in range(n):
        started = now - span + step * i
        source = SOURCES[i % len(SOURCES)]
        disposition = rng.choices(names, weights)[0]
        police = disposition == "police_requested"
        ems = disposition == "ems_requested"
        decided = disposition is not None
        consent = rng.random()
        yield {
            "id": uuid.UUID(int=rng.getrandbits(128), version=4),
            "source": source,
            "status": "completed" if decided else "open",
            "counselor_id": counselors[i % len(counselors)],
            "started_at": started,
            "ended_at": started + timedelta(minutes=20) if decided else None,
            "co_responder_unit": TEAMS[i % len(TEAMS)] if source == "co_responder" else None,
            "anonymous": True,
            "interpreter_used": False,
            "third_party": False,
            "risk_level": RISKS[i % len(RISKS)],
            "disposition": disposition,
            "mobile_team_dispatched": disposition == "mobile_crisis_team",
            "ems_requested": ems,
            "police_requested": police,
            "returned_to_911": disposition == "returned_to_911",
            "referral_given": False,
            "follow_up_consent": (None if consent < 0.1 else consent < 0.65) if decided else None,
            "police_avoided": _maybe(rng, not police) if decided else None,
            "ems_avoided": _maybe(rng, not ems) if decided else None,
            "arrest_avoided": _maybe(rng, rng.random() < 0.95, 0.05) if decided else None,
            "hospitalization_avoided": _maybe(rng, rng.random() < 0.87, 0.05) if decided else None,
            "substance_use_info": False,
            "created_at": started,
            "updated_at": started,
            "version": 1,
        }


def _follow_ups(
    calls: list[dict[str, Any]], now: datetime, creator: uuid.UUID, rng: random.Random
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """About one follow-up per three consenting calls, with one to three attempts each."""
    follow_ups: list[dict[str, Any]] = []
    attempts: list[dict[str, Any]] = []
    for call in calls:
        if call["follow_up_consent"] is not True or rng.random() > 0.36:
            continue
        due_start = call["ended_at"]
        due_end = due_start + timedelta(hours=72)
        fu_id = uuid.UUID(int=rng.getrandbits(128), version=4)
        row: dict[str, Any] = {
            "id": fu_id,
            "call_id": call["id"],
            "sequence_no": 1,
            "plan_key": "standard",
            "client_initials": "",
            "risk_level": call["risk_level"],
            "due_start": due_start,
            "due_end": due_end,
            "contact_method": "phone",
            "status": "scheduled",
            "closed_at": None,
            "closed_reason": None,
            "diverted_from_ems_police": None,
            "diverted_from_inpatient": None,
            "created_by": creator,
            "attempt_count": 0,
            "created_at": due_start,
            "updated_at": due_start,
            "version": 1,
        }
        if due_end < now:
            reached = rng.random() < 0.75
            tries = 1 if reached else 3
            offset = timedelta(hours=rng.choice((-2, 5, 30, 80)))
            for t in range(tries):
                attempts.append(
                    {
                        "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                        "follow_up_id": fu_id,
                        "attempted_at": due_start + offset + timedelta(hours=3 * t),
                        "attempted_by": creator,
                        "result": "reached" if reached else "no_answer",
                        "created_at": due_start,
                        "updated_at": due_start,
                        "version": 1,
                    }
                )
            row["status"] = "completed" if reached else "unreachable"
            row["closed_reason"] = "reached" if reached else "unreachable"
            row["closed_at"] = due_start + offset
            row["attempt_count"] = tries
            if reached:
                row["diverted_from_ems_police"] = _maybe(rng, rng.random() < 0.88, 0.05)
                row["diverted_from_inpatient"] = _maybe(rng, rng.random() < 0.78, 0.05)
        follow_ups.append(row)
    return follow_ups, attempts


def run(engine: str, calls: int, runs: int, scratch: Path) -> None:
    """Fill one engine's database and time the report against its bare SQL."""
    from sqlalchemy import text

    from counselor_app.db.models import Call, FollowUp, FollowUpAttempt
    from counselor_app.domain.accounts import Role
    from counselor_app.domain.outcomes import OutcomeFilters, ReportPeriod
    from counselor_app.services.outcomes import build_statements

    with bench_context(engine, scratch) as ctx:
        ctx.auth.create_first_administrator("admin", "Admin", "quiet harbor lantern seventeen")
        admin = ctx.auth.sign_in("admin", "quiet harbor lantern seventeen")
        counselors = []
        for n in range(4):
            account = ctx.accounts.add_account(
                admin, f"counselor{n}", f"Counselor {n}", Role.COUNSELOR, "maple sparrow blue sky"
            )
            counselors.append(account.id)
        ctx.accounts.add_account(admin, "sam", "Sam", Role.SUPERVISOR, "granite meadow whistle")
        sam = ctx.auth.sign_in("sam", "granite meadow whistle")

        rng = random.Random(8)  # noqa: S311 - synthetic data
        now = datetime.now(UTC)
        start = time.perf_counter()
        call_rows = list(_calls(calls, now, counselors, rng))
        follow_up_rows, attempt_rows = _follow_ups(call_rows, now, admin.id, rng)
        _fill(ctx.database, iter(call_rows), Call.__table__)
        _fill(ctx.database, iter(follow_up_rows), FollowUp.__table__)
        _fill(ctx.database, iter(attempt_rows), FollowUpAttempt.__table__)
        del call_rows
        with ctx.database.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
        tag: dict[str, Any] = {
            "engine": engine,
            "calls": calls,
            "follow_ups": len(follow_up_rows),
            "attempts": len(attempt_rows),
        }
        figure("outcome_fill", time.perf_counter() - start, "s", **tag)

        zone = ctx.outcomes.zone
        today = now.astimezone(zone).date()
        period = ReportPeriod(today - timedelta(days=365), today)
        for label, filters in (
            ("year", OutcomeFilters()),
            ("team", OutcomeFilters(team=TEAMS[0])),
        ):
            statements = build_statements(period, filters, zone, now)

            def bare(statements: Any = statements) -> object:
                with ctx.database.engine.connect() as conn:
                    return [conn.execute(s).fetchall() for s in statements.all()]

            def full(filters: OutcomeFilters = filters) -> object:
                return ctx.outcomes.report(sam, period, filters, as_of=now)

            report = full()
            handled = report.figure("calls_handled").numerator  # type: ignore[attr-defined]
            bare()
            bare_samples: list[float] = []
            full_samples: list[float] = []
            for _ in range(runs):
                for fn, samples in ((bare, bare_samples), (full, full_samples)):
                    t0 = time.perf_counter()
                    fn()
                    samples.append((time.perf_counter() - t0) * 1000)
            bare_median = statistics.median(bare_samples)
            full_median = statistics.median(full_samples)
            figure(
                f"outcome_report_{label}",
                full_median,
                "ms",
                baseline=round(bare_median, 3),
                ratio=round(full_median / bare_median, 2),
                target=RATIO_TARGET,
                calls_in_report=handled,
                runs=runs,
                **tag,
            )


def main() -> int:
    """Parse the arguments and run the benchmark on the chosen engines."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--calls",
        type=int,
        default=DEFAULT_CALLS,
        help=f"calls to generate (default {DEFAULT_CALLS}; the issue's size is {ISSUE_CALLS})",
    )
    parser.add_argument("--engine", choices=("sqlite", "postgresql", "all"), default="all")
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="timed runs of each")
    args = parser.parse_args()
    if args.calls < 1 or args.runs < 1:
        parser.error("--calls and --runs must be at least 1")
    scratch = Path(tempfile.mkdtemp(prefix="counselor-bench-outcomes-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(scratch / var.lower())
    engines = ("sqlite", "postgresql") if args.engine == "all" else (args.engine,)
    for engine in engines:
        run(engine, args.calls, args.runs, scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
