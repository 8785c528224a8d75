"""The wheel's body, painted in one pass under every ring's labels.

First each ring's segment fills at the ring's own turn (outer rings first, so each ring's fill
can reach under the one inside it), then what belongs to the room and not to a ring: the faint
sightlines (one band each from the axis to the rim) and the beam, then the boundaries between
segments, and the rims, which are circles and need no turn. The ring items paint their labels
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

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.ring_item import EDGE_WIDTH, RingItem, blend
from app.canvas.shapes import beam_band, polar
from app.core.geometry import segment_at, sightline_angles
from app.core.wheel_layout import Palette

BEAM_HALF_WIDTH = 62.0  # scene units (the wheel's outer radius is 1000)
FAINT_HALF_WIDTH = 10.0
FAINT_OPACITY = 0.16


class WheelBase(QGraphicsItem):
    """Segment fills, beam, faint sightlines, boundaries and rims of `rings` (inside out)."""

    def __init__(self, rings: Sequence[RingItem], sightline_count: int, palette: Palette) -> None:
        super().__init__()
        self.rings = list(rings)
        inner, outer = self.rings[0].inner, self.rings[-1].outer
        self._bounds = QRectF(-outer, -outer, 2 * outer, 2 * outer).adjusted(-2, -2, 2, 2)
        sightlines = sightline_angles(sightline_count)
        self._focus = sightlines[0]
        self._beams = [
            [(polygon.at(i).x(), polygon.at(i).y()) for i in range(polygon.size())]
            for ring in self.rings
            for polygon in beam_band(
                ring.inner, ring.outer, BEAM_HALF_WIDTH, self._focus
            ).toSubpathPolygons()
        ]
        # Most frames no boundary crosses a ring's beam: it is then drawn whole, as is.
        self._beam_polygons = [
            QPolygonF([QPointF(x, y) for x, y in beam]) for beam in self._beams
        ]
        self._rim_pens: tuple[float, list[tuple[QPen, list[float]]]] | None = None
        self._faint = QPainterPath()
        self._faint_focus = QPainterPath()  # shown instead of the beam when that is off
        for angle in sightlines:
            band = QRectF(-FAINT_HALF_WIDTH, -outer, 2 * FAINT_HALF_WIDTH, outer - inner)
            path = self._faint if angle != self._focus else self._faint_focus
            path.addPolygon(QTransform().rotate(angle).map(QPolygonF(band)))
            path.closeSubpath()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.show_beam = True  # off for an image of the wheel without the focus line
        self.set_palette(palette)

    def set_palette(self, palette: Palette) -> None:
        self._beam_colour = QColor(palette.beam)
        self._beam_opacity = palette.beam_opacity
        faint = QColor(palette.faint_sightline)
        faint.setAlphaF(FAINT_OPACITY)
        self._faint_brush = QBrush(faint)
        self._rim_pens = None  # the rims take the rings' edge colours
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
        painter.fillPath(self._faint, self._faint_brush)
        if not self.show_beam:
            painter.fillPath(self._faint_focus, self._faint_brush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
        if self.show_beam:
            for ring, beam, whole in zip(self.rings, self._beams, self._beam_polygons, strict=True):
                self._paint_beam(painter, ring, beam, whole)
        for ring in self.rings:
            painter.setWorldTransform(ring.sceneTransform() * room)
            ring.paint_boundaries(painter)
        painter.setWorldTransform(room)
        self._paint_rims(painter)

    def _paint_beam(
        self,
        painter: QPainter,
        ring: RingItem,
        beam: list[tuple[float, float]],
        whole: QPolygonF,
    ) -> None:
        """The beam across `ring`, in the opaque colours it shows over each segment under
        it: the raster engine fills a translucent colour many times slower. A boundary
        between two segments crossing the beam splits it in two (the boundary line painted
        afterwards covers the seam)."""
        rotation = ring.rotation()
        pieces = [beam]
        reach = math.degrees(math.asin(min(1.0, BEAM_HALF_WIDTH / ring.inner)))
        for number in range(ring.segment_count):
            boundary = (number + 0.5) * ring.step + rotation
            offset = (boundary - self._focus + 180.0) % 360.0 - 180.0
            if abs(offset) < reach:
                pieces = [part for piece in pieces for part in _split(piece, boundary) if part]
        if len(pieces) == 1:
            segment = segment_at(self._focus, rotation, ring.segment_count)
            painter.setBrush(
                blend(self._beam_colour, ring.segment_colour(segment), self._beam_opacity)
            )
            painter.drawPolygon(whole)
            return
        for piece in pieces:
            x = sum(point[0] for point in piece) / len(piece)
            y = sum(point[1] for point in piece) / len(piece)
            segment = segment_at(polar(QPointF(x, y))[1], rotation, ring.segment_count)
            shown = blend(self._beam_colour, ring.segment_colour(segment), self._beam_opacity)
            painter.setBrush(shown)
            painter.drawPolygon(QPolygonF([QPointF(px, py) for px, py in piece]))

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
        for pen, radii in self._rim_pens[1]:
            painter.setPen(pen)
            for radius in radii:
                painter.drawEllipse(centre, radius, radius)

    def _rims_at(self, scale: float) -> list[tuple[QPen, list[float]]]:
        """Each ring's rim pen and circle radii at `scale` (device pixels per scene unit)."""
        rims = []
        for ring in self.rings:
            colour = QColor(ring.rim_colour)
            if ring is self.rings[-1]:
                width = EDGE_WIDTH * scale  # pixels
                middle = ring.outer
                count = max(1, round(width))
            else:
                width = EDGE_WIDTH * scale / 2
                middle = ring.outer - min(width, 1.0) / 2 / scale
                count = 1
            if width < 1.0:
                colour.setAlphaF(colour.alphaF() * width)
            pen = QPen(colour, 1.0)
            pen.setCosmetic(True)
            spacing = (width - 1) / (count - 1) if count > 1 else 0.0
            radii = [
                middle + (number - (count - 1) / 2) * spacing / scale for number in range(count)
            ]
            rims.append((pen, radii))
        return rims

def _split(
    points: list[tuple[float, float]], angle: float
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """A polygon the line through the centre at `angle` crosses twice (a piece of a ring),
    cut along that line: the points on either side, crossings included in both."""
    radians = math.radians(angle)
    dx, dy = math.sin(radians), -math.cos(radians)
    sides: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
    for index, (x, y) in enumerate(points):
        nx, ny = points[(index + 1) % len(points)]
        here, there = dx * y - dy * x, dx * ny - dy * nx
        sides[here < 0].append((x, y))
        if (here < 0) != (there < 0):
            t = here / (here - there)
            crossing = (x + t * (nx - x), y + t * (ny - y))
            sides[0].append(crossing)
            sides[1].append(crossing)
    return sides


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
