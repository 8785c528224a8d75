"""Work done a few milliseconds at a time while the event loop is idle: above all what
turning frames draw, which a first frame does not need."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QObject, QTimer
from shiboken6 import isValid

from app.canvas.glyph_sprites import GlyphSprites
from app.canvas.ring_item import RingItem


class IdleWork(QObject):
    """Runs one piece of work a slice at a time from a zero-timer, then stops.

    The work is an iterable that does a small step for each item it yields; starting new
    work drops what is left of the old."""

    SLICE = 0.004  # seconds of work per turn of the event loop: input stays responsive

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Iterator[object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    @property
    def active(self) -> bool:
        return self._steps is not None

    def start(self, steps: Iterable[object]) -> None:
        self._steps = iter(steps)
        self._timer.start(0)

    def _step(self) -> None:
        deadline = time.monotonic() + self.SLICE
        steps = self._steps
        while steps is not None and time.monotonic() < deadline:
            try:
                step = next(steps, _DONE)
            except BaseException:
                self._steps = None  # a step that failed ends the work: never busy for ever
                raise
            if step is _DONE:
                steps = self._steps = None
        if steps is not None:
            if not isValid(self._timer):  # the owner (a scene) went away during the step
                self._steps = None
                return
            self._timer.start(0)


_DONE = object()


class TurningPreparation:
    """What turning frames draw, made in idle moments once the wheel has been painted:
    every label's other orientation and its glyphs, then the glyphs' sprites at the device
    scales of the views showing the wheel (the two latest)."""

    def __init__(
        self, sprites: GlyphSprites, rings: Callable[[], Iterable[RingItem]], parent: QObject
    ) -> None:
        self._sprites = sprites
        self._rings = rings
        self.work = IdleWork(parent)
        self.scales: list[float] = []  # latest last
        self._painted = False

    @property
    def active(self) -> bool:
        return self.work.active

    def painted(self) -> None:
        """A frame has been painted; after the first, start (its labels are bent)."""
        if not self._painted:
            self._painted = True
            self.restart()

    def want(self, device_scale: float) -> None:
        """A view shows the wheel at `device_scale` (device pixels per scene unit)."""
        if device_scale in self.scales and self.work.active:
            return  # already being made
        if device_scale > 0.0:
            others = [scale for scale in self.scales if scale != device_scale]
            self.scales = [*others, device_scale][-2:]
            self.restart()

    def restart(self) -> None:
        """Start again (the labels or colours changed); not before a first frame, which
        bends only the labels it shows."""
        if self._painted:
            self.work.start(self._steps(list(self.scales)))

    def _steps(self, scales: list[float]) -> Iterator[None]:
        for item in self._rings():
            for label in item.labels:
                label.complete()
                yield
        for scale in scales:
            for item in self._rings():
                colour = item.text_colour
                for outline_id in self._sprites.missing(item.all_glyphs(), colour, scale):
                    self._sprites.prepare(outline_id, colour, scale)
                    yield
