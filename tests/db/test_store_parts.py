"""The store is composed of parts (db/store.py): each area an attribute of `Store`, every part
on the store's one session helper, none inheriting another's methods, and a method's name
saying which part it is in."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from db import Store
from db.store_sessions import StorePart, StoreSessions

PARTS = (
    "networks",
    "lines",
    "evidence",
    "learning",
    "notes",
    "measures",
    "groups",
    "wheel",
    "room",
)


def _methods(part: StorePart) -> set[str]:
    return {
        name
        for name, _ in inspect.getmembers(type(part), inspect.isfunction)
        if not name.startswith("_")
    }


def test_every_part_is_on_the_stores_one_session_helper(store: Store) -> None:
    helpers = {id(getattr(store, name)._db) for name in PARTS}
    assert helpers == {id(store._db)}
    assert isinstance(store._db, StoreSessions)
    assert all(getattr(store, name).model is store.model for name in PARTS)


def test_parts_are_composed_not_inherited_and_each_method_lives_in_one_part(
    store: Store,
) -> None:
    parts = [getattr(store, name) for name in PARTS]
    for part in parts:
        assert type(part).__mro__[1] is StorePart, type(part).__name__  # no part over another
        assert _methods(part), type(part).__name__
    seen: dict[str, str] = {}
    for name, part in zip(PARTS, parts, strict=True):
        for method in _methods(part):
            assert method not in seen, f"{method} is in both {seen[method]} and {name}"
            seen[method] = name
    # The store itself only opens, syncs, closes and keeps its connection (a team store's
    # listener, a lost connection, its description); what it reads or writes is in a part.
    own = {name for name, value in vars(Store).items() if isinstance(value, Callable | classmethod)}
    assert not own & set(seen), sorted(own & set(seen))
    connection = {"describe", "listener", "set_offline", "reconnected"}
    assert {name for name in own if not name.startswith("_")} == {
        "open",
        "close",
        "sync",
        *connection,
    }


def test_a_part_reads_what_another_part_wrote_in_the_same_store(store: Store) -> None:
    network = store.networks.create_network("Delen")
    line = store.lines.create_line(
        network.id, ("ring1.s0", "ring2.s0", "ring3.s0", "stakeholders.s0")
    )
    moment = store.learning.add_moment(network.id, "A")
    note = store.notes.add_note(network.id, "ring1.s0", "geeltje", moment_id=moment.id)
    store.evidence.add_evidence(line.id, "ring1", "verslag", moment_id=moment.id)
    contents = store.networks.load_network(network.id)
    assert contents.lines == (store.lines.get_line(line.id),)
    assert contents.notes == (note,) and contents.moments == (moment,)
    assert len(contents.evidence) == 1
