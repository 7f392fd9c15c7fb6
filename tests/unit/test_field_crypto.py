"""Field encryption: sealed values name their key, bind their column, and refuse tampering."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, MetaData, String, Table, create_engine, insert, select, text
from sqlalchemy.exc import StatementError

from counselor_app.db.crypto import (
    CipherSlot,
    DamagedValueError,
    EncryptedFloat,
    EncryptedText,
    FieldCipher,
    attach_cipher,
    is_sealed,
    new_data_key,
    sealed_key_id,
)
from counselor_app.domain.errors import MissingKeysError

K1, K2 = new_data_key(), new_data_key()


def test_a_sealed_value_opens_only_for_its_column() -> None:
    cipher = FieldCipher({"k1": K1}, "k1")
    sealed = cipher.seal("Jane Doe", "calls.caller_name")
    assert "Jane" not in sealed and sealed_key_id(sealed) == "k1" and is_sealed(sealed)
    assert cipher.open(sealed, "calls.caller_name") == "Jane Doe"
    with pytest.raises(DamagedValueError):
        cipher.open(sealed, "calls.narrative")
    tampered = sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB")
    with pytest.raises(DamagedValueError):
        cipher.open(tampered, "calls.caller_name")


def test_older_keys_still_open_and_unknown_keys_are_missing() -> None:
    old = FieldCipher({"k1": K1}, "k1").seal("x", "c")
    both = FieldCipher({"k1": K1, "k2": K2}, "k2")
    assert both.open(old, "c") == "x" and sealed_key_id(both.seal("y", "c")) == "k2"
    newer = both.seal("z", "c")
    with pytest.raises(MissingKeysError):
        FieldCipher({"k1": K1}, "k1").open(newer, "c")
    assert FieldCipher({"k1": K1}, "k1").open("plain legacy", "c") == "plain legacy"


def test_columns_seal_through_core_and_reload_keys_once() -> None:
    engine = create_engine("sqlite://")
    table = Table(
        "t",
        MetaData(),
        Column("id", String, primary_key=True),
        Column("name", EncryptedText("t.name")),
        Column("lat", EncryptedFloat("t.lat")),
    )
    table.metadata.create_all(engine)
    with engine.begin() as conn, pytest.raises(StatementError) as failed:
        conn.execute(insert(table).values(id="a", name="secret"))
    # SQLAlchemy wraps it; the unit of work unwraps it (tests/db: translate_error).
    assert isinstance(failed.value.orig, MissingKeysError)
    reloads: list[int] = []
    slot = CipherSlot()
    slot.set(FieldCipher({"k1": K1}, "k1"))
    attach_cipher(engine, slot)
    with engine.begin() as conn:
        conn.execute(insert(table).values(id="a", name="cd1:looks sealed", lat=38.627))
        raw = conn.execute(text("SELECT name, lat FROM t")).one()
        # Base64 has no space or dot: the plaintext cannot appear by chance.
        assert is_sealed(raw.name) and "looks sealed" not in raw.name and "38.627" not in raw.lat
        assert conn.execute(select(table.c.name, table.c.lat)).one() == ("cd1:looks sealed", 38.627)
    # Another workstation rotated: a value under k2 makes this one reload its keys, once.
    other = FieldCipher({"k1": K1, "k2": K2}, "k2")
    with engine.begin() as conn:
        conn.execute(text("UPDATE t SET name = :v"), {"v": other.seal("rotated", "t.name")})

    def reload() -> FieldCipher:
        reloads.append(1)
        return other

    slot.set_reload(reload)
    with engine.begin() as conn:
        assert conn.execute(select(table.c.name)).scalar_one() == "rotated"
        assert conn.execute(select(table.c.name)).scalar_one() == "rotated"
    assert len(reloads) == 1


def test_sealing_refreshes_a_stale_cipher_and_keeps_it_when_the_refresh_fails() -> None:
    newer = FieldCipher({"k1": K1, "k2": K2}, "k2")
    answers: list[FieldCipher | Exception | None] = [None, RuntimeError("unreachable"), newer]

    def reload() -> FieldCipher | None:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    slot = CipherSlot(reload, refresh_after=0)
    with pytest.raises(MissingKeysError):
        slot.for_sealing()  # no keys yet, and the reload finds none
    slot.set(FieldCipher({"k1": K1}, "k1"))
    assert slot.for_sealing().current == "k1"  # the refresh failed: sealing goes on
    assert slot.for_sealing().current == "k2"  # the refresh found the newer key
    assert answers == []


def test_a_legacy_real_coordinate_reads_as_a_number() -> None:
    engine = create_engine("sqlite://")
    column = EncryptedFloat("calls.latitude")
    assert column.process_result_value(38.5, engine.dialect) == 38.5  # type: ignore[arg-type]
    assert column.process_result_value("38.5", engine.dialect) == 38.5
