"""Cold start of Counselor desk to its sign-in window, as a ratio to a bare Qt window.

Every measurement is a fresh Python process, timed from spawn until it prints a marker line, with
``QT_QPA_PLATFORM=offscreen``, its own temporary XDG folders and an in-memory keyring
(``bench.memory_keyring``), so a run never touches the real user folders or keyring. App and
baseline runs alternate (and swap order every round) so that load on the machine hits both alike;
each figure is the median of ``--repeats`` runs. ``db upgrade`` prepares the schema first and one
untimed run of each warms the file and font caches, so the timed runs all see the same state.

Figures (one JSON object a line):

* ``startup``: ``python -m counselor_app --database URL --bench-startup`` -- the real start
  path up to the sign-in window on screen (settings, theme, the window; the database opens
  behind it on a worker thread) -- against a script that creates a ``QApplication`` and a
  ``QMainWindow`` and shows it. Both print the marker when their window is shown.
* ``startup_ready``: the same start, until the database is open (SQLAlchemy imported, keyring
  read, schema checked) and the sign-in can be submitted, against the same bare window.
* ``import_time``: importing ``counselor_app.app`` (the composition root) against importing
  ``PySide6.QtWidgets``, timed inside fresh processes. It tells where start-up time goes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# The app may take at most three times as long as a bare window to show its sign-in window. It
# reads its settings, applies its theme and builds a form; the database, SQLAlchemy and the
# keyring come after, behind the window. More than 3x means something heavy has crept in front
# of the first window (an eager import, database work on the GUI thread).
STARTUP_TARGET = 3.0

# Importing the composition root (no Qt) against importing Qt's widgets. Today SQLAlchemy and
# alembic dominate it; the target keeps new eager imports (reportlab, phonenumbers' metadata,
# the export modules) off the start path.
IMPORT_TARGET = 8.0

# Until the database is open and the sign-in can be submitted: the window is already usable
# (typing works) while SQLAlchemy, the keyring and the schema check finish behind it.
READY_TARGET = 8.0

RUN_TIMEOUT_S = 120
READY_MARKER = "bench: ready"
SHOWN_MARKER = "bench: window shown"

BASELINE_WINDOW = f"""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    def showEvent(self, event):
        super().showEvent(event)
        print({SHOWN_MARKER!r}, flush=True)
        QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv)
window = Window()
window.setWindowTitle("Baseline")
window.resize(1024, 700)
window.show()
sys.exit(app.exec())
"""

IMPORT_TIMER = """
import time
start = time.perf_counter()
import {module}
print(time.perf_counter() - start)
"""


class BenchError(Exception):
    """A benchmark run failed; the message says which and why."""


def child_env(scratch: Path) -> dict[str, str]:
    """Environment of the measured processes: isolated folders, keyring and display."""
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = scratch / var.lower()
        folder.mkdir()
        env[var] = str(folder)
    runtime = scratch / "xdg_runtime_dir"
    runtime.mkdir()
    runtime.chmod(0o700)  # Qt insists on 0700
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "bench.memory_keyring.MemoryKeyring"
    paths = [str(REPO), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    env.setdefault("LANG", "C.UTF-8")
    return env


def _tail(text: str, lines: int = 15) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def timed_run(
    label: str, cmd: list[str], env: dict[str, str], cwd: Path, marker: str = SHOWN_MARKER
) -> tuple[float, str]:
    """Run ``cmd``; return the seconds from spawn until it printed ``marker``, and stdout.

    The clock stops when the marker line appears (the window is on screen, or the app is ready),
    not when the process has finished exiting: what a person waits for is the window.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    shown_at: float | None = None
    lines: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line)
        if shown_at is None and marker in line:
            shown_at = time.perf_counter() - start
    try:
        _, stderr = proc.communicate(timeout=RUN_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise BenchError(
            f"{label}: did not exit within {RUN_TIMEOUT_S} s "
            "(does it exit once its window is shown?)"
        ) from None
    if proc.returncode != 0:
        raise BenchError(f"{label}: exited with {proc.returncode}\n{_tail(stderr)}")
    stdout = "".join(lines)
    if shown_at is None:
        raise BenchError(f"{label}: never printed {marker!r}")
    return shown_at, stdout


def compare(
    repeats: int,
    subject: Callable[[], float],
    baseline: Callable[[], float],
) -> tuple[float, float]:
    """Medians of ``subject`` and ``baseline``, alternating and swapping order every round."""
    subject_times: list[float] = []
    baseline_times: list[float] = []
    for i in range(repeats):
        if i % 2 == 0:
            subject_times.append(subject())
            baseline_times.append(baseline())
        else:
            baseline_times.append(baseline())
            subject_times.append(subject())
    return statistics.median(subject_times), statistics.median(baseline_times)


def figure(name: str, value: float, unit: str, baseline: float, target: float) -> None:
    """Print one figure as a JSON line."""
    record = {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline": round(baseline, 4),
        "ratio": round(value / baseline, 3),
        "target": target,
    }
    print(json.dumps(record), flush=True)


def bench_startup(repeats: int, env: dict[str, str], scratch: Path) -> None:
    """The ``startup`` and ``startup_ready`` figures."""
    database = scratch / "bench.db"
    url = f"sqlite:///{database}"
    app_cmd = [sys.executable, "-m", "counselor_app", "--database", url, "--bench-startup"]
    baseline_cmd = [sys.executable, "-c", BASELINE_WINDOW]
    # Untimed: create the schema (as an installed workstation has it) and warm the caches.
    prepare = [sys.executable, "-m", "counselor_app", "--database", url, "db", "upgrade"]
    subprocess.run(prepare, env=env, cwd=scratch, check=True, capture_output=True)
    if not database.exists():
        raise BenchError(f"no database was created at {database}; is --database honoured?")

    def app() -> float:
        return timed_run("app start (counselor_app --bench-startup)", app_cmd, env, scratch)[0]

    def app_ready() -> float:
        label = "app ready (counselor_app --bench-startup)"
        return timed_run(label, app_cmd, env, scratch, READY_MARKER)[0]

    def bare_window() -> float:
        elapsed, out = timed_run("baseline window", baseline_cmd, env, scratch)
        if SHOWN_MARKER not in out:
            raise BenchError("baseline window: exited without showing its window")
        return elapsed

    app()
    bare_window()
    value, baseline = compare(repeats, app, bare_window)
    figure("startup", value, "s", baseline, STARTUP_TARGET)
    value, baseline = compare(repeats, app_ready, bare_window)
    figure("startup_ready", value, "s", baseline, READY_TARGET)


def bench_import_time(repeats: int, env: dict[str, str], scratch: Path) -> None:
    """The ``import_time`` figure."""

    def import_time(module: str) -> Callable[[], float]:
        cmd = [sys.executable, "-c", IMPORT_TIMER.format(module=module)]

        def run() -> float:
            out = timed_run(f"import {module}", cmd, env, scratch, marker="")[1]
            return float(out.strip().splitlines()[-1])

        return run

    app, qt = import_time("counselor_app.app"), import_time("PySide6.QtWidgets")
    app()
    qt()
    value, baseline = compare(repeats, app, qt)
    figure("import_time", value, "s", baseline, IMPORT_TARGET)


def main() -> int:
    """Run both figures; exit 1 (with the reason on standard error) when a run fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each (default 5)")
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")
    with tempfile.TemporaryDirectory(prefix="counselor-bench-") as tmp:
        scratch = Path(tmp)
        env = child_env(scratch)
        try:
            bench_startup(args.repeats, env, scratch)
            bench_import_time(args.repeats, env, scratch)
        except BenchError as exc:
            print(f"bench/startup.py: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
