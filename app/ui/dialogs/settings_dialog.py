"""Settings: language and theme (applied at once), and where the store lives (read-only).

The dialog only says what the person chose (`languageChosen`, `themeChosen`); the main window
applies it, so a change takes effect without closing anything or losing work. The last
network and the window's size are remembered by `Settings` without asking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.control.settings import Settings

# Language names are written in their own language, so anyone can find theirs.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}
THEMES = ("calm", "high_contrast")


def folder_url(store_file: Path) -> QUrl:
    """A file:// URL of the folder that holds the store (never anything remote)."""
    return QUrl.fromLocalFile(str(store_file.resolve().parent))


class SettingsDialog(QDialog):
    languageChosen = Signal(str)
    themeChosen = Signal(str)

    def __init__(self, settings: Settings, store_file: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.store_file = store_file
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.theme = QComboBox()
        for name in THEMES:
            self.theme.addItem("", name)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        self.store = QLineEdit(str(store_file))
        self.store.setReadOnly(True)
        self.store.setCursorPosition(0)
        self.store.setMinimumWidth(360)
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self.show_folder)
        location = QHBoxLayout()
        location.addWidget(self.store, 1)
        location.addWidget(self.open_folder)
        # a team store on a server has no folder on this computer to show
        self.open_folder.setVisible(isinstance(store_file, Path))
        self.form = QFormLayout()
        self.language_label = QLabel()
        self.theme_label = QLabel()
        self.store_label = QLabel()
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.theme_label, self.theme)
        self.form.addRow(self.store_label, location)
        # Each label names its field for a screen reader (a row of widgets has no buddy).
        self.language_label.setBuddy(self.language)
        self.theme_label.setBuddy(self.theme)
        self.store_label.setBuddy(self.store)
        self.remembered = QLabel()
        self.remembered.setTextFormat(Qt.TextFormat.PlainText)
        self.remembered.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.remembered)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language"))
        self.language_label.setBuddy(self.language)
        self.theme_label.setText(self.tr("&Theme"))
        self.theme_label.setBuddy(self.theme)
        self.store_label.setText(self.tr("Data is stored in"))
        self.open_folder.setText(self.tr("&Open folder"))
        names = {
            "calm": self.tr("Calm"),
            "high_contrast": self.tr("High contrast (for washed-out projectors)"),
        }
        for index in range(self.theme.count()):
            self.theme.setItemText(index, names[self.theme.itemData(index)])
        self.remembered.setText(
            self.tr(
                "Changes take effect at once. The last network you worked on and the size of "
                "the window are remembered by themselves. To use another store file, start "
                "the program with --db FILE."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self.languageChosen.emit(self.language.currentData())

    def _theme_changed(self) -> None:
        self.themeChosen.emit(self.theme.currentData())

    def show_folder(self) -> None:
        if isinstance(self.store_file, Path):
            QDesktopServices.openUrl(folder_url(self.store_file))
