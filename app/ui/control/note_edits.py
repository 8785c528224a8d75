"""Edits of many post-its at once (a paste, an import, the wall's moves and merges), each
one transaction in the store and one undo step. The Workshop holds one (`workshop.notes`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.ui.control.commands import QT_TRANSLATE_NOOP, UndoText
from app.ui.control.parts import NOTES
from app.ui.control.undoable import NetworkEdits
from db.records import NewNote, Snapshot


class NoteEdits(NetworkEdits):
    """Post-it edits of the open network that touch many notes in one step."""

    def add_notes(self, notes: Sequence[NewNote], title: str | None = None) -> tuple[int, ...]:
        """Add `notes` in one transaction (all or none); undo deletes them all, redo puts the
        same back. `title` names the undo step (default "Add post-its")."""
        if not notes:
            return ()
        network_id = self._network()
        created: list[int] = []
        snapshot: list[Snapshot] = []

        def apply() -> None:
            if created:
                self.store.networks.restore(snapshot[0])  # redo: the same notes, the same ids
            else:
                created.extend(note.id for note in self.store.notes.add_notes(network_id, notes))

        def revert() -> None:
            snapshot[:] = [self.store.notes.delete_notes(created)]

        text = title or UndoText(QT_TRANSLATE_NOOP("Workshop", "Add post-its"))
        self.edits.push_simple(text, apply, revert, NOTES)
        return tuple(created)

    def move_notes(self, note_ids: Sequence[int], segment_key: str) -> None:
        """Stick notes on another segment (a drag on the wall): one step."""
        changes = {note_id: {"segment_key": segment_key} for note_id in note_ids}
        self._update(UndoText(QT_TRANSLATE_NOOP("Workshop", "Move post-its")), changes)

    def recolour(self, note_ids: Sequence[int], colour: str) -> None:
        """Give notes one colour (a group's or a moment's): one step."""
        changes = {note_id: {"colour": colour} for note_id in note_ids}
        self._update(UndoText(QT_TRANSLATE_NOOP("Workshop", "Colour post-its")), changes)

    def _update(self, text: str | UndoText, changes: Mapping[int, Mapping[str, object]]) -> None:
        if not changes:
            return
        old: list[dict[int, dict[str, Any]]] = []

        def apply() -> None:
            old[:] = [self.store.notes.update_notes(changes)]

        def revert() -> None:
            self.store.notes.update_notes(old[0])

        self.edits.push_simple(text, apply, revert, NOTES)

    def merge(self, keep_id: int, other_id: int) -> None:
        """Two notes become one, keeping both texts (the second under the first): one step."""
        keep, other = self.store.notes.get_note(keep_id), self.store.notes.get_note(other_id)
        text = f"{keep.text.rstrip()}\n\n{other.text.strip()}"
        held: list[tuple[str, Snapshot]] = []

        def apply() -> None:
            held[:] = [self.store.notes.merge_notes(keep_id, other_id, text)]

        def revert() -> None:
            old_text, snapshot = held[0]
            self.store.notes.unmerge_notes(keep_id, old_text, snapshot)

        self.edits.push_simple(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Merge post-its")), apply, revert, NOTES
        )
