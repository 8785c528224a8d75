"""Many measurement entries as one undo step (accepted from the room, imported from a sheet):
one transaction; undo deletes them all, redo puts the same back with the same ids."""

from __future__ import annotations

from collections.abc import Sequence

from app.ui.control.parts import MEASUREMENTS
from app.ui.control.undoable import UndoableEdits
from db.records import NewMeasurement, Snapshot


def add_measurements(
    edits: UndoableEdits,
    entries: Sequence[NewMeasurement],
    title: str,
    arrivals_done: Sequence[int] = (),
) -> tuple[int, ...]:
    """Add `entries` (and take the room's `arrivals_done` out of its queue in the same
    transaction) as one undo step; the new entries' ids."""
    store = edits.store
    created: list[int] = []
    snapshot: list[Snapshot] = []

    def apply() -> None:
        if created:
            store.networks.restore(snapshot[0])
        else:
            created.extend(
                entry.id for entry in store.measures.add_measurements(entries, arrivals_done)
            )

    def revert() -> None:
        snapshot[:] = [store.measures.delete_measurements(created)]

    edits.push_simple(title, apply, revert, MEASUREMENTS)
    return tuple(created)
