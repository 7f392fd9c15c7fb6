"""``counselor-app keys enroll-export / enroll / check`` end to end (in-process, both engines).

Two workstations, each with its own in-memory keyring: the administrator's exports, the new one
imports from the file alone (the database URL comes from it) and can then verify the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from counselor_app.app import AppContext, build_context, prepare_schema
from counselor_app.cli import EXIT_NOT_ENROLLED
from counselor_app.config import Settings, load_settings, log_dir
from counselor_app.domain.accounts import Role
from tests.conftest import ADMIN_PASSWORD, FAST_HASHER, make_staff
from tests.e2e.test_cli import Cli
from tests.services.test_enrollment import FAST_KDF
from tests.support.keyrings import MemoryKeyring
from tests.support.records import complete_record


class KeysCli(Cli):
    """The CLI of one workstation, with cheap key derivation for the files it exports."""

    def factory(self) -> Callable[[str | None], AppContext]:
        """Contexts on this workstation's keyring."""

        def make(url: str | None) -> AppContext:
            context = build_context(
                url, settings=Settings(), keyring_backend=self.keyring, password_hasher=FAST_HASHER
            )
            context.enrollment.kdf = FAST_KDF
            return context

        return make


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def admin_cli(memory_keyring: MemoryKeyring, db_url: str) -> KeysCli:
    """The administrator's workstation, on a database with staff and one call."""
    cli = KeysCli(memory_keyring)
    ctx = cli.factory()(db_url)
    try:
        prepare_schema(ctx)
        casey = make_staff(ctx)[Role.COUNSELOR]
        ctx.intake.save(casey, complete_record(ctx, casey))
    finally:
        ctx.close()
    return cli


def export(cli: KeysCli, db_url: str, path: Path) -> str:
    code = cli(
        "--database",
        db_url,
        "keys",
        "enroll-export",
        "-o",
        str(path),
        "--as",
        "admin",
        "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert code == 0, cli.err
    assert "works once" in cli.out and "give it separately" in cli.out
    return cli.out.strip().splitlines()[-1].strip()


def test_export_and_enroll_round_trip(admin_cli: KeysCli, db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "desk-7.enrollment"
    passphrase = export(admin_cli, db_url, path)
    assert passphrase.count("-") == 5 and passphrase not in admin_cli.err
    assert passphrase.encode() not in path.read_bytes()
    for log_file in log_dir().glob("*"):
        assert passphrase not in log_file.read_text(errors="replace")

    new = KeysCli(MemoryKeyring())
    # Not enrolled: one line and exit 5, for the check and for any data command.
    assert new("--database", db_url, "keys", "check") == EXIT_NOT_ENROLLED
    assert new.out.count("\n") == 1 and "not enrolled" in new.out
    assert new("--database", db_url, "audit", "verify") == EXIT_NOT_ENROLLED
    assert new.err.count("\n") == 1 and "not enrolled" in new.err
    assert "Traceback" not in new.err

    wrong = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
    assert new("keys", "enroll", str(path), "--passphrase-stdin", stdin=wrong + "\n") == 1
    assert new.err.count("\n") == 1 and "passphrase does not open" in new.err
    assert new.keyring.secrets == {}
    assert new("keys", "enroll", str(path), "--passphrase-stdin", stdin="") == 1
    assert "No passphrase" in new.err

    # No --database: the address comes from the file, and is kept in the settings.
    assert new("keys", "enroll", str(path), "--passphrase-stdin", stdin=passphrase + "\n") == 0
    assert "is enrolled for the database" in new.out, new.err
    assert load_settings().database_url
    assert new("--database", db_url, "keys", "check") == 0
    assert "is enrolled" in new.out
    assert new("--database", db_url, "audit", "verify") == 0
    assert "intact" in new.out

    third = KeysCli(MemoryKeyring())
    assert third("keys", "enroll", str(path), "--passphrase-stdin", stdin=passphrase + "\n") == 1
    assert "already been used" in third.err and third.keyring.secrets == {}


def test_export_needs_an_administrator_and_a_damaged_file_is_one_line(
    admin_cli: KeysCli, db_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "e.json"
    code = admin_cli(
        "--database",
        db_url,
        "keys",
        "enroll-export",
        "-o",
        str(path),
        "--as",
        "casey",
        "--password-stdin",
        stdin="maple sparrow under blue sky\n",
    )
    assert code == 1 and "does not allow you" in admin_cli.err and not path.exists()
    passphrase = export(admin_cli, db_url, path)
    new = KeysCli(MemoryKeyring())
    missing = f"sqlite:///{tmp_path / 'nowhere.db'}"
    code = new(
        "--database", missing, "keys", "enroll", str(path), "--passphrase-stdin", stdin=passphrase
    )
    assert code == 1 and "does not exist on this workstation" in new.err
    assert not (tmp_path / "nowhere.db").exists() and new.keyring.secrets == {}
    path.write_bytes(path.read_bytes()[:200])
    new = KeysCli(MemoryKeyring())
    assert new("keys", "enroll", str(path), "--passphrase-stdin", stdin=passphrase + "\n") == 1
    assert new.err.count("\n") == 1 and "not a readable enrollment file" in new.err
    assert new.keyring.secrets == {}
