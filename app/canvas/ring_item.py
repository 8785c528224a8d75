"""One turning ring of the wheel, painted from pre-built paths.

The item never computes physics: the animator sets its rotation (degrees, clockwise, as the
model's convention and Qt's item rotation agree) and the item chooses, per segment, which of
the label's two pre-built orientations reads left to right at the segment's current angle.
Everything fixed to the room rather than to the ring (the beam, the faint sightlines, the
selection outline, the lock) is painted counter-rotated, so it stays put while the ring turns.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.label_paths import PlacedLabel
from app.canvas.shapes import annular_sector, annulus, beam_band, lock_icon, point_at
from app.core.geometry import sightline_angles, step_of
from app.core.wheel_layout import Palette, RingColours, reads_clockwise

EDGE_WIDTH = 3.0  # scene units (the wheel's outer radius is 1000)
BEAM_HALF_WIDTH = 62.0
FAINT_HALF_WIDTH = 10.0
FAINT_OPACITY = 0.16
DIM_OPACITY = 0.62  # how much of the background colour covers a dimmed segment
HOVER_OPACITY = 0.22
SELECTION_WIDTH = 9.0
LOCK_SIZE = 64.0


def blend(top: QColor, bottom: QColor, opacity: float) -> QColor:
    """`top` painted over opaque `bottom` at `opacity`: the colour the eye sees."""
    return QColor.fromRgbF(
        top.redF() * opacity + bottom.redF() * (1 - opacity),
        top.greenF() * opacity + bottom.greenF() * (1 - opacity),
        top.blueF() * opacity + bottom.blueF() * (1 - opacity),
    )


class RingItem(QGraphicsItem):
    """A ring of `segment_count` annular segments between two radii, with curved labels."""

    def __init__(
        self,
        key: str,
        inner: float,
        outer: float,
        segment_count: int,
        sightline_count: int,
        palette: Palette,
        colours: RingColours,
    ) -> None:
        super().__init__()
        self.key = key
        self.inner = inner
        self.outer = outer
        self.segment_count = segment_count
        self.step = step_of(segment_count)
        self._bounds = QRectF(-outer, -outer, 2 * outer, 2 * outer).adjusted(-2, -2, 2, 2)
        self._sectors = [
            annular_sector(inner, outer, i * self.step - self.step / 2, self.step)
            for i in range(segment_count)
        ]
        self._even = _union(self._sectors[0::2])
        self._odd = _union(self._sectors[1::2])
        # Boundaries and rims are drawn with a pen: far cheaper per frame than filling a
        # stroked outline (a profile showed the stroked circles costing more than the fills).
        self._boundaries = [
            QLineF(
                point_at(inner, i * self.step - self.step / 2),
                point_at(outer, i * self.step - self.step / 2),
            )
            for i in range(segment_count)
        ]
        self._shape = annulus(inner, outer)
        sightlines = sightline_angles(sightline_count)
        self._beam = beam_band(inner, outer, BEAM_HALF_WIDTH, sightlines[0])
        self._faint = [
            QLineF(point_at(inner, angle), point_at(outer, angle)) for angle in sightlines[1:]
        ]
        self._selection = annulus(outer - SELECTION_WIDTH, outer).united(
            annulus(inner, inner + SELECTION_WIDTH)
        )
        # A locked ring rests on a detent, so its boundaries sit at (k + ½)·step: the one
        # nearest 10:30 is clear of every label and of the beam.
        boundary = min(
            ((k + 0.5) * self.step for k in range(segment_count)),
            key=lambda angle: abs(angle - 315.0),
        )
        self.lock_centre = point_at((inner + outer) / 2, boundary)
        self._lock_closed = lock_icon(LOCK_SIZE, True).translated(self.lock_centre)
        self._lock_open = lock_icon(LOCK_SIZE, False).translated(self.lock_centre)
        self._labels: list[PlacedLabel] = []
        self._dimmed: frozenset[int] = frozenset()
        self._hovered: int | None = None
        self.locked = False
        self.selected = False
        self.set_palette(palette, colours)
        self.setAcceptHoverEvents(False)  # the scene handles pointers by radius

    # -- what to show -------------------------------------------------------------------

    def set_palette(self, palette: Palette, colours: RingColours) -> None:
        self.colours = colours
        self._fill = QBrush(QColor(colours.fill))
        self._fill_alternate = QBrush(QColor(colours.fill_alternate))
        self._text = QBrush(QColor(colours.text))
        self._edge = QPen(QColor(colours.edge), EDGE_WIDTH)
        self._edge.setCapStyle(Qt.PenCapStyle.FlatCap)
        beam = QColor(palette.beam)
        beam.setAlphaF(palette.beam_opacity)
        self._beam_brush = QBrush(beam)
        self.beam_colour = QColor(palette.beam)
        self.beam_opacity = palette.beam_opacity
        faint = QColor(palette.faint_sightline)
        faint.setAlphaF(FAINT_OPACITY)
        self._faint_pen = QPen(faint, 2 * FAINT_HALF_WIDTH)
        self._faint_pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        dim = QColor(palette.background)
        dim.setAlphaF(DIM_OPACITY)
        self._dim_brush = QBrush(dim)
        hover = QColor("#ffffff")
        hover.setAlphaF(HOVER_OPACITY)
        self._hover_brush = QBrush(hover)
        self._marker = QBrush(QColor(palette.core.fill))
        self.update()

    def set_labels(self, labels: Sequence[PlacedLabel]) -> None:
        if len(labels) != self.segment_count:
            raise ValueError("one label per segment")
        self._labels = list(labels)
        self.update()

    @property
    def labels(self) -> tuple[PlacedLabel, ...]:
        return tuple(self._labels)

    def set_dimmed(self, segments: frozenset[int]) -> None:
        if segments != self._dimmed:
            self._dimmed = segments
            self.update()

    def set_hovered(self, segment: int | None) -> None:
        if segment != self._hovered:
            self._hovered = segment
            self.update()

    def set_locked(self, locked: bool) -> None:
        self.locked = locked
        self.update()

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def label_reads_clockwise(self, segment: int) -> bool:
        """Whether segment `segment`'s label runs clockwise at the ring's current rotation."""
        return reads_clockwise(self.rotation() + segment * self.step)

    def text_backgrounds(self) -> tuple[QColor, ...]:
        """Every colour a label of this ring can stand on (fills, with and without the beam)."""
        fills = (self._fill.color(), self._fill_alternate.color())
        beamed = tuple(blend(self.beam_colour, fill, self.beam_opacity) for fill in fills)
        return fills + beamed

    # -- QGraphicsItem ------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rotation = self.rotation()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.fillPath(self._even, self._fill)
        painter.fillPath(self._odd, self._fill_alternate)
        if self._hovered is not None:
            painter.fillPath(self._sectors[self._hovered], self._hover_brush)
        # The beam and the faint sightlines belong to the room, not the ring.
        painter.rotate(-rotation)
        painter.setPen(self._faint_pen)
        painter.drawLines(self._faint)
        painter.fillPath(self._beam, self._beam_brush)
        painter.rotate(rotation)
        painter.setPen(self._edge)
        painter.drawLines(self._boundaries)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), self.outer, self.outer)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, label in enumerate(self._labels):
            clockwise = reads_clockwise(rotation + index * self.step)
            painter.fillPath(label.path(clockwise), self._text)
        for index in self._dimmed:
            painter.fillPath(self._sectors[index], self._dim_brush)
        if self.selected or self.locked:
            painter.rotate(-rotation)
            if self.selected:
                painter.fillPath(self._selection, self._marker)
            painter.fillPath(self._lock_closed if self.locked else self._lock_open, self._marker)
            painter.rotate(rotation)


def _union(paths: Sequence[QPainterPath]) -> QPainterPath:
    result = QPainterPath()
    result.setFillRule(Qt.FillRule.WindingFill)
    for path in paths:
        result.addPath(path)
    return result
