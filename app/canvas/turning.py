"""Pointers (the mouse and each finger) that take hold of rings and turn them.

Every pointer holds at most one ring and every ring at most one pointer, so two fingers turn
two rings at once. Positions are scene points; the ring under a pointer follows from its
radius, the angle it is turned by from its bearing. All motion goes through the physics.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF

from app.canvas.shapes import polar
from app.core.physics import Wheel

CLICK_SLOP = 12.0  # scene units a press may wander and still be a click (≈6 px at 1080p)


@dataclass(slots=True)
class _Hold:
    ring_key: str | None  # None: a press on the core, outside the wheel or on a locked ring
    start: QPointF
    turning: bool = False  # has the ring actually moved under this pointer?


class TurnInput:
    """Maps pointer ids to held rings and feeds the physics their bearings."""

    def __init__(
        self,
        wheel: Wheel,
        ring_at: Callable[[float], str | None],
        clock: Callable[[], float],
        on_turn_started: Callable[[str], None],
        on_moved: Callable[[str], None],
        on_released: Callable[[str], None],
    ) -> None:
        self._wheel = wheel
        self._ring_at = ring_at
        self._clock = clock
        self._on_turn_started = on_turn_started
        self._on_moved = on_moved
        self._on_released = on_released
        self._holds: dict[int, _Hold] = {}

    def held_rings(self) -> frozenset[str]:
        return frozenset(h.ring_key for h in self._holds.values() if h.ring_key is not None)

    def press(self, pointer: int, position: QPointF) -> str | None:
        """A pointer goes down; it takes hold of the ring under it unless that is locked
        or already held. Returns the ring key it holds, if any."""
        self.release(pointer, None)  # a lost release must not leave a ring held
        radius, angle = polar(position)
        key = self._ring_at(radius)
        if key is not None:
            ring = self._wheel.ring(key)
            if ring.locked or key in self.held_rings():
                key = None
            else:
                ring.grab(angle, self._clock())
        self._holds[pointer] = _Hold(key, QPointF(position))
        return key

    def move(self, pointer: int, position: QPointF) -> None:
        hold = self._holds.get(pointer)
        if hold is None or hold.ring_key is None:
            return
        ring = self._wheel.ring(hold.ring_key)
        before = ring.angle
        ring.drag(polar(position)[1], self._clock())
        if ring.angle != before:
            if not hold.turning:
                hold.turning = True
                self._on_turn_started(hold.ring_key)
            self._on_moved(hold.ring_key)

    def release(self, pointer: int, position: QPointF | None) -> bool:
        """A pointer lifts (at `position`, which is a last sample: a quick flick may have no
        move before it) and its ring coasts on. True if the press was a click: it barely
        moved and turned nothing. Without a position (a cancelled touch) it is never a click.
        """
        if position is not None:
            self.move(pointer, position)
        hold = self._holds.pop(pointer, None)
        if hold is None:
            return False
        if hold.ring_key is not None:
            self._wheel.ring(hold.ring_key).release(self._clock())
            self._on_released(hold.ring_key)
        if position is None:
            return False
        return not hold.turning and (position - hold.start).manhattanLength() <= CLICK_SLOP

    def cancel_all(self) -> None:
        """Touch was cancelled (the system took the gesture): let every ring go where it is."""
        for pointer in list(self._holds):
            self.release(pointer, None)
