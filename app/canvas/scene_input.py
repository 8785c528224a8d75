"""How the wheel scene takes the mouse, tooltips, the context menu and keys.

An object the scene holds; the scene's own event handlers (Qt calls them on the scene) hand
each event to it. A press and drag goes to the scene's `TurnInput` as pointer `MOUSE`, a
hover lights the segment under the pointer, a press on a lock icon asks for the lock to
toggle, a click that turned nothing selects the segment; keys go to `WheelKeys`.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QMenu,
    QToolTip,
)

from app.canvas.note_items import stack_at
from app.canvas.shapes import polar

if TYPE_CHECKING:
    from app.canvas.scene import WheelScene

MOUSE = -1  # pointer id of the mouse; touch points use their own non-negative ids


class SceneInput:
    """What the pointer and keys do on a `WheelScene`; it uses only the scene's public API."""

    def __init__(self, scene: WheelScene) -> None:
        self.scene = scene
        self._hovered_stack: str | None = None  # the segment whose notes' stack is hovered

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.accept()
            return
        lock = self.scene.lock_at(event.scenePos())
        if lock is not None:
            self.scene.lockRequested.emit(lock, not self.scene.is_locked(lock))
        else:
            self.scene.turning.press(MOUSE, event.scenePos())
        event.accept()

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.scene.turning.move(MOUSE, event.scenePos())
        else:
            self.hover(event.scenePos())
        event.accept()

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.scene.turning.release(
            MOUSE, event.scenePos()
        ):
            self.scene.segment_tapped(event.scenePos())
        event.accept()

    def mouse_double_click(self, event: QGraphicsSceneMouseEvent) -> None:
        key = self.scene.segment_key_at(event.scenePos())
        if event.button() == Qt.MouseButton.LeftButton and key is not None:
            self.scene.segmentActivated.emit(key)
        event.accept()

    def hover(self, position: QPointF) -> None:
        key = self.scene.segment_key_at(position)
        on_ring = key is not None and key != self.scene.model.core.key
        owner = self.scene.model.ring_of(key).key if on_ring and key else None
        for ring in self.scene.model.rings:
            hovered = ring.index_of(key) if key and ring.key == owner else None
            self.scene.rings[ring.key].set_hovered(hovered)
        stack = stack_at(self.scene, position)
        stack_key = stack.segment_key if stack is not None else None
        if stack_key is not None and stack_key != self._hovered_stack:
            self.scene.stackHovered.emit(stack_key)
        self._hovered_stack = stack_key

    def clear_hover(self) -> None:
        for item in self.scene.rings.values():
            item.set_hovered(None)

    def help(self, event: QGraphicsSceneHelpEvent) -> None:
        text = self.tooltip_at(event.scenePos())
        if text:
            QToolTip.showText(event.screenPos(), text)
        else:
            QToolTip.hideText()
        event.accept()

    def tooltip_at(self, position: QPointF) -> str:
        """The hover text: the segment's name and definition, escaped (never markup)."""
        key = self.scene.segment_key_at(position)
        if key is None:
            return ""
        if key == self.scene.model.core.key:
            title = self.scene.model.core.label.in_(self.scene.language)
            body = self.scene.model.core.definition.in_(self.scene.language)
        else:
            title = self.scene.label_text(key)
            body = self.scene.model.segment(key).definition.in_(self.scene.language)
        return f"<p><b>{html.escape(title)}</b></p><p>{html.escape(body)}</p>"

    def context_menu(self, event: QGraphicsSceneContextMenuEvent) -> None:
        key = self.scene.ring_at(polar(event.scenePos())[0])
        if key is None:
            return
        self.ring_menu(key).exec(event.screenPos())
        event.accept()

    def ring_menu(self, ring_key: str) -> QMenu:
        """The context menu of a ring: lock or unlock it, focus on it, select it (requests)."""
        menu = QMenu()
        locked = self.scene.is_locked(ring_key)
        lock = menu.addAction(
            QCoreApplication.translate("WheelScene", "Unlock ring")
            if locked
            else QCoreApplication.translate("WheelScene", "Lock ring")
        )
        lock.triggered.connect(lambda: self.scene.lockRequested.emit(ring_key, not locked))
        focused = self.scene.partial_focus() == ring_key
        focus = menu.addAction(
            QCoreApplication.translate("WheelScene", "Show the whole model")
            if focused
            else QCoreApplication.translate("WheelScene", "Focus on this ring")
        )
        wanted = None if focused else ring_key
        focus.triggered.connect(lambda: self.scene.focusRequested.emit(wanted))
        select = menu.addAction(
            QCoreApplication.translate("WheelScene", "Select ring (turn with arrow keys)")
        )
        select.triggered.connect(lambda: self.scene.select_ring(ring_key))
        return menu

    def key_press(self, event: QKeyEvent) -> bool:
        """Whether the wheel's keys took the event (else the scene passes it on)."""
        return self.scene.keys.handle(event)
