"""Import post-its from a sheet: every row previewed with where it goes, or why it cannot
go, before anything is written; then the good rows in one transaction and one undo step.

The file is read in a worker thread (`read_in_background`) with a deadline, while a progress
dialog with Cancel keeps the window answering: a hostile file (a zip bomb, a huge CSV) is
refused or cancelled, never a frozen window (issue 27)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.capture import SheetNote, read_sheet
from app.core.limits import MAX_NOTE
from app.ui.control.workshop import Workshop
from app.ui.postits.quick_bar import capture_choices
from app.ui.postits.sheets import Deadline, Sheet, SheetError, read_sheet_file
from app.ui.store.file_dialogs import ask_open_path
from app.ui.widgets.plain import plain_tooltip
from db.records import DEFAULT_NOTE_COLOUR, NewNote

REFUSED = QColor("#f6d5d5")
PREVIEW_PREFIX = 200  # characters shown of a text too long for a post-it
READ_SECONDS = 20.0  # a sheet of 5,000 post-its reads in well under a second
translate = QCoreApplication.translate
log = logging.getLogger(__name__)


WRAPPED_COLUMN = 220  # pixels: the segment's and the problem's columns, wrapped


class ImportNotesDialog(QDialog):
    """The rows of a sheet as they would become post-its; OK imports those without a problem."""

    def __init__(
        self,
        workshop: Workshop,
        notes: list[SheetNote],
        parent: QWidget | None = None,
        encoding: str = "",
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
        # The segment ("Directe resultaten · Kennis & bewustzijn") and the problem are read
        # whole: wrapped in their columns, never cut with "…", and in each cell's tooltip.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Interactive,
            )
        ):
            header.setSectionResizeMode(column, mode)
        for column in (1, 4):
            header.resizeSection(column, WRAPPED_COLUMN)
        wording = workshop.wording()
        for row, note in enumerate(notes):
            cells = [
                str(note.row),
                wording.place(note.segment_key) if note.segment_key else "",
                self.shown_text(note.text),
                note.moment,
                self.problem_text(note.problem),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # table items show plain text
                if text:
                    item.setToolTip(plain_tooltip(text))
                if note.problem:
                    item.setBackground(QBrush(REFUSED))
                elif column == 2:
                    item.setBackground(QBrush(QColor(note.colour)))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        good, bad = len(self.good()), len(notes) - len(self.good())
        summary = (
            self.tr("%n row(s) can be imported.", "", good)
            + " "
            + self.tr("%n row(s) cannot, and are left out (see why below).", "", bad)
        )
        if encoding == "cp1252":
            summary += "\n" + self.tr(
                "The file is not UTF-8: it was read as Windows text (cp1252). "
                "Check letters with accents before importing."
            )
        self.summary.setText(summary)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import %n post-it(s)", "", good))
        ok.setEnabled(good > 0)

    def shown_text(self, text: str) -> str:
        """A text too long for a post-it is shown by its start: a cell of megabytes would
        take the table minutes to lay out (issue 27)."""
        if len(text) <= MAX_NOTE:
            return text
        return (
            self.tr("%1… (%2 characters)")
            .replace("%1", text[:PREVIEW_PREFIX])
            .replace("%2", QLocale().toString(len(text)))
        )

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
        sheet = read_sheet_file(path)
    except SheetError as error:
        return error.reason
    return notes_of(workshop, sheet)


def notes_of(workshop: Workshop, sheet: Sheet) -> list[SheetNote] | str:
    moments = [moment.label for moment in workshop.contents.moments]
    return read_sheet(sheet.rows, capture_choices(workshop), moments, DEFAULT_NOTE_COLOUR)


def read_in_background(
    parent: QWidget | None, path: Path, seconds: float = READ_SECONDS
) -> Sheet | str:
    """The sheet at `path`, read in a worker thread, or (as a string) why it is refused.

    The window goes on answering: a progress dialog shows after a moment, and its Cancel
    stops the reading (the worker stops at its next row; nothing waits for it)."""
    deadline = Deadline(seconds)
    outcome: list[Sheet | str] = []

    def work() -> None:
        try:
            outcome.append(read_sheet_file(path, deadline))
        except SheetError as error:
            outcome.append(error.reason)
        except MemoryError:
            outcome.append("too large")
        except Exception:  # a fault nobody foresaw: refused, and logged for a report
            log.exception("reading the sheet %s failed", path.name)
            outcome.append("unreadable")

    progress = QProgressDialog(parent)
    progress.setWindowTitle(translate("ImportNotesDialog", "Import post-its"))
    progress.setLabelText(translate("ImportNotesDialog", "Reading %1 …").replace("%1", path.name))
    progress.setAccessibleName(translate("ImportNotesDialog", "Reading the sheet"))
    progress.setCancelButtonText(translate("ImportNotesDialog", "Cancel"))
    progress.setRange(0, 0)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(15)
    poll.timeout.connect(lambda: loop.quit() if outcome else None)
    progress.canceled.connect(deadline.cancel)
    progress.canceled.connect(loop.quit)
    worker = threading.Thread(target=work, name="sheet-reader", daemon=True)
    worker.start()
    poll.start()
    if not outcome and not deadline.cancelled:
        loop.exec()
    poll.stop()
    progress.canceled.disconnect()
    progress.close()
    progress.deleteLater()
    if not outcome:
        deadline.cancel()
        return "cancelled"
    return outcome[0]


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
    sheet = read_in_background(parent, path)
    notes = sheet if isinstance(sheet, str) else notes_of(workshop, sheet)
    if isinstance(notes, str):
        if notes != "cancelled":
            explain_refusal(parent, notes)
        return 0
    encoding = sheet.encoding if isinstance(sheet, Sheet) else ""
    dialog = ImportNotesDialog(workshop, notes, parent, encoding)
    try:
        return len(dialog.good()) if dialog.exec() else 0
    finally:
        dialog.deleteLater()


def explain_refusal(parent: QWidget, reason: str) -> None:
    """Why a sheet cannot be imported at all, in the user's language."""
    words = {
        "store": translate("ImportNotesDialog", "This is the program's own store: choose a sheet."),
        "not a file": translate(
            "ImportNotesDialog",
            "This is not a regular file (a device or a named pipe): choose a sheet.",
        ),
        "mixed encoding": translate(
            "ImportNotesDialog",
            "This file mixes UTF-8 with another encoding, so some letters would come out "
            "wrong. Save it again as CSV UTF-8 and import that.",
        ),
        "bad csv": translate(
            "ImportNotesDialog",
            "This CSV file cannot be read: a field is far too long or a quote is not closed.",
        ),
        "too many columns": translate(
            "ImportNotesDialog", "This sheet has too many columns for post-its."
        ),
        "unpacks too large": translate(
            "ImportNotesDialog",
            "This workbook would unpack to far more than a sheet of post-its; it was not read.",
        ),
        "too slow": translate(
            "ImportNotesDialog",
            "Reading this file took too long; it is not a sheet of post-its that can be read.",
        ),
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
        "not a workbook": translate("ImportNotesDialog", "This file is not a readable Excel file."),
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
