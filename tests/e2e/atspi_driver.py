"""Drive Counselor desk through AT-SPI only, as a screen reader user would; print a JSON report.

Run by tests/e2e/test_atspi.py inside ``dbus-run-session`` with temporary HOME and XDG folders:
``python -m tests.e2e.atspi_driver WORKDIR REPORT``. It starts Xvfb and GNOME Keyring, fills a demo
database with ``counselor-app demo``, starts the application with Qt's accessibility bridge on,
then reads every screen's accessible tree and takes a short call by AT-SPI calls alone (set text,
press, toggle; a menu found through its focus event). After the application exits it reads the
call back with the application's services. The report (the JSON file REPORT) lists each
screen's interactive objects and the stored call; the test asserts on it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from tests.support.atspi import (
    ACCESSIBLE,
    INTERACTIVE_ROLES,
    STATE_FOCUSABLE,
    Atspi,
    AtspiError,
    Node,
)
from tests.support.atspi_session import app_command, running_app, unlocked_keyring, xvfb

APP = "Counselor desk"
USERNAME = "demo.counselor"
CALLER_NAME = "Avery Quinn"
CONCERN = "Loneliness or isolation"
NARRATIVE = "Caller felt overwhelmed after a shift; talked it through and feels calmer."


GENERIC_ROLES = frozenset({"unknown", "filler", "panel", "redundant object", "invalid"})


def record(a: Atspi, app: Node) -> list[dict[str, Any]]:
    """Every interactive object on screen in every window of ``app``.

    Also every object that takes the keyboard focus under a generic role (a panel or filler
    that is focusable is a control a screen reader cannot describe): ``generic`` marks those.
    """
    found: list[dict[str, Any]] = []
    for window in a.windows(app):
        for node in a.walk(window):
            generic = node.role in GENERIC_ROLES and STATE_FOCUSABLE in node.states
            if node.role not in INTERACTIVE_ROLES and not generic:
                continue
            entry: dict[str, Any] = {
                "role": node.role,
                "name": node.name,
                "where": node.describe(),
                "enabled": node.enabled,
                "generic": generic,
            }
            entry["labelled_by"] = a.labelled_by(node)
            if node.role == "combo box":
                entry["choices"] = [
                    item.name
                    for item in a.walk(node, showing_only=False)
                    if item.role in ("list item", "menu item")
                ]
            found.append(entry)
    return found


def main(workdir: Path) -> dict[str, Any]:
    """Run the session; return the report."""
    url = f"sqlite:///{workdir / 'demo.db'}"
    report: dict[str, Any] = {"screens": {}, "steps": []}

    def step(text: str) -> None:
        report["steps"].append(text)

    with xvfb() as display, unlocked_keyring():
        import subprocess

        demo = subprocess.run(app_command(url, "demo"), capture_output=True, text=True, check=False)
        if demo.returncode != 0:
            raise RuntimeError(f"counselor-app demo failed: {demo.stderr[-2000:]}")
        from counselor_app.services.demo import DEMO_PASSWORD

        with running_app(url, display, workdir / "app.log") as process:
            a = Atspi.connect()
            app = a.application(APP, timeout=30)

            # Sign-in
            username = a.find_named(app, "text", "Username", timeout=30)
            report["screens"]["sign-in"] = record(a, app)
            a.set_text(username, USERNAME)
            a.set_text(a.find_named(app, "text", "Password"), DEMO_PASSWORD)
            sign_in = a.find(
                app,
                lambda n: n.role == "push button" and n.name == "Sign in" and n.enabled,
                timeout=30,
                what="an enabled Sign in button",
            )
            a.do(sign_in, "Press")
            step("signed in")

            # Intake: the calls list
            new_call = a.find_named(app, "push button", "New call", timeout=30)
            a.find_named(app, "table", "Calls")
            report["screens"]["intake"] = record(a, app)

            # A new call: the source menu is a popup, found as Orca finds it, by its focus event
            with a.focus_events() as next_focused:
                a.do(new_call, "Press")
                first = next_focused(lambda n: n.role == "menu item", 10)
            menu = tuple(a.prop(first.ref, ACCESSIBLE, "Parent"))
            items = [a.node(ref) for ref in a.children(menu)]  # type: ignore[arg-type]
            report["source_menu"] = [item.name for item in items]
            direct = next(item for item in items if item.name == "Direct line")
            a.do(direct, "Press", "Click")
            step("new call from the direct line")

            anonymous = a.find_named(app, "check box", "Anonymous caller", timeout=20)
            report["screens"]["intake call"] = record(a, app)
            if anonymous.checked:
                a.do(anonymous, "Toggle", "Press")
            name = a.find(
                app,
                lambda n: n.role == "text" and n.name == "Name" and n.enabled,
                what="the enabled caller Name field",
            )
            a.set_text(name, CALLER_NAME)
            a.set_text(a.find_named(app, "text", "Narrative"), NARRATIVE)
            concern = a.find_named(app, "check box", CONCERN)
            a.do(concern, "Toggle", "Press")
            a.find(
                app,
                lambda n: n.role == "check box" and n.name == CONCERN and n.checked,
                timeout=10,
                what=f"the concern {CONCERN!r} ticked",
            )
            # what a screen reader reads on a concern: its name, its state and the count
            ticked = a.find_named(app, "check box", CONCERN)
            report["concern_read"] = [ticked.name, ticked.checked, ticked.description]
            step("caller, concern and narrative entered")

            # Risk: answer No until the screener asks nothing more
            a.do(a.find_named(app, "page tab", "Risk"), "Press")
            a.find_named(app, "radio button", "No", timeout=10)
            report["screens"]["intake risk"] = record(a, app)
            for _ in range(6):
                try:
                    unanswered = a.find(
                        app,
                        lambda n: (
                            n.role == "radio button"
                            and n.name == "No"
                            and n.enabled
                            and not n.checked
                            and not _sibling_checked(a, n)
                        ),
                        timeout=1.5,
                    )
                except AtspiError:
                    break
                a.do(unanswered, "Toggle", "Press")
            step("screener answered")

            # Disposition, then complete
            a.do(a.find_named(app, "page tab", "Disposition and follow-up"), "Press")
            disconnected = a.find_named(app, "radio button", "Disconnected before resolution")
            report["screens"]["intake disposition"] = record(a, app)
            a.do(disconnected, "Toggle", "Press")
            a.do(a.find_named(app, "push button", "Complete call"), "Press")
            # Completed: the call turns read-only and offers Edit instead of Complete
            a.find(
                app,
                lambda n: n.role == "push button" and n.name == "Edit" and n.enabled,
                timeout=15,
                what="the Edit button of a completed call",
            )
            saved = a.find_named(app, "label", "Save state")
            report["save_state"] = saved.description
            step("call completed")
            a.do(a.find_named(app, "push button", "Calls list"), "Press")

            # Directory and follow-ups, through the Go menu of the menu bar
            pages = _go_menu(a, app)
            report["go_menu"] = sorted(pages)
            a.do(pages["Directory"], "Press", "Click")
            a.find_named(app, "table", "Directory", timeout=15)
            # Text in a search field shows its clear button, which must be named too
            a.set_text(a.find_named(app, "text", "Search services"), "crisis")
            a.find_named(app, "push button", "Clear")
            report["screens"]["directory"] = record(a, app)
            a.do(pages["Follow-ups"], "Press", "Click")
            a.find_named(app, "table", "Follow-ups", timeout=15)
            report["screens"]["follow-ups"] = record(a, app)
            step("directory and follow-ups read")
            a.close()
            process.terminate()
            process.wait(timeout=15)

        report["stored"] = _stored_calls(url)
    return report


def _print_screen(a: Atspi, app: Node) -> None:
    """What is on screen, on stderr: for a failure's diagnosis (demo data only)."""
    for window in a.windows(app):
        for node in a.walk(window):
            print(
                "  " * node.depth,
                node.role,
                repr(node.name),
                repr(node.description),
                "CHECKED" if node.checked else "",
                file=sys.stderr,
            )


def _sibling_checked(a: Atspi, node: Node) -> bool:
    """Whether the other button of a Yes/No pair is on (the question is answered)."""
    parent = tuple(a.prop(node.ref, ACCESSIBLE, "Parent"))
    for ref in a.children(parent):  # type: ignore[arg-type]
        sibling = a.node(ref)
        if sibling.role == "radio button" and sibling.checked:
            return True
    return False


def _go_menu(a: Atspi, app: Node) -> dict[str, Node]:
    """The items of the menu bar's Go menu (readable without opening it), by page name."""
    go = a.find_named(app, "menu item", "Go")
    items = [n for n in a.walk(go, showing_only=False) if n is not go and n.role == "menu item"]
    return {n.name.split(":")[0].replace("&", ""): n for n in items}


def _stored_calls(url: str) -> list[dict[str, Any]]:
    """The demo counselor's calls with this run's narrative, read with the app's services."""
    from counselor_app.app import build_context

    ctx = build_context(url)
    try:
        user = ctx.auth.sign_in_demo(USERNAME)
        found = []
        for summary in ctx.calls.recent_calls(user):
            call = ctx.intake.load(user, summary.id)
            if call.narrative == NARRATIVE:
                found.append(
                    {
                        "caller_name": call.caller.name,
                        "narrative": call.narrative,
                        "status": call.status.value,
                        "source": call.source.value,
                        "disposition": call.disposition.primary.value
                        if call.disposition.primary
                        else None,
                        "risk_answered": call.cssrs is not None and call.cssrs.complete,
                        "concerns": list(call.concerns),
                        "ended": call.ended_at is not None,
                    }
                )
        return found
    finally:
        ctx.close()


if __name__ == "__main__":
    started = time.monotonic()
    result = main(Path(sys.argv[1]))
    result["seconds"] = round(time.monotonic() - started, 1)
    # A file, not stdout: the AT-SPI registry the session starts writes to stdout too.
    Path(sys.argv[2]).write_text(json.dumps(result), encoding="utf-8")
