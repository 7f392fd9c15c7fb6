"""Workstation enrollment: carry one database's keys to a new workstation, once, under a passphrase.

An administrator exports an *enrollment file* for the open database. It holds the database id,
the database URL without its password, the keyring secrets of ``ENROLLABLE_PURPOSES`` that
exist and, for PostgreSQL, the database password kept in the keyring. Everything but a small
header is sealed with AES-256-GCM under a key derived with Argon2id (random salt, strong
parameters) from a fresh one-time passphrase that is shown once to the administrator and kept
nowhere. The header (format, version, ids, expiry, KDF parameters) is the associated data, so it
cannot be altered either. A second value derived with the key tells a wrong passphrase from a
damaged file.

"One-time": the export is recorded in the audit trail (``export`` of an ``enrollment``) and an
import records ``workstation_enrollment`` with the same id; an id that was never issued by this
database, or was already used, is refused. Both entries carry ids only, never a secret.

``workstation_key_status`` tells whether this workstation holds every key the open database
depends on, or the database is fresh (nothing depends on a key yet), or the workstation is not
enrolled.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from counselor_app.atomic import atomic_write_bytes
from counselor_app.db.engine import Database, database_now, parse_url
from counselor_app.db.models import AuditEvent
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Permission, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.enrollment import (
    PASSPHRASE_SHAPE,
    EnrollmentIssued,
    EnrollmentResult,
    NotEnrolledError,
    WorkstationKeyStatus,
    new_passphrase,
    normalize_passphrase,
)
from counselor_app.domain.errors import KnownError, ValidationError, as_message, msg
from counselor_app.services.audit import AUDIT_LOCK_KEY, Actor, AuditTrail
from counselor_app.services.authz import authorize, require_recent_proof
from counselor_app.services.credentials import CredentialStore
from counselor_app.services.keys import ENROLLABLE_PURPOSES, DatabaseKeys, database_id

log = logging.getLogger(__name__)

FORMAT = "counselor-desk-enrollment"
VERSION = 1
VALID_FOR = timedelta(hours=24)
SALT_BYTES = 16
NONCE_BYTES = 12
RECORD_ISSUED = "enrollment"
"""Audit record type of an exported enrollment (action ``export``)."""
RECORD_USED = "workstation_enrollment"
"""Audit record type of an imported enrollment (action ``create``)."""
ENROLLMENT_ACTOR = Actor(None, "(workstation enrollment)")
NOTHING_STORED = msg("Nothing was stored on this workstation.")


@dataclass(frozen=True, slots=True)
class KdfParams:
    """Argon2id parameters (``memory_cost`` in KiB)."""

    time_cost: int
    memory_cost: int
    parallelism: int


STRONG_KDF = KdfParams(time_cost=3, memory_cost=64 * 1024, parallelism=4)
"""RFC 9106's second recommended setting: 3 passes over 64 MiB, 4 lanes."""
_KDF_LIMITS = {
    "time_cost": (1, 20),
    "memory_cost": (8 * 1024, 2 * 1024 * 1024),
    "parallelism": (1, 16),
}
"""What an import accepts (a file asking for more would only be a way to exhaust memory)."""


class EnrollmentFileError(KnownError):
    """The file is not an enrollment file, or it was damaged or altered."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            msg(
                "This is not a readable enrollment file: it is damaged or was altered ({detail}).",
                detail=as_message(detail),
            )
            if detail
            else "This is not a readable enrollment file: it is damaged or was altered.",
            msg(
                "Ask the administrator for a new enrollment file. {nothing_stored}",
                nothing_stored=NOTHING_STORED,
            ),
        )


class WrongPassphraseError(KnownError):
    """The passphrase does not open the file."""

    def __init__(self) -> None:
        super().__init__(
            "The passphrase does not open this enrollment file.",
            msg(
                "Check it with the administrator who gave it to you (letters and digits; case, "
                "spaces and dashes do not matter). {nothing_stored}",
                nothing_stored=NOTHING_STORED,
            ),
        )


class EnrollmentExpiredError(KnownError):
    """The enrollment file is past its expiry."""

    def __init__(self, expires_at: datetime) -> None:
        super().__init__(
            msg(
                "This enrollment file expired on {expires_at:%Y-%m-%d} at {expires_at:%H:%M} UTC.",
                expires_at=expires_at,
            ),
            msg(
                "Ask the administrator for a new one. {nothing_stored}",
                nothing_stored=NOTHING_STORED,
            ),
        )


@dataclass(frozen=True)
class EnrollmentBundle:
    """The opened contents of an enrollment file. Its secrets never appear in ``repr``."""

    enrollment_id: str
    database_id: str
    database_url: str
    expires_at: datetime
    keys: Mapping[str, str] = field(repr=False)
    """Purpose to the keyring value (base64 text, stored as it is)."""
    database_password: str | None = field(default=None, repr=False)

    def connect_url(self, url: str | None = None) -> str:
        """``url`` (default: the file's) with the file's database password, to connect once.

        Only for opening the database that the enrollment is imported into; never stored.
        """
        parsed = parse_url(url or self.database_url)
        if parsed.get_backend_name() != "postgresql" or not self.database_password:
            return url or self.database_url
        return parsed.set(password=self.database_password).render_as_string(hide_password=False)


# --- the file ---------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise EnrollmentFileError("a field is missing")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        raise EnrollmentFileError("a field is not valid") from None


def _aad(header: Mapping[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> tuple[bytes, bytes]:
    """(encryption key, passphrase check) from one Argon2id run."""
    raw = hash_secret_raw(
        secret=passphrase.encode("ascii"),
        salt=salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=64,
        type=Type.ID,
    )
    return raw[:32], hashlib.sha256(b"counselor-desk enrollment check|" + raw[32:]).digest()


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def seal_enrollment(payload: Mapping[str, Any], passphrase: str, kdf: KdfParams) -> bytes:
    """The enrollment file's bytes: ``payload`` sealed under ``passphrase``."""
    compact = normalize_passphrase(passphrase)
    if compact is None:
        raise ValueError("not an enrollment passphrase")
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    key, check = _derive(compact, salt, kdf)
    header = {
        "format": FORMAT,
        "version": VERSION,
        "enrollment_id": payload["enrollment_id"],
        "database_id": payload["database_id"],
        "expires_at": payload["expires_at"],
        "kdf": {
            "algorithm": "argon2id",
            "time_cost": kdf.time_cost,
            "memory_cost": kdf.memory_cost,
            "parallelism": kdf.parallelism,
            "salt": _b64(salt),
        },
        "check": _b64(check),
        "nonce": _b64(nonce),
    }
    plain = json.dumps(dict(payload), sort_keys=True).encode("utf-8")
    sealed = AESGCM(key).encrypt(nonce, plain, _aad(header))
    document = {**header, "ciphertext": _b64(sealed)}
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("ascii")


def _header_kdf(header: Mapping[str, Any]) -> tuple[KdfParams, bytes]:
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("algorithm") != "argon2id":
        raise EnrollmentFileError("unknown key derivation")
    values: dict[str, int] = {}
    for name, (low, high) in _KDF_LIMITS.items():
        value = kdf.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise EnrollmentFileError("key derivation settings out of range")
        values[name] = value
    salt = _unb64(kdf.get("salt"))
    if len(salt) < 16:
        raise EnrollmentFileError("key derivation settings out of range")
    return KdfParams(**values), salt


def open_enrollment(
    data: bytes, passphrase: str, *, now: datetime | None = None
) -> EnrollmentBundle:
    """Check and open an enrollment file (passphrase, integrity, expiry on this clock)."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise EnrollmentFileError() from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise EnrollmentFileError()
    version = document.get("version")
    if version != VERSION:
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise KnownError(
                "This enrollment file was made by a newer version of Counselor desk.",
                msg(
                    "Update this workstation first. {nothing_stored}",
                    nothing_stored=NOTHING_STORED,
                ),
            )
        raise EnrollmentFileError("unknown version")
    compact = normalize_passphrase(passphrase)
    if compact is None:
        raise ValidationError(
            "That is not an enrollment passphrase.",
            hint=msg(
                "{passphrase_shape} {nothing_stored}",
                passphrase_shape=PASSPHRASE_SHAPE,
                nothing_stored=NOTHING_STORED,
            ),
        )
    header = {k: v for k, v in document.items() if k != "ciphertext"}
    kdf, salt = _header_kdf(header)
    nonce = _unb64(header.get("nonce"))
    check = _unb64(header.get("check"))
    sealed = _unb64(document.get("ciphertext"))
    if len(nonce) != NONCE_BYTES:
        raise EnrollmentFileError("a field is not valid")
    key, expected_check = _derive(compact, salt, kdf)
    if not hmac.compare_digest(check, expected_check):
        raise WrongPassphraseError()
    try:
        plain = AESGCM(key).decrypt(nonce, sealed, _aad(header))
    except InvalidTag:
        raise EnrollmentFileError() from None
    bundle = _bundle(plain, header)
    moment = now or datetime.now(UTC)
    if moment >= bundle.expires_at:
        raise EnrollmentExpiredError(bundle.expires_at)
    return bundle


def _bundle(plain: bytes, header: Mapping[str, Any]) -> EnrollmentBundle:
    try:
        payload = json.loads(plain.decode("utf-8"))
        keys = payload["keys"]
        password = payload.get("database_password")
        bundle = EnrollmentBundle(
            enrollment_id=str(payload["enrollment_id"]),
            database_id=str(payload["database_id"]),
            database_url=str(payload["database_url"]),
            expires_at=datetime.fromisoformat(payload["expires_at"]),
            keys={str(k): str(v) for k, v in keys.items()},
            database_password=str(password) if password else None,
        )
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        raise EnrollmentFileError("its contents are incomplete") from None
    same = (
        header.get("enrollment_id") == bundle.enrollment_id
        and header.get("database_id") == bundle.database_id
        and header.get("expires_at") == payload["expires_at"]
    )
    if not same or bundle.expires_at.tzinfo is None:
        raise EnrollmentFileError("its contents are inconsistent")
    unknown = set(bundle.keys) - set(ENROLLABLE_PURPOSES)
    if unknown:
        raise EnrollmentFileError("it names keys this version does not know")
    return bundle


def read_enrollment_file(path: Path, passphrase: str) -> EnrollmentBundle:
    """``open_enrollment`` on the file at ``path``."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KnownError(
            msg(
                "The enrollment file {path} cannot be read ({error}).",
                path=str(path),
                error=type(exc).__name__,
            ),
            "Check the file name and that this account may read it.",
        ) from None
    return open_enrollment(data, passphrase)


# --- status -----------------------------------------------------------------------------------


def _without_password(url: URL) -> str:
    return url.set(password=None).render_as_string(hide_password=False)


def _key_name(purpose: str, dbid: str) -> str:
    return f"{purpose}/{dbid}"


def workstation_key_status(database: Database, keys: DatabaseKeys) -> WorkstationKeyStatus:
    """Which enrollable keys this workstation lacks for ``database`` (names only)."""
    credentials = keys.credentials
    rules = keys.rules()
    held: list[str] = []
    missing: list[str] = []
    not_created: list[str] = []
    with UnitOfWork(database, write=False) as uow:
        dbid = database_id(uow.session)
        for purpose in ENROLLABLE_PURPOSES:
            if credentials.get(_key_name(purpose, dbid)):
                held.append(purpose)
                continue
            rule = rules.get(purpose)
            # A purpose no service of this version uses cannot be needed yet.
            if rule is None or rule(uow.session):
                not_created.append(purpose)
            else:
                missing.append(purpose)
    return WorkstationKeyStatus(database.location, tuple(held), tuple(missing), tuple(not_created))


# --- the service ------------------------------------------------------------------------------


class EnrollmentService:
    """Exports enrollment files (administrators) and imports them (a new workstation)."""

    def __init__(
        self,
        database: Database,
        keys: DatabaseKeys,
        audit: AuditTrail,
        *,
        password_key: Callable[[str], str],
        remember_url: Callable[[str], None] | None = None,
        kdf: KdfParams = STRONG_KDF,
        valid_for: timedelta = VALID_FOR,
    ) -> None:
        self._db = database
        self._keys = keys
        self._audit = audit
        self._password_key = password_key
        self._remember_url = remember_url
        self.kdf = kdf
        """Argon2id parameters of exported files (tests use cheaper ones)."""
        self.valid_for = valid_for

    @property
    def _credentials(self) -> CredentialStore:
        return self._keys.credentials

    def status(self) -> WorkstationKeyStatus:
        """``workstation_key_status`` of the open database."""
        return workstation_key_status(self._db, self._keys)

    def require_enrolled(self) -> WorkstationKeyStatus:
        """The status, or ``NotEnrolledError`` when this workstation lacks a needed key."""
        status = self.status()
        if not status.enrolled:
            raise NotEnrolledError(status)
        return status

    # --- export -------------------------------------------------------------------------------

    def export(self, user: SignedInUser, path: Path) -> EnrollmentIssued:
        """Write an enrollment file for the open database; the passphrase is returned once."""
        path = Path(path)
        credentials = self._credentials
        with UnitOfWork(self._db) as uow:
            session = uow.session
            authorize(session, user, Permission.SETTINGS_MANAGE)
            require_recent_proof(session, user)
            dbid = database_id(session)
            # Make the keys nothing depends on yet now, so every workstation gets the same ones.
            for purpose, may_create in self._keys.rules().items():
                if purpose in ENROLLABLE_PURPOSES:
                    self._keys.get(session, purpose, may_create)
            secrets_: dict[str, str] = {}
            for purpose in ENROLLABLE_PURPOSES:
                value = credentials.get(_key_name(purpose, dbid))
                if value:
                    secrets_[purpose] = value
            password = None
            if not self._db.is_sqlite:
                password = credentials.get(self._password_key(_without_password(self._db.url)))
            enrollment_id = str(uuid.uuid4())
            expires_at = (database_now(session) + self.valid_for).replace(microsecond=0)
            detail = f"expires {_iso(expires_at)}; keys {','.join(secrets_) or 'none'}" + (
                "; database password" if password else ""
            )
            self._audit.record(
                session, Actor.of(user), AuditAction.EXPORT, RECORD_ISSUED, enrollment_id, detail
            )
            uow.commit()
        passphrase = new_passphrase()
        payload = {
            "enrollment_id": enrollment_id,
            "database_id": dbid,
            "database_url": _without_password(self._db.url),
            "expires_at": _iso(expires_at),
            "keys": secrets_,
            "database_password": password,
        }
        data = seal_enrollment(payload, passphrase, self.kdf)
        try:
            atomic_write_bytes(path, data, mode=0o600)
        except OSError as exc:
            raise KnownError(
                msg(
                    "The enrollment file could not be written to {path} ({error}).",
                    path=str(path),
                    error=type(exc).__name__,
                ),
                "Choose a folder this account may write to; the unused enrollment expires "
                "by itself.",
            ) from None
        log.info("enrollment %s exported", enrollment_id)
        return EnrollmentIssued(
            enrollment_id=enrollment_id,
            path=path,
            passphrase=passphrase,
            expires_at=expires_at,
            purposes=tuple(secrets_),
            database_password=password is not None,
        )

    # --- import -------------------------------------------------------------------------------

    def import_file(
        self, path: Path, passphrase: str, *, replace: bool = False
    ) -> EnrollmentResult:
        """Open the file at ``path`` and enroll this workstation for the open database."""
        return self.enroll(read_enrollment_file(path, passphrase), replace=replace)

    def enroll(self, bundle: EnrollmentBundle, *, replace: bool = False) -> EnrollmentResult:
        """Store the bundle's secrets in this workstation's keyring, once per enrollment id.

        Refused, with nothing stored, when the file belongs to another database, was not issued
        by it, was used already or has expired, or when this workstation holds different keys
        for the database (unless ``replace``).
        """
        credentials = self._credentials
        url = _without_password(self._db.url)
        writes = {_key_name(p, bundle.database_id): v for p, v in bundle.keys.items()}
        different = [
            purpose
            for purpose, value in bundle.keys.items()
            if (held := credentials.get(_key_name(purpose, bundle.database_id))) is not None
            and held != value
        ]
        if different and not replace:
            raise KnownError(
                msg(
                    "This workstation already holds different keys for this database ({keys}).",
                    keys=", ".join(different),
                ),
                "Nothing was changed. If an administrator confirms the keys held here are "
                "wrong, import again choosing to replace them (--replace).",
            )
        if bundle.database_password and not self._db.is_sqlite:
            writes[self._password_key(url)] = bundle.database_password
        previous = {name: credentials.get(name) for name in writes}
        with UnitOfWork(self._db) as uow:
            session = uow.session
            if not self._db.is_sqlite:
                session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})
            self._check_usable(session, bundle)
            try:
                for name, value in writes.items():
                    credentials.set(name, value)
                self._keys.forget()
                self._audit.record(
                    session,
                    ENROLLMENT_ACTOR,
                    AuditAction.CREATE,
                    RECORD_USED,
                    bundle.enrollment_id,
                    f"keys {','.join(bundle.keys) or 'none'}" + ("; replaced" if different else ""),
                )
                uow.commit()
            except BaseException:
                _restore(credentials, previous)
                self._keys.forget()
                raise
        log.info("enrollment %s imported", bundle.enrollment_id)
        settings_saved = True
        if self._remember_url is not None:
            try:
                self._remember_url(url)
            except OSError:
                log.warning("the database address could not be saved in the settings")
                settings_saved = False
        return EnrollmentResult(
            enrollment_id=bundle.enrollment_id,
            database_location=self._db.location,
            purposes=tuple(bundle.keys),
            database_password=bool(bundle.database_password) and not self._db.is_sqlite,
            replaced=bool(different),
            settings_saved=settings_saved,
        )

    def _check_usable(self, session: Session, bundle: EnrollmentBundle) -> None:
        if database_id(session) != bundle.database_id:
            raise KnownError(
                msg(
                    "This enrollment file is for another database, not the one at {location}.",
                    location=self._db.location,
                ),
                msg(
                    "Check the database address with the administrator. {nothing_stored}",
                    nothing_stored=NOTHING_STORED,
                ),
            )

        def found(record_type: str, action: AuditAction) -> bool:
            row = session.execute(
                select(AuditEvent.seq)
                .where(
                    AuditEvent.record_type == record_type,
                    AuditEvent.record_id == bundle.enrollment_id,
                    AuditEvent.action == action,
                )
                .limit(1)
            ).first()
            return row is not None

        if not found(RECORD_ISSUED, AuditAction.EXPORT):
            raise KnownError(
                "This enrollment file was not issued for this database.",
                msg(
                    "Ask the administrator for a new one. {nothing_stored}",
                    nothing_stored=NOTHING_STORED,
                ),
            )
        if found(RECORD_USED, AuditAction.CREATE):
            raise KnownError(
                "This enrollment file has already been used; each one works once.",
                msg(
                    "Ask the administrator for a new one. {nothing_stored}",
                    nothing_stored=NOTHING_STORED,
                ),
            )
        if database_now(session) >= bundle.expires_at:
            raise EnrollmentExpiredError(bundle.expires_at)


def _restore(credentials: CredentialStore, previous: Mapping[str, str | None]) -> None:
    """Put the keyring back as it was before a failed import."""
    for name, value in previous.items():
        try:
            if value is None:
                credentials.delete(name)
            else:
                credentials.set(name, value)
        except KnownError:
            log.warning("a keyring entry could not be put back after a failed enrollment")
