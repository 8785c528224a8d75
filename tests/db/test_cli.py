"""`netimpact list / export / import`: short messages, non-zero exits, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.core.model import Direction
from db import Store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store_file(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        network = store.networks.create_network("Zorgnetwerk")
        store.notes.add_note(network.id, store.model.rings[0].segments[0].key, "geeltje ë")
    return path


def test_list_export_and_import(store_file, tmp_path, capsys):
    assert main(["list"]) == 0
    assert "Zorgnetwerk" in capsys.readouterr().out
    target = tmp_path / "z.json"
    assert main(["export", "Zorgnetwerk", "-o", str(target)]) == 0
    assert main(["import", str(target)]) == 0
    assert "Zorgnetwerk (2)" in capsys.readouterr().out
    again = tmp_path / "again.json"
    assert main(["--db", str(store_file), "export", "2", "-o", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == target.read_text(encoding="utf-8").replace(
        '"name": "Zorgnetwerk"', '"name": "Zorgnetwerk (2)"'
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["export", "Nobody", "-o", "x.json"], "no network named or numbered 'Nobody'"),
        (["import", "missing.json"], "no such file"),
        (["import", "bad.json"], "not valid JSON"),
    ],
)
def test_errors_are_one_or_two_lines(store_file, tmp_path, monkeypatch, capsys, arguments, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    assert main(arguments) == 1
    error = capsys.readouterr().err
    assert message in error and "Traceback" not in error and error.count("\n") <= 2


def test_a_damaged_store_is_reported_not_touched(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("not a store", encoding="utf-8")
    assert main(["--db", str(path), "list"]) == 1
    assert "not a Netwerkimpact store" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == "not a store"


def test_lines_lists_ids_titles_statuses_and_segments(store_file, capsys):
    with Store.open(store_file) as store:
        network = store.networks.find_network("Zorgnetwerk")
        keys = tuple(ring.segments[1].key for ring in store.model.rings)
        first = store.lines.create_line(network.id, keys, title="Leren\x1b[31m samen\n")
        second = store.lines.create_line(network.id, keys, title="Tweede lijn")
    assert main(["lines", "Zorgnetwerk"]) == 0
    out = capsys.readouterr().out
    assert f"{first.id:>5}  idea" in out and f"{second.id:>5}  idea" in out
    assert "Tweede lijn" in out and " > ".join(keys) in out
    assert "\x1b" not in out and "Leren\\x1b[31m samen" in out  # escaped, not obeyed


def test_lines_prints_an_outside_in_line_in_its_own_order(store_file, capsys):
    with Store.open(store_file) as store:
        network = store.networks.find_network("Zorgnetwerk")
        keys = tuple(ring.segments[1].key for ring in store.model.rings)
        store.lines.create_line(network.id, keys, Direction.OUTSIDE_IN, title="Van buiten")
    assert main(["lines", "Zorgnetwerk"]) == 0
    out = capsys.readouterr().out
    assert " > ".join(reversed(keys)) in out  # stakeholders first, first-degree last
    assert " > ".join(keys) not in out


def test_lines_of_an_unknown_network_is_one_line(store_file, capsys):
    assert main(["lines", "Niemand"]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_a_line_is_found_by_title_or_id_and_a_shared_title_asks_for_the_id(store_file):
    from db.errors import InvalidValueError, NotFoundError

    with Store.open(store_file) as store:
        network = store.networks.find_network("Zorgnetwerk")
        keys = tuple(ring.segments[0].key for ring in store.model.rings)
        line = store.lines.create_line(network.id, keys, title="Bereik")
        assert store.lines.find_line(network.id, "Bereik") == line
        assert store.lines.find_line(network.id, str(line.id)) == line
        other = store.networks.create_network("Ander")
        with pytest.raises(NotFoundError):
            store.lines.find_line(other.id, str(line.id))  # an id of another network
        store.lines.create_line(network.id, keys, title="Bereik")
        with pytest.raises(InvalidValueError, match="several lines"):
            store.lines.find_line(network.id, "Bereik")


@pytest.mark.parametrize(
    "name", ["store.sqlite", "store.sqlite-wal", "store.sqlite-shm", "store.daily.20261202.sqlite"]
)
@pytest.mark.parametrize("command", ["export", "poster"])
def test_output_onto_the_store_or_its_files_is_refused(store_file, capsys, name, command):
    before = store_file.read_bytes()
    target = store_file.parent / name
    if command == "export":
        arguments = ["export", "Zorgnetwerk", "-o", str(target)]
    else:
        arguments = ["poster", "--network", "Zorgnetwerk", "-o", str(target)]
    assert main(arguments) == 1
    error = capsys.readouterr().err
    assert "is the store" in error and "Traceback" not in error and error.count("\n") == 1
    assert store_file.read_bytes() == before
    assert main(["list"]) == 0
    assert "Zorgnetwerk" in capsys.readouterr().out


def test_output_onto_the_store_by_another_spelling_is_refused(store_file, tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    before = store_file.read_bytes()
    assert main(["export", "Zorgnetwerk", "-o", str(tmp_path / "sub" / ".." / "store.sqlite")]) == 1
    assert "is the store" in capsys.readouterr().err
    assert store_file.read_bytes() == before


@pytest.mark.slow
@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "America/New_York", "Asia/Tokyo"])
def test_list_shows_a_store_with_extreme_years_in_any_time_zone(store_file, tmp_path, zone):
    """Stores from before the importer refused such years may hold 9999 and year 1."""
    with Store.open(store_file) as store:
        store.networks.create_network("Verre toekomst")
    connection = sqlite3.connect(store_file)
    with connection:
        for stamp, name in (
            ("9999-12-31 23:59:59", "Zorgnetwerk"),
            ("0001-01-01", "Verre toekomst"),
        ):
            connection.execute(
                "UPDATE networks SET updated_at = ? WHERE name = ?", (f"{stamp}.000000", name)
            )
    connection.close()
    result = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(store_file), "list"],
        cwd=ROOT,
        env=dict(os.environ, TZ=zone, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Zorgnetwerk" in result.stdout and "Verre toekomst" in result.stdout
    assert "9999-12-31" in result.stdout


def test_an_import_with_the_year_9999_is_refused_and_list_still_works(store_file, tmp_path, capsys):
    target = tmp_path / "z.json"
    assert main(["export", "Zorgnetwerk", "-o", str(target)]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    data["network"]["updated_at"] = "9999-12-31T23:59:59Z"
    target.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(target)]) == 1
    assert "outside the years 1970–2200" in capsys.readouterr().err
    assert main(["list"]) == 0


HOSTILE_NAME = "Zorg\u202enetwerk\x1b[2J\x1b[31m rood\u200b\u2066x\x07"


def test_names_from_a_received_file_are_shown_escaped(store_file, tmp_path, capsys):
    with Store.open(store_file) as store:
        network = store.networks.create_network("Bron")
        data = json.loads(store.networks.export_network(network.id))
    data["network"]["name"] = HOSTILE_NAME
    received = tmp_path / "ontvangen.json"
    received.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "uit.pdf"
    assert main(["import", str(received)]) == 0
    assert main(["list"]) == 0
    assert main(["export", HOSTILE_NAME, "-o", str(tmp_path / "uit.json")]) == 0
    assert main(["poster", "--network", HOSTILE_NAME, "-o", str(out)]) == 0
    assert main(["export", HOSTILE_NAME + "\x1b", "-o", str(tmp_path / "x.json")]) == 1
    printed = capsys.readouterr()
    for stream in (printed.out, printed.err):
        assert not any(c in stream for c in "\u202e\x1b\u200b\u2066\x07")
    listed = [line for line in printed.out.splitlines() if "rood" in line]
    assert len(listed) == 4  # import, list, export, poster
    assert r"Zorg\u202enetwerk\x1b[2J\x1b[31m rood\u200b\u2066x\x07" in listed[1]
    assert r"\x1b" in printed.err


@pytest.mark.parametrize("name", ["store.sqlite", "store.sqlite-wal"])
def test_importing_the_store_itself_is_refused_unopened(store_file, capsys, name):
    before = store_file.read_bytes()
    assert main(["import", str(store_file.parent / name)]) == 1
    assert "is the store" in capsys.readouterr().err
    assert store_file.read_bytes() == before
