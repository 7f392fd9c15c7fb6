"""Alembic environment: runs migrations on the connection handed over by ``db.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

import counselor_app.db.models  # noqa: F401  (registers every table)
from counselor_app.db.base import Base
from counselor_app.db.migrate import MIGRATION_LOCK_KEY, include_object, render_item

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
        render_item=render_item,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two workstations upgrading at once: the second waits, then finds nothing to do.
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        context.run_migrations()


def run_migrations_online() -> None:
    """Run with the connection in ``config.attributes['connection']``."""
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run through counselor_app.db.migrate, not the alembic CLI")
    _run(connection)


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations_online()
