"""What the database roles cost: a unit of work through the workstation login, against the owner.

On a throw-away PostgreSQL cluster (``tests/support/pg_cluster.py``; never the shared server,
since roles belong to the whole cluster): a schema owner, the schema, four staff accounts and a
completed call, then ``db roles`` for a workstation login. The same services, one context
signed in through the owner (no ``SET ROLE``) and one through the login (every transaction
begins with ``SET LOCAL ROLE`` to the counselor's group), load the call
(``IntakeService.load``) in alternating rounds.

* ``roles_call_load_p95``: the login's p95 against the owner's p95 in the same run; target 1.5.

    .venv/bin/python bench/pg_roles.py [--repeats N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.common import figure, p95  # noqa: E402

RATIO_TARGET = 1.5
ROUNDS = 4
PASSWORD = "benchmark password for everyone here"  # noqa: S105 - a throw-away cluster


def _timed(action: Callable[[], object], repeats: int) -> list[float]:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> int:
    """Run the benchmark; print its figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    args = parser.parse_args()

    from argon2 import PasswordHasher

    from bench.memory_keyring import MemoryKeyring
    from counselor_app.app import AppContext, build_context, prepare_schema
    from counselor_app.config import Settings
    from counselor_app.db.roles import apply_roles
    from counselor_app.domain.accounts import Role
    from tests.support.follow_ups import completed_call
    from tests.support.pg_cluster import ThrowawayCluster

    keyring = MemoryKeyring()
    hasher = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)

    def context(url: str) -> AppContext:
        return build_context(
            url, settings=Settings(), keyring_backend=keyring, password_hasher=hasher
        )

    cluster = ThrowawayCluster.create(Path(tempfile.mkdtemp(prefix="counselor-bench-roles-")))
    cluster.start()
    try:
        cluster.psql("CREATE ROLE bench_owner LOGIN")
        cluster.psql("CREATE DATABASE counselor OWNER bench_owner")
        owner = context(cluster.url("counselor", user="bench_owner"))
        prepare_schema(owner)
        owner.auth.create_first_administrator("admin", "Avery Admin", PASSWORD)
        admin = owner.auth.sign_in("admin", PASSWORD)
        owner.accounts.add_account(admin, "casey", "Casey", Role.COUNSELOR, PASSWORD)
        owner.auth.sign_out(admin)
        superuser = context(cluster.url("counselor"))
        apply_roles(superuser.database, "bench_ws", password=PASSWORD)
        superuser.close()
        login = context(cluster.url("counselor", user="bench_ws"))

        as_owner = owner.auth.sign_in("casey", PASSWORD)
        call = completed_call(owner, as_owner)
        as_login = login.auth.sign_in("casey", PASSWORD)
        owner_samples: list[float] = []
        login_samples: list[float] = []
        for _ in range(ROUNDS):
            owner_samples += _timed(lambda: owner.intake.load(as_owner, call.id), args.repeats)
            login_samples += _timed(lambda: login.intake.load(as_login, call.id), args.repeats)
        owner.close()
        login.close()
    finally:
        cluster.destroy()
    baseline, value = p95(owner_samples), p95(login_samples)
    figure(
        "roles_call_load_p95",
        value,
        "ms",
        baseline=round(baseline, 3),
        ratio=round(value / baseline, 3),
        target=RATIO_TARGET,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
