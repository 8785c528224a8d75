"""What the window shows when no network is open: the networks in the store, and how to begin."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets.id_list import ID_ROLE
from app.ui.widgets.plain import literal_ampersands, plain_tooltip
from db.records import NetworkName


class NetworkList(QAbstractListModel):
    """The store's networks as rows of a list view: a name shown, its description as the
    tooltip, its id under `ID_ROLE`. Rows are read when the view shows them, so a store of
    hundreds of networks lists as fast as one of a few."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.networks: tuple[NetworkName, ...] = ()

    def show(self, networks: tuple[NetworkName, ...]) -> None:
        self.beginResetModel()
        self.networks = networks
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.networks)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.networks):
            return None
        network = self.networks[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return network.name  # a list view shows it as plain text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(network.description) if network.description else None
        if role == ID_ROLE:
            return network.id
        return None


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
        self.listed = NetworkList(self)
        self.networks = QListView()
        self.networks.setModel(self.listed)
        self.networks.setUniformItemSizes(True)  # no row is measured before it is shown
        self.networks.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
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
        self.networks.activated.connect(lambda index: self.openRequested.emit(index.data(ID_ROLE)))
        self.networks.selectionModel().currentChanged.connect(
            lambda current, _previous: self.open.setEnabled(current.isValid())
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

    def show_networks(self, networks: tuple[NetworkName, ...]) -> None:
        self.listed.show(networks)
        self.networks.setVisible(bool(networks))
        self.empty.setVisible(not networks)
        self.open.setEnabled(False)
        if networks:
            self.networks.setCurrentIndex(self.listed.index(0))

    def names(self) -> list[str]:
        """The networks' names as listed, in order."""
        return [network.name for network in self.listed.networks]

    def _open_selected(self) -> None:
        current = self.networks.currentIndex()
        if current.isValid():
            self.openRequested.emit(current.data(ID_ROLE))
