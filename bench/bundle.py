"""The packaged application (``make package``) against the same commands from the virtualenv.

Needs the bundle in ``dist/counselor-desk`` (``make package``); not part of ``make bench``
(bench/run.py skips it: building the bundle takes a minute or two). Runs ``python bench/bundle.py``.

Both run offscreen, against one private keyring session (a D-Bus session bus and an unlocked
GNOME Keyring, tests/support/secret_service.py) and one embedded database in private XDG
folders, prepared once (``db upgrade``, ``user add``). Bundle and virtualenv runs alternate and
swap order every round; each figure is the median of ``--repeats`` runs, after one untimed run
of each that warms the file cache. Figures (one JSON object a line; ``ratio`` = bundle / venv):

* ``bundle_size``: the size of ``dist/counselor-desk`` in MiB (no baseline).
* ``bundle_shown``: spawn until the sign-in window is on screen (``--bench-startup``).
* ``bundle_screenshot``: ``--screenshot FILE --as USER`` from spawn to exit 0 (sign in, render
  the main window, exit).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.support.secret_service import SecretServiceSession  # noqa: E402

NAME = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]
BUNDLE = REPO / "dist" / NAME
EXECUTABLE = BUNDLE / NAME
VENV_APP = [sys.executable, "-m", "counselor_app"]
PASSWORD = "Bench-bundle-passphrase-42"  # noqa: S105 - a throw-away test account
SHOWN_MARKER = "bench: window shown"
TIMEOUT = 180


def _size_mib(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return round(total / 2**20, 1)


def _until_shown(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*cmd, "--bench-startup"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=cwd,
    )
    assert proc.stdout is not None
    shown = None
    for line in proc.stdout:
        if SHOWN_MARKER in line:
            shown = time.perf_counter() - start
            break
    proc.kill()
    proc.wait()
    if shown is None:
        raise SystemExit(f"bundle.py: {cmd[0]} never showed its sign-in window")
    return shown


def _screenshot(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    shot = cwd / "bench.png"
    shot.unlink(missing_ok=True)
    start = time.perf_counter()
    done = subprocess.run(
        [*cmd, "--screenshot", str(shot), "--as", "admin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=TIMEOUT,
        check=False,
    )
    took = time.perf_counter() - start
    if done.returncode != 0 or not shot.is_file():
        raise SystemExit(f"bundle.py: {cmd[0]} --screenshot failed: {done.stderr.strip()}")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    if not EXECUTABLE.is_file():
        print(f"bundle.py: no bundle at {EXECUTABLE}; run `make package` first", file=sys.stderr)
        return 1
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as scratch:
        root = Path(scratch)
        with SecretServiceSession(root) as session:
            env = session.env
            for step, stdin in (
                (["db", "upgrade"], None),
                (["user", "add", "admin", "--role", "administrator", "--password-stdin"], PASSWORD),
            ):
                subprocess.run(
                    [*VENV_APP, *step],
                    input=stdin,
                    env=env,
                    cwd=root,
                    check=True,
                    capture_output=True,
                    text=True,
                    timeout=TIMEOUT,
                )
            bundle_cmd = [str(EXECUTABLE)]
            print(json.dumps({"name": "bundle_size", "value": _size_mib(BUNDLE), "unit": "MiB"}))
            for name, measure in (
                ("bundle_shown", _until_shown),
                ("bundle_screenshot", _screenshot),
            ):
                measure(bundle_cmd, env, root)  # warm the caches
                measure(VENV_APP, env, root)
                bundle: list[float] = []
                venv: list[float] = []
                for round_ in range(args.repeats):
                    pairs = [(bundle, bundle_cmd), (venv, VENV_APP)]
                    for times, cmd in pairs if round_ % 2 == 0 else pairs[::-1]:
                        times.append(measure(cmd, env, root))
                value, baseline = statistics.median(bundle), statistics.median(venv)
                record = {
                    "name": name,
                    "value": round(value, 3),
                    "unit": "s",
                    "baseline": round(baseline, 3),
                    "ratio": round(value / baseline, 2),
                }
                print(json.dumps(record), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
