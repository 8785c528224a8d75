"""The presenter's tools on one screen: black screen and the show choices from the clicker, the
test page for the projector, the room's place on the projector and in the console, and the
console's own rules (neighbouring saved lines, the timer). Two screens: test_two_screens.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from app.canvas.scene import LABEL_MINIMUM
from app.core.wheel_layout import CALM, HIGH_CONTRAST
from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.presenting.console import ConsoleWindow, elapsed_text
from app.ui.presenting.keys import key_help, neighbour_line
from app.ui.presenting.presentation import PresentationWindow
from app.ui.presenting.projector_pages import CONTRAST_STEPS, Show
from app.ui.shell import openers
from app.ui.shell.application import build_window
from app.ui.shell.main_window import MainWindow
from db.store import Store


@pytest.fixture
def room(qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:
    store = Store.open(tmp_path / "s.sqlite")
    switcher = LanguageSwitcher(qapp)
    window = build_window(store, Settings.in_file(tmp_path / "settings.ini"), switcher)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.workshop.create_network("LEF")
    yield window
    if window.presentation is not None:
        window.presentation.close()
    store.close()
    switcher.use("en")


@pytest.fixture
def shown(qtbot, room: MainWindow) -> PresentationWindow:
    presentation = openers.start_presentation(room)
    qtbot.waitExposed(presentation)
    return presentation


def press(presentation: PresentationWindow, key: Qt.Key) -> None:
    QTest.keyClick(presentation.view, key)


def test_one_screen_presents_on_it_without_a_console(qtbot, shown: PresentationWindow) -> None:
    only = QGuiApplication.screens()
    assert len(only) == 1
    qtbot.waitUntil(lambda: shown.geometry() == only[0].geometry())
    assert shown.isFullScreen()
    consoles = [w for w in QApplication.topLevelWidgets() if isinstance(w, ConsoleWindow)]
    assert not [w for w in consoles if w.isVisible()]


def test_b_and_period_blank_the_projector_and_tab_selects_rings(
    qtbot, shown: PresentationWindow, tmp_path: Path
) -> None:
    for key in (Qt.Key.Key_B, Qt.Key.Key_Period):
        press(shown, key)
        assert shown.show_mode == Show.BLANK
        assert shown.blank_page.isVisible() and not shown.view.isVisible()
        image = shown.grab().toImage()
        assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
        shown.setFocus()
        QTest.keyClick(shown, key)  # the view is hidden: the window itself takes the key
        assert shown.show_mode == Show.WHEEL_AND_CHAIN
        assert shown.view.isVisible() and shown.chain.isVisible()
    assert shown.scene.selected_ring() is None
    press(shown, Qt.Key.Key_Tab)
    assert shown.scene.selected_ring() == shown.model.ring_keys[0]
    assert shown.show_mode == Show.WHEEL_AND_CHAIN


def test_the_show_choices_lay_the_projector_out(
    qtbot, shown: PresentationWindow, tmp_path: Path
) -> None:
    width = shown.width()
    press(shown, Qt.Key.Key_W)
    assert shown.show_mode == Show.WHEEL
    assert shown.view.isVisible() and not shown.chain.isVisible()
    assert shown.view.width() == width
    press(shown, Qt.Key.Key_W)  # again: both
    assert shown.show_mode == Show.WHEEL_AND_CHAIN
    assert shown.view.width() < width and shown.chain.isVisible()
    press(shown, Qt.Key.Key_C)
    assert shown.chain.isVisible() and not shown.view.isVisible()
    assert shown.chain.width() == width
    shown.set_show(Show.ROOM)
    assert shown.room_page.isVisible() and shown.room_page.empty.isVisible()
    shown.grab().save(str(tmp_path / "room-page.png"))
    assert "No room is open" in shown.room_page.empty.text()
    card = QLabel("QR")
    shown.room_page.set_card(card)  # what the room (issue 16) puts here
    assert card.isVisibleTo(shown.room_page) and not shown.room_page.empty.isVisibleTo(shown)
    shown.room_page.set_card(None)
    assert shown.room_page.empty.isVisibleTo(shown)


def test_the_check_page_shows_contrast_steps_and_the_smallest_label(
    qtbot, room: MainWindow, shown: PresentationWindow, tmp_path: Path
) -> None:
    press(shown, Qt.Key.Key_T)
    page = shown.check_page
    assert shown.show_mode == Show.CHECK and page.isVisible()
    assert page.geometry() == shown.rect()
    # the smallest label as the wheel shows it here
    expected = LABEL_MINIMUM * shown.view.scale_factor()
    assert page.smallest_label > 0 and abs(page.smallest_label - expected) <= 1
    image = page.grab().toImage()
    image.save(str(tmp_path / "check-page.png"))
    # each grey step is drawn: pure black and pure white both appear
    colours = {image.pixelColor(x, image.height() // 4).name() for x in range(0, image.width(), 4)}
    assert "#000000" in colours and "#ffffff" in colours
    assert len(CONTRAST_STEPS) >= 10
    assert page.palette_ == CALM
    press(shown, Qt.Key.Key_H)  # high contrast: the page follows
    assert page.palette_ == HIGH_CONTRAST
    press(shown, Qt.Key.Key_T)
    assert shown.show_mode == Show.WHEEL_AND_CHAIN


def test_the_key_help_says_b_blanks_and_tab_selects() -> None:
    keys = dict(key_help())
    assert "Tab" in keys and "ring" in keys["Tab"]
    assert "B, ." in keys and "Black screen" in keys["B, ."]
    assert not any("B" in name.split(", ") and "ring" in what for name, what in keys.items())


def test_the_console_has_a_place_for_the_rooms_queue(qtbot, shown: PresentationWindow) -> None:
    console = ConsoleWindow(shown, shown.workshop)
    qtbot.addWidget(console)
    assert console.queue_empty.isVisibleTo(console)
    assert "No room is open" in console.queue_empty.text()
    queue = QLabel("3 notes")
    console.set_queue_widget(queue)
    assert queue.isVisibleTo(console) and not console.queue_empty.isVisibleTo(console)
    console.set_queue_widget(None)
    assert console.queue_empty.isVisibleTo(console)
    qtbot.wait(1100)
    console.tick()  # (the clock ticks each second; tick now rather than wait for it)
    assert console.elapsed.text() != "0:00:00"
    console.restart_button.click()
    assert console.elapsed.text() == "0:00:00"
    console.show_buttons[Show.CHAIN].click()  # the console's buttons drive the projector
    assert shown.show_mode == Show.CHAIN
    QTest.keyClick(console, Qt.Key.Key_W)  # and so do keys typed on the console
    assert shown.show_mode == Show.WHEEL and console.show_buttons[Show.WHEEL].isChecked()


def test_neighbouring_saved_lines_and_the_timer(workshop) -> None:
    assert neighbour_line([], None, 1) is None
    first = workshop.save_line()
    lines = workshop.contents.lines
    assert neighbour_line(lines, None, 1).id == first
    assert neighbour_line(lines, None, -1).id == first
    assert neighbour_line(lines, first, 1) is None
    assert neighbour_line(lines, first, -1) is None
    assert elapsed_text(0) == "0:00:00"
    assert elapsed_text(462_999) == "0:07:42"
    assert elapsed_text(3_600_000 + 61_000) == "1:01:01"


def test_n_and_p_turn_to_saved_lines_on_one_screen(qtbot, shown: PresentationWindow) -> None:
    workshop, scene = shown.workshop, shown.scene
    first = workshop.save_line()
    scene.select_ring(shown.model.ring_keys[0])
    with qtbot.waitSignal(scene.arrangementSettled, timeout=5000):
        scene.turn_selected(1)
    second = workshop.save_line()

    def shown_line() -> int | None:
        saved = workshop.saved_focus_line()
        return saved.id if saved is not None else None

    press(shown, Qt.Key.Key_P)
    qtbot.waitUntil(lambda: shown_line() == first, timeout=5000)
    press(shown, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: shown_line() == second, timeout=5000)
    assert shown.chain.heading[1] == workshop.saved_focus_line().title


def test_the_console_shows_and_changes_what_is_viewed_through_the_view_state(
    qtbot, room: MainWindow, shown: PresentationWindow, tmp_path: Path
) -> None:
    """The console's line and post-its being read are the view state's: a line chosen on
    the console is the one every view shows; a stack read in the window is read here too,
    and the console's Close closes the window's reader."""
    workshop, scene, view = room.workshop, room.scene, room.workshop.view
    console = ConsoleWindow(shown, workshop)
    qtbot.addWidget(console)
    console.show()
    first = workshop.save_line()
    scene.select_ring(shown.model.ring_keys[0])
    assert view.selected_ring() == shown.model.ring_keys[0]  # the wheel told the view state
    with qtbot.waitSignal(scene.arrangementSettled, timeout=5000):
        scene.turn_selected(1)
    second = workshop.save_line()
    assert view.current_line_id == second
    with qtbot.waitSignal(view.currentLineChanged, timeout=5000):
        console.previous_button.click()
    qtbot.waitUntil(lambda: view.current_line_id == first, timeout=5000)
    assert console.heading.text() == workshop.current_line().title
    assert room.line_panel.title.text() == workshop.current_line().title
    segment = workshop.focus_line().segment_keys[1]
    note = workshop.learning.add_note(segment, "Lees mij voor", CALM.note_colours[0])
    assert not console.reading_box.isVisibleTo(console)
    room.desk.show_reader(segment)  # a stack hovered
    assert view.reader_segment() == segment and room.desk.reader.isVisible()
    assert console.reading_box.isVisibleTo(console)
    assert "Lees mij voor" in console.reading.text()
    console.resize(1024, 768)
    qtbot.wait(20)
    console.grab().save(str(tmp_path / "console_reading.png"))
    view.set_reader_segment(None)  # the view state closes both
    assert not room.desk.reader.isVisible() and not console.reading_box.isVisibleTo(console)
    view.set_reader_segment(segment)  # and opens both
    assert room.desk.reader.isVisible() and room.desk.reader.shown_texts() == ["Lees mij voor"]
    console.close_reading_button.click()
    assert view.reader_segment() is None and not room.desk.reader.isVisible()
    workshop.learning.delete_note(note)
