"""How the wheel scene takes the mouse, tooltips, the context menu and keys.

A mixin of `WheelScene` (the scene's own event handlers, so it can be no separate object):
a press and drag goes to the scene's `TurnInput` as pointer `MOUSE`, a hover lights the
segment under the pointer, a press on a lock icon asks for the lock to toggle, a click that turned
nothing selects the segment; keys go to `WheelKeys`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtWidgets import (
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QMenu,
    QToolTip,
)

from app.canvas.shapes import polar

MOUSE = -1  # pointer id of the mouse; touch points use their own non-negative ids


class SceneInput:
    """Event handlers for `WheelScene`; everything they use is the scene's own API."""

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.accept()
            return
        lock = self.lock_at(event.scenePos())
        if lock is not None:
            self.lockRequested.emit(lock, not self.is_locked(lock))
        else:
            self.turning.press(MOUSE, event.scenePos())
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.turning.move(MOUSE, event.scenePos())
        else:
            self._hover(event.scenePos())
        event.accept()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.turning.release(
            MOUSE, event.scenePos()
        ):
            self.segment_tapped(event.scenePos())
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        key = self.segment_key_at(event.scenePos())
        if event.button() == Qt.MouseButton.LeftButton and key is not None:
            self.segmentActivated.emit(key)
        event.accept()

    def _hover(self, position: QPointF) -> None:
        key = self.segment_key_at(position)
        on_ring = key is not None and key != self.model.core.key
        owner = self.model.ring_of(key).key if on_ring and key else None
        for ring in self.model.rings:
            hovered = ring.index_of(key) if key and ring.key == owner else None
            self.rings[ring.key].set_hovered(hovered)

    def clear_hover(self) -> None:
        for item in self.rings.values():
            item.set_hovered(None)

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        text = self.tooltip_at(event.scenePos())
        if text:
            QToolTip.showText(event.screenPos(), text)
        else:
            QToolTip.hideText()
        event.accept()

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        key = self.ring_at(polar(event.scenePos())[0])
        if key is None:
            return
        self.ring_menu(key).exec(event.screenPos())
        event.accept()

    def ring_menu(self, ring_key: str) -> QMenu:
        """The context menu of a ring: lock or unlock it, focus on it, select it (requests)."""
        menu = QMenu()
        locked = self.is_locked(ring_key)
        lock = menu.addAction(
            QCoreApplication.translate("WheelScene", "Unlock ring")
            if locked
            else QCoreApplication.translate("WheelScene", "Lock ring")
        )
        lock.triggered.connect(lambda: self.lockRequested.emit(ring_key, not locked))
        focused = self.partial_focus() == ring_key
        focus = menu.addAction(
            QCoreApplication.translate("WheelScene", "Show the whole model")
            if focused
            else QCoreApplication.translate("WheelScene", "Focus on this ring")
        )
        focus.triggered.connect(lambda: self.focusRequested.emit(None if focused else ring_key))
        select = menu.addAction(
            QCoreApplication.translate("WheelScene", "Select ring (turn with arrow keys)")
        )
        select.triggered.connect(lambda: self.select_ring(ring_key))
        return menu

    def keyPressEvent(self, event) -> None:
        if not self.keys.handle(event):
            super().keyPressEvent(event)
