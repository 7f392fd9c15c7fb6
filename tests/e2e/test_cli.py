from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from counselor_app import __version__
from counselor_app.app import AppContext, build_context
from counselor_app.cli import EXIT_TAMPERED, main
from counselor_app.config import Settings
from counselor_app.db.engine import Database
from counselor_app.db.models import AppliedOperation
from counselor_app.db.uow import UnitOfWork
from tests.conftest import ADMIN_PASSWORD, FAST_HASHER
from tests.support.keyrings import MemoryKeyring

REPO = Path(__file__).resolve().parents[2]


class Cli:
    """Runs ``counselor-app`` in-process with the test keyring, capturing its output."""

    def __init__(self, keyring: MemoryKeyring) -> None:
        self.keyring = keyring
        self.out = ""
        self.err = ""

    def factory(self) -> Callable[[str | None], AppContext]:
        def make(url: str | None) -> AppContext:
            return build_context(
                url,
                settings=Settings(),
                keyring_backend=self.keyring,
                password_hasher=FAST_HASHER,
            )

        return make

    def __call__(self, *argv: str, stdin: str = "") -> int:
        out, err = io.StringIO(), io.StringIO()
        code = main(
            list(argv),
            stdin=io.StringIO(stdin),
            stdout=out,
            stderr=err,
            context_factory=self.factory(),
        )
        self.out, self.err = out.getvalue(), err.getvalue()
        return code


@pytest.fixture
def cli(memory_keyring: MemoryKeyring) -> Cli:
    return Cli(memory_keyring)


def test_version(cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("--version") == 0
    assert __version__ in capsys.readouterr().out


def test_db_upgrade_on_empty_database(cli: Cli, db_url: str) -> None:
    assert cli("--database", db_url, "db", "upgrade") == 0
    assert "from empty to" in cli.out
    assert cli("--database", db_url, "db", "upgrade") == 0
    assert "up to date" in cli.out


def test_db_upgrade_prunes_old_idempotency_keys_only(cli: Cli, db_url: str) -> None:
    assert cli("--database", db_url, "db", "upgrade") == 0
    database = Database(db_url)
    now = datetime.now(UTC)
    try:
        with UnitOfWork(database) as uow:
            for key, days in (("old-1", 120), ("old-2", 91), ("recent", 89), ("today", 0)):
                uow.session.add(
                    AppliedOperation(
                        key=key, operation="test", applied_at=now - timedelta(days=days)
                    )
                )
            uow.commit()
        assert cli("--database", db_url, "db", "upgrade") == 0
        assert "Removed 2 idempotency key(s) older than 90 days." in cli.out
        with UnitOfWork(database, write=False) as uow:
            kept = set(uow.session.scalars(select(AppliedOperation.key)))
        assert kept == {"recent", "today"}
    finally:
        database.dispose()


def test_user_add_first_administrator_then_authorised_accounts(cli: Cli, db_url: str) -> None:
    args = ("--database", db_url, "user", "add", "--password-stdin")
    # The first account must be an administrator, and needs nobody's authorisation.
    assert cli(*args, "--role", "counselor", "casey", stdin="maple sparrow under blue sky\n") == 1
    assert "must be an administrator" in cli.err
    assert cli(*args, "--role", "administrator", "admin", stdin=f"{ADMIN_PASSWORD}\n") == 0
    assert "administrator account 'admin'" in cli.out
    # Later accounts need an administrator's sign-in.
    assert (
        cli(*args, "--role", "peer-specialist", "pat", stdin="orange canoe drifting slowly\n") == 1
    )
    assert "--admin NAME" in cli.err
    assert (
        cli(
            *args,
            "--role",
            "peer-specialist",
            "--admin",
            "admin",
            "pat",
            stdin="wrong admin password\norange canoe drifting slowly\n",
        )
        == 1
    )
    assert "not correct" in cli.err
    code = cli(
        *args,
        "--role",
        "peer-specialist",
        "--full-name",
        "Pat Peer",
        "--admin",
        "admin",
        "pat",
        stdin=f"{ADMIN_PASSWORD}\norange canoe drifting slowly\n",
    )
    assert code == 0, cli.err
    assert "peer specialist account 'pat'" in cli.out
    ctx = cli.factory()(db_url)
    try:
        user = ctx.auth.sign_in("pat", "orange canoe drifting slowly")
        assert user.account.display_name == "Pat Peer"
        entries = ctx.audit.recent(ctx.database, ctx.auth.sign_in("admin", ADMIN_PASSWORD))
        assert any(e.detail == "role=peer_specialist" and e.actor_name == "admin" for e in entries)
    finally:
        ctx.close()


def test_user_add_errors_are_one_line(cli: Cli, sqlite_url: str) -> None:
    args = ("--database", sqlite_url, "user", "add", "--password-stdin")
    assert cli(*args, "--role", "janitor", "x") == 1
    assert cli.err.count("\n") == 1 and "Unknown role 'janitor'" in cli.err
    assert cli(*args, "--role", "administrator", "casey", stdin="short\n") == 1
    assert "needs at least 15" in cli.err and "Traceback" not in cli.err
    assert cli.err.count("\n") == 1
    assert cli(*args, "--role", "administrator", "casey", stdin="") == 1
    assert "No password" in cli.err


def test_usage_errors_exit_2(cli: Cli, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["user", "add"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "required: NAME, --role" in err
    assert cli("--screenshot", "x.png") == 2
    assert "go together" in cli.err


def test_audit_verify_catches_tampering(cli: Cli, db_url: str) -> None:
    cli(
        "--database",
        db_url,
        "user",
        "add",
        "--role",
        "administrator",
        "--password-stdin",
        "admin",
        stdin="quiet harbor lantern seventeen\n",
    )
    assert cli("--database", db_url, "audit", "verify") == 0
    assert cli.out.startswith("intact")
    ctx = cli.factory()(db_url)
    try:
        with ctx.database.engine.begin() as conn:
            # The append-only trigger stops the edit; an attacker owning the schema removes it.
            if ctx.database.is_sqlite:
                conn.execute(text("DROP TRIGGER audit_events_no_update"))
            else:
                conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
            conn.execute(text("UPDATE audit_events SET detail = 'role=counselor'"))
    finally:
        ctx.close()
    assert cli("--database", db_url, "audit", "verify") == EXIT_TAMPERED
    assert "TAMPERED: entry #1 was edited" in cli.out


def test_demo_fills_once_and_refuses_real_data(cli: Cli, db_url: str, tmp_path: Path) -> None:
    assert cli("--database", db_url, "demo") == 0, cli.err
    assert "60 calls" in cli.out and "demo.counselor" in cli.out
    assert cli("--database", db_url, "demo") == 0
    assert "already holds the demo data" in cli.out
    assert cli("--database", db_url, "audit", "verify") == 0
    real = f"sqlite:///{tmp_path / 'real.db'}"
    cli(
        "--database",
        real,
        "user",
        "add",
        "--role",
        "administrator",
        "--password-stdin",
        "admin",
        stdin="quiet harbor lantern seventeen\n",
    )
    assert cli("--database", real, "demo") == 1
    assert "never mixed in" in cli.err


def _run(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON_KEYRING")}
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "counselor_app", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def test_no_keyring_is_one_clear_line_without_traceback(tmp_path: Path) -> None:
    result = _run(
        "--database",
        f"sqlite:///{tmp_path / 'x.db'}",
        "audit",
        "verify",
        env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "No secure password store" in lines[0] and "gnome-keyring" in lines[0]


def test_unreachable_database_is_one_clear_line(tmp_path: Path) -> None:
    result = _run(
        "--database",
        "postgresql://nobody@127.0.0.1:1/none",
        "db",
        "upgrade",
        env_extra={
            "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.MemoryKeyring",
            "PYTHONPATH": str(REPO),
        },
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "cannot be reached" in result.stderr


@pytest.mark.postgres
def test_db_password_is_checked_and_kept_in_the_keyring(
    cli: Cli, memory_keyring: MemoryKeyring
) -> None:
    from tests.conftest import PG_URL, require_postgres

    require_postgres()
    url = PG_URL.replace("postgresql+psycopg://", "postgresql://")
    assert cli("--database", url, "db", "password", "--password-stdin", stdin="pw-here\n") == 0
    assert "password is stored" in cli.out
    assert "pw-here" in memory_keyring.secrets.values()
    assert (
        cli(
            "--database",
            "postgresql://nobody@127.0.0.1:1/x",
            "db",
            "password",
            "--password-stdin",
            stdin="other\n",
        )
        == 1
    )
    assert "cannot be reached" in cli.err
    assert "other" not in memory_keyring.secrets.values()
    assert cli("--database", "sqlite:///x.db", "db", "password", stdin="x\n") == 1


def test_checklist_import(cli: Cli, sqlite_url: str, tmp_path: Path) -> None:
    cli(
        "--database",
        sqlite_url,
        "user",
        "add",
        "--role",
        "administrator",
        "--password-stdin",
        "admin",
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    good = tmp_path / "welfare.json"
    good.write_text(
        '{"key": "welfare-concern", "version": "3.0", "title": "Welfare concern (center v3)", '
        '"items": [{"key": "who", "label": "Ask who requested the check"}]}',
        encoding="utf-8",
    )
    args = ("--database", sqlite_url, "checklist", "import", "--admin", "admin", "--password-stdin")
    assert cli(*args, str(good), stdin=f"{ADMIN_PASSWORD}\n") == 0, cli.err
    assert "Welfare concern (center v3)" in cli.out and "1 items" in cli.out
    bad = tmp_path / "bad.json"
    bad.write_text('{"key": "x", "items": [}', encoding="utf-8")
    assert cli(*args, str(bad), stdin=f"{ADMIN_PASSWORD}\n") == 1
    assert "not valid JSON" in cli.err and "Line 1" in cli.err
    assert cli(*args, str(tmp_path / "missing.json"), stdin=f"{ADMIN_PASSWORD}\n") == 1
    assert "cannot be read" in cli.err
