"""``counselor-app db upgrade`` encrypts a database written before encryption; ``keys rotate`` and
``keys status`` for administrators (both engines)."""

from __future__ import annotations

import re

from sqlalchemy import select, text, update

from counselor_app.app import AppContext
from counselor_app.cli import EXIT_NOT_ENROLLED
from counselor_app.db import migrate
from counselor_app.db.crypto import is_sealed
from counselor_app.domain.accounts import Role, SignedInUser
from counselor_app.services.keys import _raw_column, encrypted_columns
from tests.conftest import ADMIN_PASSWORD, COUNSELOR_PASSWORD
from tests.e2e.test_cli import Cli
from tests.support.keyrings import MemoryKeyring
from tests.support.records import NAME, complete_record


def _decrypt_everything(ctx: AppContext) -> int:
    """Store every sealed value in clear, as a database from before 0006 held it."""
    cleared = 0
    with ctx.database.engine.begin() as conn:
        for table, column, bound in encrypted_columns():
            raw, value = _raw_column(table, column)
            for row_id, stored in conn.execute(select(raw.c.id, value).where(value.is_not(None))):
                plain = ctx.keys.slot.for_opening(stored).open(stored, bound)
                conn.execute(update(raw).where(raw.c.id == row_id).values({value.name: plain}))
                cleared += 1
        conn.execute(text("DELETE FROM data_keys"))
    return cleared


def test_db_upgrade_encrypts_a_database_from_before_encryption(
    db_url: str, ctx: AppContext, staff: dict[Role, SignedInUser], memory_keyring: MemoryKeyring
) -> None:
    counselor = staff[Role.COUNSELOR]
    saved = ctx.intake.save(counselor, complete_record(ctx, counselor))
    cleared = _decrypt_everything(ctx)
    assert cleared > 10
    migrate.downgrade(ctx.database, "0005")
    ctx.close()
    with ctx.database.engine.connect() as conn:  # REAL again, and readable as such
        assert conn.execute(text("SELECT latitude FROM calls")).scalar() == 38.63

    cli = Cli(memory_keyring)  # the workstation's keyring: audit and matching keys
    assert cli("--database", db_url, "db", "upgrade") == 0, cli.err
    assert f"Encrypted {cleared} stored value(s); 0 not yet encrypted." in cli.out
    with ctx.database.engine.connect() as conn:
        stored = conn.execute(text("SELECT narrative, latitude, caller_name FROM calls")).one()
    assert all(is_sealed(v) for v in stored)

    stdin = f"{ADMIN_PASSWORD}\n"
    assert (
        cli(
            "--database", db_url, "keys", "status", "--as", "admin", "--password-stdin", stdin=stdin
        )
        == 0
    )
    assert f"{cleared} value(s) (current)" in cli.out and "plaintext: 0 value(s)" in cli.out
    assert (
        cli(
            "--database", db_url, "keys", "rotate", "--as", "admin", "--password-stdin", stdin=stdin
        )
        == 0
    )
    assert f"re-encrypted {cleared} value(s)" in cli.out and "0 left" in cli.out
    assert (
        cli(
            "--database", db_url, "keys", "status", "--as", "admin", "--password-stdin", stdin=stdin
        )
        == 0
    )
    counts = re.findall(r"generation (\d), created .*: (\d+) value\(s\)", cli.out)
    assert counts == [("1", "0"), ("2", str(cleared))]

    # The upgraded, rotated database reads back as it was written.
    def reopen(url: str | None) -> AppContext:
        return cli.factory()(url)

    again = reopen(db_url)
    try:
        from counselor_app.app import prepare_schema

        prepare_schema(again)
        user = again.auth.sign_in("casey", COUNSELOR_PASSWORD)
        loaded = again.intake.load(user, saved.id)
        assert (loaded.caller.name, loaded.caller.latitude) == (NAME, 38.63)
        assert loaded.narrative == saved.narrative
    finally:
        again.close()


def test_keys_commands_are_for_administrators_only(
    db_url: str, ctx: AppContext, staff: dict[Role, SignedInUser], memory_keyring: MemoryKeyring
) -> None:
    cli = Cli(memory_keyring)
    for action in ("rotate", "status"):
        code = cli(
            "--database",
            db_url,
            "keys",
            action,
            "--as",
            "casey",
            "--password-stdin",
            stdin=f"{COUNSELOR_PASSWORD}\n",
        )
        assert code == 1
        assert "administrator" in cli.err and "Traceback" not in cli.err
    assert cli("--database", db_url, "keys", "rotate") == 2  # --as is required


def test_keys_status_on_a_workstation_without_the_keys(
    db_url: str, ctx: AppContext, staff: dict[Role, SignedInUser]
) -> None:
    cli = Cli(MemoryKeyring())
    code = cli(
        "--database",
        db_url,
        "keys",
        "rotate",
        "--as",
        "admin",
        "--password-stdin",
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert code == EXIT_NOT_ENROLLED
    assert "not enrolled" in cli.err and "Traceback" not in cli.err
