"""The wheel with a room's worth of post-its: 60 notes, 25 on one segment, a stack per
segment, and the reader beside the wheel with the full texts; screenshots at 1024×768 and
1920×1080."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtTest import QTest

from app.canvas.note_items import stack_items
from app.core.wheel_layout import CALM
from app.ui.control.workshop import Workshop
from app.ui.shell.main_window import MainWindow


def add_sixty_notes(workshop: Workshop) -> str:
    """60 notes through the Workshop: 25 on one segment, the rest spread; the crowded key."""
    model = workshop.model
    keys = [segment.key for ring in model.rings for segment in ring.segments]
    keys += [part.key for part in model.core.segments]
    crowded = model.rings[1].segments[2].key
    keys.remove(crowded)
    colours = itertools.cycle(CALM.note_colours)
    for number in range(25):
        workshop.learning.add_note(
            crowded, f"Deelnemer {number + 1}: we zien meer gedrag veranderen", next(colours)
        )
    for number in range(25, 60):
        workshop.learning.add_note(
            keys[number % len(keys)], f"Notitie {number + 1} <b>geen opmaak</b>", next(colours)
        )
    return crowded


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_sixty_notes_stay_legible_and_open_beside_the_wheel(
    window: MainWindow, qtbot, tmp_path: Path, size: tuple[int, int]
) -> None:
    window.workshop.create_network("Binnenkring")
    crowded = add_sixty_notes(window.workshop)
    window.resize(*size)
    qtbot.wait(50)
    window.grab().save(str(tmp_path / f"wheel_60_notes_panel_{size[0]}x{size[1]}.png"))
    window.dock.hide()  # presenting: the side panel closed, the wheel takes the room
    qtbot.wait(50)
    stacks = {stack.segment_key: stack for stack in stack_items(window.scene)}
    assert sum(stack.count for stack in stacks.values()) == 60
    assert stacks[crowded].count == 25
    window.grab().save(str(tmp_path / f"wheel_60_notes_{size[0]}x{size[1]}.png"))

    # Selecting the crowded segment (a tap on its stack) opens its notes beside the wheel;
    # the wheel stays where it was, as large as it was.
    view_box, scale = window.view.geometry(), window.view.scale_factor()
    window.scene.segment_tapped(stacks[crowded].scenePos())
    reader = window.desk.reader
    assert reader.isVisible()
    assert len(reader.shown_texts()) == 25
    assert reader.current_text().startswith("Deelnemer 1:")
    qtbot.wait(20)
    assert window.view.geometry() == view_box and window.view.scale_factor() == scale
    wheel = window.view.mapFromScene(window.scene.sceneRect()).boundingRect()
    wheel.moveTopLeft(window.view.mapTo(window.desk, wheel.topLeft()))
    if size[0] >= 1920:
        assert not wheel.intersects(reader.geometry())  # in the room beside the round wheel
    stack_point = window.view.mapTo(
        window.desk, window.view.mapFromScene(stacks[crowded].scenePos())
    )
    assert not reader.geometry().contains(stack_point)  # never over the stack it shows
    reader.list.setFocus()
    QTest.keyClick(reader.list, Qt.Key.Key_Down)
    QTest.keyClick(reader.list, Qt.Key.Key_Down)
    assert reader.current_text().startswith("Deelnemer 3:")
    assert "Post-it 3 of 25" in reader.position.text() or "3 van 25" in reader.position.text()
    QTest.keyClick(reader.list, Qt.Key.Key_End)
    assert reader.current_text().startswith("Deelnemer 25:")
    qtbot.wait(20)
    window.grab().save(str(tmp_path / f"reader_{size[0]}x{size[1]}.png"))

    # Hovering another stack shows that one; its text arrives as typed, never as markup.
    other = next(key for key in stacks if key != crowded and key.startswith("ring3"))
    view = window.view
    QTest.mouseMove(view.viewport(), view.mapFromScene(stacks[other].scenePos()))
    qtbot.waitUntil(lambda: reader.segment_key == other, timeout=2000)
    assert all("<b>geen opmaak</b>" in text for text in reader.shown_texts())
    QTest.keyClick(reader, Qt.Key.Key_Escape)
    assert not reader.isVisible()
    QTest.mouseMove(view.viewport(), QPoint(2, 2))


def test_hovering_a_stack_leaves_the_wheel_where_it_was(window: MainWindow, qtbot) -> None:
    """Issue 23, item 1: the reader opened beside the wheel and moved and shrank it under
    the pointer (about 850 → 620 px), so the click landed on another ring."""
    window.workshop.create_network("Binnenkring")
    crowded = add_sixty_notes(window.workshop)
    window.dock.hide()  # the wheel has the window's width: room for a reader beside it
    qtbot.wait(50)
    view = window.view
    stack = next(s for s in stack_items(window.scene) if s.segment_key == crowded)
    before = (view.geometry(), view.scale_factor(), view.mapFromScene(stack.scenePos()))
    QTest.mouseMove(view.viewport(), view.mapFromScene(stack.scenePos()))
    qtbot.waitUntil(lambda: window.desk.reader.isVisible(), timeout=2000)
    qtbot.wait(50)
    assert (view.geometry(), view.scale_factor(), view.mapFromScene(stack.scenePos())) == before
    assert window.scene.segment_key_at(view.mapToScene(before[2])) == crowded


def test_the_reader_takes_the_arrow_keys_at_once_and_shows_every_note_whole(
    window: MainWindow, qtbot
) -> None:
    """Issue 23, item 5: the keys worked only after a click into the list, and the other
    notes were cut to two lines, so 19 similar notes could not be told apart."""
    workshop = window.workshop
    workshop.create_network("Binnenkring")
    key = workshop.model.rings[2].segments[1].key
    texts = [
        f"Ouders en leerkrachten in de wijk merken dat de samenwerking tussen school en "
        f"opvang beter loopt; ze noemen vooral het gezamenlijke overleg op dinsdag ({n})"
        for n in range(1, 20)
    ]
    for text in texts:
        workshop.learning.add_note(key, text, CALM.note_colours[0])
    window.resize(1024, 768)
    window.view.setFocus()
    window.scene.segmentSelected.emit(key)
    reader = window.desk.reader
    qtbot.waitUntil(reader.isVisible, timeout=2000)
    qtbot.wait(50)
    assert window.view.hasFocus()  # the wheel keeps the keyboard: ←/→ still turn it
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    QTest.keyClick(window.view, Qt.Key.Key_Down)
    assert reader.current_text() == texts[2]
    QTest.keyClick(window.view, Qt.Key.Key_End)
    assert reader.current_text() == texts[-1]
    QTest.keyClick(window.view, Qt.Key.Key_Up)
    assert reader.current_text() == texts[-2]
    QTest.keyClick(window.view, Qt.Key.Key_Home)
    assert reader.current_text() == texts[0]
    # Every row is as high as its whole text wrapped at the list's width.
    text_width = reader.list.viewport().width() - 2 * reader.list.spacing() - 24
    for row in range(reader.list.count()):
        item = reader.list.item(row)
        metrics = QFontMetrics(item.font())
        needed = metrics.boundingRect(
            QRect(0, 0, text_width, 100_000), Qt.TextFlag.TextWordWrap, item.text()
        ).height()
        assert reader.list.visualItemRect(item).height() >= needed, row
        assert needed > 2 * metrics.lineSpacing()  # more than two lines each: none is cut
