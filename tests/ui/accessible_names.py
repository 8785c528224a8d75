"""What a screen reader would call each control of a window: Qt's accessible name, which is
the widget's own accessible name, else its text, else its buddy label's text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def is_control(widget: QWidget) -> bool:
    """A widget a person operates (not a part Qt builds inside another control)."""
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return False  # Qt's own parts: scroll bars, headers, corner and menu-bar buttons
    if isinstance(widget, QTabWidget):
        return False  # a container: its tab bar is the control
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return False  # a scroll area's viewport: the area itself is the control
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            return False  # a combo box's or spin box's line edit, a line edit's clear button
        parent = parent.parentWidget()
    if isinstance(widget, CONTROLS):
        return True
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def unnamed_controls(root: QWidget) -> list[str]:
    """Every control in `root` (shown or not) without an accessible name, described."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if is_control(widget) and not accessible_name(widget):
            path = []
            node: QWidget | None = widget
            while node is not None and node is not root:
                path.append(f"{type(node).__name__}({node.objectName()})")
                node = node.parentWidget()
            text = getattr(widget, "toolTip", lambda: "")()
            found.append(" < ".join(path) + (f" tooltip={text!r}" if text else ""))
    return found
