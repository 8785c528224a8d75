"""A whole session without a mouse: every step is a key press sent to whatever has the
keyboard focus (or a shortcut), and fields are reached with Tab, as a partner who cannot use
a mouse would work. Dialogs that wait (exec) get their keys from a timer while they wait."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar, QTabWidget, QWidget, QWizard

from app.core.model import IndicatorKind
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.dialogs.indicator_form import IndicatorForm
from app.ui.dialogs.moment_dialog import MomentDialog
from app.ui.panels.indicator_trend import VALUE, EntryTable
from app.ui.shell.application import build_window
from app.ui.shell.help_window import HelpWindow
from app.ui.shell.main_window import MainWindow
from db.store import Store
from tests.ui.test_room import phone_posts

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


def key_from_loop(qtbot, code: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    """Press a key from inside the event loop, where a keyboard's presses arrive: what it
    opens (dialogs after dialogs) runs as in the program, not nested in the test's call."""
    done: list[bool] = []

    def press() -> None:
        key(code, modifier)
        done.append(True)

    QTimer.singleShot(0, press)
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)


def type_text(text: str) -> None:
    """Type `text` one key at a time, each to where the focus is then (the first key into a
    table cell opens its editor, which takes the rest)."""
    for character in text:
        QTest.keyClicks(focused(), character)


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
    current = QApplication.activeModalWidget()  # when called from a dialog: not that one

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        if dialog is None or dialog is current or focus is None or not dialog.isAncestorOf(focus):
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

    # Post-its: the scribe's bar under the wheel, one per Enter.
    tab_to(window.desk.quick_bar.line)
    type_text("Mooi gesprek met de wethouder")
    key(Qt.Key.Key_Return)
    assert [n.text for n in workshop.contents.notes] == ["Mooi gesprek met de wethouder"]

    # An indicator through the six steps of the guided form, on the first ring's step.
    choose_tab(window.tabs, "Indicatoren")
    panel = window.indicator_panel
    tab_to(panel.tree)
    for _ in range(6):  # down the steps, from the core's to ring 1's
        if panel.selected_step() == "ring1":
            break
        key(Qt.Key.Key_Down)
    assert panel.selected_step() == "ring1"

    def six_steps(form: QWidget) -> None:
        assert isinstance(form, IndicatorForm)
        tab_to(form.name)
        type_text("Bereikte leraren")
        tab_to(form.quantitative)
        key(Qt.Key.Key_Space)
        tab_to(form.insight)
        type_text("Hoeveel leraren bereikt de stagebank?")
        for _ in range(5):
            tab_to(form.button(QWizard.WizardButton.NextButton))
            key(Qt.Key.Key_Space)
        tab_to(form.audience)
        type_text("stuurgroep")
        tab_to(form.button(QWizard.WizardButton.FinishButton))
        key(Qt.Key.Key_Space)

    in_next_dialog(six_steps)
    tab_to(panel.add_button)
    key(Qt.Key.Key_Space)
    (indicator,) = workshop.contents.indicators
    assert indicator.name == "Bereikte leraren"
    assert indicator.kind is IndicatorKind.QUANTITATIVE

    # A moment on the learning path, and an entry for it.
    choose_tab(window.tabs, "Leerpad")
    learning = window.learning_panel

    def name_moment(dialog: QWidget) -> None:
        assert isinstance(dialog, MomentDialog)
        tab_to(dialog.focus)  # the label "A" is proposed; the focus is typed
        type_text("Nulmeting")
        key(Qt.Key.Key_Return)

    in_next_dialog(name_moment)
    tab_to(learning.add_button)
    key(Qt.Key.Key_Space)
    (moment,) = workshop.contents.moments
    assert (moment.label, moment.focus) == ("A", "Nulmeting")
    table = learning.findChildren(EntryTable)[0]
    tab_to(table)
    key(Qt.Key.Key_Home, CTRL)
    while table.currentColumn() != VALUE:
        key(Qt.Key.Key_Right)
    type_text("12")
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(workshop.contents.measurements) == 1)
    assert workshop.contents.measurements[0].value == 12

    # A poster of the line: Ctrl+P, Enter, the file's name typed, Enter; no question after it
    # (a notice in the status bar offers to open it).
    target = tmp_path / "poster van de lijn.pdf"

    def poster(dialog: QWidget) -> None:
        def file_name(files: QWidget) -> None:
            key(Qt.Key.Key_A, CTRL)
            type_text(str(target))
            key(Qt.Key.Key_Return)

        in_next_dialog(file_name)
        key(Qt.Key.Key_Return)

    in_next_dialog(poster)
    key_from_loop(qtbot, Qt.Key.Key_P, CTRL)
    assert target.read_bytes().startswith(b"%PDF")
    assert QApplication.activeModalWidget() is None

    # Present: F5, turn with PageDown, show the chain only, back with Esc.
    key(Qt.Key.Key_F5)
    presentation = window.presentation
    assert presentation is not None and presentation.isVisible()
    _windows.append(presentation)
    # A window manager gives the new full-screen window the keyboard; offscreen, we do.
    presentation.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is presentation.view)
    with qtbot.waitSignal(window.scene.arrangementSettled, timeout=5000):
        key(Qt.Key.Key_PageDown)
    key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presentation.isVisible())
    _windows.remove(presentation)

    # Open the room (Ctrl+R), a phone sends a post-it, Enter accepts it, Ctrl+R closes.
    window.room.hosts = ["127.0.0.1"]  # this machine only, for the test
    window.room.port = 0
    key(Qt.Key.Key_R, CTRL)
    address = window.room.address
    assert window.room.is_open and address is not None
    segment = workshop.focus_line().segment_keys[1]
    sent = phone_posts(address.port, address.secret, 1, "Vanaf de telefoon", segment=segment)
    assert sent == 200
    qtbot.waitUntil(lambda: len(window.room.pending) == 1, timeout=10_000)
    queue = window.room_dock.panel.queue
    tab_to(queue.list)
    key(Qt.Key.Key_Return)
    assert window.room.pending == []
    assert any(n.text.startswith("Vanaf de telefoon") for n in workshop.contents.notes)
    key(Qt.Key.Key_R, CTRL)
    assert not window.room.is_open


def test_the_keys_of_the_session_are_in_the_help(qtbot, window: MainWindow) -> None:
    help_window = HelpWindow(window.workshop.model, "nl", window)
    qtbot.addWidget(help_window)
    keys = next(page for page in help_window.pages if page.key == "keys").body
    for used in ("Ctrl+N", "Ctrl+S", "Ctrl+P", "F5", "Ctrl+R", "Tab", "Spatie", "Enter", "Esc"):
        assert used in keys, used
    assert "← →" in keys and "1, 2, 3, 4" in keys and "Schermlezer" in keys
