"""The program in a child process of its own, with its room open on 127.0.0.1: for the tests
that kill it (SIGKILL) or starve it of descriptors. Run as
`python -m tests.ui.room_child STORE SETTINGS NETWORK`.

It prints one JSON line when the room is open ({"port", "secret", "network"}) and then answers
commands on stdin, one per line, with one JSON line each:
- `stats`: the main thread's ping (ms) since the last `stats`, the queue, open descriptors;
- `quit`: closes the window and exits.
The ping: a helper thread posts a time stamp to the Qt main thread every 10 ms through a queued
signal; the delay until the main thread handles it is how long the window could not react.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.room.descriptors import open_descriptors
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell.application import build_window
from db.store import Store

PING_SECONDS = 0.01


class Pinger(QObject):
    sent = Signal(float)
    command = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.delays: list[float] = []
        self.sent.connect(self.received)

    def received(self, stamp: float) -> None:
        self.delays.append((time.perf_counter() - stamp) * 1000)


def _stats(delays: list[float]) -> dict[str, float]:
    ordered = sorted(delays) or [0.0]
    return {
        "count": len(delays),
        "p95": ordered[max(0, int(len(ordered) * 0.95) - 1)],
        "max": ordered[-1],
    }


def main(store_path: str, settings_path: str, network: str) -> int:
    app = QApplication([])
    store = Store.open(Path(store_path))
    window = build_window(store, Settings.in_file(Path(settings_path)), LanguageSwitcher(app))
    window.room_dock.may_quit = lambda: True  # type: ignore[method-assign]
    window.resize(1024, 768)
    window.show()
    workshop = window.workshop
    known = {summary.name: summary.id for summary in store.networks.list_networks()}
    if network in known:
        workshop.open_network(known[network])
    else:
        workshop.create_network(network)
    room = window.room
    address = room.open(hosts=["127.0.0.1"], port=0)
    print(
        json.dumps({"port": address.port, "secret": address.secret, "network": network}),
        flush=True,
    )
    pinger = Pinger()
    running = threading.Event()
    running.set()

    def ping() -> None:
        while running.is_set():
            pinger.sent.emit(time.perf_counter())
            time.sleep(PING_SECONDS)

    def answer(command: str) -> None:
        if command == "stats":
            delays, pinger.delays = pinger.delays, []
            print(
                json.dumps(
                    {
                        "ping": _stats(delays),
                        "pending": [item.text for item in room.pending],
                        "descriptors": open_descriptors(),
                        "refused": room._server.guard.refused if room._server else 0,
                    }
                ),
                flush=True,
            )
        elif command == "quit":
            running.clear()
            window.close()
            store.close()
            app.quit()

    def read() -> None:
        for line in sys.stdin:
            pinger.command.emit(line.strip())
        pinger.command.emit("quit")

    pinger.command.connect(answer)
    threading.Thread(target=ping, daemon=True).start()
    threading.Thread(target=read, daemon=True).start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
