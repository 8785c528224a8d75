"""The main window's menus: the bar's titles with the window's frame, the menus themselves
from its actions once it is furnished, and their texts in the chosen language (context
"MainWindow", as the window's own strings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui.shell import openers
from app.ui.widgets.plain import literal_ampersands

if TYPE_CHECKING:
    from app.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate


def build_menu_bar(window: MainWindow) -> None:
    """The menu bar's menus, empty: File, Edit, View, Room and Help."""
    bar = window.menuBar()
    window.file_menu = bar.addMenu("")
    window.edit_menu = bar.addMenu("")
    window.view_menu = bar.addMenu("")
    window.room_menu = bar.addMenu("")  # filled by the room's dock
    window.help_menu = bar.addMenu("")


def build_menus(window: MainWindow) -> None:
    """The menus' actions and submenus."""
    window.file_menu.addActions([window.new_action, window.open_action])
    window.recent_menu = window.file_menu.addMenu("")
    window.recent_menu.aboutToShow.connect(window.fill_recent)
    window.example_menu = window.file_menu.addMenu("")
    window.example_menu.setObjectName("example_menu")
    window.example_menu.addActions(list(window.outputs.examples.values()))
    window.file_menu.addAction(window.team_store_action)
    window.file_menu.addSeparator()
    window.file_menu.addActions(
        [
            window.rename_action,
            window.duplicate_action,
            window.delete_action,
            window.close_network_action,
        ]
    )
    window.file_menu.addSeparator()
    window.file_menu.addActions(
        [
            window.import_action,
            window.export_action,
            *window.outputs.tables,
        ]
    )
    window.file_menu.addAction(window.import_notes_action)
    window.file_menu.addAction(window.import_measurements_action)
    window.file_menu.addSeparator()
    window.file_menu.addActions(window.outputs.team.actions)
    window.file_menu.addSeparator()
    window.file_menu.addActions([window.poster_action, *window.outputs.images])
    window.file_menu.addSeparator()
    window.file_menu.addAction(window.quit_action)
    window.edit_menu.addActions([window.undo_action, window.redo_action])
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(window.save_line_action)
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(window.settings_action)
    window.view_menu.addAction(window.presentation_action)
    window.screen_menu = window.view_menu.addMenu("")
    window.screen_menu.aboutToShow.connect(lambda: openers.fill_screen_menu(window))
    window.view_menu.addAction(window.panel_action)
    window.view_menu.addSeparator()
    window.focus_menu = window.view_menu.addMenu("")
    window.focus_menu.addActions(list(window.focus_actions.values()))
    window.lock_menu = window.view_menu.addMenu("")
    window.lock_menu.addActions(list(window.lock_actions.values()))
    window.view_menu.addSeparator()
    window.view_menu.addAction(window.contrast_action)
    window.language_menu = window.view_menu.addMenu("")
    window.language_menu.addActions(list(window.language_actions.values()))
    window.help_menu.addActions([window.help_action, window.keys_action, window.about_action])


def retranslate_menus(window: MainWindow) -> None:
    """The menus' and actions' texts in the window's language."""
    language = window.settings.language
    window.file_menu.setTitle(translate("MainWindow", "&File"))
    window.edit_menu.setTitle(translate("MainWindow", "&Edit"))
    window.view_menu.setTitle(translate("MainWindow", "&View"))
    window.room_menu.setTitle(translate("MainWindow", "R&oom"))
    window.help_menu.setTitle(translate("MainWindow", "&Help"))
    if not window.furnished:
        return
    window.recent_menu.setTitle(translate("MainWindow", "Open &recent"))
    window.new_action.setText(translate("MainWindow", "&New network…"))
    window.open_action.setText(translate("MainWindow", "&Open network…"))
    window.team_store_action.setText(translate("MainWindow", "Connect to a &team store…"))
    window.rename_action.setText(translate("MainWindow", "&Rename network…"))
    window.duplicate_action.setText(translate("MainWindow", "D&uplicate network"))
    window.delete_action.setText(translate("MainWindow", "&Delete network…"))
    window.close_network_action.setText(translate("MainWindow", "&Close network"))
    window.import_action.setText(translate("MainWindow", "&Import network (JSON)…"))
    window.import_notes_action.setText(translate("MainWindow", "Import post-&its (CSV, Excel)…"))
    window.import_measurements_action.setText(
        translate("MainWindow", "Import &measurements (CSV, Excel)…")
    )
    window.export_action.setText(translate("MainWindow", "&Export network (JSON)…"))
    window.poster_action.setText(translate("MainWindow", "&Poster (PDF)…"))
    window.example_menu.setTitle(translate("MainWindow", "Open e&xample"))
    window.help_action.setText(translate("MainWindow", "&Help: the model and a session"))
    window.quit_action.setText(translate("MainWindow", "&Quit"))
    window.save_line_action.setText(translate("MainWindow", "&Save line"))
    window.panel_action.setText(translate("MainWindow", "Side &panel"))
    window.focus_menu.setTitle(translate("MainWindow", "&Focus"))
    window.lock_menu.setTitle(translate("MainWindow", "&Lock ring"))
    window.contrast_action.setText(translate("MainWindow", "&High contrast"))
    window.presentation_action.setText(translate("MainWindow", "&Presentation"))
    window.screen_menu.setTitle(translate("MainWindow", "Presentation &screen"))
    window.settings_action.setText(translate("MainWindow", "Se&ttings…"))
    window.about_action.setText(translate("MainWindow", "&About Netwerkimpact"))
    window.keys_action.setText(translate("MainWindow", "&Keys and clicker"))
    window.language_menu.setTitle(translate("MainWindow", "&Language"))
    window.language_actions["nl"].setText("Nederlands")
    window.language_actions["en"].setText("English")
    window.focus_actions[None].setText(translate("MainWindow", "The whole model"))
    for key, action in window.focus_actions.items():
        if key is not None:
            action.setText(literal_ampersands(window.focus_label(key)))
    for key, action in window.lock_actions.items():
        action.setText(literal_ampersands(window.model.ring(key).label.in_(language)))
