"""Cost of keeping a call safe: one autosave of a draft, and completing a call.

Each figure is the median of many timed repetitions and is reported as a ratio to a bare,
durable write of the same bytes in the same run (``open``, ``write``, ``fsync``, ``close``), so a
busy or slow disk moves both alike.

* ``autosave``: ``DraftStore.save`` of a fully filled call -- JSON, AES-GCM, temporary file,
  fsync, ``os.replace``, fsync of the folder -- against a bare write of the sealed bytes.
* ``complete_call``: ``IntakeService.complete`` on the embedded SQLite database -- validation, the
  call aggregate's rows, the audit entry, one durable commit -- against a bare write of the
  record's JSON.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

# Sealing and renaming cost two extra fsyncs (file and folder) on top of the bare write's one.
AUTOSAVE_TARGET = 4.0
# Completing a call writes about twenty rows through the ORM (the call, its concerns, assessment,
# checklist run and items, safety plan, audit entry) in one durable SQLite transaction, against
# one fsynced file: measured at 19-25x (about 6 ms) when this target was set. Above 30x, a
# query has crept into the save path.
COMPLETE_TARGET = 30.0
REPEATS = 40


def _median(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def _bare_write(path: Path, data: bytes) -> Callable[[], None]:
    def write() -> None:
        with path.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    return write


def _figure(name: str, value: float, baseline: float, target: float) -> None:
    ratio = value / baseline
    print(
        json.dumps(
            {
                "name": name,
                "value": round(value * 1000, 3),
                "unit": "ms",
                "baseline": round(baseline * 1000, 3),
                "ratio": round(ratio, 2),
                "target": target,
            }
        ),
        flush=True,
    )


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="counselor-bench-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(scratch / var.lower())
    from argon2 import PasswordHasher

    from bench.memory_keyring import MemoryKeyring
    from counselor_app.app import build_context, prepare_schema
    from counselor_app.config import Settings
    from counselor_app.domain.accounts import Role
    from counselor_app.domain.serialize import to_jsonable
    from counselor_app.services.credentials import CredentialStore
    from counselor_app.services.drafts import DraftStore
    from tests.support.records import complete_record

    keyring = MemoryKeyring()
    ctx = build_context(
        f"sqlite:///{scratch / 'bench.db'}",
        settings=Settings(),
        keyring_backend=keyring,
        password_hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )
    prepare_schema(ctx)
    ctx.auth.create_first_administrator("admin", "Admin", "quiet harbor lantern seventeen")
    admin = ctx.auth.sign_in("admin", "quiet harbor lantern seventeen")
    ctx.accounts.add_account(
        admin, "casey", "Casey", Role.COUNSELOR, "maple sparrow under blue sky"
    )
    casey = ctx.auth.sign_in("casey", "maple sparrow under blue sky")
    record = complete_record(ctx, casey)
    record = replace(record, narrative=record.narrative + " " + "word " * 400)

    drafts = DraftStore(scratch / "drafts", CredentialStore(keyring), "bench")
    size = drafts.save(record)
    sealed = (scratch / "drafts" / f"{record.id}.draft").read_bytes()
    assert len(sealed) == size
    bare = _bare_write(scratch / "bare.bin", sealed)
    bare()
    autosave = _median(lambda: drafts.save(record))
    baseline = _median(bare)
    _figure("autosave", autosave, baseline, AUTOSAVE_TARGET)

    payload = json.dumps(to_jsonable(record)).encode("utf-8")
    bare_json = _bare_write(scratch / "bare.json", payload)
    bare_json()

    pending = [complete_record(ctx, casey, narrative=record.narrative) for _ in range(REPEATS + 1)]

    def complete_one() -> None:
        ctx.intake.complete(casey, pending.pop())

    complete_one()
    complete = _median(complete_one)
    baseline = _median(bare_json)
    _figure("complete_call", complete, baseline, COMPLETE_TARGET)
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
