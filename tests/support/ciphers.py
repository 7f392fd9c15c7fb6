"""A field cipher for tests: encrypted columns work without the real key wiring."""

from __future__ import annotations

from sqlalchemy import Engine

from counselor_app.db.crypto import (
    CipherSlot,
    FieldCipher,
    attach_cipher,
    cipher_slot,
    new_data_key,
)


def ensure_test_cipher(engine: Engine) -> CipherSlot:
    """Attach a cipher with a random data key to ``engine`` unless one is attached already."""
    slot = cipher_slot(engine)
    if slot is None:
        slot = CipherSlot()
        slot.set(FieldCipher({"t": new_data_key()}, "t"))
        attach_cipher(engine, slot)
    return slot
