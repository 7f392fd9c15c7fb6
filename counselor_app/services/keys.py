"""Per-database secrets kept in the keyring: the audit chain key, the caller-matching key.

A key is stored under ``<purpose>/<database id>``. A workstation that lacks a key the database
already depends on must not invent a new one (that would break the audit chain or hide repeat
callers); it says so plainly instead.
"""

from __future__ import annotations

import base64
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Column, Connection, Table, Text, case, func, select, text, update
from sqlalchemy import column as sa_column
from sqlalchemy import table as sa_table
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ColumnClause, TableClause

from counselor_app.db import append_only
from counselor_app.db.base import Base
from counselor_app.db.crypto import (
    NONCE_BYTES,
    PREFIX,
    CipherSlot,
    DamagedValueError,
    EncryptedFloat,
    EncryptedText,
    FieldCipher,
    attach_cipher,
    new_data_key,
)
from counselor_app.db.engine import Database, database_now
from counselor_app.db.models import CenterSetting, DataKey
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, Role, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.errors import KnownError, MissingKeysError, PermissionDeniedError
from counselor_app.services.authz import authorize
from counselor_app.services.credentials import CredentialStore

if TYPE_CHECKING:
    from counselor_app.services.audit import AuditTrail

log = logging.getLogger(__name__)

DATABASE_ID_KEY = "database_id"

CENTER_KEY = "center-key"
"""Wraps (encrypts) the database's data keys, which live in the database itself."""
AUDIT_KEY = "audit-hmac"
"""Keys the audit chain's HMAC."""
MATCH_KEY = "caller-match"
"""Keys the hashes that recognise repeat callers."""
ENROLLABLE_PURPOSES = (CENTER_KEY, AUDIT_KEY, MATCH_KEY)
"""Every keyring secret a workstation needs for one database (what enrollment carries)."""


def database_id(bind: Session | Connection) -> str:
    """The id this database was given when it was created (keys are stored under it)."""
    value = bind.execute(
        select(CenterSetting.value).where(CenterSetting.key == DATABASE_ID_KEY)
    ).scalar()
    if value is None:
        raise KnownError(
            "This database has not been set up.", "Run 'counselor-app db upgrade' first."
        )
    return str(value)


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
                raise MissingKeysError()
            key = self._credentials.create_key(name)
        self._cache[name] = key
        return key


# --- data keys: encryption at rest ---------------------------------------------------------------

KEYS_LOCK_KEY = 0x0C0DE6E
"""PostgreSQL advisory lock id held while data keys are created or rotated."""
REENCRYPT_BATCH = 200
"""Values re-encrypted per short transaction."""
MAX_PASSES = 20
"""Re-encryption passes before giving up on values that keep changing under it."""


@dataclass(frozen=True, slots=True)
class DataKeyCount:
    """How many stored values one data key seals."""

    key_id: str
    generation: int
    created_at: datetime
    current: bool
    values: int


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """What ``keys status`` reports: values per data key, plaintext left, unknown keys."""

    keys: tuple[DataKeyCount, ...]
    plaintext: int
    unknown: int
    """Values sealed under a key id the ``data_keys`` table does not list (should be 0)."""

    @property
    def current(self) -> DataKeyCount | None:
        """The data key new values are sealed with."""
        return next((k for k in self.keys if k.current), None)

    def not_current(self) -> int:
        """Values a rotation still has to re-encrypt."""
        return self.plaintext + self.unknown + sum(k.values for k in self.keys if not k.current)


@dataclass(frozen=True, slots=True)
class RotationResult:
    """What one rotation did."""

    key_id: str
    generation: int
    reencrypted: int
    passes: int
    remaining: int
    damaged: int


def encrypted_columns() -> list[tuple[Table, Column[Any], str]]:
    """Every encrypted column of the schema: (table, column, the name bound into its values)."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, EncryptedText | EncryptedFloat):
                found.append((table, column, column.type.column))
    return found


def _raw_column(table: Table, column: Column[Any]) -> tuple[TableClause, ColumnClause[Any]]:
    """``table`` with ``id`` and ``column`` as stored (no encryption hook, no ``onupdate``)."""
    raw = sa_table(table.name, sa_column("id", table.c.id.type), sa_column(column.name, Text()))
    return raw, raw.c[column.name]


def _wrap_aad(database: str, key_id: str) -> bytes:
    return f"data-key/{database}/{key_id}".encode()


def _new_key_id() -> str:
    return secrets.token_hex(6)


def no_data_keys_yet(session: Session) -> bool:
    """The center key may be made while the database has no data key for it to wrap."""
    return not session.scalar(select(func.count()).select_from(DataKey))


class DataKeys:
    """The data keys of one database, unlocked into the cipher its engine's columns use.

    The center key (keyring ``center-key/<database id>``) wraps every data key; the wrapped
    keys live in ``data_keys``. The first workstation of a database without data keys creates
    both; a workstation without the center key stays locked (``MissingKeysError`` on every
    sensitive value) and never invents one. Nothing connects until ``open()`` or a first use.
    """

    def __init__(
        self,
        database: Database,
        credentials: CredentialStore,
        audit: AuditTrail,
        *,
        refresh_after: float = 60.0,
    ) -> None:
        self._db = database
        self._credentials = credentials
        self._audit = audit
        self._unwrapped: dict[str, bytes] = {}
        self.slot = CipherSlot(self._reload, refresh_after=refresh_after)
        attach_cipher(database.engine, self.slot)

    @property
    def unlocked(self) -> bool:
        """True when this workstation holds the keys (after ``open()`` or a first use)."""
        return self.slot.cipher is not None

    # --- unlocking ------------------------------------------------------------------------------

    def open(self) -> bool:
        """Load the data keys, creating the first ones on a database that has none.

        Returns False (and stays locked, logging no secret) when this workstation lacks the
        center key: it then shows and stores nothing sensitive until it is enrolled.
        """
        try:
            self.unlock(may_create=True)
        except MissingKeysError:
            log.warning("this workstation does not hold the keys of the database")
            return False
        return True

    def unlock(self, *, may_create: bool = False) -> None:
        """Load the data keys or raise ``MissingKeysError``."""
        cipher = self._load()
        if cipher is None:
            if not may_create:
                raise MissingKeysError()
            cipher = self._create_first()
        self.slot.set(cipher)

    def _reload(self) -> FieldCipher | None:
        try:
            return self._load()
        except MissingKeysError:
            return None

    def _center_key(self, database: str) -> bytes | None:
        return self._credentials.get_key(f"{CENTER_KEY}/{database}")

    def _load(self) -> FieldCipher | None:
        """A cipher over every data key, or None when the database has none yet."""
        with self._db.engine.connect() as conn:
            database = database_id(conn)
            rows = conn.execute(select(DataKey.id, DataKey.generation, DataKey.wrapped_key)).all()
        if not rows:
            return None
        center = self._center_key(database)
        if center is None:
            raise MissingKeysError()
        keys: dict[str, bytes] = {}
        for key_id, _generation, wrapped in rows:
            keys[key_id] = self._unwrap(center, database, key_id, wrapped)
        current = max(rows, key=lambda r: int(r[1]))[0]
        return FieldCipher(keys, current)

    def _unwrap(self, center: bytes, database: str, key_id: str, wrapped: str) -> bytes:
        cached = self._unwrapped.get(key_id)
        if cached is not None:
            return cached
        try:
            raw = base64.urlsafe_b64decode(wrapped.encode("ascii"))
            key = AESGCM(center).decrypt(
                raw[:NONCE_BYTES], raw[NONCE_BYTES:], _wrap_aad(database, key_id)
            )
        except (ValueError, InvalidTag):
            # A center key of another database (or a damaged row): this workstation cannot read.
            raise MissingKeysError() from None
        self._unwrapped[key_id] = key
        return key

    @staticmethod
    def _wrap(center: bytes, database: str, key_id: str, key: bytes) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(center).encrypt(nonce, key, _wrap_aad(database, key_id))
        return base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def _lock(self, session: Session) -> None:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": KEYS_LOCK_KEY})

    def _add_key(self, session: Session, center: bytes, database: str) -> tuple[str, int, bytes]:
        generation = int(session.scalar(select(func.max(DataKey.generation))) or 0) + 1
        key_id, key = _new_key_id(), new_data_key()
        session.add(
            DataKey(
                id=key_id,
                generation=generation,
                wrapped_key=self._wrap(center, database, key_id, key),
                created_at=database_now(session),
            )
        )
        session.flush()
        self._unwrapped[key_id] = key
        return key_id, generation, key

    def _create_first(self) -> FieldCipher:
        with UnitOfWork(self._db) as uow:
            session = uow.session
            self._lock(session)
            database = database_id(session.connection())
            if session.scalar(select(func.count()).select_from(DataKey)):
                # Another workstation created them first: use them if this one may.
                uow.commit()
                cipher = self._load()
                if cipher is None:
                    raise MissingKeysError()
                return cipher
            name = f"{CENTER_KEY}/{database}"
            center = self._credentials.get_key(name) or self._credentials.create_key(name)
            key_id, _generation, key = self._add_key(session, center, database)
            uow.commit()
        log.info("created the center key and the first data key of this database")
        return FieldCipher({key_id: key}, key_id)

    # --- rotation ---------------------------------------------------------------------------

    def rotate(self, user: SignedInUser, *, batch: int = REENCRYPT_BATCH) -> RotationResult:
        """Make a new data key current and re-encrypt every value sealed under another one.

        Administrators only; audited. Old keys are kept, so values stay readable throughout,
        and other workstations keep working (they learn the new key when they meet it).
        """
        from counselor_app.services.audit import Actor  # audit imports this module

        with UnitOfWork(self._db) as uow:
            session = uow.session
            _check_administrator(session, user)
            self._lock(session)
            database = database_id(session.connection())
            center = self._center_key(database)
            if center is None or self._load() is None:
                raise MissingKeysError()
            key_id, generation, _key = self._add_key(session, center, database)
            self._audit.record(
                session, Actor.of(user), AuditAction.CREATE, "data_key", key_id, "rotation"
            )
            uow.commit()
        self.unlock()
        done, passes, remaining, damaged = self.reencrypt(batch=batch)
        with UnitOfWork(self._db) as uow:
            self._audit.record(
                uow.session,
                Actor.of(user),
                AuditAction.UPDATE,
                "data_key",
                key_id,
                f"re-encrypted {done} values; {remaining} left; {damaged} damaged",
            )
            uow.commit()
        return RotationResult(key_id, generation, done, passes, remaining, damaged)

    def reencrypt(self, *, batch: int = REENCRYPT_BATCH) -> tuple[int, int, int, int]:
        """Seal every value not under the current key with it: (done, passes, left, damaged).

        Each value is replaced by a compare-and-swap ``UPDATE … WHERE id = :id AND col =
        :old``, in short transactions of ``batch`` values, without touching the record's
        version: an edit made meanwhile on another workstation is kept (the swap misses and
        the next pass picks the row up) and raises no false conflict there.
        """
        self.unlock()
        done = passes = damaged = 0
        for _ in range(MAX_PASSES):
            passes += 1
            swapped, damaged, missed = self._pass(batch)
            done += swapped
            if swapped == 0 and missed == 0:  # a whole pass found nothing left to do
                break
        remaining = self.status_counts().not_current() - damaged
        return done, passes, max(remaining, 0), damaged

    def _pass(self, batch: int) -> tuple[int, int, int]:
        """One pass over every column: (values swapped, damaged values, swaps missed)."""
        swapped = damaged = missed = 0
        for table, column, bound_name in encrypted_columns():
            raw, value = _raw_column(table, column)
            last: Any = None
            while True:
                cipher = self.slot.for_sealing()
                query = (
                    select(raw.c.id, value)
                    .where(value.is_not(None), value.not_like(f"{PREFIX}:{cipher.current}:%"))
                    .order_by(raw.c.id)
                    .limit(batch)
                )
                if last is not None:
                    query = query.where(raw.c.id > last)
                # Read and re-seal outside the write transaction, so it stays short.
                with UnitOfWork(self._db, write=False) as uow:
                    rows = uow.session.execute(query).all()
                swaps: list[tuple[Any, str, str]] = []
                for row_id, old in rows:
                    try:
                        plain = self.slot.for_opening(old).open(old, bound_name)
                    except DamagedValueError:
                        damaged += 1
                        continue
                    swaps.append((row_id, old, cipher.seal(plain, bound_name)))
                if swaps:
                    done = self._swap(raw, value, swaps)
                    swapped += done
                    missed += len(swaps) - done
                if len(rows) < batch:
                    break
                last = rows[-1][0]
        return swapped, damaged, missed

    def _swap(
        self, raw: TableClause, value: ColumnClause[Any], swaps: list[tuple[Any, str, str]]
    ) -> int:
        """Replace each (id, old, new) only where the value is still ``old``; the count done."""
        done = 0
        log_table = raw.name in append_only.LOG_TABLES
        with UnitOfWork(self._db) as uow:
            if log_table:  # the disclosure log: the same plaintext under the new key only
                append_only.suspend_for_resealing(uow.session, raw.name)
            for row_id, old, new in swaps:
                result = uow.session.execute(
                    update(raw).where(raw.c.id == row_id, value == old).values({value.name: new})
                )
                done += int(result.rowcount)  # type: ignore[attr-defined]
            if log_table:
                append_only.restore(uow.session, raw.name)
            uow.commit()
        return done

    # --- status -----------------------------------------------------------------------------

    def status(self, user: SignedInUser) -> KeyStatus:
        """Values per data key and plaintext left (administrators only)."""
        with UnitOfWork(self._db, write=False) as uow:
            _check_administrator(uow.session, user)
        return self.status_counts()

    def status_counts(self) -> KeyStatus:
        """``status`` without the permission check (for the upgrade and the rotation)."""
        with UnitOfWork(self._db, write=False) as uow:
            session = uow.session
            keys = session.execute(
                select(DataKey.id, DataKey.generation, DataKey.created_at).order_by(
                    DataKey.generation
                )
            ).all()
            counts: dict[str, int] = {}
            for table, column in {(t, c) for t, c, _ in encrypted_columns()}:
                _raw, value = _raw_column(table, column)
                kind = case(
                    (value.not_like(f"{PREFIX}:%"), ""),
                    else_=func.substr(value, len(PREFIX) + 2, 12),
                )
                for which, n in session.execute(
                    select(kind, func.count()).where(value.is_not(None)).group_by(kind)
                ):
                    counts[which] = counts.get(which, 0) + int(n)
        current = keys[-1][0] if keys else None
        known = {k[0] for k in keys}
        return KeyStatus(
            keys=tuple(
                DataKeyCount(k[0], int(k[1]), k[2], k[0] == current, counts.get(k[0], 0))
                for k in keys
            ),
            plaintext=counts.get("", 0),
            unknown=sum(n for which, n in counts.items() if which and which not in known),
        )


def _check_administrator(session: Session, user: SignedInUser) -> None:
    row = authorize(session, user, Permission.SETTINGS_MANAGE)
    if Role(row.role) is not Role.ADMINISTRATOR:
        raise PermissionDeniedError(
            "Only an administrator manages the encryption keys.",
            "Ask an administrator.",
        )
