"""A damaged store with a leftover `-wal` (a crash's, no `-shm`) is never changed (issue 27,
item 3): every command that opens the store, and the window's start, inspect it before SQLite
would fold the log into the file and delete it; the file and its `-wal` stay byte for byte."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from db import Store
from db.errors import StoreDamagedError


def _store_with_leftover_wal(folder: Path) -> Path:
    """A store whose last writer died: its file, and a `-wal` with changes not yet in it."""
    source = folder / "live.sqlite"
    with Store.open(source) as store:
        for number in range(30):
            store.networks.create_network(f"Netwerk {number}")
    writer = sqlite3.connect(source, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE networks SET name = name || ' (nieuw)'")
    path = folder / "s.sqlite"
    shutil.copyfile(source, path)  # as a kill leaves it: file and log, no -shm
    shutil.copyfile(f"{source}-wal", f"{path}-wal")
    writer.close()
    return path


def _damage(path: Path) -> None:
    """Garbage over the middle pages of the file (a bad sector, a bad copy)."""
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as file:
        for start in range(2 * page, size - page, page):
            file.seek(start)
            file.write(os.urandom(page))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name.startswith("s.")}


@pytest.fixture
def damaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    path = _store_with_leftover_wal(folder)
    (folder / "live.sqlite").unlink()
    _damage(path)
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    return path


@pytest.mark.parametrize(
    "arguments",
    [
        ["list"],
        ["lines", "Netwerk 1"],
        ["export", "Netwerk 1", "-o", "{out}/uit.json"],
        ["import", "{out}/in.json"],
        ["image", "--network", "Netwerk 1", "--size", "200", "-o", "{out}/uit.png"],
        ["poster", "--network", "Netwerk 1", "-o", "{out}/uit.pdf"],
    ],
)
def test_no_command_changes_a_damaged_store_with_a_leftover_wal(
    damaged, tmp_path, capsys, arguments
):
    (tmp_path / "in.json").write_text("{}")
    before = _files(damaged.parent)
    assert set(before) == {"s.sqlite", "s.sqlite-wal"}
    code = main([argument.replace("{out}", str(tmp_path)) for argument in arguments])
    err = capsys.readouterr().err
    assert code == 1 and "damaged" in err and "Traceback" not in err
    assert _files(damaged.parent) == before


def test_opening_it_for_the_window_raises_damaged_and_changes_nothing(damaged):
    before = _files(damaged.parent)
    with pytest.raises(StoreDamagedError):
        Store.open(damaged)
    assert _files(damaged.parent) == before


def test_a_healthy_store_with_a_leftover_wal_opens_with_every_change(tmp_path):
    path = _store_with_leftover_wal(tmp_path)
    with Store.open(path) as store:
        names = [network.name for network in store.networks.list_networks()]
    assert len(names) == 30 and all(name.endswith("(nieuw)") for name in names)


@pytest.mark.parametrize("command", [["check"], ["backups"]])
def test_check_and_backups_leave_a_store_with_a_leftover_wal_byte_for_byte(
    tmp_path, monkeypatch, capsys, command
):
    folder = tmp_path / "store"
    folder.mkdir()
    path = _store_with_leftover_wal(folder)
    (folder / "live.sqlite").unlink()
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    before = _files(folder)
    assert main(command) == 0
    if command == ["check"]:
        assert "healthy" in capsys.readouterr().out
    assert _files(folder) == before  # no -shm made, the log not folded in


def test_check_of_a_damaged_store_with_a_leftover_wal_changes_nothing(damaged, capsys):
    before = _files(damaged.parent)
    assert main(["check"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert _files(damaged.parent) == before
