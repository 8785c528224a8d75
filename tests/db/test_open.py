"""Opening a store: new files are created whole; unusable files raise and stay byte-for-byte."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from pathlib import Path

import pytest

from db import (
    EmptyStoreFileError,
    NotAStoreError,
    Store,
    StoreDamagedError,
    StoreOpenError,
    StoreTooNewError,
)
from db.engine import APPLICATION_ID
from tests.db.builders import fill_network


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled_store(path: Path, model) -> None:
    with Store.open(path, model) as store:
        fill_network(store)
        for number in range(30):
            store.notes.add_note(
                store.networks.list_networks()[0].id, "ring1.s0", f"note {number} " * 50
            )


def test_a_missing_store_is_created_with_its_folders(tmp_path, model):
    path = tmp_path / "deep" / "er" / "store.sqlite"
    with Store.open(path, model) as store:
        assert store.networks.list_networks() == ()
        assert store.backup_made is None
    assert [p.name for p in path.parent.iterdir()] == ["store.sqlite"]  # no temporary left
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


@pytest.mark.file_only
def test_the_connection_has_foreign_keys_wal_full_sync_and_a_busy_timeout(store: Store):
    with store._db._engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 10_000


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(4).randbytes(path.stat().st_size))


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _text_file(path: Path) -> None:
    path.write_text("Boodschappen:\n- melk\n- brood\n" * 100, encoding="utf-8")


def _header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def _scribbled_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data) - page, page * 3):
        data[offset + 8 : offset + 200] = random.Random(offset).randbytes(192)
    path.write_bytes(bytes(data))


def _other_program(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO recipes VALUES (1, 'soep')")
    connection.commit()
    connection.close()


def _newer_schema(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("damage", "error", "message"),
    [
        (_truncated, StoreDamagedError, "cut off"),
        (_header_only, StoreDamagedError, "cut off"),
        (_random_bytes, NotAStoreError, "not an SQLite database"),
        (_zero_bytes, EmptyStoreFileError, "empty"),
        (_text_file, NotAStoreError, "text file"),
        (_scribbled_pages, StoreDamagedError, "damaged"),
        (_other_program, NotAStoreError, "another program"),
        (_newer_schema, StoreTooNewError, "newer version"),
    ],
    ids=lambda value: getattr(value, "__name__", "").strip("_") or None,
)
def test_an_unusable_file_raises_and_is_left_exactly_as_it_was(
    tmp_path, model, damage, error, message
):
    path = tmp_path / "store.sqlite"
    _filled_store(path, model)
    damage(path)
    before = _hash(path)
    files_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error, match=message) as caught:
        Store.open(path, model)
    assert isinstance(caught.value, StoreOpenError) and caught.value.path == path
    assert _hash(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no backup, no new store


def test_a_folder_is_not_a_store(tmp_path, model):
    with pytest.raises(NotAStoreError, match="not a file"):
        Store.open(tmp_path, model)


def test_a_newer_store_reports_its_revision(tmp_path, model):
    path = tmp_path / "store.sqlite"
    _filled_store(path, model)
    _newer_schema(path)
    with pytest.raises(StoreTooNewError) as caught:
        Store.open(path, model)
    assert caught.value.revision == "0099_from_the_future"


def test_a_store_left_by_a_killed_program_opens_with_its_log(tmp_path, model):
    """A -wal file beside the store holds committed work; it is recovered, not called damage."""
    path = tmp_path / "store.sqlite"
    store = Store.open(path, model)
    network_id = fill_network(store)
    keeper = sqlite3.connect(path)  # holds the log open so it is not checkpointed away
    keeper.execute("SELECT 1 FROM networks").fetchall()
    store.notes.add_note(network_id, "ring1.s1", "in the log only")
    copy = tmp_path / "copy"
    copy.mkdir()
    for name in ("store.sqlite", "store.sqlite-wal"):
        (copy / name).write_bytes((tmp_path / name).read_bytes())
    keeper.close()
    store.close()
    assert os.path.getsize(copy / "store.sqlite-wal") > 0
    with Store.open(copy / "store.sqlite", model) as recovered:
        assert "in the log only" in [n.text for n in recovered.list_notes(network_id)]
