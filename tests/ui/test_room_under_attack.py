"""A hostile guest against the room at the usual limit of 1,024 open files: the program runs
as a child process under that limit (soft and hard, so it cannot raise it), with its window and
its room open; the test opens about 1,100 half-open connections from a hundred loopback
addresses and keeps them trickling header bytes (slow loris), reopening what the room closes.

During the attack the Qt main thread's ping stays under 100 ms at p95 and an honest phone's
note arrives; the log says each kind of refusal once per period, not once per socket; after
the attack the room answers as before, without a restart."""

from __future__ import annotations

import shutil
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.room.phones import line_keys, post_form, request
from tests.ui.room_process import room_program

resource = pytest.importorskip("resource", reason="descriptor limits are POSIX")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="descriptor limits are POSIX")

LIMIT = 1024
ATTACKERS = 100  # loopback addresses 127.0.0.100 … 127.0.0.199
PER_ATTACKER = 11  # 1,100 connections in all
ATTACK_SECONDS = 14.0  # longer than the room's header deadline: cut-off and reconnect cycles
PING_P95_MS = 100.0


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (LIMIT, LIMIT))


class SlowLoris:
    """Keeps ATTACKERS × PER_ATTACKER connections open, each a request never finished."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.slots: list[socket.socket | None] = [None] * (ATTACKERS * PER_ATTACKER)
        self.stop = threading.Event()
        self.opened = 0
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _open(self, index: int) -> None:
        source = f"127.0.0.{100 + index // PER_ATTACKER}"
        try:
            sock = socket.create_connection(("127.0.0.1", self.port), 2, (source, 0))
            sock.setblocking(False)
            sock.send(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        except OSError:
            return
        self.slots[index] = sock
        self.opened += 1

    def _run(self) -> None:
        while not self.stop.is_set():
            for index, sock in enumerate(self.slots):
                if self.stop.is_set():
                    break
                if sock is None:
                    self._open(index)
                    continue
                try:
                    sock.send(b"X-a: b\r\n")  # one more header line, never the blank one
                except OSError:
                    sock.close()
                    self.slots[index] = None
            self.stop.wait(1.0)

    def __enter__(self) -> SlowLoris:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(30)
        for sock in self.slots:
            if sock is not None:
                sock.close()


def _phone_note(port: int, path: str, text: str, source: str) -> int:
    page = request(port, "GET", path, source=source)
    form = {"n": page.nonce(), "segment": line_keys()[0], "text": text}
    return post_form(port, path, form, source=source).status


@pytest.mark.parametrize("x_server", [False, True], ids=["offscreen", "x-server"])
def test_a_slow_loris_at_1024_descriptors_freezes_nothing(tmp_path: Path, x_server: bool) -> None:
    if x_server and shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is missing: install Debian's xvfb (.ci/run does)")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < 4 * LIMIT:
        pytest.skip(f"the attacker needs {4 * LIMIT} descriptors; the hard limit is {hard}")
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, 4 * LIMIT), hard))
    try:
        with room_program(
            tmp_path, "Energieregio Noord", preexec=_limited, x_server=x_server
        ) as program:
            program.command("stats")  # the start-up's pings are not the attack's
            started = time.monotonic()
            with SlowLoris(program.port) as attack:
                while attack.opened < ATTACKERS * PER_ATTACKER and time.monotonic() - started < 20:
                    time.sleep(0.1)
                assert attack.opened >= ATTACKERS * PER_ATTACKER
                honest = _phone_note(program.port, program.path, "Eerlijk geeltje", "127.0.0.7")
                time.sleep(max(0.0, ATTACK_SECONDS - (time.monotonic() - started)))
                during = program.command("stats")
            after = _phone_note(program.port, program.path, "Na de aanval", "127.0.0.8")
            end = program.command("stats")
            assert program.quit() == 0
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    print(f"during the attack: {during}; after: {end}; log lines: {len(program.log)}")
    assert honest == 200
    assert "Eerlijk geeltje" in during["pending"]
    assert during["refused"] > 0  # the attack was felt: the room refused connections
    assert during["descriptors"] < LIMIT - 200  # the program kept its reserve
    assert during["ping"]["count"] > 100
    assert during["ping"]["p95"] < PING_P95_MS, during["ping"]
    assert after == 200
    assert end["pending"] == ["Eerlijk geeltje", "Na de aanval"]
    log = "".join(program.log)
    assert "Too many open files" not in log
    assert "Traceback" not in log
    assert len(program.log) < 20, log[-2000:]
