"""A counselor is typing when the application is killed (SIGKILL): the words come back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_app.app import build_context, prepare_schema
from counselor_app.config import Settings
from counselor_app.domain.accounts import Role
from counselor_app.services.credentials import CredentialStore
from counselor_app.services.drafts import DraftStore
from tests.conftest import ADMIN_PASSWORD, COUNSELOR_PASSWORD, FAST_HASHER
from tests.e2e.crash_child import TEXT
from tests.support.keyrings import FileKeyring

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is a POSIX signal")
def test_text_typed_before_a_sigkill_is_recovered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[var] = str(tmp_path / var.lower())
        monkeypatch.setenv(var, env[var])
    env["COUNSELOR_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    monkeypatch.setenv("COUNSELOR_TEST_KEYRING_FILE", env["COUNSELOR_TEST_KEYRING_FILE"])
    env["PYTHONPATH"] = str(REPO)
    env["QT_QPA_PLATFORM"] = "offscreen"
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    ctx = build_context(
        url, settings=Settings(), keyring_backend=FileKeyring(), password_hasher=FAST_HASHER
    )
    prepare_schema(ctx)
    ctx.auth.create_first_administrator("admin", "Avery Admin", ADMIN_PASSWORD)
    admin = ctx.auth.sign_in("admin", ADMIN_PASSWORD)
    ctx.accounts.add_account(admin, "casey", "Casey Counselor", Role.COUNSELOR, COUNSELOR_PASSWORD)

    child = subprocess.Popen(
        [sys.executable, "-m", "tests.e2e.crash_child", url, "casey", COUNSELOR_PASSWORD],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    typed = 0
    drafts_seen = 0
    typed_at_draft: list[int] = []
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.startswith("typed "):
                typed = int(line.split()[1])
            elif line.strip() == "draft":
                drafts_seen += 1
                typed_at_draft.append(typed)
            # Kill in the middle of typing, after at least two drafts reached the disk.
            if drafts_seen >= 2 and typed >= typed_at_draft[-1] + 20:
                child.send_signal(signal.SIGKILL)
                break
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    assert drafts_seen >= 2, "the workspace never wrote a draft"

    # The next start offers the call back with the words typed up to the last draft.
    store = DraftStore(
        tmp_path / "xdg_data_home" / "counselor-desk" / "drafts",
        CredentialStore(FileKeyring()),
        ctx.database.location,
    )
    casey = ctx.auth.sign_in("casey", COUNSELOR_PASSWORD)
    drafts = store.recover(casey.id)
    assert len(drafts) == 1
    narrative = drafts[0].record.narrative
    stream = (TEXT * (typed // len(TEXT) + 2))[:typed]
    assert stream.startswith(narrative)  # exactly what was typed, in order, nothing garbled
    # Everything typed before the previous draft was written is certainly there.
    assert len(narrative) >= typed_at_draft[-2]
    assert "Zoë" in narrative and "日本語" in narrative
    ctx.close()
