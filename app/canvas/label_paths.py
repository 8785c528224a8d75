"""Curved labels: text broken into arc lines and bent along its segment as a QPainterPath.

Paths are built once per text, size and place and cached; a frame only chooses between a
label's two orientations (clockwise on the upper half, anticlockwise on the lower half so it
never stands on its head) and lets the painter's rotation do the rest. Each orientation is
bent the first time it is asked for: a first frame bends only what it shows (half of the
work, which is most of building the scene), the rest follows in idle time or when a turn
needs it.

A label's straight glyph outline is built at a large reference size and every point of it is
mapped onto the arc (x → angle along the baseline radius, y → radius), so glyphs bend with
the ring instead of sitting on it as stiff little boxes.

Each label also lists its glyphs one by one, as rigid shapes with a place and a turn on the
ring: while the wheel turns, `glyph_sprites` draws them from small pre-rendered images.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QTextLayout, QTransform

from app.canvas.fonts import wheel_font
from app.core.wheel_layout import (
    LINE_SPACING,
    FontShape,
    LabelFit,
    fit_label,
    label_baselines,
    label_room,
    max_label_lines,
)

# Glyph outlines are taken at this pixel size and scaled down: large enough that the outline
# keeps every curve, so scaling never shows facets.
_REFERENCE_PX = 200
REFERENCE_PX = _REFERENCE_PX
# QPainterPath in a QDataStream (Qt's default big-endian, double precision): an element count,
# then per element its type and x, y.
_COUNT = struct.Struct(">i")
_ELEMENT = struct.Struct(">idd")


@dataclass(frozen=True, slots=True)
class ArcBand:
    """Where a label lives: between two radii, centred on an angle, spanning a sweep (°)."""

    inner: float
    outer: float
    centre: float
    sweep: float

    @property
    def middle(self) -> float:
        return (self.inner + self.outer) / 2


# One character of a label drawn as text (for SVG): the character, the point of the ring its
# baseline centre sits on (x, y in ring coordinates), its turn (degrees) and its advance width
# at the shaper's reference size.
TextChar = tuple[str, float, float, float, float]

# One glyph of a placed label: its outline's id (`LabelShaper.outline`), the point of the ring
# the outline's centre sits on (x, y in ring coordinates) and how far it is turned (degrees).
Glyph = tuple[int, float, float, float]


@dataclass(frozen=True, slots=True)
class PlacedLabel:
    """A label fitted into its band; its outline and its glyphs for each reading direction.

    A value: equal labels have the same fit, band and shaper. Each orientation's outline and
    glyph list is made on first use and kept (the caches take no part in the value)."""

    fit: LabelFit
    band: ArcBand
    shaper: LabelShaper = field(repr=False)
    _paths: dict[bool, QPainterPath] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _glyphs: dict[bool, tuple[Glyph, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def path(self, clockwise: bool) -> QPainterPath:
        """The outline bent along the arc, reading clockwise or anticlockwise."""
        path = self._paths.get(clockwise)
        if path is None:
            path = self._paths[clockwise] = self.shaper.bend(self.fit, self.band, clockwise)
        return path

    def glyphs(self, clockwise: bool) -> tuple[Glyph, ...]:
        """The glyphs one by one, placed as `path(clockwise)` places them."""
        glyphs = self._glyphs.get(clockwise)
        if glyphs is None:
            glyphs = self._glyphs[clockwise] = self.shaper.glyphs(self.fit, self.band, clockwise)
        return glyphs

    def complete(self) -> None:
        """Make what is still missing (both outlines, both glyph lists) now."""
        for clockwise in (True, False):
            self.path(clockwise)
            self.glyphs(clockwise)


class LabelShaper:
    """Fits and bends labels in one font; caches what it builds (paths are immutable values)."""

    def __init__(self, bold: bool = False) -> None:
        self._font = wheel_font(_REFERENCE_PX, bold)
        self._metrics = QFontMetricsF(self._font)
        self._cache: dict[tuple[str, ArcBand, float, float], PlacedLabel] = {}
        self._outlines: list[QPainterPath] = []
        self._outline_ids: dict[tuple[str, str, float, int, float], int] = {}
        self._line_glyphs: dict[tuple[str, float], list[tuple[int, float, float]]] = {}

    @property
    def cap_height_ratio(self) -> float:
        """Cap height as a share of the font size."""
        return self._metrics.capHeight() / _REFERENCE_PX

    def outline(self, outline_id: int) -> QPainterPath:
        """A glyph's upright outline in scene units, centred on the origin."""
        return self._outlines[outline_id]

    def measure(self, line: str, size: float) -> float:
        """Advance width of `line` at font size `size` (any unit: widths scale with size)."""
        return self._metrics.horizontalAdvance(line) * size / _REFERENCE_PX

    @property
    def shape(self) -> FontShape:
        """The font's vertical proportions, for the shared label geometry."""
        return FontShape(self.cap_height_ratio, self._metrics.descent() / _REFERENCE_PX)

    def _room(self, band: ArcBand, line_count: int, size: float) -> float:
        """Arc length one line may take (`app.core.wheel_layout.label_room`)."""
        return label_room(band.inner, band.outer, band.sweep, line_count, size, self.shape)

    def place(self, text: str, band: ArcBand, preferred: float, minimum: float) -> PlacedLabel:
        """Fit `text` into `band` (wrapping to two lines, then shrinking) and bend it."""
        key = (text, band, preferred, minimum)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        fit = fit_label(
            text,
            self.measure,
            lambda _line, count, size: self._room(band, count, size),
            preferred,
            minimum,
            max_label_lines(band.inner, band.outer, minimum, self.shape),
        )
        placed = PlacedLabel(self._elided(fit, band), band, self)
        self._cache[key] = placed
        return placed

    def _elided(self, fit: LabelFit, band: ArcBand) -> LabelFit:
        """Cut lines that still overflow at the minimum size short with an ellipsis."""
        room = self._room(band, len(fit.lines), fit.size)
        if room <= 0.0:  # too many lines for the ring's width: keep the first, elided
            return self._elided(LabelFit((" ".join(fit.lines),), fit.size), band)
        reference_room = room * _REFERENCE_PX / fit.size
        lines = tuple(
            line
            if self.measure(line, fit.size) <= room
            else self._metrics.elidedText(line, Qt.TextElideMode.ElideRight, reference_room)
            for line in fit.lines
        )
        return LabelFit(lines, fit.size)

    def bend(self, fit: LabelFit, band: ArcBand, clockwise: bool) -> QPainterPath:
        """`fit`'s outline bent along `band`, reading clockwise or anticlockwise."""
        scale = fit.size / _REFERENCE_PX
        result = QPainterPath()
        result.setFillRule(Qt.FillRule.WindingFill)
        for line, baseline in zip(fit.lines, self._baselines(fit, band, clockwise), strict=True):
            straight = QPainterPath()
            straight.addText(QPointF(0, 0), self._font, line)
            half_width = self._metrics.horizontalAdvance(line) / 2
            result.addPath(_onto_arc(straight, half_width, scale, baseline, band.centre, clockwise))
        return result

    def glyphs(self, fit: LabelFit, band: ArcBand, clockwise: bool) -> tuple[Glyph, ...]:
        """`fit`'s glyphs placed as `bend` places its outline: each glyph's centre mapped
        onto the arc as the outline's points are, the glyph turned with the arc there."""
        scale = fit.size / _REFERENCE_PX
        sign = 1.0 if clockwise else -1.0
        glyphs: list[Glyph] = []
        for line, baseline in zip(fit.lines, self._baselines(fit, band, clockwise), strict=True):
            half_width = self._metrics.horizontalAdvance(line) / 2
            for outline_id, x, y in self._glyphs_of(line, fit.size):
                angle = band.centre + sign * math.degrees((x - half_width) * scale / baseline)
                radius = baseline - sign * y * scale
                radians = math.radians(angle)
                turn = angle if clockwise else angle + 180.0
                glyphs.append(
                    (outline_id, radius * math.sin(radians), -radius * math.cos(radians), turn)
                )
        return tuple(glyphs)

    def _baselines(self, fit: LabelFit, band: ArcBand, clockwise: bool) -> tuple[float, ...]:
        return label_baselines(
            band.inner, band.outer, len(fit.lines), fit.size, self.shape, clockwise
        )

    @property
    def reference_font(self) -> QFont:
        """The font labels are shaped in, at `REFERENCE_PX`; scale by size / REFERENCE_PX."""
        return self._font

    def characters(self, fit: LabelFit, band: ArcBand, clockwise: bool) -> tuple[TextChar, ...]:
        """The label's characters one by one along the arc, placed as `bend` places the
        outline: for drawing the label as text (an SVG a vector editor can search and edit)."""
        scale = fit.size / _REFERENCE_PX
        sign = 1.0 if clockwise else -1.0
        cap = self.cap_height_ratio * fit.size
        line_height = fit.size * LINE_SPACING
        height = cap + (len(fit.lines) - 1) * line_height
        placed: list[TextChar] = []
        for number, line in enumerate(fit.lines):
            down = cap + number * line_height
            if clockwise:
                baseline = band.middle + height / 2 - down
            else:
                baseline = band.middle - height / 2 + down
            half_width = self._metrics.horizontalAdvance(line) / 2
            for index, character in enumerate(line):
                if character.isspace():
                    continue
                width = self._metrics.horizontalAdvance(character)
                middle = self._metrics.horizontalAdvance(line[:index]) + width / 2
                angle = band.centre + sign * math.degrees((middle - half_width) * scale / baseline)
                radians = math.radians(angle)
                turn = angle if clockwise else angle + 180.0
                x, y = baseline * math.sin(radians), -baseline * math.cos(radians)
                placed.append((character, x, y, turn, width))
        return tuple(placed)

    def _glyphs_of(self, line: str, size: float) -> list[tuple[int, float, float]]:
        """The glyphs of a straight line of text (baseline y = 0, reference pixels): each
        one's outline id at font size `size` and the centre of its outline."""
        key = (line, size)
        cached = self._line_glyphs.get(key)
        if cached is not None:
            return cached
        layout = QTextLayout(line, self._font)  # shaped as QPainterPath.addText shapes it
        layout.beginLayout()
        text_line = layout.createLine()
        layout.endLayout()
        glyphs = []
        for run in text_line.glyphRuns():
            raw = run.rawFont()
            for index, position in zip(run.glyphIndexes(), run.positions(), strict=True):
                outline = raw.pathForGlyph(index)
                if outline.isEmpty():  # a space
                    continue
                centre = outline.boundingRect().center()
                identity = (raw.familyName(), raw.styleName(), raw.pixelSize(), index, size)
                outline_id = self._outline_ids.get(identity)
                if outline_id is None:
                    scale = size / raw.pixelSize()
                    upright = QTransform().scale(scale, scale).translate(-centre.x(), -centre.y())
                    outline_id = self._outline_ids[identity] = len(self._outlines)
                    self._outlines.append(upright.map(outline))
                x = position.x() + centre.x()
                y = position.y() - text_line.ascent() + centre.y()
                glyphs.append((outline_id, x, y))
        self._line_glyphs[key] = glyphs
        return glyphs


def _onto_arc(
    path: QPainterPath,
    half_width: float,
    scale: float,
    baseline: float,
    centre: float,
    clockwise: bool,
) -> QPainterPath:
    """Map a straight text outline (baseline y = 0) onto a circle of radius `baseline`.

    The outline's points are read and written in QPainterPath's documented QDataStream form
    (count; per element its type and x, y as big-endian doubles; the subpath start; the fill
    rule) rather than element by element: one call into Qt each way instead of thousands,
    which makes the labels of a first frame several times quicker to bend.
    """
    sign = 1.0 if clockwise else -1.0
    centre_radians = math.radians(centre)
    along_scale = sign * scale / baseline  # radians per reference pixel along the line
    up_scale = -sign * scale  # Qt's y points down; glyphs rise to negative y
    # Each stream keeps only a pointer to its byte array: both stay named while in use.
    data = QByteArray()
    writer = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    writer << path
    raw = bytearray(data.data())
    count = _COUNT.unpack_from(raw)[0]
    end = _COUNT.size + count * _ELEMENT.size
    elements = [
        (kind, baseline + up_scale * y, centre_radians + along_scale * (x - half_width))
        for kind, x, y in _ELEMENT.iter_unpack(raw[_COUNT.size : end])
    ]
    raw[_COUNT.size : end] = b"".join(
        [
            _ELEMENT.pack(kind, radius * math.sin(angle), -radius * math.cos(angle))
            for kind, radius, angle in elements
        ]
    )
    bent = QPainterPath()
    mapped = QByteArray(bytes(raw))
    reader = QDataStream(mapped, QIODevice.OpenModeFlag.ReadOnly)
    reader >> bent
    return bent
