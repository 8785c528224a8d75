"""File → Take along for offline use… and File → Bring back to the team store… (issue 22).

Taking along: the team store's address, its networks (a network already taken along says by
whom and since when), one chosen and copied into this computer's store. Bringing back: what
differs per part between the network as taken, here and in the team store now; if the team
store was changed meanwhile nothing there is overwritten and this computer's version comes in
beside it, which the dialog says with the differences. Every text people typed is plain text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.three_way import Change, Part, PartDifference
from app.ui.store.store_messages import describe
from db.errors import StoreDamagedError, StoreError
from db.records import Network
from db.store import Store
from db.take_along import (
    BroughtBack,
    Origin,
    TakeAlongError,
    all_taken_along,
    bring_back,
    preview,
    take_along,
)

MINIMUM_WIDTH = 560  # fits a 1024×768 screen with room around it


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def when(moment: datetime) -> str:
    """A time as people here read it: local, day first."""
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


class _Sentences(QDialog):
    """The two dialogs' shared wording of what went wrong."""

    def sentence(self, error: StoreError) -> str:
        if isinstance(error, TakeAlongError):
            if error.reason == "already_taken":
                return self.tr(
                    "This network is already taken along to this computer as “%1”. "
                    "Bring that back first."
                ).replace("%1", error.name)
            if error.reason == "not_taken":
                return self.tr("This network was not taken along from a team store.")
            if error.reason == "not_from_here":
                return self.tr(
                    "This network was not taken along from this team store, or it was "
                    "brought back already."
                )
            return self.tr("The network is no longer in the team store.")
        if isinstance(error, StoreDamagedError):
            raise error  # the program's StoreGuard offers the backups
        return describe(error).text


class TakeAlongDialog(_Sentences):
    """Copies a network of a team store into `laptop` (this computer's store)."""

    def __init__(
        self,
        laptop: Store,
        address: str = "",
        parent: QWidget | None = None,
        chosen: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.laptop = laptop
        self.chosen = chosen  # the network to select in the list (the one open in the window)
        self.copy: Network | None = None
        self.setObjectName("take_along_dialog")
        self.setWindowTitle(self.tr("Take along for offline use"))
        self.setAccessibleName(self.tr("Take along for offline use"))
        self.setMinimumWidth(MINIMUM_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain(
                QLabel(
                    self.tr(
                        "Copy a network from the team store into this computer's store, to "
                        "work on it where there is no internet. The team store shows it as "
                        "taken along until you bring it back."
                    )
                )
            )
        )
        row = QHBoxLayout()
        address_label = QLabel(self.tr("&Team store"))
        self.address = QLineEdit(address)
        self.address.setObjectName("team_address")
        self.address.setPlaceholderText(self.tr("postgresql://server/database"))
        self.address.setAccessibleName(self.tr("Address of the team store"))
        address_label.setBuddy(self.address)
        self.fetch = QPushButton(self.tr("&Show networks"))
        self.fetch.setAccessibleName(self.tr("Show the team store's networks"))
        self.fetch.clicked.connect(self.show_networks)
        self.address.returnPressed.connect(self.show_networks)
        row.addWidget(address_label)
        row.addWidget(self.address, 1)
        row.addWidget(self.fetch)
        layout.addLayout(row)
        self.networks = QListWidget()
        self.networks.setObjectName("team_networks")
        self.networks.setAccessibleName(self.tr("Networks in the team store"))
        self.networks.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.networks, 1)
        self.problem = _plain(QLabel())
        self.problem.setObjectName("take_along_problem")
        self.problem.setStyleSheet("color: #a33;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Take along"))
        ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.networks.currentItemChanged.connect(lambda item, _old: ok.setEnabled(bool(item)))
        layout.addWidget(self.buttons)
        self.setTabOrder(self.address, self.fetch)
        self.setTabOrder(self.fetch, self.networks)
        self.setTabOrder(self.networks, self.buttons)

    def _team(self) -> Store | None:
        address = self.address.text().strip()
        if not address:
            self.problem.setText(self.tr("Fill in the team store's address."))
            self.address.setFocus()
            return None
        try:
            return Store.open(address, self.laptop.model)
        except StoreError as error:
            self.problem.setText(self.sentence(error))
            return None

    def show_networks(self) -> None:
        self.networks.clear()
        self.problem.clear()
        team = self._team()
        if team is None:
            return
        with team:
            away = all_taken_along(team)  # one query, not one a network
            for network in team.networks.list_names():
                marks = away.get(network.id, ())
                text = network.name
                if marks:
                    text = self.tr("%1 — taken along by %2 (%3) since %4")
                    text = (
                        text.replace("%1", network.name)
                        .replace("%2", marks[0].taken_by)
                        .replace("%3", marks[0].machine)
                        .replace("%4", when(marks[0].taken_at))
                    )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, network.id)
                self.networks.addItem(item)
        if not self.networks.count():
            self.problem.setText(self.tr("The team store has no networks yet."))
            return
        rows = [
            row
            for row in range(self.networks.count())
            if self.networks.item(row).data(Qt.ItemDataRole.UserRole) == self.chosen
        ]
        self.networks.setCurrentRow(rows[0] if rows else 0)
        self.networks.setFocus()

    def accept(self) -> None:
        item = self.networks.currentItem()
        if item is None:
            return
        team = self._team()
        if team is None:
            return
        with team:
            try:
                self.copy = take_along(
                    team,
                    self.laptop,
                    str(item.data(Qt.ItemDataRole.UserRole)),
                    self.address.text().strip(),
                )
            except StoreError as error:
                self.problem.setText(self.sentence(error))
                return
        super().accept()


class BringBackDialog(_Sentences):
    """Shows what differs per part, then writes the network back into its team store."""

    def __init__(
        self, laptop: Store, network: Network, origin: Origin, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.laptop, self.network, self.origin = laptop, network, origin
        self.outcome: BroughtBack | None = None
        self.setObjectName("bring_back_dialog")
        self.setWindowTitle(self.tr("Bring back to the team store"))
        self.setAccessibleName(self.tr("Bring back to the team store"))
        self.setMinimumWidth(MINIMUM_WIDTH)
        layout = QVBoxLayout(self)
        self.intro = _plain(QLabel())
        self.intro.setObjectName("bring_back_intro")
        self.intro.setText(
            self.tr("“%1” was taken along from %2 on %3.")
            .replace("%1", network.name)
            .replace("%2", origin.source)
            .replace("%3", when(origin.taken_at))
        )
        layout.addWidget(self.intro)
        self.status = _plain(QLabel())
        self.status.setObjectName("bring_back_status")
        self.status.setAccessibleName(self.tr("What bringing back does"))
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("bring_back_parts")
        self.table.setAccessibleName(self.tr("Differences per part"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Part"), self.tr("On this computer"), self.tr("In the team store")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Bring back"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.table, self.buttons)
        self.look()

    def _team(self) -> Store | None:
        try:
            return Store.open(self.origin.source, self.laptop.model)
        except StoreError as error:
            self.status.setText(self.sentence(error))
            self.ok.setEnabled(False)
            return None

    def look(self) -> None:
        """What differs now, before anything is written."""
        team = self._team()
        if team is None:
            return
        with team:
            try:
                differences = preview(self.laptop, team, self.network.id)
            except StoreError as error:
                self.status.setText(self.sentence(error))
                self.ok.setEnabled(False)
                return
        self.show_differences(differences)
        if any(d.change in (Change.SERVER, Change.BOTH, Change.BOTH_SAME) for d in differences):
            self.status.setText(
                self.tr(
                    "Someone changed this network in the team store since it was taken "
                    "along. Nothing there will be overwritten: this computer's version comes "
                    "in beside it as a new network, and you choose which to keep."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Nobody changed this network in the team store meanwhile: this "
                    "computer's version replaces it."
                )
            )

    def part_name(self, part: Part) -> str:
        return {
            Part.CORE: self.tr("Core"),
            Part.LINES: self.tr("Reasoning lines"),
            Part.STORIES: self.tr("Stories and evidence"),
            Part.INDICATORS: self.tr("Indicators"),
            Part.LEARNING: self.tr("Learning path and measurements"),
            Part.NOTES: self.tr("Post-its"),
            Part.WHEEL: self.tr("Wheel and stakeholder groups"),
        }[part]

    def show_differences(self, differences: Sequence[PartDifference]) -> None:
        self.table.setRowCount(len(differences))
        for row, difference in enumerate(differences):
            here = difference.change in (Change.LAPTOP, Change.BOTH, Change.BOTH_SAME)
            there = difference.change in (Change.SERVER, Change.BOTH, Change.BOTH_SAME)
            cells = [
                self.part_name(difference.part),
                self.tr("changed") if here else self.tr("unchanged"),
                (
                    self.tr("changed, differently")
                    if difference.change is Change.BOTH
                    else (self.tr("changed") if there else self.tr("unchanged"))
                ),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()

    def accept(self) -> None:
        if self.outcome is not None:  # the result is shown; OK closes
            super().accept()
            return
        team = self._team()
        if team is None:
            return
        kept_name = self.tr("%1 (taken along %2)").replace("%1", "{name}").replace("%2", "{date}")
        with team:
            try:
                self.outcome = bring_back(
                    self.laptop, team, str(self.network.id), kept_name=kept_name
                )
            except StoreError as error:
                self.status.setText(self.sentence(error))
                return
        if self.outcome.kept_network is None:
            super().accept()
            return
        self.show_differences(self.outcome.differences)
        self.status.setText(
            self.tr(
                "The team store's “%1” was changed meanwhile and is unchanged now. This "
                "computer's version is kept beside it as “%2”. Compare the two, keep the one "
                "you want and delete the other."
            )
            .replace("%1", self.outcome.network.name)
            .replace("%2", self.outcome.kept_network.name)
        )
        self.ok.setText(self.tr("&Close"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
