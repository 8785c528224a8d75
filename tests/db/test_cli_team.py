"""`netimpact take-along / bring-back / copy` (issue 22): messages, one line per fault, exit
codes; on store files here, and on PostgreSQL in tests/db/test_team_store_pg.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from db import Store


def fill_network(store: Store) -> None:
    """A network of the program's own model: a line with a story, a moment, a post-it."""
    model = store.model
    network = store.networks.create_network("Zorgnetwerk Rijnland")
    keys = [ring.segments[0].key for ring in model.rings]
    store.lines.create_line(network.id, keys, title="Samen", stories={"core": "kern"})
    moment = store.learning.add_moment(network.id, "A", None)
    store.notes.add_note(network.id, keys[0], "geeltje", moment_id=moment.id)


@pytest.fixture
def team_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite"
    with Store.open(path) as team:
        fill_network(team)
        team.networks.create_network("Leeg netwerk")
    return path


@pytest.fixture
def laptop_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "laptop.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    return path


def store_key(store: Store) -> str:
    return store.model.rings[1].segments[1].key


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_take_along_and_bring_back(team_file: Path, laptop_file: Path, capsys) -> None:
    assert main(["take-along", "Zorgnetwerk Rijnland", "--from", str(team_file)]) == 0
    out = one_line(capsys.readouterr().out)
    assert out.startswith("Took 'Zorgnetwerk Rijnland' along from ")
    assert "`netimpact bring-back 1 --to URL`" in out
    assert main(["--db", str(team_file), "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert "taken along by " not in listed[0]  # Leeg netwerk
    assert ", taken along by " in listed[1] and " since " in listed[1]
    with Store.open(laptop_file) as laptop:
        line = laptop.lines.list_lines(1)[0]
        laptop.lines.set_line_story(line.id, "core", "offline geschreven")
    assert main(["bring-back", "1", "--to", str(team_file)]) == 0
    assert one_line(capsys.readouterr().out) == (
        f"Brought 'Zorgnetwerk Rijnland' back into {team_file}."
    )
    with Store.open(team_file) as team:
        assert team.lines.list_lines(1)[0].steps[0].story == "offline geschreven"


def test_a_change_in_the_team_store_meanwhile_exits_3_with_the_parts(
    team_file: Path, laptop_file: Path, capsys
) -> None:
    assert main(["take-along", "1", "--from", str(team_file)]) == 0
    with Store.open(team_file) as team:
        team.notes.add_note(1, store_key(team), "intussen op kantoor")
    with Store.open(laptop_file) as laptop:
        laptop.notes.add_note(1, store_key(laptop), "in de zaal")
        laptop.networks.rename_network(1, "Zorgnetwerk in de zaal")
    capsys.readouterr()
    assert main(["bring-back", "Zorgnetwerk in de zaal", "--to", str(team_file)]) == 3
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("'Zorgnetwerk Rijnland' was changed in ")
    assert "kept beside it as 'Zorgnetwerk in de zaal (meegenomen " in out[0]
    assert out[1:] == [
        "  core: changed on this computer",
        "  post-its: changed on both sides, differently",
    ]
    with Store.open(team_file) as team:
        assert len(team.networks.list_networks()) == 3


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["take-along", "Niemand", "--from", "{team}"],
            "there is no network named or numbered 'Niemand'",
        ),
        (["take-along", "1", "--from", "{missing}"], "there is no store at {missing}"),
        (["bring-back", "1", "--to", "{team}"], "there is no network named or numbered '1'"),
        (["bring-back", "1", "--to", "{missing}"], "there is no store at {missing}"),
        (["copy", "--from", "{missing}", "--to", "{team}"], "there is no store at {missing}"),
    ],
)
def test_faults_are_one_line_and_exit_1(
    team_file: Path, laptop_file: Path, tmp_path: Path, capsys, arguments, message
) -> None:
    places = {"team": str(team_file), "missing": str(tmp_path / "nergens.sqlite")}
    filled = [a.format(**places) for a in arguments]
    assert main(filled) == 1
    assert one_line(capsys.readouterr().err) == f"netimpact: {message.format(**places)}"


def test_taking_along_twice_and_bringing_back_twice_are_refused(
    team_file: Path, laptop_file: Path, capsys
) -> None:
    assert main(["take-along", "1", "--from", str(team_file)]) == 0
    assert main(["take-along", "1", "--from", str(team_file)]) == 1
    assert one_line(capsys.readouterr().err) == (
        "netimpact: 'Zorgnetwerk Rijnland' is already taken along to this computer as "
        "'Zorgnetwerk Rijnland': bring that back first"
    )
    assert main(["bring-back", "1", "--to", str(team_file)]) == 0
    assert main(["bring-back", "1", "--to", str(team_file)]) == 1
    assert one_line(capsys.readouterr().err) == (
        "netimpact: 'Zorgnetwerk Rijnland' was not taken along from a team store: "
        "there is nothing to bring back"
    )


def test_release_mark_frees_a_network_whose_copy_will_not_come_back(
    team_file: Path, laptop_file: Path, capsys
) -> None:
    assert main(["take-along", "1", "--from", str(team_file)]) == 0
    capsys.readouterr()
    assert main(["release-mark", "Zorgnetwerk Rijnland", "--at", str(team_file)]) == 0
    said = one_line(capsys.readouterr().out)
    assert said.startswith(
        f"Released 'Zorgnetwerk Rijnland' in {team_file}: it was taken along by "
    )
    assert said.endswith("that copy can no longer be brought back.")
    assert main(["release-mark", "1", "--at", str(team_file)]) == 1
    assert one_line(capsys.readouterr().err) == (
        "netimpact: 'Zorgnetwerk Rijnland' is not taken along: there is no mark to release"
    )
    assert main(["bring-back", "1", "--to", str(team_file)]) == 1
    assert "not taken along from this team store" in one_line(capsys.readouterr().err)


def test_release_mark_asks_whose_where_several_laptops_have_it(
    team_file: Path, laptop_file: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    from db.take_along import taken_along

    assert main(["take-along", "1", "--from", str(team_file)]) == 0
    monkeypatch.setenv("NETIMPACT_DB", str(tmp_path / "second.sqlite"))
    monkeypatch.setattr("db.take_along.who_and_where", lambda: ("bram", "laptop-2"))
    assert main(["take-along", "1", "--from", str(team_file)]) == 0
    capsys.readouterr()
    assert main(["release-mark", "1", "--at", str(team_file)]) == 1
    refused = one_line(capsys.readouterr().err)
    assert refused.startswith("netimpact: 'Zorgnetwerk Rijnland' is taken along 2 times (by ")
    assert refused.endswith("say which with --by and --machine")
    assert main(["release-mark", "1", "--at", str(team_file), "--machine", "laptop-2"]) == 0
    assert "taken along by bram (laptop-2) since " in one_line(capsys.readouterr().out)
    with Store.open(team_file) as team:
        assert [mark.machine for mark in taken_along(team, 1)] != ["laptop-2"]
        assert len(taken_along(team, 1)) == 1


def test_copy_keeps_ids_and_running_it_twice_is_refused(
    team_file: Path, tmp_path: Path, capsys
) -> None:
    with Store.open(team_file) as source:
        gone = source.networks.create_network("Weg")
        source.networks.delete_network(gone.id)  # a gap in the ids
        last = source.networks.create_network("Na het gat")
        expected = {
            n.id: source.networks.export_network(n.id) for n in source.networks.list_networks()
        }
    target = tmp_path / "copy.sqlite"
    assert main(["copy", "--from", str(team_file), "--to", str(target)]) == 0
    out = one_line(capsys.readouterr().out)
    assert out.startswith("Copied 3 networks (") and out.endswith(f"to {target}, ids kept.")
    with Store.open(target) as copied:
        assert {
            n.id: copied.networks.export_network(n.id) for n in copied.networks.list_networks()
        } == expected
        assert copied.networks.create_network("Nieuw").id > last.id
    assert main(["copy", "--from", str(team_file), "--to", str(target)]) == 1
    assert one_line(capsys.readouterr().err) == (
        f"netimpact: {target} already holds 4 networks: copy only fills an empty store, "
        "nothing was copied"
    )
    assert json.loads(expected[1])["network"]["name"] == "Zorgnetwerk Rijnland"


def test_copy_to_a_team_store_on_postgresql_and_take_along_from_it(
    team_file: Path, laptop_file: Path, pg_cluster, pg_database, capsys
) -> None:
    url = pg_cluster.url(pg_database)
    with Store.open(team_file) as source:
        gone = source.networks.create_network("Weg")
        source.networks.delete_network(gone.id)
        last = source.networks.create_network("Na het gat")
        source.notes.add_note(last.id, store_key(source), "na het gat")
        expected = {
            n.id: source.networks.export_network(n.id) for n in source.networks.list_networks()
        }
    assert main(["copy", "--from", str(team_file), "--to", url]) == 0
    out = one_line(capsys.readouterr().out)
    assert out.startswith("Copied 3 networks (") and "secret" not in out
    with Store.open(url) as team:
        assert {
            n.id: team.networks.export_network(n.id) for n in team.networks.list_networks()
        } == expected
        # the sequences were set past the copied ids: new rows get new ids, no collision
        assert team.networks.create_network("Nieuw").id > last.id
        assert team.notes.add_note(last.id, store_key(team), "erbij").id > 1
    assert main(["copy", "--from", str(team_file), "--to", url]) == 1
    assert "already holds 4 networks" in one_line(capsys.readouterr().err)

    assert main(["--db", url, "take-along", "Na het gat", "--from", str(team_file)]) == 1
    assert one_line(capsys.readouterr().err) == (
        "netimpact: a network is taken along into this computer's store file, not into a server"
    )
    assert main(["take-along", "Na het gat", "--from", url]) == 0
    capsys.readouterr()
    with Store.open(laptop_file) as laptop:
        laptop.notes.add_note(1, store_key(laptop), "in de zaal")
    assert main(["bring-back", "Na het gat", "--to", url]) == 0
    assert "back into server " in one_line(capsys.readouterr().out)
    with Store.open(url) as team:
        texts = [n.text for n in team.networks.load_network(last.id).notes]
        assert texts == ["na het gat", "erbij", "in de zaal"]
