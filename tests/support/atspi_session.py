"""A desktop session for the AT-SPI test: Xvfb, an unlocked GNOME Keyring, the app on xcb.

Run inside ``dbus-run-session`` (which gives the session bus; the accessibility bus is started
on demand by at-spi2-core's ``org.a11y.Bus`` service). Every process started here is stopped by
the context managers, by its own process id.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

APP_ENV = {
    "QT_QPA_PLATFORM": "xcb",
    "QT_ACCESSIBILITY": "1",
    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    "NO_AT_BRIDGE": "0",
}
"""What turns Qt's AT-SPI bridge on, on the X11 platform (not offscreen: it has no bridge)."""

REQUIRED_PROGRAMS = ("Xvfb", "dbus-run-session", "gnome-keyring-daemon")
AT_SPI_LAUNCHERS = (
    Path("/usr/libexec/at-spi-bus-launcher"),
    Path("/usr/lib/at-spi2-core/at-spi-bus-launcher"),
)


def missing_pieces() -> list[str]:
    """What this machine lacks to run the session (Debian package names in parentheses)."""
    missing = [
        f"{program} ({package})"
        for program, package in zip(
            REQUIRED_PROGRAMS, ("xvfb", "dbus", "gnome-keyring"), strict=True
        )
        if shutil.which(program) is None
    ]
    if not any(path.exists() for path in AT_SPI_LAUNCHERS):
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    return missing


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@contextmanager
def xvfb() -> Iterator[str]:
    """A virtual X server; yields its DISPLAY."""
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start (no display number)")
        display = f":{number}"
        _activation_environment({"DISPLAY": display})
        yield display
    finally:
        _stop(process)


@contextmanager
def unlocked_keyring(password: str = "atspi test keyring") -> Iterator[None]:  # noqa: S107
    """GNOME Keyring's secret service on the session bus, its login keyring unlocked.

    The keyring files go to ``$XDG_DATA_HOME/keyrings`` (a temporary folder in the test).
    """
    process = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--components=secrets", "--unlock"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None
    process.stdin.write(password.encode())
    process.stdin.close()
    try:
        wait_for_bus_name("org.freedesktop.secrets", process)
        yield
    finally:
        _stop(process)


def _activation_environment(values: dict[str, str]) -> None:
    """Give services the session bus starts later (the AT-SPI registry) these variables."""
    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    with open_dbus_connection(bus="SESSION") as conn:
        conn.send_and_get_reply(
            new_method_call(bus, "UpdateActivationEnvironment", "a{ss}", (values,))
        )


def wait_for_bus_name(name: str, process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """Wait until ``name`` has an owner on the session bus (or ``process`` exits)."""
    bus = DBusAddress(
        "/org/freedesktop/DBus", bus_name="org.freedesktop.DBus", interface="org.freedesktop.DBus"
    )
    deadline = time.monotonic() + timeout
    with open_dbus_connection(bus="SESSION") as conn:
        while True:
            reply = conn.send_and_get_reply(new_method_call(bus, "NameHasOwner", "s", (name,)))
            if reply.body[0]:
                return
            if process.poll() is not None:
                raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"nothing owns {name} on the session bus after {timeout} s")
            time.sleep(0.05)


def app_command(database_url: str, *args: str) -> list[str]:
    """The command line of the application in this interpreter."""
    return [sys.executable, "-m", "counselor_app", "--database", database_url, *args]


@contextmanager
def running_app(database_url: str, display: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The application on ``display`` with the accessibility bridge on."""
    env = {**os.environ, **APP_ENV, "DISPLAY": display}
    with log.open("wb") as out:
        process = subprocess.Popen(
            app_command(database_url), env=env, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            yield process
        finally:
            _stop(process)
