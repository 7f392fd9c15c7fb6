from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from counselor_app.app import AppContext
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.services.credentials import CredentialStore
from counselor_app.services.drafts import DraftStore
from tests.support.keyrings import MemoryKeyring
from tests.support.records import complete_record

CANARY = "CANARY-Ωmega-7f3a"


def test_draft_round_trip_is_encrypted(
    sqlite_ctx: AppContext, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from tests.conftest import make_staff

    staff: dict[Role, SignedInUser] = make_staff(sqlite_ctx)
    casey = staff[Role.COUNSELOR]
    record = complete_record(sqlite_ctx, casey)
    record = replace(record, narrative=f"{record.narrative} {CANARY}")
    store = DraftStore(tmp_path / "drafts", CredentialStore(memory_keyring), "db-a")
    size = store.save(record)
    files = list((tmp_path / "drafts").iterdir())
    assert [f.name for f in files] == [f"{record.id}.draft"]
    raw = files[0].read_bytes()
    assert len(raw) == size
    assert CANARY.encode() not in raw and "Zoë".encode() not in raw
    assert oct(files[0].stat().st_mode & 0o777) == oct(0o600)
    recovered = store.recover(casey.id)
    assert [d.record for d in recovered] == [record]
    # Drafts of another counselor or another database are not offered.
    assert store.recover(staff[Role.SUPERVISOR].id) == []
    assert DraftStore(tmp_path / "drafts", CredentialStore(memory_keyring), "db-b").recover() == []
    store.discard(record.id)
    assert store.recover() == []


def test_damaged_or_foreign_drafts_are_skipped_not_deleted(
    sqlite_ctx: AppContext, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from tests.conftest import make_staff

    casey = make_staff(sqlite_ctx)[Role.COUNSELOR]
    store = DraftStore(tmp_path, CredentialStore(memory_keyring), "db")
    good = complete_record(sqlite_ctx, casey)
    other = complete_record(sqlite_ctx, casey)
    store.save(good)
    store.save(other)
    damaged = tmp_path / f"{other.id}.draft"
    data = bytearray(damaged.read_bytes())
    data[-1] ^= 0xFF
    damaged.write_bytes(bytes(data))
    # A draft renamed to another call's id fails authentication too.
    (tmp_path / f"{other.id}.draft").rename(tmp_path / "x.draft")
    assert [d.record.id for d in store.recover()] == [good.id]
    assert (tmp_path / "x.draft").exists()
    # Without the key (another workstation's keyring) nothing can be read.
    assert DraftStore(tmp_path, CredentialStore(MemoryKeyring()), "db").recover() == []
