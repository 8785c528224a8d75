"""Label glyphs pre-rendered as small images, for drawing labels while the wheel turns.

Filling the outlines of every label each frame is most of a frame's cost in Qt's software
rasteriser (antialiased outlines cost per edge pixel; a profile put the labels at 5 ms of a
10 ms frame at 1920×1080, 12 ms at 3840×2160). An untransformed image copy costs a fraction
of that, so while a ring turns each glyph is drawn as an image: its outline rendered once at
the view's scale, turned to the nearest of `ANGLE_STEPS` angles and put on the nearest
device pixel. The error is under a degree and half a pixel, invisible in motion; at rest the
rings draw the exact bent outlines again.

Images are premultiplied ARGB: the raster engine copies those with its fastest blend, where
8-bit alpha masks with a colour table cost several times more to draw. For the model's labels
(some 70 glyph outlines in two text colours) that is ~30 MB at 1920×1080, ~100 MB at 4K.

Making them takes a few hundred milliseconds, so `SpriteWarmup` makes them a slice at a time
while the event loop is idle, after the window shows or changes size; a frame that still
finds one missing makes it on the spot.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QTransform

from app.canvas.label_paths import Glyph

ANGLE_STEPS = 180  # 2° apart: a glyph's corners are then at most ~0.3 px from true at 4K
KEPT_SETS = 8  # (scale, colour) sets: each text colour at two views' scales

# A glyph's image at one angle, and where the glyph's centre lies in it (pixels).
Sprite = tuple[QImage, float, float]


class GlyphSprites:
    """Per device scale and text colour, each glyph outline's images at every angle step."""

    def __init__(self, outline: Callable[[int], QPainterPath]) -> None:
        self._outline = outline
        self._sets: OrderedDict[tuple[float, int], dict[int, list[Sprite]]] = OrderedDict()
        # Who makes missing sprites in idle time, given the device scale a frame wanted.
        self.wanted: Callable[[float], None] | None = None

    def _set(self, scale: float, colour: QColor) -> dict[int, list[Sprite]]:
        """The sprites made at `scale` (device pixels per scene unit) in `colour`."""
        key = (round(scale, 6), colour.rgba())
        sprites = self._sets.get(key)
        if sprites is None:
            sprites = self._sets[key] = {}
            while len(self._sets) > KEPT_SETS:
                self._sets.popitem(last=False)
        else:
            self._sets.move_to_end(key)
        return sprites

    def missing(self, glyphs: Iterable[Glyph], colour: QColor, scale: float) -> list[int]:
        """The outlines among `glyphs` that have no sprites yet at `scale` in `colour`."""
        sprites = self._set(scale, colour)
        return sorted({outline_id for outline_id, *_ in glyphs} - sprites.keys())

    def ready(self, glyphs: Iterable[Glyph], colour: QColor, scale: float) -> bool:
        """Whether every one of `glyphs` has its sprites at `scale` in `colour`; if not, ask
        for them to be made in idle time (a frame then draws outlines rather than wait)."""
        if not self.missing(glyphs, colour, scale):
            return True
        if self.wanted is not None:
            self.wanted(scale)
        return False

    def prepare(self, outline_id: int, colour: QColor, scale: float) -> None:
        """Make one outline's sprites now rather than in the first frame that needs them."""
        sprites = self._set(scale, colour)
        if outline_id not in sprites:
            sprites[outline_id] = _render(self._outline(outline_id), colour, scale)

    def draw(
        self, painter: QPainter, glyphs: Iterable[Glyph], colour: QColor, device: QTransform
    ) -> None:
        """Draw `glyphs` (in item coordinates, `device` maps them to device pixels) with a
        painter whose world transform has been set to paint in device pixels."""
        m11, m12, m21, m22 = device.m11(), device.m12(), device.m21(), device.m22()
        dx, dy = device.dx(), device.dy()
        scale = math.hypot(m11, m12)
        per_degree = ANGLE_STEPS / 360.0
        # In steps, plus half a step to round by truncation, plus whole turns to stay positive.
        turn = math.degrees(math.atan2(m12, m11)) * per_degree + 0.5 + 64 * ANGLE_STEPS
        sprites = self._set(scale, colour)
        draw = painter.drawImage
        for outline_id, x, y, angle in glyphs:
            sheet = sprites.get(outline_id)
            if sheet is None:
                sheet = sprites[outline_id] = _render(self._outline(outline_id), colour, scale)
            image, left, top = sheet[int(angle * per_degree + turn) % ANGLE_STEPS]
            draw(round(m11 * x + m21 * y + dx - left), round(m12 * x + m22 * y + dy - top), image)


class SpriteWarmup(QObject):
    """Makes sprites a few milliseconds at a time from the event loop, then stops."""

    SLICE = 0.004  # seconds of work per turn of the event loop: input stays responsive

    def __init__(self, sprites: GlyphSprites, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sprites = sprites
        self._work: list[tuple[int, QColor, float]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)

    @property
    def active(self) -> bool:
        return bool(self._work)

    def start(self, work: Iterable[tuple[Iterable[Glyph], QColor, float]]) -> None:
        """Make the sprites of each (glyphs, colour, scale), instead of earlier work."""
        self._work = [
            (outline_id, colour, scale)
            for glyphs, colour, scale in work
            for outline_id in self._sprites.missing(glyphs, colour, scale)
        ]
        if self._work:
            self._timer.start(0)

    def _step(self) -> None:
        deadline = time.monotonic() + self.SLICE
        while self._work and time.monotonic() < deadline:
            self._sprites.prepare(*self._work.pop())
        if self._work:
            self._timer.start(0)


def _render(outline: QPainterPath, colour: QColor, scale: float) -> list[Sprite]:
    """`outline` (centred on the origin) at `scale`, turned to each angle step in turn."""
    sized = QTransform.fromScale(scale, scale).map(outline)
    box = sized.boundingRect()
    reach = max(
        math.hypot(x, y) for x in (box.left(), box.right()) for y in (box.top(), box.bottom())
    )
    side = 2 * math.ceil(reach) + 4
    middle = side // 2
    # One painter on one scratch image for all angles: opening a painter costs more than
    # filling a glyph, so each sprite is drawn here and copied out at its own size.
    scratch = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    scratch.fill(Qt.GlobalColor.transparent)
    painter = QPainter(scratch)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    sprites: list[Sprite] = []
    for step in range(ANGLE_STEPS):
        turned = QTransform().rotate(step * 360.0 / ANGLE_STEPS)
        bounds = turned.map(sized).boundingRect().translated(middle, middle)
        left, top = math.floor(bounds.left()), math.floor(bounds.top())
        # Antialiasing touches only pixels the outline crosses: no margin needed.
        area = QRect(left, top, math.ceil(bounds.right()) - left, math.ceil(bounds.bottom()) - top)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        painter.fillRect(area, Qt.GlobalColor.transparent)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.setTransform(turned * QTransform.fromTranslate(middle, middle))
        painter.fillPath(sized, colour)
        painter.resetTransform()
        sprites.append((scratch.copy(area), middle - area.left(), middle - area.top()))
    painter.end()
    return sprites
