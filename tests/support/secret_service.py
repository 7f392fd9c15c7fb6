"""A private D-Bus session with an unlocked GNOME Keyring: a real Secret Service for a subprocess.

The app refuses plaintext keyrings, so the packaged-bundle test and ``bench/bundle.py`` run it
against the real thing: ``dbus-daemon --session`` and ``gnome-keyring-daemon --foreground
--unlock --components=secrets``, both started here (by process id, stopped here), with private
``HOME`` and ``XDG_*`` folders under ``root``. Needs the Debian packages ``dbus-daemon`` (or
``dbus``), ``dbus-bin`` and ``gnome-keyring``.

Usage::

    with SecretServiceSession(tmp_path) as session:
        subprocess.run([...], env=session.env)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from types import TracebackType

KEYRING_PASSWORD = "bundle-test-keyring"  # unlocks a throw-away keyring in a temporary folder
NEEDED = ("dbus-daemon", "dbus-send", "gnome-keyring-daemon")
WAIT_SECONDS = 15.0


def missing_programs() -> list[str]:
    """The programs this session needs that are not on PATH."""
    return [p for p in NEEDED if shutil.which(p) is None]


class SecretServiceSession:
    """A session bus and an unlocked keyring, with the environment to reach them."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.env: dict[str, str] = {}
        self._bus: subprocess.Popen[str] | None = None
        self._keyring: subprocess.Popen[str] | None = None

    def __enter__(self) -> SecretServiceSession:
        missing = missing_programs()
        if missing:
            raise RuntimeError(
                f"missing {', '.join(missing)} (Debian: apt-get install dbus-daemon dbus-bin "
                "gnome-keyring)"
            )
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("XDG_", "DBUS_", "GNOME_KEYRING", "PYTHON_KEYRING"))
        }
        for name in ("home", "config", "data", "cache", "state", "runtime"):
            (self.root / name).mkdir(mode=0o700, parents=True, exist_ok=True)
        env.update(
            HOME=str(self.root / "home"),
            XDG_CONFIG_HOME=str(self.root / "config"),
            XDG_DATA_HOME=str(self.root / "data"),
            XDG_CACHE_HOME=str(self.root / "cache"),
            XDG_STATE_HOME=str(self.root / "state"),
            XDG_RUNTIME_DIR=str(self.root / "runtime"),
            QT_QPA_PLATFORM="offscreen",
        )
        self._bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert self._bus.stdout is not None
        address = self._bus.stdout.readline().strip()
        if not address:
            self.__exit__(None, None, None)
            raise RuntimeError("dbus-daemon printed no bus address")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        self.env = env
        try:
            self._keyring = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                text=True,
                env=env,
            )
            assert self._keyring.stdin is not None
            self._keyring.stdin.write(KEYRING_PASSWORD)
            self._keyring.stdin.close()
            self._wait_for_secret_service()
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def _wait_for_secret_service(self) -> None:
        deadline = time.monotonic() + WAIT_SECONDS
        ask = [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            "string:org.freedesktop.secrets",
        ]
        while time.monotonic() < deadline:
            out = subprocess.run(ask, env=self.env, capture_output=True, text=True, check=False)
            if "boolean true" in out.stdout:
                return
            if self._keyring is not None and self._keyring.poll() is not None:
                raise RuntimeError("gnome-keyring-daemon exited before it served secrets")
            time.sleep(0.1)
        raise RuntimeError(f"no Secret Service on the session bus after {WAIT_SECONDS:.0f} s")

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for proc in (self._keyring, self._bus):
            if proc is None or proc.poll() is not None:
                continue
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
