"""The service API: every action one transaction, records out, keys checked, deletes undoable."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from app.core.geometry import Arrangement
from app.core.model import Direction, IndicatorKind
from db import (
    DuplicateNameError,
    InvalidValueError,
    NotFoundError,
    SnapshotConflictError,
    Store,
    UnknownKeyError,
)
from db.records import LineStatus, WheelState
from tests.db.builders import LINE_KEYS, fill_network


def test_a_new_network_starts_with_the_wheel_at_rest_and_the_model_s_stakeholders(store: Store):
    network = store.networks.create_network("  Energieregio  ")
    assert network.name == "Energieregio"
    assert [g.key for g in network.stakeholders] == [f"stakeholders.s{i}" for i in range(4)]
    assert store.wheel.get_wheel(network.id) == WheelState(Arrangement((0, 0, 0, 0)))
    assert [n.name for n in store.networks.list_networks()] == ["Energieregio"]


def test_network_names_are_unique_and_imports_and_copies_get_a_number(store: Store):
    network = store.networks.create_network("Netwerk")
    with pytest.raises(DuplicateNameError, match="already a network named 'Netwerk'"):
        store.networks.create_network("Netwerk")
    assert store.networks.duplicate_network(network.id).name == "Netwerk (2)"
    assert store.networks.duplicate_network(network.id).name == "Netwerk (3)"
    assert store.networks.unique_name("Netwerk") == "Netwerk (4)"
    with pytest.raises(InvalidValueError):
        store.networks.rename_network(network.id, "   ")


def test_the_lists_of_networks_name_them_by_name_as_the_summaries_do(store: Store):
    zorg = store.networks.create_network("Zorgnetwerk", "Wijkzorg <b>Oost</b>")
    store.networks.create_network("Armoede & schulden")
    store.lines.create_line(zorg.id, LINE_KEYS)
    summaries = store.networks.list_networks()
    names = store.networks.list_names()
    assert [(n.id, n.name, n.description) for n in names] == [
        (s.id, s.name, s.description) for s in summaries
    ]
    assert [n.name for n in names] == ["Armoede & schulden", "Zorgnetwerk"]
    assert names[1].description == "Wijkzorg <b>Oost</b>"
    assert [s.line_count for s in summaries] == [0, 1]


def test_the_wheel_keeps_indices_locks_and_partial_focus(store: Store):
    network = store.networks.create_network("N")
    wheel = WheelState(
        Arrangement((3, 1, 2, 0)), frozenset({"ring1", "stakeholders"}), None, "stakeholders.s2"
    )
    assert store.wheel.save_wheel(network.id, wheel) == wheel
    assert store.wheel.get_wheel(network.id) == wheel
    moved = store.wheel.save_arrangement(network.id, Arrangement((0, 0, 1, 1)))
    assert moved.locked_rings == wheel.locked_rings
    with pytest.raises(InvalidValueError, match="segments 0 to 3"):
        store.wheel.save_arrangement(network.id, Arrangement((4, 0, 0, 0)))
    with pytest.raises(UnknownKeyError):
        store.wheel.save_wheel(network.id, dataclasses.replace(wheel, focus_ring="stakeholders"))


def test_core_entries_keep_their_order_per_part_and_can_be_moved(store: Store):
    network = store.networks.create_network("N")
    ids = [store.lines.add_core_entry(network.id, "core.part0", t).id for t in "abc"]
    store.lines.add_core_entry(network.id, "core.part1", "x")
    moved = store.lines.move_core_entry(ids[2], 0)
    assert [e.text for e in moved] == ["c", "a", "b"]
    assert [e.text for e in store.lines.list_core(network.id)] == ["c", "a", "b", "x"]
    assert store.lines.edit_core_entry(ids[0], "A").text == "A"
    with pytest.raises(UnknownKeyError, match="not a part of the core"):
        store.lines.add_core_entry(network.id, "ring1.s0", "no")


def test_a_line_is_saved_from_an_arrangement_and_edited_step_by_step(store: Store):
    network = store.networks.create_network("N")
    line = store.lines.create_line_from_arrangement(
        network.id, Arrangement((1, 1, 1, 1)), Direction.OUTSIDE_IN, title="Lijn"
    )
    assert line.segment_keys == ("ring1.s1", "ring2.s1", "ring3.s1", "stakeholders.s1")
    assert [s.key for s in line.steps] == ["core", "ring1", "ring2", "ring3", "stakeholders"]
    line = store.lines.set_line_story(line.id, "ring2", "verhaal")
    line = store.lines.update_line(
        line.id,
        status=LineStatus.SUPPORTED,
        direction=Direction.INSIDE_OUT,
        assumptions="aanname",
        title="Nieuw",
    )
    assert (line.story("ring2"), line.status, line.direction, line.title) == (
        "verhaal",
        LineStatus.SUPPORTED,
        Direction.INSIDE_OUT,
        "Nieuw",
    )
    assert store.lines.list_lines(network.id) == (line,)
    with pytest.raises(UnknownKeyError, match="not a segment of ring 'ring2'"):
        store.lines.create_line(network.id, ("ring1.s0", "ring3.s0", "ring3.s0", "stakeholders.s0"))
    with pytest.raises(UnknownKeyError):
        store.lines.set_line_story(line.id, "ring9", "x")
    with pytest.raises(InvalidValueError):
        store.lines.update_line(line.id, status="done")


def test_a_story_is_written_as_the_store_reads_it_back_or_not_at_all(store: Store, monkeypatch):
    # set_line_story writes with plain statements (typing calls it for every keystroke):
    # what it returns is what a fresh read of the line gives, and it stamps the line and
    # its network as changed; a line that is not there changes nothing.
    network = store.networks.create_network("N")
    other = store.networks.create_network("Ander")
    line = store.lines.create_line_from_arrangement(network.id, Arrangement((0, 1, 2, 3)))
    before = store.networks.load_network(network.id).network.updated_at
    later = before + timedelta(minutes=5)  # the store keeps whole seconds
    monkeypatch.setattr("db.store_lines.now", lambda: later)
    written = store.lines.set_line_story(line.id, "ring3", "een verhaal\nover twee regels")
    assert store.lines.list_lines(network.id) == (written,)
    assert written.story("ring3") == "een verhaal\nover twee regels"
    assert [s.story for s in written.steps if s.key != "ring3"] == [""] * 4
    assert written.updated_at == later
    assert store.networks.load_network(network.id).network.updated_at == later
    assert dataclasses.replace(written, steps=line.steps, updated_at=line.updated_at) == line
    untouched = store.networks.load_network(other.id).network.updated_at
    with pytest.raises(NotFoundError):
        store.lines.set_line_story(line.id + 1000, "ring3", "nergens")
    with pytest.raises(NotFoundError):
        store.lines.set_line_story("1", "ring3", "geen id")  # type: ignore[arg-type]  # a wrong type
    assert store.lines.list_lines(network.id) == (written,)
    assert store.networks.load_network(other.id).network.updated_at == untouched


def test_indicators_carry_the_six_plan_steps(store: Store):
    network = store.networks.create_network("N")
    line = store.lines.create_line(network.id, LINE_KEYS)
    indicator = store.lines.add_indicator(
        line.id,
        "ring1",
        "Bereik",
        IndicatorKind.QUANTITATIVE,
        owner="Els",
        valid=False,
        source_kind="new",
    )
    assert (indicator.owner, indicator.valid, indicator.source_kind) == ("Els", False, "new")
    changed = store.lines.update_indicator(
        indicator.id, kind="qualitative", target="meer", valid=None
    )
    assert (changed.kind, changed.target, changed.valid) == ("qualitative", "meer", None)
    assert store.lines.list_indicators(line.id, "ring1") == (changed,)
    with pytest.raises(TypeError, match="no field 'colour'"):
        store.lines.update_indicator(indicator.id, colour="red")
    with pytest.raises(InvalidValueError):
        store.lines.update_indicator(indicator.id, valid="yes")


def test_measurements_follow_the_learning_path(store: Store):
    network = store.networks.create_network("N")
    line = store.lines.create_line(network.id, LINE_KEYS)
    indicator = store.lines.add_indicator(line.id, "ring3", "Score", IndicatorKind.QUANTITATIVE)
    late = store.learning.add_moment(network.id, "B", date(2024, 6, 1))
    early = store.learning.add_moment(network.id, "A", date(2024, 1, 1))
    store.learning.add_measurement(indicator.id, late.id, 2)
    store.learning.add_measurement(indicator.id, early.id, 1, "verhaal")
    assert [m.label for m in store.learning.list_moments(network.id)] == ["A", "B"]
    assert [m.value for m in store.learning.list_measurements(indicator.id)] == [1.0, 2.0]
    with pytest.raises(InvalidValueError, match="finite"):
        store.learning.add_measurement(indicator.id, early.id, float("nan"))
    other = store.learning.add_moment(store.networks.create_network("M").id, "A")
    with pytest.raises(InvalidValueError, match="another network"):
        store.learning.add_measurement(indicator.id, other.id, 1)


def test_notes_move_between_segments_and_filter_by_moment(store: Store):
    network = store.networks.create_network("N")
    moment = store.learning.add_moment(network.id, "A")
    note = store.notes.add_note(network.id, "ring1.s0", "idee", "#aabbcc", moment.id)
    store.notes.add_note(network.id, "core.part0", "los")
    assert note.colour == "#AABBCC"
    assert store.notes.move_note(note.id, "stakeholders.s2").segment_key == "stakeholders.s2"
    assert [n.text for n in store.notes.list_notes(network.id, moment.id)] == ["idee"]
    assert len(store.notes.list_notes(network.id)) == 2
    with pytest.raises(InvalidValueError, match="#RRGGBB"):
        store.notes.update_note(note.id, colour="yellow")
    with pytest.raises(UnknownKeyError):
        store.notes.move_note(note.id, "ring7.s0")


@pytest.mark.parametrize(
    "delete",
    ["network", "line", "indicator", "moment", "measurement", "note", "core entry"],
)
def test_every_delete_is_undone_exactly_with_the_same_ids(store: Store, delete: str):
    network_id = fill_network(store)
    before = store.networks.load_network(network_id)
    target = {
        "network": (store.networks.delete_network, network_id),
        "line": (store.lines.delete_line, before.lines[0].id),
        "indicator": (store.lines.delete_indicator, before.indicators[0].id),
        "moment": (store.learning.delete_moment, before.moments[0].id),
        "measurement": (store.learning.delete_measurement, before.measurements[0].id),
        "note": (store.notes.delete_note, before.notes[0].id),
        "core entry": (store.lines.delete_core_entry, before.core[0].id),
    }[delete]
    snapshot = target[0](target[1])
    if delete == "network":
        assert store.networks.list_networks() == ()
    else:
        assert store.networks.load_network(network_id) != before
    store.networks.restore(snapshot)
    after = store.networks.load_network(network_id)
    assert (
        dataclasses.replace(after.network, updated_at=before.network.updated_at) == before.network
    )
    assert (
        after.wheel,
        after.core,
        after.lines,
        after.indicators,
        after.moments,
        after.measurements,
        after.notes,
    ) == (
        before.wheel,
        before.core,
        before.lines,
        before.indicators,
        before.moments,
        before.measurements,
        before.notes,
    )
    with pytest.raises(SnapshotConflictError, match="already there"):
        store.networks.restore(snapshot)


def test_a_child_cannot_come_back_once_its_network_is_gone(store: Store):
    network_id = fill_network(store)
    note = store.notes.list_notes(network_id)[0]
    snapshot = store.notes.delete_note(note.id)
    store.networks.delete_network(network_id)
    with pytest.raises(SnapshotConflictError, match="belonged to is gone"):
        store.networks.restore(snapshot)


def test_ids_are_never_reused_after_a_delete(store: Store):
    network = store.networks.create_network("N")
    first = store.notes.add_note(network.id, "ring1.s0", "a")
    store.notes.delete_note(first.id)
    assert store.notes.add_note(network.id, "ring1.s0", "b").id > first.id


def test_missing_objects_raise_not_found(store: Store):
    for call in (
        store.networks.get_network,
        store.lines.get_line,
        store.lines.get_indicator,
        store.learning.get_moment,
        store.learning.get_measurement,
        store.notes.get_note,
        store.networks.delete_network,
    ):
        with pytest.raises(NotFoundError, match="id 999"):
            call(999)
    with pytest.raises(NotFoundError):
        store.networks.find_network("nobody")


def test_find_network_takes_a_name_or_an_id(store: Store):
    network = store.networks.create_network("2024")
    other = store.networks.create_network("Tweede")
    assert store.networks.find_network("2024") == network
    assert store.networks.find_network(str(other.id)) == other


def test_a_second_open_sees_every_change(store_path, model):
    with Store.open(store_path, model) as first:
        network_id = fill_network(first)
        contents = first.networks.load_network(network_id)
    with Store.open(store_path, model) as second:
        assert second.networks.load_network(network_id) == contents


def test_every_text_field_has_a_limit_and_says_which(store: Store):
    """app.core.limits: refused with the field's name and the limit; the store as it was."""
    network = store.networks.create_network("Netwerk")
    line = store.lines.create_line(network.id, LINE_KEYS)
    moment = store.learning.add_moment(network.id, "A")
    attempts = [
        (
            lambda: store.networks.create_network("n" * 201),
            "a network's name is too long \\(201 characters; the limit is 200\\)",
        ),
        (
            lambda: store.lines.set_line_story(line.id, "ring1", "s" * 20_001),
            "the story is too long \\(20,001 characters; the limit is 20,000\\)",
        ),
        (
            lambda: store.lines.update_line(line.id, assumptions="a" * 20_001),
            "the text of the assumptions is too long",
        ),
        (
            lambda: store.lines.update_line(line.id, title="t" * 201),
            "the title is too long \\(201 characters; the limit is 200\\)",
        ),
        (
            lambda: store.notes.add_note(network.id, "ring1.s0", "n" * 2_001),
            "the note is too long \\(2,001 characters; the limit is 2,000\\)",
        ),
        (
            lambda: store.learning.update_moment(moment.id, label="m" * 41),
            "a moment's label is too long \\(41 characters; the limit is 40\\)",
        ),
        (
            lambda: store.learning.update_moment(moment.id, learnings="l" * 20_001),
            "learnings text is too long",
        ),
        (
            lambda: store.networks.set_network_description(network.id, "d" * 1_000_000),
            "the description is too long \\(1,000,000 characters",
        ),
        (
            lambda: store.networks.set_stakeholder_group(
                network.id, "stakeholders.s0", "g" * 201, ""
            ),
            "name is too long",
        ),
    ]
    before = store.networks.export_network(network.id)
    for attempt, message in attempts:
        with pytest.raises(InvalidValueError, match=message):
            attempt()
    assert store.networks.export_network(network.id) == before
    story = "s" * 20_000
    assert store.lines.set_line_story(line.id, "ring1", story).story("ring1") == story
    assert store.notes.add_note(network.id, "ring1.s0", "n" * 2_000).text == "n" * 2_000
