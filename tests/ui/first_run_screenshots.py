"""Render the first-run wizard's pages for the documentation (``docs/screenshots/first-run-*.png``).

    .venv/bin/python -m tests.ui.first_run_screenshots [FOLDER]

Runs the real wizard on a throw-away SQLite database in a temporary folder with an in-memory
keyring: nothing touches the real user folders or keyring. The shared-database page shows the
message of a server that cannot be reached (a closed port on this machine).
"""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TEMP = Path(tempfile.mkdtemp(prefix="counselor-first-run-"))
HOME = TEMP / "home"  # a home of its own, so the pages show the usual ~/.local/share path
os.environ["HOME"] = str(HOME)
for _var, _sub in (
    ("XDG_CONFIG_HOME", ".config"),
    ("XDG_DATA_HOME", ".local/share"),
    ("XDG_CACHE_HOME", ".cache"),
    ("XDG_STATE_HOME", ".local/state"),
):
    os.environ[_var] = str(HOME / _sub)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counselor_app.config import Settings  # noqa: E402
from counselor_app.first_run import FirstRunSetup  # noqa: E402
from counselor_app.ui.first_run import FirstRunWizard  # noqa: E402
from counselor_app.ui.first_run.wizard import (  # noqa: E402
    ADMINISTRATOR_PAGE,
    DIRECTORY_PAGE,
    TOUR_PAGES,
)
from counselor_app.ui.ops import Runner  # noqa: E402
from counselor_app.ui.theme import apply_settings  # noqa: E402
from tests.support.keyrings import MemoryKeyring  # noqa: E402

ADMIN_PASSWORD = "quiet harbor lantern seventeen"
FAST_HASHER = PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)

SIZE = (760, 600)


def _wait(app: QApplication, condition: Callable[[], bool], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("the wizard did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def render(folder: Path) -> list[Path]:
    """Walk the wizard and save one PNG per page in ``folder``; the files written."""
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    apply_settings(app, Settings())
    (HOME / "center-ca.pem").parent.mkdir(parents=True, exist_ok=True)
    (HOME / "center-ca.pem").write_text("(not a certificate: the server is never reached)\n")
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    folder.mkdir(parents=True, exist_ok=True)
    runner = Runner()
    setup = FirstRunSetup(keyring_backend=backend, password_hasher=FAST_HASHER)
    wizard = FirstRunWizard(setup, runner)
    wizard.resize(*SIZE)
    wizard.show()
    written: list[Path] = []

    def shot(name: str) -> None:
        for _ in range(3):  # let restyled widgets (the message bar) lay out again
            app.sendPostedEvents()
            app.processEvents()
        path = folder / f"first-run-{name}.png"
        if not wizard.grab().save(str(path)):
            raise RuntimeError(f"could not write {path}")
        written.append(path)

    try:
        page = wizard.database_page
        shot("database")
        page.shared_button.setChecked(True)
        page.host.setText("127.0.0.1")
        page.port.setValue(_free_port())
        page.user.setText("workstation_01")
        page.password.setText("example-password")
        page.ca_file.setText("~/center-ca.pem")
        wizard.next()
        _wait(app, lambda: page.message_bar.kind == "problem")
        shot("shared-unreachable")
        page.embedded_button.setChecked(True)
        wizard.next()
        _wait(app, lambda: wizard.currentId() == ADMINISTRATOR_PAGE and not wizard.busy)
        admin = wizard.administrator_page
        admin.username.setText("robin")
        admin.full_name.setText("Robin Admin")
        assert admin.passwords is not None
        admin.passwords.password.setText(ADMIN_PASSWORD)
        admin.passwords.confirm.setText(ADMIN_PASSWORD)
        shot("administrator")
        wizard.next()
        _wait(app, lambda: wizard.currentId() == DIRECTORY_PAGE and not wizard.busy)
        wizard.directory_page.path.setText("~/Downloads/region-hsds.zip")
        shot("directory")
        wizard.directory_page.skip_button.setChecked(True)
        wizard.next()
        for index, page_id in enumerate(TOUR_PAGES):
            _wait(app, lambda page_id=page_id: wizard.currentId() == page_id)
            shot(f"tour-{index + 1}")
            wizard.next()
    finally:
        wizard.reject()  # cancel: nothing is left behind
        runner.shutdown()
    return written


def main(argv: list[str]) -> int:
    """Render into ``argv[0]`` (default: docs/screenshots)."""
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    for path in render(folder):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
