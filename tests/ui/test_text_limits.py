"""The program's text fields keep to the store's limits (app.core.limits) and say so."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPlainTextEdit

from app.core.limits import MAX_LABEL, MAX_NAME, MAX_NOTE, MAX_STORY, MAX_TEXT
from app.ui.control.workshop import Workshop
from app.ui.dialogs.moment_dialog import MomentDialog
from app.ui.dialogs.note_dialog import NoteDialog
from app.ui.panels.line_panel import LinePanel
from app.ui.widgets.text_limits import LimitedItems, TextLimit, ask_text


def test_a_paste_past_the_limit_keeps_what_fits_and_says_why(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    limit = TextLimit(editor, 10)
    editor.insertPlainText("abc")
    with qtbot.waitSignal(limit.refused) as refused:
        editor.insertPlainText("0123456789")
    assert editor.toPlainText() == "abc0123456"
    assert editor.textCursor().position() == 10
    assert "10" in refused.args[0] and "characters" in refused.args[0]
    editor.textCursor().setPosition(0)
    editor.insertPlainText("z")  # full: typing adds nothing
    assert editor.toPlainText() == "abc0123456"


def test_the_limit_counts_characters_as_the_store_does_not_utf16_units(qtbot) -> None:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    TextLimit(editor, 5)
    editor.insertPlainText("é🎉")
    cursor = editor.textCursor()
    cursor.setPosition(1)  # between é and 🎉
    editor.setTextCursor(cursor)
    editor.insertPlainText("👩🏽🚲x")
    assert editor.toPlainText() == "é👩🏽🚲🎉"
    assert len(editor.toPlainText()) == 5


def test_a_story_pasted_past_the_limit_is_saved_at_the_limit(workshop: Workshop, qtbot) -> None:
    panel = LinePanel(workshop)
    qtbot.addWidget(panel)
    workshop.save_line()
    step = panel.steps[1]
    step.story.setFocus()
    step.story.insertPlainText("w " * 15_000)  # 30,000 characters
    line = workshop.current_line()
    assert line is not None
    assert len(line.story(step.step_key)) == MAX_STORY
    assert len(step.story.toPlainText()) == MAX_STORY
    assert panel.title.maxLength() == MAX_NAME


def test_the_dialogs_fields_have_the_store_s_limits(workshop: Workshop, qtbot) -> None:
    moment = MomentDialog(workshop)
    qtbot.addWidget(moment)
    assert moment.label.maxLength() == MAX_LABEL
    assert moment.focus.maxLength() == MAX_TEXT
    moment.learnings.insertPlainText("l" * (MAX_STORY + 5))
    assert len(moment.learnings.toPlainText()) == MAX_STORY
    note = NoteDialog(workshop)
    qtbot.addWidget(note)
    note.text.insertPlainText("n" * (MAX_NOTE + 1))
    assert len(note.text.toPlainText()) == MAX_NOTE
    moment.label.setText("m" * 100)
    assert moment.label.text() == "m" * MAX_LABEL


def test_a_cell_editor_gets_the_limit(qtbot) -> None:
    from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyleOptionViewItem

    view = QListWidget()
    qtbot.addWidget(view)
    view.setItemDelegate(LimitedItems(7, view))
    view.addItem(QListWidgetItem("x"))
    editor = view.itemDelegate().createEditor(
        view.viewport(), QStyleOptionViewItem(), view.model().index(0, 0)
    )
    assert isinstance(editor, QLineEdit) and editor.maxLength() == 7


def test_a_name_asked_in_a_dialog_is_cut_at_the_limit(qtbot) -> None:
    typed: list[int] = []

    def type_and_accept() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog))
        field = dialog.findChild(QLineEdit)
        field.setText("n" * (MAX_NAME + 50))
        typed.append(len(field.text()))
        dialog.accept()

    QTimer.singleShot(0, type_and_accept)
    name, accepted = ask_text(None, "Nieuw netwerk", "Naam", MAX_NAME, "oud")
    assert accepted and typed == [MAX_NAME] and name == "n" * MAX_NAME


def test_a_long_network_name_typed_in_the_new_network_dialog_is_cut(window, monkeypatch) -> None:
    def typed(dialog: QInputDialog) -> QInputDialog.DialogCode:
        dialog.setTextValue("n" * (MAX_NAME + 20))
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", typed)
    window.new_action.trigger()
    assert window.workshop.contents.network.name == "n" * MAX_NAME
