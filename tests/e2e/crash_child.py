"""Child process of test_crash_recovery: a counselor typing a narrative until the process is killed.

Run as ``python -m tests.e2e.crash_child DATABASE_URL USERNAME PASSWORD``. It signs in, opens the
intake workspace on a new call and types the text below into the narrative, one key press every
few milliseconds, forever. It prints ``typed N`` after each key and ``draft`` each time the
workspace reports a draft written to disk. The parent kills it with SIGKILL.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from argon2 import PasswordHasher
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from counselor_app.app import build_context, prepare_schema
from counselor_app.config import Settings
from counselor_app.domain.calls import CallSource
from counselor_app.ui.intake.workspace import IntakeWorkspace
from counselor_app.ui.ops import Runner
from tests.support.keyrings import FileKeyring

TEXT = "Zoë said: “I can't sleep, I keep thinking about it.” 日本語も少し。 "
KEY_INTERVAL_MS = 8


def main() -> int:
    url, username, password = sys.argv[1:4]
    app = QApplication([])
    ctx = build_context(
        url,
        settings=Settings(),
        keyring_backend=FileKeyring(),
        password_hasher=PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1),
    )
    prepare_schema(ctx)
    user = ctx.auth.sign_in(username, password)
    runner = Runner(app)
    record = ctx.intake.new_call(user, CallSource.LIFELINE_988)
    workspace = IntakeWorkspace(ctx, user, runner, record, in_database=False, editable=True)
    workspace.resize(1280, 800)
    workspace.show()
    narrative = workspace.form.narrative
    narrative.setFocus()
    typed = 0

    def type_next() -> None:
        nonlocal typed
        char = TEXT[typed % len(TEXT)]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                narrative, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )
        typed += 1
        print(f"typed {typed}", flush=True)
        QTimer.singleShot(KEY_INTERVAL_MS, type_next)

    workspace.draft_written.connect(lambda: print("draft", flush=True))
    QTimer.singleShot(0, type_next)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
