"""Every file dialog of the program: Qt's own (non-native) dialog, built in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def file_dialog(
    parent: QWidget | None, title: str, start: Path | str, name_filter: str, *, save: bool
) -> QFileDialog:
    """A dialog on `start` (a folder, or a file name to suggest), not yet shown."""
    dialog = QFileDialog(parent, title, str(start), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(
        QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
    )
    return dialog


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path | str, name_filter: str = ""
) -> Path | None:
    """The file the user chose to write, or None when they cancelled."""
    return _ask(file_dialog(parent, title, suggested, name_filter, save=True))


def ask_open_path(
    parent: QWidget | None, title: str, folder: Path | str = "", name_filter: str = ""
) -> Path | None:
    """The existing file the user chose to read, or None when they cancelled."""
    return _ask(file_dialog(parent, title, folder, name_filter, save=False))


def _ask(dialog: QFileDialog) -> Path | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
