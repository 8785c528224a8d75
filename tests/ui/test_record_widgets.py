"""The shared record widgets: the Add/Edit/Delete row and the dialogs' typed values."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QToolButton

from app.ui.control.workshop import Workshop
from app.ui.dialogs import record_dialog
from app.ui.dialogs.moment_dialog import MomentDialog, MomentValues
from app.ui.dialogs.note_dialog import NoteDialog, NoteValues
from app.ui.widgets.record_widgets import RecordButtons, move_buttons
from db.errors import StoreError


def test_edit_delete_and_extras_follow_the_chosen_record(qtbot) -> None:
    extra = QToolButton()
    buttons = RecordButtons("Add…", [extra])
    qtbot.addWidget(buttons)
    buttons.set_chosen(False)
    assert buttons.add.isEnabled()
    assert not any(b.isEnabled() for b in (buttons.edit, extra, buttons.delete))
    buttons.set_chosen(True)
    assert all(b.isEnabled() for b in (buttons.edit, extra, buttons.delete))


def test_the_arrow_buttons_move_a_record_one_place_earlier_or_later(qtbot) -> None:
    moves: list[int] = []
    earlier, later = move_buttons("Earlier", "Later", moves.append)
    for button in (earlier, later):
        qtbot.addWidget(button)
    earlier.click()
    later.click()
    later.click()
    assert moves == [-1, +1, +1]
    assert (earlier.text(), earlier.toolTip(), later.text(), later.toolTip()) == (
        "↑",
        "Earlier",
        "↓",
        "Later",
    )
    assert earlier.width() == later.width() < 60


def test_dialogs_hand_out_typed_values_and_save_one_record(qtbot, workshop: Workshop) -> None:
    dialog = MomentDialog(workshop)
    qtbot.addWidget(dialog)
    dialog.label.setText("  Nulmeting ")
    dialog.set_date(date(2025, 3, 12))
    assert dialog.values() == MomentValues("Nulmeting", date(2025, 3, 12), "", "")
    dialog.accept()
    (moment,) = workshop.contents.moments
    assert (moment.id, moment.label) == (dialog.saved_id, "Nulmeting")
    key = workshop.model.rings[0].segments[0].key
    note = NoteDialog(workshop, segment_key=key, moment_id=moment.id)
    qtbot.addWidget(note)
    note.text.setPlainText("Bij de start")
    values = note.values()
    assert isinstance(values, NoteValues) and values.moment_id == moment.id
    note.accept()
    assert [n.text for n in workshop.contents.notes] == ["Bij de start"]


def test_a_refused_save_keeps_the_dialog_open_and_says_why(qtbot, workshop, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)

    def refuse() -> None:
        raise StoreError("the disk is full")

    dialog = MomentDialog(workshop)
    qtbot.addWidget(dialog)
    assert not record_dialog.save_or_explain(dialog, "Moment not saved", refuse)
    assert len(told) == 1 and told[0].endswith("the disk is full")  # described, then why
    dialog.label.clear()
    dialog.accept()  # nothing to save: the label gets the focus, the dialog stays
    assert dialog.result() == 0 and not workshop.contents.moments
