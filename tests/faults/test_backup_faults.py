"""Backups under hostile names and faults (issue 27): a file the program did not write never
stops it from writing, concurrent upgrades make one backup, a killed restore leaves nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.cli import main
from db import Store
from db.backups import list_backups, make_backup
from db.records import NewNote

ROOT = Path(__file__).resolve().parents[2]

IMPOSSIBLE = ("daily.2026-02-30_120000", "daily.2026-13-01_000000", "daily.2026-01-01_256199")


@pytest.fixture
def store_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "s.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        store.networks.create_network("Eerste")
    return path


def _impostors(store: Path) -> list[Path]:
    made = []
    for stamp in IMPOSSIBLE:
        impostor = store.with_name(f"{store.stem}.{stamp}{store.suffix}")
        impostor.write_bytes(b"not ours")
        made.append(impostor)
    return made


def test_backup_names_with_impossible_dates_never_stop_a_save(store_file: Path):
    impostors = _impostors(store_file)
    with Store.open(store_file) as store:
        network = store.networks.list_networks()[0]
        store.notes.add_note(
            network.id, store.model.stakeholder_ring.segments[0].key, "Blijft staan"
        )
        assert [note.text for note in store.networks.load_network(network.id).notes] == [
            "Blijft staan"
        ]
    assert [b.reason for b in list_backups(store_file)] == ["daily"]  # ours only
    assert all(impostor.read_bytes() == b"not ours" for impostor in impostors)


def test_backups_and_import_on_the_command_line_ignore_impossible_names(
    store_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    _impostors(store_file)
    exported = tmp_path / "uit.json"
    assert main(["export", "Eerste", "-o", str(exported)]) == 0
    assert main(["backups"]) == 0
    out = capsys.readouterr().out
    assert "2026-02-30" not in out
    with Store.open(store_file) as store:
        store.networks.rename_network(store.networks.list_networks()[0].id, "Ander")
    assert main(["import", str(exported)]) == 0
    assert "Traceback" not in capsys.readouterr().err


# --- concurrent upgrades -----------------------------------------------------------------------

REV1 = Path(__file__).resolve().parents[1] / "db" / "fixtures" / "store_rev1.sql"
OPENER = """
import sys, time
from pathlib import Path
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
from db import Store
with Store.open(sys.argv[1]) as store:
    print(len(store.networks.list_networks()))
"""


def test_four_programs_opening_an_old_store_at_once_make_one_backup(tmp_path: Path):
    path = tmp_path / "s.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(REV1.read_text(encoding="utf-8"))
    connection.close()
    go = tmp_path / "go"
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(path), str(go)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    time.sleep(1.5)  # all four have imported the store layer and wait
    go.touch()
    results = [opener.communicate(timeout=120) for opener in openers]
    assert [out for out, _err in results] == ["1\n"] * 4, results
    upgrades = [b for b in list_backups(path) if b.reason.startswith("before-upgrade")]
    assert len(upgrades) == 1
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".upgrading")]


# --- a killed restore --------------------------------------------------------------------------

RESTORER = """
import sys
from pathlib import Path
from db.check import restore_backup
restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _big_store(path: Path) -> None:
    with Store.open(path) as store:
        network = store.networks.create_network("Groot")
        key = store.model.stakeholder_ring.segments[0].key
        store.notes.add_notes(network.id, [NewNote(key, "x" * 1900 + str(n)) for n in range(5000)])


def _killed_restore(store: Path, backup: Path) -> list[Path]:
    """Restore in a child, killed (SIGKILL) as soon as its hidden copy appears."""
    for _attempt in range(5):
        child = subprocess.Popen(
            [sys.executable, "-c", RESTORER, str(store), str(backup)], cwd=ROOT
        )
        leftovers: list[Path] = []
        while child.poll() is None and not leftovers:
            leftovers = [p for p in store.parent.iterdir() if p.name.endswith(".restoring")]
        if leftovers:
            child.send_signal(signal.SIGKILL)
            child.wait()
            found = [p for p in store.parent.iterdir() if ".restoring" in p.name]
            if found:
                return found
        child.wait()
    pytest.skip("the restore was always done before it could be killed")


def test_a_restore_killed_midway_leaves_copies_that_the_next_run_removes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    store = tmp_path / "s.sqlite"
    _big_store(store)
    backup = make_backup(store, "manual")
    before = store.read_bytes()
    leftovers = _killed_restore(store, backup)
    assert store.read_bytes() == before  # the kill changed nothing of the store
    monkeypatch.setenv("NETIMPACT_DB", str(store))
    assert main(["restore", backup.name]) == 0
    assert all(not leftover.exists() for leftover in leftovers)
    assert not [p.name for p in tmp_path.iterdir() if ".restoring" in p.name]


def test_the_first_write_of_a_day_removes_a_dead_restores_copy(tmp_path: Path):
    store = tmp_path / "s.sqlite"
    with Store.open(store) as opened:
        opened.networks.create_network("Eerste")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    leftover = tmp_path / f".s.sqlite.{int(dead.stdout)}.restoring"
    leftover.write_bytes(b"half a copy")
    living = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        theirs = tmp_path / f".s.sqlite.{living.pid}.restoring"  # another living program's
        theirs.write_bytes(b"in progress")
        with Store.open(store) as opened:
            opened.networks.create_network("Tweede")  # the day's backup, and the look for leftovers
    finally:
        living.kill()
        living.wait()
    assert not leftover.exists() and theirs.exists()


def test_a_leftover_copy_with_this_processes_id_does_not_block_the_backup(tmp_path: Path):
    """After a restart (in a container every start may be process 1) a killed run's copy can
    carry this process's id: it is a leftover, not work in progress."""
    store = tmp_path / "s.sqlite"
    with Store.open(store) as opened:
        opened.networks.create_network("Eerste")
    leftovers = [
        tmp_path / f".s.daily.{os.getpid()}.partial",
        tmp_path / f".s.manual.{os.getpid()}.partial-journal",
        tmp_path / f".s.sqlite.{os.getpid()}.restoring",
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"a killed run's")
    with Store.open(store) as opened:
        opened.networks.create_network(
            "Tweede"
        )  # the day's backup: it was refused (the name existed)
    assert [b.reason for b in list_backups(store)] == ["daily"]
    assert not any(leftover.exists() for leftover in leftovers)
    backup = make_backup(store, "manual")
    (tmp_path / f".s.sqlite.{os.getpid()}.restoring").write_bytes(b"again")
    from db.check import restore_backup

    restore_backup(store, backup)  # its own copy has this name: the leftover must not block it
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_pruning_never_removes_a_file_only_named_like_a_daily_backup(tmp_path: Path):
    from db.backups import prune_daily

    store = tmp_path / "s.sqlite"
    with Store.open(store) as opened:
        opened.networks.create_network("Eerste")
    impostor = tmp_path / "s.daily.2001-01-01_000000.sqlite"
    impostor.write_bytes(b"the user's own notes")
    for day in range(12):
        copy = make_backup(store, "daily")
        copy.rename(tmp_path / f"s.daily.2020-01-{day + 1:02d}_000000.sqlite")
    prune_daily(store, keep=3)
    assert impostor.read_bytes() == b"the user's own notes"
    assert len([b for b in list_backups(store) if b.networks is not None]) == 3
