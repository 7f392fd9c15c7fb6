"""Per-database secrets kept in the keyring: the audit chain key, the caller-matching key.

A key is stored under ``<purpose>/<database id>``. A workstation that lacks a key the database
already depends on must not invent a new one (that would break the audit chain or hide repeat
callers); it says so plainly instead.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from counselor_app.db.models import CenterSetting
from counselor_app.domain.errors import KnownError
from counselor_app.services.credentials import CredentialStore

DATABASE_ID_KEY = "database_id"

CENTER_KEY = "center-key"
"""Wraps (encrypts) the database's data keys, which live in the database itself."""
AUDIT_KEY = "audit-hmac"
"""Keys the audit chain's HMAC."""
MATCH_KEY = "caller-match"
"""Keys the hashes that recognise repeat callers."""
ENROLLABLE_PURPOSES = (CENTER_KEY, AUDIT_KEY, MATCH_KEY)
"""Every keyring secret a workstation needs for one database (what enrollment carries)."""


def database_id(session: Session) -> str:
    """The id this database was given when it was created (keys are stored under it)."""
    value = session.get(CenterSetting, DATABASE_ID_KEY)
    if value is None:
        raise KnownError(
            "This database has not been set up.", "Run 'counselor-app db upgrade' first."
        )
    return value.value


class DatabaseKeys:
    """Keys of the databases this workstation uses, cached after the first keyring read."""

    def __init__(self, credentials: CredentialStore) -> None:
        self._credentials = credentials
        self._cache: dict[str, bytes] = {}
        self._database_ids: dict[str, str] = {}
        self._rules: dict[str, Callable[[Session], bool]] = {}

    @property
    def credentials(self) -> CredentialStore:
        """The keyring these keys are kept in."""
        return self._credentials

    def register(self, purpose: str, may_create: Callable[[Session], bool]) -> None:
        """Declare when a key for ``purpose`` may be made (nothing in the database needs it).

        The service that uses the key registers its rule, so enrollment and the workstation
        status can tell "not created yet" from "this workstation lacks it".
        """
        self._rules[purpose] = may_create

    def rules(self) -> dict[str, Callable[[Session], bool]]:
        """Every registered purpose and its rule."""
        return dict(self._rules)

    def forget(self) -> None:
        """Drop the cached keys (after an enrollment replaced them in the keyring)."""
        self._cache.clear()

    def get(self, session: Session, purpose: str, may_create: Callable[[Session], bool]) -> bytes:
        """The key for ``purpose``; created only when ``may_create`` says nothing depends on it."""
        url = str(session.get_bind().engine.url)
        if url not in self._database_ids:
            self._database_ids[url] = database_id(session)
        name = f"{purpose}/{self._database_ids[url]}"
        if name in self._cache:
            return self._cache[name]
        key = self._credentials.get_key(name)
        if key is None:
            if not may_create(session):
                raise KnownError(
                    "This workstation does not hold the keys of this database.",
                    "Ask an administrator to enroll this workstation; nothing was changed.",
                )
            key = self._credentials.create_key(name)
        self._cache[name] = key
        return key
