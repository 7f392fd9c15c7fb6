"""Full-text search of the referral directory, behind one interface for both engines.

* SQLite: an FTS5 table ``service_search(service_id UNINDEXED, names, body)``.
* PostgreSQL: a table ``service_search(service_id, document tsvector)`` with a GIN index, the
  ``simple`` configuration (no stemming: directory data mixes languages) and prefix queries.

Documents are folded in Python (lower case, no accents: ``domain.directory.fold``) and reduced to
words of letters and digits, and so are queries: "zoe" finds "Zoë" on both engines without
database extensions, and user text never reaches FTS5's or ``tsquery``'s query language except as
quoted words of letters and digits.

The index is kept in step inside the transaction that changes the directory, not by triggers
(a service's document draws on its organization and its taxonomy terms, in other tables):

* every ORM flush that touches a service, an organization, an attribute or a taxonomy term
  rewrites the documents of the services concerned (``_after_flush``), so edits need no extra
  call;
* bulk writes that bypass the ORM (the HSDS import) call ``rebuild`` or ``refresh`` themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Float,
    Integer,
    String,
    TextualSelect,
    bindparam,
    event,
    select,
    text,
)
from sqlalchemy.orm import Session, UOWTransaction

from counselor_app.db.models import (
    Address,
    Attribute,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from counselor_app.domain.directory import search_tokens

SEARCH_TABLE = "service_search"
MAX_QUERY_WORDS = 12
MAX_WORD_LENGTH = 64
_BATCH = 500
_SEARCHED_TABLES = (
    SEARCH_TABLE,
    Service.__tablename__,
    Organization.__tablename__,
    Attribute.__tablename__,
    TaxonomyTerm.__tablename__,
    ServiceAtLocation.__tablename__,
    Location.__tablename__,
    Address.__tablename__,
    Phone.__tablename__,
    Language.__tablename__,
    Schedule.__tablename__,
)


def is_search_object(name: str | None) -> bool:
    """True for the index table and FTS5's shadow tables (created by migration 0002)."""
    return name is not None and (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_"))


def query_words(user_text: str) -> list[str]:
    """The words of a query, bounded in number and length."""
    return [w[:MAX_WORD_LENGTH] for w in search_tokens(user_text)[:MAX_QUERY_WORDS]]


def match_expression(dialect: str, words: Sequence[str]) -> str:
    """The value of ``match_statement``'s parameter ``fts_query`` for ``words``."""
    if not words:
        raise ValueError("no words to match")
    if dialect == "sqlite":
        return " ".join(f'"{w}"*' for w in words)
    return " & ".join(f"'{w}':*" for w in words)


NAME_MATCH_BONUS = 10.0
"""Added to the score of a service whose names match every word (PostgreSQL): name matches
rank above description-only matches. ``ts_rank`` stays far below it."""
SQLITE_NAMES_WEIGHT = 1000.0
"""SQLite: the weight of the names column in bm25 (descriptions weigh 1), for the same order."""
PG_SCORE = (
    f"ts_rank(s.document, q.query) + "
    f"CASE WHEN s.names @@ q.query THEN {NAME_MATCH_BONUS} ELSE 0 END"
)

_MATCH_STATEMENTS: dict[str, TextualSelect] = {}
_NAME_STATEMENTS: dict[str, TextualSelect] = {}


def name_match_statement() -> TextualSelect:
    """PostgreSQL: the best ``:fetch`` services whose names match, scored as ``match_statement``.

    Name matches outscore every description-only match, so when this returns ``:fetch`` rows
    they are the best ``:fetch`` of the whole match, found through the names' own index
    instead of every document that mentions the words.
    """
    statement = _NAME_STATEMENTS.get("postgresql")
    if statement is None:
        sql = (
            f"SELECT s.service_id, {PG_SCORE} AS score "
            f"FROM {SEARCH_TABLE} s, to_tsquery('simple', :fts_query) AS q(query) "
            "WHERE s.names @@ q.query ORDER BY score DESC LIMIT :fetch"
        )
        statement = _NAME_STATEMENTS["postgresql"] = (
            text(sql)
            .bindparams(bindparam("fts_query", type_=String()), bindparam("fetch", type_=Integer()))
            .columns(service_id=String(), score=Float())
        )
    return statement


def match_statement(dialect: str) -> TextualSelect:
    """``match_clause`` with its parameter ``fts_query`` unset (built once per dialect)."""
    statement = _MATCH_STATEMENTS.get(dialect)
    if statement is None:
        if dialect == "sqlite":
            # Names weigh so much more than descriptions that a name match outranks any
            # description-only match (bm25's term weights stay within a small factor).
            sql = (
                f"SELECT service_id, -bm25({SEARCH_TABLE}, 0.0, {SQLITE_NAMES_WEIGHT}, 1.0) "
                f"AS score FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :fts_query"
            )
        else:
            sql = (
                f"SELECT s.service_id, {PG_SCORE} AS score "
                f"FROM {SEARCH_TABLE} s, to_tsquery('simple', :fts_query) AS q(query) "
                "WHERE s.document @@ q.query"
            )
        statement = _MATCH_STATEMENTS[dialect] = (
            text(sql)
            .bindparams(bindparam("fts_query", type_=String()))
            .columns(service_id=String(), score=Float())
        )
    return statement


def match_clause(dialect: str, words: Sequence[str]) -> TextualSelect:
    """A query of ``(service_id, score)`` for services matching every word as a prefix.

    Higher scores are better matches. ``words`` must come from ``query_words``.
    """
    expression = match_expression(dialect, words)
    return match_statement(dialect).bindparams(fts_query=expression)


def raw_match_ids(session: Session, user_text: str, limit: int) -> list[str]:
    """The bare full-text query (best matches first): the yardstick of the benchmark."""
    words = query_words(user_text)
    if not words:
        return []
    clause = match_clause(session.get_bind().dialect.name, words).subquery()
    rows = session.execute(select(clause.c.service_id).order_by(clause.c.score.desc()).limit(limit))
    return [r[0] for r in rows]


def _documents(conn: Connection, service_ids: Sequence[str] | None) -> list[tuple[str, str, str]]:
    svc = Service.__table__
    org = Organization.__table__
    query = select(
        svc.c.id,
        svc.c.name,
        svc.c.alternate_name,
        svc.c.description,
        svc.c.eligibility_description,
        org.c.name,
        org.c.alternate_name,
    ).select_from(svc.outerjoin(org, svc.c.organization_id == org.c.id))
    attr = Attribute.__table__
    term = TaxonomyTerm.__table__
    terms_query = (
        select(attr.c.link_id, term.c.name, term.c.code)
        .select_from(attr.join(term, attr.c.taxonomy_term_id == term.c.id))
        .where(attr.c.active.is_(True), term.c.active.is_(True))
    )
    rows = []
    term_rows = []
    if service_ids is None:
        rows = list(conn.execute(query))
        term_rows = list(conn.execute(terms_query))
    else:
        for start in range(0, len(service_ids), _BATCH):
            chunk = list(service_ids[start : start + _BATCH])
            rows.extend(conn.execute(query.where(svc.c.id.in_(chunk))))
            term_rows.extend(conn.execute(terms_query.where(attr.c.link_id.in_(chunk))))
    terms: dict[str, list[str]] = defaultdict(list)
    for link_id, name, code in term_rows:
        terms[link_id].extend(v for v in (name, code) if v)
    documents = []
    for sid, name, alt, desc, elig, org_name, org_alt in rows:
        names = " ".join(search_tokens(" ".join(v for v in (name, alt, org_name, org_alt) if v)))
        body = " ".join(search_tokens(" ".join([desc or "", elig or "", *terms.get(sid, [])])))
        documents.append((sid, names, body))
    return documents


def _write(conn: Connection, documents: Iterable[tuple[str, str, str]]) -> None:
    params = [{"sid": s, "names": n, "body": b} for s, n, b in documents]
    if not params:
        return
    if conn.dialect.name == "sqlite":
        statement = text(
            f"INSERT INTO {SEARCH_TABLE} (service_id, names, body) VALUES (:sid, :names, :body)"
        )
    else:
        statement = text(
            f"INSERT INTO {SEARCH_TABLE} (service_id, document, names) VALUES (:sid, "
            "setweight(to_tsvector('simple', :names), 'A') || "
            "setweight(to_tsvector('simple', :body), 'D'), "
            "setweight(to_tsvector('simple', :names), 'A'))"
        )
    for start in range(0, len(params), 5000):
        conn.execute(statement, params[start : start + 5000])


def rebuild_on_connection(conn: Connection) -> None:
    """Replace every document (in the connection's transaction)."""
    conn.execute(text(f"DELETE FROM {SEARCH_TABLE}"))
    _write(conn, _documents(conn, None))


def rebuild(session: Session) -> None:
    """Replace every document, in the session's transaction (after a bulk write).

    On PostgreSQL the planner statistics of the tables a search reads are refreshed as well
    (``ANALYZE``, transactional, and it counts the rows this transaction wrote): after a bulk
    load, tables whose statistics are missing or stale get sequential scans for the lookups by
    service id that a search makes, several milliseconds each, until autovacuum (if enabled at
    all) gets round to them.
    """
    session.flush()
    conn = session.connection()
    rebuild_on_connection(conn)
    if conn.dialect.name == "postgresql":
        for table in _SEARCHED_TABLES:
            conn.execute(text(f"ANALYZE {table}"))


def refresh(session: Session, service_ids: Iterable[str]) -> None:
    """Rewrite the documents of some services, in the session's transaction."""
    session.flush()
    refresh_on_connection(session.connection(), service_ids)


def refresh_on_connection(conn: Connection, service_ids: Iterable[str]) -> None:
    """Rewrite the documents of some services, in the connection's transaction."""
    ids = sorted(set(service_ids))
    if not ids:
        return
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        conn.execute(
            text(f"DELETE FROM {SEARCH_TABLE} WHERE service_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": chunk},
        )
    _write(conn, _documents(conn, ids))


def _touched_services(session: Session, conn: Connection) -> set[str]:
    services: set[str] = set()
    organizations: set[str] = set()
    terms: set[str] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Service):
            services.add(obj.id)
        elif isinstance(obj, Organization):
            organizations.add(obj.id)
        elif isinstance(obj, Attribute):
            services.add(obj.link_id)
        elif isinstance(obj, TaxonomyTerm):
            terms.add(obj.id)
    svc = Service.__table__
    attr = Attribute.__table__
    if organizations:
        services.update(
            conn.execute(select(svc.c.id).where(svc.c.organization_id.in_(organizations))).scalars()
        )
    if terms:
        services.update(
            conn.execute(select(attr.c.link_id).where(attr.c.taxonomy_term_id.in_(terms))).scalars()
        )
    return services


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush_context: UOWTransaction, *_args: Any) -> None:
    if not any(
        isinstance(obj, (Service, Organization, Attribute, TaxonomyTerm))
        for obj in (*session.new, *session.dirty, *session.deleted)
    ):
        return
    conn = session.connection()
    if not conn.dialect.has_table(conn, SEARCH_TABLE):
        return  # a database before migration 0002
    services = _touched_services(session, conn)
    svc = Service.__table__
    existing: set[str] = set()
    for start in range(0, len(services), _BATCH):
        chunk = sorted(services)[start : start + _BATCH]
        existing.update(conn.execute(select(svc.c.id).where(svc.c.id.in_(chunk))).scalars())
    gone = services - existing
    if gone:
        conn.execute(
            text(f"DELETE FROM {SEARCH_TABLE} WHERE service_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": sorted(gone)},
        )
    refresh_on_connection(conn, existing)
