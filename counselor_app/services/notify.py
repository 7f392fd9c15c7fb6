"""Changes made on other workstations, announced through PostgreSQL LISTEN/NOTIFY.

A service that changes a shared record calls ``notify(session, topic, record_id)`` inside its
unit of work: on PostgreSQL that is a ``NOTIFY topic, 'record_id'`` which the server delivers to
every listening workstation when, and only when, the transaction commits. On SQLite it does
nothing (one workstation; the screens poll every ``refresh_seconds``).

``ChangeListener`` is a thread with its own psycopg connection (autocommit, ``LISTEN`` on each
topic) that republishes what arrives on the in-process ``ChangeBus``. It reconnects with
exponential backoff when the connection drops, announces a refresh of every topic after
reconnecting (notifications sent while it was away are lost), and stops at once when asked.
Payloads are record ids only, never content.
"""

from __future__ import annotations

import logging
import select
import socket
import threading
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from counselor_app.db.engine import PG_CONNECT_TIMEOUT_S, Database
from counselor_app.services.events import ChangeBus

log = logging.getLogger(__name__)

LISTENER_APPLICATION_NAME = "counselor-desk-listener"
KEEPALIVE_SECONDS = 30.0
"""With nothing received for this long the listener checks that its connection still answers."""
BACKOFF_FIRST = 0.5
BACKOFF_MAX = 30.0


def notify(session: Session, topic: str, record_id: str | None = None) -> None:
    """Announce a change to other workstations when ``session``'s transaction commits.

    Does nothing on SQLite. The payload is the record id (at most a UUID), never content.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": topic, "payload": (record_id or "")[:64]},
    )


class ChangeListener:
    """Republishes PostgreSQL notifications of ``topics`` on ``bus`` (a background thread)."""

    def __init__(
        self,
        database: Database,
        bus: ChangeBus,
        topics: Iterable[str],
        *,
        keepalive_seconds: float = KEEPALIVE_SECONDS,
        backoff_first: float = BACKOFF_FIRST,
        backoff_max: float = BACKOFF_MAX,
    ) -> None:
        if database.dialect != "postgresql":
            raise ValueError("LISTEN/NOTIFY needs PostgreSQL")
        self._database = database
        self._bus = bus
        self.topics = tuple(dict.fromkeys(topics))
        self._keepalive = keepalive_seconds
        self._backoff_first = backoff_first
        self._backoff_max = backoff_max
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._wake_read, self._wake_write = socket.socketpair()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.connections = 0
        """How many times a connection was established (tests watch reconnection with it)."""
        self._connection: Any = None

    # --- control ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start listening in the background (no-op when already started)."""
        with self._lock:
            if self._thread is not None or self._stop.is_set():
                return
            self._thread = threading.Thread(
                target=self._run, name="pg-change-listener", daemon=True
            )
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the connection; returns once the thread has ended."""
        self._stop.set()
        try:
            self._wake_write.send(b"x")
        except OSError:
            log.debug("listener wake-up socket already closed")
        with self._lock:
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        for sock in (self._wake_read, self._wake_write):
            sock.close()

    @property
    def running(self) -> bool:
        """True while the thread runs."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    def wait_listening(self, timeout: float) -> bool:
        """Block until the listener has a connection with ``LISTEN`` in force (for tests)."""
        return self._listening.wait(timeout)

    @property
    def backend_pid(self) -> int | None:
        """Server process id of the listening connection (None while not connected)."""
        conn = self._connection
        return int(conn.info.backend_pid) if conn is not None else None

    # --- the thread ------------------------------------------------------------------------

    def _run(self) -> None:
        delay = self._backoff_first
        first = True
        while not self._stop.is_set():
            try:
                conn = self._connect()
            except Exception as exc:  # noqa: BLE001 - any failure means "try again later"
                log.warning("change listener cannot connect (%s); retrying", type(exc).__name__)
                if self._stop.wait(delay):
                    break
                delay = min(delay * 2, self._backoff_max)
                continue
            delay = self._backoff_first
            if not first:
                # Whatever was announced while the connection was down is lost: refresh all.
                for topic in self.topics:
                    self._bus.publish(topic, None)
            first = False
            try:
                self._listen(conn)
            except Exception as exc:  # noqa: BLE001 - a dropped connection: reconnect
                if not self._stop.is_set():
                    log.warning("change listener lost its connection (%s)", type(exc).__name__)
            finally:
                self._listening.clear()
                self._connection = None
                try:
                    conn.close()
                except Exception:  # noqa: BLE001
                    log.debug("closing the listener connection failed")
            if not self._stop.is_set() and self._stop.wait(delay):
                break

    def _connect(self) -> Any:
        import psycopg
        from psycopg import sql

        _args, params = self._database.engine.dialect.create_connect_args(self._database.url)
        params = {k: v for k, v in params.items() if k != "context"}
        params.setdefault("connect_timeout", PG_CONNECT_TIMEOUT_S)
        params["application_name"] = LISTENER_APPLICATION_NAME
        params.setdefault("keepalives", 1)
        params.setdefault("keepalives_idle", int(self._keepalive))
        conn = psycopg.connect(autocommit=True, **params)
        try:
            for topic in self.topics:
                conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(topic)))
        except Exception:
            conn.close()
            raise
        self._connection = conn
        self.connections += 1
        self._listening.set()
        log.info("listening for changes on %s", ", ".join(self.topics))
        return conn

    def _listen(self, conn: Any) -> None:
        """Wait for notifications until stopped; raises when the connection fails."""
        wake = self._wake_read
        while not self._stop.is_set():
            readable, _, _ = select.select([conn.fileno(), wake], [], [], self._keepalive)
            if wake in readable:
                return
            if not readable:
                conn.execute("SELECT 1")  # still there? (raises when it is not)
                continue
            if conn.closed:
                raise ConnectionError("connection closed")
            for note in conn.notifies(timeout=0):
                if note.channel in self.topics:
                    self._bus.publish(note.channel, note.payload or None)
