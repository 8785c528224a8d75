"""The program as a child process with its room open (see `tests.ui.room_child`), driven
from the test: its address, commands on stdin, answers on stdout, its log on stderr."""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


class Child:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_log, daemon=True).start()
        self.info = self.answer(60)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)

    def _read_log(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.log.append(line)

    def answer(self, timeout: float = 30) -> dict[str, Any]:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"the program did not answer; its log: {self.log[-20:]}") from None
        return json.loads(line)

    def command(self, command: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.answer()

    def quit(self) -> int:
        """Close the window as a facilitator would; the exit code."""
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        return self.process.wait(30)

    @property
    def port(self) -> int:
        return int(self.info["port"])

    @property
    def path(self) -> str:
        return f"/r/{self.info['secret']}"


@contextmanager
def room_program(
    tmp_path: Path,
    network: str,
    preexec: Callable[[], None] | None = None,
    x_server: bool = False,
) -> Iterator[Child]:
    """Start the program on the store in `tmp_path` with `network` open and its room open;
    offscreen, or (`x_server`) on a real X server of its own (xvfb-run), as on a laptop. It
    runs in a process group of its own, which is ended with it."""
    command = [
        sys.executable,
        "-m",
        "tests.ui.room_child",
        str(tmp_path / "store.sqlite"),
        str(tmp_path / "settings.ini"),
        network,
    ]
    environment = {**os.environ, "QT_QPA_PLATFORM": "xcb" if x_server else "offscreen"}
    if x_server:
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24 -nolisten tcp", *command]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env=environment,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=preexec,
        start_new_session=True,
    )
    try:
        yield Child(process)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the group this test started, no other
        process.wait(30)
