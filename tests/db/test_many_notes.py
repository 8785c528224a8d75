"""Many post-its in one transaction: a paste or an import adds all or nothing, and one
snapshot puts a batch back with the same ids."""

from __future__ import annotations

import pytest

from db.errors import InvalidValueError, UnknownKeyError
from db.records import NewNote
from db.store import Store


def test_many_notes_are_added_all_or_nothing_and_come_back_whole(store: Store) -> None:
    network = store.networks.create_network("Kring")
    key = store.model.core.segments[0].key
    good = [NewNote(key, f"notitie {n}", "#b9f0b0") for n in range(5)]
    with pytest.raises(UnknownKeyError):
        store.notes.add_notes(network.id, [*good, NewNote("no.such.segment", "weg")])
    with pytest.raises(InvalidValueError):
        store.notes.add_notes(network.id, [*good, NewNote(key, "nul\0teken")])
    assert store.notes.list_notes(network.id) == ()
    added = store.notes.add_notes(network.id, good)
    assert [note.text for note in store.notes.list_notes(network.id)] == [n.text for n in good]
    assert {note.colour for note in added} == {"#B9F0B0"}
    snapshot = store.notes.delete_notes([note.id for note in added[1:4]])
    assert [note.text for note in store.notes.list_notes(network.id)] == ["notitie 0", "notitie 4"]
    store.networks.restore(snapshot)
    assert store.notes.list_notes(network.id) == added


def test_a_moment_of_another_network_is_refused(store: Store) -> None:
    first, second = store.networks.create_network("A"), store.networks.create_network("B")
    moment = store.learning.add_moment(second.id, "Nulmeting")
    with pytest.raises(InvalidValueError):
        store.notes.add_notes(
            first.id, [NewNote(store.model.core.segments[0].key, "x", "#FFF27A", moment.id)]
        )
    assert store.notes.list_notes(first.id) == ()
