"""The append-only triggers of the log tables, and the one sanctioned exception: re-sealing.

``audit_events`` and ``disclosures`` refuse UPDATE, DELETE and TRUNCATE (migration 0009). A key
rotation must still re-encrypt the disclosure log's sealed columns under the new data key, or the
old key could never be retired. It does so in its own short transaction that suspends the table's
trigger, replaces sealed values by compare-and-swap (same plaintext, new key) and restores the
trigger before committing, so no other transaction ever sees the table unguarded:

* PostgreSQL: ``ALTER TABLE … DISABLE/ENABLE TRIGGER`` — only the table's owner may, so a key
  rotation runs with the schema owner's login (workstation logins are refused, as they should be);
  the ALTER holds the table's lock until commit.
* SQLite: ``DROP TRIGGER`` / ``CREATE TRIGGER`` inside the transaction (DDL is transactional).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

LOG_TABLES = ("audit_events", "disclosures")

PG_FUNCTION = """
CREATE FUNCTION counselor_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def sqlite_trigger(table: str, action: str) -> tuple[str, str]:
    """(name, CREATE statement) of the SQLite trigger refusing ``action`` on ``table``."""
    name = f"{table}_no_{action.lower()}"
    create = (
        f"CREATE TRIGGER {name} BEFORE {action.upper()} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{table} rows are append-only: "
        f"{action.upper()} is not allowed'); END"
    )
    return name, create


def pg_row_trigger(table: str) -> tuple[str, str]:
    """(name, CREATE statement) of the PostgreSQL row trigger refusing UPDATE and DELETE."""
    name = f"{table}_append_only"
    create = (
        f"CREATE TRIGGER {name} BEFORE UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION counselor_append_only()"
    )
    return name, create


def suspend_for_resealing(session: Session, table: str) -> None:
    """Let this transaction UPDATE ``table`` (a log table); ``restore`` before committing."""
    if session.get_bind().dialect.name == "sqlite":
        name, _ = sqlite_trigger(table, "UPDATE")
        session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    else:
        name, _ = pg_row_trigger(table)
        session.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {name}"))


def restore(session: Session, table: str) -> None:
    """Guard ``table`` again (in the same transaction as ``suspend_for_resealing``)."""
    if session.get_bind().dialect.name == "sqlite":
        _, create = sqlite_trigger(table, "UPDATE")
        session.execute(text(create))
    else:
        name, _ = pg_row_trigger(table)
        session.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {name}"))
