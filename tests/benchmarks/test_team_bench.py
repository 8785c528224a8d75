"""The team store under several partners at once (issue 22), on the private PostgreSQL cluster
over its Unix socket. Run with `make bench`.

- 10 clients × 100 edits at once: each client (its own `Store`, its own connections) adds
  post-its and types into one shared story from the version its last keystroke returned.
  Every post-it must be there once (0 lost, 0 duplicated); every keystroke is saved or refused
  as a conflict (reported), and the story's version counts exactly the saved ones.
- A change seen by another window: another process adds post-its; the Workshop here (with
  its LiveWatch) shows each one. Median ≤ 200 ms, p95 ≤ 1 s.
- A keystroke in a story: `set_line_story` beside the floor, a bare psycopg UPDATE and commit
  of the same row. Target ≤ 3× (asserted after the table is printed).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from threading import Barrier, Lock, Thread

import psycopg

from app.core.model import default_model
from app.ui.control.live_watch import LiveWatch
from app.ui.control.workshop import Workshop
from db import EditConflictError, Store
from tests.benchmarks.team_writer import seen_elsewhere
from tests.pg_cluster import MEMBER_PASSWORD, Cluster

CLIENTS = 10
EDITS = 100
SEEN_COUNT = 40
KEYS = 200


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _table(title: str, rows: list[tuple[str, str, str]]) -> None:
    print(f"\n{title}", file=sys.stderr)
    header = f"{'figure':<44}{'measured':>14}  {'target':<24}"
    print(header, file=sys.stderr)
    print("-" * len(header), file=sys.stderr)
    for name, measured, target in rows:
        print(f"{name:<44}{measured:>14}  {target:<24}", file=sys.stderr)


def test_ten_clients_times_a_hundred_edits_at_once(pg_cluster: Cluster, pg_database: str) -> None:
    url = pg_cluster.url(pg_database)
    model = default_model()
    with Store.open(url, model) as first:
        network = first.networks.create_network("Tien partners")
        segment = model.rings[0].segments[0].key
        keys = tuple(ring.segments[0].key for ring in model.rings)
        line = first.lines.create_line(network.id, keys)
        step = line.steps[1].key
    stores = [Store.open(url, model) for _ in range(CLIENTS)]
    start = Barrier(CLIENTS)
    lock = Lock()
    latencies: list[float] = []
    saved_keys: list[str] = []
    conflicts: list[str] = []
    failures: list[BaseException] = []

    def client(number: int, store: Store) -> None:
        try:
            version = store.lines.get_line(line.id).step(step).version
            start.wait()
            for edit in range(EDITS):
                began = time.perf_counter()
                if edit % 2 == 0:
                    store.notes.add_note(network.id, segment, f"c{number}-{edit}")
                    outcome = None
                else:
                    text = f"c{number}-{edit}"
                    try:
                        saved = store.lines.set_line_story(line.id, step, text, seen=version)
                        version, outcome = saved.step(step).version, ("saved", text)
                    except EditConflictError as conflict:
                        assert conflict.their_version is not None
                        version, outcome = conflict.their_version, ("conflict", text)
                took = time.perf_counter() - began
                with lock:
                    latencies.append(took)
                    if outcome is not None:
                        (saved_keys if outcome[0] == "saved" else conflicts).append(outcome[1])
        except BaseException as error:  # a failed client fails the benchmark, not silently
            failures.append(error)

    began = time.perf_counter()
    threads = [Thread(target=client, args=pair) for pair in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    for store in stores:
        store.close()
    assert not failures, failures
    with Store.open(url, model) as check:
        notes = [note.text for note in check.notes.list_notes(network.id)]
        story = check.lines.get_line(line.id).step(step)
    expected = {f"c{n}-{e}" for n in range(CLIENTS) for e in range(0, EDITS, 2)}
    lost = len(expected - set(notes))
    duplicated = len(notes) - len(set(notes))
    story_lost = story.version - 1 - len(saved_keys)
    _table(
        f"{CLIENTS} clients × {EDITS} edits at once (half post-its, half one shared story)",
        [
            ("post-its lost", f"{lost}", "0"),
            ("post-its duplicated", f"{duplicated}", "0"),
            (
                "story keystrokes saved / refused (conflict)",
                f"{len(saved_keys)} / {len(conflicts)}",
                "every refusal reported",
            ),
            ("story saves not counted by its version", f"{story_lost}", "0"),
            ("edit latency median", f"{1000 * statistics.median(latencies):.1f} ms", ""),
            ("edit latency p95", f"{1000 * _p95(latencies):.1f} ms", "printed"),
            ("edits per second, all clients", f"{CLIENTS * EDITS / wall:.0f}", ""),
        ],
    )
    assert lost == 0 and duplicated == 0
    assert len(saved_keys) + len(conflicts) == CLIENTS * EDITS // 2
    assert story_lost == 0 and story.story in saved_keys


def test_a_change_seen_by_another_window(pg_cluster: Cluster, pg_database: str, qapp, qtbot):
    url = pg_cluster.url(pg_database)
    with Store.open(url) as store:
        workshop = Workshop(store)
        workshop.create_network("Wijkteam")
        live = LiveWatch(workshop)
        latencies = [1000 * s for s in seen_elsewhere(url, live, SEEN_COUNT, qtbot)]
        live.close()
        assert len([n for n in workshop.contents.notes if n.text.startswith("Van elders")]) == (
            SEEN_COUNT
        )
    median, p95 = statistics.median(latencies), _p95(latencies)
    _table(
        f"a change seen by another window ({SEEN_COUNT} post-its from another process)",
        [
            ("median", f"{median:.1f} ms", "≤ 200 ms " + ("ok" if median <= 200 else "MISSED")),
            ("p95", f"{p95:.1f} ms", "≤ 1000 ms " + ("ok" if p95 <= 1000 else "MISSED")),
        ],
    )
    assert median <= 200 and p95 <= 1000


def _median_ms(action: Callable[[int], object], times: int) -> float:
    durations = []
    for number in range(times):
        began = time.perf_counter()
        action(number)
        durations.append((time.perf_counter() - began) * 1000)
    return statistics.median(durations)


def test_a_keystroke_in_a_story_beside_a_bare_commit(pg_cluster: Cluster, pg_database: str):
    url = pg_cluster.url(pg_database)
    model = default_model()
    with Store.open(url, model) as store:
        network = store.networks.create_network("Typen")
        line = store.lines.create_line(network.id, tuple(r.segments[0].key for r in model.rings))
        step = line.steps[1].key
        version = [line.step(step).version]

        def keystroke(n: int) -> None:
            saved = store.lines.set_line_story(line.id, step, "x" * n, seen=version[0])
            version[0] = saved.step(step).version

        for n in range(20):  # warm: the pool's connection, the statements' plans
            keystroke(n)
        ours = _median_ms(keystroke, KEYS)
        unseen = _median_ms(lambda n: store.lines.set_line_story(line.id, step, "y" * n), KEYS)
        assert store.lines.get_line(line.id).story(step) == "y" * (KEYS - 1)
    libpq = pg_cluster.libpq(pg_database, "member") + f" password={MEMBER_PASSWORD}"
    with psycopg.connect(libpq) as bare:

        def bare_keystroke(n: int) -> None:
            bare.execute(
                "UPDATE line_steps SET story = %s WHERE line_id = %s AND step_key = %s",
                ("z" * n, line.id, step),
            )
            bare.commit()

        for n in range(20):
            bare_keystroke(n)
        floor = _median_ms(bare_keystroke, KEYS)
    ratio = ours / floor
    _table(
        f"a keystroke in a story on PostgreSQL (median of {KEYS})",
        [
            ("bare psycopg UPDATE + commit (floor)", f"{floor:.2f} ms", ""),
            ("set_line_story, version checked, notified", f"{ours:.2f} ms", "≤ 3× the floor"),
            ("set_line_story without a version", f"{unseen:.2f} ms", ""),
            ("ratio", f"{ratio:.1f}×", "≤ 3× " + ("ok" if ratio <= 3 else "MISSED")),
        ],
    )
    # From the second keystroke in a line on, a keystroke is one statement the server runs as
    # its own transaction (one round trip; the floor makes three: BEGIN, UPDATE, COMMIT).
    assert ratio <= 3, f"a keystroke on PostgreSQL costs {ratio:.1f}× a bare commit"
