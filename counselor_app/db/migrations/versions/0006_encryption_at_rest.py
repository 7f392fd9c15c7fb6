"""encryption at rest: the data keys table; encrypted columns become text

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 10:00:00

* ``data_keys`` holds the database's data keys, each wrapped by the center key that only
  enrolled workstations hold in their keyring (``services/keys.py``).
* Sensitive columns are stored as ``cd1:<key id>:<base64>`` text, so the coordinates and the
  short free-text columns that were ``REAL``/``VARCHAR(n)`` become ``TEXT`` (SQLite rebuilds
  the tables in batch mode; the values are copied as their text form).
* Values already stored stay as they are: unprefixed text reads as legacy plaintext, and
  ``counselor-app db upgrade`` (or ``keys rotate``) encrypts them right after this migration.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> [(column, type before)]
_TO_TEXT: dict[str, list[tuple[str, sa.types.TypeEngine[object]]]] = {
    'calls': [
        ('latitude', sa.Float()),
        ('longitude', sa.Float()),
        ('third_party_relationship', sa.String(length=80)),
        ('follow_up_times', sa.String(length=200)),
    ],
    'follow_ups': [
        ('preferred_times', sa.String(length=200)),
        ('closed_reason', sa.String(length=200)),
    ],
    'follow_up_attempts': [('next_step', sa.String(length=200))],
    'disclosures': [
        ('recipient_name', sa.String(length=200)),
        ('purpose', sa.String(length=200)),
    ],
}


def upgrade() -> None:
    """Apply this revision (``data_keys`` kept by a downgrade is used as it is)."""
    if sa.inspect(op.get_bind()).has_table('data_keys'):
        _columns_to_text()
        return
    op.create_table(
        'data_keys',
        sa.Column('id', sa.String(length=40), nullable=False),
        sa.Column('generation', sa.Integer(), nullable=False),
        sa.Column('wrapped_key', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_data_keys')),
        sa.UniqueConstraint('generation', name=op.f('uq_data_keys_generation')),
    )
    _columns_to_text()


def _columns_to_text() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table, columns in _TO_TEXT.items():
        if sqlite:
            with op.batch_alter_table(table, schema=None) as batch_op:
                for name, before in columns:
                    batch_op.alter_column(name, existing_type=before, type_=sa.Text())
        else:
            for name, before in columns:
                op.alter_column(
                    table,
                    name,
                    existing_type=before,
                    type_=sa.Text(),
                    postgresql_using=f'{name}::text',
                )


def downgrade() -> None:
    """Undo this revision.

    The data keys are kept whenever there are any (dropping them would make every encrypted
    value unreadable for good), and encrypted coordinates cannot become numbers again: such a
    database is refused instead of losing them.
    """
    bind = op.get_bind()
    sealed = bind.execute(
        sa.text(
            "SELECT count(*) FROM calls WHERE latitude LIKE 'cd1:%' OR longitude LIKE 'cd1:%'"
        )
    ).scalar()
    if sealed:
        raise RuntimeError(
            'encrypted coordinates cannot be downgraded; decrypt them before downgrading'
        )
    sqlite = bind.dialect.name == 'sqlite'
    for table, columns in _TO_TEXT.items():
        if sqlite:
            with op.batch_alter_table(table, schema=None) as batch_op:
                for name, before in columns:
                    batch_op.alter_column(name, existing_type=sa.Text(), type_=before)
        else:
            for name, before in columns:
                using = f'{name}::double precision' if isinstance(before, sa.Float) else None
                op.alter_column(
                    table, name, existing_type=sa.Text(), type_=before, postgresql_using=using
                )
    if not bind.execute(sa.text('SELECT count(*) FROM data_keys')).scalar():
        op.drop_table('data_keys')
