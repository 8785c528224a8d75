"""The Workshop's edits of the network's core (partners, purpose, resources, activities):
add, edit, move and remove entries, each one undo step. The Workshop holds one
(`workshop.core_edits`), sharing its undoable edits and open network.
"""

from __future__ import annotations

from app.ui.control.commands import QT_TRANSLATE_NOOP, UndoText
from app.ui.control.parts import CORE
from app.ui.control.undoable import NetworkEdits


class CoreEdits(NetworkEdits):
    """The core's entries of the open network, as undo steps."""

    def add_core_entry(self, kind: str, text: str) -> int:
        network_id = self._network()
        return self.edits.push_create(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Add to the core")),
            lambda: self.store.lines.add_core_entry(network_id, kind, text),
            self.store.lines.delete_core_entry,
            CORE,
        )

    def edit_core_entry(self, entry_id: int, text: str) -> None:
        entry = next(e for e in self.contents.core if e.id == entry_id)
        self.edits.edit_field(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit the core")),
            ("core", entry_id),
            entry.text,
            text,
            lambda value: self.store.lines.edit_core_entry(entry_id, value),
            CORE,
        )

    def move_core_entry(self, entry_id: int, index: int) -> None:
        entry = next(e for e in self.contents.core if e.id == entry_id)
        siblings = [e for e in self.contents.core if e.kind == entry.kind]
        old_index = siblings.index(entry)
        if index == old_index or not 0 <= index < len(siblings):
            return
        self.edits.push_simple(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Move in the core")),
            lambda: self.store.lines.move_core_entry(entry_id, index),
            lambda: self.store.lines.move_core_entry(entry_id, old_index),
            CORE,
        )

    def delete_core_entry(self, entry_id: int) -> None:
        self.edits.push_delete(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Remove from the core")),
            lambda: self.store.lines.delete_core_entry(entry_id),
            CORE,
        )
