"""Edit → Undo and Redo, named in the language shown and readable as a sentence.

Qt's own `createUndoAction` fixes its "Undo %1" when made, so after a language switch the
menu still said "wiel draaien ongedaan maken"; and it puts the step's name in as it is, lower
case in Dutch. Here the steps are renamed on every switch (`commands.UndoText`) and the
action reads "Wiel draaien ongedaan maken" / "Undo turn the wheel".
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from shiboken6 import isValid

from app.ui.control.commands import retranslate_stack


def sentence(template: str, step: str) -> str:
    """`template` ("Undo %1", "%1 ongedaan maken") around `step`, read as one sentence: the
    step's first letter small inside it, the sentence's first letter capital."""
    inner = step[:1].lower() + step[1:] if step[1:2].islower() or len(step) == 1 else step
    text = template.replace("%1", inner).strip()
    return text[:1].upper() + text[1:]


class UndoActions(QObject):
    """The Undo and Redo actions of one undo stack."""

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack
        self.undo = QAction(parent)
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo.triggered.connect(stack.undo)
        self.redo = QAction(parent)
        self.redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self.redo.triggered.connect(stack.redo)
        stack.indexChanged.connect(self.name_actions)
        stack.cleanChanged.connect(self.name_actions)
        self.name_actions()

    def retranslate(self) -> None:
        """Rename every step and the actions in the language now installed."""
        retranslate_stack(self.stack)
        self.name_actions()

    def name_actions(self) -> None:
        """Enable the two actions and name them after the steps they would undo and redo."""
        stack = self.stack
        if not isValid(stack):  # the stack empties itself as it is destroyed, and says so
            return
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        self.undo.setText(
            sentence(self.tr("Undo %1"), stack.undoText()) if stack.canUndo() else self.tr("Undo")
        )
        self.redo.setText(
            sentence(self.tr("Redo %1"), stack.redoText()) if stack.canRedo() else self.tr("Redo")
        )
