"""A screen-reader user and the wheel, through the real accessibility bus (AT-SPI on Linux).

The program runs as it does for an Orca user: on X (Xvfb), in a private D-Bus session with
the accessibility bus of Debian's at-spi2-core, with Qt's AT-SPI bridge switched on. A client
in Debian's own Python (`python3-pyatspi`; see `screen_reader_client.py`) finds the wheel,
lists the rings and their segments, turns ring 2 through its accessible action, hears the new
line at 12 o'clock announced and reads it, and reads a stack's post-its. Skipped, with the
reason, where a part is missing (.ci/run installs them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.model import default_model
from app.core.wording import Wording
from db.store import Store

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
EXAMPLE = ROOT / "resources" / "examples" / "lef-binnenkring.nl.json"

_REMEMBER = (
    "import sys\n"
    "from PySide6.QtCore import QCoreApplication\n"
    "from app.ui.control.settings import Settings\n"
    "from db.store import Store\n"
    "qt = QCoreApplication([])\n"
    "qt.setApplicationName('Netwerkimpact'); qt.setOrganizationName('Netwerkimpact')\n"
    "with Store.open(sys.argv[1]) as store:\n"
    "    network = store.networks.import_file(sys.argv[2])\n"
    "settings = Settings(); settings.remember_network(network.id); settings.sync()\n"
)

_SESSION = """
"$LAUNCHER" --launch-immediately &
launcher=$!
"$APP_PYTHON" -m app --db "$STORE" > "$APP_LOG" 2>&1 &
program=$!
"$CLIENT_PYTHON" "$CLIENT" Netwerkimpact 90 > "$RESULT"
status=$?
kill $program
wait $program
kill $launcher
exit $status
"""


def missing_parts() -> str | None:
    """Why the real accessibility bus cannot be used here, or None."""
    for command in ("Xvfb", "dbus-run-session"):
        if shutil.which(command) is None:
            return f"{command} is not installed (.ci/run installs xvfb and dbus)"
    if not BUS_LAUNCHER.exists():
        return "at-spi2-core is not installed (.ci/run installs it)"
    if not SYSTEM_PYTHON.exists():
        return "Debian's python3 is not installed"
    probe = subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed (.ci/run installs it)"
    return None


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh X display (":N") on Xvfb."""
    reason = missing_parts()
    if reason is not None:
        pytest.skip(reason)
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    number = server.stdout.readline().strip()
    if not number.isdigit():
        server.kill()
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.slow
def test_a_screen_reader_user_reads_and_turns_the_wheel(display: str, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    store_path = tmp_path / "store.sqlite"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "LAUNCHER": str(BUS_LAUNCHER),
        "APP_PYTHON": sys.executable,
        "STORE": str(store_path),
        "APP_LOG": str(tmp_path / "program.log"),
        "CLIENT_PYTHON": str(SYSTEM_PYTHON),
        "CLIENT": str(HERE / "screen_reader_client.py"),
        "RESULT": str(tmp_path / "result.json"),
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("AT_SPI_BUS_ADDRESS", None)
    subprocess.run(
        [sys.executable, "-c", _REMEMBER, str(store_path), str(EXAMPLE)],
        env=env,
        check=True,
        cwd=ROOT,
    )
    with Store.open(store_path) as store:
        (summary,) = store.networks.list_networks()
        before = store.networks.load_network(summary.id)

    session = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", _SESSION],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    program_log = (tmp_path / "program.log").read_text(errors="replace")
    assert session.returncode == 0, session.stderr + program_log
    heard = json.loads((tmp_path / "result.json").read_text())

    # The wheel and its four rings, named in Dutch, each with its lock and its segments.
    model = default_model()
    own = {group.key: group.name for group in before.network.stakeholders}
    wording = Wording.of(model, "nl", own)
    assert heard["wheel"] == "Wiel"
    assert [ring["name"] for ring in heard["rings"]] == [
        f"Ring {number}: {wording.ring(ring.key)}" for number, ring in enumerate(model.rings, 1)
    ]
    for ring, read in zip(model.rings, heard["rings"], strict=True):
        assert [s["name"] for s in read["segments"]] == [
            wording.segment(segment.key) for segment in ring.segments
        ]
        assert read["locks"] == [f"Slot van {wording.ring(ring.key)}"]
        at_twelve = [s for s in read["segments"] if "op 12 uur" in s["description"]]
        assert len(at_twelve) == 1, read

    # Ring 2 turned by its action "Increase" (read as "Draai met de klok mee").
    assert {"name": "Increase", "description": "Draai met de klok mee"} in heard["actions"]
    ring_two = model.rings[1]
    old_index = before.wheel.arrangement.indices[1]
    with Store.open(store_path) as store:
        after = store.wheel.get_wheel(before.network.id)
    new_index = after.arrangement.indices[1]
    assert new_index == (old_index - 1) % ring_two.segment_count  # clockwise: the one before
    assert after.arrangement.indices[0] == before.wheel.arrangement.indices[0]
    new_segment = wording.segment(ring_two.segments[new_index].key)
    old_segment = wording.segment(ring_two.segments[old_index].key)

    # The new line is read from the tree and was announced, as one sentence.
    chain = [before.network.name]
    chain += [
        wording.segment(ring.segments[index].key)
        for ring, index in zip(model.rings, after.arrangement.indices, strict=True)
    ]
    expected_line = "Lijn: " + " → ".join(chain)
    assert heard["line_before"] != expected_line
    assert old_segment in heard["line_before"]
    assert heard["line_after"] == expected_line
    assert f"object:announcement: {expected_line}" in heard["announcements"]
    segments_after = heard["rings_after"][1]["segments"]
    assert "op 12 uur" in segments_after[new_index]["description"]
    assert new_segment == segments_after[new_index]["name"]

    # Every segment with post-its has a stack that tells their number and texts on request.
    by_segment: dict[str, list[str]] = {}
    for note in before.notes:
        if model.ring_of(note.segment_key).key in model.ring_keys:
            by_segment.setdefault(wording.segment(note.segment_key), []).append(note.text)
    assert by_segment, "the example has post-its on the rings"
    assert {name: read["notes"] for name, read in heard["stacks"].items()} == by_segment
    for name, read in heard["stacks"].items():
        count = len(by_segment[name])
        noun = "geeltje" if count == 1 else "geeltjes"
        assert read["name"] == f"{count} {noun} op {name}"
