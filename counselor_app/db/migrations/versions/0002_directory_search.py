"""directory search index and the remaining HSDS 3.0 fields

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:00:00

Adds the HSDS 3.0 fields the first schema left out (so an import and an export lose nothing)
and the full-text index of services: an FTS5 table on SQLite, a table of ``tsvector`` documents
with a GIN index on PostgreSQL. The index is not a model; ``counselor_app.db.search`` keeps it in
step inside the same transactions that change the directory, and ``migrate.include_object``
leaves it out of the model comparison.

Services that exist already get their documents here, with this revision's own frozen copy of
the document rules of the time (folded words of the service's and organization's names; of the
description, eligibility and active taxonomy terms): a migration must not depend on application
code that may change after it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
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
    _index_existing_services(op.get_bind())


_WORD = re.compile(r"[^\W_]+")
_SPECIAL_FOLDS = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l"})
_INSERT_BATCH = 5000


def _tokens(text: str) -> list[str]:
    """Lower-case words of letters and digits without accents ("Zoë Ærø" -> zoe, aero)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL_FOLDS))
    return _WORD.findall("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _index_existing_services(bind: sa.engine.Connection) -> None:
    services = sa.table(
        'services',
        sa.column('id'),
        sa.column('organization_id'),
        sa.column('name'),
        sa.column('alternate_name'),
        sa.column('description'),
        sa.column('eligibility_description'),
    )
    organizations = sa.table(
        'organizations', sa.column('id'), sa.column('name'), sa.column('alternate_name')
    )
    attributes = sa.table(
        'attributes', sa.column('link_id'), sa.column('taxonomy_term_id'), sa.column('active')
    )
    terms = sa.table(
        'taxonomy_terms', sa.column('id'), sa.column('name'), sa.column('code'), sa.column('active')
    )
    term_words: dict[str, list[str]] = defaultdict(list)
    for link_id, name, code in bind.execute(
        sa.select(attributes.c.link_id, terms.c.name, terms.c.code)
        .select_from(attributes.join(terms, attributes.c.taxonomy_term_id == terms.c.id))
        .where(attributes.c.active.is_(True), terms.c.active.is_(True))
    ):
        term_words[link_id].extend(v for v in (name, code) if v)
    rows = bind.execute(
        sa.select(
            services.c.id,
            services.c.name,
            services.c.alternate_name,
            services.c.description,
            services.c.eligibility_description,
            organizations.c.name,
            organizations.c.alternate_name,
        ).select_from(
            services.outerjoin(organizations, services.c.organization_id == organizations.c.id)
        )
    )
    documents = []
    for sid, name, alt, desc, elig, org_name, org_alt in rows:
        names = " ".join(_tokens(" ".join(v for v in (name, alt, org_name, org_alt) if v)))
        body = " ".join(_tokens(" ".join([desc or "", elig or "", *term_words.get(sid, [])])))
        documents.append({'sid': sid, 'names': names, 'body': body})
    if not documents:
        return
    if bind.dialect.name == 'sqlite':
        insert = sa.text(
            "INSERT INTO service_search (service_id, names, body) VALUES (:sid, :names, :body)"
        )
    else:
        insert = sa.text(
            "INSERT INTO service_search (service_id, document) VALUES (:sid, "
            "setweight(to_tsvector('simple', :names), 'A') || "
            "setweight(to_tsvector('simple', :body), 'D'))"
        )
    for start in range(0, len(documents), _INSERT_BATCH):
        bind.execute(insert, documents[start : start + _INSERT_BATCH])


def downgrade() -> None:
    """Revert this revision."""
    op.execute("DROP TABLE IF EXISTS service_search")
    for table, column in reversed(_COLUMNS):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column(column.name)
