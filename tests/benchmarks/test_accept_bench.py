"""Accepting one phone post-it on the benchmark network (40 lines, 200 indicators, 1,000
measurements), in the real main window with every panel, beside its floor: one INSERT and
commit with bare sqlite3 on the same file and pragmas (WAL, synchronous=FULL).

Run with `make bench` (one file: `make bench BENCH=tests/benchmarks/test_accept_bench.py`).
Printed: the median and the quickest of the accepts, the floor, the ratio and the baseline (what
an accept cost when the Workshop read the whole network again after it). The target, ≤ 10 ms
(median), is asserted.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from datetime import UTC, datetime

from app.core.model import default_model
from app.room.submission import Incoming
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell.application import build_window
from db import Store
from tests.benchmarks.test_store_bench import _document

ACCEPTS = 30
TARGET_MS = 10.0


def _floor(path, network_id: int, segment_key: str) -> list[float]:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = FULL")
    times = []
    try:
        for number in range(ACCEPTS):
            start = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(
                "INSERT INTO notes (network_id, moment_id, segment_key, text, colour, created_at) "
                "VALUES (?, NULL, ?, ?, '#FFE97A', ?)",
                (network_id, segment_key, f"Vloer {number}", datetime.now(UTC).isoformat()),
            )
            connection.execute("COMMIT")
            times.append((time.perf_counter() - start) * 1000)
    finally:
        connection.close()
    return times


def test_accepting_one_phone_post_it(qapp, qtbot, tmp_path) -> None:
    model = default_model()
    path = tmp_path / "bench.sqlite"
    with Store.open(path, model) as store:
        network = store.networks.import_network(_document(model, 7))
        window = build_window(
            store, Settings.in_file(tmp_path / "settings.ini"), LanguageSwitcher(qapp)
        )
        qtbot.addWidget(window)
        window.room_dock.may_quit = lambda: True  # type: ignore[method-assign]  # never ask
        window.resize(1600, 1000)
        window.show()
        workshop, room = window.workshop, window.room
        workshop.open_network(network.id)
        segments = workshop.focus_line().segment_keys
        for number in range(ACCEPTS):
            room.pending.append(
                Incoming(
                    number + 1,
                    segments[number % len(segments)],
                    f"Idee {number}",
                    f"Deelnemer {number}",
                )
            )
        times = []
        for item in list(room.pending):
            start = time.perf_counter()
            room.accept(item.id)
            qapp.processEvents()  # what Qt does before the next click: paint the new stack
            times.append((time.perf_counter() - start) * 1000)
        assert len(workshop.contents.notes) == ACCEPTS

        def reload() -> None:  # what each accept cost before: the whole network read again
            workshop._contents = None
            workshop.contents  # noqa: B018

        baseline = []
        for _ in range(5):
            start = time.perf_counter()
            reload()
            baseline.append((time.perf_counter() - start) * 1000)
        window.close()
    floor = _floor(path, network.id, segments[0])
    median, best = statistics.median(times), min(times)
    floor_median = statistics.median(floor)
    print()
    print(f"{'':>40} | {'median ms':>9} | {'best ms':>7}   ({ACCEPTS} accepts)")
    print(f"{'one INSERT + commit, sqlite3 (floor)':>40} | {floor_median:9.2f} | {min(floor):7.2f}")
    print(f"{'accept one phone post-it (≤ 10 ms)':>40} | {median:9.2f} | {best:7.2f}")
    print(f"{'ratio to the floor':>40} | {median / floor_median:8.1f}× |")
    print(f"{'baseline: reading the network':>40} | {statistics.median(baseline):9.2f} |")
    assert median <= TARGET_MS, f"accepting a post-it costs {median:.1f} ms"
