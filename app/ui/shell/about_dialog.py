"""About and help: the version, the model in short (from the model file), where the data is
stored, the keys, and the licence of the bundled fonts.

Everything is plain text: no text, ours or the model's, is ever read as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core.model import Language, Model
from app.core.resources import resource_path
from app.ui.presenting.keys import key_help, keyboard_help
from app.ui.widgets.wrapping_scroll import WrappingScrollArea

FONT_LICENCES = (("fonts", "LICENSE-DejaVu.txt"), ("fonts", "LICENSE-NotoEmoji.txt"))


def model_text(model: Model, language: Language) -> str:
    """The model in short: its summary, then the core and every ring with its definition."""
    parts = [model.summary.in_(language), ""]
    for ring in (model.core, *model.rings):
        label, short = ring.label.in_(language), ring.short_label.in_(language)
        parts.append(label if short == label else f"{label} — {short}")
        parts.append(ring.definition.in_(language))
        segments = " · ".join(segment.label.in_(language) for segment in ring.segments)
        parts.append(f"({segments})")
        parts.append("")
    return "\n".join(parts).strip()


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _plain_page(text: str) -> QPlainTextEdit:
    page = QPlainTextEdit(text)
    page.setTabChangesFocus(True)
    page.setReadOnly(True)
    page.setObjectName("plain_page")
    return page


class AboutDialog(QDialog):
    """Tabs: about, the model, keys, font licence. `show_keys()` opens on the keys."""

    def __init__(
        self,
        model: Model,
        language: Language,
        store_file: Path | str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Netwerkimpact"))
        self.tabs = QTabWidget()
        # In a scroll area: with a large system font the texts need more room than the dialog.
        self.about_page = WrappingScrollArea()
        self.about_page.setFrameShape(QFrame.Shape.NoFrame)
        self.about_page.setAccessibleName(self.tr("About"))
        self.about_page.setWidget(self._about_page(model, language, store_file))
        self.model_page = _plain_page(model_text(model, language))
        self.keys_page = self._keys_page()
        self.licence_page = _plain_page(self._licence())
        self.tabs.addTab(self.about_page, self.tr("About"))
        self.tabs.addTab(self.model_page, self.tr("The model"))
        self.tabs.addTab(self.keys_page, self.tr("Keys"))
        self.tabs.addTab(self.licence_page, self.tr("Font licence"))
        self.model_page.setAccessibleName(self.tr("The model"))
        self.keys_page.setAccessibleName(self.tr("Keys"))
        self.licence_page.setAccessibleName(self.tr("Font licence"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def show_keys(self) -> None:
        self.tabs.setCurrentWidget(self.keys_page)

    def _about_page(self, model: Model, language: Language, store_file: Path | str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = _plain_label(self.tr("Netwerkimpact %1").replace("%1", __version__))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(_plain_label(model.summary.in_(language)))
        where = (
            self.tr("Your networks are stored on this computer, in\n%1")
            if isinstance(store_file, Path)
            else self.tr("Your networks are stored in a team store on a server:\n%1")
        )
        layout.addWidget(_plain_label(where.replace("%1", str(store_file))))
        layout.addWidget(
            _plain_label(
                self.tr(
                    "Netwerkimpact works offline: it never opens a network connection. "
                    "Fonts, texts and translations ship with the program."
                )
            )
        )
        layout.addWidget(
            _plain_label(
                self.tr(
                    "The wheel and posters use the DejaVu Sans fonts, which ship with the "
                    "program under the Bitstream Vera licence, and Noto Emoji for emoji, under "
                    "the SIL Open Font License (see “Font licence”)."
                )
            )
        )
        layout.addWidget(
            _plain_label(self.tr("Model source: %1").replace("%1", model.source.in_(language)))
        )
        layout.addStretch(1)
        return page

    def _keys_page(self) -> QTableWidget:
        rows = key_help() + keyboard_help()
        table = QTableWidget(len(rows), 2)
        table.setObjectName("keys_table")
        table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        for row, (keys, meaning) in enumerate(rows):
            for column, text in enumerate((keys, meaning)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.resizeRowsToContents()
        return table

    def _licence(self) -> str:
        try:
            texts = [resource_path(*file).read_text(encoding="utf-8") for file in FONT_LICENCES]
        except OSError:
            return self.tr("The font licence file is missing from this installation.")
        return ("\n\n" + "—" * 40 + "\n\n").join(texts)
