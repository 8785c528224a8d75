"""The main window: the wheel in the centre, the side panel, menus, and the start page.

It is made in two steps, so that the network left last is on the screen before the store's
layer has loaded: the frame, `MainWindow(settings, model)`, holds the wheel where it stays,
the desk's pages and the side panel's tabs around it, the menu bar's titles and the geometry
as last left, and shows a network's first look (`show_look`, from `db.glance`); `furnish`
adds what works with the open store: the panels, the wall, reader and quick bar, the room,
the actions and the menus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QWidget,
)

from app.canvas.plausibility_marks import PlausibilityMarks
from app.canvas.view import WheelView
from app.core.changes import Changes, Origin
from app.core.model import Language, Model
from app.core.wheel_layout import PALETTES
from app.ui.control.parts import CORE, LINES, MOMENTS, NETWORK, NOTES
from app.ui.control.settings import Settings
from app.ui.control.undo_actions import UndoActions
from app.ui.postits.desk import WheelDesk
from app.ui.shell import openers
from app.ui.shell.menus import build_menu_bar, build_menus, retranslate_menus
from app.ui.widgets.plain import literal_ampersands
from db.glance import FirstLook
from db.records import WheelState

if TYPE_CHECKING:
    from app.ui.control.workshop import Workshop
    from app.ui.dialogs.network_dialogs import NetworkDialogs
    from app.ui.panels.core_panel import CorePanel
    from app.ui.panels.indicator_panel import IndicatorPanel
    from app.ui.panels.learning_path_panel import LearningPathPanel
    from app.ui.panels.line_panel import LinePanel
    from app.ui.panels.lines_panel import LinesPanel
    from app.ui.panels.notes_panel import NotesPanel
    from app.ui.panels.start_page import StartPage
    from app.ui.room.controller import Room
    from app.ui.room.dock import RoomDock
    from app.ui.shell.output_actions import OutputActions

# The smallest share of the window's height the wheel's diameter may have (a projector at
# 1024×768 with the room open), and the pixels the docks' separators take between them.
WHEEL_SHARE = 0.6
PANEL_MIN_WIDTH = 440
DOCK_SEPARATORS = 12


def fit_into_screen(window: QWidget) -> None:
    """Keep a window inside the screen it opens on: a size last left on a larger screen, or
    the first start's, would run off a 1024×768 projector (no window manager fixes it up)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()  # the window manager's frame, if any
    width = min(window.width(), room.width() - extra.width())
    height = min(window.height(), room.height() - extra.height())
    window.resize(width, height)
    x = min(max(frame.x(), room.left()), room.right() + 1 - width - extra.width())
    y = min(max(frame.y(), room.top()), room.bottom() + 1 - height - extra.height())
    window.move(x, y)


# The side panel's tabs, in order (their titles are translated in `retranslate`).
PANEL_NAMES = ("Core", "Reasoning line", "Lines", "Indicators", "Learning path", "Post-its")


def panel_kind(name: str) -> Callable[[Workshop], QWidget]:
    """The class of the panel of the tab named `name`; only its module loads (with import
    statements a bundler sees)."""
    if name == "Core":
        from app.ui.panels.core_panel import CorePanel

        return CorePanel
    if name == "Reasoning line":
        from app.ui.panels.line_panel import LinePanel

        return LinePanel
    if name == "Lines":
        from app.ui.panels.lines_panel import LinesPanel

        return LinesPanel
    if name == "Indicators":
        from app.ui.panels.indicator_panel import IndicatorPanel

        return IndicatorPanel
    if name == "Learning path":
        from app.ui.panels.learning_path_panel import LearningPathPanel

        return LearningPathPanel
    if name == "Post-its":
        from app.ui.panels.notes_panel import NotesPanel

        return NotesPanel
    raise KeyError(f"no tab named {name!r}")


class MainWindow(QMainWindow):
    languageChosen = Signal(str)  # the application swaps translators, then retranslates us

    # The menus: the bar's own by `menus.build_menu_bar`, the rest by `menus.build_menus`.
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    room_menu: QMenu
    help_menu: QMenu
    recent_menu: QMenu
    example_menu: QMenu
    screen_menu: QMenu
    focus_menu: QMenu
    lock_menu: QMenu
    language_menu: QMenu

    # Made by `furnish`, once the store is open.
    workshop: Workshop
    start: StartPage
    networks: NetworkDialogs
    room_dock: RoomDock
    room: Room
    outputs: OutputActions

    def __init__(self, settings: Settings, model: Model) -> None:
        """The frame: everything whose place on the screen is known before the store opens."""
        super().__init__()
        self.settings = settings
        self.model = model
        self.furnished = False
        self._look_name: str | None = None  # the network of a first look, before `furnish`
        self.look_store: str | None = None  # the name of that first look's store file
        self.view = WheelView(model, settings.language, PALETTES[settings.theme], parent=self)
        self.scene = self.view.wheel
        self.plausibility_marks = PlausibilityMarks.on(self.scene)
        self.desk = WheelDesk(self.view)
        self.centre = QStackedWidget()
        self.centre.addWidget(self.desk)
        self.setCentralWidget(self.centre)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # Until a tab is first shown (after `furnish`), it holds an empty page.
        self.panels: list[tuple[QWidget, str]] = [(QWidget(), name) for name in PANEL_NAMES]
        self._made: dict[str, QWidget] = {}  # the panels made so far, by their tab's name
        for page, _ in self.panels:
            self.tabs.addTab(page, "")
        self.presentation: QWidget | None = None  # the presentation window while it is open
        self.dock = QDockWidget(self)
        self.dock.setObjectName("side_panel")
        self.dock.setWidget(self.tabs)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        self.dock.setMinimumWidth(PANEL_MIN_WIDTH)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        build_menu_bar(self)
        # The status bar from the start: made by the first message, it took its height from
        # the wheel's page and the wheel jumped smaller.
        self.statusBar().setSizeGripEnabled(False)
        # As high as a notice with its button (a saved PDF's "Open"), so one never moves it.
        self.statusBar().setMinimumHeight(QToolButton().sizeHint().height() + 2)
        self.resize(1440, 900)
        if settings.window_geometry is not None:
            self.restoreGeometry(settings.window_geometry)
        fit_into_screen(self)
        self._restore_state()
        self.retranslate()

    def _restore_state(self) -> None:
        """The docks as last left (again once the room's dock exists)."""
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)

    def show_look(self, look: FirstLook) -> None:
        """Show a network's first look before the store is open: its wheel as last left,
        its names, core and post-its (`furnish` then shows the same from the workshop)."""
        self._look_name = look.name
        self._show_network_texts(look)
        self.scene.set_notes(look.notes)
        self.show_wheel(look.wheel, False)
        self.centre.setCurrentWidget(self.desk)
        self._update_title()

    # --- furnishing ------------------------------------------------------------------------

    def furnish(self, workshop: Workshop) -> None:
        """Add what works with the open store, then show what the workshop holds."""
        from app.ui.dialogs.network_dialogs import NetworkDialogs
        from app.ui.panels.start_page import StartPage
        from app.ui.room.dock import RoomDock

        if workshop.model is not self.model:
            raise ValueError("the workshop's model is not the one the window shows")
        self.workshop = workshop
        workshop.language = self.settings.language
        self.start = StartPage()
        self.centre.insertWidget(0, self.start)
        self.desk.furnish(workshop, workshop.view.moment_filter)
        self._make_panels()
        self.tabs.currentChanged.connect(self._tab_shown)
        self.networks = NetworkDialogs(self, workshop, self.settings)
        self.room_dock = RoomDock(self, workshop, workshop.view.moment_filter, self.room_menu)
        self.room = self.room_dock.room
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.room_dock)
        self.room_dock.visibilityChanged.connect(self._room_dock_shown)
        self._build_actions()
        build_menus(self)
        self._connect()
        self._restore_state()
        self.furnished = True
        self._look_name = None
        self.retranslate()
        self.show_network()

    # --- the side panel's tabs, each made when first shown ---------------------------------

    def _make_panels(self) -> None:
        """Empty pages in place of the panels made so far (none, or panels in another
        language), and the shown tab's panel; every other tab's panel is made when it is
        first shown (`panel`). Panels keep nothing the workshop and its view state do not
        hold. (Their slots are bound methods, so deleting them also disconnects them.)"""
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # no tab is "shown" while pages are swapped
        for index, (page, name) in enumerate(self.panels):
            if name in self._made:
                self._swap_page(index, QWidget())
                page.deleteLater()
        self._made.clear()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.panel(PANEL_NAMES[max(current, 0)])

    def _tab_shown(self, index: int) -> None:
        if 0 <= index < len(self.panels):
            self.panel(self.panels[index][1])

    def _swap_page(self, index: int, page: QWidget) -> None:
        """Put `page` on tab `index` in place of its page (the same title, the same tab
        shown)."""
        current = self.tabs.currentIndex()
        title = self.tabs.tabText(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, title)
        self.tabs.setCurrentIndex(current)
        self.panels[index] = (page, self.panels[index][1])

    def panel(self, name: str) -> QWidget:
        """The panel of the tab named `name` (one of `PANEL_NAMES`), made now if it was not."""
        made = self._made.get(name)
        if made is not None:
            return made
        make = panel_kind(name)
        index = PANEL_NAMES.index(name)
        blocked = self.tabs.blockSignals(True)
        made = make(self.workshop)
        self._made[name] = made
        old = self.panels[index][0]
        self._swap_page(index, made)
        old.deleteLater()
        self.tabs.blockSignals(blocked)
        return made

    @property
    def core_panel(self) -> CorePanel:
        return cast("CorePanel", self.panel("Core"))

    @property
    def line_panel(self) -> LinePanel:
        return cast("LinePanel", self.panel("Reasoning line"))

    @property
    def lines_panel(self) -> LinesPanel:
        return cast("LinesPanel", self.panel("Lines"))

    @property
    def indicator_panel(self) -> IndicatorPanel:
        return cast("IndicatorPanel", self.panel("Indicators"))

    @property
    def learning_panel(self) -> LearningPathPanel:
        return cast("LearningPathPanel", self.panel("Learning path"))

    @property
    def notes_panel(self) -> NotesPanel:
        return cast("NotesPanel", self.panel("Post-its"))

    def _rebuild_panels(self) -> None:
        """New panels in the new language (what is viewed is the view state's: it stays)."""
        self._make_panels()

    def show_notes(self, *_args: object) -> None:
        """The wheel and the reader show the post-its the view state's moment filter lets
        through, from the workshop's contents (never from another view)."""
        from app.ui.panels.notes_panel import wheel_notes

        notes = wheel_notes(self.workshop)
        self.scene.set_notes(notes)
        self.desk.set_notes(notes)

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

    def import_notes(self) -> None:
        from app.ui.postits.import_dialog import import_notes  # loads when first used

        import_notes(self, self.workshop)

    def import_measurements(self) -> None:
        from app.ui.postits.measure_import import import_measurements  # loads when first used

        import_measurements(self, self.workshop)

    def _build_actions(self) -> None:
        from app.ui.shell.output_actions import OutputActions

        key = QKeySequence.StandardKey
        self.new_action = self._action(key.New, self.networks.new)
        self.open_action = self._action(key.Open, self.networks.choose)
        self.team_store_action = self._action(None, lambda: openers.connect_team_store(self))
        self.rename_action = self._action(None, self.networks.rename)
        self.duplicate_action = self._action(None, self.networks.duplicate)
        self.delete_action = self._action(None, self.networks.delete)
        self.import_action = self._action(None, self.networks.import_file)
        self.import_notes_action = self._action(None, self.import_notes)
        self.import_measurements_action = self._action(None, self.import_measurements)
        self.export_action = self._action(None, self.networks.export_file)
        self.poster_action = self._action("Ctrl+P", self.make_poster)
        self.outputs = OutputActions(self)
        self.help_action = self._action(key.HelpContents, lambda: openers.show_help(self))
        self.close_network_action = self._action(None, lambda: self.workshop.open_network(None))
        self.quit_action = self._action(key.Quit, self.close)
        self.undo_actions = UndoActions(self.workshop.undo_stack, self)
        self.undo_action, self.redo_action = self.undo_actions.undo, self.undo_actions.redo
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

    def _room_dock_shown(self, visible: bool) -> None:
        if visible:
            self.place_room_dock()
            fit_into_screen(self)

    def place_room_dock(self) -> None:
        """The room's dock beside the wheel where the window is wide enough for both docks
        and a wheel of at least `WHEEL_SHARE` of the window's height; else it shares the side
        panel's place as a tab (a 1024×768 projector), and the wheel keeps its size."""
        if self.dockWidgetArea(self.room_dock) == self.dockWidgetArea(self.dock):
            return
        panel = self.dock.width() if self.dock.isVisible() else 0
        room = self.room_dock.minimumSizeHint().width()
        width = self.width()  # the window may have grown past the screen to show the dock
        screen = self.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width())
        if width - panel - room - DOCK_SEPARATORS >= WHEEL_SHARE * self.height():
            return
        if self.dock.isVisible():
            self.tabifyDockWidget(self.dock, self.room_dock)
        else:
            self.addDockWidget(self.dockWidgetArea(self.dock), self.room_dock)
        self.room_dock.show()
        self.room_dock.raise_()

    def stakeholder_keys(self) -> list[str]:
        return [segment.key for segment in self.model.stakeholder_ring.segments]

    def _connect(self) -> None:
        workshop = self.workshop
        workshop.networkOpened.connect(self.show_network)
        workshop.noticed.connect(self._noticed)
        workshop.said.connect(lambda text: self.statusBar().showMessage(text, 10000))
        # A team store: others' changes come in live; a lost connection is shown until back.
        from app.ui.control.live_watch import LiveWatch  # with the store layer, not the frame

        self.live = LiveWatch(workshop, self)
        self.connection_state = QLabel()
        self.connection_state.setTextFormat(Qt.TextFormat.PlainText)
        self.connection_state.hide()
        self.statusBar().addPermanentWidget(self.connection_state)
        self.live.connectionChanged.connect(self.show_connection)
        self.live.networksChanged.connect(self._networks_changed_elsewhere)
        self.show_connection(True)
        workshop.view.currentLineChanged.connect(self.show_plausibility)
        workshop.networkOpened.connect(self.show_plausibility)
        workshop.wheelMoved.connect(self.show_wheel)
        workshop.wheelOptionsChanged.connect(self.show_wheel_options)
        view = workshop.view
        view.momentFilterChanged.connect(self.show_notes)
        # The wheel shows the view state's selected ring and tells it when a hand selects one.
        self.scene.select_ring(view.selected_ring())
        self.scene.ringSelected.connect(view.set_selected_ring)
        view.selectedRingChanged.connect(self.scene.select_ring)
        self.scene.arrangementSettled.connect(
            lambda arrangement, _lines: self.workshop.wheel_settled(arrangement)
        )
        self.scene.lockRequested.connect(workshop.set_locked)
        self.scene.focusRequested.connect(workshop.set_partial_focus)
        self.scene.segmentActivated.connect(self.add_note_on)
        self.start.openRequested.connect(workshop.open_network)
        self.start.show_store(self.store_name(), workshop.store.on_server)
        self.start.newRequested.connect(self.networks.new)
        self.start.importRequested.connect(self.networks.import_file)
        self.start.exampleRequested.connect(self.networks.open_example)

    # --- language --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        language = self.settings.language
        if self.furnished:  # (the first look has no undo stack yet)
            self.undo_actions.retranslate()
        self.statusBar().clearMessage()  # a message of the language left behind goes with it
        retranslate_menus(self)
        self.dock.setWindowTitle(self.tr("Panel"))
        self.desk.retranslate()
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
        # Room for the six tabs' names, whole, in this language (no scrolling tab bar).
        tabs_width = self.tabs.tabBar().sizeHint().width() + 8  # and the dock's margins
        self.dock.setMinimumWidth(max(PANEL_MIN_WIDTH, tabs_width))
        if self.furnished:
            self.room_dock.retranslate()
            self.show_connection(self.live.connected or not self.live.listening)
            self.start.show_examples(self.outputs.retranslate(language))
            for panel, _ in self.panels:
                retranslate = getattr(panel, "retranslate", None)
                if retranslate is not None:
                    retranslate()
            self.start.retranslate(self.model.summary.in_(language))
        self._update_title()

    def focus_label(self, key: str) -> str:
        language = self.settings.language
        if key in self.model.ring_keys:
            return self.model.ring(key).label.in_(language)
        return self.model.segment(key).label.in_(language)

    def choose_language(self, language: Language) -> None:
        self.settings.language = language
        self.workshop.language = language
        self.scene.set_language(language)
        self.plausibility_marks.clear_labels()
        self.languageChosen.emit(language)
        self._rebuild_panels()
        self.retranslate()

    # --- showing the network --------------------------------------------------------------

    def _update_title(self) -> None:
        if self.furnished:
            has_network = self.workshop.has_network
            name = self.workshop.contents.network.name if has_network else None
        else:
            name = self._look_name
        store = self.store_name() if self.furnished else self.look_store
        if name is not None and store is not None:
            title = self.tr("%1 — %2 — Netwerkimpact").replace("%1", name).replace("%2", store)
        elif name is not None or store is not None:
            title = self.tr("%1 — Netwerkimpact").replace("%1", name or store or "")
        else:
            title = self.tr("Netwerkimpact")
        self.setWindowTitle(title)

    def store_name(self) -> str:
        """The open store for people: its file's name, or "server HOST / database NAME"."""
        store = self.workshop.store
        return store.path.name if store.path is not None else store.location

    def show_network(self) -> None:
        workshop = self.workshop
        has_network = workshop.has_network
        for action in (
            self.rename_action,
            self.duplicate_action,
            self.delete_action,
            self.export_action,
            self.import_notes_action,
            self.import_measurements_action,
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
            self._show_network_texts(FirstLook.of(workshop.contents))
            self.show_wheel(workshop.contents.wheel, False)
            self.view.setFocus()
        self.show_notes()
        if not has_network:
            workshop.when_stored(self._list_networks)
            self.centre.setCurrentWidget(self.start)
        self._update_title()

    def _panel_toggled(self, visible: bool) -> None:
        self._panel_wanted = visible

    def _show_network_texts(self, look: FirstLook) -> None:
        self.scene.set_network_name(look.name)
        self.scene.set_core_summary(look.core)
        self.scene.set_stakeholder_names(look.stakeholder_names)
        self.plausibility_marks.clear_labels()  # the labels at 12 o'clock may have changed

    def _noticed(self, changes: Changes) -> None:
        if not self.workshop.has_network:
            return
        if changes.touches(CORE | NETWORK):
            self._show_network_texts(FirstLook.of(self.workshop.contents))
            self._update_title()
        if changes.touches(NETWORK) and changes.origin is Origin.ELSEWHERE:
            self.outputs.team.update()  # taken along or brought back elsewhere: warn so
        if changes.touches(LINES):
            self.show_plausibility()
        if changes.touches(NOTES | MOMENTS | NETWORK):
            self.show_notes()

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
        focus = state.focus_ring or state.focus_stakeholder
        for key in self.model.ring_keys:
            self.scene.set_locked(key, key in state.locked_rings)
        self.scene.set_partial_focus(focus)
        if self.furnished:
            for key, action in self.lock_actions.items():
                action.setChecked(key in state.locked_rings)
            self.focus_actions[focus].setChecked(True)

    def toggle_contrast(self, on: bool) -> None:
        self.settings.theme = "high_contrast" if on else "calm"
        self.scene.set_palette(PALETTES[self.settings.theme])

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        known = {network.id: network.name for network in self.workshop.store.networks.list_names()}
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

    def ask_to_save_line(self, parent: QWidget | None = None) -> bool:
        """Save the line in focus as the line panel asks (the panel of now, whichever it
        is: a language switch makes new panels), its questions over `parent`."""
        return self.line_panel.save_line(parent)

    def add_note_on(self, segment_key: str) -> None:
        """A double-click on a segment sticks a post-it on it (of the moment being viewed)."""
        from app.ui.dialogs.note_dialog import add_note_for_segment

        add_note_for_segment(self, self.workshop, segment_key, self.workshop.view.moment_filter())

    def make_poster(self) -> None:
        from app.ui.dialogs.poster_dialog import ask_and_make_poster

        ask_and_make_poster(self, self.workshop)

    def _networks_changed_elsewhere(self) -> None:
        """Someone else added, renamed or removed a network: the start page lists it so."""
        self._list_networks()

    def _list_networks(self) -> None:
        """The store's networks on the start page, while it shows (no network open: also
        when one was opened before the store came, which this waited for)."""
        if not self.workshop.has_network:
            self.start.show_networks(self.workshop.store.networks.list_names())

    def show_connection(self, connected: bool) -> None:
        """Say in the status bar, for as long as it lasts, that the server cannot be reached."""
        self.connection_state.setText(self.tr("No connection to the server"))
        self.connection_state.setAccessibleName(self.tr("Connection to the server"))
        self.connection_state.setVisible(not connected)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.furnished:
            if not self.room_dock.may_quit():
                event.ignore()
                return
            self.room.close()  # nothing listens once the window is gone
            self.live.close()
            if self.workshop.typing_unsynced:
                self.workshop.sync_typing()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        super().closeEvent(event)
