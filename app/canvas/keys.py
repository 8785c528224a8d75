"""The keyboard and presentation clickers: choose a ring, turn it a segment at a time.

1–9 select a ring (inside out), Tab and Shift+Tab step through them, ←/→ and PageUp/PageDown
(what clickers send) turn the selected ring one segment anticlockwise/clockwise, Esc lets go
of the selection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from app.canvas.scene import WheelScene

_TURNS = {
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_PageUp: -1,
}


class WheelKeys:
    def __init__(self, scene: WheelScene) -> None:
        self._scene = scene

    def handle(self, event: QKeyEvent) -> bool:
        """Act on a key press; True if it was one of the wheel's keys."""
        scene = self._scene
        keys = scene.model.ring_keys
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            number = key - Qt.Key.Key_1
            if number < len(keys):
                scene.select_ring(keys[number])
                event.accept()
                return True
            return False
        if key in _TURNS:
            scene.turn_selected(_TURNS[Qt.Key(key)])
            event.accept()
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return self.step_selection(forward=key == Qt.Key.Key_Tab)
        if key == Qt.Key.Key_Escape and scene.selected_ring() is not None:
            scene.select_ring(None)
            event.accept()
            return True
        return False

    def step_selection(self, forward: bool) -> bool:
        """Select the next (previous) ring; False past the last (first), so that keyboard
        focus can move on to the rest of the window."""
        keys = self._scene.model.ring_keys
        current = self._scene.selected_ring()
        if current is None:
            position = 0 if forward else len(keys) - 1
        else:
            position = keys.index(current) + (1 if forward else -1)
        if not 0 <= position < len(keys):
            self._scene.select_ring(None)
            return False
        self._scene.select_ring(keys[position])
        return True
