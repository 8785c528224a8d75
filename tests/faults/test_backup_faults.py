"""Backups under hostile names and faults (issue 27): a file the program did not write never
stops it from writing, concurrent upgrades make one backup, a killed restore leaves nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from db import Store
from db.backups import list_backups

IMPOSSIBLE = ("daily.2026-02-30_120000", "daily.2026-13-01_000000", "daily.2026-01-01_256199")


@pytest.fixture
def store_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "s.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        store.create_network("Eerste")
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
        network = store.list_networks()[0]
        store.add_note(network.id, store.model.stakeholder_ring.segments[0].key, "Blijft staan")
        assert [note.text for note in store.load_network(network.id).notes] == ["Blijft staan"]
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
        store.rename_network(store.list_networks()[0].id, "Ander")
    assert main(["import", str(exported)]) == 0
    assert "Traceback" not in capsys.readouterr().err
