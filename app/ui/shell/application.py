"""Starting the program: Qt, settings and language, the store (with a way out if it is damaged)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui.control.i18n import LanguageSwitcher, TranslationsMissingError
from app.ui.control.settings import Settings
from app.ui.control.workshop import Workshop
from app.ui.shell.main_window import MainWindow
from app.ui.store.recovery_dialog import ask_with_dialogs
from app.ui.store.store_guard import StoreGuard
from app.ui.store.store_recovery import Ask, open_store_or_ask
from db.errors import StoreError
from db.store import Store, default_store_path


def application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("Netwerkimpact")
    app.setOrganizationName("Netwerkimpact")
    app.setApplicationDisplayName("Netwerkimpact")
    return app


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
    return run_windows(app, store_file or default_store_path(), settings, switcher)


def run_windows(
    app: QApplication,
    path: Path,
    settings: Settings,
    switcher: LanguageSwitcher,
    ask: Ask | None = None,
) -> int:
    """Open the store (asking when it cannot be used) and show the window; a store found
    damaged while the window is open brings the question back, with its backups."""
    ask = ask or ask_with_dialogs()
    problem: StoreError | None = None
    while True:
        store = open_store_or_ask(path, ask, problem=problem)
        if store is None:
            return 1
        path = store.path
        with store:
            window = build_window(store, settings, switcher)
            with StoreGuard(window) as guard:
                if settings.window_geometry is None:
                    window.showMaximized()  # first start: the wheel wants the whole screen
                else:
                    window.show()
                code = app.exec()
        if guard.damaged is None:
            return code
        problem = guard.damaged
