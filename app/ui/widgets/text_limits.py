"""Text fields that keep to the store's limits (app.core.limits) and say so when they do.

A one-line field gets `setMaxLength`. A multi-line field gets a `TextLimit`: typing or pasting
past the limit keeps what fits and shows, beside the cursor, a message saying how many
characters the field holds and that the rest was not added. The store checks the same limits,
so nothing a form accepts is refused on saving.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QObject, QPersistentModelIndex, QPoint, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)


def _utf16_length(text: str) -> int:
    """Qt's text positions count UTF-16 units; Python and the store count characters."""
    return len(text.encode("utf-16-le")) // 2


class TextLimit(QObject):
    """Keeps `editor` within `limit` characters (see the module's docstring)."""

    refused = Signal(str)  # the message shown, after an edit went past the limit

    def __init__(self, editor: QPlainTextEdit, limit: int) -> None:
        super().__init__(editor)
        self.editor = editor
        self.limit = limit
        self._trimming = False
        # Tab moves on to the next field, as in every other field: a text field that keeps Tab
        # traps a keyboard user (WCAG 2.1.2). A story has no use for a tab character.
        editor.setTabChangesFocus(True)
        # Connected before any other slot: what is saved on textChanged is already in bounds.
        editor.textChanged.connect(self._check)

    def message(self) -> str:
        return self.tr("This field holds at most %1 characters; the rest was not added.").replace(
            "%1", QLocale().toString(self.limit)
        )

    def _check(self) -> None:
        if self._trimming:
            return
        text = self.editor.toPlainText()
        excess = len(text) - self.limit
        if excess <= 0:
            return
        cursor = self.editor.textCursor()
        # The characters just typed or pasted end at the cursor: take the excess from those.
        end = len(text.encode("utf-16-le")[: cursor.position() * 2].decode("utf-16-le", "ignore"))
        start = max(0, end - excess)
        self._trimming = True
        try:
            cursor.setPosition(_utf16_length(text[:start]))
            cursor.setPosition(_utf16_length(text[:end]), QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            self.editor.setTextCursor(cursor)
        finally:
            self._trimming = False
        message = self.message()
        QApplication.beep()
        corner = self.editor.cursorRect().bottomRight()
        QToolTip.showText(self.editor.viewport().mapToGlobal(corner + QPoint(4, 4)), message)
        self.refused.emit(message)


def limit_text(editor: QPlainTextEdit, limit: int) -> TextLimit:
    """Give a multi-line field its limit; the `TextLimit` lives as long as the editor."""
    return TextLimit(editor, limit)


def limit_line(editor: QLineEdit, limit: int) -> QLineEdit:
    """Give a one-line field its limit (Qt refuses what goes past it)."""
    editor.setMaxLength(limit)
    return editor


def ask_text(
    parent: QWidget, title: str, label: str, limit: int, text: str = ""
) -> tuple[str, bool]:
    """`QInputDialog.getText` with the field limited to `limit` characters."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setMaxLength(limit)
    dialog.setTextValue(text[:limit])
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted


class LimitedItems(QStyledItemDelegate):
    """Edits the cells of a list or table in a field limited to `limit` characters."""

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self.limit)
        return editor
