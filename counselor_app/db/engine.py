"""Engines for the two supported databases, behind one ``Database`` object.

* SQLite (embedded default): WAL journal, ``synchronous=FULL``, a busy timeout, foreign keys on,
  and write transactions that begin ``IMMEDIATE`` so two writers queue instead of deadlocking.
* PostgreSQL (shared): psycopg 3, ``pool_pre_ping``, a connect timeout and an application name.
  TLS is configured in the URL's query, passed to libpq as is: ``sslmode`` (``verify-full`` for
  a shared database), ``sslrootcert`` (the CA file), ``sslcert``/``sslkey`` (client certificate);
  ``~`` in those paths is expanded and an unknown ``sslmode`` is refused here, in plain words.
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

from counselor_app.domain.errors import ConfigurationError, DatabaseUnavailableError, msg

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 15_000
PG_CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "counselor-desk"
ROLE_COMMENT_PREFIX = "counselor-desk:"
"""Comment that marks a database group role made by ``counselor-app db roles`` (then its key)."""
SIGNED_OUT_ROLE_KEY = "signed-out"
"""Key of the group role used while nobody is signed in (sign-in itself, the schema check)."""
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
SSL_FILE_PARAMETERS = ("sslrootcert", "sslcert", "sslkey", "sslcrl")


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
        return _check_tls_query(parsed.set(drivername="postgresql+psycopg"))
    if backend == "sqlite":
        if parsed.drivername != "sqlite":
            parsed = parsed.set(drivername="sqlite")
        return parsed
    raise ConfigurationError(
        msg("The database type '{backend}' is not supported.", backend=backend),
        "Use SQLite (sqlite:///PATH) or PostgreSQL (postgresql://USER@HOST/DATABASE).",
    )


def _check_tls_query(url: URL) -> URL:
    """Refuse an unknown ``sslmode``; expand ``~`` in the certificate paths (libpq does not)."""
    mode = url.query.get("sslmode")
    if mode is not None and mode not in SSL_MODES:
        raise ConfigurationError(
            msg("The database address asks for an unknown TLS mode (sslmode={mode}).", mode=mode),
            "Use sslmode=verify-full with sslrootcert=PATH-TO-CA-FILE for a shared database.",
        )
    expanded = {}
    for name in SSL_FILE_PARAMETERS:
        value = url.query.get(name)
        if isinstance(value, str) and value.startswith("~"):
            expanded[name] = str(Path(value).expanduser())
    return url.update_query_dict(expanded) if expanded else url


def tls_file_problem(url: URL) -> str | None:
    """Why a certificate file named in the URL cannot be used (missing), or None."""
    for name in SSL_FILE_PARAMETERS:
        value = url.query.get(name)
        if isinstance(value, str) and value and value != "system" and not Path(value).is_file():
            return msg(
                "The {name} file {path} named in the database address does not exist.",
                name=name,
                path=value,
            )
    return None


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


_GROUP_ROLES_SQL = """
SELECT substr(d.description, length(%(prefix)s) + 1), r.rolname
FROM pg_catalog.pg_auth_members m
JOIN pg_catalog.pg_roles r ON r.oid = m.roleid
JOIN pg_catalog.pg_shdescription d
  ON d.objoid = r.oid AND d.classoid = 'pg_catalog.pg_authid'::regclass
WHERE m.member = (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = current_user)
  AND d.description LIKE %(prefix)s || '%%'
"""


def _configure_postgresql_roles(engine: Engine, database: Database) -> None:
    """Act as the signed-in person's group role in every transaction, when there are any.

    A workstation login made by ``counselor-app db roles`` is a direct member (NOINHERIT) of
    group roles marked with ``ROLE_COMMENT_PREFIX``; on its own it may do nothing. Each
    transaction begins with ``SET LOCAL ROLE`` to the group of the person signed in on this
    workstation (``Database.act_as``), or to the signed-out group. Any other login (the schema
    owner, a superuser) is a member of no such group and works unchanged.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(_GROUP_ROLES_SQL, {"prefix": ROLE_COMMENT_PREFIX})
            record.info["group_roles"] = {str(key): str(name) for key, name in cursor.fetchall()}
        finally:
            cursor.close()
            dbapi_connection.rollback()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        groups: dict[str, str] = conn.connection.info.get("group_roles") or {}
        if not groups:
            return
        name = groups.get(database.acting_role or SIGNED_OUT_ROLE_KEY)
        if name is None:  # no group for this role: only the signed-out rights
            name = groups.get(SIGNED_OUT_ROLE_KEY)
        if name is not None:
            quoted = name.replace('"', '""')
            conn.exec_driver_sql(f'SET LOCAL ROLE "{quoted}"')


class Database:
    """One database: its engine and the session factories for reading and writing."""

    acting_role: str | None = None
    """The application role (``Role`` value) of the person signed in here, for the database."""

    def __init__(self, url: str, *, password: str | None = None, echo: bool = False) -> None:
        parsed = parse_url(url)
        if password is not None and parsed.get_backend_name() == "postgresql":
            parsed = parsed.set(password=password)
        self.url = parsed
        self.dialect = parsed.get_backend_name()
        if self.dialect == "postgresql":
            problem = tls_file_problem(parsed)
            if problem is not None:
                raise ConfigurationError(
                    problem, "Copy the file there or correct the path in the database address."
                )
        if self.dialect == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            # hide_parameters: a failed statement's message (which can reach a log) never
            # carries the values it was given.
            self.engine = create_engine(parsed, echo=echo, hide_parameters=True)
            _configure_sqlite(self.engine)
            write_bind: Engine = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        else:
            self.engine = create_engine(
                parsed,
                echo=echo,
                hide_parameters=True,
                pool_pre_ping=True,
                pool_size=5,
                max_overflow=5,
                connect_args={
                    "connect_timeout": PG_CONNECT_TIMEOUT_S,
                    "application_name": APPLICATION_NAME,
                },
            )
            write_bind = self.engine
            _configure_postgresql_roles(self.engine, self)
        self._read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=write_bind, expire_on_commit=False)

    def act_as(self, role: str | None) -> None:
        """Work with the database rights of ``role`` from the next transaction (None: signed out).

        Only matters for a workstation login made by ``counselor-app db roles``.
        """
        self.acting_role = role

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
            msg("The database file {location} cannot be opened.", location=database.location),
            "Check that the folder exists, is writable and is not on a network share.",
            transient=bool(transient),
        )
    detail = str(getattr(exc, "orig", exc)).lower()
    if "password authentication failed" in detail or "no password supplied" in detail:
        return DatabaseUnavailableError(
            msg(
                "The shared database at {location} refused the sign-in of this workstation.",
                location=database.location,
            ),
            "The stored database password is missing or wrong; an administrator can set it "
            "with 'counselor-app db password'.",
        )
    if "permission denied" in detail or "must be owner" in detail:
        return DatabaseUnavailableError(
            msg(
                "The shared database at {location} refused this: the database user of "
                "this address lacks the rights for it.",
                location=database.location,
            ),
            "Schema upgrades and 'db roles' need the schema owner's address; workstations "
            "sign in with their own login.",
        )
    if "pg_hba.conf" in detail:
        if "no encryption" in detail:
            return DatabaseUnavailableError(
                msg(
                    "The shared database at {location} accepts only encrypted (TLS) connections.",
                    location=database.location,
                ),
                "Add ?sslmode=verify-full&sslrootcert=PATH-TO-CA-FILE to the database address "
                "(see the administrator guide).",
            )
        return DatabaseUnavailableError(
            msg(
                "The shared database at {location} does not accept connections from this "
                "workstation, user or database.",
                location=database.location,
            ),
            "Its access rules (pg_hba.conf) leave this connection out; tell your administrator.",
        )
    if "ssl" in detail or "certificate" in detail:
        return DatabaseUnavailableError(
            msg(
                "A secure (TLS) connection to the shared database at {location} failed.",
                location=database.location,
            ),
            _tls_hint(detail),
        )
    if "does not exist" in detail:
        return DatabaseUnavailableError(
            msg(
                "The shared database at {location} does not exist or the user is unknown.",
                location=database.location,
            ),
            "Check the database address with your administrator.",
        )
    return DatabaseUnavailableError(
        msg("The shared database at {location} cannot be reached.", location=database.location),
        "Check the network connection; if it persists, tell your administrator.",
        transient=True if transient is None else transient,
    )


def _tls_hint(detail: str) -> str:
    """What to do about a failed TLS connection, from libpq's (lower-cased) message."""
    if "does not match host name" in detail:
        return msg(
            "The server's certificate is for another host name than the one in the database "
            "address; use the name written in the certificate, or tell your administrator."
        )
    if "verify failed" in detail or "unknown ca" in detail or "self-signed" in detail:
        return msg(
            "The server's certificate is not signed by the certificate authority this "
            "workstation trusts (sslrootcert); tell your administrator."
        )
    if "does not support ssl" in detail:
        return msg(
            "The server does not offer TLS but this workstation requires it; tell your "
            "administrator."
        )
    return msg("The server certificate could not be verified; tell your administrator.")


def database_now(session: Session) -> datetime:
    """The database server's clock, as an aware UTC datetime."""
    if session.get_bind().dialect.name == "sqlite":
        raw = session.execute(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")).scalar_one()
        return datetime.fromisoformat(str(raw)).replace(tzinfo=UTC)
    value = session.execute(text("SELECT clock_timestamp()")).scalar_one()
    assert isinstance(value, datetime)
    return value.astimezone(UTC)
