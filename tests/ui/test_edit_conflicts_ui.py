"""Two people on one store, in the real panels and dialogs: the second save of a story or a
post-it shows both texts and keeps the choice; a line deleted under its editor closes into a
draft with a status message. One window here, the other person a second `Store` on the same
file (tests/db/test_team_conflicts.py does the same against PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.core.changes import Origin
from app.ui.control.workshop import Workshop
from app.ui.dialogs.conflict_dialog import ConflictDialog, Keep, both_texts
from app.ui.dialogs.note_dialog import NoteDialog
from app.ui.panels.line_panel import LinePanel
from db.errors import UNDONE, EditConflictError
from db.store import Store


@pytest.fixture
def colleague(store: Store) -> Iterator[Store]:
    """Someone else's program on the same store file."""
    other = Store.open(store.path)
    yield other
    other.close()


def answer_conflict(keep: Keep, shown: list[ConflictDialog]) -> None:
    """When the conflict dialog comes up, look at it and choose `keep` (as a person would)."""

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, choose)
            return
        shown.append(dialog)
        {Keep.MINE: dialog.keep_mine, Keep.THEIRS: dialog.keep_theirs, Keep.BOTH: dialog.keep_both}[
            keep
        ].click()

    QTimer.singleShot(0, choose)


def typed(panel: LinePanel, index: int, text: str) -> None:
    editor = panel.steps[index].story
    editor.setFocus()
    editor.setPlainText(text)  # textChanged: one keystroke's commit


@pytest.fixture
def panel(workshop: Workshop, qtbot) -> LinePanel:
    workshop.save_line()
    panel = LinePanel(workshop)
    qtbot.addWidget(panel)
    panel.resize(500, 700)
    panel.show()
    return panel


@pytest.mark.parametrize("keep", list(Keep))
def test_two_people_typing_in_one_story_the_second_chooses_mine_theirs_or_both(
    workshop: Workshop, panel: LinePanel, colleague: Store, keep: Keep, tmp_path: Path
):
    line = workshop.current_line()
    assert line is not None
    step = panel.steps[1].step_key
    typed(panel, 1, "Wij koken")
    seen = colleague.lines.get_line(line.id).step(step).version
    colleague.lines.set_line_story(line.id, step, "Zij koken <b>ook</b>", seen=seen)
    shown: list[ConflictDialog] = []
    answer_conflict(keep, shown)
    undo_steps = workshop.undo_stack.count()
    typed(panel, 1, "Wij koken samen")
    assert len(shown) == 1
    dialog = shown[0]
    assert dialog.mine.toPlainText() == "Wij koken samen"
    assert dialog.theirs.toPlainText() == "Zij koken <b>ook</b>"  # plain text, never HTML
    expected = {
        Keep.MINE: "Wij koken samen",
        Keep.THEIRS: "Zij koken <b>ook</b>",
        Keep.BOTH: "Wij koken samen\n\nZij koken <b>ook</b>",
    }[keep]
    assert colleague.lines.get_line(line.id).story(step) == expected
    assert panel.steps[1].story.toPlainText() == expected
    # The refused keystroke left no undo step of its own; the choice is one more edit.
    assert workshop.undo_stack.count() <= undo_steps + (keep is not Keep.THEIRS)
    # Typing goes on from the version saved with the choice: no second dialog.
    typed(panel, 1, expected + "!")
    assert colleague.lines.get_line(line.id).story(step) == expected + "!"


def test_the_conflict_dialog_shows_both_texts_with_names_and_fits_the_screen(qtbot, tmp_path):
    dialog = ConflictDialog("het verhaal", "mijn tekst", "hun tekst")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 768
    names = [w.accessibleName() for w in (dialog.mine, dialog.theirs, dialog.keep_both)]
    assert all(names)
    assert dialog.text() == both_texts("mijn tekst", "hun tekst")  # closing keeps both
    dialog.grab().save(str(tmp_path / "conflict.png"))
    assert both_texts("", "hun") == "hun" and both_texts("mijn", "  ") == "mijn"


def test_a_post_it_edited_by_two_shows_both_texts_and_keeps_the_choice(
    workshop: Workshop, colleague: Store, qtbot
):
    segment = workshop.model.rings[0].segments[0].key
    note = workshop.store.notes.add_note(workshop.network_id, segment, "Eerste idee")
    workshop.show_what_is_stored()
    dialog = NoteDialog(workshop, workshop.store.notes.get_note(note.id))
    qtbot.addWidget(dialog)
    colleague.notes.update_note(note.id, text="Hun idee", seen=note.version)
    dialog.text.setPlainText("Mijn idee")
    shown: list[ConflictDialog] = []
    answer_conflict(Keep.MINE, shown)
    dialog.accept()
    assert len(shown) == 1 and shown[0].theirs.toPlainText() == "Hun idee"
    assert colleague.notes.get_note(note.id).text == "Mijn idee"
    assert [n.text for n in workshop.contents.notes] == ["Mijn idee"]
    workshop.undo_stack.undo()  # the choice is one undo step: back to theirs
    assert colleague.notes.get_note(note.id).text == "Hun idee"


def test_a_line_deleted_under_its_editor_closes_into_a_draft_with_a_message(
    workshop: Workshop, panel: LinePanel, colleague: Store
):
    line = workshop.current_line()
    assert line is not None
    typed(panel, 1, "Wat wij zagen")
    said: list[str] = []
    workshop.said.connect(said.append)
    notices: list[Origin] = []
    workshop.noticed.connect(lambda changes: notices.append(changes.origin))
    colleague.lines.delete_line(line.id)
    steps = workshop.undo_stack.count()
    typed(panel, 1, "Wat wij zagen, en meer")
    assert workshop.current_line() is None
    assert said and line.title in said[0]
    assert Origin.ELSEWHERE in notices
    assert workshop.undo_stack.count() == steps  # no undo step for an edit that did not commit
    assert panel.save.isVisible()  # the draft, ready to be saved again
    assert panel.steps[1].story.toPlainText() == "Wat wij zagen, en meer"
    assert workshop.draft_stories()[panel.steps[1].step_key] == "Wat wij zagen, en meer"
    new_id = workshop.save_line()
    assert (
        colleague.lines.get_line(new_id).story(panel.steps[1].step_key) == "Wat wij zagen, en meer"
    )


def test_an_undo_refused_because_someone_else_changed_it_meanwhile_starts_undo_anew(
    workshop: Workshop, colleague: Store, qtbot
):
    network_id = workshop.network_id
    assert network_id is not None
    workshop.set_description("Onze beschrijving")
    seen = colleague.networks.get_network(network_id).version
    colleague.networks.set_network_description(network_id, "Hun beschrijving", seen=seen)
    said: list[str] = []
    workshop.said.connect(said.append)
    with pytest.raises(EditConflictError):
        workshop.undo_stack.undo()  # would put back "" over theirs: refused, not silent
    qtbot.waitUntil(lambda: workshop.undo_stack.count() == 0, timeout=2000)
    assert said
    assert colleague.networks.get_network(network_id).description == "Hun beschrijving"
    assert workshop.contents.network.description == "Hun beschrijving"  # shown as stored


def test_a_keystroke_the_store_undid_as_a_whole_is_said_not_asked_about(
    workshop: Workshop, panel: LinePanel, qtbot, monkeypatch
):
    """A refusal with no text of theirs (the server undid the keystroke twice in a deadlock)
    offers no choice between texts: it goes on to the message every store fault gets."""
    undone = EditConflictError(UNDONE, None)

    def refused(*_arguments: object, **_keywords: object) -> None:
        raise undone

    monkeypatch.setattr(workshop.store.lines, "set_line_story", refused)
    asked: list[ConflictDialog] = []

    def close_a_question() -> None:  # had one come up, it would be shut here, and counted
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConflictDialog):
            asked.append(dialog)
            dialog.reject()

    watch = QTimer()
    watch.timeout.connect(close_a_question)
    watch.start(20)
    with qtbot.capture_exceptions() as raised:
        typed(panel, 1, "Wij koken")
    watch.stop()
    assert [error for _, error, _ in raised] == [undone]
    assert asked == []
