"""``counselor-app report outcomes`` end to end (in-process, test keyring, both engines)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from counselor_app.domain.accounts import Role
from tests.conftest import COUNSELOR_PASSWORD, SUPERVISOR_PASSWORD, make_staff
from tests.e2e.test_follow_ups_cli import Cli
from tests.support.keyrings import MemoryKeyring
from tests.support.outcomes import CALLER_NAME, CALLER_NUMBER, TEAM, insert_program


@pytest.fixture
def cli(memory_keyring: MemoryKeyring) -> Cli:
    return Cli(memory_keyring)


@pytest.fixture
def program_db(cli: Cli, db_url: str) -> str:
    ctx = cli.factory()(db_url)
    try:
        from counselor_app.app import prepare_schema

        prepare_schema(ctx)
        staff = make_staff(ctx)
        insert_program(
            ctx,
            {
                "casey": staff[Role.COUNSELOR].id,
                "admin": staff[Role.ADMINISTRATOR].id,
                "pat": staff[Role.PEER_SPECIALIST].id,
            },
        )
    finally:
        ctx.close()
    return db_url


def _args(db: str, out: Path, fmt: str, *extra: str) -> list[str]:
    return [
        "--database", db, "report", "outcomes", "--from", "2026-03-02", "--to", "2026-03-15",
        "--format", fmt, "-o", str(out), "--as", "sam", "--password-stdin", *extra,
    ]  # fmt: skip


def test_json_report_with_filters(cli: Cli, program_db: str, tmp_path: Path) -> None:
    out = tmp_path / "outcomes.json"
    code = cli(*_args(program_db, out, "json", "--team", TEAM), stdin=SUPERVISOR_PASSWORD + "\n")
    assert code == 0, cli.err
    assert "(2 call(s)) as JSON" in cli.out
    data = json.loads(out.read_text(encoding="utf-8"))
    calls = next(f for f in data["figures"] if f["key"] == "calls_handled")
    assert calls["numerator"] == 2
    assert data["filters"]["team"] == TEAM

    code = cli(
        *_args(program_db, out, "json", "--counselor", "admin", "--source", "co_responder"),
        stdin=SUPERVISOR_PASSWORD + "\n",
    )
    assert code == 0, cli.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["filters"]["counselor"] == "Avery Admin"
    assert next(f for f in data["figures"] if f["key"] == "calls_handled")["numerator"] == 1


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_csv_and_pdf_reports_are_written(
    cli: Cli, program_db: str, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"outcomes.{fmt}"
    assert cli(*_args(program_db, out, fmt), stdin=SUPERVISOR_PASSWORD + "\n") == 0, cli.err
    data = out.read_bytes()
    assert CALLER_NAME.encode() not in data and CALLER_NUMBER.encode() not in data
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    else:
        text = data.decode("utf-8-sig")
        assert "Resolved on the line without police or EMS" in text
        assert "(10 call(s))" in cli.out


def test_bad_input_gets_one_clear_line(cli: Cli, program_db: str, tmp_path: Path) -> None:
    out = tmp_path / "x.json"
    args = _args(program_db, out, "json")
    args[args.index("2026-03-15")] = "2026-02-31"
    assert cli(*args, stdin=SUPERVISOR_PASSWORD + "\n") == 1
    assert "'2026-02-31' is not a date" in cli.err and "Traceback" not in cli.err

    counselor = _args(program_db, out, "json")
    counselor[counselor.index("sam")] = "casey"
    assert cli(*counselor, stdin=COUNSELOR_PASSWORD + "\n") == 1
    assert "does not allow you to view reports" in cli.err
    assert not out.exists()

    missing = _args(program_db, tmp_path / "no" / "such" / "dir" / "x.json", "json")
    missing += ["--counselor", "nobody"]
    assert cli(*missing, stdin=SUPERVISOR_PASSWORD + "\n") == 1
    assert "There is no account 'nobody'" in cli.err

    (tmp_path / "a-file").write_text("not a folder")
    unwritable = _args(program_db, tmp_path / "a-file" / "x.json", "json")
    assert cli(*unwritable, stdin=SUPERVISOR_PASSWORD + "\n") == 1
    assert "could not be written" in cli.err and "Traceback" not in cli.err
