"""What a screen reader does with the wheel, through AT-SPI: run by Debian's own Python
(`/usr/bin/python3`, which has `pyatspi`) inside the test's private D-Bus session.

Usage: screen_reader_client.py APP_NAME TIMEOUT_SECONDS. Prints one JSON object: the rings
and their segments as the tree names them, the line at 12 o'clock before and after ring 2's
"turn clockwise" action, the announcements heard meanwhile, and the notes of every stack.
Only the standard library and pyatspi: this file never imports the program.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi
from gi.repository import GLib  # type: ignore[import-not-found]


def children(node):
    return [child for child in node if child is not None]


def role(node) -> str:
    return node.getRoleName()


def find(node, wanted, depth: int = 0):
    """The first node below `node` (depth first) for which `wanted(node)` holds."""
    if wanted(node):
        return node
    if depth > 30:
        return None
    for child in children(node):
        found = find(child, wanted, depth + 1)
        if found is not None:
            return found
    return None


def application(name: str, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            if app.name == name:
                wheel = find(app, lambda node: role(node) == "canvas")
                if wheel is not None:
                    return app, wheel
        time.sleep(0.5)
    raise SystemExit(f"no application {name!r} with a wheel on the accessibility bus")


def description(node) -> str:
    return node.description or ""


def read_rings(wheel) -> list[dict]:
    rings = []
    for ring in children(wheel):
        if role(ring) != "list":
            continue
        segments = [node for node in children(ring) if role(node) == "list item"]
        locks = [node for node in children(ring) if role(node) == "check box"]
        rings.append(
            {
                "name": ring.name,
                "description": description(ring),
                "locks": [lock.name for lock in locks],
                "segments": [
                    {"name": node.name, "description": description(node)} for node in segments
                ],
            }
        )
    return rings


def line_at_twelve(wheel) -> str:
    for node in children(wheel):
        if role(node) == "label":
            return node.name
    return ""


def stacks(wheel) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for ring in children(wheel):
        for segment in children(ring):
            for stack in children(segment):
                if role(stack) == "comment":
                    notes = [note.name for note in children(stack)]
                    found[segment.name] = {"name": stack.name, "notes": notes}
    return found


def main() -> None:
    name, timeout = sys.argv[1], float(sys.argv[2])
    _app, wheel = application(name, timeout)
    heard: list[str] = []

    def listen(event) -> None:
        heard.append(f"{event.type}: {event.any_data}")

    pyatspi.Registry.registerEventListener(listen, "object:announcement")
    result: dict = {"wheel": wheel.name, "rings": read_rings(wheel)}
    result["line_before"] = line_at_twelve(wheel)
    ring_two = [ring for ring in children(wheel) if role(ring) == "list"][1]
    action = ring_two.queryAction()
    result["actions"] = [
        {"name": action.getName(i), "description": action.getDescription(i)}
        for i in range(action.nActions)
    ]
    clockwise = next(
        i for i in range(action.nActions) if action.getName(i).lower().startswith("increase")
    )
    action.doAction(clockwise)
    # Listen for a while (the ring settles within a second); events arrive in GLib's loop.
    context = GLib.MainContext.default()
    deadline = time.monotonic() + 6.0
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        if line_at_twelve(wheel) != result["line_before"] and heard:
            break
        time.sleep(0.05)
    result["line_after"] = line_at_twelve(wheel)
    result["announcements"] = heard
    result["rings_after"] = read_rings(wheel)
    result["stacks"] = stacks(wheel)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
