"""Schema migrations: upgrade a database to the newest revision and compare models to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Enum as SAEnum
from sqlalchemy import String, inspect, text
from sqlalchemy.exc import DBAPIError

from counselor_app.db.base import UTCDateTime
from counselor_app.db.engine import Database, unavailable

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
"""Every revision of the migration history, oldest first (a test checks it against the scripts).

Kept as data so that starting the app needs no alembic import: the schema check at start-up is
one query.
"""
MIGRATION_LOCK_KEY = 0x0C0DE5C  # advisory lock id used while migrating PostgreSQL


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest revision this version of the application knows."""
    return REVISIONS[-1]


def script_revisions() -> list[str]:
    """The revisions of the migration scripts, oldest first (read with alembic)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(database: Database) -> str | None:
    """The revision the database is at (None for an empty database)."""
    try:
        with database.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            value = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return str(value) if value is not None else None
    except DBAPIError as exc:
        raise unavailable(database, exc) from None


def needs_upgrade(database: Database) -> bool:
    """True when the database is behind this version of the application."""
    return current_revision(database) != head_revision()


def upgrade(database: Database, revision: str = "head") -> None:
    """Upgrade the schema (creating it on an empty database)."""
    from alembic import command

    _migrate(database, lambda cfg: command.upgrade(cfg, revision))


def downgrade(database: Database, revision: str) -> None:
    """Downgrade the schema to ``revision`` (for development and migration tests)."""
    from alembic import command

    _migrate(database, lambda cfg: command.downgrade(cfg, revision))


def _migrate(database: Database, step: Callable[[Config], None]) -> None:
    cfg = _config()
    try:
        with database.engine.connect() as conn:
            raw = conn.connection.driver_connection if database.is_sqlite else None
            if raw is not None:
                # Batch mode rebuilds tables that others reference: foreign keys are checked
                # once at the end instead (the pragma is ignored inside a transaction).
                raw.execute("PRAGMA foreign_keys = OFF")
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    step(cfg)
                    if raw is not None and conn.exec_driver_sql("PRAGMA foreign_key_check").first():
                        raise RuntimeError("the migration left rows with dangling references")
            finally:
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys = ON")
    except DBAPIError as exc:
        raise unavailable(database, exc) from None


def schema_differences(database: Database) -> list[Any]:
    """What autogenerate would change to make the database match the models (empty = in sync)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import counselor_app.db.models  # noqa: F401
    from counselor_app.db.base import Base

    with database.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn,
            opts={"compare_type": True, "include_object": include_object},
        )
        return list(compare_metadata(ctx, Base.metadata))


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Leave out objects that are not models: SQLite's own tables and the full-text index.

    The search index (``db.search``: an FTS5 table and its shadow tables on SQLite, a
    ``tsvector`` table with a GIN index on PostgreSQL) is created by migration 0002.
    """
    from counselor_app.db.search import is_search_object

    if type_ == "table" and name is not None and name.startswith("sqlite_"):
        return False
    if type_ == "table" and is_search_object(name):
        return False
    table = getattr(obj, "table", None)
    return not (type_ in ("index", "column") and is_search_object(getattr(table, "name", None)))


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render our column types as plain SQLAlchemy types in migration scripts."""
    if type_ == "type":
        if isinstance(obj, UTCDateTime):
            return "sa.DateTime(timezone=True)"
        if isinstance(obj, SAEnum) and not obj.native_enum:
            return f"sa.String(length={obj.length})"
        if isinstance(obj, String) and type(obj) is String and obj.length is None:
            return "sa.String()"
    return False


def known_revisions() -> set[str]:
    """Every revision in this version's migration history."""
    return set(REVISIONS)
