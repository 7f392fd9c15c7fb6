"""sessions: daily re-authentication, TOTP second factor, break-glass grants

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 03:30:00

``staff_sessions`` records when the person last proved their password and when the services
stop accepting the session without a new proof (the daily check). ``staff_accounts`` gains the
TOTP secret (encrypted per field) and the last accepted time step (no code is accepted twice).
``break_glass_grants`` records each access to a call outside one's role: who, which call, why
(encrypted: the reason may describe the caller), when, and until when.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('staff_sessions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('authenticated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('reauth_due_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('staff_accounts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('totp_secret', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('totp_last_step', sa.Integer(), nullable=True))
    op.create_table('break_glass_grants',
    sa.Column('account_id', sa.Uuid(), nullable=False),
    sa.Column('call_id', sa.Uuid(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('workstation', sa.String(length=120), nullable=False),
    sa.Column('granted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['staff_accounts.id'], name=op.f('fk_break_glass_grants_account_id_staff_accounts')),
    sa.ForeignKeyConstraint(['call_id'], ['calls.id'], name=op.f('fk_break_glass_grants_call_id_calls')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_break_glass_grants'))
    )
    with op.batch_alter_table('break_glass_grants', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_break_glass_grants_account_id'), ['account_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_break_glass_grants_call_id'), ['call_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_break_glass_grants_granted_at'), ['granted_at'], unique=False)


def downgrade() -> None:
    """Undo this revision."""
    with op.batch_alter_table('break_glass_grants', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_break_glass_grants_granted_at'))
        batch_op.drop_index(batch_op.f('ix_break_glass_grants_call_id'))
        batch_op.drop_index(batch_op.f('ix_break_glass_grants_account_id'))
    op.drop_table('break_glass_grants')
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy of staff_accounts would have
    # to drop a table other tables refer to.
    for table, column in (
        ('staff_accounts', 'totp_last_step'),
        ('staff_accounts', 'totp_secret'),
        ('staff_sessions', 'reauth_due_at'),
        ('staff_sessions', 'authenticated_at'),
    ):
        op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
