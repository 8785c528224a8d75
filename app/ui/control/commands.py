"""Undo commands. Every edit the program makes on the store goes through one of these.

An edit is done first, directly, so that a store error reaches the caller (Qt would swallow
an exception raised inside `redo`); it is then pushed as done, so QUndoStack's first call of
`redo` (inside `push`) does nothing. Later undo and redo call `revert` and `apply`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

FIELD_EDIT_ID = 1000  # QUndoCommand.id() of typing edits, so they can merge


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # lupdate's own name
    """Marks `source` for lupdate (in `context`) and returns it untranslated, typed as str
    (PySide6's own is typed as returning object)."""
    return source


@dataclass(frozen=True, slots=True)
class UndoText:
    """What an undo step is called, kept untranslated so it follows a language switch: the
    English source (marked for lupdate with QT_TRANSLATE_NOOP("Workshop", …)) and what goes
    in its %1 (a line's title)."""

    source: str
    argument: str = ""

    def shown(self) -> str:
        translated = QCoreApplication.translate("Workshop", self.source)
        return translated.replace("%1", self.argument)


def shown(text: str | UndoText) -> str:
    return text.shown() if isinstance(text, UndoText) else text


def retranslate_stack(stack: QUndoStack) -> None:
    """Name every step of `stack` in the language now installed."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, Change):
            command.retranslate()


class Change(QUndoCommand):
    """A done edit given as two callables: `apply` does it again, `revert` undoes it."""

    def __init__(
        self, text: str | UndoText, apply: Callable[[], None], revert: Callable[[], None]
    ) -> None:
        super().__init__(shown(text))
        self._name = text
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

    def retranslate(self) -> None:
        self.setText(shown(self._name))


class FieldEdit(Change):
    """Typing into one field: consecutive edits of the same field merge into one undo step.

    `write(value)` stores a value and lets the views follow.
    """

    def __init__(
        self,
        text: str | UndoText,
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
