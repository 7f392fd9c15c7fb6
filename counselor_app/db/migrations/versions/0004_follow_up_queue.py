"""follow-up queue: attempt counts on the follow-up, one follow-up per call and sequence number

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 10:00:00

* ``follow_ups.attempt_count`` keeps the number of attempts on the follow-up itself, so opening
  the queue never aggregates the attempts table. Existing rows are counted here.
* ``(call_id, sequence_no)`` becomes unique, so scheduling a call's plan twice cannot duplicate
  a follow-up. Earlier rows that share a number (none are expected) are renumbered first, in
  the order they were due.
* ``ix_follow_ups_assigned_due`` serves "my follow-ups" and the week view.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('attempt_count', sa.Integer(), server_default='0', nullable=False)
        )
    op.execute(
        "UPDATE follow_ups SET attempt_count = ("
        "SELECT count(*) FROM follow_up_attempts a WHERE a.follow_up_id = follow_ups.id)"
    )
    op.execute(
        "UPDATE follow_ups SET sequence_no = ("
        "SELECT r.n FROM (SELECT id, row_number() OVER "
        "(PARTITION BY call_id ORDER BY sequence_no, due_end, id) AS n FROM follow_ups) r "
        "WHERE r.id = follow_ups.id) "
        "WHERE call_id IN (SELECT call_id FROM follow_ups GROUP BY call_id, sequence_no "
        "HAVING count(*) > 1)"
    )
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_unique_constraint(
            batch_op.f('uq_follow_ups_call_id'), ['call_id', 'sequence_no']
        )
        batch_op.create_index(
            'ix_follow_ups_assigned_due', ['assigned_to', 'status', 'due_end'], unique=False
        )


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_ups_assigned_due')
        batch_op.drop_constraint(batch_op.f('uq_follow_ups_call_id'), type_='unique')
        batch_op.drop_column('attempt_count')
