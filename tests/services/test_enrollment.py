"""Workstation enrollment: export on one workstation, import on another with an empty keyring.

Every refusal (wrong passphrase, damaged or altered file, expired, reused, another database,
different keys held) is checked to leave the second workstation's keyring and settings as they
were. Both engines.
"""

from __future__ import annotations

import base64
import json
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from counselor_app.app import AppContext, build_context, database_password_key
from counselor_app.config import Settings, load_settings, settings_path
from counselor_app.db import migrate
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.domain.audit import AuditAction
from counselor_app.domain.enrollment import (
    PASSPHRASE_ALPHABET,
    KeyState,
    new_passphrase,
    normalize_passphrase,
)
from counselor_app.domain.errors import KnownError, PermissionDeniedError, ValidationError
from counselor_app.services.enrollment import (
    STRONG_KDF,
    EnrollmentExpiredError,
    EnrollmentFileError,
    KdfParams,
    WrongPassphraseError,
    open_enrollment,
)
from counselor_app.services.keys import AUDIT_KEY, CENTER_KEY, MATCH_KEY
from tests.conftest import ADMIN_PASSWORD, COUNSELOR_PASSWORD, FAST_HASHER, make_staff
from tests.support.keyrings import MemoryKeyring
from tests.support.records import complete_record

FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
"""Argon2id with small parameters: the same code path in a fraction of the time."""
PG_PASSWORD = "correct-horse-Ω-battery"


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test saves settings in its own config folder (enrollment stores the database URL)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return settings_path()


@pytest.fixture
def first(ctx: AppContext) -> AppContext:
    """The administrator's workstation (the conftest keyring), with cheap key derivation."""
    ctx.enrollment.kdf = FAST_KDF
    return ctx


@pytest.fixture
def staff_on_first(first: AppContext) -> dict[Role, SignedInUser]:
    return make_staff(first)


def second_workstation(url: str) -> tuple[AppContext, MemoryKeyring]:
    keyring = MemoryKeyring()
    context = build_context(
        url, settings=Settings(), keyring_backend=keyring, password_hasher=FAST_HASHER
    )
    context.enrollment.kdf = FAST_KDF
    return context, keyring


@pytest.fixture
def second(db_url: str) -> Iterator[tuple[AppContext, MemoryKeyring]]:
    """Another workstation on the same database, with an EMPTY keyring of its own."""
    context, keyring = second_workstation(db_url)
    yield context, keyring
    context.close()


def test_passphrase_is_long_unambiguous_and_forgiving_to_type() -> None:
    phrase = new_passphrase()
    groups = phrase.split("-")
    assert len(groups) == 6 and all(len(g) == 4 for g in groups)  # 24 symbols of 5 bits: 120
    assert set(phrase.replace("-", "")) <= set(PASSPHRASE_ALPHABET)
    assert not set("01IO") & set(PASSPHRASE_ALPHABET) and len(PASSPHRASE_ALPHABET) == 32
    assert normalize_passphrase(phrase.lower().replace("-", " ")) == phrase.replace("-", "")
    assert normalize_passphrase("hello") is None
    assert normalize_passphrase(phrase.replace(phrase[0], "0")) is None
    assert len({new_passphrase() for _ in range(50)}) == 50


def test_export_then_import_lets_the_second_workstation_read_what_the_first_wrote(
    first: AppContext,
    staff_on_first: dict[Role, SignedInUser],
    second: tuple[AppContext, MemoryKeyring],
    memory_keyring: MemoryKeyring,
    db_url: str,
    tmp_path: Path,
    own_settings: Path,
) -> None:
    admin, casey = staff_on_first[Role.ADMINISTRATOR], staff_on_first[Role.COUNSELOR]
    saved = first.intake.save(casey, complete_record(first, casey))
    if not first.database.is_sqlite:
        memory_keyring.set_password("counselor-desk", database_password_key(db_url), PG_PASSWORD)
    other, other_keyring = second

    before = other.enrollment.status()
    assert before.state is KeyState.NOT_ENROLLED
    assert set(before.missing) == {CENTER_KEY, AUDIT_KEY, MATCH_KEY}
    with pytest.raises(KnownError, match="does not hold the keys"):
        other.auth.sign_in("casey", COUNSELOR_PASSWORD)

    path = tmp_path / "workstation-7.enrollment"
    issued = first.enrollment.export(admin, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert set(issued.purposes) == {CENTER_KEY, AUDIT_KEY, MATCH_KEY}
    assert issued.database_password is (not first.database.is_sqlite)
    assert issued.passphrase not in repr(issued)

    result = other.enrollment.import_file(path, issued.passphrase)
    assert result.enrollment_id == issued.enrollment_id
    assert set(result.purposes) == {CENTER_KEY, AUDIT_KEY, MATCH_KEY} and not result.replaced
    assert other.enrollment.status().state is KeyState.ENROLLED
    # The second workstation holds exactly the first one's secrets.
    for (service, name), value in other_keyring.secrets.items():
        assert memory_keyring.secrets[(service, name)] == value
    if not first.database.is_sqlite:
        stored = other_keyring.get_password("counselor-desk", database_password_key(db_url))
        assert stored == PG_PASSWORD
    # It reads what the first wrote: the repeat caller is found, the audit chain verifies...
    casey_here = other.auth.sign_in("casey", COUNSELOR_PASSWORD)
    prior = other.intake.prior_calls(casey_here, "+1 314 555 0142", "")
    assert [p.id for p in prior] == [saved.id]
    # ...the encrypted fields open (the center key came with the file)...
    assert other.intake.load(casey_here, saved.id).narrative == saved.narrative
    assert other.audit.verify(other.database).intact
    # ...and what it writes is part of the same chain for the first workstation.
    assert first.audit.verify(first.database).intact
    entries = first.audit.recent(first.database, admin)
    issued_entry = next(e for e in entries if e.record_type == "enrollment")
    used_entry = next(e for e in entries if e.record_type == "workstation_enrollment")
    assert issued_entry.action is AuditAction.EXPORT and used_entry.action is AuditAction.CREATE
    assert issued_entry.record_id == used_entry.record_id == issued.enrollment_id
    # The database address is this workstation's from now on (without a password).
    assert load_settings(own_settings).database_url.startswith(db_url.split("://")[0])
    assert PG_PASSWORD not in own_settings.read_text()


def test_the_file_holds_no_secret_in_clear(
    first: AppContext,
    staff_on_first: dict[Role, SignedInUser],
    memory_keyring: MemoryKeyring,
    db_url: str,
    tmp_path: Path,
) -> None:
    admin, casey = staff_on_first[Role.ADMINISTRATOR], staff_on_first[Role.COUNSELOR]
    first.intake.save(casey, complete_record(first, casey))
    if not first.database.is_sqlite:
        memory_keyring.set_password("counselor-desk", database_password_key(db_url), PG_PASSWORD)
    path = tmp_path / "enroll.json"
    issued = first.enrollment.export(admin, path)
    data = path.read_bytes()
    secrets = [v for (_service, _name), v in memory_keyring.secrets.items()]
    assert len(secrets) >= 2
    needles = [issued.passphrase.encode(), issued.passphrase.replace("-", "").encode()]
    needles.append(PG_PASSWORD.encode("utf-8"))
    for value in secrets:
        needles.append(value.encode("utf-8"))
        try:
            raw = base64.b64decode(value, validate=True)
        except ValueError:
            continue
        needles += [raw, raw.hex().encode(), base64.urlsafe_b64encode(raw)]
    for needle in needles:
        assert needle not in data
    header = json.loads(data)
    assert "database_url" not in header and "keys" not in header
    assert header["enrollment_id"] == issued.enrollment_id


def test_default_key_derivation_is_strong(
    ctx: AppContext, staff: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    assert ctx.enrollment.kdf == STRONG_KDF
    path = tmp_path / "strong.json"
    issued = ctx.enrollment.export(staff[Role.ADMINISTRATOR], path)
    kdf = json.loads(path.read_bytes())["kdf"]
    assert kdf["algorithm"] == "argon2id"
    assert kdf["memory_cost"] >= 64 * 1024 and kdf["time_cost"] >= 3
    assert len(base64.b64decode(kdf["salt"])) >= 16
    assert open_enrollment(path.read_bytes(), issued.passphrase).enrollment_id


def assert_nothing_stored(other: AppContext, keyring: MemoryKeyring, settings: Path) -> None:
    assert keyring.secrets == {}
    assert not settings.exists()
    assert other.enrollment.status().state is KeyState.NOT_ENROLLED


def test_refusals_store_nothing(
    first: AppContext,
    staff_on_first: dict[Role, SignedInUser],
    second: tuple[AppContext, MemoryKeyring],
    tmp_path: Path,
    own_settings: Path,
) -> None:
    admin = staff_on_first[Role.ADMINISTRATOR]
    other, keyring = second
    path = tmp_path / "enroll.json"
    issued = first.enrollment.export(admin, path)
    good = path.read_bytes()

    wrong = new_passphrase()
    with pytest.raises(WrongPassphraseError, match="passphrase does not open"):
        other.enrollment.import_file(path, wrong)
    with pytest.raises(ValidationError, match="6 groups of 4"):
        other.enrollment.import_file(path, "my dog's name")
    assert_nothing_stored(other, keyring, own_settings)

    # A changed byte in the sealed part, or in the header it is bound to: damaged.
    document = json.loads(good)
    sealed = bytearray(base64.b64decode(document["ciphertext"]))
    sealed[len(sealed) // 2] ^= 0x01
    altered = {**document, "ciphertext": base64.b64encode(bytes(sealed)).decode()}
    later = {**document, "expires_at": "2099-01-01T00:00:00+00:00"}
    for damaged in (
        json.dumps(altered).encode(),
        json.dumps(later).encode(),
        good[: len(good) // 2],
        b"\x00\xff not json",
        json.dumps({**document, "kdf": {**document["kdf"], "memory_cost": 1 << 40}}).encode(),
    ):
        path.write_bytes(damaged)
        with pytest.raises(EnrollmentFileError, match="damaged or was altered") as caught:
            other.enrollment.import_file(path, issued.passphrase)
        assert "Nothing was stored" in str(caught.value)
    with pytest.raises(KnownError, match="cannot be read"):
        other.enrollment.import_file(tmp_path / "missing.json", issued.passphrase)
    assert_nothing_stored(other, keyring, own_settings)

    # Expired: by this workstation's clock, and by the database's.
    with pytest.raises(EnrollmentExpiredError, match="expired on"):
        open_enrollment(good, issued.passphrase, now=issued.expires_at + timedelta(seconds=1))
    first.enrollment.valid_for = timedelta(seconds=-5)
    stale = first.enrollment.export(admin, tmp_path / "stale.json")
    with pytest.raises(EnrollmentExpiredError, match="Ask the administrator for a new one"):
        other.enrollment.import_file(stale.path, stale.passphrase)
    bundle = open_enrollment(
        stale.path.read_bytes(), stale.passphrase, now=stale.expires_at - timedelta(hours=1)
    )
    with pytest.raises(EnrollmentExpiredError):
        other.enrollment.enroll(bundle)
    assert_nothing_stored(other, keyring, own_settings)

    # Used once: a second import of the same file, even on a third workstation, is refused.
    path.write_bytes(good)
    other.enrollment.import_file(path, issued.passphrase)
    third, third_keyring = second_workstation(
        first.database.url.render_as_string(hide_password=False)
    )
    try:
        with pytest.raises(KnownError, match="already been used; each one works once"):
            third.enrollment.import_file(path, issued.passphrase)
        assert third_keyring.secrets == {}
    finally:
        third.close()


def test_file_of_another_database_or_not_issued_is_refused(
    first: AppContext,
    staff_on_first: dict[Role, SignedInUser],
    second: tuple[AppContext, MemoryKeyring],
    sqlite_url: str,
    tmp_path: Path,
    own_settings: Path,
) -> None:
    other, keyring = second
    issued = first.enrollment.export(staff_on_first[Role.ADMINISTRATOR], tmp_path / "e.json")
    bundle = open_enrollment(issued.path.read_bytes(), issued.passphrase)
    # The same database id, but an enrollment id the database never issued.
    forged = type(bundle)(
        enrollment_id="00000000-0000-4000-8000-000000000000",
        database_id=bundle.database_id,
        database_url=bundle.database_url,
        expires_at=bundle.expires_at,
        keys=bundle.keys,
    )
    with pytest.raises(KnownError, match="not issued for this database"):
        other.enrollment.enroll(forged)
    assert_nothing_stored(other, keyring, own_settings)
    # A workstation that opened another database.
    elsewhere, elsewhere_keyring = second_workstation(
        sqlite_url.replace("counselor.db", "other.db")
    )
    try:
        from counselor_app.app import prepare_schema

        prepare_schema(elsewhere)  # its own first workstation: it makes its own center key
        held = dict(elsewhere_keyring.secrets)
        with pytest.raises(KnownError, match="for another database"):
            elsewhere.enrollment.enroll(bundle)
        assert elsewhere_keyring.secrets == held
    finally:
        elsewhere.close()


def test_different_keys_held_are_kept_unless_replaced(
    first: AppContext,
    staff_on_first: dict[Role, SignedInUser],
    second: tuple[AppContext, MemoryKeyring],
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    other, keyring = second
    name = next(n for (_s, n) in memory_keyring.secrets if n.startswith(AUDIT_KEY + "/"))
    wrong = base64.b64encode(b"\x07" * 32).decode()
    keyring.set_password("counselor-desk", name, wrong)
    issued = first.enrollment.export(staff_on_first[Role.ADMINISTRATOR], tmp_path / "e.json")
    with pytest.raises(KnownError, match=r"already holds different keys .*audit-hmac.*--replace"):
        other.enrollment.import_file(issued.path, issued.passphrase)
    assert keyring.secrets == {("counselor-desk", name): wrong}
    # Not consumed by the refusal: the same file replaces them when asked to.
    result = other.enrollment.import_file(issued.path, issued.passphrase, replace=True)
    assert result.replaced
    assert keyring.get_password("counselor-desk", name) == memory_keyring.get_password(
        "counselor-desk", name
    )
    assert other.audit.verify(other.database).intact
    other.auth.sign_in("admin", ADMIN_PASSWORD)  # signs in with the right key now


def test_a_failure_after_the_keys_were_stored_puts_the_keyring_back(
    first: AppContext,
    staff_on_first: dict[Role, SignedInUser],
    second: tuple[AppContext, MemoryKeyring],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other, keyring = second
    issued = first.enrollment.export(staff_on_first[Role.ADMINISTRATOR], tmp_path / "e.json")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full in the middle")

    monkeypatch.setattr(other.audit, "record", broken)
    with pytest.raises(RuntimeError):
        other.enrollment.import_file(issued.path, issued.passphrase)
    assert keyring.secrets == {}
    monkeypatch.undo()
    other.enrollment.import_file(issued.path, issued.passphrase)  # not consumed by the failure
    assert other.enrollment.status().enrolled


def test_only_administrators_export_and_a_fresh_database_needs_no_enrollment(
    first: AppContext,
    second: tuple[AppContext, MemoryKeyring],
    sqlite_url: str,
    tmp_path: Path,
) -> None:
    other, _keyring = second
    # A database no workstation has opened yet (schema only, no data keys) needs no enrollment.
    empty, _empty_keyring = second_workstation(sqlite_url.replace("counselor.db", "fresh.db"))
    try:
        migrate.upgrade(empty.database)
        fresh = empty.enrollment.status()
        assert fresh.state is KeyState.FRESH and fresh.enrolled
        assert "does not depend on any key yet" in fresh.describe()
    finally:
        empty.close()
    staff = make_staff(first)
    with pytest.raises(PermissionDeniedError, match="settings and keys"):
        first.enrollment.export(staff[Role.SUPERVISOR], tmp_path / "no.json")
    assert not (tmp_path / "no.json").exists()
    status = other.enrollment.status()
    assert status.state is KeyState.NOT_ENROLLED
    assert "not enrolled" in status.describe() and "keys enroll FILE" in status.describe()


def test_export_times_are_aware_and_in_the_future(
    first: AppContext, staff_on_first: dict[Role, SignedInUser], tmp_path: Path
) -> None:
    issued = first.enrollment.export(staff_on_first[Role.ADMINISTRATOR], tmp_path / "e.json")
    assert issued.expires_at.tzinfo is not None
    remaining = issued.expires_at - datetime.now(UTC)
    assert timedelta(hours=23) < remaining <= timedelta(hours=24)
