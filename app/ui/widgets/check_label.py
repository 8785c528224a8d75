"""A check box whose text wraps: Qt draws a check box's text on one line, so a long text (in
Dutch, or in a large font) makes a narrow panel wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget


class CheckLabel(QLabel):
    """The check box's text, wrapped; a click on it toggles the box, and its shortcut
    (the "&" letter) clicks the box as a check box's own shortcut would."""

    def __init__(self, box: QCheckBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setBuddy(box)  # a button buddy is clicked by the label's shortcut

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.toggle()
        super().mouseReleaseEvent(event)


def wrapping_check(box: QCheckBox, label: CheckLabel) -> QWidget:
    """The box and its label side by side, the box at the label's first line."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    return row
