"""The wheel's fixed parts: the axis (network name and what the core holds) and the marks
outside the wheel that show where the four sightlines point.

Neither turns. The axis is kept as a pixmap in device pixels and costs a plain copy per
frame (its own cache rather than Qt's DeviceCoordinateCache: Qt copies that with the
painter's smooth-pixmap hint, through a slower path that hands the copy to its thread pool and
waits, idle, while a busy machine gets round to those threads); the marks are four small
triangles, cheaper to fill than a wheel-sized pixmap is to copy (and at 4K that pixmap
outgrows Qt's pixmap cache, which then renders it anew every frame).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.fonts import wheel_font
from app.canvas.ring_item import blend
from app.canvas.shapes import annular_sector, circle, point_at
from app.canvas.wheel_base import BEAM_HALF_WIDTH
from app.core.geometry import sightline_angles
from app.core.wheel_layout import Palette

NAME_SIZES = (64, 56, 48, 42, 36, 32)  # scene units; the largest that fits wins
SUMMARY_SIZE = 27
SUMMARY_LINE = 1.25


class CoreItem(QGraphicsItem):
    """The axis: a dark disc with the network's name and a line per part of the core."""

    def __init__(self, radius: float, palette: Palette) -> None:
        super().__init__()
        self.radius = radius
        self._disc = circle(radius)
        self.name = ""
        self.summary: list[tuple[str, str]] = []  # (part label, its items joined)
        self.dimmed = False
        self.show_beam = True
        # Painted onto raster devices from a pixmap made at the device's scale; off for
        # images that keep their vectors (an SVG) or must match them exactly.
        self.pixel_cache = True
        self._pixmap: tuple[tuple[float, ...], QPixmap] | None = None
        self.set_palette(palette)

    def set_palette(self, palette: Palette) -> None:
        self._fill = QColor(palette.core.fill)
        self._edge = QColor(palette.core.edge)
        self.text_colour = QColor(palette.core.text)
        self._beam = QColor(palette.beam)
        # Where the beam leaves the axis: a bright arc on the rim at 12 o'clock, as wide as
        # the beam in the rings.
        half = math.degrees(BEAM_HALF_WIDTH / self.radius)
        self._beam_path = annular_sector(self.radius * 0.93, self.radius, -half, 2 * half)
        self._dim = QColor(palette.background)
        self._dim.setAlphaF(0.5)
        self._changed()

    def set_content(self, name: str, summary: Sequence[tuple[str, str]]) -> None:
        self.name = name
        self.summary = list(summary)
        self._changed()

    def set_dimmed(self, dimmed: bool) -> None:
        self.dimmed = dimmed
        self._changed()

    def _changed(self) -> None:
        self._pixmap = None
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-self.radius, -self.radius, 2 * self.radius, 2 * self.radius).adjusted(
            -4, -4, 4, 4
        )

    def shape(self) -> QPainterPath:
        return self._disc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        device = painter.deviceTransform()
        if (
            self.pixel_cache
            and device.type().value <= QTransform.TransformationType.TxScale.value
            and painter.paintEngine().type() == QPaintEngine.Type.Raster
        ):
            self._paint_cached(painter, device)
        else:
            self._paint_vectors(painter)

    def _paint_cached(self, painter: QPainter, device: QTransform) -> None:
        """Copy the axis from its pixmap, made again when the scale, the offset within a
        pixel or the content changes (a move by whole pixels copies the same pixmap there)."""
        box = device.mapRect(self.boundingRect())
        left, top = math.floor(box.left()), math.floor(box.top())
        key = (device.m11(), device.m22(), round(box.left() - left, 3), round(box.top() - top, 3))
        if self._pixmap is None or self._pixmap[0] != key:
            image = QImage(
                math.ceil(box.right()) - left,
                math.ceil(box.bottom()) - top,
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.fill(Qt.GlobalColor.transparent)
            drawing = QPainter(image)
            drawing.setRenderHints(painter.renderHints())
            drawing.setTransform(device * QTransform.fromTranslate(-left, -top))
            self._paint_vectors(drawing)
            drawing.end()
            self._pixmap = (key, QPixmap.fromImage(image))
        pixmap = self._pixmap[1]
        world = painter.worldTransform()
        smooth = painter.testRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setWorldTransform(device.inverted()[0] * world)  # in device pixels
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawPixmap(left, top, pixmap)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
        painter.setWorldTransform(world)

    def _paint_vectors(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self._edge, 4.0))
        painter.setBrush(self._fill)
        painter.drawPath(self._disc)
        if self.show_beam:
            painter.fillPath(self._beam_path, QBrush(self._beam))
        painter.setPen(self.text_colour)
        top = self._paint_name(painter)
        self._paint_summary(painter, top)
        if self.dimmed:
            painter.fillPath(self._disc, QBrush(self._dim))

    def _name_layout(self) -> tuple[QFont, QRectF]:
        """The name's font and box: as large as fits in two lines above the centre."""
        width = self.radius * 1.5
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        for size in NAME_SIZES:
            font = wheel_font(size, bold=True)
            metrics = QFontMetricsF(font)
            rect = metrics.boundingRect(QRectF(0, 0, width, 10_000), flags, self.name)
            if rect.height() <= metrics.lineSpacing() * 2.05 and rect.width() <= width:
                break
        height = min(rect.height(), metrics.lineSpacing() * 2.05)
        bottom = -self.radius * 0.08
        return font, QRectF(-width / 2, bottom - height, width, height)

    def _summary_layout(self, top: float) -> list[tuple[QPointF, str, float, str]]:
        """Each part's line: where it starts (the baseline), its head, the head's width and
        the rest, each cut to the chord of the disc at its height."""
        font = wheel_font(SUMMARY_SIZE)
        bold = wheel_font(SUMMARY_SIZE, bold=True)
        metrics, bold_metrics = QFontMetricsF(font), QFontMetricsF(bold)
        line = SUMMARY_SIZE * SUMMARY_LINE
        y = top + line * 1.1
        lines = []
        for label, items in self.summary:
            # The chord of the disc at this height is the room the line has.
            half = math.sqrt(max(0.0, self.radius**2 - (y + line / 2) ** 2)) * 0.9
            head = f"{label}: " if items else label
            head = bold_metrics.elidedText(head, Qt.TextElideMode.ElideRight, 2 * half)
            head_width = bold_metrics.horizontalAdvance(head)
            rest = metrics.elidedText(items, Qt.TextElideMode.ElideRight, 2 * half - head_width)
            total = head_width + (metrics.horizontalAdvance(rest) if items else 0.0)
            lines.append((QPointF(-total / 2, y), head, head_width, rest if items else ""))
            y += line
        return lines

    def text_boxes(self) -> list[QRectF]:
        """Where the axis draws text (the name, each part's line), in item coordinates: what
        the core's post-it stacks must leave clear."""
        _font, name = self._name_layout()
        boxes = [name] if self.name else []
        metrics = QFontMetricsF(wheel_font(SUMMARY_SIZE, bold=True))
        for start, _head, head_width, rest in self._summary_layout(name.bottom()):
            width = head_width + QFontMetricsF(wheel_font(SUMMARY_SIZE)).horizontalAdvance(rest)
            top = start.y() - metrics.ascent()
            boxes.append(QRectF(start.x(), top, width, metrics.ascent() + metrics.descent()))
        return boxes

    def _paint_name(self, painter: QPainter) -> float:
        """The name, as large as fits in two lines above the centre; returns its bottom."""
        font, box = self._name_layout()
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        painter.setFont(font)
        painter.drawText(box, int(flags | Qt.AlignmentFlag.AlignBottom), self.name)
        return box.bottom()

    def _paint_summary(self, painter: QPainter, top: float) -> None:
        font = wheel_font(SUMMARY_SIZE)
        bold = wheel_font(SUMMARY_SIZE, bold=True)
        for start, head, head_width, rest in self._summary_layout(top):
            painter.setFont(bold)
            painter.drawText(start, head)
            if rest:
                painter.setFont(font)
                painter.drawText(QPointF(start.x() + head_width, start.y()), rest)


class SightlineMarks(QGraphicsItem):
    """Pointers just outside the wheel: a bold one at the focus, faint ones at the others."""

    def __init__(self, radius: float, margin: float, count: int, palette: Palette) -> None:
        super().__init__()
        self.radius = radius
        self.margin = margin
        depth = margin * 0.8
        focus, *others = sightline_angles(count)
        self._focus = self._pointer(focus, depth, depth * 0.75)
        self._others = QPainterPath()
        for angle in others:
            self._others.addPath(self._pointer(angle, depth * 0.6, depth * 0.4))
        self._focus_faint = self._pointer(focus, depth * 0.6, depth * 0.4)
        self.show_beam = True  # off: the focus gets a faint mark like the others
        self.set_palette(palette)

    def set_palette(self, palette: Palette) -> None:
        self._beam = QBrush(QColor(palette.beam))
        # The faint marks stand on the background alone: painted in the colour they show
        # there, opaque, which the raster engine fills several times faster than a
        # translucent colour.
        faint = blend(QColor(palette.faint_sightline), QColor(palette.background), 0.45)
        self._faint = QBrush(faint)
        self.update()

    def _pointer(self, angle: float, depth: float, half_width: float) -> QPainterPath:
        tip = self.radius + 6
        path = QPainterPath()
        path.moveTo(point_at(tip, angle))
        spread = math.degrees(half_width / (tip + depth))
        path.lineTo(point_at(tip + depth, angle - spread))
        path.lineTo(point_at(tip + depth, angle + spread))
        path.closeSubpath()
        return path

    def boundingRect(self) -> QRectF:
        outer = self.radius + self.margin
        return QRectF(-outer, -outer, 2 * outer, 2 * outer)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.show_beam:
            painter.fillPath(self._focus, self._beam)
        else:
            painter.fillPath(self._focus_faint, self._faint)
        painter.fillPath(self._others, self._faint)
