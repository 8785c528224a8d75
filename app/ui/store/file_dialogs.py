"""Every file dialog of the program: Qt's own (non-native) dialog, built in one place.

Qt's dialog guesses each listed file's type and icon from its contents (QMimeDatabase opens
and reads files without a known extension, and SQLite files by their magic bytes). Opening
and closing the store's `.sqlite`, `-wal` or `-shm` file that way drops every POSIX lock this
process holds on it, and another program writing then corrupts the store (docs/store-safety.md).
The dialogs here guess from the name alone and never open a listed file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from a file's name and kind (folder or file), never its contents."""

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo):
            folder = what.isDir()
            kind = QFileIconProvider.IconType.Folder if folder else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        suffix = info.suffix().upper()
        if not suffix:
            return QCoreApplication.translate("FileDialogs", "File")
        return QCoreApplication.translate("FileDialogs", "%1 file").replace("%1", suffix)


_icons = NameOnlyIconProvider()  # one for every dialog; it holds no per-dialog state


def file_dialog(
    parent: QWidget | None, title: str, start: Path | str, name_filter: str, *, save: bool
) -> QFileDialog:
    """A dialog on `start` (a folder, or a file name to suggest), not yet shown.

    Built empty, the safe icon provider set, and only then pointed at a folder: the
    constructor's own directory argument lists it (and guesses types) straight away.
    """
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setIconProvider(_icons)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    _label(dialog)
    if name_filter:
        dialog.setNameFilter(name_filter)
    start = Path(start)
    if str(start) in ("", "."):
        return dialog
    if start.is_dir():
        dialog.setDirectory(str(start))
    else:
        if str(start.parent) not in ("", "."):
            dialog.setDirectory(str(start.parent))
        dialog.selectFile(start.name)
    return dialog


def _label(dialog: QFileDialog) -> None:
    """The dialog's own labels in our words: Qt's Dutch catalogue (qtbase_nl) lacks "&Look in:"
    and "Files of &type:", so a Dutch run showed them in English."""
    translate = QCoreApplication.translate
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, translate("FileDialogs", "&Look in:"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, translate("FileDialogs", "File &name:"))
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType, translate("FileDialogs", "Files of &type:")
    )
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, translate("FileDialogs", "Cancel"))


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path | str, name_filter: str = ""
) -> Path | None:
    """The file the user chose to write, or None when they cancelled."""
    chosen = _ask(file_dialog(parent, title, suggested, name_filter, save=True))
    return None if chosen is None else chosen[0]


def ask_save_path_and_filter(
    parent: QWidget | None, title: str, suggested: Path | str, name_filters: Sequence[str]
) -> tuple[Path, str] | None:
    """The file the user chose to write and the name filter they chose it under."""
    return _ask(file_dialog(parent, title, suggested, ";;".join(name_filters), save=True))


def ask_open_path(
    parent: QWidget | None, title: str, folder: Path | str = "", name_filter: str = ""
) -> Path | None:
    """The existing file the user chose to read, or None when they cancelled."""
    chosen = _ask(file_dialog(parent, title, folder, name_filter, save=False))
    return None if chosen is None else chosen[0]


def _ask(dialog: QFileDialog) -> tuple[Path, str] | None:
    """The file chosen and the name filter it was chosen under; None when cancelled.

    The dialog is deleted at once, not later: typing a file's name pops up the name field's
    list of completions, a window of its own, and while the dialog lingered that hidden list
    could be handed the keyboard after the dialog had closed (seen on the offscreen platform):
    nothing had the focus and the next key (F5 after a poster, now that no question follows
    it) went nowhere. Deleted with the dialog, the list cannot take the keyboard."""
    accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
    files, name_filter = dialog.selectedFiles(), dialog.selectedNameFilter()
    shiboken6.delete(dialog)  # with its completion list
    if not accepted or not files:
        return None
    return Path(files[0]), name_filter
