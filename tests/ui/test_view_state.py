"""What is being viewed has one owner (`workshop.view`, the Workshop's current line): a
language switch, the presenter opened and closed and the panels rebuilt keep all of it, and
every view that shows post-its follows the one moment filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.model import Direction
from app.core.wheel_layout import CALM
from app.ui.control.i18n import LanguageSwitcher
from app.ui.shell import openers
from app.ui.shell.main_window import MainWindow
from tests.ui.test_session import note_items


def _segment(window: MainWindow, ring: int, index: int) -> str:
    return window.workshop.model.rings[ring].segments[index].key


def _what_is_viewed(window: MainWindow) -> dict[str, object]:
    view = window.workshop.view
    return {
        "moment filter": view.moment_filter(),
        "post-it panel shows": window.notes_panel.filter.currentData(),
        "wall shows": window.desk.wall.moment_filter.currentData(),
        "wheel's post-its": sorted(note[0] for note in note_items(window)),
        "post-its on the wheel": len(note_items(window)),
        "current line": view.current_line_id,
        "line panel's title": window.line_panel.title.text(),
        "direction": view.direction,
        "line panel's direction": window.line_panel.direction.currentData(),
        "selected ring": view.selected_ring(),
        "wheel's selected ring": window.scene.selected_ring(),
        "reader": view.reader_segment(),
        "reader open": window.desk.reader.isVisible(),
        "reader's post-its": window.desk.reader.shown_texts(),
    }


def test_a_language_switch_the_presenter_and_rebuilt_panels_keep_what_is_viewed(
    window: MainWindow, qapp, qtbot
) -> None:
    switcher = LanguageSwitcher(qapp)
    window.languageChosen.connect(switcher.use)
    workshop = window.workshop
    workshop.create_network("LEF")
    a = workshop.learning.add_moment("A")
    b = workshop.learning.add_moment("B")
    segment = _segment(window, 0, 0)
    at_a = [
        workshop.learning.add_note(segment, f"Bij A {n}", CALM.note_colours[0], a) for n in (1, 2)
    ]
    workshop.learning.add_note(_segment(window, 1, 1), "Bij B", CALM.note_colours[1], b)
    workshop.learning.add_note(_segment(window, 2, 2), "Zonder moment", CALM.note_colours[2])
    workshop.set_line_text("title", "Ontmoeting leidt tot verbinding")
    workshop.set_direction(Direction.OUTSIDE_IN)  # not the default: it must stay so
    workshop.save_line()
    panel = window.notes_panel
    panel.filter.setCurrentIndex(panel.filter.findData(a))  # as the facilitator chooses it
    window.scene.select_ring(workshop.model.rings[1].key)
    window.desk.reader.show_segment(segment)
    before = _what_is_viewed(window)
    assert before["moment filter"] == a and before["wall shows"] == a
    assert before["wheel's post-its"] == sorted(at_a) and before["post-its on the wheel"] == 2
    assert before["direction"] == Direction.OUTSIDE_IN == before["line panel's direction"]
    assert before["selected ring"] == workshop.model.rings[1].key == before["wheel's selected ring"]
    assert before["reader"] == segment and before["reader open"]
    assert before["reader's post-its"] == ["Bij A 1", "Bij A 2"]
    assert before["current line"] == workshop.current_line_id is not None
    try:
        window.choose_language("nl")
        assert _what_is_viewed(window) == before
        presentation = openers.start_presentation(window)
        qtbot.waitExposed(presentation)
        assert _what_is_viewed(window) == before
        presentation.close()
        qtbot.waitUntil(lambda: window.presentation is None or not presentation.isVisible())
        assert _what_is_viewed(window) == before
        window._rebuild_panels()
        assert window.notes_panel is not panel  # a new panel, the same filter
        assert _what_is_viewed(window) == before
    finally:
        window.choose_language("en")
        switcher.use("en")
    assert _what_is_viewed(window) == before


def test_the_wall_the_panel_and_the_wheel_follow_one_moment_filter(window: MainWindow) -> None:
    workshop = window.workshop
    workshop.create_network("LEF")
    a = workshop.learning.add_moment("A")
    b = workshop.learning.add_moment("B")
    at_a = workshop.learning.add_note(_segment(window, 0, 0), "Bij A", CALM.note_colours[0], a)
    workshop.learning.add_note(_segment(window, 1, 1), "Bij B", CALM.note_colours[1], b)
    wall = window.desk.wall
    wall.moment_filter.setCurrentIndex(wall.moment_filter.findData(a))
    assert workshop.view.moment_filter() == a
    assert window.notes_panel.filter.currentData() == a
    assert [note[0] for note in note_items(window)] == [at_a]
    assert window.notes_panel.list.count() == 1
    assert window.notes_panel.list.item(0).data(Qt.ItemDataRole.UserRole) == at_a
    window.notes_panel.set_moment_filter(None)
    assert wall.moment_filter.currentIndex() == 0  # all moments
    assert len(note_items(window)) == 2
    workshop.view.set_moment_filter(b)
    workshop.learning.delete_moment(b)  # its post-its go with it; the filter falls back to all
    assert workshop.view.moment_filter() is None
    assert [note[0] for note in note_items(window)] == [at_a]
    workshop.open_network(None)
    assert note_items(window) == []
