"""Encryption of sensitive columns, field by field (AES-256-GCM, ``cryptography``).

A column declared ``EncryptedText("calls.narrative")`` is encrypted on its way into the database
and decrypted on its way out, for ORM and Core statements alike. The stored form is text::

    cd1:<key id>:<base64url(nonce || ciphertext || tag)>

* The key id names the data key that sealed the value, so values sealed under an older data key
  stay readable while ``counselor-app keys rotate`` re-encrypts them, and workstations keep
  working during a rotation.
* The column's name is the associated data: a value copied into another column does not decrypt.
* A value without the ``cd1:`` prefix is legacy plaintext (written before encryption existed); it
  is read as is and re-encrypted by the next rotation pass.

Which keys a database uses is decided above this layer (``services/keys.py``): it builds a
``FieldCipher`` from the database's data keys and attaches it to the engine with
``attach_cipher``. An engine with no cipher refuses to read or write an encrypted value: the
workstation does not hold the keys, and it says so instead of showing or storing anything.
"""

from __future__ import annotations

import base64
import binascii
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Dialect, Engine, Text, TypeDecorator

from counselor_app.domain.errors import KnownError, MissingKeysError, msg

log = logging.getLogger(__name__)

PREFIX = "cd1"
NONCE_BYTES = 12


class DamagedValueError(KnownError):
    """A stored value failed its integrity check: it was altered or belongs elsewhere."""

    def __init__(self, column: str) -> None:
        super().__init__(
            msg("A protected value in {column} failed its integrity check.", column=column),
            "It may have been altered in the database. Tell your administrator; nothing was "
            "changed.",
        )


def is_sealed(stored: str | None) -> bool:
    """True when ``stored`` is an encrypted value (not ``None``, not legacy plaintext)."""
    return stored is not None and stored.startswith(PREFIX + ":")


def sealed_key_id(stored: str) -> str | None:
    """The data key id of an encrypted value, or None for plaintext."""
    if not is_sealed(stored):
        return None
    parts = stored.split(":", 2)
    return parts[1] if len(parts) == 3 else None


class FieldCipher:
    """Seals with the current data key; opens with any data key it holds."""

    def __init__(self, keys: Mapping[str, bytes], current: str) -> None:
        if current not in keys:
            raise ValueError("the current data key is not among the keys")
        for key_id, key in keys.items():
            if ":" in key_id or len(key) != 32:
                raise ValueError("data keys are 32 bytes under an id without ':'")
        self._aead = {key_id: AESGCM(key) for key_id, key in keys.items()}
        self.current = current

    @property
    def key_ids(self) -> frozenset[str]:
        """Ids of every data key this cipher can open."""
        return frozenset(self._aead)

    def seal(self, plain: str, column: str) -> str:
        """Encrypt ``plain`` for ``column`` under the current data key."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead[self.current].encrypt(nonce, plain.encode("utf-8"), column.encode())
        body = base64.urlsafe_b64encode(nonce + sealed).decode("ascii")
        return f"{PREFIX}:{self.current}:{body}"

    def can_open(self, stored: str) -> bool:
        """True when ``stored`` is plaintext or sealed under a key this cipher holds."""
        key_id = sealed_key_id(stored)
        return key_id is None or key_id in self._aead

    def open(self, stored: str, column: str) -> str:
        """The plaintext of ``stored`` (legacy plaintext is returned as it is)."""
        if not is_sealed(stored):
            return stored
        try:
            _, key_id, body = stored.split(":", 2)
            raw = base64.urlsafe_b64decode(body.encode("ascii"))
        except (ValueError, binascii.Error):
            raise DamagedValueError(column) from None
        aead = self._aead.get(key_id)
        if aead is None:
            raise MissingKeysError()
        try:
            plain = aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], column.encode())
        except InvalidTag:
            raise DamagedValueError(column) from None
        return plain.decode("utf-8")


class CipherSlot:
    """The cipher of one database, replaceable at any time (a rotation, an enrollment).

    ``reload`` (optional) is called when a value is sealed under a key this workstation has not
    loaded yet (another workstation rotated): it returns a fresh cipher or None.
    """

    def __init__(
        self,
        reload: Callable[[], FieldCipher | None] | None = None,
        *,
        refresh_after: float | None = None,
    ) -> None:
        self._cipher: FieldCipher | None = None
        self._reload = reload
        self._lock = threading.Lock()
        self._refresh_after = refresh_after
        self._loaded_at = time.monotonic()

    @property
    def cipher(self) -> FieldCipher | None:
        """The cipher in use, or None when this workstation holds no keys."""
        return self._cipher

    def set(self, cipher: FieldCipher | None) -> None:
        """Use ``cipher`` from now on."""
        self._cipher = cipher
        self._loaded_at = time.monotonic()

    def set_reload(self, reload: Callable[[], FieldCipher | None] | None) -> None:
        """How to fetch newer keys when a value names one this workstation lacks."""
        self._reload = reload

    def for_sealing(self) -> FieldCipher:
        """The cipher to encrypt with, or ``MissingKeysError``.

        Without a cipher the keys are looked for once more (an enrollment may have brought
        them). With ``refresh_after`` set, a cipher older than that many seconds is refreshed
        first, so a workstation seals with the newest data key soon after another one rotated;
        a failed refresh keeps the cipher it has (its values stay readable everywhere).
        """
        cipher = self._cipher
        stale = (
            cipher is not None
            and self._refresh_after is not None
            and time.monotonic() - self._loaded_at > self._refresh_after
        )
        if (cipher is None or stale) and self._reload is not None:
            with self._lock:
                if self._cipher is cipher:
                    try:
                        fresh = self._reload()
                    except Exception:
                        if cipher is None:
                            raise
                        log.warning("could not refresh the data keys; sealing with the last ones")
                        fresh = None
                    self._loaded_at = time.monotonic()
                    if fresh is not None:
                        self._cipher = fresh
                cipher = self._cipher
        if cipher is None:
            raise MissingKeysError()
        return cipher

    def for_opening(self, stored: str) -> FieldCipher:
        """A cipher that holds the key ``stored`` was sealed with, reloading keys once if needed."""
        cipher = self._cipher
        if cipher is not None and cipher.can_open(stored):
            return cipher
        if self._reload is not None:
            with self._lock:
                cipher = self._cipher
                if cipher is None or not cipher.can_open(stored):
                    fresh = self._reload()
                    if fresh is not None:
                        self._cipher = cipher = fresh
                        self._loaded_at = time.monotonic()
        if cipher is None or not cipher.can_open(stored):
            raise MissingKeysError()
        return cipher


_SLOTS: weakref.WeakKeyDictionary[Dialect, CipherSlot] = weakref.WeakKeyDictionary()


def attach_cipher(engine: Engine, slot: CipherSlot) -> None:
    """Make ``engine``'s encrypted columns use ``slot``."""
    _SLOTS[engine.dialect] = slot


def cipher_slot(engine: Engine) -> CipherSlot | None:
    """The slot attached to ``engine``, if any."""
    return _SLOTS.get(engine.dialect)


def _slot(dialect: Dialect) -> CipherSlot:
    slot = _SLOTS.get(dialect)
    if slot is None:
        raise MissingKeysError()
    return slot


class EncryptedText(TypeDecorator[str]):
    """Text encrypted per field; ``column`` (``table.column``) is bound into every value."""

    impl = Text
    cache_ok = True

    def __init__(self, column: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        """Seal on the way in; ``None`` stays ``None``.

        Typed text that happens to look sealed is sealed like any other text, so no one can
        store a value unencrypted.
        """
        if value is None:
            return None
        return _slot(dialect).for_sealing().seal(value, self.column)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        """Open on the way out."""
        if value is None or not is_sealed(value):
            return value
        return _slot(dialect).for_opening(value).open(value, self.column)


class EncryptedFloat(TypeDecorator[float]):
    """A number (a coordinate) stored as encrypted text."""

    impl = Text
    cache_ok = True

    def __init__(self, column: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.column = column

    def process_bind_param(self, value: float | None, dialect: Dialect) -> str | None:
        """Seal the number's exact text form."""
        if value is None:
            return None
        return _slot(dialect).for_sealing().seal(repr(float(value)), self.column)

    def process_result_value(self, value: str | None, dialect: Dialect) -> float | None:
        """Open and parse."""
        if value is None:
            return None
        if isinstance(value, int | float):  # a legacy REAL value
            return float(value)
        plain = (
            _slot(dialect).for_opening(value).open(value, self.column)
            if is_sealed(value)
            else value  # legacy plaintext
        )
        try:
            return float(plain)
        except ValueError:
            raise DamagedValueError(self.column) from None


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return AESGCM.generate_key(bit_length=256)
