"""The wall of post-its: grouped by segment in ring order; moves, merges and colours, each
one undo step on the real store; filters and sorting; a screenshot with 60 notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from app.core.wheel_layout import CALM
from app.ui.postits.wall import Wall
from app.ui.shell.main_window import MainWindow
from tests.ui.test_note_reader import add_sixty_notes


def _by_group(wall: Wall) -> dict[str, list[str]]:
    return {
        key: [group.item(row).text() for row in range(group.count())]
        for key, group in wall.groups.items()
        if group.count()
    }


def _select(wall: Wall, *texts: str) -> None:
    for group in wall.groups.values():
        group.clearSelection()
        for row in range(group.count()):
            if group.item(row).text() in texts:
                group.item(row).setSelected(True)


def test_the_wall_groups_notes_in_ring_order_and_undoes_moves_and_merges(
    window: MainWindow, qtbot, tmp_path: Path
) -> None:
    workshop = window.workshop
    workshop.create_network("Kring")
    model = workshop.model
    wall = window.desk.wall
    window.desk.pages.setCurrentWidget(wall)
    order = [part.key for part in model.core.segments]
    order += [segment.key for ring in model.rings for segment in ring.segments]
    assert list(wall.groups) == order  # core parts, then the rings inside out
    here, there = model.rings[0].segments[0].key, model.rings[3].segments[1].key
    for text in ("een", "twee", "drie"):
        workshop.learning.add_note(here, text, CALM.note_colours[0])
    assert _by_group(wall) == {here: ["een", "twee", "drie"]}

    # Drag two notes to another group: one step.
    _select(wall, "een", "drie")
    wall.groups[there].take_from(wall.groups[here])
    assert _by_group(wall) == {here: ["twee"], there: ["een", "drie"]}
    workshop.undo_stack.undo()
    assert _by_group(wall) == {here: ["een", "twee", "drie"]}
    workshop.undo_stack.redo()
    assert _by_group(wall) == {here: ["twee"], there: ["een", "drie"]}

    # Merge two: the older keeps both texts; undo brings the other back with its id.
    ids_before = [note.id for note in workshop.contents.notes]
    _select(wall, "twee", "drie")
    assert wall.merge_button.isEnabled()
    assert wall.merge_selected()
    assert _by_group(wall) == {here: ["twee\n\ndrie"], there: ["een"]}
    workshop.undo_stack.undo()
    assert [note.id for note in workshop.contents.notes] == ids_before
    assert _by_group(wall) == {here: ["twee"], there: ["een", "drie"]}
    window.grab().save(str(tmp_path / "wall_small.png"))


def test_colour_filter_and_sort(window: MainWindow, qtbot, tmp_path: Path) -> None:
    workshop = window.workshop
    workshop.create_network("Kring")
    moment = workshop.learning.add_moment("Nulmeting")
    key = workshop.model.rings[1].segments[0].key
    workshop.learning.add_note(key, "b later", CALM.note_colours[0], moment)
    workshop.learning.add_note(key, "a eerder", CALM.note_colours[1])
    wall = window.desk.wall
    # Colour a moment: filter on it, nothing selected, colour all shown. One step.
    wall.moment_filter.setCurrentIndex(wall.moment_filter.findData(moment))
    assert _by_group(wall) == {key: ["b later"]}
    wall.colour_selection("#A8DCFF")
    colours = {note.text: note.colour for note in workshop.contents.notes}
    assert colours == {"b later": "#A8DCFF", "a eerder": CALM.note_colours[1].upper()}
    workshop.undo_stack.undo()
    assert workshop.contents.notes[0].colour == CALM.note_colours[0].upper()
    wall.moment_filter.setCurrentIndex(0)
    wall.colour_filter.setCurrentIndex(wall.colour_filter.findData(CALM.note_colours[1].upper()))
    assert _by_group(wall) == {key: ["a eerder"]}
    wall.colour_filter.setCurrentIndex(0)
    wall.sort.setCurrentIndex(wall.sort.findData("text"))
    assert _by_group(wall) == {key: ["a eerder", "b later"]}
    wall.sort.setCurrentIndex(wall.sort.findData("newest"))
    assert _by_group(wall) == {key: ["a eerder", "b later"]}
    wall.sort.setCurrentIndex(wall.sort.findData("oldest"))
    assert _by_group(wall) == {key: ["b later", "a eerder"]}
    # Colour one group from its context menu.
    menu = wall.group_menu(wall.groups[key])
    orange = next(a for a in menu.actions() if a.data() == "#FFD39A")
    assert orange.text().endswith(" orange")  # in words, not a colour code
    orange.trigger()
    assert {note.colour for note in workshop.contents.notes} == {"#FFD39A"}


def test_the_wall_with_sixty_notes(window: MainWindow, qtbot, tmp_path: Path) -> None:
    window.workshop.create_network("Binnenkring")
    add_sixty_notes(window.workshop)
    window.desk.pages.setCurrentWidget(window.desk.wall)
    for size in ((1024, 768), (1920, 1080)):
        window.resize(*size)
        qtbot.wait(50)
        window.grab().save(str(tmp_path / f"wall_60_{size[0]}x{size[1]}.png"))
    assert sum(group.count() for group in window.desk.wall.groups.values()) == 60


def test_a_segment_heading_shows_its_ampersand(window: MainWindow, qtbot) -> None:
    """The heading is its list's buddy, so Qt would read "&" as a shortcut marker and draw
    "Houding _gedrag"; it is drawn as the plain label of the same words."""
    workshop = window.workshop
    workshop.create_network("Kring")
    key = workshop.model.stakeholder_ring.segments[0].key
    workshop.set_stakeholder_name(key, "Houding & gedrag")
    wall = window.desk.wall
    window.desk.pages.setCurrentWidget(wall)
    header = wall.headers[key]
    plain = QLabel()
    plain.setTextFormat(Qt.TextFormat.PlainText)
    plain.setWordWrap(True)
    plain.setFont(header.font())
    plain.setText("Houding & gedrag  (0)")
    plain.setPalette(header.palette())
    plain.resize(header.size())
    rgb = QImage.Format.Format_RGB32
    drawn = header.grab().toImage().convertToFormat(rgb)
    assert plain.grab().toImage().convertToFormat(rgb) == drawn
