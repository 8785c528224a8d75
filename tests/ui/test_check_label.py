"""A check box with a wrapping text: the text wraps in a narrow place, a click on it and its
shortcut letter toggle the box, and a disabled box is not toggled through its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from app.ui.widgets.check_label import CheckLabel, wrapping_check


def test_the_text_wraps_and_toggles_the_box(qtbot) -> None:
    box = QCheckBox()
    label = CheckLabel(box)
    label.setText("Phones may tell &stories of change")
    row = wrapping_check(box, label)
    qtbot.addWidget(row)
    one_line = label.fontMetrics().horizontalAdvance("Phones may tell stories of change")
    assert row.minimumSizeHint().width() < one_line  # narrower than the text on one line
    row.resize(120, 100)
    with qtbot.waitActive(row):  # shortcuts go to the active window only
        row.show()
        row.activateWindow()
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
    qtbot.keyClick(row, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(box.isChecked)  # the shortcut clicks the box (animated)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    assert box.hasFocus()
    box.setEnabled(False)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
