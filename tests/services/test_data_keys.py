"""Data keys: created by the first workstation, refused to a workstation without them, rotated
while another workstation reads and writes (both engines)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select, text

from counselor_app.app import AppContext, build_context, prepare_schema
from counselor_app.config import Settings
from counselor_app.db.crypto import sealed_key_id
from counselor_app.db.models import AuditEvent, DataKey, Disclosure
from counselor_app.db.uow import UnitOfWork
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.errors import MissingKeysError, PermissionDeniedError
from counselor_app.services.keys import DataKeys
from tests.conftest import FAST_HASHER
from tests.support.keyrings import MemoryKeyring
from tests.support.records import complete_record


def _context(url: str, keyring: MemoryKeyring) -> AppContext:
    ctx = build_context(
        url, settings=Settings(), keyring_backend=keyring, password_hasher=FAST_HASHER
    )
    prepare_schema(ctx)
    return ctx


@pytest.fixture
def other(db_url: str, ctx: AppContext, memory_keyring: MemoryKeyring) -> Iterator[AppContext]:
    """Another enrolled workstation on the same database (same keyring, its own engine)."""
    context = _context(db_url, memory_keyring)
    yield context
    context.close()


def _stored(ctx: AppContext, call_id: uuid.UUID, column: str = "narrative") -> str:
    with ctx.database.engine.connect() as conn:
        value = conn.execute(
            text(f"SELECT {column} FROM calls WHERE id = :id"),
            {"id": call_id.hex if ctx.database.is_sqlite else call_id},
        ).scalar_one()
    assert isinstance(value, str)
    return value


def _data_keys(ctx: AppContext) -> int:
    with ctx.database.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(DataKey)).scalar_one())


def test_first_workstation_creates_the_keys_and_seals_with_them(
    ctx: AppContext, staff: dict[Role, SignedInUser], memory_keyring: MemoryKeyring
) -> None:
    assert ctx.keys.unlocked
    assert [name for (_s, name) in memory_keyring.secrets if name.startswith("center-key/")]
    saved = ctx.intake.save(staff[Role.COUNSELOR], complete_record(ctx, staff[Role.COUNSELOR]))
    current = ctx.keys.status(staff[Role.ADMINISTRATOR]).current
    assert current is not None and current.values > 0
    assert sealed_key_id(_stored(ctx, saved.id)) == current.key_id
    assert _data_keys(ctx) == 1


def test_a_workstation_without_the_center_key_shows_and_stores_nothing(
    db_url: str, ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    counselor = staff[Role.COUNSELOR]
    saved = ctx.intake.save(counselor, complete_record(ctx, counselor))
    stranger = build_context(
        db_url, settings=Settings(), keyring_backend=MemoryKeyring(), password_hasher=FAST_HASHER
    )
    try:
        prepare_schema(stranger)  # opens, but stays locked: it never invents a key
        assert not stranger.keys.unlocked
        with pytest.raises(MissingKeysError):
            stranger.keys.unlock()
        with pytest.raises(MissingKeysError, match="does not hold the keys"):
            stranger.intake.load(counselor, saved.id)
        with pytest.raises(MissingKeysError):
            stranger.intake.save(counselor, complete_record(stranger, counselor))
        assert _data_keys(stranger) == 1
    finally:
        stranger.close()
    assert ctx.intake.load(counselor, saved.id).narrative == saved.narrative


def test_rotation_with_another_workstation_reading_and_writing(
    ctx: AppContext, other: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    admin, counselor = staff[Role.ADMINISTRATOR], staff[Role.COUNSELOR]
    calls = [ctx.intake.save(counselor, complete_record(ctx, counselor)) for _ in range(3)]
    before = ctx.keys.status(admin)
    old_key = before.current
    assert old_key is not None and before.plaintext == 0
    old_stored = _stored(ctx, calls[0].id)
    # The other workstation has the record open (version 1) while the rotation runs.
    open_elsewhere = other.intake.load(counselor, calls[1].id)
    reads_during: list[str] = []
    real_swap = ctx.keys._swap

    def swap_while_the_other_works(*args: Any) -> int:
        reads_during.append(other.intake.load(counselor, calls[2].id).narrative)
        return real_swap(*args)

    ctx.keys._swap = swap_while_the_other_works  # type: ignore[method-assign]
    result = ctx.keys.rotate(admin, batch=2)
    assert reads_during and set(reads_during) == {calls[2].narrative}
    assert result.remaining == 0 and result.damaged == 0
    assert result.reencrypted == old_key.values

    after = ctx.keys.status(admin)
    assert after.current is not None and after.current.key_id == result.key_id != old_key.key_id
    assert [k.values for k in after.keys] == [0, old_key.values]  # old key kept, unused
    assert after.plaintext == 0 and after.not_current() == 0
    assert _data_keys(ctx) == 2

    # No false conflict: the rotation did not change the record's version.
    edited = other.intake.save(counselor, replace(open_elsewhere, narrative="Edited elsewhere"))
    assert edited.version == open_elsewhere.version + 1
    # The other workstation learned the new key when it met it, and seals with it now.
    assert sealed_key_id(_stored(ctx, calls[1].id)) == result.key_id
    assert ctx.intake.load(counselor, calls[1].id).narrative == "Edited elsewhere"

    # A value still under the old key (a backup restored, say) stays readable.
    with ctx.database.engine.begin() as conn:
        conn.execute(
            text("UPDATE calls SET narrative = :v WHERE id = :id"),
            {"v": old_stored, "id": calls[0].id.hex if ctx.database.is_sqlite else calls[0].id},
        )
    assert other.intake.load(counselor, calls[0].id).narrative == calls[0].narrative
    assert ctx.keys.status(admin).keys[0].values == 1

    with ctx.database.engine.connect() as conn:
        audited = conn.execute(
            select(AuditEvent.action, AuditEvent.detail).where(AuditEvent.record_type == "data_key")
        ).all()
    assert [str(a) for a, _d in audited] == ["create", "update"]


def test_a_concurrent_edit_during_rotation_is_not_lost(
    ctx: AppContext, other: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    admin, counselor = staff[Role.ADMINISTRATOR], staff[Role.COUNSELOR]
    saved = ctx.intake.save(counselor, complete_record(ctx, counselor))
    real_swap = ctx.keys._swap
    edits: list[int] = []

    def edit_between_read_and_swap(raw: Any, value: Any, swaps: Any) -> int:
        if not edits and (raw.name, value.name) == ("calls", "narrative"):
            # The rotation has read the old narrative; the other workstation saves a new one.
            current = other.intake.load(counselor, saved.id)
            edits.append(
                other.intake.save(counselor, replace(current, narrative="Typed meanwhile")).version
            )
        return real_swap(raw, value, swaps)

    ctx.keys._swap = edit_between_read_and_swap  # type: ignore[method-assign]
    result = ctx.keys.rotate(admin)
    assert edits == [2]
    assert result.passes >= 2  # the missed swap was picked up by the next pass
    assert result.remaining == 0
    loaded = ctx.intake.load(counselor, saved.id)
    assert loaded.narrative == "Typed meanwhile"
    assert loaded.version == 2
    assert sealed_key_id(_stored(ctx, saved.id)) == result.key_id


def test_plaintext_is_counted_and_encrypted_by_the_next_pass(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    admin, counselor = staff[Role.ADMINISTRATOR], staff[Role.COUNSELOR]
    saved = ctx.intake.save(counselor, complete_record(ctx, counselor))
    with ctx.database.engine.begin() as conn:  # as a database from before encryption holds it
        conn.execute(
            text("UPDATE calls SET narrative = 'Legacy words', latitude = '38.5' WHERE id = :id"),
            {"id": saved.id.hex if ctx.database.is_sqlite else saved.id},
        )
    assert ctx.keys.status(admin).plaintext == 2
    loaded = ctx.intake.load(counselor, saved.id)
    assert (loaded.narrative, loaded.caller.latitude) == ("Legacy words", 38.5)
    done, _passes, left, _damaged = ctx.keys.reencrypt()
    assert (done, left) == (2, 0)
    assert ctx.keys.status(admin).plaintext == 0
    assert _stored(ctx, saved.id).startswith("cd1:")
    assert ctx.intake.load(counselor, saved.id).caller.latitude == 38.5


def test_only_an_administrator_rotates_or_reads_the_status(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    for role in (Role.COUNSELOR, Role.SUPERVISOR, Role.PEER_SPECIALIST):
        with pytest.raises(PermissionDeniedError):
            ctx.keys.rotate(staff[role])
        with pytest.raises(PermissionDeniedError):
            ctx.keys.status(staff[role])
    assert _data_keys(ctx) == 1


def test_a_workstation_switches_to_the_newest_key_after_its_refresh_interval(
    db_url: str, ctx: AppContext, staff: dict[Role, SignedInUser], memory_keyring: MemoryKeyring
) -> None:
    counselor = staff[Role.COUNSELOR]
    writer = build_context(
        db_url, settings=Settings(), keyring_backend=memory_keyring, password_hasher=FAST_HASHER
    )
    writer.keys = DataKeys(writer.database, writer.credentials, writer.audit, refresh_after=0)
    try:
        prepare_schema(writer)
        result = ctx.keys.rotate(staff[Role.ADMINISTRATOR])
        saved = writer.intake.save(counselor, complete_record(writer, counselor))
        assert sealed_key_id(_stored(ctx, saved.id)) == result.key_id
    finally:
        writer.close()


def test_rotation_reseals_the_disclosure_log_and_leaves_it_append_only(
    ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    admin, counselor = staff[Role.ADMINISTRATOR], staff[Role.COUNSELOR]
    call = ctx.intake.save(counselor, complete_record(ctx, counselor))
    disclosure_id = uuid.uuid4()
    with UnitOfWork(ctx.database) as uow:
        uow.session.add(
            Disclosure(
                id=disclosure_id,
                call_id=call.id,
                record_type="call",
                record_id=str(call.id),
                document_kind="handoff_pdf",
                recipient_kind="clinician",
                recipient_name="Dr. Rivera, Eastside Clinic",
                purpose="continuity of care",
                consent="emergency_override",
                override_reason="Caller cannot keep safe tonight",
                disclosed_by=counselor.id,
            )
        )
        uow.commit()

    def stored() -> tuple[str, str, str]:
        with ctx.database.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT recipient_name, purpose, override_reason FROM disclosures "
                    "WHERE id = :id"
                ),
                {"id": disclosure_id.hex if ctx.database.is_sqlite else disclosure_id},
            ).one()
        return row[0], row[1], row[2]

    old_key = ctx.keys.status(admin).current
    assert old_key is not None and {sealed_key_id(v) for v in stored()} == {old_key.key_id}
    result = ctx.keys.rotate(admin)
    assert result.remaining == 0
    assert {sealed_key_id(v) for v in stored()} == {result.key_id}
    with UnitOfWork(ctx.database, write=False) as uow:
        row = uow.session.get(Disclosure, disclosure_id)
        assert row is not None
        assert (row.recipient_name, row.override_reason) == (
            "Dr. Rivera, Eastside Clinic",
            "Caller cannot keep safe tonight",
        )
    # The log is guarded again: the application's own edit is refused.
    with pytest.raises(PermissionDeniedError), UnitOfWork(ctx.database) as uow:
        row = uow.session.get(Disclosure, disclosure_id)
        assert row is not None
        row.purpose = "something else"
        uow.commit()
    assert ctx.keys.status(admin).not_current() == 0
