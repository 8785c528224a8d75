"""Another partner's program for the live benchmarks and tests: adds post-its to a network of
a team store, one commit each, and prints each one's id and the wall-clock time of its commit.

    python -m tests.benchmarks.team_writer URL NETWORK_ID COUNT [PAUSE_SECONDS]

`seen_elsewhere` runs it beside a Workshop of this process and times each post-it from its
commit there to the moment this Workshop shows it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from typing import TYPE_CHECKING

from db import Store

if TYPE_CHECKING:
    from app.ui.control.live_watch import LiveWatch


def main(url: str, network_id: int, count: int, pause: float) -> None:
    with Store.open(url) as store:
        segment = store.model.rings[0].segments[0].key
        print("ready", flush=True)
        sys.stdin.readline()  # the listening side says when it is listening
        for number in range(count):
            note = store.notes.add_note(network_id, segment, f"Van elders {number}")
            print(note.id, repr(time.time()), flush=True)
            time.sleep(pause)


if __name__ == "__main__":
    pause = float(sys.argv[4]) if len(sys.argv) > 4 else 0.05
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), pause)


def seen_elsewhere(url: str, live: LiveWatch, count: int, qtbot: object) -> list[float]:
    """Run the writer in another process for `count` post-its of the Workshop's open network;
    the seconds from each commit there to the Workshop here showing it (same clock)."""
    workshop = live.workshop
    shown: dict[int, float] = {}

    def look(_changes: object) -> None:
        now = time.time()
        for note in workshop.contents.notes:
            shown.setdefault(note.id, now)

    live.heard.connect(look)
    command = [sys.executable, "-m", "tests.benchmarks.team_writer", url]
    writer = subprocess.Popen(
        [*command, str(workshop.network_id), str(count)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdin is not None and writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    before = set(shown) | {note.id for note in workshop.contents.notes}
    writer.stdin.write("go\n")
    writer.stdin.flush()
    # The event loop runs while the other process writes (the window's notifier wakes it).
    qtbot.waitUntil(lambda: len(set(shown) - before) >= count, timeout=20_000)  # type: ignore[attr-defined]
    output, _ = writer.communicate(timeout=30)
    committed = {int(i): float(t) for i, t in (line.split() for line in output.splitlines())}
    live.heard.disconnect(look)
    return [shown[note_id] - committed[note_id] for note_id in committed]
