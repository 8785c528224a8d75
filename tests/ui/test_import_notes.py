"""Import of post-its from a CSV file or an Excel workbook: the preview shows every row and
why the bad ones fail before anything is written; the good ones arrive in one undo step."""

from __future__ import annotations

import html
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMessageBox

from app.ui.control.workshop import Workshop
from app.ui.postits.import_dialog import ImportNotesDialog, import_notes, sheet_notes
from app.ui.shell.main_window import MainWindow
from tests.ui.conftest import answer_file_dialogs

CSV = (
    "Tekst;Segment;Kleur;Moment\n"
    "Meer ouders op school;Houding & gedrag;#b9f0b0;Nulmeting\n"
    "Nieuwe stageplekken;ring1.meeting_reach;;\n"
    ";hou;;\n"
    "Ergens;nergens;;\n"
    "Groenig;hou;groen;\n"
    "Later;hou;;Eindmeting\n"
)


def _texts(workshop: Workshop) -> list[str]:
    return [note.text for note in workshop.store.notes.list_notes(workshop.contents.network.id)]


def test_the_preview_shows_each_row_and_why_it_fails_before_writing(
    workshop: Workshop, qtbot, tmp_path: Path
) -> None:
    workshop.learning.add_moment("Nulmeting")
    path = tmp_path / "kring.csv"
    path.write_text(CSV, encoding="utf-8")
    notes = sheet_notes(workshop, path)
    assert not isinstance(notes, str)
    dialog = ImportNotesDialog(workshop, notes)
    qtbot.addWidget(dialog)
    assert _texts(workshop) == []  # a preview writes nothing
    problems = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 4).text()
        for row in range(dialog.table.rowCount())
    }
    assert problems["2"] == "" and problems["3"] == ""
    assert all(problems[row] for row in ("4", "5", "6", "7"))
    assert "2" in dialog.summary.text() and "4" in dialog.summary.text()
    dialog.accept()
    assert _texts(workshop) == ["Meer ouders op school", "Nieuwe stageplekken"]
    first = workshop.store.notes.list_notes(workshop.contents.network.id)[0]
    assert first.colour == "#B9F0B0" and first.moment_id is not None
    workshop.undo_stack.undo()
    assert _texts(workshop) == []


def test_an_excel_workbook_is_read_from_its_first_sheet(
    workshop: Workshop, qtbot, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["text", "segment", "colour"])
    sheet.append(["Een bibliotheekruimte", "Hulpbronnen", "#a8dcff"])
    sheet.append([42, "core.activities", None])
    path = tmp_path / "kring.xlsx"
    book.save(path)
    notes = sheet_notes(workshop, path)
    assert not isinstance(notes, str)
    assert [(n.segment_key, n.text, n.problem) for n in notes] == [
        ("core.resources", "Een bibliotheekruimte", ""),
        ("core.activities", "42", ""),
    ]


def test_files_that_are_no_sheet_are_refused_unread(workshop: Workshop, tmp_path: Path) -> None:
    assert sheet_notes(workshop, workshop.store.path) == "store"
    (tmp_path / "poster.pdf").write_bytes(b"%PDF-1.4")
    assert sheet_notes(workshop, tmp_path / "poster.pdf") == "not a sheet"
    (tmp_path / "kapot.xlsx").write_bytes(b"no zip at all")
    assert sheet_notes(workshop, tmp_path / "kapot.xlsx") == "not a workbook"
    (tmp_path / "kolommen.csv").write_text("kleur,moment\n#ffffff,x\n", encoding="utf-8")
    assert sheet_notes(workshop, tmp_path / "kolommen.csv") == "no text column"
    assert sheet_notes(workshop, tmp_path / "weg.csv") == "unreadable"
    assert _texts(workshop) == []


def test_from_the_window_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.workshop.create_network("Kring")
    path = tmp_path / "kring.csv"
    path.write_text(CSV, encoding="utf-8")
    answer_file_dialogs(monkeypatch, path)
    monkeypatch.setattr(ImportNotesDialog, "exec", lambda self: self.accept() or 1)
    assert import_notes(window, window.workshop) == 1  # Nulmeting is no moment here
    assert _texts(window.workshop) == ["Nieuwe stageplekken"]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    answer_file_dialogs(monkeypatch, tmp_path / "poster.pdf")
    (tmp_path / "poster.pdf").write_bytes(b"%PDF-1.4")
    assert import_notes(window, window.workshop) == 0
    assert shown and "Excel" in shown[0]
    assert window.import_notes_action.isEnabled()


def test_the_preview_shows_the_segment_and_the_problem_whole(
    workshop: Workshop, qtbot, tmp_path: Path
) -> None:
    """Issue 23, item 19: the preview cut the segment ("Directe resultaten · …") and the
    problem text."""
    workshop.learning.add_moment("Nulmeting")
    path = tmp_path / "kring.csv"
    path.write_text(CSV, encoding="utf-8")
    notes = sheet_notes(workshop, path)
    assert not isinstance(notes, str)
    dialog = ImportNotesDialog(workshop, notes)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.textElideMode() == Qt.TextElideMode.ElideNone and table.wordWrap()
    shown = 0
    for row in range(table.rowCount()):
        for column in (1, 4):
            item = table.item(row, column)
            if not item.text():
                continue
            shown += 1
            assert item.text() in item.toolTip() or html.escape(item.text()) in item.toolTip()
            rect = table.visualItemRect(item)
            metrics = QFontMetrics(table.font())
            needed = metrics.boundingRect(
                QRect(0, 0, rect.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, item.text()
            )
            assert rect.height() >= needed.height(), (row, column, item.text())
            assert needed.width() <= rect.width(), (row, column, item.text())
    assert shown >= 6
