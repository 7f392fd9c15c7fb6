"""``counselor-app followups due|ics`` end to end (in-process, test keyring, both engines)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from counselor_app.app import AppContext, build_context, prepare_schema
from counselor_app.cli import main
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role
from tests.conftest import FAST_HASHER, PEER_PASSWORD, make_staff
from tests.support.follow_ups import CALL_NUMBER, scheduled
from tests.support.keyrings import MemoryKeyring


class Cli:
    """Runs ``counselor-app`` in-process with the test keyring, capturing its output."""

    def __init__(self, keyring: MemoryKeyring) -> None:
        self.keyring = keyring
        self.out = ""
        self.err = ""

    def factory(self) -> Callable[[str | None], AppContext]:
        def make(url: str | None) -> AppContext:
            return build_context(
                url, settings=Settings(), keyring_backend=self.keyring, password_hasher=FAST_HASHER
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


@pytest.fixture
def queue_db(cli: Cli, db_url: str) -> dict[str, str]:
    """A database with one overdue follow-up, one due today (claimed by pat) and later ones."""
    ctx = cli.factory()(db_url)
    try:
        prepare_schema(ctx)
        staff = make_staff(ctx)
        casey, pat = staff[Role.COUNSELOR], staff[Role.PEER_SPECIALIST]
        _old, old_ids = scheduled(ctx, casey, ended_at=datetime.now(UTC) - timedelta(days=4))
        _new, new_ids = scheduled(ctx, casey, ended_at=datetime.now(UTC) - timedelta(hours=1))
        ctx.follow_ups.claim(pat, new_ids[0])
        return {"overdue": str(old_ids[0]), "due": str(new_ids[0]), "later": str(new_ids[1])}
    finally:
        ctx.close()


def test_due_lists_overdue_and_due_today(cli: Cli, db_url: str, queue_db: dict[str, str]) -> None:
    code = cli("--database", db_url, "followups", "due", "--as", "pat", stdin=PEER_PASSWORD)
    assert code == 0, cli.err
    lines = cli.out.splitlines()
    assert lines[0].startswith("OVERDUE ") and "unassigned" in lines[0]
    assert lines[1].startswith("due ") and "Pat Peer" in lines[1]
    assert lines[-1] == "1 overdue, 1 due today (times in America/Chicago)."
    assert "NZ" in lines[0] and "Low risk" in lines[0]
    assert CALL_NUMBER not in cli.out and "Nguy" not in cli.out


def test_due_as_json_lines(cli: Cli, db_url: str, queue_db: dict[str, str]) -> None:
    code = cli(
        "--database",
        db_url,
        "followups",
        "due",
        "--json",
        "--as",
        "pat",
        "--password-stdin",
        stdin=PEER_PASSWORD + "\n",
    )
    assert code == 0, cli.err
    records = [json.loads(line) for line in cli.out.splitlines()]
    assert [(r["id"], r["view"]) for r in records] == [
        (queue_db["overdue"], "overdue"),
        (queue_db["due"], "due_today"),
    ]
    assert records[1]["assigned_to"] == "Pat Peer" and records[1]["status"] == "claimed"
    assert datetime.fromisoformat(records[0]["due_end"]) < datetime.now(UTC)
    assert set(records[0]) == {
        "id",
        "view",
        "reference",
        "initials",
        "due_start",
        "due_end",
        "status",
        "risk",
        "method",
        "assigned_to",
        "attempts",
    }


def test_ics_writes_my_follow_ups(
    cli: Cli, db_url: str, queue_db: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "mine.ics"
    code = cli(
        "--database",
        db_url,
        "followups",
        "ics",
        "-o",
        str(target),
        "--as",
        "pat",
        stdin=PEER_PASSWORD,
    )
    assert code == 0, cli.err
    assert cli.out == f"Wrote 1 follow-up(s) to {target}.\n"
    (event,) = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert str(event["uid"]) == f"{queue_db['due']}@counselor-desk"
    assert CALL_NUMBER.encode() not in target.read_bytes()


def test_errors_are_one_line(cli: Cli, db_url: str, queue_db: dict[str, str]) -> None:
    assert cli("--database", db_url, "followups", "due") == 1
    assert cli.err == "counselor-app: error: Follow-ups are listed for an account. Add --as USER.\n"
    assert cli("--database", db_url, "followups", "due", "--as", "pat", stdin="wrong\n") == 1
    assert cli.err.count("\n") == 1 and "Traceback" not in cli.err
    admin_password = "quiet harbor lantern seventeen"
    # An administrator may look at the queue but has no follow-ups of their own to export.
    assert cli("--database", db_url, "followups", "due", "--as", "admin", stdin=admin_password) == 0
    assert cli("--database", db_url, "followups", "frobnicate") == 2


def test_demo_accounts_need_no_password(cli: Cli, sqlite_url: str, tmp_path: Path) -> None:
    assert cli("--database", sqlite_url, "demo") == 0, cli.err
    assert cli("--database", sqlite_url, "followups", "due", "--as", "demo.peer") == 0, cli.err
    assert cli.out.splitlines()[-1].endswith("due today (times in America/Chicago).")
    target = tmp_path / "demo.ics"
    assert (
        cli("--database", sqlite_url, "followups", "ics", "-o", str(target), "--as", "demo.peer")
        == 0
    )
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
