"""Store benchmark: 50 networks, 2,000 lines, 10,000 indicators, 50,000 measurements.

Prints one table: each operation through the store beside the floor of the same work done with
bare `sqlite3` (same file, same pragmas), the ratio, and the target. Run with `make bench`.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core.model import Model, default_model
from db import Store
from db.records import NewNote
from db.schema import IndicatorRow

NETWORKS, LINES, INDICATORS, MOMENTS = 50, 40, 5, 5  # per network / per line / per indicator


INDICATOR_COLUMNS = frozenset(column.name for column in IndicatorRow.__table__.columns) - {
    "id",
    "line_id",
    "step_key",
    "position",
    "baseline_moment_id",
}


def _document(model: Model, number: int) -> str:
    """An exchange document for one network of the benchmark's size."""
    chance = random.Random(number)
    moments = [
        {
            "id": f"m{i}",
            "label": "ABCDE"[i],
            "date": f"2024-0{i + 1}-01",
            "focus": "",
            "learnings": "geleerd " * 20,
        }
        for i in range(MOMENTS)
    ]
    plan = {
        f: ""
        for f in (
            "unit",
            "insight",
            "insight_audience",
            "cost",
            "form",
            "source",
            "check_note",
            "frequency",
            "owner",
            "baseline",
            "target",
            "interpretation",
            "audience",
            "communication",
        )
    }
    lines = []
    for line in range(LINES):
        keys = [chance.choice(ring.segments).key for ring in model.rings]
        lines.append(
            {
                "title": f"Lijn {line}",
                "direction": "inside_out",
                "status": "idea",
                "assumptions": "aanname " * 10,
                "created_at": "2024-01-01T10:00:00Z",
                "updated_at": "2024-01-01T10:00:00Z",
                "steps": [
                    {"step": step, "segment": segment, "story": "verhaal " * 30}
                    for step, segment in zip(model.step_keys, (None, *keys), strict=True)
                ],
                "indicators": [
                    {
                        "step": model.step_keys[i],
                        "name": f"Indicator {i}",
                        "kind": "quantitative",
                        **plan,
                        "source_kind": "existing",
                        "valid": True,
                        "measurable": True,
                        "relevant": None,
                        "measurements": [
                            {"moment": f"m{m}", "value": float(m * i), "text": "", "note": ""}
                            for m in range(MOMENTS)
                        ],
                    }
                    for i in range(INDICATORS)
                ],
            }
        )
    return json.dumps(
        {
            "format": "netimpact-network",
            "version": 1,
            "network": {
                "name": f"Netwerk {number:02}",
                "description": "",
                "created_at": "2024-01-01T10:00:00Z",
                "updated_at": "2024-01-01T10:00:00Z",
                "stakeholders": [],
                "wheel": {
                    "arrangement": {ring.key: 0 for ring in model.rings},
                    "locked_rings": [],
                    "focus_ring": None,
                    "focus_stakeholder": None,
                },
                "core": [{"kind": model.core.segments[0].key, "text": "partner"}],
                "moments": moments,
                "lines": lines,
                "notes": [],
            },
        }
    )


def _median_ms(action: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _bare(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    for pragma in (
        "busy_timeout = 10000",
        "foreign_keys = ON",
        "journal_mode = WAL",
        "synchronous = FULL",
    ):
        connection.execute(f"PRAGMA {pragma}")
    return connection


def _bare_load(path: Path, network_id: int) -> list[Any]:
    connection = _bare(path)
    connection.execute("BEGIN")
    rows = [connection.execute("SELECT * FROM networks WHERE id = ?", (network_id,)).fetchall()]
    for table in (
        "stakeholder_groups",
        "ring_positions",
        "core_entries",
        "reasoning_lines",
        "moments",
        "notes",
    ):
        rows.append(
            connection.execute(
                f"SELECT * FROM {table} WHERE network_id = ?", (network_id,)
            ).fetchall()
        )
    rows.append(
        connection.execute(
            "SELECT s.* FROM line_steps s JOIN reasoning_lines l ON s.line_id = l.id "
            "WHERE l.network_id = ?",
            (network_id,),
        ).fetchall()
    )
    rows.append(
        connection.execute(
            "SELECT i.* FROM indicators i JOIN reasoning_lines l ON i.line_id = l.id "
            "WHERE l.network_id = ?",
            (network_id,),
        ).fetchall()
    )
    rows.append(
        connection.execute(
            "SELECT m.* FROM measurements m JOIN moments o ON m.moment_id = o.id "
            "WHERE o.network_id = ?",
            (network_id,),
        ).fetchall()
    )
    connection.execute("COMMIT")
    connection.close()
    return rows


def _bare_save_line(
    connection: sqlite3.Connection, network_id: int, keys: list[str | None], steps: tuple[str, ...]
) -> None:
    connection.execute("BEGIN IMMEDIATE")
    cursor = connection.execute(
        "INSERT INTO reasoning_lines (network_id, title, direction, status, assumptions, "
        "created_at, updated_at) VALUES (?, '', 'inside_out', 'idea', '', "
        "'2024-01-01 10:00:00', '2024-01-01 10:00:00')",
        (network_id,),
    )
    connection.executemany(
        "INSERT INTO line_steps (line_id, step_key, segment_key, story) VALUES (?, ?, ?, '')",
        [(cursor.lastrowid, step, key) for step, key in zip(steps, keys, strict=True)],
    )
    connection.execute(
        "UPDATE networks SET updated_at = '2024-01-01 10:00:00' WHERE id = ?", (network_id,)
    )
    connection.execute("COMMIT")


def _bare_import(path: Path, document: str) -> None:
    """The floor of an import: parse, and insert the same rows in one transaction."""
    data = json.loads(document)["network"]
    connection = _bare(path)
    connection.execute("BEGIN IMMEDIATE")
    network_id = connection.execute(
        "INSERT INTO networks (name, description, created_at, updated_at) VALUES (?, '', "
        "'2024-01-01 10:00:00', '2024-01-01 10:00:00')",
        (f"bare {time.perf_counter_ns()}",),
    ).lastrowid
    moment_ids = {}
    for moment in data["moments"]:
        moment_ids[moment["id"]] = connection.execute(
            "INSERT INTO moments (network_id, label, date, focus, learnings) VALUES (?,?,?,?,?)",
            (network_id, moment["label"], moment["date"], moment["focus"], moment["learnings"]),
        ).lastrowid
    for line in data["lines"]:
        line_id = connection.execute(
            "INSERT INTO reasoning_lines (network_id, title, direction, status, assumptions, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
            (
                network_id,
                line["title"],
                line["direction"],
                line["status"],
                line["assumptions"],
                line["created_at"],
                line["updated_at"],
            ),
        ).lastrowid
        for step in line["steps"]:
            step_id = connection.execute(
                "INSERT INTO line_steps (line_id, step_key, segment_key, story, plausibility) "
                "VALUES (?,?,?,?,?)",
                (line_id, step["step"], step["segment"], step["story"], step.get("plausibility")),
            ).lastrowid
            connection.executemany(
                "INSERT INTO step_evidence (step_id, moment_id, text, source, date, position) "
                "VALUES (?,?,?,?,?,?)",
                [
                    (step_id, moment_ids.get(e["moment"]), e["text"], e["source"], e["date"], n)
                    for n, e in enumerate(step.get("evidence", []))
                ],
            )
        for position, indicator in enumerate(line["indicators"]):
            # The exchange's own fields that are columns as they are; the baseline's moment by
            # its new id (format v3; the dimensions' rows are left to the store: none here).
            values = {k: v for k, v in indicator.items() if k in INDICATOR_COLUMNS}
            if indicator.get("baseline_moment") is not None:
                values["baseline_moment_id"] = moment_ids[indicator["baseline_moment"]]
            fields = list(values)
            indicator_id = connection.execute(
                f"INSERT INTO indicators (line_id, step_key, position, {', '.join(fields)}) "
                f"VALUES (?, ?, ?, {', '.join('?' * len(fields))})",
                (line_id, indicator["step"], position, *values.values()),
            ).lastrowid
            connection.executemany(
                "INSERT INTO measurements (indicator_id, moment_id, value, text, note, source, "
                "measured_on) VALUES (?,?,?,?,?,?,?)",
                [
                    (
                        indicator_id,
                        moment_ids[m["moment"]],
                        m["value"],
                        m["text"],
                        m["note"],
                        m.get("source", ""),
                        m.get("date"),
                    )
                    for m in indicator["measurements"]
                ],
            )
            connection.executemany(
                "INSERT INTO indicator_targets (indicator_id, moment_id, value, text, reason, "
                "set_at) VALUES (?,?,?,?,?,?)",
                [
                    (
                        indicator_id,
                        moment_ids[t["moment"]],
                        t["value"],
                        t["text"],
                        t["reason"],
                        t["set_at"],
                    )
                    for t in indicator.get("targets", [])
                ],
            )
    connection.execute("COMMIT")
    connection.close()


def test_store_benchmark(tmp_path: Path) -> None:
    model = default_model()
    path = tmp_path / "bench.sqlite"
    documents = [_document(model, n) for n in range(NETWORKS)]
    build = time.perf_counter()
    with Store.open(path, model) as store:
        import_times = []
        for document in documents:
            start = time.perf_counter()
            store.networks.import_network(document)
            import_times.append((time.perf_counter() - start) * 1000)
        networks = store.networks.list_networks()
        network_id = networks[NETWORKS // 2].id
        line_count = sum(n.line_count for n in networks)
    build = time.perf_counter() - build
    size_mb = path.stat().st_size / 1e6
    assert line_count == NETWORKS * LINES

    def open_and_load() -> None:
        with Store.open(path, model) as opened:
            opened.networks.load_network(network_id)

    results = []
    results.append(
        (
            "open store + load one network (40 lines)",
            _median_ms(open_and_load, 7),
            _median_ms(lambda: _bare_load(path, network_id), 7),
            150.0,
        )
    )
    store = Store.open(path, model)
    keys = [random.Random(1).choice(ring.segments).key for ring in model.rings]
    bare = _bare(path)
    results.append(
        (
            "save one reasoning line",
            _median_ms(lambda: store.lines.create_line(network_id, tuple(keys)), 50),
            _median_ms(
                lambda: _bare_save_line(bare, network_id, [None, *keys], model.step_keys), 50
            ),
            5.0,
        )
    )
    bare.close()
    exported = store.networks.export_network(network_id)
    results.append(
        (
            "export one network",
            _median_ms(lambda: store.networks.export_network(network_id), 7),
            _median_ms(lambda: json.dumps(_bare_load(path, network_id)), 7),
            None,
        )
    )
    results.append(
        (
            "import one network",
            _median_ms(lambda: store.networks.import_network(exported), 5),
            _median_ms(lambda: _bare_import(path, exported), 5),
            None,
        )
    )
    store.close()

    print(
        f"\nStore benchmark: {NETWORKS} networks, {line_count} lines, "
        f"{line_count * INDICATORS} indicators, {line_count * INDICATORS * MOMENTS} "
        f"measurements; {size_mb:.1f} MB, built by {NETWORKS} imports in {build:.1f} s "
        f"(median import {statistics.median(import_times):.0f} ms)",
        file=sys.stderr,
    )
    header = f"{'operation':<42}{'netimpact':>11}{'sqlite3':>10}{'ratio':>8}{'target':>10}"
    print(header, file=sys.stderr)
    print("-" * len(header), file=sys.stderr)
    for name, ours, floor, target in results:
        verdict = (
            "" if target is None else f"≤{target:g} ms " + ("ok" if ours <= target else "MISSED")
        )
        print(
            f"{name:<42}{ours:>8.1f} ms{floor:>7.1f} ms{ours / floor:>7.1f}×  {verdict}",
            file=sys.stderr,
        )


def _bare_first_look(path: Path, network_id: int) -> list[Any]:
    """The floor of a first look: connect read-only, select the same rows, close."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    rows = [connection.execute("SELECT * FROM networks WHERE id = ?", (network_id,)).fetchall()]
    for table in ("stakeholder_groups", "ring_positions", "core_entries", "notes"):
        rows.append(
            connection.execute(
                f"SELECT * FROM {table} WHERE network_id = ?", (network_id,)
            ).fetchall()
        )
    connection.close()
    return rows


def test_first_look_benchmark(tmp_path: Path) -> None:
    """The wheel's first look (db.glance) at a network with 200 notes and 50 core entries,
    beside its floor and beside opening the store and loading the network."""
    from db.glance import FirstLook, first_look

    model = default_model()
    path = tmp_path / "look.sqlite"
    segments = [s.key for ring in model.rings for s in ring.segments]
    chance = random.Random(11)
    with Store.open(path, model) as store:
        store.networks.import_network(_document(model, 1))
        network_id = store.networks.create_network("Werkplaats").id
        for number in range(50):
            part = chance.choice(model.core.segments).key
            store.lines.add_core_entry(network_id, part, f"kern {number} " * 3)
        store.notes.add_notes(
            network_id,
            [NewNote(chance.choice(segments), f"geeltje {n} " * 5) for n in range(200)],
        )
        expected = FirstLook.of(store.networks.load_network(network_id))
    assert first_look(path, network_id, model) == expected

    def open_and_load() -> None:
        with Store.open(path, model) as opened:
            opened.networks.load_network(network_id)

    floor = _median_ms(lambda: _bare_first_look(path, network_id), 21)
    rows = [
        ("first look (sqlite3 only)", _median_ms(lambda: first_look(path, network_id, model), 21)),
        ("open store + load_network (ORM)", _median_ms(open_and_load, 7)),
    ]
    header = f"{'first look, 200 notes, 50 core entries':<42}{'netimpact':>11}{'floor':>10}"
    print(f"\n{header}{'ratio':>8}", file=sys.stderr)
    print("-" * (len(header) + 8), file=sys.stderr)
    for name, ours in rows:
        print(f"{name:<42}{ours:>8.2f} ms{floor:>7.2f} ms{ours / floor:>7.1f}×", file=sys.stderr)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")
def test_crash_benchmark(tmp_path: Path) -> None:
    """Many more SIGKILL runs than the test suite does, half of the edits story keystrokes
    (committed without waiting for the disk: docs/store-safety.md, "Typing"); each writer is
    killed after a counted number of reported commits and a random moment."""
    from app.core.model import parse_model
    from tests.db.builders import LINE_KEYS
    from tests.db.writers import Reports, check_reports, fork_writer, integrity, kill
    from tests.model_factory import model_data

    model = parse_model(model_data())
    path = tmp_path / "crash.sqlite"
    with Store.open(path, model) as store:
        network_id = store.networks.create_network("Crash").id
        line_id = store.lines.create_line(network_id, LINE_KEYS).id
        store.lines.set_line_story(line_id, "ring2", "0")
    runs, checked, stories, chance = 300, 0, 0, random.Random(7)
    start = time.perf_counter()
    for run in range(1, runs + 1):
        pid, pipe = fork_writer(path, model, network_id, line_id, seed=run, story_share=0.5)
        reports = Reports(pipe)
        reports.wait_until_open()
        reports.wait_for(chance.randint(1, 12))
        time.sleep(chance.uniform(0, 0.01))
        kill(pid)
        done = reports.rest()
        stories += sum(report.startswith("story") for report in done)
        assert integrity(path) == "ok"
        with Store.open(path, model) as store:
            checked += check_reports(store, network_id, done)
    print(
        f"\nCrash benchmark: {runs} SIGKILLs, {checked} committed edits ({stories} story "
        f"keystrokes) all found, integrity ok after each ({time.perf_counter() - start:.1f} s)",
        file=sys.stderr,
    )
