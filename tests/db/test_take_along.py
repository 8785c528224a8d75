"""Taking a network along from a team store and bringing it back (issue 22), on real stores:
the laptop's SQLite file and a team store (a second SQLite file, and PostgreSQL where the
server is installed)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.core.model import Model
from app.core.three_way import Change, Part
from db import Store
from db.take_along import (
    TakeAlongError,
    bring_back,
    describe_store,
    origin,
    release,
    revision,
    take_along,
    taken_along,
    who_and_where,
)
from tests.db.builders import LINE_KEYS, fill_network
from tests.db.group_builders import grouped_network
from tests.db.test_exchange_photos import network_with_photo


@pytest.fixture(params=["sqlite", "postgresql"])
def team_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The team store: a second SQLite file, and a database on the private PostgreSQL
    cluster (skipped with the reason where the server is not installed)."""
    if request.param == "sqlite":
        return str(tmp_path / "team.sqlite")
    cluster = request.getfixturevalue("pg_cluster")
    return str(cluster.url(request.getfixturevalue("pg_database")))


@pytest.fixture
def team(team_location: str, model: Model) -> Iterator[Store]:
    with Store.open(team_location, model) as opened:
        yield opened


@pytest.fixture
def laptop(tmp_path: Path, model: Model) -> Iterator[Store]:
    with Store.open(tmp_path / "laptop.sqlite", model) as opened:
        yield opened


def without_stamps(text: str) -> dict:
    """An exchange document without the times of the last change (bringing back sets them)."""
    data = json.loads(text)
    data["network"].pop("updated_at")
    for line in data["network"]["lines"]:
        line.pop("updated_at")
    return data


def test_every_change_inside_a_network_raises_its_revision(store: Store) -> None:
    network_id = fill_network(store)
    line = store.lines.list_lines(network_id)[0]
    seen = [revision(store, network_id)]

    def changed() -> None:
        seen.append(revision(store, network_id))
        assert seen[-1] > seen[-2]

    store.networks.rename_network(network_id, "Andere naam")
    changed()
    store.lines.set_line_story(line.id, "core", "getypt")  # the typing path's own UPDATE
    changed()
    store.notes.add_note(network_id, "ring1.s0", "nieuw")
    changed()
    store.networks.set_stakeholder_group(network_id, "stakeholders.s2", "Ouders")
    changed()
    store.wheel.save_arrangement(network_id, store.wheel.get_wheel(network_id).arrangement)
    changed()
    store.lines.delete_line(line.id)
    changed()
    store.networks.load_network(network_id)
    store.networks.export_network(network_id)
    assert revision(store, network_id) == seen[-1]  # reading changes nothing


def test_taking_along_copies_everything_and_marks_it(
    team: Store, laptop: Store, team_location: str
) -> None:
    network_id = fill_network(team)
    grouped = grouped_network(team).network_id
    photo_network, _photo = network_with_photo(team)
    for source in (network_id, grouped, photo_network):
        copy = take_along(team, laptop, str(source), team_location)
        assert laptop.networks.export_network(copy.id) == team.networks.export_network(source)
        marks = taken_along(team, source)
        assert [(m.taken_by, m.machine, m.copy_id) for m in marks] == [(*who_and_where(), copy.id)]
        assert marks[0].revision == revision(team, source)
        came_from = origin(laptop, copy.id)
        assert came_from is not None
        assert (came_from.source, came_from.source_network_id) == (
            describe_store(team_location),
            source,
        )
    assert origin(team, network_id) is None and taken_along(laptop, 1) == ()


def test_taking_the_same_network_along_twice_is_refused(
    team: Store, laptop: Store, team_location: str
) -> None:
    network_id = fill_network(team)
    take_along(team, laptop, str(network_id), team_location)
    with pytest.raises(TakeAlongError, match="already taken along to this computer"):
        take_along(team, laptop, "Zorgnetwerk Rijnland", team_location)
    assert len(taken_along(team, network_id)) == 1
    assert len(laptop.networks.list_networks()) == 1


def test_a_mark_whose_copy_will_not_come_back_is_released_and_no_other(
    team: Store, laptop: Store, team_location: str, tmp_path: Path, model: Model
) -> None:
    network_id = fill_network(team)
    with Store.open(tmp_path / "second.sqlite", model) as second:
        lost = take_along(team, laptop, str(network_id), team_location)
        kept = take_along(team, second, str(network_id), team_location)
        before = revision(team, network_id)
        exported = team.networks.export_network(network_id)
        first, other = taken_along(team, network_id)
        assert (first.copy_id, other.copy_id) == (lost.id, kept.id)
        release(team, first)
        assert taken_along(team, network_id) == (other,)  # the other laptop's mark stays
        assert revision(team, network_id) == before  # nothing of the network changed
        assert team.networks.export_network(network_id) == exported
        with pytest.raises(TakeAlongError, match="no such mark to release") as refused:
            release(team, first)
        assert refused.value.reason == "no_mark"
        # the lost copy, should it turn up, cannot come back over the network: it stays
        with pytest.raises(TakeAlongError, match="not taken along from this team store") as back:
            bring_back(laptop, team, str(lost.id))
        assert back.value.reason == "not_from_here"
        assert laptop.networks.get_network(lost.id).name == lost.name
        # the other one still comes back as taken along
        assert bring_back(second, team, str(kept.id)).kept_network is None
    assert taken_along(team, network_id) == ()
    assert len(team.networks.list_networks()) == 1


def test_edited_offline_and_brought_back_unchanged_in_the_team_store(
    team: Store, laptop: Store, team_location: str
) -> None:
    network_id = fill_network(team)
    team_lines = team.lines.list_lines(network_id)
    copy = take_along(team, laptop, str(network_id), team_location)
    first, second = laptop.lines.list_lines(copy.id)
    laptop.lines.set_line_story(first.id, "ring1", "In de zaal verteld")
    laptop.lines.delete_line(second.id)
    laptop.lines.create_line(copy.id, LINE_KEYS, title="Nieuw in de zaal")
    laptop.notes.add_note(copy.id, "ring3.s2", "post-it uit de zaal")
    laptop.networks.rename_network(copy.id, "Zorgnetwerk Rijnland en Duin")
    before = revision(team, network_id)

    result = bring_back(laptop, team, str(copy.id))

    assert result.kept_network is None
    assert (result.network.id, result.network.name) == (network_id, "Zorgnetwerk Rijnland en Duin")
    assert without_stamps(team.networks.export_network(network_id)) == without_stamps(
        laptop.networks.export_network(copy.id)
    )
    after = team.lines.list_lines(network_id)
    assert after[0].id == team_lines[0].id  # the team store's ids are kept
    assert [line.title for line in after] == [team_lines[0].title, "Nieuw in de zaal"]
    assert revision(team, network_id) > before
    assert taken_along(team, network_id) == ()
    assert origin(laptop, copy.id) is None
    changed = {d.part for d in result.differences if d.change is Change.LAPTOP}
    # the second line had an indicator without measurements: the learning path is the same
    assert changed == {Part.CORE, Part.LINES, Part.STORIES, Part.INDICATORS, Part.NOTES}
    with pytest.raises(TakeAlongError, match="was not taken along from a team store"):
        bring_back(laptop, team, str(copy.id))
    assert len(team.networks.list_networks()) == 1


def test_groups_and_photos_come_back_whole(team: Store, laptop: Store, team_location: str) -> None:
    grouped = grouped_network(team)
    photo_network, _photo = network_with_photo(team)
    for network_id in (grouped.network_id, photo_network):
        copy = take_along(team, laptop, str(network_id), team_location)
        laptop.notes.add_note(copy.id, "ring1.s1", "erbij")
        bring_back(laptop, team, str(copy.id))
        assert without_stamps(team.networks.export_network(network_id)) == without_stamps(
            laptop.networks.export_network(copy.id)
        )
    indicator = team.lines.list_indicators(grouped.line_id)[0]
    assert indicator.id == grouped.indicator_id


def test_a_change_in_the_team_store_meanwhile_keeps_both_versions(
    team: Store, laptop: Store, team_location: str
) -> None:
    network_id = fill_network(team)
    copy = take_along(team, laptop, str(network_id), team_location)
    laptop_line = laptop.lines.list_lines(copy.id)[0]
    laptop.lines.set_line_story(laptop_line.id, "core", "op de laptop")
    laptop.notes.add_note(copy.id, "ring3.s2", "post-it uit de zaal")
    team_line = team.lines.list_lines(network_id)[0]
    team.lines.set_line_story(team_line.id, "core", "in de teamopslag")
    team.wheel.save_arrangement(
        network_id, team.wheel.get_wheel(network_id).arrangement.turned(0, 1, 4)
    )
    team_version = team.networks.export_network(network_id)

    result = bring_back(laptop, team, str(copy.id), today=date(2026, 12, 7))

    assert team.networks.export_network(network_id) == team_version  # nothing overwritten
    assert result.kept_network is not None
    assert result.kept_network.name == "Zorgnetwerk Rijnland (meegenomen 2026-12-07)"
    kept = json.loads(team.networks.export_network(result.kept_network.id))
    mine = json.loads(laptop.networks.export_network(copy.id))
    assert kept["network"]["lines"] == mine["network"]["lines"]
    assert kept["network"]["notes"] == mine["network"]["notes"]
    changes = {d.part: d.change for d in result.differences}
    assert changes[Part.STORIES] is Change.BOTH
    assert changes[Part.NOTES] is Change.LAPTOP
    assert changes[Part.WHEEL] is Change.SERVER
    assert changes[Part.INDICATORS] is Change.NONE
    assert taken_along(team, network_id) == ()


def test_a_network_deleted_in_the_team_store_is_not_brought_back_into_nothing(
    team: Store, laptop: Store, team_location: str
) -> None:
    network_id = fill_network(team)
    copy = take_along(team, laptop, str(network_id), team_location)
    team.networks.delete_network(network_id)
    with pytest.raises(TakeAlongError, match="not taken along from this team store"):
        bring_back(laptop, team, str(copy.id))
    assert origin(laptop, copy.id) is not None  # the laptop's version stays as it is


def test_bringing_back_to_another_team_store_is_refused(
    team: Store, laptop: Store, team_location: str, tmp_path: Path, model: Model
) -> None:
    network_id = fill_network(team)
    copy = take_along(team, laptop, str(network_id), team_location)
    with Store.open(tmp_path / "other.sqlite", model) as other:
        fill_network(other)
        with pytest.raises(TakeAlongError, match="not taken along from this team store"):
            bring_back(laptop, other, str(copy.id))
        assert (
            other.networks.list_networks()[0].id == network_id
        )  # same id, other network: untouched
    assert taken_along(team, network_id) != ()


def test_a_password_is_never_kept() -> None:
    described = describe_store("postgresql+psycopg://member:geheim@db.example.org/netwerk")
    assert "geheim" not in described and "member@db.example.org/netwerk" in described
    assert describe_store("/home/anna/netwerk.sqlite") == "/home/anna/netwerk.sqlite"


def test_two_laptops_take_it_along_and_the_second_back_keeps_both(
    team: Store, laptop: Store, team_location: str, tmp_path: Path, model: Model
) -> None:
    network_id = fill_network(team)
    with Store.open(tmp_path / "second.sqlite", model) as second:
        first_copy = take_along(team, laptop, str(network_id), team_location)
        second_copy = take_along(team, second, str(network_id), team_location)
        assert len(taken_along(team, network_id)) == 2
        laptop.notes.add_note(first_copy.id, "ring1.s0", "zaal 1")
        second.notes.add_note(second_copy.id, "ring1.s0", "zaal 2")
        assert bring_back(laptop, team, str(first_copy.id)).kept_network is None
        result = bring_back(second, team, str(second_copy.id), today=date(2026, 12, 8))
    assert result.kept_network is not None  # the first one back changed the team store
    notes = [n.text for n in team.networks.load_network(network_id).notes]
    kept = [n.text for n in team.networks.load_network(result.kept_network.id).notes]
    assert "zaal 1" in notes and "zaal 2" not in notes
    assert "zaal 2" in kept and "zaal 1" not in kept
    assert {d.part: d.change for d in result.differences}[Part.NOTES] is Change.BOTH
    assert taken_along(team, network_id) == ()
