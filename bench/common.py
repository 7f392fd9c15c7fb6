"""What the database benchmarks share: figures as JSON lines, p95, and a throw-away context.

``bench_context(engine, scratch)`` builds the application's services on a new SQLite file in
``scratch`` or a new PostgreSQL schema (dropped afterwards), with an in-memory keyring and a
fast password hasher, the schema upgraded: the same composition root the app uses.
"""

from __future__ import annotations

import json
import os
import statistics
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from counselor_app.app import AppContext

PG_URL = os.environ.get(
    "COUNSELOR_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def figure(name: str, value: float, unit: str, **extra: object) -> None:
    """Print one figure as a JSON line (``bench/run.py`` reads them)."""
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, **extra}), flush=True)


def p95(samples: list[float]) -> float:
    """The 95th percentile."""
    return statistics.quantiles(samples, n=20)[18]


@contextmanager
def bench_context(engine: str, scratch: Path) -> Iterator[AppContext]:
    """Services on an empty, upgraded database of ``engine`` (``sqlite`` or ``postgresql``)."""
    from argon2 import PasswordHasher
    from sqlalchemy import create_engine, text

    from bench.memory_keyring import MemoryKeyring
    from counselor_app.app import build_context, prepare_schema
    from counselor_app.config import Settings

    schema = None
    admin_engine = None
    if engine == "sqlite":
        url = f"sqlite:///{scratch / f'bench-{uuid.uuid4().hex[:6]}.db'}"
    else:
        schema = f"bench_{uuid.uuid4().hex[:10]}"
        admin_engine = create_engine(PG_URL)
        with admin_engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    ctx = build_context(
        url,
        settings=Settings(),
        keyring_backend=MemoryKeyring(),
        password_hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )
    try:
        prepare_schema(ctx)
        yield ctx
    finally:
        ctx.close()
        if admin_engine is not None:
            with admin_engine.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin_engine.dispose()
