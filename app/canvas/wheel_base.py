"""The wheel's body, painted in one pass under every ring's labels.

First each ring's segment fills at the ring's own turn (outer rings first, so each ring's fill
can reach under the one inside it), then what belongs to the room and not to a ring: the beam
and the faint sightlines, each one band from the axis to the rim rather than one piece per
ring, then the boundaries between segments, and the rims, which are circles and need no turn.
The ring items paint their labels over this; the axis covers the middle.

Nothing here is cached: the rings turn under the beam, so the body changes in every frame of
a turn, and the view repaints it wherever a ring item asks for an update.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.ring_item import RingItem
from app.canvas.shapes import beam_band, point_at
from app.core.geometry import sightline_angles
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
        self._beam = beam_band(inner, outer, BEAM_HALF_WIDTH, sightlines[0])
        self._faint = [
            QLineF(point_at(inner, angle), point_at(outer, angle)) for angle in sightlines[1:]
        ]
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.set_palette(palette)

    def set_palette(self, palette: Palette) -> None:
        beam = QColor(palette.beam)
        beam.setAlphaF(palette.beam_opacity)
        self._beam_brush = QBrush(beam)
        faint = QColor(palette.faint_sightline)
        faint.setAlphaF(FAINT_OPACITY)
        self._faint_pen = QPen(faint, 2 * FAINT_HALF_WIDTH)
        self._faint_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
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
        painter.setPen(self._faint_pen)
        painter.drawLines(self._faint)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(self._beam, self._beam_brush)
        for ring in self.rings:
            painter.setWorldTransform(ring.sceneTransform() * room)
            ring.paint_boundaries(painter)
        painter.setWorldTransform(room)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for ring in self.rings[:-1]:
            painter.setPen(ring.rim_pen)
            painter.drawEllipse(QPointF(0, 0), ring.outer, ring.outer)
        # The wheel's edge is seen whole, where the ring outside hides half of each other rim
        # (as it did when rims were 1.5 px pens): two pixel circles half a pixel apart.
        edge = self.rings[-1]
        device = painter.deviceTransform()
        quarter_pixel = 0.25 / max(math.hypot(device.m11(), device.m12()), 1e-9)
        painter.setPen(edge.rim_pen)
        for radius in (edge.outer - quarter_pixel, edge.outer + quarter_pixel):
            painter.drawEllipse(QPointF(0, 0), radius, radius)
