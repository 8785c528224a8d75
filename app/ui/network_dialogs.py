"""The File menu's network dialogs: new, open, rename, duplicate, delete, import, export.

Each asks what it needs, calls the workshop, and turns a store error into a message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.ui.recovery_dialog import warn
from app.ui.settings import Settings
from app.ui.workshop import Workshop
from db.errors import StoreError


class NetworkDialogs(QObject):
    def __init__(self, window: QWidget, workshop: Workshop, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.workshop = workshop
        self.settings = settings

    def _report(self, error: Exception) -> None:
        warn(self.window, self.tr("Netwerkimpact"), error)

    def new(self) -> None:
        name, accepted = QInputDialog.getText(
            self.window, self.tr("New network"), self.tr("Name of the network")
        )
        if accepted and name.strip():
            try:
                self.workshop.create_network(name.strip())
            except (StoreError, ValueError) as error:
                self._report(error)

    def choose(self) -> None:
        networks = self.workshop.store.list_networks()
        if not networks:
            self.new()
            return
        names = [network.name for network in networks]
        name, accepted = QInputDialog.getItem(
            self.window, self.tr("Open network"), self.tr("Network"), names, 0, False
        )
        if accepted:
            self.workshop.open_network(networks[names.index(name)].id)

    def rename(self) -> None:
        old = self.workshop.contents.network.name
        name, accepted = QInputDialog.getText(
            self.window, self.tr("Rename network"), self.tr("Name of the network"), text=old
        )
        if accepted and name.strip():
            try:
                self.workshop.rename_network(name.strip())
            except (StoreError, ValueError) as error:
                self._report(error)

    def duplicate(self) -> None:
        self.workshop.duplicate_network()

    def delete(self) -> None:
        name = self.workshop.contents.network.name
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete network"),
            self.tr(
                "Delete the network “%1” with all its lines, indicators and post-its?\n"
                "Until you close the program, Edit → Undo brings it back."
            ).replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            network_id = self.workshop.network_id
            self.workshop.delete_network()
            if network_id is not None:
                self.settings.forget_network(network_id)

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import network"), "", self.tr("Netwerkimpact exchange (*.json)")
        )
        if path:
            try:
                self.workshop.import_network(Path(path))
            except (StoreError, ValueError, OSError) as error:
                self._report(error)

    def export_file(self) -> None:
        name = self.workshop.contents.network.name
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export network"),
            f"{name}.json",
            self.tr("Netwerkimpact exchange (*.json)"),
        )
        if path:
            try:
                self.workshop.export_network(Path(path))
            except (StoreError, OSError) as error:
                self._report(error)
