"""Engines for the two supported databases, behind one ``Database`` object.

* SQLite (embedded default): WAL journal, ``synchronous=FULL``, a busy timeout, foreign keys on,
  and write transactions that begin ``IMMEDIATE`` so two writers queue instead of deadlocking.
* PostgreSQL (shared): psycopg 3, ``pool_pre_ping``, a connect timeout and an application name.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from counselor_app.domain.errors import ConfigurationError, DatabaseUnavailableError

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 15_000
PG_CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "counselor-desk"


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of an SQLite database file."""
    return f"sqlite:///{path}"


def parse_url(url: str) -> URL:
    """Parse and check a database URL; only SQLite and PostgreSQL are accepted."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigurationError(
            "The database address is not a valid URL.",
            "Use sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.",
        ) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if parsed.drivername != "sqlite":
            parsed = parsed.set(drivername="sqlite")
        return parsed
    raise ConfigurationError(
        f"The database type '{backend}' is not supported.",
        "Use SQLite (sqlite:///PATH) or PostgreSQL (postgresql://USER@HOST/DATABASE).",
    )


def describe_url(url: URL) -> str:
    """Where the data lives, for the status bar: a file path or ``host:port/db``. No password."""
    if url.get_backend_name() == "sqlite":
        return url.database or "in-memory"
    port = f":{url.port}" if url.port else ""
    return f"{url.host or 'localhost'}{port}/{url.database or ''}"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself, so writes can use BEGIN IMMEDIATE.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """One database: its engine and the session factories for reading and writing."""

    def __init__(self, url: str, *, password: str | None = None, echo: bool = False) -> None:
        parsed = parse_url(url)
        if password is not None and parsed.get_backend_name() == "postgresql":
            parsed = parsed.set(password=password)
        self.url = parsed
        self.dialect = parsed.get_backend_name()
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            self.engine = create_engine(parsed, echo=echo)
            _configure_sqlite(self.engine)
            write_bind: Engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            self.engine = create_engine(
                parsed,
                echo=echo,
                pool_pre_ping=True,
                pool_size=5,
                max_overflow=5,
                connect_args={
                    "connect_timeout": PG_CONNECT_TIMEOUT_S,
                    "application_name": APPLICATION_NAME,
                },
            )
            write_bind = self.engine
        self._read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=write_bind, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded database."""
        return self.dialect == "sqlite"

    @property
    def location(self) -> str:
        """File path or host, for people (never the password)."""
        return describe_url(self.url)

    def new_session(self, *, write: bool) -> Session:
        """A new Session; write sessions take SQLite's write lock when they begin."""
        return (self._write_sessions if write else self._read_sessions)()

    def ping(self) -> None:
        """Check that the database answers; raise ``DatabaseUnavailableError`` if not."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except (OperationalError, DBAPIError) as exc:
            raise unavailable(self, exc) from None

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def unavailable(
    database: Database, exc: BaseException, *, transient: bool | None = None
) -> DatabaseUnavailableError:
    """A person-readable error for a database that cannot be reached (no credentials in it).

    ``transient`` (worth retrying) defaults to True for a server that cannot be reached and
    False for a refused sign-in, a failed certificate check, a missing database or SQLite file.
    """
    log.warning("database unavailable: %s", type(exc).__name__)
    if database.is_sqlite:
        return DatabaseUnavailableError(
            f"The database file {database.location} cannot be opened.",
            "Check that the folder exists, is writable and is not on a network share.",
            transient=bool(transient),
        )
    detail = str(getattr(exc, "orig", exc)).lower()
    if "password authentication failed" in detail or "no password supplied" in detail:
        return DatabaseUnavailableError(
            f"The shared database at {database.location} refused the sign-in of this workstation.",
            "The stored database password is missing or wrong; an administrator can set it "
            "with 'counselor-app db password'.",
        )
    if "ssl" in detail or "certificate" in detail:
        return DatabaseUnavailableError(
            f"A secure (TLS) connection to the shared database at {database.location} failed.",
            "The server certificate could not be verified; tell your administrator.",
        )
    if "does not exist" in detail:
        return DatabaseUnavailableError(
            f"The shared database at {database.location} does not exist or the user is unknown.",
            "Check the database address with your administrator.",
        )
    return DatabaseUnavailableError(
        f"The shared database at {database.location} cannot be reached.",
        "Check the network connection; if it persists, tell your administrator.",
        transient=True if transient is None else transient,
    )


def database_now(session: Session) -> datetime:
    """The database server's clock, as an aware UTC datetime."""
    if session.get_bind().dialect.name == "sqlite":
        raw = session.execute(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")).scalar_one()
        return datetime.fromisoformat(str(raw)).replace(tzinfo=UTC)
    value = session.execute(text("SELECT clock_timestamp()")).scalar_one()
    assert isinstance(value, datetime)
    return value.astimezone(UTC)
