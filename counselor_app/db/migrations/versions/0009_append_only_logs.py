"""append-only logs: triggers refuse UPDATE, DELETE and TRUNCATE of audit entries and disclosures

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 03:30:00

The audit trail (``audit_events``) and the disclosure log (``disclosures``) are only ever
appended to. Until now the HMAC chain made an edit *visible* (``counselor-app audit verify``);
these triggers make the application itself *unable* to edit or delete a row, whatever a bug or
a stolen workstation credential tries:

* PostgreSQL: ``BEFORE UPDATE OR DELETE ... FOR EACH ROW`` and ``BEFORE TRUNCATE ... FOR EACH
  STATEMENT`` triggers calling ``counselor_append_only()``, which raises SQLSTATE 42501
  (insufficient_privilege). Only the tables' owner (or a superuser) can drop or disable them,
  and the database roles of ``counselor-app db roles`` never own a table.
* SQLite: ``BEFORE UPDATE`` and ``BEFORE DELETE`` triggers with ``RAISE(ABORT, ...)`` (SQLite has
  no TRUNCATE; ``DELETE FROM t`` without a WHERE fires the row trigger too).

Whoever owns the file or the schema can still remove a trigger: the HMAC chain remains the
proof that the trail was not rewritten.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

from counselor_app.db.append_only import (
    LOG_TABLES,
    PG_FUNCTION,
    pg_row_trigger,
    sqlite_trigger,
)


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == 'sqlite':
        for table in LOG_TABLES:
            for action in ('UPDATE', 'DELETE'):
                op.execute(sqlite_trigger(table, action)[1])
        return
    op.execute(PG_FUNCTION)
    for table in LOG_TABLES:
        op.execute(pg_row_trigger(table)[1])
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION counselor_append_only()"
        )


def downgrade() -> None:
    """Undo this revision."""
    if op.get_bind().dialect.name == 'sqlite':
        for table in LOG_TABLES:
            for action in ('update', 'delete'):
                op.execute(f"DROP TRIGGER {table}_no_{action}")
        return
    for table in LOG_TABLES:
        op.execute(f"DROP TRIGGER {table}_append_only ON {table}")
        op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
    op.execute("DROP FUNCTION counselor_append_only()")
