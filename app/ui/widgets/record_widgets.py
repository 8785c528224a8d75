"""Small widgets every record panel uses: the empty-state message, the Add/Edit/Delete row,
the ↑/↓ buttons that move a record in its list, and plain text put into an editor without
disturbing the typist."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)


def empty_state_label() -> QLabel:
    """The centred, wrapped, plain-text message a panel shows when it has nothing to show."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(24)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def move_buttons(
    earlier_tip: str, later_tip: str, move: Callable[[int], object]
) -> tuple[QPushButton, QPushButton]:
    """A narrow ↑ and ↓ button with their tooltips, calling `move(-1)` and `move(+1)`."""
    buttons = []
    for arrow, tip, step in (("↑", earlier_tip, -1), ("↓", later_tip, +1)):
        button = QPushButton(arrow)
        button.setToolTip(tip)
        button.setFixedWidth(button.fontMetrics().horizontalAdvance("↑") + 18)
        button.clicked.connect(lambda _checked=False, step=step: move(step))
        buttons.append(button)
    return buttons[0], buttons[1]


def set_plain_text(editor: QPlainTextEdit | QLineEdit, text: str) -> None:
    """Show `text` in an editor unless it already shows it (keeps the cursor while typing).

    The store trims names and titles, so a space just typed at the end is not a difference.
    """
    current = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
    if current.strip() != text.strip():
        blocked = editor.blockSignals(True)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)
        editor.blockSignals(blocked)


class RecordButtons(QWidget):
    """The row under a list of records: Add…, Edit…, any extra buttons, Delete.

    Edit and Delete (and the extras) act on the chosen record, so `set_chosen` enables them.
    """

    def __init__(
        self, add_text: str, extras: Sequence[QWidget] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.add = QPushButton(add_text)
        self.edit = QPushButton(self.tr("Edit…"))
        self.delete = QPushButton(self.tr("Delete"))
        self.extras = tuple(extras)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.add, self.edit, *self.extras, self.delete):
            layout.addWidget(button)
        layout.addStretch(1)

    def set_chosen(self, chosen: bool) -> None:
        for button in (self.edit, *self.extras, self.delete):
            button.setEnabled(chosen)
