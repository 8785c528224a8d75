"""Presentation mode: the wheel and the active line's chain, full screen, driven by a clicker.

Like slide software: F5 or F11 enters, Esc leaves. The presentation shows the main window's
own scene in a second view, so a turn here is the same turn (and the same undo step) there.
Clickers send PageDown/PageUp (turn), B or "." (their "blank" key: black screen, as in slide
software; Tab selects the next ring) and F5/Esc; all of them work here, and the mouse cursor
hides when it rests. `start(screen)` fills a given screen (the projector, see `presenter.py`),
and `set_show` chooses what the projector shows (`projector_pages.Show`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QApplication, QWidget

from app.canvas.scene import LABEL_MINIMUM, WheelScene
from app.canvas.view import WheelView
from app.core.changes import Changes, Part
from app.core.reasoning import ReasoningLine, lines_of
from app.ui.control.workshop import Workshop
from app.ui.panels.chain_panel import ChainPanel, ChainStep
from app.ui.presenting.keys import neighbour_line
from app.ui.presenting.projector_pages import BlankPage, CheckPage, RoomPage, Show
from app.ui.room.card import RoomCard
from app.ui.room.controller import Room

CURSOR_HIDE_MS = 3000
MESSAGE_MS = 2500
# The chain takes at least this share of the width; the wheel gets a square of the rest.
CHAIN_SHARE = 0.3

_NEXT_RING = (Qt.Key.Key_Tab,)
_BLANK = (Qt.Key.Key_B, Qt.Key.Key_Period)  # a clicker's "black screen" key
# Keys that show one thing only; the same key again shows the wheel and the chain.
_SHOW_KEYS = {
    Qt.Key.Key_W: Show.WHEEL,
    Qt.Key.Key_C: Show.CHAIN,
    Qt.Key.Key_Q: Show.ROOM,
    Qt.Key.Key_T: Show.CHECK,
}
_PREVIOUS_RING = (Qt.Key.Key_Backtab,)
translate = QCoreApplication.translate


class PresentationWindow(QWidget):
    """A top-level window with only the wheel and the chain; `start()` shows it full screen."""

    left = Signal()  # the presentation ended (Esc, F11, or the window was closed)
    contrastRequested = Signal()  # H: the main window switches the theme for both views
    roomRequested = Signal()  # R: the main window opens or closes the room
    showChanged = Signal(object)  # the projector shows another `Show`

    def __init__(self, scene: WheelScene, workshop: Workshop) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.scene = scene
        self.workshop = workshop
        self.model = workshop.model
        self.view = WheelView(scene=scene, parent=self)
        self.chain = ChainPanel(self)
        self.room: Room | None = None
        # Asks before saving (update a line turned away from, or a new one under which
        # title), over the window given; True when saved. None: saves straight away.
        self.ask_to_save: Callable[[QWidget], bool] | None = None
        self.room_card = RoomCard(large=True, parent=self)
        self.room_card.hide()
        self.show_mode = Show.WHEEL_AND_CHAIN
        self.blank_page = BlankPage(self)
        self.room_page = RoomPage(self)
        self.room_page_card = RoomCard(large=True)  # the same room, the whole screen (Q)
        self.check_page = CheckPage(scene.wheel_palette, self)
        for page in (self.blank_page, self.room_page, self.check_page):
            page.hide()
        self.cursor_timer = QTimer(self)
        self.cursor_timer.setSingleShot(True)
        self.cursor_timer.setInterval(CURSOR_HIDE_MS)
        self.cursor_timer.timeout.connect(self.hide_cursor)
        self.message_timer = QTimer(self)
        self.message_timer.setSingleShot(True)
        self.message_timer.setInterval(MESSAGE_MS)
        self.message_timer.timeout.connect(lambda: self.chain.show_message(""))
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.chain.setMouseTracking(True)
        self.chain.installEventFilter(self)
        self.setMouseTracking(True)
        workshop.noticed.connect(self._noticed)
        workshop.view.currentLineChanged.connect(self.show_chain)
        workshop.networkOpened.connect(self.show_chain)
        scene.arrangementSettled.connect(self.show_chain)
        self.setWindowTitle(translate("Presentation", "Presentation — Netwerkimpact"))
        self.show_chain()

    # --- showing ----------------------------------------------------------------------------

    def start(self, screen: QScreen | None = None) -> None:
        """Show full screen, on `screen` if given. The geometry is set to the screen's first,
        so that the window fills it with or without a window manager."""
        placed = self.isFullScreen() and self.geometry() == (screen or self.screen()).geometry()
        if screen is not None and not placed:
            self.move_to(screen)
        self.showFullScreen()
        self.activateWindow()
        self.view.setFocus()
        self.show_cursor()

    def move_to(self, screen: QScreen) -> None:
        """Put the window on `screen`, covering all of it (a full-screen window is taken out of
        full screen for the move; the caller shows it full screen again)."""
        if self.isFullScreen():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def set_show(self, show: Show) -> None:
        """Choose what the projector shows: the wheel and the chain, one of them, black, the
        room's QR code, or the test page."""
        if show == self.show_mode:
            return
        self.show_mode = show
        self._lay_out()
        self.showChanged.emit(show)

    def toggle_show(self, show: Show) -> None:
        """Show `show`; if it shows already, back to the wheel and the chain."""
        self.set_show(Show.WHEEL_AND_CHAIN if self.show_mode == show else show)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        width, height = self.width(), self.height()
        show = self.show_mode
        chain_width = max(width - height, round(width * CHAIN_SHARE))
        if show == Show.WHEEL_AND_CHAIN:
            self.view.setGeometry(0, 0, width - chain_width, height)
            self.chain.setGeometry(width - chain_width, 0, chain_width, height)
        elif show == Show.WHEEL:
            self.view.setGeometry(0, 0, width, height)
        elif show == Show.CHAIN:
            self.chain.setGeometry(0, 0, width, height)
        self.room_card.setGeometry(self.chain.geometry())
        if not show.wheel and self.view.hasFocus():
            # (hiding the focused view would move focus on, which the view takes as Tab)
            self.setFocus()
        room_open = self.room is not None and self.room.address is not None
        self.view.setVisible(show.wheel)
        # While the room is open, its QR code, address and code take the chain's place.
        self.chain.setVisible(show.chain and not room_open)
        self.room_card.setVisible(show.chain and room_open)
        if show.wheel and self.hasFocus():
            self.view.setFocus()
        # The smallest label as the wheel shows it beside the chain, for the test page.
        scale = min(width - chain_width, height) / self.scene.sceneRect().height()
        self.check_page.set_smallest_label(round(LABEL_MINIMUM * scale))
        self.check_page.set_palette(self.scene.wheel_palette)
        pages = {
            Show.BLANK: self.blank_page,
            Show.ROOM: self.room_page,
            Show.CHECK: self.check_page,
        }
        for kind, page in pages.items():
            page.setGeometry(0, 0, width, height)
            page.setVisible(kind == show)
            if kind == show:
                page.raise_()

    def follow_room(self, room: Room) -> None:
        """While the room is open, its QR code, address and code take the chain's place."""
        self.room = room
        room.opened.connect(self.show_room)
        room.closed.connect(self.show_room)
        room.questionChanged.connect(self.show_room)
        room.queueChanged.connect(self.show_room)  # the count of answers
        self.show_room()

    def show_room(self, *_args: object) -> None:
        room = self.room
        address = room.address if room is not None else None
        asked = ""
        if room is not None and room.question is not None:
            asked = room.question.text.in_(self.workshop.language)
        measured = None
        if room is not None and room.indicator is not None:  # a live count, never a text
            measured = (room.indicator.question, room.measured())
        self.room_card.show_room(address, asked, measured)
        self.room_page_card.show_room(address, asked, measured)
        self.room_page.set_card(self.room_page_card if address is not None else None)
        self._lay_out()

    def focus_line(self) -> ReasoningLine:
        if self.workshop.has_network:
            return self.workshop.focus_line()
        return lines_of(self.model, self.scene.arrangement(), self.workshop.direction)[0]

    def _noticed(self, changes: Changes) -> None:
        if changes.touches(Part.NETWORK | Part.LINES | Part.WHEEL):  # names, titles, segments
            self.show_chain()

    def show_chain(self, *_args: object) -> None:
        """Refresh the chain from the workshop: labels in the current language."""
        workshop = self.workshop
        language = workshop.language
        line = self.focus_line()
        palette = self.scene.wheel_palette
        rings = {ring.key: (index, ring) for index, ring in enumerate(self.model.rings)}
        heading = []
        if workshop.has_network:
            heading.append(workshop.contents.network.name)
            saved = workshop.saved_focus_line()
            if saved is not None:
                heading.append(saved.title)
        heading.append(self.model.directions[line.direction].label.in_(language))
        steps = []
        wording = workshop.wording()
        for step in line.steps(self.model):
            if step.segment_key is None:
                label = self.model.core.label.in_(language)
                steps.append(ChainStep(label, self._core_text(), palette.core))
                continue
            index, ring = rings[step.ring_key]
            colours = palette.ring_colours(index, len(self.model.rings))
            text = wording.segment(step.segment_key)
            steps.append(ChainStep(ring.label.in_(language), text, colours))
        self.chain.show_chain(heading, steps, palette)

    def _core_text(self) -> str:
        """What the core stands for here: the network's partners, else the core's parts."""
        language = self.workshop.language
        if self.workshop.has_network:
            partners_key = self.model.core.segments[0].key
            partners = [e.text for e in self.workshop.contents.core if e.kind == partners_key]
            if partners:
                return ", ".join(partners)
        return ", ".join(part.label.in_(language) for part in self.model.core.segments)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(translate("Presentation", "Presentation — Netwerkimpact"))
            self.show_chain()
            self.room_page.retranslate()
        super().changeEvent(event)

    # --- the cursor -------------------------------------------------------------------------

    def hide_cursor(self) -> None:
        for widget in (self, self.view.viewport(), self.chain):
            widget.setCursor(Qt.CursorShape.BlankCursor)

    def show_cursor(self) -> None:
        for widget in (self, self.view.viewport(), self.chain):
            widget.unsetCursor()
        self.cursor_timer.start()

    def cursor_hidden(self) -> bool:
        return self.view.viewport().cursor().shape() == Qt.CursorShape.BlankCursor

    # --- keys -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.show_cursor()
        elif kind == QEvent.Type.KeyPress and watched is self.view:
            return self.presentation_key(event)  # type: ignore[arg-type]  # KeyPress: a QKeyEvent
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.presentation_key(event):
            self.view.setFocus()
            self.scene.keys.handle(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.show_cursor()
        super().mouseMoveEvent(event)

    def presentation_key(self, event: QKeyEvent) -> bool:
        """Keys of presentation mode; True if handled. The wheel's own keys (1–4, arrows,
        PageUp/PageDown) go on to the scene."""
        key = event.key()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        elif key == Qt.Key.Key_F5:
            pass  # clickers send F5 to start a show; we are showing already
        elif key in _BLANK and not event.modifiers():
            self.toggle_show(Show.BLANK)
        elif key in _SHOW_KEYS and not event.modifiers():
            self.toggle_show(_SHOW_KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_N, Qt.Key.Key_P) and not event.modifiers():
            self.step_line(1 if key == Qt.Key.Key_N else -1)
        elif key in _NEXT_RING:
            self.step_ring(1)
        elif key in _PREVIOUS_RING:
            self.step_ring(-1)
        elif key == Qt.Key.Key_S and (control or not event.modifiers()):
            self.save_line()
        elif key == Qt.Key.Key_H and not control:
            self.contrastRequested.emit()
            self.show_chain()
            self.check_page.set_palette(self.scene.wheel_palette)
        elif key == Qt.Key.Key_R and not control:
            self.roomRequested.emit()
        else:
            return False
        event.accept()
        return True

    def step_ring(self, step: int) -> None:
        """Select the next (previous) ring, round and round."""
        keys = self.model.ring_keys
        current = self.scene.selected_ring()
        if current is None:
            position = 0 if step > 0 else len(keys) - 1
        else:
            position = (keys.index(current) + step) % len(keys)
        self.scene.select_ring(keys[position])

    def step_line(self, step: int) -> None:
        """Turn the wheel to the next (previous) saved line, in the store's order."""
        workshop = self.workshop
        if not workshop.has_network:
            return
        saved = workshop.saved_focus_line()
        other = neighbour_line(workshop.contents.lines, saved.id if saved else None, step)
        if other is not None:
            workshop.turn_to_line(other.id)

    def save_line(self) -> None:
        workshop = self.workshop
        if not workshop.has_network:
            self._message(translate("Presentation", "Open a network to save lines"))
            return
        if workshop.saved_focus_line() is not None:
            self._message(translate("Presentation", "This line is saved already"))
            return
        if self.ask_to_save is None:
            workshop.save_line()
        elif not self.ask_to_save(QApplication.activeWindow() or self):
            return  # turned away from a saved line, and the question was cancelled
        self._message(translate("Presentation", "Line saved"))

    def _message(self, text: str) -> None:
        self.chain.show_message(text)
        self.message_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cursor_timer.stop()
        self.left.emit()
        super().closeEvent(event)
