"""Undo commands. Every edit the program makes on the store goes through one of these.

An edit is done first, directly, so that a store error reaches the caller (Qt would swallow
an exception raised inside `redo`); it is then pushed as done, so QUndoStack's first call of
`redo` (inside `push`) does nothing. Later undo and redo call `revert` and `apply`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

from PySide6.QtGui import QUndoCommand

from app.core.changes import Origin

# Around an undo or a redo: the Workshop's `replaying`, so its notices say how they came about.
Replaying = Callable[[Origin], AbstractContextManager[object]]


def no_replaying(_origin: Origin) -> AbstractContextManager[object]:
    return nullcontext()


FIELD_EDIT_ID = 1000  # QUndoCommand.id() of typing edits, so they can merge


class Change(QUndoCommand):
    """A done edit given as two callables: `apply` does it again, `revert` undoes it."""

    def __init__(
        self,
        text: str,
        apply: Callable[[], None],
        revert: Callable[[], None],
        replaying: Replaying = no_replaying,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._replaying = replaying
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the call inside QUndoStack.push: the edit is done already
            self._pushed = True
            return
        with self._replaying(Origin.REDO):
            self._apply()

    def undo(self) -> None:
        with self._replaying(Origin.UNDO):
            self._revert()


class FieldEdit(Change):
    """Typing into one field: consecutive edits of the same field merge into one undo step.

    `write(value)` stores a value and lets the views follow.
    """

    def __init__(
        self,
        text: str,
        field: tuple[object, ...],
        old: object,
        new: object,
        write: Callable[[object], None],
        replaying: Replaying = no_replaying,
    ) -> None:
        super().__init__(text, lambda: write(self.new), lambda: write(self.old), replaying)
        self.field = field
        self.old = old
        self.new = new

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.field != self.field:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True
