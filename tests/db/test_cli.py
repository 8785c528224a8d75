"""`netimpact list / export / import`: short messages, non-zero exits, never a traceback."""

from __future__ import annotations

import pytest

from app.cli import main
from db import Store


@pytest.fixture
def store_file(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        network = store.create_network("Zorgnetwerk")
        store.add_note(network.id, store.model.rings[0].segments[0].key, "geeltje ë")
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
        network = store.find_network("Zorgnetwerk")
        keys = tuple(ring.segments[1].key for ring in store.model.rings)
        first = store.create_line(network.id, keys, title="Leren\x1b[31m samen\n")
        second = store.create_line(network.id, keys, title="Tweede lijn")
    assert main(["lines", "Zorgnetwerk"]) == 0
    out = capsys.readouterr().out
    assert f"{first.id:>5}  idea" in out and f"{second.id:>5}  idea" in out
    assert "Tweede lijn" in out and " > ".join(keys) in out
    assert "\x1b" not in out and "Leren\\x1b[31m samen" in out  # escaped, not obeyed


def test_lines_of_an_unknown_network_is_one_line(store_file, capsys):
    assert main(["lines", "Niemand"]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_a_line_is_found_by_title_or_id_and_a_shared_title_asks_for_the_id(store_file):
    from db.errors import InvalidValueError, NotFoundError

    with Store.open(store_file) as store:
        network = store.find_network("Zorgnetwerk")
        keys = tuple(ring.segments[0].key for ring in store.model.rings)
        line = store.create_line(network.id, keys, title="Bereik")
        assert store.find_line(network.id, "Bereik") == line
        assert store.find_line(network.id, str(line.id)) == line
        other = store.create_network("Ander")
        with pytest.raises(NotFoundError):
            store.find_line(other.id, str(line.id))  # an id of another network
        store.create_line(network.id, keys, title="Bereik")
        with pytest.raises(InvalidValueError, match="several lines"):
            store.find_line(network.id, "Bereik")
