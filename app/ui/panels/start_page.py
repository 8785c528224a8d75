"""What the window shows when no network is open: the networks in the store, and how to begin."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.id_list import ID_ROLE, current_id
from app.ui.widgets.plain import literal_ampersands
from db.records import NetworkSummary


class StartPage(QWidget):
    openRequested = Signal(int)
    newRequested = Signal()
    importRequested = Signal()
    exampleRequested = Signal(str)  # the key of a shipped example network

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.place = QLabel()  # which store is open: a file, or a team store on a server
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.place.setWordWrap(True)
        self._store: tuple[str, bool] | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.networks = QListWidget()
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.open = QPushButton()
        self.new = QPushButton()
        self.import_button = QPushButton()
        self.example_button = QPushButton()
        self.example_button.setObjectName("example_button")
        self.example_menu = QMenu(self.example_button)
        self.example_button.setMenu(self.example_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.example_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addWidget(self.place)
        column.addWidget(self.intro)
        column.addSpacing(12)
        column.addWidget(self.empty)
        column.addWidget(self.networks, 3)
        column.addLayout(buttons)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.networks.itemActivated.connect(
            lambda item: self.openRequested.emit(item.data(ID_ROLE))
        )
        self.networks.currentItemChanged.connect(
            lambda current, _previous: self.open.setEnabled(current is not None)
        )
        self.open.clicked.connect(self._open_selected)
        self.new.clicked.connect(self.newRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.retranslate("")

    def retranslate(self, summary: str) -> None:
        self.heading.setText(self.tr("Netwerkimpact"))
        self.intro.setText(summary)
        self._show_place()
        self.networks.setAccessibleName(self.tr("Networks in this store"))
        self.empty.setText(
            self.tr(
                "There are no networks in this store yet. Start with a new network, or open "
                "an example to see how a network works with the model."
            )
        )
        self.open.setText(self.tr("Open"))
        self.new.setText(self.tr("New network…"))
        self.import_button.setText(self.tr("Import…"))
        self.example_button.setText(self.tr("Open example"))

    def show_store(self, name: str, on_server: bool) -> None:
        """Say which store is open: a file's name, or "server HOST / database NAME"."""
        self._store = (name, on_server)
        self._show_place()

    def _show_place(self) -> None:
        if self._store is None:
            self.place.hide()
            return
        name, on_server = self._store
        text = self.tr("Team store: %1") if on_server else self.tr("Store: %1")
        self.place.setText(text.replace("%1", name))
        self.place.setAccessibleName(self.place.text())
        self.place.show()

    def show_examples(self, examples: list[tuple[str, str]]) -> None:
        """The shipped examples to offer: (key, title in the program's language)."""
        self.example_menu.clear()
        for key, title in examples:
            action = self.example_menu.addAction(literal_ampersands(title))
            action.triggered.connect(lambda _=False, k=key: self.exampleRequested.emit(k))

    def show_networks(self, networks: tuple[NetworkSummary, ...]) -> None:
        self.networks.clear()
        for network in networks:
            item = QListWidgetItem(network.name)
            item.setData(ID_ROLE, network.id)
            item.setToolTip(network.description)
            self.networks.addItem(item)
        self.networks.setVisible(bool(networks))
        self.empty.setVisible(not networks)
        self.open.setEnabled(False)
        if networks:
            self.networks.setCurrentRow(0)

    def _open_selected(self) -> None:
        network_id = current_id(self.networks)
        if network_id is not None:
            self.openRequested.emit(network_id)
