"""Post-its: the dialog, the panel with its moment filter, undo of every edit, and the notes
on the wheel that turn with their ring."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.canvas.note_items import snippet, stack_items
from app.canvas.scene import WheelScene
from app.canvas.shapes import point_at, polar
from app.canvas.view import WheelView
from app.core.geometry import Arrangement
from app.core.wheel_layout import CALM
from app.ui.control.workshop import Workshop
from app.ui.dialogs import note_dialog
from app.ui.dialogs.note_dialog import NoteDialog, add_note_for_segment, segment_label
from app.ui.panels.notes_panel import NotesPanel
from app.ui.widgets.plain import literal_ampersands
from db.store import Store


@pytest.fixture
def panel(workshop: Workshop, qtbot) -> NotesPanel:
    panel = NotesPanel(workshop)
    qtbot.addWidget(panel)
    panel.resize(420, 420)
    panel.show()
    return panel


def _segment(workshop: Workshop, ring: int = 0, index: int = 0) -> str:
    return workshop.model.rings[ring].segments[index].key


def test_the_empty_states(store: Store, qtbot, qapp, tmp_path: Path) -> None:
    workshop = Workshop(store)
    panel = NotesPanel(workshop)
    qtbot.addWidget(panel)
    assert panel.is_empty()
    workshop.create_network("LEF")
    assert not panel.is_empty()
    assert panel.list.isHidden()
    assert "Double-click a segment" in panel.no_notes.text()
    panel.resize(420, 300)
    panel.grab().save(str(tmp_path / "notes_empty.png"))


def test_a_note_is_added_edited_moved_and_deleted_each_one_undo_step(
    workshop: Workshop, store: Store, panel: NotesPanel, qtbot
) -> None:
    network_id = workshop.network_id
    meeting = _segment(workshop)
    dialog = NoteDialog(workshop, segment_key=meeting, parent=panel)
    qtbot.addWidget(dialog)
    assert dialog.segment.currentData() == meeting
    dialog.text.setPlainText("Meer leraren uit het mbo")
    dialog.set_colour(CALM.note_colours[1])
    dialog.accept()
    (note,) = store.notes.list_notes(network_id)
    assert (note.segment_key, note.text) == (meeting, "Meer leraren uit het mbo")
    assert note.colour == CALM.note_colours[1].upper()
    assert note.moment_id is None
    assert panel.list.count() == 1
    workshop.undo_stack.undo()
    assert store.notes.list_notes(network_id) == ()
    workshop.undo_stack.redo()
    assert store.notes.list_notes(network_id) == (note,)

    moment = workshop.learning.add_moment("A")
    edit = NoteDialog(workshop, store.notes.get_note(note.id), parent=panel)
    qtbot.addWidget(edit)
    edit.text.setPlainText("Meer leraren uit het mbo en hbo")
    edit.set_moment(moment)
    edit.accept()
    edited = store.notes.get_note(note.id)
    assert (edited.text, edited.moment_id) == ("Meer leraren uit het mbo en hbo", moment)
    workshop.undo_stack.undo()
    assert store.notes.get_note(note.id) == note
    workshop.undo_stack.redo()
    assert store.notes.get_note(note.id) == edited

    panel.select_note(note.id)
    other = _segment(workshop, ring=2, index=3)
    texts = [action.text() for action in panel.move_menu.actions()]
    assert literal_ampersands(segment_label(workshop, other)) in texts  # "&" shown, not a key
    panel.move_selected(other)
    assert store.notes.get_note(note.id).segment_key == other
    assert workshop.undo_stack.undoText() == "Move post-it"
    workshop.undo_stack.undo()
    assert store.notes.get_note(note.id).segment_key == meeting
    workshop.undo_stack.redo()
    assert store.notes.get_note(note.id).segment_key == other

    panel.select_note(note.id)
    panel.delete_selected()
    assert store.notes.list_notes(network_id) == ()
    workshop.undo_stack.undo()
    assert store.notes.get_note(note.id).segment_key == other
    workshop.undo_stack.redo()
    assert store.notes.list_notes(network_id) == ()


def test_the_moment_filter_chooses_what_the_list_and_the_wheel_show(
    workshop: Workshop, panel: NotesPanel, tmp_path: Path, qtbot
) -> None:
    a = workshop.learning.add_moment("A")
    b = workshop.learning.add_moment("B")
    shown: list[list[tuple[int, str, str, str]]] = []
    panel.notesShown.connect(shown.append)
    first = workshop.learning.add_note(_segment(workshop), "Bij A", CALM.note_colours[0], a)
    workshop.learning.add_note(_segment(workshop, 1, 2), "Bij B", CALM.note_colours[2], b)
    workshop.learning.add_note(
        workshop.model.core.segments[0].key, "<b>x</b>", CALM.note_colours[3]
    )
    assert panel.list.count() == 3
    assert len(shown[-1]) == 3
    panel.set_moment_filter(a)
    assert [panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(1)] == [first]
    assert panel.list.count() == 1
    assert shown[-1] == [(first, _segment(workshop), "Bij A", CALM.note_colours[0].upper())]
    panel.set_moment_filter(b)
    panel.set_moment_filter(None)
    assert panel.list.count() == 3
    # User text stays text.
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert any(text.endswith("\n<b>x</b>") for text in texts)
    qtbot.wait(20)
    panel.grab().save(str(tmp_path / "notes_panel.png"))
    # Deleting a moment takes its notes along, and the filter falls back to all.
    panel.set_moment_filter(b)
    workshop.learning.delete_moment(b)
    assert panel.moment_filter() is None
    assert panel.list.count() == 2


def test_add_note_for_segment_presets_the_segment(workshop: Workshop, monkeypatch) -> None:
    seen: list[str] = []

    def fake_exec(dialog: NoteDialog) -> int:
        seen.append(dialog.segment.currentData())
        dialog.text.setPlainText("Van de dubbelklik")
        dialog.accept()
        return 1

    monkeypatch.setattr(note_dialog.NoteDialog, "exec", fake_exec)
    key = _segment(workshop, 3, 1)
    note_id = add_note_for_segment(None, workshop, key)
    assert seen == [key]
    assert workshop.contents.notes[0].id == note_id
    # A double-click on the axis gives the core's key: the note goes on its first part.
    add_note_for_segment(None, workshop, workshop.model.core.key)
    assert seen[-1] == workshop.model.core.segments[0].key


# --- on the wheel ----------------------------------------------------------------------------


def test_a_note_on_the_wheel_turns_with_its_ring(workshop: Workshop, qtbot, tmp_path: Path) -> None:
    model = workshop.model
    view = WheelView(model)
    qtbot.addWidget(view)
    view.resize(700, 700)
    scene: WheelScene = view.wheel
    ring = model.rings[1]
    key = ring.segments[0].key
    core_part = model.core.segments[2].key
    scene.set_notes(
        [
            (1, key, "Nieuwe netwerken tussen scholen ontstaan vanzelf", CALM.note_colours[0]),
            (2, key, "<b>x</b>", CALM.note_colours[1]),
            (3, core_part, "Ruimte in de broedplaats", CALM.note_colours[2]),
            (4, "no.such.segment", "skipped", CALM.note_colours[0]),
        ]
    )
    items = stack_items(scene)
    assert sorted(item.segment_key for item in items) == sorted([key, core_part])
    on_ring = next(item for item in items if item.segment_key == key)
    assert on_ring.parentItem() is scene.rings[ring.key]
    assert [note[0] for note in on_ring.notes] == [1, 2] and on_ring.count == 2
    assert on_ring.notes[1][2] == "<b>x</b>"  # kept as typed: the reader shows it as text
    assert next(item for item in items if item.segment_key == core_part).parentItem() is scene.core
    # Stacks never take a mouse button: the ring under them is grabbed as anywhere else.
    assert on_ring.acceptedMouseButtons() == Qt.MouseButton.NoButton
    before = on_ring.scenePos()
    assert scene.segment_key_at(before) == key
    view.show()
    qtbot.waitExposed(view)
    view.grab().save(str(tmp_path / "wheel_notes.png"))

    indices = list(scene.arrangement().indices)
    indices[1] = (indices[1] + 1) % ring.segment_count
    scene.set_arrangement(Arrangement(tuple(indices)), animate=False)
    after = on_ring.scenePos()
    assert (after - before).manhattanLength() > 50
    assert scene.segment_key_at(after) == key  # still on its own segment
    view.grab().save(str(tmp_path / "wheel_notes_turned.png"))

    # Replacing the notes replaces the items.
    scene.set_notes([(5, key, "alleen deze", CALM.note_colours[4])])
    assert [item.notes[0][0] for item in stack_items(scene)] == [5]
    scene.set_notes([])
    assert stack_items(scene) == []


def test_a_drag_that_starts_on_a_note_turns_the_ring_beneath(workshop: Workshop, qtbot) -> None:
    model = workshop.model
    view = WheelView(model)
    qtbot.addWidget(view)
    view.resize(700, 700)
    view.show()
    qtbot.waitExposed(view)
    scene = view.wheel
    ring = model.rings[2]
    scene.set_notes([(1, ring.segments[0].key, "sticky", CALM.note_colours[0])])
    (item,) = stack_items(scene)
    radius, angle = polar(item.scenePos())
    viewport = view.viewport()
    press = view.mapFromScene(item.scenePos())
    assert scene.itemAt(item.scenePos(), view.transform()) is item  # the stack is on top
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    for step in range(1, 7):
        QTest.mouseMove(viewport, view.mapFromScene(point_at(radius, angle + 5 * step)))
    assert scene.rings[ring.key].rotation() == pytest.approx(30.0, abs=1.0)
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.mapFromScene(point_at(radius, angle + 30)),
    )


def test_snippets_keep_the_first_words() -> None:
    assert snippet("een twee drie", 2) == "een twee…"
    assert snippet("  een  ") == "een"
