"""File → Poster (PDF)…: choose blank, the current line, the session or the report, a size
(A3 to A0) and tiling for the posters; save, offer to open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.control.workshop import Workshop
from app.ui.store.file_dialogs import ask_save_path
from app.ui.store.recovery_dialog import warn
from app.ui.widgets.saved_notice import show_saved_notice

# ReportLab and the poster code load when a poster is made, not when the window starts.
if TYPE_CHECKING:
    from app.poster import Orientation, PosterSize, SheetSize

BLANK, LINE, REPORT, SESSION = "blank", "line", "report", "session"


class PosterDialog(QDialog):
    """Asks which document to make; `kind` and `portrait` hold the answer."""

    def __init__(self, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Poster (PDF)"))
        line = workshop.current_line()
        self.blank = QRadioButton(
            self.tr("Workshop poster: the whole model, blank, to stick notes on")
        )
        self.line = QRadioButton(
            self.tr("Reasoning-line poster: the current line with its stories")
        )
        self.report = QRadioButton(
            self.tr("Overview report (A4): core, lines, indicators, learnings")
        )
        self.session = QRadioButton(
            self.tr("Session poster: the wheel with every post-it, their texts listed beside it")
        )
        from app.poster import PosterSize, SheetSize  # ReportLab loads with the first poster

        self.size_choice = QComboBox()
        for size in PosterSize:
            self.size_choice.addItem(size.value, size)
        self.tile = QComboBox()
        self.tile.addItem(self.tr("on one sheet"), None)
        for sheet in SheetSize:
            self.tile.addItem(self.tr("in tiles on %1, to glue").replace("%1", sheet.value), sheet)
        size_row = QHBoxLayout()
        size_label = QLabel(self.tr("Poster size:"))
        size_label.setBuddy(self.size_choice)
        size_row.addWidget(size_label)
        size_row.addWidget(self.size_choice)
        size_row.addWidget(self.tile, 1)
        self.group = QButtonGroup(self)
        for button in (self.blank, self.line, self.report, self.session):
            self.group.addButton(button)
        # The report is A4 pages: no poster size, no tiles, no orientation.
        self.report.toggled.connect(self._report_chosen)
        self.line.setEnabled(line is not None)
        (self.line if line is not None else self.blank).setChecked(True)
        self.portrait = QCheckBox(self.tr("Portrait (posters are landscape by default)"))
        hint = QLabel(
            self.tr("Save the line first to make its poster.") if line is None else line.title
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.blank, self.line, hint, self.report, self.session):
            layout.addWidget(widget)
        layout.addLayout(size_row)
        layout.addWidget(self.portrait)
        layout.addWidget(buttons)

    def _report_chosen(self, report: bool) -> None:
        for widget in (self.size_choice, self.tile, self.portrait):
            widget.setEnabled(not report)

    @property
    def kind(self) -> str:
        if self.session.isChecked():
            return SESSION
        if self.line.isChecked():
            return LINE
        return REPORT if self.report.isChecked() else BLANK

    @property
    def poster_size(self) -> PosterSize:
        from app.poster import PosterSize

        return PosterSize(str(self.size_choice.currentData()))

    @property
    def tile_sheet(self) -> SheetSize | None:
        from app.poster import SheetSize

        sheet = self.tile.currentData()
        return SheetSize(str(sheet)) if sheet else None

    @property
    def orientation(self) -> Orientation:
        from app.poster import Orientation

        return Orientation.PORTRAIT if self.portrait.isChecked() else Orientation.LANDSCAPE


def make_poster(
    workshop: Workshop,
    kind: str,
    orientation: Orientation,
    path: Path,
    size: PosterSize | None = None,
    tile: SheetSize | None = None,
) -> Path:
    """Render one document for the open network (no dialogs; raises PosterError)."""
    from app.poster import (
        PosterError,
        PosterSize,
        render_blank_poster,
        render_line_poster,
        render_report,
        render_session_poster,
    )

    contents = workshop.contents
    model = workshop.model
    language = workshop.language
    if kind == SESSION:
        return render_session_poster(
            path, model, contents, language, size=size or PosterSize.A3, tile=tile
        )
    if kind == LINE:
        line = workshop.current_line()
        if line is None:
            raise PosterError("there is no saved line in focus")
        return render_line_poster(
            path,
            model,
            contents,
            line.id,
            orientation,
            language,
            size=size or PosterSize.A3,
            tile=tile,
        )
    if kind == REPORT:
        return render_report(path, model, contents, language)
    return render_blank_poster(
        path,
        model,
        contents.network,
        orientation,
        language,
        arrangement=contents.wheel.arrangement,
        size=size or PosterSize.A3,
        tile=tile,
    )


def ask_and_make_poster(parent: QWidget, workshop: Workshop) -> Path | None:
    dialog = PosterDialog(workshop, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name = workshop.contents.network.name
    suffix = {BLANK: "poster", LINE: "redeneerlijn", REPORT: "rapport", SESSION: "sessie"}[
        dialog.kind
    ]
    path = ask_save_path(
        parent,
        dialog.windowTitle(),
        f"{name} – {suffix}.pdf",
        QCoreApplication.translate("PosterDialog", "PDF (*.pdf)"),
    )
    if path is None:
        return None
    target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
    from app.poster import PosterError

    try:
        made = make_poster(
            workshop,
            dialog.kind,
            dialog.orientation,
            target,
            dialog.poster_size,
            dialog.tile_sheet,
        )
    except (PosterError, OSError) as error:
        warn(parent, dialog.windowTitle(), error)
        return None
    show_saved_notice(
        parent,
        made,
        QCoreApplication.translate("PosterDialog", "PDF saved: %1").replace("%1", made.name),
    )
    return made
