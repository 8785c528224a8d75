"""Child processes that write to a store, for the crash and concurrency tests and the benchmark;
and `on_a_thread`, a write that may have to wait for another's lock.

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
from collections.abc import Callable
from pathlib import Path
from threading import Thread
from typing import TypeVar

from app.core.model import Model
from db import Store

T = TypeVar("T")


def on_a_thread(write: Callable[[], T]) -> tuple[Thread, list[T | BaseException]]:
    """`write` on a thread of its own (it may have to wait for a lock another holds): the
    thread, started, and what `write` returned or raised, once it has."""
    outcome: list[T | BaseException] = []

    def run() -> None:
        try:
            outcome.append(write())
        except BaseException as error:
            outcome.append(error)

    thread = Thread(target=run)
    thread.start()
    return thread, outcome


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
                note = store.notes.add_note(network_id, "ring1.s0", text)
                os.write(out, f"note {note.id} {text}\n".encode())
            else:
                store.lines.set_line_story(line_id, "ring2", str(seed * 1_000_000 + count))
                os.write(out, f"story {line_id} {seed * 1_000_000 + count}\n".encode())


OPENED = b"opened\n"  # the child's first line: the store is open, edits follow


class Reports:
    """What a child reported on its pipe, read as it comes: the kills are timed by the child's
    own progress (so many commits reported), never by the wall clock, which a loaded machine
    stretches until a child has done nothing before its kill."""

    def __init__(self, read_end: int) -> None:
        self._read_end = read_end
        self._buffer = b""
        self.closed = False

    def _read(self) -> bool:
        chunk = os.read(self._read_end, 65536)
        if not chunk:
            self.closed = True
        self._buffer += chunk
        return bool(chunk)

    def wait_until_open(self) -> None:
        """Block until the child has opened the store (its first line)."""
        while not self._buffer.startswith(OPENED) and self._read():
            pass

    def wait_for(self, count: int) -> None:
        """Block until the child has reported `count` commits (or ended)."""
        while self._buffer.count(b"\n") < count + 1 and self._read():
            pass

    def rest(self) -> list[str]:
        """Every report, after reading to the end (the child is gone)."""
        while self._read():
            pass
        os.close(self._read_end)
        lines = self._buffer.decode().split("\n")[:-1]  # a cut-off last line was never reported
        return [line for line in lines if line != OPENED.decode().strip()]


def read_reports(read_end: int) -> list[str]:
    return Reports(read_end).rest()


def kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def kill_after(pid: int, seconds: float) -> None:
    time.sleep(seconds)
    kill(pid)


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def check_reports(store: Store, network_id: int, reports: list[str]) -> int:
    """Every reported commit is in the store; returns how many were checked."""
    notes = {note.id: note.text for note in store.notes.list_notes(network_id)}
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
        assert int(store.lines.get_line(line_id).story("ring2")) >= value, "lost a committed story"
    return len(reports)
