"""The unit of work: one short transaction per user action, rolled back unless committed."""

from __future__ import annotations

import logging
from types import TracebackType

from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from counselor_app.db.engine import Database, unavailable
from counselor_app.domain.errors import (
    ConflictError,
    DatabaseBusyError,
    KnownError,
    PermissionDeniedError,
)

log = logging.getLogger(__name__)


class UnitOfWork:
    """``with UnitOfWork(db) as uow: ...; uow.commit()``.

    Leaving the block without ``commit()`` rolls back. A stale versioned write becomes a
    ``ConflictError``; a lost or refused connection becomes ``DatabaseUnavailableError``.
    Use one unit of work per thread; never share its session.
    """

    def __init__(self, database: Database, *, write: bool = True) -> None:
        self.database = database
        self.write = write
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The Session of this unit of work (only inside the ``with`` block)."""
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self.database.new_session(write=self.write)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            # close() rolls back anything uncommitted and detaches loaded objects intact.
            session.close()
        except DBAPIError:  # the connection may already be gone; nothing was committed
            log.debug("closing the session failed after an error")
        finally:
            self._session = None
        if exc is not None:
            translated = translate_error(self.database, exc)
            if translated is not None:
                raise translated from None

    def commit(self) -> None:
        """Commit everything done in this unit of work."""
        try:
            self.session.commit()
        except Exception as exc:
            translated = translate_error(self.database, exc)
            if translated is not None:
                raise translated from None
            raise

    def flush(self) -> None:
        """Send pending changes without committing (to get defaults and check constraints)."""
        self.session.flush()


SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
LOCK_NOT_AVAILABLE = "55P03"
_BUSY_STATES = frozenset({SERIALIZATION_FAILURE, DEADLOCK_DETECTED, LOCK_NOT_AVAILABLE})
_CONNECTION_STATE_CLASSES = ("08", "57")
"""Connection exceptions (08xxx) and operator intervention (57P01 admin shutdown...)."""
_SQLITE_BUSY_CODES = frozenset({5, 6})  # SQLITE_BUSY, SQLITE_LOCKED


def _sqlstate(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(getattr(orig, "sqlstate", "") or "")


def is_busy(exc: BaseException) -> bool:
    """True for a serialization failure, a deadlock or a lock the database could not get."""
    if _sqlstate(exc) in _BUSY_STATES:
        return True
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlite_errorcode", None)
    return code is not None and (int(code) & 0xFF) in _SQLITE_BUSY_CODES


def is_dropped_connection(exc: BaseException) -> bool:
    """True when the connection broke or the server went away (worth a whole new attempt)."""
    if isinstance(exc, DisconnectionError):
        return True
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    state = _sqlstate(exc)
    if state:
        return state.startswith(_CONNECTION_STATE_CLASSES)
    # psycopg raises OperationalError without a SQLSTATE when it cannot connect at all.
    return isinstance(exc, OperationalError) and _looks_unreachable(exc)


def _looks_unreachable(exc: OperationalError) -> bool:
    detail = str(exc.orig).lower()
    refused = ("password", "ssl", "certificate", "does not exist", "unable to open")
    return not any(word in detail for word in refused)


def translate_error(database: Database, exc: BaseException) -> Exception | None:
    """The ``KnownError`` an SQLAlchemy failure stands for, or None when it is a bug.

    A serialization failure, deadlock or busy SQLite file becomes ``DatabaseBusyError``; a lost
    or refused connection ``DatabaseUnavailableError`` (``transient`` when retrying may help).
    ``run_unit_of_work`` retries both.
    """
    if isinstance(exc, StatementError) and isinstance(exc.orig, KnownError):
        return exc.orig  # raised by a column type (a missing or damaged encryption key)
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "Someone else changed this record while you were working on it.",
            "Nothing was overwritten. Reload it to see their change, then apply yours again.",
        )
    if isinstance(exc, DBAPIError) and is_busy(exc):
        log.info("database busy (%s); the unit of work may be retried", _sqlstate(exc) or "sqlite")
        return DatabaseBusyError(
            "The database was too busy to save this change just now.",
            "Nothing was lost. Try again in a moment.",
        )
    if isinstance(exc, DisconnectionError):
        return unavailable(database, exc, transient=True)
    if isinstance(exc, DBAPIError) and is_refused_by_database(exc):
        log.warning("the database refused a change: %s", type(exc.orig).__name__)
        return PermissionDeniedError(
            "The database refused this change: it is not allowed for your role, or the record "
            "is part of a log that is never changed.",
            "Nothing was saved. If you need this change, tell your administrator.",
        )
    if isinstance(exc, OperationalError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    ):
        transient = is_dropped_connection(exc) and not (
            database.is_sqlite and not getattr(exc, "connection_invalidated", False)
        )
        return unavailable(database, exc, transient=transient)
    return None


APPEND_ONLY_MARK = "rows are append-only"
"""Part of the message of the triggers that guard the audit trail and the disclosure log."""


def is_refused_by_database(exc: DBAPIError) -> bool:
    """True when the database refused a statement on privilege grounds (grant or trigger)."""
    if getattr(exc.orig, "sqlstate", None) == "42501":  # PostgreSQL insufficient_privilege
        return True
    return APPEND_ONLY_MARK in str(exc.orig)
