"""Accessibility as a screen reader meets it: the app under Xvfb, read and driven through AT-SPI.

``tests/e2e/atspi_driver.py`` runs in its own D-Bus session (``dbus-run-session``) with Xvfb,
GNOME Keyring and the AT-SPI bus of at-spi2-core; the application runs on the xcb platform with
Qt's accessibility bridge on. The driver only uses what AT-SPI exposes (names, roles, states,
relations, actions, editable text, focus events), the way Orca does, and writes a JSON report.

When CI=true a missing piece (Xvfb, D-Bus, GNOME Keyring, at-spi2-core, the xcb libraries)
fails the test; elsewhere it skips with the list of what to install.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.atspi_driver import CALLER_NAME, CONCERN, NARRATIVE
from tests.support.atspi_session import missing_pieces

REPO = Path(__file__).resolve().parents[2]
CI = os.environ.get("CI", "").lower() == "true"
SCREENS = (
    "sign-in",
    "intake",
    "intake call",
    "intake risk",
    "intake disposition",
    "directory",
    "follow-ups",
)


def _xcb_plugin_problem() -> str | None:
    """Why Qt's xcb platform plugin cannot load (a missing system library), or None."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None  # not a Linux wheel layout; the run itself will tell
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    missing = sorted(
        {line.split()[0] for line in result.stdout.splitlines() if "not found" in line}
    )
    return f"Qt's xcb plugin lacks {', '.join(missing)} (see README.md)" if missing else None


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the driver once in a fresh session; its JSON report."""
    problems = missing_pieces()
    if not sys.platform.startswith("linux"):
        problems.append("Linux (AT-SPI is the Linux accessibility interface)")
    xcb = _xcb_plugin_problem()
    if xcb:
        problems.append(xcb)
    if problems:
        message = "the AT-SPI test needs: " + "; ".join(problems)
        if CI:
            pytest.fail(message + " (CI=true: .ci/run installs them)")
        pytest.skip(message)
    home = tmp_path_factory.mktemp("atspi")
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "XDG_", "DISPLAY", "WAYLAND", "PYTHON_KEYRING"))
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        PYTHONPATH=str(REPO),
    )
    out = home / "report.json"
    result = subprocess.run(
        [
            "dbus-run-session",
            "--",
            sys.executable,
            "-m",
            "tests.e2e.atspi_driver",
            str(home),
            str(out),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    if result.returncode != 0 or not out.exists():
        app_log = home / "app.log"
        log = app_log.read_text(errors="replace")[-3000:] if app_log.exists() else ""
        pytest.fail(
            f"the AT-SPI driver failed ({result.returncode}):\n{result.stderr[-6000:]}\n"
            f"application log:\n{log}"
        )
    return json.loads(out.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_screen_was_read(report: dict[str, Any]) -> None:
    assert set(report["screens"]) == set(SCREENS)
    roles = {entry["role"] for screen in report["screens"].values() for entry in screen}
    # The screens hold the kinds of control a counselor works with, each under its own role.
    assert {"push button", "text", "combo box", "check box", "radio button", "page tab"} <= roles
    assert {"table", "list"} <= roles and roles & {"spin button", "spin box"}
    for screen in SCREENS:
        assert report["screens"][screen], f"nothing interactive on the {screen} screen"


@pytest.mark.parametrize("screen", SCREENS)
def test_every_interactive_element_has_a_name_and_a_role(
    report: dict[str, Any], screen: str
) -> None:
    # Includes focusable objects of a generic role (scroll areas, tab widgets): the name is
    # all a screen reader has to say when the focus lands there.
    nameless = [e["where"] for e in report["screens"][screen] if not e["name"].strip()]
    assert not nameless, f"no accessible name on the {screen} screen: {nameless}"
    # Qt on Linux names a combo box by its value; Orca speaks the label it is labelled by.
    unlabelled = [
        e["where"]
        for e in report["screens"][screen]
        if e["role"] in ("combo box", "text", "spin button")
        and not e["labelled_by"]
        and e["name"] in e.get("choices", [])
    ]
    assert not unlabelled, f"combo boxes without a label on {screen}: {unlabelled}"


def test_fields_are_labelled_by_their_visible_labels(report: dict[str, Any]) -> None:
    directory = [(e["role"], e["name"]) for e in report["screens"]["directory"]]
    assert ("push button", "Clear") in directory  # the search field's clear button
    fields = {e["name"]: e for e in report["screens"]["intake call"]}
    assert fields["Narrative"]["labelled_by"][0] == "Narrative:"
    source = next(e for e in report["screens"]["intake call"] if e["role"] == "combo box")
    assert source["labelled_by"][0] == "Source of the contact:"
    sign_in = {e["name"]: e for e in report["screens"]["sign-in"]}
    assert sign_in["Username"]["labelled_by"] == ["Username:"]
    assert sign_in["Password"]["labelled_by"] == ["Password:"]


def test_a_short_call_is_completed_through_atspi_alone(report: dict[str, Any]) -> None:
    assert report["steps"] == [
        "signed in",
        "new call from the direct line",
        "caller, concern and narrative entered",
        "screener answered",
        "call completed",
        "directory and follow-ups read",
    ]
    assert report["source_menu"] == [
        "911 transfer",
        "988",
        "Direct line",
        "Co-responder field encounter",
    ]
    assert report["save_state"].startswith("Saved")
    assert report["stored"] == [
        {
            "caller_name": CALLER_NAME,
            "narrative": NARRATIVE,
            "status": "completed",
            "source": "direct_line",
            "disposition": "disconnected",
            "risk_answered": True,
            "concerns": ["loneliness"],
            "ended": True,
        }
    ]
    # a concern is read as a check box with its state and how many are ticked
    assert report["concern_read"] == [CONCERN, True, "1 ticked (Space ticks)"]
