"""Backups, the full check and restoring: whole copies beside the store, damage found wherever
it surfaces, and a way back that never overwrites the current file."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from db import Store
from db.backups import (
    DAILY_KEPT,
    backup_name,
    list_backups,
    make_backup,
    make_daily_backup,
)
from db.check import check_store, restore_backup
from db.engine import HEAD_REVISION
from db.errors import BackupNotUsableError, StoreBusyError, StoreDamagedError
from db.files import is_store_file
from tests.db.builders import fill_network

pytestmark = pytest.mark.file_only  # about the store file itself


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _networks(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM networks ORDER BY name")]
    finally:
        connection.close()


# --- daily backups ---------------------------------------------------------------------------


def test_the_first_write_of_a_day_makes_one_checked_backup_beside_the_store(store, store_path):
    fill_network(store, "Eerste")  # the first write finds no network: nothing to back up yet
    store.networks.create_network("Tweede")
    store.networks.create_network("Derde")
    (backup,) = list_backups(store_path)
    assert backup.reason == "daily" and backup.made.date() == date.today()
    assert backup.path.parent == store_path.parent
    assert backup.path.name.startswith("store.daily.") and backup.path.suffix == ".sqlite"
    assert backup.networks == 1  # the state before the day's first change to a network
    assert is_store_file(backup.path)  # no export or poster can ever land on it
    connection = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
    connection.close()
    assert not [name for name in _names(store_path.parent) if name.startswith(".")]


def test_a_second_store_opened_the_same_day_makes_no_second_backup(store_path, model):
    with Store.open(store_path, model) as store:
        fill_network(store)
        store.networks.create_network("Twee")
    with Store.open(store_path, model) as store:
        store.networks.create_network("Drie")
    assert len(list_backups(store_path)) == 1


def test_only_the_last_ten_daily_backups_are_kept_and_upgrade_backups_never_pruned(
    store, store_path
):
    fill_network(store)
    store.networks.create_network("Twee")
    older = store_path.with_name("store.before-upgrade-from-0001.2020-01-01_120000.sqlite")
    os.link(list_backups(store_path)[0].path, older)
    for days in range(1, 15):
        earlier = datetime.now() - timedelta(days=days)
        os.link(list_backups(store_path)[0].path, backup_name(store_path, "daily", earlier))
    made = make_daily_backup(store_path, date.today() + timedelta(days=1))
    assert made is not None
    reasons = [backup.reason for backup in list_backups(store_path)]
    assert reasons.count("daily") == DAILY_KEPT
    assert older in [backup.path for backup in list_backups(store_path)]
    assert list_backups(store_path)[0].path == made  # newest first


def test_a_partial_backup_of_a_process_that_died_is_removed(store, store_path):
    fill_network(store)
    dead = store_path.with_name(".store.daily.999999999.partial")
    dead.write_bytes(b"SQLite format 3\x00 cut off")
    make_backup(store_path, "manual")
    assert not dead.exists()


def test_a_damaged_store_gives_no_backup_and_no_partial_file(tmp_path, model):
    path = tmp_path / "store.sqlite"
    with Store.open(path, model) as store:
        fill_network(store)
    for backup in list_backups(path):
        backup.path.unlink()
    _scribble(path)
    with pytest.raises(StoreDamagedError):
        make_backup(path, "manual")
    assert _names(tmp_path) == ["store.sqlite"]


# --- damage wherever it surfaces -------------------------------------------------------------


def _scribble(path: Path) -> None:
    """Overwrite the middle of every other page: what a failing disk or a stray write does."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data) - page, page * 2):
        data[offset + 8 : offset + page - 8] = bytes(range(256)) * ((page - 16) // 256) + bytes(
            (page - 16) % 256
        )
    path.write_bytes(bytes(data))


def test_a_table_dropped_while_the_store_is_open_is_damage_at_the_next_read(store, store_path):
    network = fill_network(store)
    other = sqlite3.connect(store_path)
    other.execute("DROP TABLE notes")
    other.commit()
    other.close()
    with pytest.raises(StoreDamagedError, match="no such table") as caught:
        store.networks.load_network(network)
    assert caught.value.path == store_path
    with pytest.raises(StoreDamagedError):
        store.notes.add_note(network, "ring1.s0", "nog een")


def test_a_store_damaged_while_open_raises_damage_on_read_and_write(store, store_path):
    network = fill_network(store)
    for number in range(40):
        store.notes.add_note(network, "ring1.s0", f"geeltje {number} " * 40)
    store._db._engine.dispose()  # the writes are in the file; the next read opens it afresh
    with store_path.open("r+b") as file:  # a stray write from outside SQLite
        file.seek(4096 * 3)
        file.write(b"\xff" * 4096 * 4)
    with pytest.raises(StoreDamagedError):
        for _ in range(3):
            store.networks.load_network(network)
            store.networks.list_networks()
            store.notes.add_note(network, "ring1.s0", "nog een")


def test_a_dropped_table_is_damage_at_opening_and_in_the_check(store_path, model):
    with Store.open(store_path, model) as store:
        fill_network(store)
    connection = sqlite3.connect(store_path)
    connection.execute("DROP TABLE measurements")
    connection.commit()
    connection.close()
    with pytest.raises(StoreDamagedError, match="measurements is missing"):
        Store.open(store_path, model)
    result = check_store(store_path)
    assert not result.healthy and "the table measurements is missing" in result.problems


# --- the check --------------------------------------------------------------------------------


def test_a_healthy_store_checks_healthy_and_the_check_changes_nothing(store_path, model):
    with Store.open(store_path, model) as store:
        fill_network(store)
    before, names = store_path.read_bytes(), _names(store_path.parent)
    result = check_store(store_path)
    assert result.healthy and result.networks == 1 and result.revision == HEAD_REVISION
    assert store_path.read_bytes() == before and _names(store_path.parent) == names


def test_the_check_finds_broken_references_and_corruption(store_path, model):
    with Store.open(store_path, model) as store:
        fill_network(store)
    connection = sqlite3.connect(store_path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("DELETE FROM networks")
    connection.commit()
    connection.close()
    problems = check_store(store_path).problems
    assert any("refers to a missing networks" in problem for problem in problems)
    _scribble(store_path)
    assert not check_store(store_path).healthy


# --- restoring --------------------------------------------------------------------------------


def test_restoring_keeps_the_current_file_aside_and_puts_the_backup_in_place(store_path, model):
    with Store.open(store_path, model) as store:
        fill_network(store, "Eerste")
        store.networks.create_network("Tweede")
    (daily,) = list_backups(store_path)
    _scribble(store_path)
    damaged = store_path.read_bytes()
    aside = restore_backup(store_path, daily.path)
    assert aside is not None and aside.read_bytes() == damaged  # kept exactly as it was
    assert "before-restore" in aside.name and is_store_file(aside, (store_path,))
    assert _networks(store_path) == ["Eerste"]
    with Store.open(store_path, model) as store:
        assert [n.name for n in store.networks.list_networks()] == ["Eerste"]
        store.networks.create_network("Na herstel")
    assert daily.path.exists()  # the backup itself stays
    assert {b.reason for b in list_backups(store_path)} == {"daily", "before-restore"}


def test_restoring_over_a_healthy_store_keeps_a_whole_copy_with_its_log(store_path, model):
    with Store.open(store_path, model) as store:
        fill_network(store, "Eerste")
        store.networks.create_network("Tweede")
        daily = list_backups(store_path)[0].path
        store.networks.create_network("Derde")
    aside = restore_backup(store_path, daily)
    assert aside is not None and _networks(aside) == ["Derde", "Eerste", "Tweede"]
    assert not Path(f"{store_path}-wal").exists()  # the old log is never replayed into it
    assert _networks(store_path) == ["Eerste"]


def test_a_damaged_backup_is_not_restored(store_path, tmp_path, model):
    with Store.open(store_path, model) as store:
        fill_network(store)
        store.networks.create_network("Twee")
    backup = list_backups(store_path)[0].path
    _scribble(backup)
    before = store_path.read_bytes()
    with pytest.raises(BackupNotUsableError) as caught:
        restore_backup(store_path, backup)
    assert isinstance(caught.value.problem, StoreDamagedError)
    assert store_path.read_bytes() == before
    assert not [name for name in _names(tmp_path) if name.startswith(".")]


def test_a_store_open_in_this_program_is_not_restored_over(store, store_path):
    fill_network(store)
    store.networks.create_network("Twee")
    with pytest.raises(StoreBusyError, match="open in this program"):
        restore_backup(store_path, list_backups(store_path)[0].path)


def test_a_missing_store_can_be_restored_from_its_backup(store_path, model):
    with Store.open(store_path, model) as store:
        fill_network(store)
        store.networks.create_network("Twee")
    backup = list_backups(store_path)[0].path
    store_path.unlink()
    assert restore_backup(store_path, backup) is None
    assert len(_networks(store_path)) == 1
