"""The data path counts its queries: reading a network takes the same few batched queries
whatever its size (no per-row lazy loads), and so do saving a line and exporting. Every query
will count double once the store is a server across a network."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import event

from db import Store
from tests.db.builders import fill_network


@contextmanager
def counting(store: Store) -> Iterator[list[str]]:
    """The SQL statements the store sends meanwhile (BEGIN, PRAGMA and COMMIT left out)."""
    statements: list[str] = []

    def record(_conn, _cursor, statement: str, *_rest: object) -> None:  # type: ignore[no-untyped-def]
        if not statement.startswith(("BEGIN", "PRAGMA", "COMMIT", "ROLLBACK")):
            statements.append(statement)

    event.listen(store._db._engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(store._db._engine, "before_cursor_execute", record)


def _queries(store: Store, action: Callable[[], object]) -> int:
    with counting(store) as statements:
        action()
    return len(statements)


def _grown(store: Store, network_id: int, times: int) -> None:
    """More of everything: lines with indicators and measurements, moments, notes, core."""
    lines = store.lines.list_lines(network_id)
    moments = store.learning.list_moments(network_id)
    for number in range(times):
        line = store.evidence.duplicate_line(lines[0].id, f"Kopie {number}")
        for indicator in store.lines.list_indicators(line.id):
            for moment in moments:
                store.learning.add_measurement(indicator.id, moment.id, value=float(number))
        store.notes.add_note(network_id, "ring1.s0", f"Post-it {number}")
        store.lines.add_core_entry(network_id, "core.part1", f"Partner {number}")


def test_reading_a_network_takes_the_same_few_queries_whatever_its_size(store: Store):
    small = fill_network(store, "Klein")
    large = fill_network(store, "Groot")
    _grown(store, large, 12)
    assert len(store.networks.load_network(large).lines) > 4 * len(
        store.networks.load_network(small).lines
    )
    few = _queries(store, lambda: store.networks.load_network(small))
    many = _queries(store, lambda: store.networks.load_network(large))
    assert few == many <= 14  # one batched query per table, dimensions and groups too


def test_exporting_a_network_takes_the_same_queries_whatever_its_size(store: Store):
    small = fill_network(store, "Klein")
    large = fill_network(store, "Groot")
    _grown(store, large, 12)
    few = _queries(store, lambda: store.networks.export_network(small))
    many = _queries(store, lambda: store.networks.export_network(large))
    assert few == many


def test_saving_a_line_takes_the_same_queries_whatever_the_network_holds(store: Store):
    small = fill_network(store, "Klein")
    large = fill_network(store, "Groot")
    _grown(store, large, 12)
    keys = ("ring1.s1", "ring2.s2", "ring3.s3", "stakeholders.s0")
    stories = {"ring1": "Eerst", "ring2": "Dan"}
    few = _queries(
        store, lambda: store.lines.create_line(small, keys, title="Nieuw", stories=stories)
    )
    many = _queries(
        store, lambda: store.lines.create_line(large, keys, title="Nieuw", stories=stories)
    )
    # (The second may leave out stamping the network: its time is to the second.)
    assert many <= few <= 10
