"""A facilitator's outside-in session, as LEF ran it, from an empty store to a reopened window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from app.canvas.shapes import point_at
from app.core.model import Direction, IndicatorKind
from app.core.plausibility import Plausibility
from app.ui.dialogs.indicator_form import IndicatorForm
from app.ui.dialogs.moment_dialog import MomentDialog
from app.ui.dialogs.note_dialog import NoteDialog
from app.ui.dialogs.rework_dialog import ReworkDialog
from app.ui.panels.indicator_trend import TEXT, VALUE
from app.ui.panels.line_panel import LinePanel
from app.ui.shell.main_window import MainWindow
from db.records import StepFate


def turn_with_keys(qtbot, window: MainWindow, ring_number: int, presses: int) -> None:
    """Select a ring with its number key and turn it with → presses, as at a projector."""
    view = window.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key(Qt.Key.Key_1 + ring_number - 1))
    with qtbot.waitSignal(window.scene.arrangementSettled, timeout=5000):
        for _ in range(presses):
            QTest.keyClick(view, Qt.Key.Key_Right)


def fill_indicator_form(qtbot, window: MainWindow, line_id: int, step_key: str, suggestion: bool):
    """Go through the six steps of the guided form, as a facilitator would."""
    form = IndicatorForm(window.workshop, line_id, step_key, parent=window)
    qtbot.addWidget(form)
    form.show()
    if suggestion:
        item = form.suggestions.item(0)
        rect = form.suggestions.visualItemRect(item)
        qtbot.mouseClick(form.suggestions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        qtbot.keyClicks(form.name, "Verhalen van studenten")
        form.set_kind(IndicatorKind.QUALITATIVE)
    form.insight.setPlainText("Wat merken studenten van de stagebank?")
    for _ in range(5):
        qtbot.mouseClick(form.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    form.audience.setText("stuurgroep")
    qtbot.mouseClick(form.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert form.saved_id is not None
    return form.saved_id


def note_on(window: MainWindow, segment_key: str, text: str, moment_id: int | None) -> None:
    """Stick a post-it through the note dialog on a segment."""
    dialog = NoteDialog(
        window.workshop, segment_key=segment_key, moment_id=moment_id, parent=window
    )
    dialog.text.setPlainText(text)
    dialog.accept()


def note_items(window: MainWindow) -> list:
    return [
        note
        for item in window.scene.items()
        if type(item).__name__ == "StackItem"
        for note in item.notes
    ]


def test_an_outside_in_session_survives_closing_the_window(
    qtbot, open_window, tmp_path: Path, monkeypatch
) -> None:
    window = open_window()
    workshop = window.workshop
    assert not workshop.has_network
    window.grab().save(str(tmp_path / "01-start.png"))

    workshop.create_network("LEF Rijnland")
    assert window.windowTitle().startswith("LEF Rijnland")

    # The core: type entries and press Enter, as in the panel.
    window.tabs.setCurrentWidget(window.core_panel)
    partners = window.core_panel.parts["core.partners"]
    for name in ("mboRijnland", "Gemeente Leiden"):
        qtbot.keyClicks(partners.entry, name)
        QTest.keyClick(partners.entry, Qt.Key.Key_Return)
    activities = window.core_panel.parts["core.activities"]
    qtbot.keyClicks(activities.entry, "Stagebank")
    QTest.keyClick(activities.entry, Qt.Key.Key_Return)
    window.core_panel.stakeholders["stakeholders.target_group"].setFocus()
    qtbot.keyClicks(
        window.core_panel.stakeholders["stakeholders.target_group"],
        "Doelgroep: studenten van mboRijnland",
    )
    assert [e.text for e in workshop.contents.core] == [
        "mboRijnland",
        "Gemeente Leiden",
        "Stagebank",
    ]

    # Turn the rings: ring 2 one segment, the stakeholder ring three (→ the direct target group).
    turn_with_keys(qtbot, window, 2, 1)
    turn_with_keys(qtbot, window, 4, 3)
    arrangement = window.scene.arrangement()
    assert arrangement.indices == (0, 3, 0, 1)
    assert workshop.contents.wheel.arrangement == arrangement
    focus = workshop.focus_line()
    assert focus.stakeholder_key == "stakeholders.target_group"

    # Outside-in, then a story per step in the panel's own fields.
    panel = window.line_panel
    window.tabs.setCurrentWidget(panel)
    panel.direction.setCurrentIndex(list(Direction).index(Direction.OUTSIDE_IN))
    panel.direction.activated.emit(panel.direction.currentIndex())
    assert panel.steps[0].step_key == "stakeholders"
    assert "studenten van mboRijnland" in panel.steps[0].heading.text()
    stories = {}
    for editor in panel.steps:
        story = f"Verhaal bij {editor.step_key}: <b>niet vet</b> & 'aanhalingstekens'"
        editor.story.setFocus()
        qtbot.keyClicks(editor.story, story)
        stories[editor.step_key] = story
    qtbot.keyClicks(panel.assumptions, "Studenten vinden de stagebank")
    qtbot.keyClicks(panel.title, "Stages die werken")
    window.grab().save(str(tmp_path / "02-line-draft.png"))

    window.save_line_action.trigger()
    line = workshop.current_line()
    assert line is not None
    assert line.title == "Stages die werken"
    assert line.direction is Direction.OUTSIDE_IN
    assert {step.key: step.story for step in line.steps} == stories
    assert line.assumptions == "Studenten vinden de stagebank"
    window.tabs.setCurrentWidget(window.lines_panel)
    window.grab().save(str(tmp_path / "03-lines.png"))

    # Two indicators through the guided form: a count on ring 1, stories on the stakeholder.
    window.tabs.setCurrentWidget(window.indicator_panel)
    count_id = fill_indicator_form(qtbot, window, line.id, "ring1", suggestion=True)
    story_id = fill_indicator_form(qtbot, window, line.id, "stakeholders", suggestion=False)
    indicators = {i.id: i for i in workshop.contents.indicators}
    assert indicators[count_id].kind is IndicatorKind.QUANTITATIVE
    assert indicators[story_id].kind is IndicatorKind.QUALITATIVE
    window.grab().save(str(tmp_path / "04-indicators.png"))

    # A moment on the learning path and a measurement of each indicator, typed in the table.
    window.tabs.setCurrentWidget(window.learning_panel)
    moment_dialog = MomentDialog(workshop, parent=window.learning_panel)
    moment_dialog.focus.setText("Nulmeting")
    moment_dialog.set_date(date(2025, 3, 12))
    moment_dialog.accept()
    (moment,) = workshop.contents.moments
    window.learning_panel.trend_of(count_id).table.item(0, 1).setText("120")
    window.learning_panel.trend_of(story_id).table.item(0, 2).setText("Ik voel me gezien")
    qtbot.wait(50)  # new widgets in a shown panel appear after one turn of the event loop
    window.grab().save(str(tmp_path / "05-learning-path.png"))

    # Two post-its: a double-click on ring 2 in focus, and one through the dialog.
    ring2_focus = workshop.focus_line().segment_keys[1]

    def write_note(dialog: NoteDialog) -> int:
        dialog.text.setPlainText("Nieuwe stageplekken")
        dialog.accept()
        return 1

    monkeypatch.setattr(NoteDialog, "exec", write_note)
    scene = window.scene
    ring2 = scene.rings["ring2"]
    point = window.view.mapFromScene(point_at((ring2.inner + ring2.outer) / 2, 0.0))
    QTest.mouseDClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    # A hand lets go after a double-click; QTest's double-click leaves the button down (for
    # Qt, in every later test too, where a hover would then be a drag).
    QTest.mouseRelease(
        window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    note_on(window, "stakeholders.target_group", "Meer studenten uit Leiden", moment.id)
    notes = {n.text: n.segment_key for n in workshop.contents.notes}
    window.tabs.setCurrentWidget(window.notes_panel)
    window.grab().save(str(tmp_path / "06-post-its.png"))

    # Half a year on: moment B, typed with a Dutch date, and what the indicators show now.
    window.tabs.setCurrentWidget(window.learning_panel)
    moment_b = MomentDialog(workshop, parent=window.learning_panel)
    assert moment_b.label.text() == "B"
    moment_b.has_date.setChecked(True)
    moment_b.date.selectAll()
    qtbot.keyClicks(moment_b.date, "15-09-2025")
    moment_b.focus.setText("Na de zomer")
    moment_b.accept()
    b_id = workshop.contents.moments[-1].id
    count_table = window.learning_panel.trend_of(count_id).table
    count_table.item(count_table.row_of(b_id, None), VALUE).setText("185")
    story_table = window.learning_panel.trend_of(story_id).table
    story_table.item(story_table.row_of(b_id, None), TEXT).setText("Nu heb ik een stage")
    story_table.item(story_table.row_of(b_id, None), TEXT).setText("Mijn mentor kent me")
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "06b-moment-b.png"))

    # The group judges ring 2 partly plausible and adds its evidence.
    window.tabs.setCurrentWidget(panel)
    ring2_editor = next(e for e in panel.steps if e.step_key == "ring2")
    level = ring2_editor.plausibility.findData(Plausibility.PARTLY)
    ring2_editor.plausibility.setCurrentIndex(level)
    ring2_editor.plausibility.activated.emit(level)
    workshop.line_edits.add_evidence(
        line.id, "ring2", "Drie nieuwe stageplekken", "stagebank", None, b_id
    )
    assert workshop.current_line().weakest_step.key == "core"  # not judged counts weakest

    # Rework: turn ring 3 one segment; Ctrl+S asks, and the group updates this line,
    # keeping ring 3's story.
    turn_with_keys(qtbot, window, 3, 1)
    assert workshop.current_line() is None and workshop.line_edits.rework_candidate().id == line.id
    assert panel.update_line.isVisible()
    monkeypatch.setattr(
        LinePanel, "ask_update_or_new", lambda self, reworked, parent=None: "update"
    )

    def keep_ring3(dialog: ReworkDialog) -> int:
        assert list(dialog.choices) == ["ring3"]
        dialog.choose("ring3", StepFate.KEEP)
        dialog.accept()
        return 1

    monkeypatch.setattr(ReworkDialog, "exec", keep_ring3)
    window.save_line_action.trigger()
    reworked = workshop.current_line()
    assert reworked is not None and reworked.id == line.id
    assert reworked.segment_keys == workshop.focus_line().segment_keys != line.segment_keys
    assert {step.key: step.story for step in reworked.steps} == stories
    assert len(workshop.contents.lines) == 1
    assert len(workshop.contents.indicators_of(line.id)) == 2
    workshop.undo_stack.undo()
    assert workshop.store.lines.get_line(line.id).segment_keys == line.segment_keys
    workshop.undo_stack.redo()
    assert workshop.store.lines.get_line(line.id).segment_keys == reworked.segment_keys
    arrangement = window.scene.arrangement()
    window.grab().save(str(tmp_path / "06c-reworked.png"))
    window.close()

    # A new window on the same store: everything is back, the wheel as it was left.
    again = open_window()
    assert again.workshop.has_network
    assert again.workshop.contents.network.name == "LEF Rijnland"
    assert again.scene.arrangement() == arrangement
    reopened = again.workshop.current_line()
    assert reopened is not None and reopened.id == line.id
    assert reopened.segment_keys == reworked.segment_keys
    assert reopened.step("ring2").plausibility is Plausibility.PARTLY
    assert {step.key: step.story for step in reopened.steps} == stories
    assert again.core_panel.parts["core.partners"].list.count() == 2
    # "Partners & eigenaren": the "&" is shown, not taken for a keyboard shortcut.
    assert again.core_panel.part_boxes[0].title() == "Partners && eigenaren"
    assert (
        again.workshop.contents.network.stakeholder("stakeholders.target_group").name
        == "Doelgroep: studenten van mboRijnland"
    )
    assert again.line_panel.steps[0].story.toPlainText() == stories["stakeholders"]
    contents = again.workshop.contents
    assert {i.id: i.kind for i in contents.indicators} == {
        count_id: IndicatorKind.QUANTITATIVE,
        story_id: IndicatorKind.QUALITATIVE,
    }
    assert [(m.label, m.date, m.focus) for m in contents.moments] == [
        ("A", date(2025, 3, 12), "Nulmeting"),
        ("B", date(2025, 9, 15), "Na de zomer"),
    ]
    measured = [(m.indicator_id, m.value, m.text) for m in contents.measurements]
    assert measured == [
        (count_id, 120.0, ""),
        (count_id, 185.0, ""),
        (story_id, None, "Ik voel me gezien"),
        (story_id, None, "Nu heb ik een stage"),
        (story_id, None, "Mijn mentor kent me"),
    ]
    assert (
        {n.text: n.segment_key for n in contents.notes}
        == notes
        == {
            "Nieuwe stageplekken": ring2_focus,
            "Meer studenten uit Leiden": "stakeholders.target_group",
        }
    )
    assert len(note_items(again)) == 2
    again.grab().save(str(tmp_path / "07-reopened.png"))


def test_switching_the_language_keeps_the_work_and_retranslates(window, qapp) -> None:
    from app.ui.control.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    window.languageChosen.connect(switcher.use)
    workshop = window.workshop
    workshop.create_network("LEF")
    workshop.set_story("ring1", "Tweehonderd bezoekers")
    window.choose_language("nl")
    try:
        assert window.file_menu.title() == "&Bestand"
        assert window.tabs.tabText(1) == "Redeneerlijn"
        stories = {e.step_key: e.story.toPlainText() for e in window.line_panel.steps}
        assert stories["ring1"] == "Tweehonderd bezoekers"
        ring1 = workshop.model.segment(workshop.focus_line().segment_keys[0])
        assert window.line_panel.steps[1].heading.text().endswith(ring1.label.nl)
        window.choose_language("en")
        assert window.file_menu.title() == "&File"
        assert window.line_panel.steps[1].heading.text().endswith(ring1.label.en)
        assert window.line_panel.steps[1].story.toPlainText() == "Tweehonderd bezoekers"
    finally:
        switcher.use("en")


def test_the_panels_say_what_to_do_when_there_is_nothing_yet(window, tmp_path: Path) -> None:
    assert window.centre.currentWidget() is window.start
    assert window.start.empty.isVisibleTo(window.start)
    assert not window.dock.isVisible()  # no network: no panel beside the start page
    assert not window.save_line_action.isEnabled()
    window.workshop.create_network("LEF")
    assert window.dock.isVisible()
    assert window.centre.currentWidget() is window.desk
    lines = window.lines_panel
    assert lines.empty.isVisibleTo(lines) and not lines.list.isVisibleTo(lines)
    assert "Ctrl+S" in lines.empty.text()
    line = window.line_panel
    assert line.save.isVisibleTo(line)
    assert line.title.placeholderText()  # a title is proposed from the line itself
    window.tabs.setCurrentWidget(lines)
    window.grab().save(str(tmp_path / "empty-lines.png"))
    window.workshop.open_network(None)
    assert window.centre.currentWidget() is window.start
    assert window.start.listed.rowCount() == 1


def test_saving_the_line_twice_keeps_one_line(window) -> None:
    window.workshop.create_network("LEF")
    window.save_line_action.trigger()
    window.save_line_action.trigger()
    assert len(window.workshop.contents.lines) == 1
    assert window.statusBar().currentMessage() == "This line is saved already"


def test_locks_and_focus_asked_for_on_the_wheel_are_decided_and_stored_by_the_workshop(
    window,
) -> None:
    window.workshop.create_network("Locks")
    scene, workshop = window.scene, window.workshop
    ring2 = window.model.ring_keys[1]
    scene.lockRequested.emit(ring2, True)
    scene.focusRequested.emit(ring2)
    stored = workshop.store.wheel.get_wheel(workshop.network_id)
    assert stored.locked_rings == {ring2} and stored.focus_ring == ring2
    assert scene.is_locked(ring2) and scene.partial_focus() == ring2
    assert window.lock_actions[ring2].isChecked() and window.focus_actions[ring2].isChecked()
    window.lock_actions[ring2].trigger()  # the View menu asks the same owner
    assert not scene.is_locked(ring2)
    workshop.undo_stack.undo()
    assert scene.is_locked(ring2) and window.lock_actions[ring2].isChecked()
    workshop.undo_stack.undo()
    assert scene.partial_focus() is None and window.focus_actions[None].isChecked()
