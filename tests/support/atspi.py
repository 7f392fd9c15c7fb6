"""A small AT-SPI client over D-Bus (jeepney): what a screen reader such as Orca sees and does.

The session bus names the accessibility bus (``org.a11y.Bus.GetAddress``); on that bus the
registry lists the applications, and each application exposes its widgets as objects with the
``org.a11y.atspi.Accessible`` interface (name, role, state, children) plus, where they apply,
``Action`` (press, toggle), ``EditableText`` (set the text), ``Text`` (read it) and
``Component`` (take the focus). Only these interfaces are used: nothing here touches Qt.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ACCESSIBLE = "org.a11y.atspi.Accessible"
ACTION = "org.a11y.atspi.Action"
EDITABLE_TEXT = "org.a11y.atspi.EditableText"
TEXT = "org.a11y.atspi.Text"
COMPONENT = "org.a11y.atspi.Component"
REGISTRY = "org.a11y.atspi.Registry"
ROOT_PATH = "/org/a11y/atspi/accessible/root"

# AtspiStateType bit numbers (at-spi2-core, atspi-constants.h)
STATE_ENABLED = 8
STATE_FOCUSABLE = 11
STATE_FOCUSED = 12
STATE_SHOWING = 25
STATE_VISIBLE = 30
STATE_CHECKED = 4

RELATION_LABELLED_BY = 2
"""AtspiRelationType ATSPI_RELATION_LABELLED_BY."""

INTERACTIVE_ROLES = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "combo box",
        "text",
        "entry",
        "password text",
        "spin button",
        "spin box",
        "slider",
        "page tab",
        "table",
        "tree table",
        "tree",
        "list",
        "list box",
        "date editor",
        "link",
        "menu item",
        "check menu item",
        "radio menu item",
    }
)
"""Roles a person operates; each must carry a name a screen reader can speak."""


class AtspiError(RuntimeError):
    """A D-Bus call to an accessible object failed."""


@dataclass(frozen=True)
class Node:
    """One accessible object as read at one moment."""

    ref: tuple[str, str]
    role: str
    name: str
    description: str
    states: frozenset[int]
    interfaces: frozenset[str]
    depth: int
    path_names: tuple[str, ...] = field(default=())

    @property
    def showing(self) -> bool:
        """Whether the object is on screen (a screen reader skips the rest)."""
        return STATE_SHOWING in self.states and STATE_VISIBLE in self.states

    @property
    def enabled(self) -> bool:
        """Whether the object can be operated."""
        return STATE_ENABLED in self.states

    @property
    def focused(self) -> bool:
        """Whether the object has the keyboard focus."""
        return STATE_FOCUSED in self.states

    @property
    def checked(self) -> bool:
        """Whether a check box or radio button is on."""
        return STATE_CHECKED in self.states

    def describe(self) -> str:
        """Role, name and where it is, for failure messages."""
        where = " > ".join(n for n in self.path_names if n)
        return f"[{self.role}] {self.name!r} (in {where or 'the window'})"


def _states(raw: list[int]) -> frozenset[int]:
    bits: set[int] = set()
    for word_index, word in enumerate(raw):
        for bit in range(32):
            if word & (1 << bit):
                bits.add(word_index * 32 + bit)
    return frozenset(bits)


class Atspi:
    """A connection to the accessibility bus of the current D-Bus session."""

    def __init__(self, connection: DBusConnection) -> None:
        """Use ``connection`` (to the accessibility bus)."""
        self.conn = connection

    @classmethod
    def connect(cls, timeout: float = 10.0) -> Atspi:
        """Ask the session bus for the accessibility bus and connect to it."""
        session = open_dbus_connection(bus="SESSION")
        try:
            bus = DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus")
            reply = session.send_and_get_reply(new_method_call(bus, "GetAddress"), timeout=timeout)
            if reply.header.message_type is MessageType.error:
                raise AtspiError(f"org.a11y.Bus.GetAddress failed: {reply.body}")
            address = reply.body[0]
        finally:
            session.close()
        return cls(open_dbus_connection(bus=address))

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    # -- raw calls -------------------------------------------------------------------------

    def call(
        self,
        ref: tuple[str, str],
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:
        """Call ``interface.method`` on the object ``ref`` (bus name, path); return the reply."""
        address = DBusAddress(ref[1], bus_name=ref[0], interface=interface)
        message = new_method_call(address, method, signature, body)
        reply = self.conn.send_and_get_reply(message, timeout=10)
        if reply.header.message_type is MessageType.error:
            raise AtspiError(f"{interface}.{method} on {ref}: {reply.body}")
        return tuple(reply.body)

    def prop(self, ref: tuple[str, str], interface: str, name: str) -> Any:
        """Read the D-Bus property ``interface.name`` of ``ref``."""
        address = DBusAddress(ref[1], bus_name=ref[0], interface=interface)
        reply = self.conn.send_and_get_reply(Properties(address).get(name), timeout=10)
        if reply.header.message_type is MessageType.error:
            raise AtspiError(f"property {interface}.{name} on {ref}: {reply.body}")
        return reply.body[0][1]

    # -- the tree --------------------------------------------------------------------------

    def children(self, ref: tuple[str, str]) -> list[tuple[str, str]]:
        """The children of ``ref``."""
        return [tuple(child) for child in self.call(ref, ACCESSIBLE, "GetChildren")[0]]  # type: ignore[misc]

    def node(self, ref: tuple[str, str], depth: int = 0, path: tuple[str, ...] = ()) -> Node:
        """Read name, role, states and interfaces of ``ref``."""
        return Node(
            ref=ref,
            role=self.call(ref, ACCESSIBLE, "GetRoleName")[0],
            name=self.prop(ref, ACCESSIBLE, "Name"),
            description=self.prop(ref, ACCESSIBLE, "Description"),
            states=_states(self.call(ref, ACCESSIBLE, "GetState")[0]),
            interfaces=frozenset(self.call(ref, ACCESSIBLE, "GetInterfaces")[0]),
            depth=depth,
            path_names=path,
        )

    def labelled_by(self, node: Node) -> list[str]:
        """The names of the labels ``node`` is labelled by (Qt: the label's buddy).

        Qt on Linux names a combo box by its current value and links its label by this
        relation, the GTK convention: Orca speaks the label from it.
        """
        names = []
        for relation_type, targets in self.call(node.ref, ACCESSIBLE, "GetRelationSet")[0]:
            if relation_type == RELATION_LABELLED_BY:
                names.extend(self.prop(tuple(t), ACCESSIBLE, "Name") for t in targets)
        return names

    def applications(self) -> list[Node]:
        """The applications registered with the registry."""
        root = (REGISTRY, ROOT_PATH)
        return [self.node(child) for child in self.children(root)]

    def application(self, name: str, timeout: float = 20.0) -> Node:
        """The application called ``name``, waiting until it registers."""
        found = self.wait_for(
            lambda: next((a for a in self.applications() if a.name == name), None),
            timeout,
            f"application {name!r} on the accessibility bus",
        )
        return found

    def walk(
        self, top: Node, *, showing_only: bool = True, into_tables: bool = False
    ) -> Iterator[Node]:
        """``top`` and its descendants, depth first, skipping what is not on screen.

        Table cells are not entered unless ``into_tables``: a screen reader reads the table by
        its name and headers; hundreds of cells would only slow the walk.
        """
        stack: list[Node] = [top]
        while stack:
            node = stack.pop()
            yield node
            if node.role in ("table", "tree table", "tree") and not into_tables:
                continue
            try:
                kids = self.children(node.ref)
            except AtspiError:
                continue  # the object went away while walking
            path = (*node.path_names, node.name)
            read: list[Node] = []
            for kid in kids:
                try:
                    child = self.node(kid, node.depth + 1, path)
                except AtspiError:
                    continue
                if showing_only and not child.showing and child.role != "application":
                    continue
                read.append(child)
            stack.extend(reversed(read))

    def windows(self, app: Node) -> list[Node]:
        """The top-level windows of ``app`` that are on screen."""
        result = []
        for ref in self.children(app.ref):
            try:
                window = self.node(ref, 1, (app.name,))
            except AtspiError:
                continue
            if window.showing:
                result.append(window)
        return result

    def find(
        self,
        app: Node,
        predicate: Callable[[Node], bool],
        timeout: float = 10.0,
        what: str = "an accessible object",
    ) -> Node:
        """The first object on screen in any window of ``app`` that matches, waiting for it."""

        def search() -> Node | None:
            for window in self.windows(app):
                for node in self.walk(window):
                    if predicate(node):
                        return node
            return None

        return self.wait_for(search, timeout, what)

    def find_named(self, app: Node, role: str, name: str, timeout: float = 10.0) -> Node:
        """The object with ``role`` and ``name`` on screen."""
        return self.find(
            app, lambda n: n.role == role and n.name == name, timeout, f"[{role}] {name!r}"
        )

    @staticmethod
    def wait_for(probe: Callable[[], Any], timeout: float, what: str) -> Any:
        """Call ``probe`` until it returns something other than None or False."""
        deadline = time.monotonic() + timeout
        last_error: Exception | None = None
        while True:
            try:
                value = probe()
            except AtspiError as exc:  # objects come and go while windows change
                value, last_error = None, exc
            if value:
                return value
            if time.monotonic() > deadline:
                extra = f" (last error: {last_error})" if last_error else ""
                raise AtspiError(f"timed out waiting for {what}{extra}")
            time.sleep(0.1)

    # -- operating -------------------------------------------------------------------------

    def actions(self, node: Node) -> list[str]:
        """The names of the actions ``node`` offers (Press, Toggle, SetFocus...)."""
        return [name for name, _desc, _keys in self.call(node.ref, ACTION, "GetActions")[0]]

    def do(self, node: Node, *names: str) -> str:
        """Do the first of the actions ``names`` that ``node`` offers; return its name."""
        offered = self.actions(node)
        for wanted in names:
            for index, name in enumerate(offered):
                if name.lower() == wanted.lower():
                    if not self.call(node.ref, ACTION, "DoAction", "i", (index,))[0]:
                        raise AtspiError(f"{name} on {node.describe()} was refused")
                    return name
        raise AtspiError(f"{node.describe()} offers {offered}, none of {names}")

    def set_text(self, node: Node, text: str) -> None:
        """Replace the text of an editable object, as a screen reader user's typing does."""
        if EDITABLE_TEXT not in node.interfaces:
            raise AtspiError(f"{node.describe()} has no EditableText interface")
        self.focus(node)
        if not self.call(node.ref, EDITABLE_TEXT, "SetTextContents", "s", (text,))[0]:
            raise AtspiError(f"SetTextContents on {node.describe()} was refused")

    def text(self, node: Node) -> str:
        """The whole text of an object with the Text interface."""
        count = self.prop(node.ref, TEXT, "CharacterCount")
        return str(self.call(node.ref, TEXT, "GetText", "ii", (0, count))[0])

    def focus(self, node: Node) -> None:
        """Move the keyboard focus to ``node`` (Component.GrabFocus)."""
        if COMPONENT in node.interfaces:
            self.call(node.ref, COMPONENT, "GrabFocus")

    @contextmanager
    def focus_events(self) -> Iterator[Callable[[Callable[[Node], bool], float], Node]]:
        """Listen to focus changes, as Orca does to follow menus and popups.

        Qt lists no popup among an application's children, so a screen reader learns of an
        open menu from the focus event of its item. Yields ``wait(predicate, timeout)``: the next
        newly focused object that matches.
        """
        event = "object:state-changed:focused"
        self.call((REGISTRY, "/org/a11y/atspi/registry"), REGISTRY, "RegisterEvent", "s", (event,))
        rule = MatchRule(
            type="signal", interface="org.a11y.atspi.Event.Object", member="StateChanged"
        )
        bus = DBusAddress(
            "/org/freedesktop/DBus",
            bus_name="org.freedesktop.DBus",
            interface="org.freedesktop.DBus",
        )
        self.conn.send_and_get_reply(
            new_method_call(bus, "AddMatch", "s", (rule.serialise(),)), timeout=10
        )

        def wait(predicate: Callable[[Node], bool], timeout: float) -> Node:
            deadline = time.monotonic() + timeout
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AtspiError("timed out waiting for a focus event")
                try:
                    message = self.conn.recv_until_filtered(queue, timeout=remaining)
                except TimeoutError as exc:
                    raise AtspiError("timed out waiting for a focus event") from exc
                detail, gained = message.body[0], message.body[1]
                if detail != "focused" or not gained:
                    continue
                ref = (
                    str(message.header.fields[HeaderFields.sender]),
                    message.header.fields[HeaderFields.path],
                )
                try:
                    node = self.node(ref)
                except AtspiError:
                    continue
                if predicate(node):
                    return node

        with self.conn.filter(rule) as queue:
            yield wait

    def refresh(self, node: Node) -> Node:
        """``node`` read again (states change)."""
        return self.node(node.ref, node.depth, node.path_names)
