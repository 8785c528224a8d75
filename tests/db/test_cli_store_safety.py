"""`netimpact check | backups | restore`, and a damaged store on the command line: one or two
lines that name the way back, never a traceback, never a store created or changed by a check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from db import Store
from db.backups import list_backups
from db.engine import HEAD_REVISION


@pytest.fixture
def store_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        store.networks.create_network("Eerste")
        store.networks.create_network("Tweede")  # the day's backup holds "Eerste"
    return path


def _drop(path: Path, table: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"DROP TABLE {table}")
    connection.commit()
    connection.close()


def _short(text: str) -> None:
    assert "Traceback" not in text and 0 < text.count("\n") <= 2, text


def test_check_says_healthy_with_the_schema_and_networks(store_file, capsys):
    assert main(["check"]) == 0
    assert f"healthy (schema {HEAD_REVISION}, 2 networks)" in capsys.readouterr().out


@pytest.mark.parametrize(
    "command",
    [
        ["check"],
        ["list"],
        ["export", "Eerste", "-o", "out.json"],
        ["poster", "--network", "Eerste", "-o", "out.pdf"],
        ["import", "in.json"],
    ],
)
def test_a_dropped_table_is_damage_with_the_way_back_not_a_traceback(
    store_file, tmp_path, monkeypatch, capsys, command
):
    monkeypatch.chdir(tmp_path)
    main(["export", "Eerste", "-o", "in.json"])
    _drop(store_file, "notes")
    capsys.readouterr()
    assert main(command) == 1
    error = capsys.readouterr().err
    _short(error)
    assert "damaged" in error and "netimpact restore BACKUP" in error
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "out.pdf").exists()


def test_check_and_backups_never_create_a_store(tmp_path, capsys):
    missing = tmp_path / "none.sqlite"
    for command in ("check", "backups"):
        assert main(["--db", str(missing), command]) == 1
        assert "there is no store at" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_backups_lists_dates_reasons_and_network_counts(store_file, capsys):
    assert main(["backups"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    (backup,) = list_backups(store_file)
    assert backup.made.strftime("%Y-%m-%d %H:%M:%S") in line
    assert "daily" in line and "1 networks" in line and backup.path.name in line


def test_restore_by_name_keeps_the_current_file_aside(store_file, capsys):
    _drop(store_file, "notes")
    (backup,) = list_backups(store_file)
    capsys.readouterr()
    assert main(["restore", backup.path.name]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as store.before-restore." in out
    assert main(["check"]) == 0
    assert main(["list"]) == 0
    assert "Eerste" in capsys.readouterr().out
    assert main(["backups"]) == 0
    assert "before-restore" in capsys.readouterr().out


def test_restoring_something_that_is_not_a_store_is_refused(store_file, tmp_path, capsys):
    junk = tmp_path / "junk.sqlite"
    junk.write_text("geen opslag", encoding="utf-8")
    before = store_file.read_bytes()
    assert main(["restore", str(junk)]) == 1
    error = capsys.readouterr().err
    _short(error)
    assert "cannot be restored" in error
    assert store_file.read_bytes() == before
