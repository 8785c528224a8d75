"""Starting the program: Qt, settings and language, the store (with a way out if it is damaged)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.file_dialogs import ask_open_path, ask_save_path
from app.ui.i18n import LanguageSwitcher, TranslationsMissingError
from app.ui.main_window import MainWindow
from app.ui.settings import Settings
from app.ui.workshop import Workshop
from db.errors import StoreOpenError
from db.store import Store, default_store_path


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Netwerkimpact")
    app.setOrganizationName("Netwerkimpact")
    app.setApplicationDisplayName("Netwerkimpact")
    return app  # type: ignore[return-value]


def open_store_or_ask(path: Path) -> Store | None:
    """Open the store; if the file cannot be used, ask what to do. None: the user quits.

    A damaged, foreign or newer file is never overwritten or repaired: the choices are another
    file (a backup), a new store somewhere else, or quitting.
    """
    while True:
        try:
            return Store.open(path)
        except StoreOpenError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QApplication.translate("Startup", "The store cannot be opened"),
                "",
            )
            box.setText(
                QApplication.translate(
                    "Startup",
                    "Netwerkimpact cannot use the file\n%1\n\n%2\n\nThe file has not been "
                    "changed. You can open a backup, start a new store elsewhere, or quit.",
                )
                .replace("%1", str(path))
                .replace("%2", str(error))
            )
            backup = box.addButton(
                QApplication.translate("Startup", "Open a backup…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            fresh = box.addButton(
                QApplication.translate("Startup", "Start a new store…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.addButton(
                QApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole
            )
            box.exec()
            clicked = box.clickedButton()
            if clicked is backup:
                chosen = ask_open_path(
                    None, QApplication.translate("Startup", "Open a backup"), path.parent
                )
            elif clicked is fresh:
                chosen = ask_save_path(
                    None,
                    QApplication.translate("Startup", "New store"),
                    path.with_name("netimpact-new.sqlite"),
                )
                if chosen and chosen.exists():
                    continue  # never start a new store on top of an existing file
            else:
                return None
            if chosen:
                path = chosen


def build_window(store: Store, settings: Settings, switcher: LanguageSwitcher) -> MainWindow:
    workshop = Workshop(store)
    window = MainWindow(workshop, settings)
    window.languageChosen.connect(switcher.use)
    known = {network.id for network in store.list_networks()}
    if settings.last_network in known:
        workshop.open_network(settings.last_network)
    return window


def run(store_file: Path | None) -> int:
    """Start the program's event loop; returns the exit code."""
    app = application()
    settings = Settings()
    switcher = LanguageSwitcher(app)
    try:
        switcher.use(settings.language)
    except TranslationsMissingError as error:
        print(f"netimpact: {error}; continuing in English", file=sys.stderr)
    store = open_store_or_ask(store_file or default_store_path())
    if store is None:
        return 1
    with store:
        window = build_window(store, settings, switcher)
        if settings.window_geometry is None:
            window.showMaximized()  # first start: the wheel wants the whole screen
        else:
            window.show()
        return app.exec()
