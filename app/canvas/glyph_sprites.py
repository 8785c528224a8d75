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

Making them takes a few hundred milliseconds, so the scene makes them a slice at a time
while the event loop is idle (`IdleWork`), after the window shows or changes size; until
they are all there, turning frames draw the outlines.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap, QTransform

from app.canvas.label_paths import Glyph

ANGLE_STEPS = 180  # 2° apart: a glyph's corners are then at most ~0.3 px from true at 4K
KEPT_SETS = 8  # (scale, colour) sets: each text colour at two views' scales

_PER_DEGREE = ANGLE_STEPS / 360.0

# A glyph's image at one angle, and where the glyph's centre lies in it (whole pixels).
# Pixmaps, not images: PySide's drawPixmap(int, int, QPixmap) costs half of drawImage's
# call (raster pixmaps hold an image; the copy itself is the same).
Sprite = tuple[QPixmap, int, int]
# A glyph ready to draw: its sprites at every angle step, the point of the ring its centre
# sits on (x, y in ring coordinates) and its turn in angle steps.
PlacedSprites = tuple[list[Sprite], float, float, float]


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

    def available(self, colour: QColor, scale: float) -> bool:
        """Whether any images exist yet at `scale` in `colour`; if none, they are asked for
        (a first turning frame then draws outlines without listing its glyphs first)."""
        if self._set(scale, colour):
            return True
        if self.wanted is not None:
            self.wanted(scale)
        return False

    def placed(
        self, glyphs: Iterable[Glyph], colour: QColor, scale: float
    ) -> tuple[PlacedSprites, ...] | None:
        """`glyphs` with their images at `scale` in `colour`, ready for `draw_placed`; None
        while any is missing (and a request to make them in idle time: a frame then draws
        outlines rather than wait for hundreds of images)."""
        sprites = self._set(scale, colour)
        try:
            return tuple(
                (sprites[outline_id], x, y, angle * _PER_DEGREE)
                for outline_id, x, y, angle in glyphs
            )
        except KeyError:
            if self.wanted is not None:
                self.wanted(scale)
            return None

    def prepare(self, outline_id: int, colour: QColor, scale: float) -> None:
        """Make one outline's sprites now rather than in the first frame that needs them."""
        sprites = self._set(scale, colour)
        if outline_id not in sprites:
            sprites[outline_id] = _render(self._outline(outline_id), colour, scale)


def draw_placed(painter: QPainter, placed: Iterable[PlacedSprites], device: QTransform) -> None:
    """Draw `placed` glyphs (in item coordinates, `device` maps them to device pixels) with
    a painter whose world transform has been set to paint in device pixels.

    The loop runs for every glyph of every turning frame (some 340 for the model): nothing
    in it but the arithmetic, one list index and one pixmap copy."""
    m11, m12, m21, m22 = device.m11(), device.m12(), device.m21(), device.m22()
    dx, dy = device.dx(), device.dy()
    # In steps, plus half a step to round by truncation, plus whole turns to stay positive.
    turn = math.degrees(math.atan2(m12, m11)) * _PER_DEGREE + 0.5 + 64 * ANGLE_STEPS
    draw = painter.drawPixmap
    for sheet, x, y, steps in placed:
        image, left, top = sheet[int(steps + turn) % ANGLE_STEPS]
        draw(round(m11 * x + m21 * y + dx - left), round(m12 * x + m22 * y + dy - top), image)


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
        sprites.append(
            (QPixmap.fromImage(scratch.copy(area)), middle - area.left(), middle - area.top())
        )
    painter.end()
    return sprites
