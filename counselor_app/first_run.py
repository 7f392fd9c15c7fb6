"""The first start of a workstation: what the first-run wizard asks the composition root to do.

``needs_first_run`` tells an empty machine (no settings file, no embedded database, no
``--database``) from a configured one. ``FirstRunSetup`` tests a shared database's address,
opens the chosen database (creating the schema and its keys when it is empty) and, at the end,
writes the settings. Until ``finish`` nothing is written to the settings file.

Cancelling (``cancel``) undoes what this run did on this workstation:

* the PostgreSQL password it put in the keyring is removed (the entry it replaced is restored);
* an embedded database file it created is deleted, unless the first administrator was already
  created in it: that database is complete and usable, so it is kept (the embedded database is
  the default, so the next start opens it and asks to sign in instead of showing the wizard).

On a shared PostgreSQL database, a schema or an administrator created before cancelling stays:
they are complete, other workstations may already use them, and the next run of the wizard
finds the accounts and offers to sign in.
"""

from __future__ import annotations

import logging
from pathlib import Path

from argon2 import PasswordHasher
from keyring.backend import KeyringBackend

from counselor_app.app import (
    AppContext,
    build_context,
    database_password_key,
    prepare_schema,
)
from counselor_app.config import Settings, default_database_url, save_settings, settings_path
from counselor_app.db.engine import Database, parse_url
from counselor_app.domain.first_run import DatabaseReady, SharedDatabase
from counselor_app.services.credentials import CredentialStore

log = logging.getLogger(__name__)

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def embedded_database_path() -> Path:
    """The embedded SQLite database file in the platform data folder."""
    database = parse_url(default_database_url()).database
    assert database is not None
    return Path(database)


def needs_first_run(database_option: str | None = None, settings_file: Path | None = None) -> bool:
    """True on an empty machine: no ``--database``, no settings file, no embedded database."""
    if database_option:
        return False
    if (settings_file or settings_path()).exists():
        return False
    return not embedded_database_path().exists()


class FirstRunSetup:
    """Opens the database the wizard chose; saves the settings at the end, or undoes on cancel."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        settings_file: Path | None = None,
        keyring_backend: KeyringBackend | None = None,
        password_hasher: PasswordHasher | None = None,
    ) -> None:
        self._settings = settings or Settings()
        self._settings_file = settings_file
        self._keyring_backend = keyring_backend
        self._password_hasher = password_hasher
        self._context: AppContext | None = None
        self._url: str | None = None
        self._created_file: Path | None = None
        self._stored_password: tuple[str, str | None] | None = None
        """The keyring entry this run wrote, and the value it replaced (restored on cancel)."""

    # --- what the wizard shows -------------------------------------------------------------

    def embedded_location(self) -> str:
        """Where the embedded database is created."""
        return str(embedded_database_path())

    @property
    def services(self) -> AppContext:
        """The services of the opened database."""
        if self._context is None:
            raise RuntimeError("no database is open yet")
        return self._context

    @property
    def opened(self) -> AppContext | None:
        """The services of the opened database, if any (to close them at exit)."""
        return self._context

    # --- worker-thread actions -------------------------------------------------------------

    def test_shared(self, shared: SharedDatabase, password: str) -> str:
        """Connect once to the shared database; its location, or ``DatabaseUnavailableError``.

        Nothing is stored: the password is used for this connection only.
        """
        shared.require_valid()
        database = Database(shared.url(), password=password or None)
        try:
            database.ping()
            return database.location
        finally:
            database.dispose()

    def open_embedded(self) -> DatabaseReady:
        """Open (creating it if needed) the embedded database and bring its schema up to date."""
        self._discard_opened()
        path = embedded_database_path()
        created = not path.exists()
        try:
            return self._open(default_database_url(), embedded=True)
        finally:
            if created and path.exists():
                self._created_file = path

    def open_shared(self, shared: SharedDatabase, password: str) -> DatabaseReady:
        """Store the password in the keyring, connect, and create the schema if it is empty."""
        shared.require_valid()
        self._discard_opened()
        url = shared.url()
        credentials = CredentialStore(self._keyring_backend)
        if password:
            key = database_password_key(url)
            self._stored_password = (key, credentials.get(key))
            credentials.set(key, password)
        try:
            return self._open(url, embedded=False)
        except BaseException:
            self._restore_password()
            raise

    def _open(self, url: str, *, embedded: bool) -> DatabaseReady:
        context = build_context(
            url,
            settings=self._settings,
            keyring_backend=self._keyring_backend,
            password_hasher=self._password_hasher,
        )
        try:
            context.database.ping()
            prepare_schema(context)
            ready = DatabaseReady(
                location=context.database.location,
                embedded=embedded,
                needs_first_administrator=context.auth.needs_first_administrator(),
                enrolled=context.enrollment.status().enrolled,
            )
        except BaseException:
            context.close()
            raise
        self._context = context
        self._url = url
        return ready

    # --- the end ---------------------------------------------------------------------------

    def finish(self) -> None:
        """Write the settings: this workstation's database from now on (never its password)."""
        if self._context is None or self._url is None:
            raise RuntimeError("no database was chosen")
        embedded = self._context.database.is_sqlite and self._url == default_database_url()
        save_settings(
            self._settings.replace(database_url="" if embedded else self._url),
            self._settings_file,
        )
        self._created_file = None
        self._stored_password = None

    def cancel(self) -> None:
        """Undo this run: close the database, remove the stored password, an empty new file."""
        keep_file = False
        if self._context is not None and self._created_file is not None:
            try:
                keep_file = not self._context.auth.needs_first_administrator()
            except Exception:  # noqa: BLE001 - unreadable: certainly not complete
                log.warning("the new embedded database could not be checked; removing it")
        self._discard_opened(keep_file=keep_file)

    def _discard_opened(self, *, keep_file: bool = False) -> None:
        if self._context is not None:
            self._context.close()
            self._context = None
            self._url = None
        self._restore_password()
        if self._created_file is not None and not keep_file:
            for suffix in ("", *SQLITE_SIDE_FILES):
                Path(f"{self._created_file}{suffix}").unlink(missing_ok=True)
        self._created_file = None

    def _restore_password(self) -> None:
        if self._stored_password is None:
            return
        key, previous = self._stored_password
        self._stored_password = None
        credentials = CredentialStore(self._keyring_backend)
        if previous is None:
            credentials.delete(key)
        else:
            credentials.set(key, previous)
