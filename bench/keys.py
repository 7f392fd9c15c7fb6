"""Key rotation: re-encrypting every sensitive value against the same updates without crypto.

Fills a database with ``--calls`` calls saved through the intake service (every sensitive field
filled, so each call holds about a dozen encrypted values), then times, interleaved:

* ``key_rotation_per_value``: ``DataKeys.rotate`` (a new data key, then every value opened,
  sealed under it and written back by compare-and-swap in batches of 200), per value;
* the baseline: the same reads and compare-and-swap updates, batch for batch, writing each
  value back unchanged (no decryption, no encryption, no key).

Ratio target 3: the crypto (AES-GCM both ways) costs less than the database round trips.

    .venv/bin/python bench/keys.py [--calls N] [--repeats R] [--engine sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import select, update  # noqa: E402

from bench.common import bench_context, figure  # noqa: E402
from counselor_app.app import AppContext  # noqa: E402
from counselor_app.db.uow import UnitOfWork  # noqa: E402
from counselor_app.domain.accounts import Role  # noqa: E402
from counselor_app.services.keys import REENCRYPT_BATCH, _raw_column, encrypted_columns  # noqa: E402
from tests.support.records import complete_record  # noqa: E402

RATIO_TARGET = 3.0
PASSWORD = "quiet harbor lantern seventeen"  # noqa: S105 - a throw-away bench account


def bare_rewrite(ctx: AppContext) -> int:
    """The rotation's reads and compare-and-swap writes, values written back unchanged."""
    count = 0
    for table, column, _bound in encrypted_columns():
        raw, value = _raw_column(table, column)
        last: Any = None
        while True:
            query = select(raw.c.id, value).where(value.is_not(None)).order_by(raw.c.id)
            if last is not None:
                query = query.where(raw.c.id > last)
            with UnitOfWork(ctx.database, write=False) as uow:
                rows = uow.session.execute(query.limit(REENCRYPT_BATCH)).all()
            if rows:
                with UnitOfWork(ctx.database) as uow:
                    for row_id, old in rows:
                        uow.session.execute(
                            update(raw)
                            .where(raw.c.id == row_id, value == old)
                            .values({value.name: old})
                        )
                    uow.commit()
                count += len(rows)
            if len(rows) < REENCRYPT_BATCH:
                break
            last = rows[-1][0]
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--engine", choices=("sqlite", "postgresql"), default="sqlite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch, bench_context(args.engine, Path(scratch)) as ctx:
        ctx.auth.create_first_administrator("admin", "Avery Admin", PASSWORD)
        admin = ctx.auth.sign_in("admin", PASSWORD)
        ctx.accounts.add_account(admin, "casey", "Casey Counselor", Role.COUNSELOR, PASSWORD)
        casey = ctx.auth.sign_in("casey", PASSWORD)
        for _ in range(args.calls):
            ctx.intake.save(casey, complete_record(ctx, casey))
        ours: list[float] = []
        bare: list[float] = []
        values = 0
        for _ in range(args.repeats):  # interleaved, so both see the same machine state
            start = time.perf_counter()
            result = ctx.keys.rotate(admin)
            ours.append((time.perf_counter() - start) / max(result.reencrypted, 1) * 1e6)
            assert result.remaining == 0
            values = result.reencrypted
            start = time.perf_counter()
            count = bare_rewrite(ctx)
            bare.append((time.perf_counter() - start) / max(count, 1) * 1e6)
        mine, base = statistics.median(ours), statistics.median(bare)
        figure(
            "key_rotation_per_value",
            mine,
            "us",
            baseline=round(base, 3),
            ratio=round(mine / base, 3),
            target=RATIO_TARGET,
            values=values,
            calls=args.calls,
            engine=args.engine,
        )


if __name__ == "__main__":
    main()
