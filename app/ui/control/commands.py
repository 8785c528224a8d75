"""Undo commands. Every edit the program makes on the store goes through one of these.

An edit is done first, directly, so that a store error reaches the caller (Qt would swallow
an exception raised inside `redo`); it is then pushed as done, so QUndoStack's first call of
`redo` (inside `push`) does nothing. Later undo and redo call `revert` and `apply`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

FIELD_EDIT_ID = 1000  # QUndoCommand.id() of typing edits, so they can merge


class Change(QUndoCommand):
    """A done edit given as two callables: `apply` does it again, `revert` undoes it."""

    def __init__(self, text: str, apply: Callable[[], None], revert: Callable[[], None]) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the call inside QUndoStack.push: the edit is done already
            self._pushed = True
            return
        self._apply()

    def undo(self) -> None:
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
    ) -> None:
        super().__init__(text, lambda: write(self.new), lambda: write(self.old))
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
