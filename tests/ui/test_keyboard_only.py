"""A whole session without a mouse: every step is a key press sent to whatever has the
keyboard focus (or a shortcut), and fields are reached with Tab, as a partner who cannot use
a mouse would work. Dialogs that wait (exec) get their keys from a timer while they wait."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QTabWidget, QWidget

from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.shell.application import build_window
from app.ui.shell.main_window import MainWindow
from db.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:
    switcher = LanguageSwitcher(qapp)
    settings = Settings.in_file(tmp_path / "settings.ini")
    settings.language = "nl"
    switcher.use("nl")
    store = Store.open(tmp_path / "s.sqlite")
    window = build_window(store, settings, switcher)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    _windows.append(window)
    yield window
    _windows.clear()
    if window.presentation is not None:
        window.presentation.close()
    if window.room.is_open:
        window.room.close()
    switcher.use("en")
    store.close()


_windows: list[QWidget] = []  # the main window, given the keyboard back after a dialog


def focused() -> QWidget:
    if QApplication.activeWindow() is None and _windows:
        # What the window manager does when a dialog closes (the offscreen platform does not).
        _windows[-1].activateWindow()
        QTest.qWait(10)
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(code: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """Press a key where the keyboard focus is, as the keyboard would."""
    QTest.keyClick(focused(), code, modifier)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(wanted: QWidget | Callable[[QWidget], bool], limit: int = 400) -> QWidget:
    """Press Tab until the focus reaches `wanted` (a widget, or a test on the focus widget):
    it must be reachable in the Tab order."""
    test = wanted if callable(wanted) and not isinstance(wanted, QWidget) else None
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and (test(widget) if test else widget is wanted):
            return widget
        key(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {wanted!r}; the focus is on {focused()!r}")


def choose_tab(tabs: QTabWidget, title: str) -> None:
    """Reach the tab bar with Tab and pick a page with the arrow keys."""
    tab_to(lambda widget: widget is tabs.tabBar())
    bar: QTabBar = tabs.tabBar()
    for _ in range(bar.count()):
        if bar.tabText(bar.currentIndex()).replace("&", "") == title:
            return
        key(Qt.Key.Key_Right)
    raise AssertionError(f"no tab {title!r}")


def in_next_dialog(steps: Callable[[QWidget], None]) -> None:
    """Run `steps` (key presses) on the next modal dialog, while its exec() waits."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or focus is None or not dialog.isAncestorOf(focus):
            QTimer.singleShot(20, run)  # not shown yet, or the keyboard not in it yet
            return
        steps(dialog)

    QTimer.singleShot(0, run)


def test_a_whole_session_with_the_keyboard_alone(qtbot, window: MainWindow, tmp_path) -> None:
    workshop = window.workshop

    # Create a network: Ctrl+N, type its name, Enter.
    def name_network(dialog: QWidget) -> None:
        type_text("Netwerk zonder muis")
        key(Qt.Key.Key_Return)

    in_next_dialog(name_network)
    key(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: workshop.has_network)
    assert workshop.contents.network.name == "Netwerk zonder muis"

    # Fill the core: the Core tab of the panel, then the partners' entry field.
    choose_tab(window.tabs, "Kern")
    partners = window.core_panel.parts["core.partners"]
    tab_to(partners.entry)
    type_text("Gemeente Leiden")
    key(Qt.Key.Key_Return)
    assert [e.text for e in workshop.contents.core] == ["Gemeente Leiden"]

    # Turn to a line: the wheel, ring 2, one segment on.
    tab_to(window.view)
    before = window.scene.arrangement()
    key(Qt.Key.Key_2)
    with qtbot.waitSignal(window.scene.arrangementSettled, timeout=5000):
        key(Qt.Key.Key_Right)
    assert window.scene.arrangement().indices[1] != before.indices[1]
    assert window.scene.arrangement().indices[0] == before.indices[0]

    # Write the stories of its steps, in the Reasoning line tab.
    choose_tab(window.tabs, "Redeneerlijn")
    for index, editor in enumerate(window.line_panel.steps[:2]):
        tab_to(editor.story)
        type_text(f"Verhaal van stap {index + 1}")
    key(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: len(workshop.contents.lines) == 1)
    line = workshop.contents.lines[0]
    assert [s.story for s in line.steps[:2]] == ["Verhaal van stap 1", "Verhaal van stap 2"]
