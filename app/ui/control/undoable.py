"""The shapes of an undoable edit (simple, typing, create, update, delete), each done once
and then pushed as done (`app.ui.control.commands` says why). The Workshop holds one, giving it the
store, its undo stack and how to say which parts an edit touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack

from app.core.changes import Part
from app.ui.control.commands import (
    CreateRecord,
    DeleteRecords,
    Emitting,
    FieldEdit,
    Replaying,
    SimpleEdit,
    UndoText,
    no_replaying,
)
from db.errors import EditConflictError, NotFoundError
from db.records import NetworkContents, Snapshot

if TYPE_CHECKING:
    from db.store import Store


class UndoableEdits:
    """Does an edit through `store`, pushes its undo step onto `undo_stack`, and after every
    do, undo and redo calls `emit` with the parts (NETWORK, CORE, …) the edit touched and
    what the store wrote (`wrote=`: its records, a delete's snapshot, or None)."""

    def __init__(
        self,
        store: Store,
        undo_stack: QUndoStack,
        emit: Callable[..., None],
        replaying: Replaying = no_replaying,
        stale: Callable[[], None] = lambda: None,
    ) -> None:
        self.store = store
        self.undo_stack = undo_stack
        self._emit = emit
        self.replaying = replaying
        """Give each undo command this, so its undo and redo are told apart from edits."""
        self._stale = stale
        """Called when an edit was refused because someone else changed or removed its record
        meanwhile (a team store): the views should show what is stored now."""

    def push_simple(
        self,
        text: str | UndoText,
        apply: Callable[[], object],
        revert: Callable[[], object],
        *parts: Part,
    ) -> None:
        apply, revert = self._guarded(apply), self._guarded(revert)
        self._push(SimpleEdit(text, apply, revert, self._emit, parts, self.replaying))

    def _guarded(self, write: Callable[..., Any]) -> Callable[..., Any]:
        """`write`, which when refused because someone else changed or removed its record
        meanwhile (an undo or a redo too) lets the views show what is stored, then raises."""

        def guarded(*values: Any) -> Any:
            try:
                return write(*values)
            except (EditConflictError, NotFoundError):
                self._stale()
                raise

        return guarded

    def _push(self, command: Emitting) -> None:
        try:
            command.do()  # first, so that a store error reaches the caller (see commands)
        except (EditConflictError, NotFoundError):
            if not isinstance(command, SimpleEdit):  # (a simple edit's write said so already)
                self._stale()
            raise  # nothing was written, and no undo step is recorded
        self.undo_stack.push(command)

    def edit_field(
        self,
        text: str | UndoText,
        field: tuple[object, ...],
        old: object,
        new: object,
        write: Callable[[Any], object],
        *parts: Part,
    ) -> None:
        if old == new:
            return

        guarded = self._guarded(write)

        def store(value: object) -> None:
            self._emit(*parts, wrote=guarded(value))

        store(new)  # refused: nothing was written, and no undo step is recorded
        self.undo_stack.push(FieldEdit(text, field, old, new, store, self.replaying))

    def push_create(
        self,
        text: str | UndoText,
        create: Callable[[], Any],
        delete: Callable[[int], Snapshot],
        *parts: Part,
    ) -> int:
        """Create something; undo deletes it, redo puts the same object (same id) back."""
        command = CreateRecord(text, self.store, create, delete, self._emit, parts, self.replaying)
        self._push(command)
        assert command.created_id is not None
        return command.created_id

    def push_update(
        self,
        text: str | UndoText,
        record: Any,
        changes: dict[str, Any],
        update: Callable[..., object],
        *parts: Part,
        seen: int | None = None,
    ) -> None:
        """Change the fields of `record` that differ from `changes`; nothing if none do.

        `seen`: the record's version the edit was made from (a dialog opened on it); the
        store refuses the edit if someone else saved the record since (`EditConflictError`).
        Undo and redo write without that check."""
        new = {field: value for field, value in changes.items() if getattr(record, field) != value}
        if not new:
            return
        old = {field: getattr(record, field) for field in new}
        first = [seen is not None]

        def apply() -> object:
            if first[0]:
                first[0] = False
                return update(record.id, seen=seen, **new)
            return update(record.id, **new)

        self.push_simple(text, apply, lambda: update(record.id, **old), *parts)

    def push_delete(
        self, text: str | UndoText, delete: Callable[[], Snapshot], *parts: Part
    ) -> None:
        """Delete something; undo puts it back with the same ids."""
        self._push(DeleteRecords(text, self.store, delete, self._emit, parts, self.replaying))


class NetworkEdits:
    """A group of the Workshop's edits on its open network (the core's, the learning path's,
    many post-its at once): they share its undoable edits and read its open network's id and
    contents through `network` and `contents`."""

    def __init__(
        self,
        edits: UndoableEdits,
        network: Callable[[], int],
        contents: Callable[[], NetworkContents],
    ) -> None:
        self.edits = edits
        self.store = edits.store
        self._network = network
        self._contents = contents

    @property
    def contents(self) -> NetworkContents:
        return self._contents()
