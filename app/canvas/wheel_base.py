"""The wheel's body, painted in one pass under every ring's labels.

First each ring's segment fills at the ring's own turn (outer rings first, so each ring's fill
can reach under the one inside it), then what belongs to the room and not to a ring: the faint
sightlines (one band each from the axis to the rim) and the beam, each painted ring by ring
in the opaque colours it shows (`sightline_bands`), then the boundaries between segments, and
the rims, which are circles and need no turn. The ring items paint their labels
over this; the axis covers the middle.

Nothing here is cached: the rings turn under the beam, so the body changes in every frame of
a turn, and the view repaints it wherever a ring item asks for an update.

The room around the wheel is painted by `paint_room`, which leaves out the wheel itself: the
opaque fills and the axis cover every pixel there, so painting the background under them
would only cost time (at 4K, a millisecond a frame).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.ring_item import EDGE_WIDTH, RingItem, blend
from app.canvas.sightline_bands import SightlineBand
from app.core.geometry import sightline_angles
from app.core.wheel_layout import Palette

BEAM_HALF_WIDTH = 62.0  # scene units (the wheel's outer radius is 1000)
FAINT_HALF_WIDTH = 10.0
BEAM_EDGE_WIDTH = 2.0  # device pixels
FAINT_OPACITY = 0.16


class WheelBase(QGraphicsItem):
    """Segment fills, beam, faint sightlines, boundaries and rims of `rings` (inside out)."""

    def __init__(self, rings: Sequence[RingItem], sightline_count: int, palette: Palette) -> None:
        super().__init__()
        self.rings = list(rings)
        outer = self.rings[-1].outer
        self._bounds = QRectF(-outer, -outer, 2 * outer, 2 * outer).adjusted(-2, -2, 2, 2)
        sightlines = sightline_angles(sightline_count)
        self._focus = sightlines[0]
        # Every band is drawn ring by ring, in the opaque colours it shows over the segments
        # under it: the raster engine fills a translucent colour several times slower, and
        # hands large translucent fills to its thread pool, whose threads a busy machine
        # may not run for a while (a frame then waits, idle).
        self._beams = [SightlineBand(ring, self._focus, BEAM_HALF_WIDTH) for ring in self.rings]
        self._faint = [
            SightlineBand(ring, angle, FAINT_HALF_WIDTH)
            for angle in sightlines
            if angle != self._focus
            for ring in self.rings
        ]
        # The focus sightline's faint band, shown instead of the beam when that is off.
        self._faint_focus = [
            SightlineBand(ring, self._focus, FAINT_HALF_WIDTH) for ring in self.rings
        ]
        self._rim_pens: tuple[float, list[_Rim]] | None = None
        self._pens: dict[int, QPen] = {}  # cosmetic one-pixel pens by colour
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.show_beam = True  # off for an image of the wheel without the focus line
        self.set_palette(palette)

    def set_palette(self, palette: Palette) -> None:
        self._beam_colour = QColor(palette.beam)
        self._beam_opacity = palette.beam_opacity
        self._beam_edge_pen = QPen(QColor(palette.beam_edge), BEAM_EDGE_WIDTH)
        self._beam_edge_pen.setCosmetic(True)
        self._faint_colour = QColor(palette.faint_sightline)
        self._rim_pens = None  # the rims take the rings' edge colours
        self._pens = {}
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: the scene finds rings by radius

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        room = painter.worldTransform()
        for ring in reversed(self.rings):
            painter.setWorldTransform(ring.sceneTransform() * room)
            ring.paint_body(painter)
        painter.setWorldTransform(room)
        painter.setPen(Qt.PenStyle.NoPen)
        # The faint sightlines are too faint for a stepped edge to show: no antialiasing.
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for band in self._faint if self.show_beam else self._faint + self._faint_focus:
            band.paint(painter, self._faint_colour, FAINT_OPACITY)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
        for band in self._beams if self.show_beam else ():
            band.paint(painter, self._beam_colour, self._beam_opacity)
        if self.show_beam:
            self._paint_beam_edges(painter)
        for ring in self.rings:
            painter.setWorldTransform(ring.sceneTransform() * room)
            ring.paint_boundaries(painter)
        painter.setWorldTransform(room)
        self._paint_rims(painter)

    def _paint_beam_edges(self, painter: QPainter) -> None:
        """The beam's two long edges, in a colour with 3:1 against every fill they cross, so
        the line at 12 o'clock stands out by its outline too, not by a tint alone."""
        painter.save()
        painter.rotate(self._focus)
        painter.setPen(self._beam_edge_pen)
        inner, outer = self.rings[0].inner, self.rings[-1].outer
        for x in (-BEAM_HALF_WIDTH, BEAM_HALF_WIDTH):
            painter.drawLine(
                QPointF(x, -math.sqrt(inner * inner - x * x)),
                QPointF(x, -math.sqrt(outer * outer - x * x)),
            )
        painter.restore()

    def _paint_rims(self, painter: QPainter) -> None:
        """Each ring's rim as an `EDGE_WIDTH` pen showed it, drawn as one-pixel circles (a
        circle of the cosmetic stroker costs a fraction of a wider pen's outline, but each
        still counts at 4K). Between two rings half the pen's width showed, on the inner
        ring's side (the ring outside covered the rest): one circle, lighter where that is
        under a pixel. The wheel's edge showed whole: a circle for each pixel of width."""
        device = painter.deviceTransform()
        scale = math.hypot(device.m11(), device.m12())
        if scale <= 0.0:
            return
        if self._rim_pens is None or self._rim_pens[0] != scale:
            self._rim_pens = (scale, self._rims_at(scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        centre = QPointF(0, 0)
        for rim in self._rim_pens[1]:
            if rim.opacity < 1.0 and rim.ring is not self.rings[-1]:
                self._paint_rim_arcs(painter, rim)
                continue
            colour = QColor(rim.colour)
            colour.setAlphaF(rim.opacity)
            painter.setPen(self._pen(colour))
            for radius in rim.radii:
                painter.drawEllipse(centre, radius, radius)

    def _paint_rim_arcs(self, painter: QPainter, rim: _Rim) -> None:
        """A rim under a pixel wide between two rings: per segment of the ring inside it,
        an arc in the opaque colour the rim shows over that segment (see sightline_bands:
        a translucent colour costs far more, and may wait for other threads)."""
        ring = rim.ring
        rotation = ring.rotation()
        span = round(-ring.step * 16)  # Qt's arcs: 1/16 degrees, anticlockwise from 3 o'clock
        for segment in range(ring.segment_count):
            start = round((90.0 - ((segment - 0.5) * ring.step + rotation)) * 16)
            shown = blend(rim.colour, ring.segment_colour(segment), rim.opacity)
            painter.setPen(self._pen(shown))
            for radius in rim.radii:
                painter.drawArc(QRectF(-radius, -radius, 2 * radius, 2 * radius), start, span)

    def _pen(self, colour: QColor) -> QPen:
        """A cosmetic one-pixel pen in `colour`, made once."""
        pen = self._pens.get(colour.rgba())
        if pen is None:
            pen = self._pens[colour.rgba()] = QPen(colour, 1.0)
            pen.setCosmetic(True)
        return pen

    def _rims_at(self, scale: float) -> list[_Rim]:
        """Each ring's rim at `scale` (device pixels per scene unit)."""
        rims = []
        for ring in self.rings:
            if ring is self.rings[-1]:
                width = EDGE_WIDTH * scale  # pixels
                middle = ring.outer
                count = max(1, round(width))
            else:
                width = EDGE_WIDTH * scale / 2
                middle = ring.outer - min(width, 1.0) / 2 / scale
                count = 1
            spacing = (width - 1) / (count - 1) if count > 1 else 0.0
            radii = [
                middle + (number - (count - 1) / 2) * spacing / scale for number in range(count)
            ]
            colour = QColor(ring.rim_colour)
            rims.append(_Rim(ring, radii, colour, colour.alphaF() * min(width, 1.0)))
        return rims


@dataclass(frozen=True, slots=True)
class _Rim:
    """A ring's rim at one scale: one-pixel circles of these radii, `colour` at `opacity`."""

    ring: RingItem
    radii: list[float]
    colour: QColor
    opacity: float


def paint_room(painter: QPainter, rect: QRectF, brush: QBrush, radius: float) -> None:
    """Fill `rect` with `brush` except a disc of the wheel's `radius`, less two pixels under
    the outer ring's fill, so no pixel is left unpainted where the two meet."""
    device = painter.deviceTransform()
    hole = radius - 2.0 / max(math.hypot(device.m11(), device.m12()), 1e-9)
    room = QPainterPath()
    room.setFillRule(Qt.FillRule.OddEvenFill)
    room.addRect(rect)
    room.addEllipse(QPointF(0, 0), hole, hole)
    # Without antialiasing: the edge lies under the outer ring's fill and rim.
    antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillPath(room, brush)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
