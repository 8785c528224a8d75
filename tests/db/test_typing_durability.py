"""Typing is durable and fast: a story keystroke commits without waiting for the disk, every
other edit waits, and a sync after a pause makes the typing safe against a power cut too.
(That a SIGKILL loses no committed story is proven by test_crash_safety, whose writers type
stories between their post-its.)"""

from __future__ import annotations

import pytest
from sqlalchemy import event

from db import Store
from db import engine as store_engine
from tests.db.builders import LINE_KEYS

pytestmark = pytest.mark.file_only  # about the store file itself


def _recorded(store: Store) -> list[str]:
    """What SQLite itself is asked to run from the next transaction on (the store begins its
    transactions on the sqlite3 connection directly, past SQLAlchemy's events)."""
    statements: list[str] = []
    event.listen(
        store.sessions._engine,
        "checkout",
        lambda connection, _record, _proxy: connection.set_trace_callback(statements.append),
    )
    return statements


def test_a_story_keystroke_commits_without_waiting_for_the_disk(store: Store):
    network_id = store.networks.create_network("Typen").id
    line_id = store.lines.create_line(network_id, LINE_KEYS).id
    statements = _recorded(store)
    store.lines.set_line_story(line_id, "ring2", "W")
    assert statements[:2] == ["PRAGMA synchronous = NORMAL", "BEGIN IMMEDIATE"]
    statements.clear()
    store.notes.add_note(network_id, "ring1.s0", "Daarna een post-it")
    assert statements[:2] == ["PRAGMA synchronous = FULL", "BEGIN IMMEDIATE"]


def test_a_sync_copies_every_typed_commit_out_of_the_log(store: Store):
    network_id = store.networks.create_network("Typen").id
    line_id = store.lines.create_line(network_id, LINE_KEYS).id
    for length in range(1, 21):
        store.lines.set_line_story(line_id, "ring2", "w" * length)
    store.sync()
    log, copied = store_engine.sync_log(store._db._engine)
    assert log >= 20 and copied == log
    assert store.lines.get_line(line_id).story("ring2") == "w" * 20


def test_a_closed_store_syncs_nothing(store_path, model):
    store = Store.open(store_path, model)
    store.close()
    store.sync()  # no connection is opened again after close
    assert [path.name for path in store_path.parent.iterdir()] == [store_path.name]
