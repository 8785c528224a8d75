"""Kill the program (SIGKILL) with answers waiting in the room's queue: on the next start they
wait in the queue again, once each. The program runs as a real child process; twenty phones
post over real HTTP from their own loopback addresses."""

from __future__ import annotations

import signal
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from db.store import Store
from tests.room.phones import line_keys, post_form, request
from tests.ui.room_process import room_program

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
PHONES = 20
NETWORK = "Leren met de Stad"


def test_a_killed_program_loses_no_arrival_and_doubles_none(tmp_path: Path) -> None:
    texts = [f"Verhaal van student {phone:02}" for phone in range(PHONES)]
    with room_program(tmp_path, NETWORK) as program:

        def phone(number: int) -> int:
            source = f"127.0.0.{20 + number}"
            page = request(program.port, "GET", program.path, source=source)
            form = {"n": page.nonce(), "segment": line_keys()[0], "text": texts[number]}
            return post_form(program.port, program.path, form, source=source).status

        with ThreadPoolExecutor(PHONES) as pool:
            statuses = list(pool.map(phone, range(PHONES)))
        assert statuses == [200] * PHONES  # every phone was told "arrived"
        program.process.send_signal(signal.SIGKILL)  # at once: no chance to tidy up
        assert program.process.wait(30) == -signal.SIGKILL

    store = Store.open(tmp_path / "store.sqlite")
    try:
        (network,) = [
            summary for summary in store.networks.list_networks() if summary.name == NETWORK
        ]
        kept = [arrival.payload["text"] for arrival in store.room.waiting_arrivals(network.id)]
    finally:
        store.close()
    assert sorted(kept) == texts  # all twenty, once each

    with room_program(tmp_path, NETWORK) as again:  # the program started again
        stats = again.command("stats")
        assert sorted(stats["pending"]) == texts
        assert len(stats["pending"]) == PHONES
        assert again.quit() == 0
