"""Optimistic concurrency: two programs on one store edit the same record; the second save
made from an older version is refused with both values, never a silent overwrite (issue 22).

Two `Store`s on one store, on both engines (one SQLite file; one PostgreSQL database, as two
partners' laptops on a team store); tests/db/test_team_conflicts.py races them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from app.core.geometry import Arrangement
from app.core.model import IndicatorKind, Model
from db import EditConflictError, NotFoundError, Store
from db.records import WheelState
from db.schema import NoteRow
from tests.db.builders import LINE_KEYS


@pytest.fixture
def two(store_target: str | Path, model: Model) -> Iterator[tuple[Store, Store]]:
    with Store.open(store_target, model) as first, Store.open(store_target, model) as second:
        yield first, second


def check_story_conflict(mine: Store, theirs: Store) -> None:
    network = mine.networks.create_network("Buurtnetwerk")
    line = mine.lines.create_line(network.id, LINE_KEYS, title="Samen koken")
    seen = mine.lines.get_line(line.id).step("ring1").version
    assert theirs.lines.get_line(line.id).step("ring1").version == seen
    saved = theirs.lines.set_line_story(line.id, "ring1", "Hun verhaal", seen=seen)
    assert saved.step("ring1").version == seen + 1
    with pytest.raises(EditConflictError) as caught:
        mine.lines.set_line_story(line.id, "ring1", "Mijn verhaal", seen=seen)
    conflict = caught.value
    assert (conflict.what, conflict.mine, conflict.theirs) == (
        "story",
        "Mijn verhaal",
        "Hun verhaal",
    )
    assert conflict.their_version == seen + 1
    assert mine.lines.get_line(line.id).story("ring1") == "Hun verhaal"  # nothing of mine written
    kept = mine.lines.set_line_story(
        line.id, "ring1", "Mijn verhaal\n\nHun verhaal", seen=conflict.their_version
    )
    assert theirs.lines.get_line(line.id).story("ring1") == "Mijn verhaal\n\nHun verhaal"
    assert kept.step("ring1").version == seen + 2
    # Every keystroke commits from the version the last one returned: no conflict with itself.
    again = mine.lines.set_line_story(
        line.id, "ring1", "Mijn verhaal!", seen=kept.step("ring1").version
    )
    assert again.step("ring1").version == seen + 3


def test_two_people_typing_in_one_story_the_second_save_is_refused_with_both_texts(two):
    check_story_conflict(*two)


def check_note_conflict(mine: Store, theirs: Store) -> None:
    network = mine.networks.create_network("Buurtnetwerk")
    note = mine.notes.add_note(network.id, "ring1.s0", "Eerste idee")
    theirs.notes.update_note(note.id, text="Hun idee", seen=note.version)
    with pytest.raises(EditConflictError) as caught:
        mine.notes.update_note(note.id, text="Mijn idee", seen=note.version)
    assert (caught.value.mine, caught.value.theirs) == ("Mijn idee", "Hun idee")
    assert mine.notes.get_note(note.id).text == "Hun idee"
    # A stamp of the network by someone else's edit is no conflict for a post-it.
    other = theirs.notes.add_note(network.id, "ring1.s1", "Nog een")
    assert mine.notes.update_note(other.id, colour="#ffd54f", seen=other.version).version == 2


def test_a_post_it_edited_by_two_keeps_the_first_save_and_refuses_the_second(two):
    check_note_conflict(*two)


def check_deleted_line(mine: Store, theirs: Store) -> None:
    network = mine.networks.create_network("Buurtnetwerk")
    line = mine.lines.create_line(network.id, LINE_KEYS)
    theirs.lines.delete_line(line.id)
    with pytest.raises(NotFoundError):
        mine.lines.set_line_story(line.id, "ring1", "te laat", seen=line.step("ring1").version)
    with pytest.raises(NotFoundError):
        mine.lines.update_line(line.id, title="te laat", seen=line.version)


def test_a_line_deleted_under_an_editor_is_not_found_and_nothing_comes_back(two):
    check_deleted_line(*two)


def test_every_versioned_record_refuses_an_edit_from_an_older_version(two):
    mine, theirs = two
    network = mine.networks.create_network("Buurtnetwerk")
    line = mine.lines.create_line(network.id, LINE_KEYS, title="Titel")
    indicator = mine.lines.add_indicator(line.id, "ring1", "Bezoekers", IndicatorKind.QUANTITATIVE)
    moment = mine.learning.add_moment(network.id, "A")
    measurement = mine.learning.add_measurement(indicator.id, moment.id, 3)
    entry = mine.lines.add_core_entry(network.id, mine.model.core.segments[0].key, "Wij")
    edits = [
        (lambda s, v: s.lines.update_line(line.id, title="x", seen=v), line.version),
        (lambda s, v: s.lines.update_indicator(indicator.id, name="x", seen=v), indicator.version),
        (lambda s, v: s.learning.update_moment(moment.id, focus="x", seen=v), moment.version),
        (
            lambda s, v: s.learning.update_measurement(measurement.id, value=4, seen=v),
            measurement.version,
        ),
        (lambda s, v: s.lines.edit_core_entry(entry.id, "x", seen=v), entry.version),
        (
            lambda s, v: s.networks.set_network_description(network.id, "x", seen=v),
            mine.networks.get_network(network.id).version,
        ),
    ]
    for edit, version in edits:
        edit(theirs, version)
        with pytest.raises(EditConflictError):
            edit(mine, version)
    # Adding an indicator stamps its line but is no edit of the line's own fields.
    line_now = mine.lines.get_line(line.id)
    theirs.lines.add_indicator(line.id, "ring2", "Nog een", IndicatorKind.QUALITATIVE)
    assert mine.lines.update_line(line.id, title="Nieuw", seen=line_now.version).title == "Nieuw"


def test_a_stale_row_between_read_and_write_is_an_edit_conflict(two):
    """SQLAlchemy's own check (StaleDataError) when the row moved on inside the transaction."""
    mine, theirs = two
    network = mine.networks.create_network("Buurtnetwerk")
    note = mine.notes.add_note(network.id, "ring1.s0", "Eerste")
    notes = NoteRow.__table__
    with pytest.raises(EditConflictError), mine._db.writing() as session:
        row = session.get(NoteRow, note.id)
        assert row is not None
        # Someone else's write lands between this transaction's read and its flush (on the
        # same connection here, as a plain UPDATE that counts the version as the store's do).
        session.connection().execute(
            update(notes).where(notes.c.id == note.id).values(version=notes.c.version + 1)
        )
        row.text = "Mijn"
    assert theirs.notes.get_note(note.id).text == "Eerste"


def test_turning_the_wheel_or_stamping_is_no_edit_of_the_network(two):
    """The network's version counts edits of its own fields only: someone turning the wheel,
    focusing a ring or adding a post-it never makes a description edit a conflict."""
    mine, theirs = two
    network = mine.networks.create_network("Buurtnetwerk")
    seen = mine.networks.get_network(network.id).version
    rings = mine.model.ring_keys
    theirs.wheel.save_wheel(
        network.id, WheelState(Arrangement((1, 0, 0, 0)), frozenset(), rings[1])
    )
    theirs.notes.add_note(network.id, "ring1.s0", "Nog een")
    assert mine.networks.get_network(network.id).version == seen
    assert mine.wheel.get_wheel(network.id).focus_ring == rings[1]
    assert (
        mine.networks.set_network_description(network.id, "Over ons", seen=seen).version == seen + 1
    )
