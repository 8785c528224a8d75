"""Every kind of edit can be undone and redone, and the store follows each step."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.geometry import Arrangement
from app.core.model import Direction
from app.core.plausibility import Plausibility
from app.ui.control.parts import STORIES
from app.ui.control.workshop import Workshop
from app.ui.dialogs.evidence_dialog import EvidenceDialog
from app.ui.panels.lines_panel import LinesPanel
from db.records import LineStatus, StepFate, WheelState
from tests.ui.test_network_dialogs import answer_text


def undo_redo(workshop: Workshop, before, after, read) -> None:
    """Undo must bring `before` back in the store, redo `after`, and again."""
    assert read() == after
    for _ in range(2):
        workshop.undo_stack.undo()
        assert read() == before
        workshop.undo_stack.redo()
        assert read() == after


def core_texts(workshop: Workshop) -> list[str]:
    return [entry.text for entry in workshop.store.lines.list_core(workshop.network_id)]


def test_core_entries_add_edit_move_and_remove(workshop: Workshop) -> None:
    workshop.core_edits.add_core_entry("core.partners", "mboRijnland")
    undo_redo(workshop, [], ["mboRijnland"], lambda: core_texts(workshop))
    first = workshop.contents.core[0].id
    workshop.core_edits.add_core_entry("core.partners", "Gemeente")
    workshop.core_edits.edit_core_entry(first, "mbo")
    workshop.core_edits.edit_core_entry(first, "mboRijnland (ROC)")  # typing in one field: one step
    undo_redo(
        workshop,
        ["mboRijnland", "Gemeente"],
        ["mboRijnland (ROC)", "Gemeente"],
        lambda: core_texts(workshop),
    )
    workshop.core_edits.move_core_entry(first, 1)
    undo_redo(
        workshop,
        ["mboRijnland (ROC)", "Gemeente"],
        ["Gemeente", "mboRijnland (ROC)"],
        lambda: core_texts(workshop),
    )
    workshop.core_edits.delete_core_entry(first)
    undo_redo(
        workshop, ["Gemeente", "mboRijnland (ROC)"], ["Gemeente"], lambda: core_texts(workshop)
    )


def test_the_network_name_description_and_stakeholder_names(workshop: Workshop) -> None:
    network = lambda: workshop.store.networks.get_network(workshop.network_id)  # noqa: E731
    workshop.rename_network("LEF Leiden")
    undo_redo(workshop, "LEF", "LEF Leiden", lambda: network().name)
    for text in ("S", "St", "Stages"):
        workshop.set_description(text)
    undo_redo(workshop, "", "Stages", lambda: network().description)
    workshop.set_stakeholder_name("stakeholders.target_group", "Studenten")
    undo_redo(
        workshop,
        "",
        "Studenten",
        lambda: network().stakeholder("stakeholders.target_group").name,
    )


def test_a_saved_line_and_each_of_its_fields(workshop: Workshop) -> None:
    workshop.set_story("ring1", "Honderd studenten bereikt")
    line_id = workshop.save_line()
    lines = lambda: workshop.store.lines.list_lines(workshop.network_id)  # noqa: E731
    undo_redo(workshop, 0, 1, lambda: len(lines()))
    line = lambda: workshop.store.lines.get_line(line_id)  # noqa: E731
    assert line().story("ring1") == "Honderd studenten bereikt"
    workshop.set_story("ring2", "Nieuwe")
    workshop.set_story("ring2", "Nieuwe stages")
    undo_redo(workshop, "", "Nieuwe stages", lambda: line().story("ring2"))
    workshop.set_line_text("assumptions", "Bedrijven doen mee")
    undo_redo(workshop, "", "Bedrijven doen mee", lambda: line().assumptions)
    saved_title = line().title
    assert saved_title == workshop.wording().default_title(line().reasoning_line)
    workshop.rename_line(line_id, "Stages")
    undo_redo(workshop, saved_title, "Stages", lambda: line().title)
    workshop.set_line_status(line_id, LineStatus.SUPPORTED)
    undo_redo(workshop, LineStatus.IDEA, LineStatus.SUPPORTED, lambda: line().status)
    workshop.set_direction(Direction.OUTSIDE_IN)
    undo_redo(workshop, Direction.INSIDE_OUT, Direction.OUTSIDE_IN, lambda: line().direction)
    workshop.delete_line(line_id)
    undo_redo(workshop, 1, 0, lambda: len(lines()))
    workshop.undo_stack.undo()
    assert line().story("ring2") == "Nieuwe stages"  # back with everything


def test_turning_the_wheel_by_hand_is_one_step_and_undo_turns_it_back(workshop: Workshop) -> None:
    moves: list = []
    workshop.wheelMoved.connect(lambda state, animate: moves.append((state.arrangement, animate)))
    wheel = lambda: workshop.store.wheel.get_wheel(workshop.network_id).arrangement  # noqa: E731
    start = Arrangement((0, 0, 0, 0))
    turned = Arrangement((0, 3, 0, 1))
    workshop.wheel_settled(turned)
    workshop.wheel_settled(turned)  # the wheel reports rest again: no second step
    assert workshop.undo_stack.count() == 1
    undo_redo(workshop, start, turned, wheel)
    assert moves[-1] == (turned, True) and (start, True) in moves


def test_locks_and_partial_focus(workshop: Workshop) -> None:
    state = lambda: workshop.store.wheel.get_wheel(workshop.network_id)  # noqa: E731
    shown: list[WheelState] = []
    workshop.wheelOptionsChanged.connect(shown.append)
    workshop.set_locked("ring2", True)
    workshop.set_partial_focus("stakeholders.community")
    assert shown[-1] == state()  # the workshop decides, stores, then tells the views
    assert workshop.undo_stack.count() == 2
    workshop.undo_stack.undo()
    assert (state().locked_rings, state().focus_stakeholder) == (frozenset({"ring2"}), None)
    assert shown[-1] == state()
    workshop.undo_stack.redo()
    workshop.set_locked("ring2", False)
    workshop.set_partial_focus("ring3")
    assert (state().locked_rings, state().focus_ring, state().focus_stakeholder) == (
        frozenset(),
        "ring3",
        None,
    )
    undo_redo(
        workshop,
        (frozenset(), "stakeholders.community"),
        (frozenset(), "ring3"),
        lambda: (state().locked_rings, state().focus_ring or state().focus_stakeholder),
    )


def test_asking_for_the_same_locks_and_focus_adds_no_undo_step(workshop: Workshop) -> None:
    workshop.set_locked("ring1", False)
    workshop.set_partial_focus(None)
    assert workshop.undo_stack.count() == 0
    with pytest.raises(KeyError):
        workshop.set_partial_focus("no-such-group")


def test_choosing_a_saved_line_turns_the_wheel_to_it_and_undo_turns_back(workshop) -> None:
    workshop.wheel_settled(Arrangement((1, 1, 1, 1)))
    line_id = workshop.save_line()
    workshop.wheel_settled(Arrangement((2, 0, 3, 0)))
    assert workshop.current_line() is None  # another line is in focus: the draft
    workshop.turn_to_line(line_id)
    assert workshop.current_line().id == line_id
    wheel = lambda: workshop.store.wheel.get_wheel(workshop.network_id).arrangement  # noqa: E731
    undo_redo(workshop, Arrangement((2, 0, 3, 0)), Arrangement((1, 1, 1, 1)), wheel)
    workshop.undo_stack.undo()  # back on the draft line the wheel showed before
    assert workshop.current_line() is None
    workshop.undo_stack.redo()
    assert workshop.current_line().id == line_id


def test_deleting_the_network_can_be_undone_within_the_session(workshop: Workshop) -> None:
    network_id = workshop.network_id
    workshop.core_edits.add_core_entry("core.resources", "Programmabureau")
    workshop.delete_network()
    assert not workshop.has_network
    assert workshop.store.networks.list_networks() == ()
    workshop.undo_stack.undo()
    assert workshop.network_id == network_id
    assert core_texts(workshop) == ["Programmabureau"]
    workshop.undo_stack.redo()
    assert not workshop.has_network


def test_duplicating_a_line_copies_it_and_undo_removes_the_copy(workshop, monkeypatch) -> None:
    line_id = workshop.save_line()
    workshop.set_story(workshop.model.rings[0].key, "Ontmoeten")
    panel = LinesPanel(workshop)
    panel.list.setCurrentRow(0)
    answer_text(monkeypatch, "Kopie voor B")
    panel.duplicate_line()
    lines = workshop.contents.lines
    assert [line.title for line in lines][1] == "Kopie voor B"
    assert lines[1].story(workshop.model.rings[0].key) == "Ontmoeten"
    assert panel.list.count() == 2 and "weakest step" in panel.list.item(1).text()
    workshop.undo_stack.undo()
    assert [line.id for line in workshop.contents.lines] == [line_id]


def test_plausibility_and_evidence_are_undone(workshop: Workshop, qtbot) -> None:
    line_id = workshop.save_line()
    workshop.learning.add_moment("A")
    workshop.line_edits.set_step_plausibility(line_id, "ring1", Plausibility.PLAUSIBLE)
    dialog = EvidenceDialog(workshop, line_id, "ring1")
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Verslag van de bijeenkomst")
    dialog.source.setText("/gedeeld/verslagen/maart.pdf")
    dialog.has_date.setChecked(True)
    dialog.date.setText("15-02-2025")
    dialog.moment.setCurrentIndex(1)
    dialog.accept()
    (item,) = workshop.contents.evidence_of(line_id, "ring1")
    assert (item.source, item.date) == ("/gedeeld/verslagen/maart.pdf", date(2025, 2, 15))
    assert item.moment_id == workshop.contents.moments[0].id
    edit = EvidenceDialog(workshop, line_id, "ring1", item)
    qtbot.addWidget(edit)
    edit.text.setPlainText("Verslag (definitief)")
    edit.accept()
    assert workshop.contents.evidence_of(line_id)[0].text == "Verslag (definitief)"
    workshop.undo_stack.undo()
    assert workshop.contents.evidence_of(line_id)[0].text == "Verslag van de bijeenkomst"
    workshop.undo_stack.undo()
    assert workshop.contents.evidence_of(line_id) == ()
    workshop.undo_stack.undo()
    assert workshop.contents.lines[0].step("ring1").plausibility is None
    workshop.undo_stack.redo()
    assert workshop.contents.lines[0].step("ring1").plausibility is Plausibility.PLAUSIBLE


def test_a_rework_is_one_undo_step_and_a_move_makes_a_line_of_the_old_segments(
    workshop: Workshop,
) -> None:
    line_id = workshop.save_line()
    ring2 = workshop.model.rings[1].key
    workshop.set_story(ring2, "Verbindingen")
    old = workshop.contents.lines[0]
    arrangement = workshop.contents.wheel.arrangement
    turned = Arrangement(
        (arrangement.indices[0], (arrangement.indices[1] + 1) % 4, *arrangement.indices[2:])
    )
    workshop.wheel_settled(turned)
    assert workshop.line_edits.rework_candidate().id == line_id
    assert [change[0] for change in workshop.line_edits.rework_changes()] == [ring2]
    workshop.line_edits.update_reworked_line({ring2: StepFate.MOVE}, "Oude route")
    lines = workshop.contents.lines
    assert [line.title for line in lines][1] == "Oude route"
    assert lines[1].segment_keys == old.segment_keys and lines[1].story(ring2) == "Verbindingen"
    assert lines[0].story(ring2) == "" and workshop.current_line_id == line_id
    workshop.undo_stack.undo()
    assert workshop.contents.lines == (old,)
    assert workshop.line_edits.rework_candidate().id == line_id
    workshop.undo_stack.redo()
    assert [line.title for line in workshop.contents.lines][1] == "Oude route"


def test_a_story_edit_patches_the_open_network_instead_of_reading_it_again(
    workshop: Workshop, monkeypatch
) -> None:
    line_id = workshop.save_line()
    workshop.contents  # noqa: B018 - loaded once
    reads: list[int] = []
    load = workshop.store.networks.load_network
    monkeypatch.setattr(workshop.store, "load_network", lambda n: reads.append(n) or load(n))
    parts: list[frozenset[str]] = []
    workshop.changed.connect(parts.append)
    workshop.set_story("ring3", "Meer stages")
    workshop.set_story("ring3", "Meer stages gevonden")
    assert workshop.current_line().story("ring3") == "Meer stages gevonden"
    assert workshop.store.lines.get_line(line_id).story("ring3") == "Meer stages gevonden"
    workshop.undo_stack.undo()  # typing is one undo step, and undo patches too
    assert workshop.current_line().story("ring3") == ""
    assert reads == [] and set(parts) == {frozenset({STORIES})}


def test_undoing_a_story_shows_it_in_the_line_panel(window) -> None:
    workshop = window.workshop
    workshop.create_network("Verhalen")
    workshop.save_line()
    editor = next(e for e in window.line_panel.steps if e.step_key == "ring2")
    editor.story.setPlainText("Studenten lopen stage")
    assert workshop.current_line().story("ring2") == "Studenten lopen stage"
    workshop.undo_stack.undo()
    assert editor.story.toPlainText() == ""
