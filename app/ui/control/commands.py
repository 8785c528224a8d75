"""Undo commands. Every edit the program makes on the store goes through one of these.

An edit is done first, directly, so that a store error reaches the caller (Qt would swallow
an exception raised inside `redo`); it is then pushed as done, so QUndoStack's first call of
`redo` (inside `push`) does nothing. Later undo and redo call `revert` and `apply`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.core.changes import Origin, Part

if TYPE_CHECKING:
    from db.records import Snapshot
    from db.store import Store

# Around an undo or a redo: the Workshop's `replaying`, so its notices say how they came about.
Replaying = Callable[[Origin], AbstractContextManager[object]]


def no_replaying(_origin: Origin) -> AbstractContextManager[object]:
    return nullcontext()


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
        self,
        text: str | UndoText,
        apply: Callable[[], None],
        revert: Callable[[], None],
        replaying: Replaying = no_replaying,
    ) -> None:
        super().__init__(shown(text))
        self._name = text
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


class Emitting(Change):
    """An edit of the store that tells the Workshop which parts it touched after every do,
    undo and redo (`emit`); subclasses say what doing and undoing is."""

    def __init__(
        self,
        text: str | UndoText,
        emit: Callable[..., None],
        parts: tuple[Part, ...],
        replaying: Replaying,
    ) -> None:
        super().__init__(text, self._redo_edit, self._undo_edit, replaying)
        self._emit = emit
        self._parts = parts

    def do(self) -> None:
        """Do the edit the first time (before the push); a store error reaches the caller."""
        self._redo_edit()

    def _redo_edit(self) -> None:
        self._emit(*self._parts, wrote=self.apply_edit())

    def _undo_edit(self) -> None:
        self._emit(*self._parts, wrote=self.revert_edit())

    def apply_edit(self) -> object:
        """Do the edit; return what the store wrote (its records, a delete's snapshot)."""
        raise NotImplementedError

    def revert_edit(self) -> object:
        """Undo the edit; return what the store wrote (its records, a delete's snapshot)."""
        raise NotImplementedError


class SimpleEdit(Emitting):
    """An edit given as a pair of store calls: `apply` does it, `revert` undoes it."""

    def __init__(
        self,
        text: str | UndoText,
        apply: Callable[[], object],
        revert: Callable[[], object],
        emit: Callable[..., None],
        parts: tuple[Part, ...],
        replaying: Replaying = no_replaying,
    ) -> None:
        super().__init__(text, emit, parts, replaying)
        self._do_store, self._undo_store = apply, revert

    def apply_edit(self) -> object:
        return self._do_store()

    def revert_edit(self) -> object:
        return self._undo_store()


class CreateRecord(Emitting):
    """Create a record; undo deletes it (keeping a snapshot), redo puts the same record (same
    id) back from that snapshot."""

    def __init__(
        self,
        text: str | UndoText,
        store: Store,
        create: Callable[[], Any],
        delete: Callable[[int], Snapshot],
        emit: Callable[..., None],
        parts: tuple[Part, ...],
        replaying: Replaying = no_replaying,
    ) -> None:
        super().__init__(text, emit, parts, replaying)
        self._store, self._create, self._delete = store, create, delete
        self.created_id: int | None = None
        self._snapshot: Snapshot | None = None

    def apply_edit(self) -> object:
        if self.created_id is None:
            created = self._create()
            self.created_id = created.id
            return created
        assert self._snapshot is not None  # undone before it is redone
        self._store.networks.restore(self._snapshot)
        return None  # what came back is read again

    def revert_edit(self) -> object:
        assert self.created_id is not None
        self._snapshot = self._delete(self.created_id)
        return self._snapshot


class DeleteRecords(Emitting):
    """Delete records (`delete` returns their snapshot); undo puts them back, same ids."""

    def __init__(
        self,
        text: str | UndoText,
        store: Store,
        delete: Callable[[], Snapshot],
        emit: Callable[..., None],
        parts: tuple[Part, ...],
        replaying: Replaying = no_replaying,
    ) -> None:
        super().__init__(text, emit, parts, replaying)
        self._store, self._delete = store, delete
        self._snapshot: Snapshot | None = None

    def apply_edit(self) -> object:
        self._snapshot = self._delete()
        return self._snapshot

    def revert_edit(self) -> object:
        assert self._snapshot is not None
        self._store.networks.restore(self._snapshot)
        return None  # what came back is read again
