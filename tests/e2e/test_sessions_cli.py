"""``counselor-app user reset-2fa USER --as ADMIN`` (both engines)."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from counselor_app.app import AppContext, build_context
from counselor_app.cli import main
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role
from counselor_app.services import totp
from tests.conftest import ADMIN_PASSWORD, FAST_HASHER, PEER_PASSWORD, make_staff
from tests.support.keyrings import MemoryKeyring


def _factory(keyring: MemoryKeyring) -> Callable[[str | None], AppContext]:
    """Contexts that share one field cipher, as workstations of one database share keys."""

    def make(url: str | None) -> AppContext:
        ctx = build_context(
            url, settings=Settings(), keyring_backend=keyring, password_hasher=FAST_HASHER
        )
        return ctx

    return make


def _run(factory: Callable[[str | None], AppContext], *argv: str, stdin: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err, context_factory=factory
    )
    return code, out.getvalue() + err.getvalue()


def test_reset_two_step_from_the_command_line(db_url: str, memory_keyring: MemoryKeyring) -> None:
    factory = _factory(memory_keyring)
    ctx = factory(db_url)
    from counselor_app.app import prepare_schema

    prepare_schema(ctx)
    try:
        staff = make_staff(ctx)
        pat = staff[Role.PEER_SPECIALIST]
        enrollment = ctx.auth.start_two_step(pat)
        now = datetime.now(UTC)
        ctx.auth.enable_two_step(pat, enrollment.secret, totp.code_at(enrollment.secret, now))
    finally:
        ctx.close()
    args = ("--database", db_url, "user", "reset-2fa", "--password-stdin")
    # Only an administrator may, with their password.
    code, text = _run(factory, *args, "pat", "--as", "admin", stdin="wrong password here\n")
    assert code == 1 and "not correct" in text
    code, text = _run(factory, *args, "nobody", "--as", "admin", stdin=f"{ADMIN_PASSWORD}\n")
    assert code == 1 and "no account 'nobody'" in text
    code, text = _run(factory, *args, "pat", "--as", "admin", stdin=f"{ADMIN_PASSWORD}\n")
    assert code == 0, text
    assert "Two-step sign-in is off for 'pat'" in text
    code, text = _run(factory, *args, "pat", "--as", "admin", stdin=f"{ADMIN_PASSWORD}\n")
    assert code == 1 and "does not use two-step" in text
    ctx = factory(db_url)
    try:
        assert not ctx.auth.sign_in("pat", PEER_PASSWORD).account.two_step
    finally:
        ctx.close()


def test_an_administrator_with_two_step_gives_the_code_on_the_next_line(
    db_url: str, memory_keyring: MemoryKeyring
) -> None:
    factory = _factory(memory_keyring)
    ctx = factory(db_url)
    from counselor_app.app import prepare_schema

    prepare_schema(ctx)
    try:
        staff = make_staff(ctx)
        admin, pat = staff[Role.ADMINISTRATOR], staff[Role.PEER_SPECIALIST]
        for user in (admin, pat):
            enrollment = ctx.auth.start_two_step(user)
            code = totp.code_at(enrollment.secret, datetime.now(UTC))
            ctx.auth.enable_two_step(user, enrollment.secret, code)
            if user is admin:
                admin_secret = enrollment.secret
    finally:
        ctx.close()
    args = ("--database", db_url, "user", "reset-2fa", "--password-stdin", "pat", "--as", "admin")
    code, text = _run(factory, *args, stdin=f"{ADMIN_PASSWORD}\n")
    assert code == 1 and "No two-step code (on the line after the password) was given" in text
    later = totp.code_at(admin_secret, datetime.now(UTC) + timedelta(seconds=totp.STEP_SECONDS))
    code, text = _run(factory, *args, stdin=f"{ADMIN_PASSWORD}\n{later}\n")
    assert code == 0, text
