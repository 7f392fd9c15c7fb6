"""directory search index and the remaining HSDS 3.0 fields

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:00:00

Adds the HSDS 3.0 fields the first schema left out (so an import and an export lose nothing)
and the full-text index of services: an FTS5 table on SQLite, a table of ``tsvector`` documents
with a GIN index on PostgreSQL. The index is not a model; ``counselor_app.db.search`` keeps it in
step inside the same transactions that change the directory, and ``migrate.include_object``
leaves it out of the model comparison.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = (
    ('organizations', sa.Column('tax_status', sa.Text(), nullable=True)),
    ('organizations', sa.Column('tax_id', sa.Text(), nullable=True)),
    ('services', sa.Column('wait_time', sa.Text(), nullable=True)),
    ('services', sa.Column('fees', sa.Text(), nullable=True)),
    ('services', sa.Column('licenses', sa.Text(), nullable=True)),
    ('services', sa.Column('last_modified', sa.String(length=40), nullable=True)),
    ('taxonomies', sa.Column('taxonomy_version', sa.Text(), nullable=True)),
    ('taxonomy_terms', sa.Column('taxonomy', sa.Text(), nullable=True)),
)


def upgrade() -> None:
    """Apply this revision."""
    for table, column in _COLUMNS:
        op.add_column(table, column)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(
            "CREATE VIRTUAL TABLE service_search USING fts5("
            "service_id UNINDEXED, names, body, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
    else:
        op.execute(
            "CREATE TABLE service_search ("
            "service_id VARCHAR(250) PRIMARY KEY REFERENCES services (id) ON DELETE CASCADE, "
            "document TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_service_search_document ON service_search USING GIN (document)")
    # Existing services get their documents now.
    from counselor_app.db.search import rebuild_on_connection

    rebuild_on_connection(op.get_bind())


def downgrade() -> None:
    """Revert this revision."""
    op.execute("DROP TABLE IF EXISTS service_search")
    for table, column in reversed(_COLUMNS):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(column.name)
