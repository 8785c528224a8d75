"""The File menu's network dialogs: new, open, rename, duplicate, delete, import, export.

Each asks what it needs, calls the workshop, and turns a store error into a message.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.core.examples import example_file
from app.core.limits import MAX_NAME
from app.ui.control.settings import Settings
from app.ui.control.workshop import Workshop
from app.ui.store.file_dialogs import ask_open_path, ask_save_path
from app.ui.store.recovery_dialog import warn
from app.ui.widgets.text_limits import ask_text
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
        name, accepted = ask_text(
            self.window, self.tr("New network"), self.tr("Name of the network"), MAX_NAME
        )
        if accepted and name.strip():
            try:
                self.workshop.create_network(name.strip())
            except (StoreError, ValueError) as error:
                self._report(error)

    def choose(self) -> None:
        networks = self.workshop.store.networks.list_names()
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
        name, accepted = ask_text(
            self.window, self.tr("Rename network"), self.tr("Name of the network"), MAX_NAME, old
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
        path = ask_open_path(
            self.window, self.tr("Import network"), "", self.tr("Netwerkimpact exchange (*.json)")
        )
        if path:
            try:
                self.workshop.import_network(path)
            except (StoreError, ValueError, OSError) as error:
                self._report(error)

    def open_example(self, key: str) -> None:
        """Add a shipped example network to the store and open it (never forced on anyone)."""
        try:
            self.workshop.import_network(example_file(key, self.workshop.language))
        except (StoreError, ValueError, OSError) as error:
            self._report(error)

    def export_file(self) -> None:
        name = self.workshop.contents.network.name
        path = ask_save_path(
            self.window,
            self.tr("Export network"),
            f"{name}.json",
            self.tr("Netwerkimpact exchange (*.json)"),
        )
        if path:
            try:
                self.workshop.export_network(path)
            except (StoreError, OSError) as error:
                self._report(error)
