"""The store notices when this process lost SQLite's locks, and stops (issue 10 §1)."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from db import Store, StoreLocksLostError

pytestmark = pytest.mark.skipif(
    not Path("/proc/locks").exists(), reason="the lock watch needs Linux's /proc/locks"
)


def _drop_locks_like_a_file_dialog(path: Path, suffix: str) -> None:
    """Open and close one of the store's files outside SQLite, as Qt's type guessing did."""
    with open(f"{path}{suffix}", "rb") as file:
        file.read(16)


@pytest.mark.parametrize("suffix", ["", "-shm"])
def test_a_store_that_lost_its_locks_refuses_to_write_and_keeps_what_it_had(tmp_path, suffix):
    path = tmp_path / "s.sqlite"
    store = Store.open(path)
    try:
        kept = store.networks.create_network("Kept")
        assert store._place.watch.active, "the kernel's lock table was readable but not understood"
        _drop_locks_like_a_file_dialog(path, suffix)
        with pytest.raises(StoreLocksLostError, match="close the program and start it again"):
            store.networks.create_network("Lost")
        with pytest.raises(StoreLocksLostError):
            store.networks.rename_network(kept.id, "Renamed")  # every later write too
        with pytest.raises(StoreLocksLostError):
            store.networks.list_networks()  # reads too: this process's view may be stale
    finally:
        store.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    with Store.open(path) as reopened:
        assert [n.name for n in reopened.list_networks()] == ["Kept"]
        reopened.create_network("After a restart")


def test_opening_the_same_store_twice_in_one_process_keeps_the_locks(tmp_path):
    path = tmp_path / "s.sqlite"
    with Store.open(path) as first:
        first.create_network("One")
        with Store.open(path) as second:  # a second window: checked by SQLite alone
            second.create_network("Two")
        first.create_network("Three")
        assert [n.name for n in first.list_networks()] == ["One", "Three", "Two"]


@pytest.mark.slow
def test_writes_from_another_process_do_not_trip_the_watch(tmp_path):
    import subprocess

    path = tmp_path / "s.sqlite"
    with Store.open(path) as store:
        store.networks.create_network("Here")
        code = (
            "import sys; from db import Store\n"
            "with Store.open(sys.argv[1]) as s: s.networks.create_network('There')"
        )
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
        store.networks.create_network("Here again")
        assert len(store.networks.list_networks()) == 3


@pytest.mark.slow
def test_after_the_loss_another_program_writes_and_nothing_is_broken(tmp_path):
    """The sequence that corrupted stores: locks lost, another program writes and, believing
    it is alone, cleans up the write-ahead log; we must not write on."""
    import subprocess

    path = tmp_path / "s.sqlite"
    store = Store.open(path)
    try:
        for number in range(20):
            store.networks.create_network(f"Ours {number}")
        _drop_locks_like_a_file_dialog(path, "-shm")
        code = (
            "import sys; from db import Store\n"
            "with Store.open(sys.argv[1]) as s:\n"
            "    for n in range(20): s.networks.create_network(f'Theirs {n}')"
        )
        subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)
        with pytest.raises(StoreLocksLostError):
            store.networks.create_network("Never written")
    finally:
        store.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    with Store.open(path) as reopened:
        names = {n.name for n in reopened.list_networks()}
    assert names == {f"Ours {n}" for n in range(20)} | {f"Theirs {n}" for n in range(20)}


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_importing_the_store_itself_is_refused_unread(tmp_path, suffix):
    from db import ImportFormatError

    path = tmp_path / "s.sqlite"
    with Store.open(path) as store:
        store.networks.create_network("Kept")
        with pytest.raises(ImportFormatError, match="is the store"):
            store.networks.import_file(Path(f"{path}{suffix}"))
        store.networks.create_network("Still writing")  # the locks are intact
        assert len(store.networks.list_networks()) == 2
