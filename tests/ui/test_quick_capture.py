"""Fast capture for the scribe: 35 notes by keyboard alone, a paste of many lines, and
Ctrl+Enter in the note dialog; counted in keystroke groups (typing ended by Enter, or one
choosing key), on a real window and store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from app.ui.dialogs.note_dialog import NoteDialog
from app.ui.postits.quick_bar import QuickBar
from app.ui.shell.main_window import MainWindow


class Keyboard:
    """Sends keys to the quick bar's line and counts keystroke groups."""

    def __init__(self, bar: QuickBar) -> None:
        self.bar = bar
        self.groups = 0

    def note(self, text: str) -> None:
        QTest.keyClicks(self.bar.line, text)
        QTest.keyClick(self.bar.line, Qt.Key.Key_Return)
        self.groups += 1

    def key(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        QTest.keyClick(self.bar.line, key, modifier)
        self.groups += 1


def _notes(window: MainWindow) -> list[tuple[str, str]]:
    store, network_id = window.workshop.store, window.workshop.contents.network.id
    return [(note.segment_key, note.text) for note in store.notes.list_notes(network_id)]


def test_thirty_five_notes_by_keyboard_in_thirty_five_groups(window: MainWindow, qtbot) -> None:
    window.workshop.create_network("Binnenkring")
    bar = window.desk.quick_bar
    bar.line.setFocus()
    keys = Keyboard(bar)
    plan = {
        "hou": "ring2.attitude_behaviour",
        "waard": "ring1.appreciation_engagement",
        "bred m": "stakeholders.society",
        "fysiek": "ring3.physical_ecological",
        "partners e": "core.partners",
    }
    expected = []
    for number in range(35):
        prefix = list(plan)[number // 7]
        text = f"Inzicht {number + 1} uit de kring"
        keys.note(f"{prefix}: {text}" if number % 7 == 0 else text)  # first of each names it
        expected.append((plan[prefix], text))
    assert _notes(window) == expected
    assert keys.groups <= 35  # one group per note: the segment rides along with the first
    assert bar.line.text() == "" and bar.isVisible()  # the bar stays for the next one


def test_keys_choose_the_segment_on_an_empty_line(window: MainWindow) -> None:
    window.workshop.create_network("N")
    bar = window.desk.quick_bar
    model = window.workshop.model
    keys = Keyboard(bar)
    keys.key(Qt.Key.Key_3)
    assert bar.segment_key == model.rings[2].segments[0].key
    keys.key(Qt.Key.Key_Right)
    assert bar.segment_key == model.rings[2].segments[1].key
    keys.key(Qt.Key.Key_Left)
    keys.key(Qt.Key.Key_Left)
    assert bar.segment_key == model.rings[2].segments[-1].key
    keys.key(Qt.Key.Key_Up)
    assert bar.segment_key == model.rings[3].segments[-1].key
    keys.key(Qt.Key.Key_0)
    assert bar.segment_key in [part.key for part in model.core.segments]
    # With text on the line the same keys are typing.
    QTest.keyClicks(bar.line, "a")
    QTest.keyClick(bar.line, Qt.Key.Key_2)
    assert bar.line.text() == "a2"
    # A click on the wheel chooses too.
    window.scene.segmentSelected.emit(model.rings[0].segments[2].key)
    assert bar.segment_key == model.rings[0].segments[2].key
    assert "Kennis" in bar.place.text() or "Knowledge" in bar.place.text()


def test_a_prefix_that_names_no_single_segment_adds_nothing(window: MainWindow) -> None:
    window.workshop.create_network("N")
    bar = window.desk.quick_bar
    keys = Keyboard(bar)
    keys.note("bred: twee kandidaten")
    assert bar.line.text() == "bred: twee kandidaten"  # kept, to fix
    bar.line.clear()
    keys.note("qqq: geen kandidaat")
    assert _notes(window) == []
    assert bar.line.text() == "qqq: geen kandidaat"  # kept, to fix
    assert bar.message.text()


def test_a_paste_of_many_lines_asks_with_the_count_and_is_one_undo_step(
    window: MainWindow,
) -> None:
    window.workshop.create_network("N")
    bar = window.desk.quick_bar
    bar.choose("ring2.attitude_behaviour")
    asked: list[int] = []
    bar.confirm = lambda count, _place: asked.append(count) == []  # says no
    lines = [f"- regel {n}" for n in range(12)]
    QGuiApplication.clipboard().setText("\n".join(lines) + "\n\n")
    keys = Keyboard(bar)
    keys.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert asked == [12] and _notes(window) == []
    bar.confirm = lambda count, _place: asked.append(count) is None  # says yes
    keys.key(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    expected = [("ring2.attitude_behaviour", f"regel {n}") for n in range(12)]
    assert _notes(window) == expected
    store, network_id = window.workshop.store, window.workshop.contents.network.id
    ids = [note.id for note in store.notes.list_notes(network_id)]
    window.workshop.undo_stack.undo()
    assert _notes(window) == []
    window.workshop.undo_stack.redo()
    assert [note.id for note in store.notes.list_notes(network_id)] == ids
    # One line pasted is just typing.
    QGuiApplication.clipboard().setText("een regel")
    QTest.keyClick(bar.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert bar.line.text() == "een regel" and asked == [12, 12]


def test_ctrl_enter_accepts_the_note_dialog(window: MainWindow, qtbot) -> None:
    workshop = window.workshop
    workshop.create_network("N")
    dialog = NoteDialog(workshop, segment_key="core.resources")
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.keyClicks(dialog.text, "Een lokaal in de bibliotheek")
    QTest.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == NoteDialog.DialogCode.Accepted
    assert _notes(window) == [("core.resources", "Een lokaal in de bibliotheek")]


def test_the_bar_starts_afresh_in_another_network_and_follows_the_line(
    window: MainWindow,
) -> None:
    """Issue 23, item 17: the segment and "10 post-its added" stayed from the last network,
    and the bar did not follow the line at 12 o'clock."""
    workshop = window.workshop
    model = workshop.model
    first = workshop.create_network("Eerste")
    bar = window.desk.quick_bar
    bar.choose(model.rings[2].segments[2].key)
    bar.confirm = lambda _count, _place: True
    assert bar.add_lines("een\ntwee\ndrie") == 3
    assert bar.message.text()
    workshop.create_network("Tweede")
    assert bar.message.text() == ""
    assert bar.segment_key == model.rings[0].segments[0].key
    # Turning the chosen segment's ring takes its segment in the beam.
    bar.choose(model.rings[1].segments[0].key)
    workshop.wheel_settled(workshop.contents.wheel.arrangement.turned(1, 1, 4))
    in_beam = workshop.contents.wheel.arrangement.indices[1]
    assert in_beam != 0 and bar.segment_key == model.rings[1].segments[in_beam].key
    # Turning another ring leaves a segment chosen by hand alone.
    bar.choose(model.rings[1].segments[(in_beam + 1) % 4].key)
    workshop.wheel_settled(workshop.contents.wheel.arrangement.turned(0, 1, 4))
    assert bar.segment_key == model.rings[1].segments[(in_beam + 1) % 4].key
    workshop.open_network(first)
    assert (
        bar.message.text() == ""
        and bar.segment_key
        == model.rings[0].segments[workshop.contents.wheel.arrangement.indices[0]].key
    )
