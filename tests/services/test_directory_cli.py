"""``counselor-app directory import|export|search`` in-process, on both engines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from counselor_app.app import AppContext
from counselor_app.cli import EXIT_OK, EXIT_REJECTED
from counselor_app.domain.accounts import Role, SignedInUser
from tests.conftest import ADMIN_PASSWORD, COUNSELOR_PASSWORD, MemoryKeyring
from tests.e2e.test_cli import Cli

PACKAGE = Path(__file__).resolve().parent.parent / "fixtures" / "hsds" / "package"


def test_import_search_export(
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    db_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    cli = Cli(memory_keyring)
    admin = ["--database", db_url, "directory"]
    code = cli(
        *admin,
        "import",
        str(PACKAGE),
        "--admin",
        "admin",
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == EXIT_OK, cli.err
    assert "32 created" in cli.out and "0 rejected, 5 warnings" in cli.out
    assert "locations.csv:3" in cli.err and "warning" in cli.err
    assert "contacts.csv" in cli.out

    code = cli(
        *admin,
        "search",
        "zoe",
        "--as",
        "casey",
        "--password-stdin",
        "--json",
        stdin=COUNSELOR_PASSWORD + "\n",
    )
    assert code == EXIT_OK, cli.err
    lines = [json.loads(line) for line in cli.out.splitlines()]
    assert [r["name"] for r in lines] == ["Zoë Warmline"]
    assert lines[0]["languages"] == ["es"]
    code = cli(
        *admin,
        "search",
        "cris",
        "--language",
        "en",
        "--as",
        "casey",
        "--password-stdin",
        stdin=COUNSELOR_PASSWORD + "\n",
    )
    assert code == EXIT_OK and cli.out.startswith("Mobile Crisis Team — Riverbend")
    # Hours in the same words as the directory screen (the team is always open).
    assert cli.out.splitlines()[0].endswith(" · Open 24 hours")

    out = tmp_path / "export"
    code = cli(
        *admin,
        "export",
        str(out),
        "--admin",
        "admin",
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == EXIT_OK, cli.err
    assert (out / "datapackage.json").is_file() and "4 service" in cli.out


def test_rejected_rows_exit_non_zero(
    ctx: AppContext,
    staff: dict[Role, SignedInUser],
    db_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    pkg = tmp_path / "pkg"
    shutil.copytree(PACKAGE, pkg)
    with (pkg / "services.csv").open("a", encoding="utf-8") as handle:
        handle.write("b0000000-0000-4000-8000-000000000099,,,Nameless org,,,,,active,,,,,,\n")
    cli = Cli(memory_keyring)
    code = cli(
        "--database",
        db_url,
        "directory",
        "import",
        str(pkg),
        "--admin",
        "admin",
        "--password-stdin",
        stdin=ADMIN_PASSWORD + "\n",
    )
    assert code == EXIT_REJECTED
    assert (
        "services.csv:7" in cli.err
    )  # line 3 holds a line break and "organization_id is required but empty" in cli.err
    assert "1 rejected" in cli.out


def test_search_needs_an_account(
    ctx: AppContext, db_url: str, memory_keyring: MemoryKeyring
) -> None:
    cli = Cli(memory_keyring)
    assert cli("--database", db_url, "directory", "search", "x") == 1
    assert "--as USER" in cli.err
