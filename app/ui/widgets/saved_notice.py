"""A file just written, told in the status bar with a button to open it: no question that
stops the room (a modal "Open it now?" after every poster swallowed the next click)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QToolButton, QWidget

NOTICE_MS = 30_000  # how long the notice stays, unless another takes its place


class SavedNotice(QWidget):
    """ "Saved: name.pdf [Open] [×]" at the status bar's left; it goes by itself."""

    def __init__(self, path: Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saved_notice")
        self.path = path
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # the path is the user's
        self.label.setToolTip(str(path))
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open %1").replace("%1", path.name))
        self.open_button.setAutoRaise(True)
        self.open_button.clicked.connect(self.open_file)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Close this notice"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.setTabOrder(self.open_button, self.close_button)
        QTimer.singleShot(NOTICE_MS, self, self.dismiss)

    def open_file(self) -> bool:
        """Open the file in the system's viewer (to print it); the notice goes."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        self.dismiss()
        return opened

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()


def show_saved_notice(parent: QWidget, path: Path, text: str) -> SavedNotice:
    """Tell in the window's status bar that `path` is written, with a button to open it (in
    place of an earlier notice). The status bar keeps its height: no layout jump."""
    window = parent.window()
    notice = SavedNotice(path, text)
    if isinstance(window, QMainWindow):
        bar = window.statusBar()
        for old in bar.findChildren(SavedNotice):
            old.dismiss()
        bar.addWidget(notice, 1)
    else:
        notice.setParent(window, Qt.WindowType.ToolTip)
    notice.show()
    return notice
