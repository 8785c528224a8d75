"""A real main window on a real store file in tmp_path, with settings in an INI file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.ui.control.i18n import LanguageSwitcher
from app.ui.control.settings import Settings
from app.ui.control.workshop import Workshop
from app.ui.shell.application import build_window
from app.ui.shell.main_window import MainWindow
from db.store import Store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def open_window(
    qtbot, qapp, store_path: Path, settings: Settings
) -> Iterator[Callable[[], MainWindow]]:
    """Opens main windows on the same store, as a facilitator restarting the program would."""
    stores: list[Store] = []

    def make() -> MainWindow:
        store = Store.open(store_path)
        stores.append(store)
        window = build_window(store, settings, LanguageSwitcher(qapp))
        qtbot.addWidget(window)
        window.resize(1600, 1000)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for store in stores:
        store.close()


@pytest.fixture
def window(open_window: Callable[[], MainWindow]) -> MainWindow:
    return open_window()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store of its own, for tests of the controller and panels without a window."""
    store = Store.open(tmp_path / "s.sqlite")
    yield store
    store.close()


@pytest.fixture
def workshop(store: Store, qapp) -> Workshop:
    """The controller alone, with a network "LEF" open."""
    workshop = Workshop(store)
    workshop.create_network("LEF")
    return workshop


def answer_file_dialogs(
    monkeypatch: pytest.MonkeyPatch, path: Path, name_filter: str | None = None
) -> None:
    """The program's next file dialogs are answered with `path` (and the file type
    `name_filter`, if given), as if the user chose them.

    The real dialog is built (see `app.ui.store.file_dialogs`); only its modal loop is skipped.
    """

    def choose(dialog: QFileDialog) -> int:
        if name_filter is not None:
            dialog.selectNameFilter(name_filter)
        dialog.selectFile(str(path))
        return QFileDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "exec", choose)
