"""The wheel shows when it has the keyboard focus (WCAG 2.4.7): a ring in the margin."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from app.canvas.view import FOCUS_RING_GAP, WheelView
from app.core.wheel_layout import PALETTES, contrast_ratio


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_the_wheel_shows_the_keyboard_focus(qtbot, model, palette, tmp_path: Path) -> None:
    host = QWidget()
    layout = QVBoxLayout(host)
    other = QLineEdit()
    view = WheelView(model, palette=palette)
    layout.addWidget(other)
    layout.addWidget(view)
    qtbot.addWidget(host)
    host.resize(600, 700)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    # The top of the focus ring, in the margin above the wheel.
    top = view.mapFromScene(QPointF(0, -(view.wheel.radius + FOCUS_RING_GAP)))
    top.setX(top.x() + 25)  # beside the 12 o'clock pointer

    def colour_there() -> QColor:
        image = view.viewport().grab().toImage()
        return QColor(image.pixel(top))

    other.setFocus()
    qtbot.waitUntil(lambda: other.hasFocus())
    view.viewport().grab().save(str(tmp_path / f"unfocused-{palette.name}.png"))
    assert colour_there().name() == palette.background
    # Tab brings the keyboard to the wheel: the ring shows it.
    QTest.keyClick(other, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: view.hasFocus())
    view.viewport().grab().save(str(tmp_path / f"focused-{palette.name}.png"))
    assert contrast_ratio(colour_there().name(), palette.background) >= 3.0
    # Focus the program gives (a network opened) shows no ring until a key is pressed.
    other.setFocus()
    view.setFocus()
    qtbot.waitUntil(lambda: view.hasFocus())
    assert colour_there().name() == palette.background
    QTest.keyClick(view, Qt.Key.Key_1)
    assert contrast_ratio(colour_there().name(), palette.background) >= 3.0
