"""Edits of many post-its at once (a paste, an import, the wall's moves and merges), each
one transaction in the store and one undo step. The Workshop holds one (`workshop.notes`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from app.ui.parts import NOTES
from app.ui.undoable import UndoableEdits
from db.records import NewNote, Snapshot

translate = QCoreApplication.translate  # context "Workshop": these are the Workshop's strings


class NoteEdits:
    """Post-it edits of the open network that touch many notes in one step."""

    def __init__(self, edits: UndoableEdits, network: Callable[[], int]) -> None:
        self.edits = edits
        self.store = edits.store
        self._network = network

    def add_notes(self, notes: Sequence[NewNote]) -> tuple[int, ...]:
        """Add `notes` in one transaction; undo deletes them all, redo puts the same back."""
        if not notes:
            return ()
        network_id = self._network()
        created: list[int] = []
        snapshot: list[Snapshot] = []

        def apply() -> None:
            if created:
                self.store.restore(snapshot[0])  # redo: the same notes, the same ids
            else:
                created.extend(note.id for note in self.store.add_notes(network_id, notes))

        def revert() -> None:
            snapshot[:] = [self.store.delete_notes(created)]

        text = translate("Workshop", "Add post-its")
        self.edits.push_simple(text, apply, revert, NOTES)
        return tuple(created)
