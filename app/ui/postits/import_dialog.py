"""Import post-its from a sheet: every row previewed with where it goes, or why it cannot
go, before anything is written; then the good rows in one transaction and one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.capture import SheetNote, read_sheet
from app.ui.control.workshop import Workshop
from app.ui.postits.quick_bar import capture_choices
from app.ui.postits.sheets import SheetError, read_rows
from app.ui.store.file_dialogs import ask_open_path
from db.records import DEFAULT_NOTE_COLOUR, NewNote

REFUSED = QColor("#f6d5d5")
translate = QCoreApplication.translate


class ImportNotesDialog(QDialog):
    """The rows of a sheet as they would become post-its; OK imports those without a problem."""

    def __init__(
        self, workshop: Workshop, notes: list[SheetNote], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.notes = notes
        self.setWindowTitle(self.tr("Import post-its"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(notes), 5)
        self.table.setAccessibleName(self.tr("Rows to import"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Segment"),
                self.tr("Text"),
                self.tr("Moment"),
                self.tr("Problem"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        wording = workshop.wording()
        for row, note in enumerate(notes):
            cells = [
                str(note.row),
                wording.place(note.segment_key) if note.segment_key else "",
                note.text,
                note.moment,
                self.problem_text(note.problem),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # table items show plain text
                if note.problem:
                    item.setBackground(QBrush(REFUSED))
                elif column == 2:
                    item.setBackground(QBrush(QColor(note.colour)))
                self.table.setItem(row, column, item)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        good, bad = len(self.good()), len(notes) - len(self.good())
        self.summary.setText(
            self.tr("%n row(s) can be imported.", "", good)
            + " "
            + self.tr("%n row(s) cannot, and are left out (see why below).", "", bad)
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import %n post-it(s)", "", good))
        ok.setEnabled(good > 0)

    def problem_text(self, problem: str) -> str:
        return {
            "": "",
            "empty text": self.tr("No text"),
            "text too long": self.tr("Text too long for a post-it"),
            "no segment": self.tr("No segment"),
            "unknown segment": self.tr("No segment has this name or key"),
            "ambiguous segment": self.tr("More than one segment starts like this"),
            "bad colour": self.tr("Colour is not written #RRGGBB"),
            "unknown moment": self.tr("The network has no moment of this name"),
        }.get(problem, problem)

    def good(self) -> list[SheetNote]:
        return [note for note in self.notes if not note.problem]

    def accept(self) -> None:
        """Write the good rows: one transaction, one undo step."""
        moments = {moment.label: moment.id for moment in self.workshop.contents.moments}
        self.workshop.notes.add_notes(
            [
                NewNote(note.segment_key, note.text, note.colour, moments.get(note.moment))
                for note in self.good()
            ]
        )
        super().accept()


def sheet_notes(workshop: Workshop, path: Path) -> list[SheetNote] | str:
    """The rows of the sheet at `path` as notes, or (as a string) why the file is refused."""
    try:
        rows = read_rows(path)
    except SheetError as error:
        return error.reason
    moments = [moment.label for moment in workshop.contents.moments]
    return read_sheet(rows, capture_choices(workshop), moments, DEFAULT_NOTE_COLOUR)


def import_notes(parent: QWidget, workshop: Workshop) -> int:
    """Ask for a sheet, preview it, import the good rows; the number imported."""
    if not workshop.has_network:
        return 0
    path = ask_open_path(
        parent,
        translate("ImportNotesDialog", "Import post-its"),
        name_filter=translate("ImportNotesDialog", "Sheets (*.csv *.xlsx *.xlsm);;All files (*)"),
    )
    if path is None:
        return 0
    notes = sheet_notes(workshop, path)
    if isinstance(notes, str):
        explain_refusal(parent, notes)
        return 0
    dialog = ImportNotesDialog(workshop, notes, parent)
    try:
        return len(dialog.good()) if dialog.exec() else 0
    finally:
        dialog.deleteLater()


def explain_refusal(parent: QWidget, reason: str) -> None:
    """Why a sheet cannot be imported at all, in the user's language."""
    words = {
        "store": translate("ImportNotesDialog", "This is the program's own store: choose a sheet."),
        "too large": translate(
            "ImportNotesDialog", "This file is too large for a sheet of post-its."
        ),
        "unreadable": translate("ImportNotesDialog", "This file cannot be read."),
        "not a sheet": translate(
            "ImportNotesDialog", "Choose a CSV file or an Excel workbook (.xlsx)."
        ),
        "not text": translate("ImportNotesDialog", "This file is not a CSV text file."),
        "too many rows": translate(
            "ImportNotesDialog", "This sheet has too many rows for post-its."
        ),
        "not a workbook": translate(
            "ImportNotesDialog", "This file is not an Excel workbook that can be read."
        ),
        "empty sheet": translate("ImportNotesDialog", "The sheet is empty."),
        "no text column": translate(
            "ImportNotesDialog", "The sheet has no column “text” (or “tekst”)."
        ),
        "no segment column": translate("ImportNotesDialog", "The sheet has no column “segment”."),
    }
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ImportNotesDialog", "Post-its not imported"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        words.get(reason, reason) + "\n" + translate("ImportNotesDialog", "Nothing was written.")
    )
    box.exec()
    box.deleteLater()
