"""Presentation mode: the wheel and the active line's chain, full screen, driven by a clicker.

Like slide software: F5 or F11 enters, Esc leaves. The presentation shows the main window's
own scene in a second view, so a turn here is the same turn (and the same undo step) there.
Clickers send PageDown/PageUp (turn), B or "." (their "blank" key: here the next ring) and
F5/Esc; all of them work here, and the mouse cursor hides when it rests.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

from app.canvas.scene import WheelScene
from app.canvas.view import WheelView
from app.core.reasoning import ReasoningLine, lines_of
from app.ui.chain_panel import ChainPanel, ChainStep
from app.ui.room import Room
from app.ui.room_card import RoomCard
from app.ui.workshop import Workshop

CURSOR_HIDE_MS = 3000
MESSAGE_MS = 2500
# The chain takes at least this share of the width; the wheel gets a square of the rest.
CHAIN_SHARE = 0.3

_NEXT_RING = (Qt.Key.Key_Tab, Qt.Key.Key_B, Qt.Key.Key_Period)
_PREVIOUS_RING = (Qt.Key.Key_Backtab,)
translate = QCoreApplication.translate


def key_help() -> list[tuple[str, str]]:
    """The keys of the wheel and of presentation mode, for the help: (keys, what they do)."""
    return [
        (
            translate("Presentation", "F5 or F11"),
            translate("Presentation", "Start presentation mode (full screen)"),
        ),
        (translate("Presentation", "Esc"), translate("Presentation", "Leave presentation mode")),
        (
            translate("Presentation", "PageDown, →"),
            translate("Presentation", "Turn the selected ring one segment clockwise"),
        ),
        (
            translate("Presentation", "PageUp, ←"),
            translate("Presentation", "Turn the selected ring one segment anticlockwise"),
        ),
        (
            translate("Presentation", "1, 2, 3, 4"),
            translate("Presentation", "Select a ring, from the inside out"),
        ),
        (
            translate("Presentation", "Tab, B, ."),
            translate("Presentation", "Select the next ring (B is a clicker's “blank” key)"),
        ),
        (
            translate("Presentation", "Shift+Tab"),
            translate("Presentation", "Select the previous ring"),
        ),
        (
            translate("Presentation", "S, Ctrl+S"),
            translate("Presentation", "Save the active reasoning line"),
        ),
        (
            translate("Presentation", "H"),
            translate("Presentation", "High contrast on or off (for a washed-out projector)"),
        ),
        (
            translate("Presentation", "R"),
            translate("Presentation", "Open or close the room (phones send post-its)"),
        ),
        (
            translate("Presentation", "F9"),
            translate("Presentation", "Show or hide the side panel (main window)"),
        ),
        (
            translate("Presentation", "Mouse, finger"),
            translate("Presentation", "Drag or flick a ring to turn it; it stops on a segment"),
        ),
    ]


class PresentationWindow(QWidget):
    """A top-level window with only the wheel and the chain; `start()` shows it full screen."""

    left = Signal()  # the presentation ended (Esc, F11, or the window was closed)
    contrastRequested = Signal()  # H: the main window switches the theme for both views
    roomRequested = Signal()  # R: the main window opens or closes the room

    def __init__(self, scene: WheelScene, workshop: Workshop) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.scene = scene
        self.workshop = workshop
        self.model = workshop.model
        self.view = WheelView(scene=scene, parent=self)
        self.chain = ChainPanel(self)
        self.room: Room | None = None
        self.room_card = RoomCard(large=True, parent=self)
        self.room_card.hide()
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
        workshop.changed.connect(self.show_chain)
        workshop.currentLineChanged.connect(self.show_chain)
        workshop.networkOpened.connect(self.show_chain)
        scene.arrangementSettled.connect(self.show_chain)
        self.setWindowTitle(translate("Presentation", "Presentation — Netwerkimpact"))
        self.show_chain()

    # --- showing ----------------------------------------------------------------------------

    def start(self) -> None:
        self.showFullScreen()
        self.activateWindow()
        self.view.setFocus()
        self.show_cursor()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width, height = self.width(), self.height()
        chain_width = max(width - height, round(width * CHAIN_SHARE))
        self.view.setGeometry(0, 0, width - chain_width, height)
        self.chain.setGeometry(width - chain_width, 0, chain_width, height)
        self.room_card.setGeometry(width - chain_width, 0, chain_width, height)

    def follow_room(self, room: Room) -> None:
        """While the room is open, its QR code, address and code take the chain's place."""
        self.room = room
        room.opened.connect(self.show_room)
        room.closed.connect(self.show_room)
        room.questionChanged.connect(self.show_room)
        self.show_room()

    def show_room(self, *_args: object) -> None:
        room = self.room
        address = room.address if room is not None else None
        asked = ""
        if room is not None and room.question is not None:
            asked = room.question.text.in_(self.workshop.language)
        self.room_card.show_room(address, asked)
        self.room_card.setVisible(address is not None)
        self.chain.setVisible(address is None)

    def focus_line(self) -> ReasoningLine:
        if self.workshop.has_network:
            return self.workshop.focus_line()
        return lines_of(self.model, self.scene.arrangement(), self.workshop.direction)[0]

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

    def mouseMoveEvent(self, event) -> None:
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
        elif key in _NEXT_RING:
            self.step_ring(1)
        elif key in _PREVIOUS_RING:
            self.step_ring(-1)
        elif key == Qt.Key.Key_S and (control or not event.modifiers()):
            self.save_line()
        elif key == Qt.Key.Key_H and not control:
            self.contrastRequested.emit()
            self.show_chain()
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

    def save_line(self) -> None:
        workshop = self.workshop
        if not workshop.has_network:
            self._message(translate("Presentation", "Open a network to save lines"))
            return
        if workshop.saved_focus_line() is not None:
            self._message(translate("Presentation", "This line is saved already"))
            return
        workshop.save_line()
        self._message(translate("Presentation", "Line saved"))

    def _message(self, text: str) -> None:
        self.chain.show_message(text)
        self.message_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cursor_timer.stop()
        self.left.emit()
        super().closeEvent(event)
