"""The beam and the faint sightlines across one ring, in opaque colours.

A band is a translucent colour over the turning segments under it. Qt's raster engine fills a
translucent colour several times slower than an opaque one, and splits a large translucent
fill over its thread pool and waits for it: on a busy machine those threads may not run for
milliseconds, and the frame waits, idle. So each band is painted as what the eye sees: per
segment under it, the band's colour already blended over the segment's. A boundary between
two segments crossing the band splits it in two (the boundary line painted afterwards covers
the seam); most frames none does, and the band is drawn whole from a ready polygon.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QColor, QPainter, QPolygonF

from app.canvas.ring_item import RingItem, blend
from app.canvas.shapes import beam_band, polar
from app.core.geometry import segment_at

Points = list[tuple[float, float]]


class SightlineBand:
    """A straight band along the sightline at `angle` across `ring`, `half_width` wide each
    side (scene units)."""

    def __init__(self, ring: RingItem, angle: float, half_width: float) -> None:
        self.ring = ring
        self.angle = angle
        (polygon,) = beam_band(ring.inner, ring.outer, half_width, angle).toSubpathPolygons()
        self._points: Points = [
            (polygon.at(i).x(), polygon.at(i).y()) for i in range(polygon.size())
        ]
        self._whole = QPolygonF(polygon)
        # How far (degrees) from the sightline a boundary still crosses the band.
        self._reach = math.degrees(math.asin(min(1.0, half_width / ring.inner)))
        # The brushes it has shown, by (band colour, segment colour, opacity): a few at most.
        self._brushes: dict[tuple[int, int, float], QBrush] = {}

    def paint(self, painter: QPainter, colour: QColor, opacity: float) -> None:
        """Fill the band: `colour` at `opacity` over each segment under it (no pen)."""
        ring = self.ring
        rotation = ring.rotation()
        pieces = [self._points]
        for number in range(ring.segment_count):
            boundary = (number + 0.5) * ring.step + rotation
            offset = (boundary - self.angle + 180.0) % 360.0 - 180.0
            if abs(offset) < self._reach:
                pieces = [part for piece in pieces for part in _split(piece, boundary) if part]
        if len(pieces) == 1:
            segment = segment_at(self.angle, rotation, ring.segment_count)
            painter.setBrush(self._brush(colour, ring.segment_colour(segment), opacity))
            painter.drawPolygon(self._whole)
            return
        for piece in pieces:
            x = sum(point[0] for point in piece) / len(piece)
            y = sum(point[1] for point in piece) / len(piece)
            segment = segment_at(polar(QPointF(x, y))[1], rotation, ring.segment_count)
            painter.setBrush(self._brush(colour, ring.segment_colour(segment), opacity))
            painter.drawPolygon(QPolygonF([QPointF(px, py) for px, py in piece]))

    def _brush(self, colour: QColor, under: QColor, opacity: float) -> QBrush:
        """`colour` at `opacity` over opaque `under`, as an opaque brush."""
        key = (colour.rgba(), under.rgba(), opacity)
        brush = self._brushes.get(key)
        if brush is None:
            brush = self._brushes[key] = QBrush(blend(colour, under, opacity))
        return brush


def _split(points: Points, angle: float) -> tuple[Points, Points]:
    """A polygon the line through the centre at `angle` crosses twice (a piece of a ring),
    cut along that line: the points on either side, crossings included in both."""
    radians = math.radians(angle)
    dx, dy = math.sin(radians), -math.cos(radians)
    sides: tuple[Points, Points] = ([], [])
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
