"""Undo commands. Every edit the program makes on the store goes through one of these."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count

from PySide6.QtGui import QUndoCommand

_merge_ids = count(1000)
FIELD_EDIT_ID = next(_merge_ids)


class Change(QUndoCommand):
    """An edit given as two callables: `apply` does it, `revert` undoes it.

    `already_applied` is for changes the user has made directly on screen (a ring turned by
    hand): pushing them must not do them a second time.
    """

    def __init__(
        self,
        text: str,
        apply: Callable[[], None],
        revert: Callable[[], None],
        already_applied: bool = False,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self._revert = revert
        self._skip_first_redo = already_applied

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._apply()

    def undo(self) -> None:
        self._revert()


class FieldEdit(QUndoCommand):
    """Typing into one field: consecutive edits of the same field merge into one undo step.

    `write(value)` stores a value and lets the views follow. The typing itself is already in
    the field and (with `already_applied`) already stored when the edit is pushed.
    """

    def __init__(
        self,
        text: str,
        field: tuple[object, ...],
        old: object,
        new: object,
        write: Callable[[object], None],
        already_applied: bool = False,
    ) -> None:
        super().__init__(text)
        self.field = field
        self.old = old
        self.new = new
        self._write = write
        self._skip_first_redo = already_applied

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.field != self.field:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)
