"""never lose a write: idempotency keys of the units of work already applied

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 03:30:00

``applied_operations`` holds one row per committed unit of work that carried an idempotency
key (an intake save, a follow-up attempt...), written in the same transaction as the change.
A retry after a lost commit acknowledgement, or the replay of a change kept in a
workstation's offline outbox, finds its key and is not applied twice.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        'applied_operations',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('operation', sa.String(length=40), nullable=False),
        sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('outcome', sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint('key', name=op.f('pk_applied_operations')),
    )


def downgrade() -> None:
    """Undo this revision."""
    op.drop_table('applied_operations')
