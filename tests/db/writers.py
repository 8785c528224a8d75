"""Child processes that write to a store, for the crash and concurrency tests and the benchmark.

Children are forked from the test process (everything is imported already, so a child starts in
milliseconds) and report every commit that returned on a pipe: "note <id> <text>" and
"story <line id> <n>".
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import time
import traceback
from pathlib import Path

from app.core.model import Model
from db import Store


def fork_writer(
    path: Path,
    model: Model,
    network_id: int,
    line_id: int,
    seed: int,
    edits: int | None = None,
    story_share: float = 0.3,
) -> tuple[int, int]:
    """Start a child writing edits in a loop (forever, or `edits` of them); (pid, read end)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        code = 0
        try:
            _write_loop(path, model, network_id, line_id, seed, write_end, edits, story_share)
        except BaseException:
            traceback.print_exc()
            code = 1
        os._exit(code)
    os.close(write_end)
    return pid, read_end


def _write_loop(
    path: Path,
    model: Model,
    network_id: int,
    line_id: int,
    seed: int,
    out: int,
    edits: int | None,
    story_share: float,
) -> None:
    chance = random.Random(seed)
    with Store.open(path, model) as store:
        os.write(out, OPENED)
        count = 0
        while edits is None or count < edits:
            count += 1
            if chance.random() >= story_share:
                # a note holds at most 2,000 characters (app.core.limits.MAX_NOTE)
                text = f"{seed}-{count}-" + "x" * chance.randrange(0, 1900)
                note = store.add_note(network_id, "ring1.s0", text)
                os.write(out, f"note {note.id} {text}\n".encode())
            else:
                store.set_line_story(line_id, "ring2", str(seed * 1_000_000 + count))
                os.write(out, f"story {line_id} {seed * 1_000_000 + count}\n".encode())


OPENED = b"opened\n"  # the child's first line: the store is open, edits follow


def wait_until_open(read_end: int) -> None:
    """Block until the child has opened the store, so a kill timer measures writing time only
    (on a loaded machine, opening alone can take longer than the shortest timers)."""
    seen = b""
    while len(seen) < len(OPENED):
        chunk = os.read(read_end, len(OPENED) - len(seen))
        if not chunk:
            return
        seen += chunk


def read_reports(read_end: int) -> list[str]:
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    text = b"".join(chunks).decode()
    lines = text.split("\n")[:-1]  # a cut-off last line was never reported
    return [line for line in lines if line != OPENED.decode().strip()]


def kill_after(pid: int, seconds: float) -> None:
    time.sleep(seconds)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def check_reports(store: Store, network_id: int, reports: list[str]) -> int:
    """Every reported commit is in the store; returns how many were checked."""
    notes = {note.id: note.text for note in store.list_notes(network_id)}
    last_story: dict[int, int] = {}
    for report in reports:
        kind, key, value = report.split(" ", 2)
        if kind == "note":
            assert notes.get(int(key)) == value, f"lost a committed note: {report[:40]}"
        else:
            last_story[int(key)] = int(value)
    for line_id, value in last_story.items():
        # Values only grow (seed · 10⁶ + count, seeds rising run by run); a commit may have
        # landed after its report was cut off, so the store may be ahead, never behind.
        assert int(store.get_line(line_id).story("ring2")) >= value, "lost a committed story"
    return len(reports)
