"""The Workshop's edits of what a network learns along its lines: indicators, the learning
path (moments and measurements) and the workshop's post-its. Each is one undo step.

The Workshop holds one (`workshop.learning`), sharing its undoable edits and open network.
"""

from __future__ import annotations

from typing import Any

from app.core.model import IndicatorKind
from app.ui.control.commands import QT_TRANSLATE_NOOP, UndoText
from app.ui.control.parts import INDICATORS, MEASUREMENTS, MOMENTS, NOTES
from app.ui.control.undoable import NetworkEdits


class LearningEdits(NetworkEdits):
    """Indicators, moments, measurements and post-its of the open network, as undo steps."""

    # --- indicators ------------------------------------------------------------------------

    def add_indicator(
        self, line_id: int, step_key: str, name: str, kind: IndicatorKind, **plan: Any
    ) -> int:
        return self.edits.push_create(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Add indicator")),
            lambda: self.store.lines.add_indicator(line_id, step_key, name, kind, **plan),
            self.store.lines.delete_indicator,
            INDICATORS,
        )

    def update_indicator(self, indicator_id: int, **changes: Any) -> None:
        self.edits.push_update(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit indicator")),
            self.store.lines.get_indicator(indicator_id),
            changes,
            self.store.lines.update_indicator,
            INDICATORS,
        )

    def delete_indicator(self, indicator_id: int) -> None:
        self.edits.push_delete(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Delete indicator")),
            lambda: self.store.lines.delete_indicator(indicator_id),
            INDICATORS,
            MEASUREMENTS,
        )

    # --- the learning path -----------------------------------------------------------------

    def next_moment_label(self) -> str:
        used = {moment.label for moment in self.contents.moments}
        for code in range(ord("A"), ord("Z") + 1):
            if chr(code) not in used:
                return chr(code)
        return str(len(used) + 1)

    def add_moment(self, label: str, date: Any = None, focus: str = "", learnings: str = "") -> int:
        network_id = self._network()
        return self.edits.push_create(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Add moment")),
            lambda: self.store.learning.add_moment(network_id, label, date, focus, learnings),
            self.store.learning.delete_moment,
            MOMENTS,
        )

    def update_moment(self, moment_id: int, **changes: Any) -> None:
        self.edits.push_update(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit moment")),
            self.store.learning.get_moment(moment_id),
            changes,
            self.store.learning.update_moment,
            MOMENTS,
        )

    def delete_moment(self, moment_id: int) -> None:
        self.edits.push_delete(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Delete moment")),
            lambda: self.store.learning.delete_moment(moment_id),
            MOMENTS,
            MEASUREMENTS,
            NOTES,
        )

    def move_moment(self, moment_id: int, index: int) -> None:
        """Put a moment at place `index` of the learning path, by hand (undo: the old order)."""
        network_id = self._network()
        before = [moment.id for moment in self.contents.moments]
        if moment_id not in before or before.index(moment_id) == index:
            return
        by_hand = any(moment.position for moment in self.contents.moments)
        after = [other for other in before if other != moment_id]
        after.insert(index, moment_id)
        self.edits.push_simple(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Move moment")),
            lambda: self.store.learning.set_moment_order(network_id, after),
            # Undo: the old hand order, or (if the path ran by date) by date again.
            lambda: self.store.learning.set_moment_order(network_id, before if by_hand else None),
            MOMENTS,
            MEASUREMENTS,
        )

    def save_entry(
        self, indicator_id: int, moment_id: int, entry_id: int | None, **values: Any
    ) -> int | None:
        """Record, change or (all fields empty) clear one entry of an indicator at a moment:
        value, text, note, source, measured_on. Returns the entry's id (None once cleared)."""
        empty = (
            values.get("value") is None
            and not str(values.get("text", "")).strip()
            and not str(values.get("note", "")).strip()
            and not str(values.get("source", "")).strip()
            and values.get("measured_on") is None
        )
        if entry_id is None:
            if empty:
                return None
            return self.edits.push_create(
                UndoText(QT_TRANSLATE_NOOP("Workshop", "Add measurement")),
                lambda: self.store.learning.add_measurement(indicator_id, moment_id, **values),
                self.store.learning.delete_measurement,
                MEASUREMENTS,
            )
        if empty:
            self.edits.push_delete(
                UndoText(QT_TRANSLATE_NOOP("Workshop", "Clear measurement")),
                lambda: self.store.learning.delete_measurement(entry_id),
                MEASUREMENTS,
            )
            return None
        self.edits.push_update(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit measurement")),
            self.store.learning.get_measurement(entry_id),
            values,
            self.store.learning.update_measurement,
            MEASUREMENTS,
        )
        return entry_id

    def set_target(
        self, indicator_id: int, moment_id: int, value: float | None, text: str, reason: str
    ) -> int:
        """A new target for a moment; the one before stays in its history (undo removes it)."""
        return self.edits.push_create(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Set target")),
            lambda: self.store.learning.set_target(indicator_id, moment_id, value, text, reason),
            self.store.learning.delete_target,
            MEASUREMENTS,
        )

    # --- post-its ----------------------------------------------------------------------------

    def add_note(
        self, segment_key: str, text: str, colour: str, moment_id: int | None = None
    ) -> int:
        network_id = self._network()
        return self.edits.push_create(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Add post-it")),
            lambda: self.store.notes.add_note(network_id, segment_key, text, colour, moment_id),
            self.store.notes.delete_note,
            NOTES,
        )

    def update_note(self, note_id: int, **changes: Any) -> None:
        old = self.store.notes.get_note(note_id)
        moved_only = {f for f, v in changes.items() if getattr(old, f) != v} == {"segment_key"}
        text = (
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Move post-it"))
            if moved_only
            else UndoText(QT_TRANSLATE_NOOP("Workshop", "Edit post-it"))
        )
        self.edits.push_update(text, old, changes, self.store.notes.update_note, NOTES)

    def delete_note(self, note_id: int) -> None:
        self.edits.push_delete(
            UndoText(QT_TRANSLATE_NOOP("Workshop", "Delete post-it")),
            lambda: self.store.notes.delete_note(note_id),
            NOTES,
        )
