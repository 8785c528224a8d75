"""A full disk (issue 27, item 18): reading still works (`list`, `export` elsewhere), a write
says "disk full", and no command leaves an empty `-wal` or a cut-off `-shm` behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from db import Store
from tests.faults.conftest import fill, small_disk


@pytest.fixture
def full_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    with small_disk(tmp_path, "1m") as folder:
        path = folder / "s.sqlite"
        monkeypatch.setenv("NETIMPACT_DB", str(path))
        with Store.open(path) as store:
            store.networks.create_network("Eerste")
            store.networks.create_network("Tweede")
        fill(folder)
        yield path


def _names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if p.name != ".filler"}


def test_list_works_on_a_full_disk_and_leaves_no_sidecars(full_store, capsys):
    before = _names(full_store.parent)
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "Eerste" in out and "Tweede" in out
    assert _names(full_store.parent) == before


def test_export_elsewhere_works_on_a_full_disk(full_store, tmp_path, capsys):
    output = tmp_path / "uit.json"
    assert main(["export", "Eerste", "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"{")


def test_an_import_on_a_full_disk_says_so_and_leaves_nothing(full_store, tmp_path, capsys):
    exported = tmp_path / "uit.json"
    assert main(["export", "Eerste", "-o", str(exported)]) == 0
    before = {p.name: p.read_bytes() for p in full_store.parent.iterdir()}
    assert main(["import", str(exported)]) == 1
    err = capsys.readouterr().err
    assert "disk is full" in err and err.count("\n") == 1
    assert {p.name: p.read_bytes() for p in full_store.parent.iterdir()} == before


def test_leftovers_of_an_earlier_failure_do_not_stop_a_read(full_store, capsys):
    (full_store.parent / ".filler").unlink()
    Path(f"{full_store}-wal").write_bytes(b"")  # as a failed opening on the full disk left them
    Path(f"{full_store}-shm").write_bytes(b"\0\0\0")
    fill(full_store.parent)
    assert main(["list"]) == 0
    assert "Eerste" in capsys.readouterr().out
