"""The main window: the wheel in the centre, the side panel, menus, and the start page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from app.canvas.plausibility_marks import PlausibilityMarks
from app.canvas.view import WheelView
from app.core.model import Language
from app.core.wheel_layout import PALETTES
from app.ui.control.parts import CORE, LINES, NETWORK
from app.ui.control.settings import Settings
from app.ui.control.workshop import Workshop
from app.ui.dialogs.network_dialogs import NetworkDialogs
from app.ui.dialogs.note_dialog import add_note_for_segment
from app.ui.dialogs.poster_dialog import ask_and_make_poster
from app.ui.panels.core_panel import CorePanel
from app.ui.panels.indicator_panel import IndicatorPanel
from app.ui.panels.learning_path_panel import LearningPathPanel
from app.ui.panels.line_panel import LinePanel
from app.ui.panels.lines_panel import LinesPanel
from app.ui.panels.notes_panel import NotesPanel
from app.ui.panels.start_page import StartPage
from app.ui.postits.desk import WheelDesk
from app.ui.postits.import_dialog import import_notes
from app.ui.room.dock import RoomDock
from app.ui.shell import openers
from app.ui.shell.menus import build_menus, retranslate_menus
from app.ui.shell.output_actions import OutputActions
from app.ui.widgets.plain import literal_ampersands
from db.records import WheelState


class MainWindow(QMainWindow):
    languageChosen = Signal(str)  # the application swaps translators, then retranslates us

    # The menus, made by `menus.build_menus`.
    file_menu: QMenu
    recent_menu: QMenu
    example_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    screen_menu: QMenu
    focus_menu: QMenu
    lock_menu: QMenu
    language_menu: QMenu
    help_menu: QMenu

    def __init__(self, workshop: Workshop, settings: Settings) -> None:
        super().__init__()
        self.workshop = workshop
        self.settings = settings
        self.model = workshop.model
        workshop.language = settings.language
        self.view = WheelView(self.model, settings.language, PALETTES[settings.theme], parent=self)
        self.scene = self.view.wheel
        self.plausibility_marks = PlausibilityMarks.on(self.scene)
        self.start = StartPage()
        self.desk = WheelDesk(self.view, workshop, lambda: self.notes_panel.moment_filter())
        self.centre = QStackedWidget()
        self.centre.addWidget(self.start)
        self.centre.addWidget(self.desk)
        self.setCentralWidget(self.centre)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.panels: list[tuple[QWidget, str]] = []
        self.presentation: QWidget | None = None  # the presentation window while it is open
        self._add_panels()
        self.dock = QDockWidget(self)
        self.dock.setObjectName("side_panel")
        self.dock.setWidget(self.tabs)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.dock.setMinimumWidth(440)  # room for the six tabs' names
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.networks = NetworkDialogs(self, workshop, settings)
        self.room_dock = RoomDock(self, workshop, lambda: self.notes_panel.moment_filter())
        self.room = self.room_dock.room
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.room_dock)
        self._build_actions()
        build_menus(self)
        self._connect()
        self.resize(1440, 900)
        if settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        self.retranslate()
        self.show_network()

    # --- building --------------------------------------------------------------------------

    def _add_panels(self) -> None:
        self.core_panel = CorePanel(self.workshop)
        self.line_panel = LinePanel(self.workshop)
        self.lines_panel = LinesPanel(self.workshop)
        self.indicator_panel = IndicatorPanel(self.workshop)
        self.learning_panel = LearningPathPanel(self.workshop)
        self.notes_panel = NotesPanel(self.workshop)
        self.panels = [
            (self.core_panel, "Core"),
            (self.line_panel, "Reasoning line"),
            (self.lines_panel, "Lines"),
            (self.indicator_panel, "Indicators"),
            (self.learning_panel, "Learning path"),
            (self.notes_panel, "Post-its"),
        ]
        for panel, _ in self.panels:
            self.tabs.addTab(panel, "")
        self.notes_panel.notesShown.connect(self.scene.set_notes)
        self.notes_panel.notesShown.connect(self.desk.set_notes)

    def _rebuild_panels(self) -> None:
        """New panels in the new language; they keep nothing the workshop does not hold.

        (Their slots are bound methods, so deleting them also disconnects them.)
        """
        current = self.tabs.currentIndex()
        for panel, _ in self.panels:
            self.tabs.removeTab(self.tabs.indexOf(panel))
            panel.deleteLater()
        self._add_panels()
        self.tabs.setCurrentIndex(current)
        if self.workshop.has_network:
            self.scene.set_notes(self.notes_panel.shown_notes())
            self.desk.set_notes(self.notes_panel.shown_notes())

    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        slot: Callable[..., object] | None = None,
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(key.New, self.networks.new)
        self.open_action = self._action(key.Open, self.networks.choose)
        self.rename_action = self._action(None, self.networks.rename)
        self.duplicate_action = self._action(None, self.networks.duplicate)
        self.delete_action = self._action(None, self.networks.delete)
        self.import_action = self._action(None, self.networks.import_file)
        self.import_notes_action = self._action(None, lambda: import_notes(self, self.workshop))
        self.export_action = self._action(None, self.networks.export_file)
        self.poster_action = self._action("Ctrl+P", self.make_poster)
        self.outputs = OutputActions(self)
        self.help_action = self._action(key.HelpContents, lambda: openers.show_help(self))
        self.close_network_action = self._action(None, lambda: self.workshop.open_network(None))
        self.quit_action = self._action(key.Quit, self.close)
        self.undo_action = self.workshop.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence(key.Undo))
        self.redo_action = self.workshop.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence(key.Redo))
        self.save_line_action = self._action(key.Save, self.save_line)
        self.presentation_action = self._action(None, lambda: openers.start_presentation(self))
        self.presentation_action.setShortcuts([QKeySequence("F5"), QKeySequence("F11")])
        self.settings_action = self._action(key.Preferences, lambda: openers.show_settings(self))
        self.about_action = self._action(None, lambda: openers.show_about(self))
        self.keys_action = self._action(None, lambda: openers.show_about(self, True))
        self.panel_action = self.dock.toggleViewAction()
        # The panel is only for an open network; remember whether the user hid it.
        self._panel_wanted = True
        self.panel_action.triggered.connect(self._panel_toggled)
        self.panel_action.setShortcut(QKeySequence("F9"))
        self.contrast_action = self._action(None, self.toggle_contrast)
        self.contrast_action.setCheckable(True)
        self.contrast_action.setChecked(self.settings.theme == "high_contrast")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for language in ("nl", "en"):
            action = self._action(None, lambda _=False, lang=language: self.choose_language(lang))
            action.setCheckable(True)
            action.setChecked(language == self.settings.language)
            self.language_group.addAction(action)
            self.language_actions[language] = action
        self.focus_group = QActionGroup(self)
        self.focus_actions: dict[str | None, QAction] = {}
        for focus in (None, *self.model.ring_keys[:-1], *self.stakeholder_keys()):
            action = self._action(
                None, lambda _=False, key=focus: self.workshop.set_partial_focus(key)
            )
            action.setCheckable(True)
            action.setChecked(focus is None)
            self.focus_group.addAction(action)
            self.focus_actions[focus] = action
        self.lock_actions: dict[str, QAction] = {}
        for ring_key in self.model.ring_keys:
            action = self._action(None)
            action.setCheckable(True)
            action.triggered.connect(
                lambda locked, key=ring_key: self.workshop.set_locked(key, locked)
            )
            self.lock_actions[ring_key] = action

    def stakeholder_keys(self) -> list[str]:
        return [segment.key for segment in self.model.stakeholder_ring.segments]

    def _connect(self) -> None:
        workshop = self.workshop
        workshop.networkOpened.connect(self.show_network)
        workshop.changed.connect(self._changed)
        workshop.currentLineChanged.connect(self.show_plausibility)
        workshop.networkOpened.connect(self.show_plausibility)
        workshop.wheelMoved.connect(self.show_wheel)
        workshop.wheelOptionsChanged.connect(self.show_wheel_options)
        self.scene.arrangementSettled.connect(
            lambda arrangement, _lines: self.workshop.wheel_settled(arrangement)
        )
        self.scene.lockRequested.connect(workshop.set_locked)
        self.scene.focusRequested.connect(workshop.set_partial_focus)
        self.scene.segmentActivated.connect(self.add_note_on)
        self.start.openRequested.connect(workshop.open_network)
        self.start.newRequested.connect(self.networks.new)
        self.start.importRequested.connect(self.networks.import_file)
        self.start.exampleRequested.connect(self.networks.open_example)

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = self.workshop.language
        retranslate_menus(self)
        self.room_dock.retranslate()
        self.start.show_examples(self.outputs.retranslate(language))
        self.dock.setWindowTitle(self.tr("Panel"))
        titles = {
            "Core": self.tr("Core"),
            "Reasoning line": self.tr("Reasoning line"),
            "Lines": self.tr("Lines"),
            "Indicators": self.tr("Indicators"),
            "Learning path": self.tr("Learning path"),
            "Post-its": self.tr("Post-its"),
        }
        for index, (_panel, name) in enumerate(self.panels):
            self.tabs.setTabText(index, titles.get(name, name))
        for panel, _ in self.panels:
            retranslate = getattr(panel, "retranslate", None)
            if retranslate is not None:
                retranslate()
        self.start.retranslate(self.model.summary.in_(language))
        self.desk.retranslate()
        self._update_title()

    def focus_label(self, key: str) -> str:
        language = self.workshop.language
        if key in self.model.ring_keys:
            return self.model.ring(key).label.in_(language)
        return self.model.segment(key).label.in_(language)

    def choose_language(self, language: Language) -> None:
        self.settings.language = language
        self.workshop.language = language
        self.scene.set_language(language)
        self.languageChosen.emit(language)
        self._rebuild_panels()
        self.retranslate()

    # --- showing the network --------------------------------------------------------------

    def _update_title(self) -> None:
        if self.workshop.has_network:
            name = self.workshop.contents.network.name
            self.setWindowTitle(self.tr("%1 — Netwerkimpact").replace("%1", name))
        else:
            self.setWindowTitle(self.tr("Netwerkimpact"))

    def show_network(self) -> None:
        workshop = self.workshop
        has_network = workshop.has_network
        for action in (
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
            self.export_action,
            self.import_notes_action,
            self.poster_action,
            self.close_network_action,
            self.save_line_action,
        ):
            action.setEnabled(has_network)
        self.outputs.set_enabled(has_network)
        self.room_dock.update_action()
        self.focus_menu.setEnabled(has_network)
        self.lock_menu.setEnabled(has_network)
        self.dock.setVisible(has_network and self._panel_wanted)
        self.panel_action.setEnabled(has_network)
        if has_network:
            self.settings.remember_network(workshop.contents.network.id)
            self.centre.setCurrentWidget(self.desk)
            self._show_network_texts()
            self.show_wheel(workshop.contents.wheel, False)
            self.view.setFocus()
        else:
            self.start.show_networks(workshop.store.list_networks())
            self.centre.setCurrentWidget(self.start)
        self._update_title()

    def _panel_toggled(self, visible: bool) -> None:
        self._panel_wanted = visible

    def _show_network_texts(self) -> None:
        contents = self.workshop.contents
        self.scene.set_network_name(contents.network.name)
        summary: dict[str, list[str]] = {}
        for entry in contents.core:
            summary.setdefault(entry.kind, []).append(entry.text)
        self.scene.set_core_summary(summary)
        self.scene.set_stakeholder_names(
            {group.key: group.name for group in contents.network.stakeholders}
        )

    def _changed(self, parts: frozenset[str]) -> None:
        if not self.workshop.has_network:
            return
        if parts & {CORE, NETWORK}:
            self._show_network_texts()
            self._update_title()
        if LINES in parts:
            self.show_plausibility()

    def show_plausibility(self) -> None:
        """The beam shows each step's judgement of the saved line in focus (none for a draft)."""
        line = self.workshop.current_line() if self.workshop.has_network else None
        self.plausibility_marks.set_levels(
            {step.key: step.plausibility for step in line.steps} if line else None
        )

    def show_wheel(self, state: WheelState, animate: bool) -> None:
        """Show a stored wheel state: arrangement, locks, partial focus."""
        self.show_wheel_options(state)
        if state.arrangement != self.scene.arrangement() or not animate:
            self.scene.set_arrangement(state.arrangement, animate=animate)

    def show_wheel_options(self, state: WheelState) -> None:
        """Show the stored locks and partial focus on the wheel and in the View menu."""
        for key, action in self.lock_actions.items():
            locked = key in state.locked_rings
            action.setChecked(locked)
            self.scene.set_locked(key, locked)
        focus = state.focus_ring or state.focus_stakeholder
        self.scene.set_partial_focus(focus)
        self.focus_actions[focus].setChecked(True)

    def toggle_contrast(self, on: bool) -> None:
        self.settings.theme = "high_contrast" if on else "calm"
        self.scene.set_palette(PALETTES[self.settings.theme])

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        known = {network.id: network.name for network in self.workshop.store.list_networks()}
        for network_id in self.settings.recent_networks:
            if network_id in known:
                action = self.recent_menu.addAction(literal_ampersands(known[network_id]))
                action.triggered.connect(
                    lambda _=False, n=network_id: self.workshop.open_network(n)
                )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def save_line(self) -> None:
        if self.line_panel.save_line():
            self.statusBar().showMessage(self.tr("Line saved"), 4000)
        elif self.workshop.has_network:
            self.statusBar().showMessage(self.tr("This line is saved already"), 4000)

    def add_note_on(self, segment_key: str) -> None:
        """A double-click on a segment sticks a post-it on it (of the moment being viewed)."""
        add_note_for_segment(self, self.workshop, segment_key, self.notes_panel.moment_filter())

    def make_poster(self) -> None:
        ask_and_make_poster(self, self.workshop)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.room_dock.may_quit():
            event.ignore()
            return
        self.room.close()  # nothing listens once the window is gone
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)
