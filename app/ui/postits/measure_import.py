"""Import measurement entries from a sheet (CSV, Excel): every row previewed with the
indicator and moment it goes to, or why it cannot go, before anything is written; then the
good rows in one transaction and one undo step. The same preview as the post-its' import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
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

from app.core.measure_sheet import IndicatorChoice, SheetEntry, read_entries
from app.ui.control.measure_edits import add_measurements
from app.ui.control.workshop import Workshop
from app.ui.postits.import_dialog import REFUSED, explain_refusal
from app.ui.postits.sheets import SheetError, read_rows
from app.ui.store.file_dialogs import ask_open_path
from app.ui.widgets.date_field import format_day
from db.records import NetworkContents, NewMeasurement

translate = QCoreApplication.translate


def sheet_choices(
    contents: NetworkContents,
) -> tuple[list[IndicatorChoice], list[tuple[int, str]]]:
    """The network's indicators and moments as the sheet may name them."""
    indicators = [
        IndicatorChoice(indicator.id, indicator.name, indicator.kind.value == "quantitative")
        for indicator in contents.indicators
    ]
    return indicators, [(moment.id, moment.label) for moment in contents.moments]


class ImportMeasurementsDialog(QDialog):
    """The rows of a sheet as they would become entries; OK imports those without a problem."""

    def __init__(
        self, workshop: Workshop, entries: list[SheetEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.entries = entries
        self.setWindowTitle(self.tr("Import measurements"))
        self.setAccessibleName(self.tr("Import measurements"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        headings = [
            self.tr("Row"),
            self.tr("Indicator"),
            self.tr("Moment"),
            self.tr("Value"),
            self.tr("Text"),
            self.tr("Source"),
            self.tr("Date"),
            self.tr("Problem"),
        ]
        self.table = QTableWidget(len(entries), len(headings))
        self.table.setAccessibleName(self.tr("Rows of the sheet"))
        self.table.setHorizontalHeaderLabels(headings)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(entries):
            cells = [
                str(entry.row),
                entry.indicator,
                entry.moment,
                "" if entry.value is None else f"{entry.value:g}",
                entry.text,
                entry.source,
                format_day(entry.measured_on),
                self.problem_text(entry.problem),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)  # table items show plain text
                if entry.problem:
                    item.setBackground(QBrush(REFUSED))
                self.table.setItem(row, column, item)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        good = len(self.good())
        self.summary.setText(
            self.tr("%n row(s) can be imported.", "", good)
            + " "
            + self.tr(
                "%n row(s) cannot, and are left out (see why below).", "", len(entries) - good
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import %n measurement(s)", "", good))
        ok.setEnabled(good > 0)

    def problem_text(self, problem: str) -> str:
        return {
            "": "",
            "no indicator": self.tr("No indicator"),
            "unknown indicator": self.tr("The network has no indicator of this name or id"),
            "ambiguous indicator": self.tr("More than one indicator has this name: use its id"),
            "no moment": self.tr("No moment"),
            "unknown moment": self.tr("The network has no moment of this name"),
            "not a number": self.tr("The value is not a number"),
            "bad date": self.tr("The date is not a date (write 2025-03-12 or 12-03-2025)"),
            "empty": self.tr("Neither a value nor a text"),
            "text too long": self.tr("Text too long"),
            "source too long": self.tr("Source too long"),
        }.get(problem, problem)

    def good(self) -> list[SheetEntry]:
        return [entry for entry in self.entries if not entry.problem]

    def accept(self) -> None:
        """Write the good rows: one transaction, one undo step."""
        entries = [
            NewMeasurement(
                entry.indicator_id,
                entry.moment_id,
                entry.value,
                entry.text,
                entry.source,
                entry.measured_on,
                entry.note,
            )
            for entry in self.good()
            if entry.indicator_id is not None and entry.moment_id is not None
        ]
        add_measurements(
            self.workshop.edits,
            entries,
            self.tr("Import %n measurement(s)", "", len(entries)),
        )
        super().accept()


def sheet_entries(workshop: Workshop, path: Path) -> list[SheetEntry] | str:
    """The rows of the sheet at `path` as entries, or (as a string) why the file is refused."""
    try:
        rows = read_rows(path)
    except SheetError as error:
        return error.reason
    indicators, moments = sheet_choices(workshop.contents)
    return read_entries(rows, indicators, moments)


def import_measurements(parent: QWidget, workshop: Workshop) -> int:
    """Ask for a sheet, preview it, import the good rows; the number imported."""
    if not workshop.has_network:
        return 0
    path = ask_open_path(
        parent,
        translate("ImportMeasurementsDialog", "Import measurements"),
        name_filter=translate(
            "ImportMeasurementsDialog", "Sheets (*.csv *.xlsx *.xlsm);;All files (*)"
        ),
    )
    if path is None:
        return 0
    entries = sheet_entries(workshop, path)
    if isinstance(entries, str):
        explain(parent, entries)
        return 0
    dialog = ImportMeasurementsDialog(workshop, entries, parent)
    try:
        return len(dialog.good()) if dialog.exec() else 0
    finally:
        dialog.deleteLater()


def explain(parent: QWidget, reason: str) -> None:
    """Why a sheet cannot be imported at all; the sheet-level reasons of entries first."""
    words = {
        "no indicator column": translate(
            "ImportMeasurementsDialog", "The sheet has no column “indicator”."
        ),
        "no moment column": translate(
            "ImportMeasurementsDialog", "The sheet has no column “moment”."
        ),
        "no value or text column": translate(
            "ImportMeasurementsDialog", "The sheet has neither a column “value” nor “text”."
        ),
    }
    if reason not in words:
        explain_refusal(parent, reason)
        return
    QMessageBox.warning(
        parent,
        translate("ImportMeasurementsDialog", "Measurements not imported"),
        words[reason] + "\n" + translate("ImportMeasurementsDialog", "Nothing was written."),
    )
