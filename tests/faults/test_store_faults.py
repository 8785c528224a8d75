"""A healthy store in a bad place says what is really wrong: disk full, read-only, in use,
permission denied, a path through a file. Never "damaged", never a traceback, nothing lost."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.cli import main
from db import Store
from db.backups import list_backups
from db.check import check_store, restore_backup
from db.errors import (
    StoreBackupError,
    StoreBusyError,
    StoreDiskFullError,
    StoreLocationError,
    StorePermissionError,
    StoreReadOnlyError,
)
from tests.faults.conftest import as_user, fill, limited_child, make_read_only, small_disk

REPO = Path(__file__).resolve().parents[2]
REV1_SQL = REPO / "tests" / "db" / "fixtures" / "store_rev1.sql"


def fill_network(store: Store) -> int:
    """A network with a line of notes, in the program's own model (the command line uses it)."""
    network = store.networks.create_network("Zorgnetwerk Rijnland", "Een netwerk")
    segment = store.model.rings[0].segments[0].key
    for number in range(3):
        store.notes.add_note(network.id, segment, f"geeltje {number}")
    return network.id


def _one_or_two_lines(text: str) -> None:
    assert "Traceback" not in text and 0 < text.count("\n") <= 2, text


def _healthy(path: Path) -> int:
    result = check_store(path)
    assert result.healthy, result.problems
    return result.networks or 0


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".") and p.name != ".filler"]


# --- a full disk ---------------------------------------------------------------------------


def test_creating_a_store_on_a_full_disk_says_so_and_leaves_nothing(disk):
    fill(disk)
    with pytest.raises(StoreDiskFullError, match="disk is full"):
        Store.open(disk / "new.sqlite")
    assert _leftovers(disk) == [] and not (disk / "new.sqlite").exists()


def test_the_command_line_on_a_full_disk_gives_one_line(disk, capsys):
    fill(disk)
    assert main(["--db", str(disk / "new.sqlite"), "list"]) == 1
    error = capsys.readouterr().err
    _one_or_two_lines(error)
    assert "disk is full" in error and "damaged" not in error
    assert _leftovers(disk) == []


def test_import_on_a_full_disk_is_refused_and_the_store_keeps_everything(disk, tmp_path, capsys):
    path = disk / "store.sqlite"
    with Store.open(path) as store:
        fill_network(store)
        (tmp_path / "big.json").write_text(
            store.networks.export_network(store.networks.list_networks()[0].id).replace(
                "Een netwerk", "Een netwerk " + "lang verhaal " * 2000
            ),
            encoding="utf-8",
        )
    before = _healthy(path)
    fill(disk)
    for _ in range(3):
        assert main(["--db", str(path), "import", str(tmp_path / "big.json")]) == 1
        error = capsys.readouterr().err
        _one_or_two_lines(error)
        assert "disk is full" in error and "damaged" not in error
    (disk / ".filler").unlink()
    assert _healthy(path) == before


def test_a_write_that_fills_the_disk_is_disk_full_not_damage(disk):
    path = disk / "store.sqlite"
    with Store.open(path) as store:
        network = fill_network(store)
        fill(disk, leave=8192)
        with pytest.raises(StoreDiskFullError):
            for number in range(200):
                store.notes.add_note(
                    network, store.model.rings[0].segments[0].key, f"{number} " + "x" * 1990
                )
        assert store.networks.list_networks()[0].id == network  # reads go on
    (disk / ".filler").unlink()
    _healthy(path)


def test_a_daily_backup_on_a_full_disk_says_so_and_leaves_no_partial_file(disk):
    path = disk / "store.sqlite"
    with Store.open(path) as store:
        fill_network(store)
        for backup in list_backups(path):
            backup.path.unlink()
        with Store.open(path) as second:  # a new day for this one: no backup made yet
            fill(disk, leave=4096)
            with pytest.raises(StoreBackupError) as caught:
                second.create_network("Nog een")
    assert isinstance(caught.value.problem, StoreDiskFullError)
    assert list_backups(path) == () and _leftovers(disk) == []
    (disk / ".filler").unlink()
    assert _healthy(path) == 1


def test_a_failing_backup_before_an_upgrade_stops_the_upgrade(disk, capsys):
    path = disk / "store.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(REV1_SQL.read_text(encoding="utf-8"))
    connection.close()
    before = path.read_bytes()
    fill(disk)
    with pytest.raises(StoreBackupError) as caught:
        Store.open(path)
    assert isinstance(caught.value.problem, StoreDiskFullError)
    assert caught.value.reason == "before-upgrade-from-0001"
    assert main(["--db", str(path), "list"]) == 1
    error = capsys.readouterr().err
    _one_or_two_lines(error)
    assert "disk is full" in error
    assert path.read_bytes() == before and _leftovers(disk) == []


@pytest.mark.slow
def test_a_file_size_limit_without_root_is_a_full_disk_too(tmp_path):
    """The RLIMIT_FSIZE child: what a full disk looks like where no tmpfs can be mounted."""
    store = tmp_path / "store.sqlite"
    with Store.open(store) as opened:
        network = fill_network(opened)
        document = opened.networks.export_network(network)
        segment = opened.model.rings[0].segments[0].key
    data = json.loads(document)
    # More than the limit lets the file grow, in texts each within the store's own limits.
    data["network"]["description"] = "verhaal " * 2400
    data["network"]["notes"] += [
        {
            "segment": segment,
            "moment": None,
            "text": f"{number} " + "geeltje " * 240,
            "colour": "#FFE97A",
            "created_at": "2024-03-01T09:30:00Z",
        }
        for number in range(80)
    ]
    (tmp_path / "big.json").write_text(json.dumps(data), encoding="utf-8")
    limit = store.stat().st_size + 64 * 1024
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from app.cli import main
        sys.exit(main(["--db", {str(store)!r}, "import", "big.json"]))
        """
    )
    result = limited_child(code, limit, tmp_path)
    assert result.returncode == 1, result.stderr
    _one_or_two_lines(result.stderr)
    assert "disk is full" in result.stderr
    _healthy(store)


@pytest.mark.slow
def test_a_file_that_cannot_take_its_log_at_closing_says_the_disk_is_full_and_keeps_it(tmp_path):
    """The log of an import fits under the limit, the file's growth at the closing checkpoint
    does not: SQLite's own checkpoint at closing ignores that, the store's close says so."""
    store = tmp_path / "store.sqlite"
    with Store.open(store) as opened:
        network = fill_network(opened)
        data = json.loads(opened.networks.export_network(network))
        segment = opened.model.rings[0].segments[0].key
    size = store.stat().st_size
    count = size // 2 // 2000  # about half the file again: the log fits, the growth does not
    data["network"]["notes"] += [
        {
            "segment": segment,
            "moment": None,
            "text": f"{number} " + "geeltje " * 240,
            "colour": "#FFE97A",
            "created_at": "2024-03-01T09:30:00Z",
        }
        for number in range(count)
    ]
    (tmp_path / "big.json").write_text(json.dumps(data), encoding="utf-8")
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from db import Store
        from db.errors import StoreDiskFullError
        store = Store.open({str(store)!r})
        print(store.networks.import_file("big.json").id)
        try:
            store.close()
        except StoreDiskFullError as error:
            print(error)
        """
    )
    result = limited_child(code, size + 16 * 1024, tmp_path)
    assert result.returncode == 0, result.stderr
    imported, message = result.stdout.splitlines()
    assert "disk is full" in message and "store.sqlite-wal" in message
    assert Path(f"{store}-wal").exists()
    with Store.open(store) as opened:  # with room again the log goes into the file
        assert len(opened.networks.load_network(int(imported)).notes) == 3 + count
    assert not Path(f"{store}-wal").exists()
    assert _healthy(store) == 2


# --- read-only ------------------------------------------------------------------------------


def test_a_store_on_a_read_only_disk_can_be_listed_exported_and_printed(tmp_path, capsys):
    with small_disk(tmp_path, "4m") as disk:
        path = disk / "store.sqlite"
        with Store.open(path) as store:
            fill_network(store)
        make_read_only(disk)
        with Store.open(path) as store:
            assert store.read_only and len(store.networks.list_networks()) == 1
            with pytest.raises(StoreReadOnlyError, match="read-only"):
                store.networks.create_network("Nieuw")
        db = ["--db", str(path)]
        assert main([*db, "list"]) == 0
        assert main([*db, "export", "1", "-o", str(tmp_path / "out.json")]) == 0
        assert main([*db, "poster", "--network", "1", "-o", str(tmp_path / "p.pdf")]) == 0
        assert main([*db, "check"]) == 0
        capsys.readouterr()
        assert main([*db, "import", str(tmp_path / "out.json")]) == 1
        error = capsys.readouterr().err
        _one_or_two_lines(error)
        assert "read-only" in error and "damaged" not in error and "backups" not in error
        assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def test_creating_a_store_on_a_read_only_disk_says_read_only(tmp_path):
    with small_disk(tmp_path) as disk:
        make_read_only(disk)
        with pytest.raises(StoreReadOnlyError, match="read-only"):
            Store.open(disk / "sub" / "new.sqlite")


def test_a_home_that_cannot_be_written_gives_a_message(tmp_path, monkeypatch, capsys):
    with small_disk(tmp_path) as home:
        make_read_only(home)
        monkeypatch.setenv("HOME", str(home))
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
        monkeypatch.delenv("NETIMPACT_DB", raising=False)
        assert main(["list"]) == 1
        error = capsys.readouterr().err
        _one_or_two_lines(error)
        assert "read-only" in error and str(home) in error


# --- in use by another program ----------------------------------------------------------------


@pytest.fixture
def holder(tmp_path):
    """Another process that holds the store's write lock (BEGIN EXCLUSIVE) until killed."""
    path = tmp_path / "store.sqlite"
    with Store.open(path) as store:
        fill_network(store)
    code = (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\n"
        "print('holding', flush=True)\n"
        "time.sleep(60)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline() == "holding\n"
    yield path
    process.kill()
    process.wait()


@pytest.mark.slow
def test_a_store_locked_by_another_program_is_in_use_not_damaged(holder):
    started = time.monotonic()
    with Store.open(holder, busy_timeout_ms=100) as store:
        assert len(store.networks.list_networks()) == 1  # WAL: reading goes on
        with pytest.raises(StoreBusyError, match="in use by another program") as caught:
            store.networks.create_network("Nieuw")
    assert caught.value.path == holder
    assert time.monotonic() - started < 5


@pytest.mark.slow
def test_a_store_in_use_is_not_restored_over(holder):
    backup = list_backups(holder)[0].path
    with pytest.raises(StoreBusyError, match="in use by another program"):
        restore_backup(holder, backup)


# --- permissions and places -------------------------------------------------------------------


def test_permission_denied_is_said_as_such(tmp_path, capsys):
    path = tmp_path / "private" / "store.sqlite"
    with Store.open(path) as store:
        fill_network(store)
    with as_user():
        with pytest.raises(StorePermissionError, match="permission denied"):
            Store.open(path)
        assert main(["--db", str(path), "list"]) == 1
    error = capsys.readouterr().err
    _one_or_two_lines(error)
    assert "permission denied" in error


def test_a_store_path_under_a_regular_file_says_so(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("boodschappen", encoding="utf-8")
    with pytest.raises(StoreLocationError, match="not a folder"):
        Store.open(tmp_path / "notes.txt" / "store.sqlite")
    assert main(["--db", str(tmp_path / "notes.txt" / "sub" / "store.sqlite"), "list"]) == 1
    _one_or_two_lines(capsys.readouterr().err)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "boodschappen"


def test_the_store_its_backups_and_new_folders_are_private(tmp_path):
    path = tmp_path / "new" / "deeper" / "store.sqlite"
    with Store.open(path) as store:
        fill_network(store)
        store.networks.create_network("Tweede")  # after the day's backup
        wal = Path(f"{path}-wal")
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for folder in (tmp_path / "new", tmp_path / "new" / "deeper"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (backup,) = list_backups(path)
    assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
    assert os.stat(backup.path).st_size > 0


# --- the program's start-up asks, whatever the fault ------------------------------------------


def _ask_once(path: Path):
    from app.ui.store.store_recovery import Answer, Choice, open_store_or_ask

    asked = []

    def ask(trouble):
        asked.append(trouble)
        return Answer(Choice.QUIT)

    assert open_store_or_ask(path, ask) is None
    (trouble,) = asked
    assert trouble.backups == ()  # a healthy store (or none) is never offered backups
    return trouble.error


def test_the_start_up_asks_instead_of_crashing_on_each_fault(tmp_path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert isinstance(_ask_once(tmp_path / "file" / "store.sqlite"), StoreLocationError)
    private = tmp_path / "private" / "store.sqlite"
    with Store.open(private) as store:
        fill_network(store)
    with as_user():
        assert isinstance(_ask_once(private), StorePermissionError)
    with small_disk(tmp_path) as disk:
        fill(disk)
        assert isinstance(_ask_once(disk / "store.sqlite"), StoreDiskFullError)
        assert _leftovers(disk) == []
    with small_disk(tmp_path) as disk:
        make_read_only(disk)
        assert isinstance(_ask_once(disk / "store.sqlite"), StoreReadOnlyError)
