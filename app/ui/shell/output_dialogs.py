"""File menu outputs for people who report: the tables (Excel, CSV) and images of the wheel
(to the clipboard, or saved as PNG or SVG), in the wheel's current arrangement.

The tables and images are made below the UI (`db.table_files`, `app.canvas.wheel_image`); here
we only ask where and how, and turn errors into a message.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.canvas.wheel_image import (
    MAX_SIZE,
    MIN_SIZE,
    ImageError,
    WheelPicture,
    picture_of,
    render_png,
    write_image,
)
from app.core.wheel_layout import PALETTES
from app.ui.store.file_dialogs import ask_save_path_and_filter
from app.ui.store.recovery_dialog import warn
from db.errors import StoreError

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate

CLIPBOARD_SIZE = 1600  # pixels: sharp on a full-HD slide, small enough to paste quickly
DEFAULT_SIZE = 2000


def _warn(window: QWidget, error: Exception) -> None:
    """The error in the user's language, as plain text (a file name is never read as markup)."""
    warn(window, translate("OutputDialogs", "Netwerkimpact"), error)


def export_tables(window: MainWindow, table_format: str) -> Path | None:
    """Ask for a file and write the open network's tables (xlsx, or csv in a zip)."""
    from db.table_files import write_network_tables  # XlsxWriter loads with the first export

    workshop = window.workshop
    name = workshop.contents.network.name
    if table_format == "xlsx":
        filters = [translate("OutputDialogs", "Excel workbook (*.xlsx)")]
        suggested = f"{name}.xlsx"
    else:
        filters = [
            translate("OutputDialogs", "CSV files in a zip, comma-separated (*.zip)"),
            translate(
                "OutputDialogs", "CSV files in a zip, semicolon-separated for Dutch Excel (*.zip)"
            ),
        ]
        suggested = f"{name} (csv).zip"
    answer = ask_save_path_and_filter(
        window, translate("OutputDialogs", "Export tables"), suggested, filters
    )
    if answer is None:
        return None
    path, chosen = answer
    delimiter = ";" if chosen == filters[-1] and table_format == "csv" else ","
    try:
        written = write_network_tables(
            path,
            workshop.contents,
            workshop.model,
            "xlsx" if table_format == "xlsx" else "csv",
            workshop.language,
            delimiter,
        )
    except (StoreError, OSError, ValueError) as error:
        _warn(window, error)
        return None
    window.statusBar().showMessage(
        translate("OutputDialogs", "Exported to %1").replace("%1", str(written)), 6000
    )
    return written


def current_picture(window: MainWindow, notes: bool, beam: bool) -> WheelPicture:
    """The wheel as the window shows it now: arrangement, focus, the post-its shown."""
    workshop = window.workshop
    picture = picture_of(
        workshop.model,
        workshop.contents,
        workshop.language,
        PALETTES[window.settings.theme],
        notes=False,
        beam=beam,
    )
    from app.ui.panels.notes_panel import wheel_notes

    shown = tuple(wheel_notes(window.workshop)) if notes else ()  # as the wheel shows them
    return replace(
        picture,
        arrangement=window.scene.arrangement(),
        partial_focus=window.scene.partial_focus(),
        notes=shown,
    )


def copy_wheel_image(window: MainWindow) -> None:
    """The wheel as it is now, with its notes and beam, as an image on the clipboard."""
    image = render_png(window.model, current_picture(window, True, True), CLIPBOARD_SIZE)
    QGuiApplication.clipboard().setImage(image)
    window.statusBar().showMessage(
        translate("OutputDialogs", "The wheel is on the clipboard"), 4000
    )


class ImageDialog(QDialog):
    """How the saved image should look: size (PNG), with or without notes and beam."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("image_dialog")
        self.setWindowTitle(self.tr("Save wheel image"))
        self.pixels = QSpinBox()
        self.pixels.setRange(MIN_SIZE, MAX_SIZE)
        self.pixels.setSingleStep(100)
        self.pixels.setValue(DEFAULT_SIZE)
        self.pixels.setSuffix(self.tr(" px"))
        self.notes = QCheckBox(self.tr("With the post-its shown"))
        self.notes.setChecked(True)
        self.beam = QCheckBox(self.tr("With the beam on the active line"))
        self.beam.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Width and height (PNG)"), self.pixels)
        form.addRow(self.notes)
        form.addRow(self.beam)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


def save_wheel_image(window: MainWindow, dialog: ImageDialog | None = None) -> Path | None:
    """Ask how and where, then save the wheel as PNG or SVG (by the file's extension)."""
    dialog = dialog or ImageDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name = window.workshop.contents.network.name
    png, svg = (
        translate("OutputDialogs", "PNG image (*.png)"),
        translate("OutputDialogs", "SVG drawing (*.svg)"),
    )
    answer = ask_save_path_and_filter(
        window, translate("OutputDialogs", "Save wheel image"), f"{name}.png", (png, svg)
    )
    if answer is None:
        return None
    target, chosen = answer
    if target.suffix.lower() not in (".png", ".svg"):
        target = target.with_name(target.name + (".svg" if chosen == svg else ".png"))
    picture = current_picture(window, dialog.notes.isChecked(), dialog.beam.isChecked())
    try:
        write_image(target, window.model, picture, dialog.pixels.value())
    except (StoreError, OSError, ImageError) as error:
        _warn(window, error)
        return None
    window.statusBar().showMessage(
        translate("OutputDialogs", "Saved %1").replace("%1", str(target)), 6000
    )
    return target
