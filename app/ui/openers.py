"""What the main window's View, Edit and Help menus open: presentation mode, settings, about.

Kept out of `main_window.py` so that the window only builds its actions; each opener returns
what it opened (tests drive it from there). Dialogs open window-modal without blocking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from app.core.model import Language
from app.ui.about_dialog import AboutDialog
from app.ui.help_window import HelpWindow
from app.ui.presentation import PresentationWindow
from app.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def start_presentation(window: MainWindow) -> PresentationWindow:
    """Show the wheel and the active line full screen; Esc comes back to the window."""
    current: PresentationWindow | None = getattr(window, "presentation", None)
    if current is not None and current.isVisible():
        current.activateWindow()
        return current
    presentation = PresentationWindow(window.scene, window.workshop)
    presentation.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    # The checkable action flips and reports, so menu, settings and both views agree.
    presentation.contrastRequested.connect(window.contrast_action.trigger)
    presentation.left.connect(lambda: _presentation_left(window))
    presentation.roomRequested.connect(window.room_dock.toggle)
    presentation.follow_room(window.room)
    window.languageChosen.connect(presentation.show_chain)
    window.presentation = presentation
    presentation.start()
    return presentation


def _presentation_left(window: MainWindow) -> None:
    window.presentation = None
    window.activateWindow()
    window.view.setFocus()


def show_settings(window: MainWindow) -> SettingsDialog:
    dialog = SettingsDialog(window.settings, window.workshop.store.path, window)
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
    dialog = AboutDialog(window.model, window.workshop.language, window.workshop.store.path, window)
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
        current = HelpWindow(window.model, window.workshop.language, window)
        window.help_window = current  # type: ignore[attr-defined]
    if page is not None:
        current.show_page(page)
    current.show()
    current.raise_()
    current.activateWindow()
    return current
