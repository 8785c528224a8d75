"""What the main window's View, Edit and Help menus open: presentation mode, settings, about.

Kept out of `main_window.py` so that the window only builds its actions; each opener returns
what it opened (tests drive it from there). Dialogs open window-modal without blocking.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from app.core.model import Language
from app.ui.widgets.plain import literal_ampersands

# What the openers open loads when first opened, not with the window.
if TYPE_CHECKING:
    from app.ui.dialogs.settings_dialog import SettingsDialog
    from app.ui.dialogs.team_store_dialog import TeamStoreDialog
    from app.ui.presenting.presentation import PresentationWindow
    from app.ui.shell.about_dialog import AboutDialog
    from app.ui.shell.help_window import HelpWindow
    from app.ui.shell.main_window import MainWindow


def start_presentation(window: MainWindow) -> PresentationWindow:
    """Show the wheel and the active line full screen on the projector (the console on the
    laptop, see `presenter.py`); Esc comes back to the window."""
    current: PresentationWindow | None = getattr(window, "presentation", None)
    if current is not None and current.isVisible():
        current.activateWindow()
        return current
    from app.ui.presenting.presentation import PresentationWindow
    from app.ui.presenting.presenter import PresenterSession

    presentation = PresentationWindow(window.scene, window.workshop)
    presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    # The checkable action flips and reports, so menu, settings and both views agree.
    presentation.contrastRequested.connect(window.contrast_action.trigger)
    presentation.left.connect(lambda: _presentation_left(window))
    presentation.roomRequested.connect(window.room_dock.toggle)
    presentation.follow_room(window.room)
    presentation.ask_to_save = window.ask_to_save_line  # S asks as Ctrl+S does
    window.languageChosen.connect(presentation.show_chain)
    window.presentation = presentation
    session = PresenterSession(presentation, window, window.settings)
    session.ended.connect(lambda why: _presentation_ended(window, why))
    session.start()
    return presentation


def _presentation_ended(window: MainWindow, why: str) -> None:
    if why == "unplugged":
        message = QCoreApplication.translate(
            "MainWindow", "The projector was disconnected: the wheel is back here"
        )
        window.statusBar().showMessage(message, 8000)


def fill_screen_menu(window: MainWindow) -> None:
    """The View menu's choice of the presentation screen: automatic, or a screen (remembered
    by name, place and serial, and used whenever that screen is connected)."""
    from app.core.screens import find_screen
    from app.ui.presenting.presenter import connected_screens

    menu = window.screen_menu
    menu.clear()
    chosen = window.settings.presentation_screen
    screens = connected_screens()
    found = find_screen(screens, chosen) if chosen is not None else None
    automatic = menu.addAction(
        QCoreApplication.translate("MainWindow", "Automatic: the screen without this window")
    )
    options: list[tuple[QAction, str | None, bool]] = [(automatic, None, chosen is None)]
    for index, screen in enumerate(screens, start=1):
        _x, _y, width, height = screen.geometry
        text = f"{index}: {screen.name} ({width}×{height})"
        if screen.label(screens) != screen.name:  # two of one model: where each one is
            text = f"{index}: {screen.label(screens)}"
        action = menu.addAction(literal_ampersands(text))
        options.append((action, screen.key(), screen == found))
    if chosen is not None and found is None:
        name = chosen.split("\x1f")[0]
        absent = QCoreApplication.translate("MainWindow", "%1 (not connected)").replace("%1", name)
        options.append((menu.addAction(literal_ampersands(absent)), chosen, True))
    for action, option, checked in options:
        action.setCheckable(True)
        action.setChecked(checked)
        action.triggered.connect(_chooser(window, option))


def _chooser(window: MainWindow, name: str | None) -> Callable[[], None]:
    def choose() -> None:
        from app.ui.presenting.presenter import PresenterSession

        window.settings.presentation_screen = name
        presentation = window.presentation
        session = presentation.findChild(PresenterSession) if presentation is not None else None
        if isinstance(session, PresenterSession):
            session.start()  # presenting: the wheel moves to the chosen screen at once

    return choose


def _presentation_left(window: MainWindow) -> None:
    window.presentation = None
    window.activateWindow()
    window.view.setFocus()


def show_settings(window: MainWindow) -> SettingsDialog:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, store_place(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.languageChosen.connect(lambda language: choose_language(window, language))
    dialog.themeChosen.connect(lambda theme: choose_theme(window, theme))
    dialog.open()
    return dialog


def choose_language(window: MainWindow, language: Language) -> None:
    window.language_actions[language].setChecked(True)
    window.choose_language(language)


def choose_theme(window: MainWindow, theme: str) -> None:
    high = theme == "high_contrast"
    window.contrast_action.setChecked(high)
    window.toggle_contrast(high)


def show_about(window: MainWindow, keys: bool = False) -> AboutDialog:
    from app.ui.shell.about_dialog import AboutDialog

    dialog = AboutDialog(window.model, window.workshop.language, store_place(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    if keys:
        dialog.show_keys()
    dialog.open()
    return dialog


def show_help(window: MainWindow, page: str | None = None) -> HelpWindow:
    """The help beside the window (not modal: it can stay open during a session)."""
    current: HelpWindow | None = getattr(window, "help_window", None)
    if current is None or current.language != window.workshop.language:
        if current is not None:
            current.close()
        from app.ui.shell.help_window import HelpWindow

        current = HelpWindow(window.model, window.workshop.language, window)
        window.help_window = current  # type: ignore[attr-defined]
    if page is not None:
        current.show_page(page)
    current.show()
    current.raise_()
    current.activateWindow()
    return current


def store_place(window: MainWindow) -> Path | str:
    """The open store's file, or for a team store its server and database."""
    store = window.workshop.store
    return store.path if store.path is not None else store.location


def connect_team_store(window: MainWindow) -> TeamStoreDialog:
    """File → Connect to a team store…: ask where, try it, and open it in a window of its
    own (this window keeps its store); a store that cannot be used says why, translated."""
    from app.ui.dialogs.team_store_dialog import TeamStoreDialog

    dialog = TeamStoreDialog(window.settings.team_store, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.accepted.connect(lambda: open_team_store(window, dialog.address()))
    dialog.open()
    return dialog


def open_team_store(window: MainWindow, address: str) -> bool:
    """Check that the team store at `address` opens; then start Netwerkimpact on it (the
    address goes to the new program through its environment, never on a command line
    others can read). Returns whether it was started."""
    from PySide6.QtCore import QProcess, QProcessEnvironment
    from PySide6.QtWidgets import QApplication

    from app.ui.store.recovery_dialog import show_problem
    from db.errors import StoreError
    from db.store import Store

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a far server takes a while
    try:
        Store.open(address, window.model).close()
    except StoreError as error:
        QApplication.restoreOverrideCursor()
        show_problem(window, error)
        return False
    QApplication.restoreOverrideCursor()
    window.settings.team_store = address
    program, arguments = program_command()
    process = QProcess(window)
    environment = QProcessEnvironment.systemEnvironment()
    environment.insert("NETIMPACT_DB", address)
    process.setProcessEnvironment(environment)
    process.setProgram(program)
    process.setArguments(arguments)
    started, _pid = process.startDetached()
    return bool(started)


def program_command() -> tuple[str, list[str]]:
    """How to start this program again: the bundle's executable, or Python with `-m app`."""
    import sys

    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "app"]
