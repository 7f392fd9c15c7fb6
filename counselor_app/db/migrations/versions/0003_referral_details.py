"""referral details: the organization and phone given, and the warm-handoff flag

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 10:00:00

A referral given during a call keeps what the caller was told (service, organization, phone)
as it was at the time, and whether the counselor connected the caller to the service (a warm
handoff) rather than only giving the number. Existing referrals were not warm handoffs as far as
the record knows: the flag starts false.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('warm_handoff', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column('organization_name', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('phone', sa.Text(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table('referrals', schema=None) as batch_op:
        batch_op.drop_column('phone')
        batch_op.drop_column('organization_name')
        batch_op.drop_column('warm_handoff')
