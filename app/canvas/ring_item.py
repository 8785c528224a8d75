"""One turning ring of the wheel, painted from pre-built paths.

The item never computes physics: the animator sets its rotation (degrees, clockwise, as the
model's convention and Qt's item rotation agree) and the item chooses, per segment, which of
the label's two pre-built orientations reads left to right at the segment's current angle.
Everything fixed to the room rather than to the ring (the selection outline, the lock) is
painted counter-rotated, so it stays put while the ring turns, by a child item over the ring's
post-it stacks: a stack never hides the lock.

The ring's body (segment fills and boundaries) is painted by `WheelBase` under every ring's
labels, in one pass with the beam; the item paints its labels and what lies over them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.glyph_sprites import GlyphSprites, PlacedSprites, draw_placed
from app.canvas.label_paths import REFERENCE_PX, Glyph, PlacedLabel, TextChar
from app.canvas.shapes import annular_sector, annulus, lock_icon, point_at
from app.core.geometry import step_of
from app.core.wheel_layout import Palette, RingColours, reads_clockwise

EDGE_WIDTH = 3.0  # scene units (the wheel's outer radius is 1000)
DIM_OPACITY = 0.62  # how much of the background colour covers a dimmed segment
HOVER_OPACITY = 0.22
SELECTION_WIDTH = 9.0
LOCK_SIZE = 64.0
# Fills reach this far inside the inner radius, under the ring or axis painted over them,
# so no pixel between two rings is left unpainted (scene units).
FILL_OVERLAP = 2.0


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
        palette: Palette,
        colours: RingColours,
        sprites: GlyphSprites | None = None,
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
        filled = [
            annular_sector(inner - FILL_OVERLAP, outer, i * self.step - self.step / 2, self.step)
            for i in range(segment_count)
        ]
        self._even = _union(filled[0::2])
        self._odd = _union(filled[1::2])
        # Boundaries are drawn with a pen: far cheaper per frame than filling a stroked outline.
        self._boundaries = [
            QLineF(
                point_at(inner, i * self.step - self.step / 2),
                point_at(outer, i * self.step - self.step / 2),
            )
            for i in range(segment_count)
        ]
        self._shape = annulus(inner, outer)
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
        self.room_marks = RoomMarks(self)
        self.turning = False  # the wheel is in motion: labels come from sprites
        self._sprites = sprites
        # Labels as text characters (for an SVG), per segment: (clockwise, anticlockwise).
        self._text_labels: list[tuple[tuple[TextChar, ...], tuple[TextChar, ...]]] | None = None
        self._text_font: QFont | None = None
        # Per (device scale, colour): each label's glyphs with their sprites, read clockwise
        # and anticlockwise; looked up once, not every frame. Cleared when the labels or
        # colours change; the latest two are kept (a view and its image export, say).
        self._placed: dict[
            tuple[float, int], list[tuple[tuple[PlacedSprites, ...], tuple[PlacedSprites, ...]]]
        ] = {}
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
        self.rim_colour = QColor(colours.edge)
        self.beam_colour = QColor(palette.beam)
        self.beam_opacity = palette.beam_opacity
        dim = QColor(palette.background)
        dim.setAlphaF(DIM_OPACITY)
        self._dim_brush = QBrush(dim)
        hover = QColor("#ffffff")
        hover.setAlphaF(HOVER_OPACITY)
        self._hover_brush = QBrush(hover)
        self._marker = QBrush(QColor(palette.core.fill))
        self._placed = {}
        self.update()

    def set_labels(self, labels: Sequence[PlacedLabel]) -> None:
        if len(labels) != self.segment_count:
            raise ValueError("one label per segment")
        self._labels = list(labels)
        self._placed = {}
        self.update()

    @property
    def labels(self) -> tuple[PlacedLabel, ...]:
        return tuple(self._labels)

    @property
    def text_colour(self) -> QColor:
        return self._text.color()

    def all_glyphs(self) -> list[Glyph]:
        """Every glyph of every label, read either way round."""
        return [
            glyph
            for label in self._labels
            for clockwise in (True, False)
            for glyph in label.glyphs(clockwise)
        ]

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
        self.room_marks.update()

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()
        self.room_marks.update()

    def set_turning(self, turning: bool) -> None:
        """While the wheel moves, labels are drawn fast; at rest, as exact outlines."""
        if turning != self.turning:
            self.turning = turning
            if not turning:
                self.update()

    def label_reads_clockwise(self, segment: int) -> bool:
        """Whether segment `segment`'s label runs clockwise at the ring's current rotation."""
        return reads_clockwise(self.rotation() + segment * self.step)

    def segment_colour(self, segment: int) -> QColor:
        """The colour segment `segment` shows: its fill, lightened while hovered."""
        fill = (self._fill if segment % 2 == 0 else self._fill_alternate).color()
        if segment == self._hovered:
            return blend(self._hover_brush.color(), fill, self._hover_brush.color().alphaF())
        return fill

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

    def paint_body(self, painter: QPainter) -> None:
        """The segment fills (and the hovered one), for `WheelBase`; painter in ring units."""
        painter.setPen(Qt.PenStyle.NoPen)
        # Filled without antialiasing (a fifth of the cost, more at 4K): the sectors' stepped
        # edges lie under the antialiased boundary lines and rims painted over them, or under
        # the ring or axis inside this one, painted later.
        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillPath(self._even, self._fill)
        painter.fillPath(self._odd, self._fill_alternate)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
        if self._hovered is not None:  # opaque: a translucent fill may wait for Qt's threads
            painter.fillPath(self._sectors[self._hovered], self.segment_colour(self._hovered))

    def paint_boundaries(self, painter: QPainter) -> None:
        """The lines between segments, for `WheelBase`; painter in ring units."""
        painter.setPen(self._edge)
        painter.drawLines(self._boundaries)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        rotation = self.rotation()
        painter.setPen(Qt.PenStyle.NoPen)
        if self._text_labels is not None:
            self._paint_text(painter, rotation)
        elif not self._paint_sprites(painter, rotation):
            # Outlines while turning only until the sprites exist (a few idle moments after a
            # first turn at a new size): drawn without antialiasing they cost a third, so that
            # first frame stays within 3x a warm one; the labels are crisp again at rest.
            antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(
                QPainter.RenderHint.Antialiasing, antialiased and not self.turning
            )
            for index, label in enumerate(self._labels):
                clockwise = reads_clockwise(rotation + index * self.step)
                painter.fillPath(label.path(clockwise), self._text)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
        for index in self._dimmed:
            painter.fillPath(self._sectors[index], self._dim_brush)

    def paint_room_marks(self, painter: QPainter) -> None:
        """The selection outline and the lock, fixed to the room (see `RoomMarks`)."""
        if self.selected or self.locked:
            rotation = self.rotation()
            painter.rotate(-rotation)
            if self.selected:
                painter.fillPath(self._selection, self._marker)
            painter.fillPath(self._lock_closed if self.locked else self._lock_open, self._marker)
            painter.rotate(rotation)

    def set_text_labels(
        self,
        labels: list[tuple[tuple[TextChar, ...], tuple[TextChar, ...]]] | None,
        font: QFont | None,
    ) -> None:
        """Draw the labels as text, character by character (None: as outlines, the default).

        For an SVG: its text stays text. `font` is the shaper's font at `REFERENCE_PX`."""
        self._text_labels = labels
        self._text_font = font
        self.update()

    def _paint_text(self, painter: QPainter, rotation: float) -> None:
        painter.setPen(QPen(self._text.color()))
        assert self._text_font is not None  # set_text_labels gives the labels with their font
        painter.setFont(self._text_font)
        for index, (clockwise, anticlockwise) in enumerate(self._text_labels or ()):
            size = self._labels[index].fit.size
            reads = reads_clockwise(rotation + index * self.step)
            for character, x, y, turn, width in clockwise if reads else anticlockwise:
                painter.save()
                painter.translate(x, y)
                painter.rotate(turn)
                painter.scale(size / REFERENCE_PX, size / REFERENCE_PX)
                painter.drawText(QPointF(-width / 2, 0.0), character)
                painter.restore()
        painter.setPen(Qt.PenStyle.NoPen)

    def _paint_sprites(self, painter: QPainter, rotation: float) -> bool:
        """Draw the labels from glyph sprites while the ring is off a detent or the wheel
        turns; False (nothing drawn) at rest or when the view is not a plain rotation and
        scale, where the outlines are drawn instead."""
        on_detent = abs(rotation / self.step - round(rotation / self.step)) < 1e-9
        if self._sprites is None or (on_detent and not self.turning):
            return False
        device = painter.deviceTransform()
        if abs(device.m11() - device.m22()) > 1e-9 or abs(device.m12() + device.m21()) > 1e-9:
            return False
        scale = math.hypot(device.m11(), device.m12())
        if scale <= 0.0:
            return False
        colour = self._text.color()
        key = (round(scale, 6), colour.rgba())
        placed = self._placed.get(key)
        if placed is None:
            placed = self._place_sprites(colour, scale)
            if placed is None:
                return False
            while len(self._placed) >= 2:
                del self._placed[next(iter(self._placed))]
            self._placed[key] = placed
        world = painter.worldTransform()
        # Paint in device pixels, so each sprite is a plain copy.
        painter.setWorldTransform(device.inverted()[0] * world)
        step = self.step
        for index, (clockwise, anticlockwise) in enumerate(placed):
            reads = reads_clockwise(rotation + index * step)
            draw_placed(painter, clockwise if reads else anticlockwise, device)
        painter.setWorldTransform(world)
        return True

    def _place_sprites(
        self, colour: QColor, scale: float
    ) -> list[tuple[tuple[PlacedSprites, ...], tuple[PlacedSprites, ...]]] | None:
        """Every label's glyphs with their sprites, or None while some are still missing:
        the first frames at a new size draw outlines (as at rest) while the sprites are
        made in idle moments, so a first turn never waits for hundreds of images."""
        assert self._sprites is not None
        if not self._sprites.available(colour, scale):
            return None
        placed = []
        for label in self._labels:
            clockwise = self._sprites.placed(label.glyphs(True), colour, scale)
            anticlockwise = self._sprites.placed(label.glyphs(False), colour, scale)
            if clockwise is None or anticlockwise is None:
                return None
            placed.append((clockwise, anticlockwise))
        return placed


def _union(paths: Sequence[QPainterPath]) -> QPainterPath:
    result = QPainterPath()
    result.setFillRule(Qt.FillRule.WindingFill)
    for path in paths:
        result.addPath(path)
    return result


class RoomMarks(QGraphicsItem):
    """A ring's selection outline and lock, over the ring's post-it stacks (a child drawn
    after its stacking siblings); it takes no pointer, so the lock's press reaches the scene."""

    Z = 10.0  # over the stacks (5)

    def __init__(self, ring: RingItem) -> None:
        super().__init__(ring)
        self.ring = ring
        self.setZValue(self.Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        reach = ring.outer + EDGE_WIDTH
        self._bounds = QRectF(-reach, -reach, 2 * reach, 2 * reach)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """Nothing to hit: what lies under the marks (a stack, the ring) answers the pointer,
        and the scene finds the lock itself (`WheelScene.lock_at`)."""
        return QPainterPath()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        self.ring.paint_room_marks(painter)
