"""Workstation enrollment: export and import cost against the bare key derivation they contain.

Each export and each import derives the file key once with Argon2id at the application's strong
parameters (``STRONG_KDF``: 64 MiB, 3 passes, 4 lanes). The baseline is that bare derivation
(``argon2.low_level.hash_secret_raw``), timed in the same run; the ratio shows what the rest
(permission check, audit entries, keyring, file write, one-time check) adds. The workstation status
check the application runs at every start is timed against a bare read of the database id.

Figures (JSON lines): ``enrollment_export`` and ``enrollment_import`` (ms, median, baseline the
bare derivation, ratio target 1.5), ``workstation_key_status`` (ms, median, baseline the bare
database-id read, ratio target 10), on SQLite.

    .venv/bin/python bench/enrollment.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import bench_context, figure  # noqa: E402

DERIVE_TARGET = 1.5
STATUS_TARGET = 10.0
ADMIN_PASSWORD = "quiet harbor lantern seventeen"  # noqa: S105 - a throw-away bench account


def _median_ms(fn: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    # Enrollment saves the database URL in the settings: never in the real config folder.
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bench-enroll-config-")

    from argon2 import PasswordHasher
    from argon2.low_level import Type, hash_secret_raw
    from sqlalchemy import select

    from bench.memory_keyring import MemoryKeyring
    from counselor_app.app import build_context
    from counselor_app.config import Settings
    from counselor_app.db.models import CenterSetting
    from counselor_app.db.uow import UnitOfWork
    from counselor_app.services.enrollment import STRONG_KDF

    def bare_derivation() -> bytes:
        return hash_secret_raw(
            secret=b"7KQM3XHPR2WD9FTAMNBVCXZ2",
            salt=os.urandom(16),
            time_cost=STRONG_KDF.time_cost,
            memory_cost=STRONG_KDF.memory_cost,
            parallelism=STRONG_KDF.parallelism,
            hash_len=64,
            type=Type.ID,
        )

    with tempfile.TemporaryDirectory() as scratch, bench_context("sqlite", Path(scratch)) as ctx:
        ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
        admin = ctx.auth.sign_in("admin", ADMIN_PASSWORD)
        url = ctx.database.url.render_as_string(hide_password=False)
        baseline = _median_ms(bare_derivation, args.rounds)
        exports: list[float] = []
        imports: list[float] = []
        status_times: list[float] = []
        for i in range(args.rounds):
            path = Path(scratch) / f"enroll-{i}.json"
            start = time.perf_counter()
            issued = ctx.enrollment.export(admin, path)
            exports.append((time.perf_counter() - start) * 1000)
            other = build_context(
                url,
                settings=Settings(),
                keyring_backend=MemoryKeyring(),
                password_hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
            )
            try:
                start = time.perf_counter()
                other.enrollment.import_file(path, issued.passphrase)
                imports.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                assert other.enrollment.status().enrolled
                status_times.append((time.perf_counter() - start) * 1000)
            finally:
                other.close()

        def bare_read() -> object:
            with UnitOfWork(ctx.database, write=False) as uow:
                return uow.session.scalar(
                    select(CenterSetting.value).where(CenterSetting.key == "database_id")
                )

        read_ms = _median_ms(bare_read, args.rounds * 4)
    for name, samples, base, target in (
        ("enrollment_export", exports, baseline, DERIVE_TARGET),
        ("enrollment_import", imports, baseline, DERIVE_TARGET),
        ("workstation_key_status", status_times, read_ms, STATUS_TARGET),
    ):
        value = statistics.median(samples)
        figure(
            name,
            value,
            "ms",
            baseline=round(base, 3),
            ratio=round(value / base, 2),
            target=target,
            engine="sqlite",
        )


if __name__ == "__main__":
    main()
