"""Cost of the session checks: the idle lock's event filter, and the daily check per action.

* ``idle_lock_keystroke``: delivering a key press and release to a line edit while the session
  lock's application-wide event filter watches every event, against the same delivery with no
  filter, in the same run. Every keystroke of a call passes through the filter.
* ``authorize_with_daily_check``: ``authorize()`` -- the account row plus the session's daily-check
  time and the database clock -- against reading the account row alone, on SQLite, inside one
  unit of work each. Every service action pays this.

Figures are medians of many repetitions, reported as ratios to the bare baseline.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

KEYSTROKE_TARGET = 1.5
"""The filter is one Python call per event; more than half again the bare cost is a regression."""
AUTHORIZE_TARGET = 4.0
"""Two extra primary-key reads and the clock query on top of one; above 4x something crept in."""
REPEATS = 31


def _median(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _figure(name: str, value: float, baseline: float, target: float, unit: str = "ms") -> None:
    print(
        json.dumps(
            {
                "name": name,
                "value": round(value * 1000, 4),
                "unit": unit,
                "baseline": round(baseline * 1000, 4),
                "ratio": round(value / baseline, 2),
                "target": target,
            }
        ),
        flush=True,
    )


def main() -> int:
    scratch = Path(tempfile.mkdtemp(prefix="counselor-bench-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(scratch / var.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from argon2 import PasswordHasher
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    from bench.memory_keyring import MemoryKeyring
    from counselor_app.app import build_context, prepare_schema
    from counselor_app.config import Settings
    from counselor_app.db.models import StaffAccount
    from counselor_app.db.uow import UnitOfWork
    from counselor_app.domain.accounts import Permission
    from counselor_app.services.authz import authorize
    from counselor_app.ui.ops import Runner
    from counselor_app.ui.session_lock import SessionLock

    ctx = build_context(
        f"sqlite:///{scratch / 'bench.db'}",
        settings=Settings(),
        keyring_backend=MemoryKeyring(),
        password_hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )
    prepare_schema(ctx)
    ctx.auth.create_first_administrator("admin", "Admin", "quiet harbor lantern seventeen")
    admin = ctx.auth.sign_in("admin", "quiet harbor lantern seventeen")

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    edit = QLineEdit(window)
    window.setCentralWidget(edit)
    window.show()
    app.processEvents()

    def type_keys(n: int = 200) -> None:
        for _ in range(n):
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
                QApplication.sendEvent(edit, event)
        edit.clear()

    type_keys()
    bare = _median(type_keys)
    runner = Runner()
    lock = SessionLock(window, ctx.auth, admin, runner, idle_minutes=10, reauth=timedelta(hours=24))
    type_keys()
    watched = _median(type_keys)
    lock.stop()
    _figure("idle_lock_keystroke", watched / 400, bare / 400, KEYSTROKE_TARGET)

    def account_only() -> None:
        with UnitOfWork(ctx.database, write=False) as uow:
            uow.session.get(StaffAccount, admin.id)

    def with_check() -> None:
        with UnitOfWork(ctx.database, write=False) as uow:
            authorize(uow.session, admin, Permission.ACCOUNT_MANAGE)

    account_only()
    with_check()
    _figure(
        "authorize_with_daily_check",
        _median(with_check, 101),
        _median(account_only, 101),
        AUTHORIZE_TARGET,
    )
    runner.shutdown()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
