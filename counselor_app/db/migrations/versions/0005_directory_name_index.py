"""directory search: an index of the names alone on PostgreSQL

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 10:00:00

A search ranks services whose names (service or organization) match every word above those
that match in their descriptions only. On PostgreSQL the names get a ``tsvector`` column of
their own with a GIN index, so the best name matches are found without visiting every service
whose description mentions a common word (a one-word prefix can match a third of a directory).
Existing documents already hold the names as the lexemes of weight A: ``ts_filter`` copies
them (a document written without names simply has no name matches: the search then ranks
the whole match, as before). SQLite's FTS5 table ranks by column already and is not changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    if op.get_bind().dialect.name == 'sqlite':
        return
    op.execute("ALTER TABLE service_search ADD COLUMN names TSVECTOR")
    op.execute("UPDATE service_search SET names = ts_filter(document, '{a}')")
    op.execute("CREATE INDEX ix_service_search_names ON service_search USING GIN (names)")


def downgrade() -> None:
    """Undo this revision."""
    if op.get_bind().dialect.name == 'sqlite':
        return
    op.execute("DROP INDEX ix_service_search_names")
    op.execute("ALTER TABLE service_search DROP COLUMN names")
