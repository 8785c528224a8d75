"""Qt shapes in the wheel's angle convention (degrees, 0° at 12 o'clock, clockwise positive).

The only place that converts to Qt's own convention (0° at 3 o'clock, anticlockwise positive,
y pointing down); everything else in the canvas speaks the model's convention.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath, QPainterPathStroker, QPolygonF, QTransform

from app.core.geometry import normalized


def qt_angle(angle: float) -> float:
    """Our angle as Qt's arc angle (0° at 3 o'clock, anticlockwise positive)."""
    return 90.0 - angle


def point_at(radius: float, angle: float) -> QPointF:
    radians = math.radians(angle)
    return QPointF(radius * math.sin(radians), -radius * math.cos(radians))


def polar(point: QPointF) -> tuple[float, float]:
    """Radius and angle of a point relative to the wheel's centre (the scene origin)."""
    angle = math.degrees(math.atan2(point.x(), -point.y()))
    return math.hypot(point.x(), point.y()), normalized(angle)


def _square(radius: float) -> QRectF:
    return QRectF(-radius, -radius, 2 * radius, 2 * radius)


def annular_sector(inner: float, outer: float, start: float, sweep: float) -> QPainterPath:
    """The part of the ring between `inner` and `outer` from `start` clockwise over `sweep`."""
    path = QPainterPath()
    path.arcMoveTo(_square(outer), qt_angle(start))
    path.arcTo(_square(outer), qt_angle(start), -sweep)
    path.arcTo(_square(inner), qt_angle(start + sweep), sweep)
    path.closeSubpath()
    return path


def annulus(inner: float, outer: float) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    path.addEllipse(_square(outer))
    if inner > 0:
        path.addEllipse(_square(inner))
    return path


def circle(radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(_square(radius))
    return path


def beam_band(inner: float, outer: float, half_width: float, angle: float = 0.0) -> QPainterPath:
    """A straight band of constant width along the ray at `angle`, cut off by the ring's two
    circles: a plain polygon (the arcs across a narrow band are all but straight), because
    the boolean-op outline of the same shape costs several times more to fill every frame."""

    def across(radius: float, count: int = 6) -> list[QPointF]:
        xs = [-half_width + 2 * half_width * k / count for k in range(count + 1)]
        return [QPointF(x, -math.sqrt(max(0.0, radius * radius - x * x))) for x in xs]

    polygon = QPolygonF([*across(outer), *reversed(across(inner))])
    path = QPainterPath()
    path.addPolygon(polygon)
    path.closeSubpath()
    return QTransform().rotate(angle).map(path) if angle else path


def lock_icon(size: float, locked: bool = True) -> QPainterPath:
    """A padlock `size` tall centred on the origin: a body and a shackle, open when unlocked."""
    body_width, body_height = size * 0.78, size * 0.52
    body = QPainterPath()
    body.addRoundedRect(
        QRectF(-body_width / 2, size / 2 - body_height, body_width, body_height),
        size * 0.08,
        size * 0.08,
    )
    keyhole = QPainterPath()
    keyhole.addEllipse(QPointF(0, size / 2 - body_height * 0.55), size * 0.07, size * 0.07)
    body = body.subtracted(keyhole)
    shackle_width = body_width * 0.62
    top = -size / 2
    bottom = size / 2 - body_height
    shackle = QPainterPath()
    right = shackle_width / 2
    shackle.moveTo(-right, bottom + (0 if locked else -size * 0.12))
    shackle.lineTo(-right, top + right)
    shackle.arcTo(QRectF(-right, top, 2 * right, 2 * right), 180, -180)
    shackle.lineTo(right, bottom if locked else bottom - size * 0.18)
    stroker = QPainterPathStroker()
    stroker.setWidth(size * 0.12)
    stroker.setCapStyle(Qt.PenCapStyle.FlatCap)
    return body.united(stroker.createStroke(shackle))
