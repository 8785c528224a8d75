"""The frame clock: advances the ring physics by real elapsed time while anything moves.

A precise QTimer ticks only between `kick()` (something started moving) and the moment every
ring rests again, so an idle wheel costs no CPU. Elapsed time comes from a monotonic clock,
never from counting ticks: the physics integrates in fixed steps of its own, so a late or
early frame changes nothing but what is on screen.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

from app.core.physics import Wheel

FRAME_INTERVAL_MS = 8  # asks for ~120 Hz; Qt's paint coalescing matches the display
MAX_FRAME_GAP = 0.5  # seconds; after a stall (a modal dialog, a suspended laptop) resume


class Animator(QObject):
    """Drives `wheel` from a frame clock and calls back after each frame and on rest."""

    def __init__(
        self,
        wheel: Wheel,
        on_frame: Callable[[], None],
        on_rest: Callable[[], None],
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._wheel = wheel
        self._on_frame = on_frame
        self._on_rest = on_rest
        self._clock = clock
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self.frames = 0  # ticks since construction, for tests and diagnostics

    @property
    def running(self) -> bool:
        """Whether the frame timer is active."""
        return self._timer.isActive()

    def kick(self) -> None:
        """Something was let go or sent on its way: run the clock until all rests."""
        if not self._timer.isActive():
            self._last = self._clock()
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock()
        elapsed = min(max(0.0, now - self._last), MAX_FRAME_GAP)
        self._last = now
        self.advance(elapsed)

    def advance(self, seconds: float) -> bool:
        """Advance the physics by `seconds` and mirror it; True while something still moves.

        Stops the clock and reports rest once every ring rests. Held rings do not count as
        moving: a pointer that holds a ring still needs no frames, its moves repaint.
        """
        self.frames += 1
        self._wheel.advance(seconds)
        self._on_frame()
        rings = [ring for _, ring in self._wheel]
        if any(not ring.at_rest and not ring.is_dragging for ring in rings):
            return True
        self._timer.stop()
        if not any(ring.is_dragging for ring in rings):
            self._on_rest()
        return False
