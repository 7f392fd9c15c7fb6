"""Drafts of calls in progress: nothing typed is lost to a crash or a power cut.

Each in-progress call is written to its own file in the data folder, encrypted with AES-GCM
(a key held in the keyring, never on disk) and written atomically: temporary file, fsync,
``os.replace``, fsync of the folder. After a crash the next start offers the drafts back.
The call id is authenticated as associated data, so a draft cannot be swapped for another.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from counselor_app.atomic import atomic_write_bytes
from counselor_app.domain.calls import CallRecord
from counselor_app.domain.serialize import from_jsonable, to_jsonable
from counselor_app.services.credentials import CredentialStore

log = logging.getLogger(__name__)

KEY_NAME = "draft-key"
SUFFIX = ".draft"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class Draft:
    """A recovered draft: the record as it was last typed, and when."""

    record: CallRecord
    saved_at: datetime
    database: str


class DraftStore:
    """Encrypted, atomic drafts in one folder of this workstation."""

    def __init__(self, folder: Path, credentials: CredentialStore, database: str) -> None:
        self.folder = folder
        self._credentials = credentials
        self._database = database
        self._aead: AESGCM | None = None

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            key = self._credentials.get_key(KEY_NAME) or self._credentials.create_key(KEY_NAME)
            self._aead = AESGCM(key)
        return self._aead

    def _path(self, call_id: uuid.UUID) -> Path:
        return self.folder / f"{call_id}{SUFFIX}"

    def save(self, record: CallRecord) -> int:
        """Write the draft of ``record``; returns the number of bytes written."""
        payload = json.dumps(
            {
                "format": FORMAT,
                "database": self._database,
                "saved_at": datetime.now(UTC).isoformat(),
                "record": to_jsonable(record),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
        nonce = os.urandom(12)
        sealed = nonce + self._cipher().encrypt(nonce, payload, record.id.bytes)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(self._path(record.id), sealed)
        return len(sealed)

    def discard(self, call_id: uuid.UUID) -> None:
        """Remove the draft once the call is safely in the database."""
        self._path(call_id).unlink(missing_ok=True)

    def recover(self, counselor_id: uuid.UUID | None = None) -> list[Draft]:
        """Drafts of this database (and of one counselor, when given), oldest first.

        A draft that cannot be read is left in place (never deleted) and logged.
        """
        if not self.folder.is_dir():
            return []
        drafts: list[Draft] = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            try:
                call_id = uuid.UUID(path.stem)
                sealed = path.read_bytes()
                plain = self._cipher().decrypt(sealed[:12], sealed[12:], call_id.bytes)
                data = json.loads(plain)
                draft = Draft(
                    record=from_jsonable(CallRecord, data["record"]),
                    saved_at=datetime.fromisoformat(data["saved_at"]),
                    database=str(data["database"]),
                )
            except (ValueError, KeyError, TypeError, OSError, InvalidTag):
                log.warning("a draft file could not be read and was left in place")
                continue
            if draft.database != self._database:
                continue
            if counselor_id is not None and draft.record.counselor_id != counselor_id:
                continue
            drafts.append(draft)
        drafts.sort(key=lambda d: d.saved_at)
        return drafts
