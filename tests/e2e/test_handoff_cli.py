"""``counselor-app handoff`` and ``safety-plan`` end to end (in-process, test keyring)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from counselor_app.domain.accounts import Role
from tests.conftest import COUNSELOR_PASSWORD, make_staff
from tests.e2e.test_follow_ups_cli import Cli
from tests.support.handoffs import SCRIPTS, nfkc, pdf_text
from tests.support.keyrings import MemoryKeyring
from tests.support.records import complete_record


@pytest.fixture
def cli(memory_keyring: MemoryKeyring) -> Cli:
    return Cli(memory_keyring)


@pytest.fixture
def call_ids(cli: Cli, db_url: str) -> dict[str, str]:
    """A call with consent and one whose caller declined it."""
    from counselor_app.app import prepare_schema

    ctx = cli.factory()(db_url)
    try:
        prepare_schema(ctx)
        casey = make_staff(ctx)[Role.COUNSELOR]
        consented = ctx.intake.complete(casey, complete_record(ctx, casey, name=SCRIPTS["arabic"]))
        record = complete_record(ctx, casey)
        declined = replace(
            record,
            referrals=(),
            disposition=replace(
                record.disposition,
                follow_up_consent=False,
                follow_up_times="",
                referral_given=False,
            ),
        )
        declined = ctx.intake.complete(casey, declined)
        return {"consented": str(consented.id), "declined": str(declined.id)}
    finally:
        ctx.close()


def test_handoff_writes_the_pdf(
    cli: Cli, db_url: str, call_ids: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "peer.pdf"
    argv = ["--database", db_url, "handoff", call_ids["consented"], "--to", "peer"]
    code = cli(
        *argv, "-o", str(target), "--as", "casey", "--password-stdin", stdin=COUNSELOR_PASSWORD
    )
    assert code == 0, cli.err
    assert "disclosure" in cli.out and "page(s)" in cli.out
    assert nfkc(SCRIPTS["arabic"]) in nfkc(pdf_text(target.read_bytes()))
    plan = tmp_path / "plan.pdf"
    argv = ["--database", db_url, "safety-plan", call_ids["consented"], "--language", "es"]
    code = cli(
        *argv, "-o", str(plan), "--as", "casey", "--password-stdin", stdin=COUNSELOR_PASSWORD
    )
    assert code == 0, cli.err
    assert "Mi plan de seguridad" in pdf_text(plan.read_bytes())


def test_refusal_and_override_are_one_line(
    cli: Cli, db_url: str, call_ids: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "clinician.pdf"
    base = ["--database", db_url, "handoff", call_ids["declined"], "--to", "clinician"]
    auth = ["-o", str(target), "--as", "casey", "--password-stdin"]
    assert cli(*base, *auth, stdin=COUNSELOR_PASSWORD) == 1
    assert cli.err.startswith("counselor-app: error: This handoff to the clinician referral")
    assert cli.err.count("\n") == 1 and "Traceback" not in cli.err
    assert not target.exists()
    code = cli(*base, "--override", "ER admission", *auth, stdin=COUNSELOR_PASSWORD)
    assert code == 0, cli.err
    assert target.read_bytes().startswith(b"%PDF")
    assert cli("--database", db_url, "handoff", "nope", "--to", "psap", *auth) == 1
    assert cli.err == "counselor-app: error: 'nope' is not a call id. Give the call's UUID.\n"
    assert cli("--database", db_url, "handoff", call_ids["declined"], "--to", "police") == 2
