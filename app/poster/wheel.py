"""The wheel drawn in vector on a ReportLab canvas, from the same layout as the screen.

Explicit geometry in, drawing out: a centre and an outer radius in points, angles from
`app.core.geometry` (degrees, 0° at 12 o'clock, clockwise). The only conversion to ReportLab's
convention (counter-clockwise from 3 o'clock) happens in `_rl_angle` and `_point`.

Labels run along their arcs, glyph by glyph, inside one text object per arc line, so the text
stays selectable and extractable in reading order.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas

from app.core.geometry import (
    Arrangement,
    rotation_for_focus,
    segment_arc,
    sightline_angles,
)
from app.core.model import Language, Model
from app.core.wheel_layout import (
    CALM,
    CORE_RADIUS,
    DEJAVU_SANS,
    POSTER_LABEL,
    RING_BOUNDS,
    LabelFit,
    Palette,
    fit_label,
    label_baselines,
    label_room,
    max_label_lines,
    reads_clockwise,
)
from app.core.wording import Wording
from app.poster.fonts import BOLD, REGULAR, text_width

# Label sizes in units of the outer radius (the arc and band fill, the line spacing and the
# wrapping rule are the screen's, from app.core.wheel_layout).
LABEL_SIZE = POSTER_LABEL.preferred
LABEL_MINIMUM = POSTER_LABEL.minimum
CORE_LABEL_SIZE = 0.034
# The core's four parts are labelled in a band around a small centre that carries the core's name.
CORE_CENTRE = 0.12
# The beam's half-width, as a fraction of half a stakeholder segment.
BEAM_WIDTH = 0.62
# A glyph's visual middle sits this fraction of the type size above its baseline.
_MIDDLE = 0.36


def _rl_angle(angle: float) -> float:
    """Our angle (0° at 12 o'clock, clockwise) as ReportLab's (0° at 3 o'clock, anticlockwise)."""
    return 90.0 - angle


def _point(cx: float, cy: float, radius: float, angle: float) -> tuple[float, float]:
    radians = math.radians(angle)
    return cx + radius * math.sin(radians), cy + radius * math.cos(radians)


def colour(hex_colour: str, alpha: float = 1.0) -> Color:
    """A `#rrggbb` palette colour as a ReportLab colour."""
    result = HexColor(hex_colour)
    return Color(result.red, result.green, result.blue, alpha) if alpha < 1.0 else result


@dataclass(frozen=True, slots=True)
class WheelPlace:
    """Where the wheel goes: its centre and outer radius in points."""

    cx: float
    cy: float
    radius: float

    def at(self, fraction: float, angle: float) -> tuple[float, float]:
        return _point(self.cx, self.cy, fraction * self.radius, angle)


def annulus_sector(
    canvas: Canvas,
    place: WheelPlace,
    inner: float,
    outer: float,
    start: float,
    sweep: float,
    *,
    fill: bool = True,
    stroke: bool = False,
) -> None:
    """Draw the ring piece between radii `inner`..`outer` (fractions) over [start, start+sweep)."""
    cx, cy, r = place.cx, place.cy, place.radius
    path = canvas.beginPath()
    path.arc(
        cx - outer * r, cy - outer * r, cx + outer * r, cy + outer * r, _rl_angle(start), -sweep
    )
    if inner > 0:
        path.arcTo(
            cx - inner * r,
            cy - inner * r,
            cx + inner * r,
            cy + inner * r,
            _rl_angle(start + sweep),
            sweep,
        )
    else:
        path.lineTo(cx, cy)
    path.close()
    canvas.drawPath(path, fill=1 if fill else 0, stroke=1 if stroke else 0)


def draw_arc_text(
    canvas: Canvas,
    place: WheelPlace,
    text: str,
    radius: float,
    mid_angle: float,
    size: float,
    font: str = REGULAR,
) -> None:
    """Draw one line of text centred on `mid_angle`, its glyphs' middles on `radius` (points).

    Upright wherever it is: clockwise on the upper half, anticlockwise on the lower half.
    `size` is in points.
    """
    clockwise = reads_clockwise(mid_angle)
    width = text_width(text, size, bold=font == BOLD)
    span = math.degrees(width / radius)
    # The baseline lies nearer the centre for upright-outward glyphs, further out otherwise.
    baseline = radius - _MIDDLE * size if clockwise else radius + _MIDDLE * size
    sign = 1.0 if clockwise else -1.0
    angle = mid_angle - sign * span / 2
    text_object = canvas.beginText()
    text_object.setFont(font, size)
    for glyph in text:
        advance = text_width(glyph, size, bold=font == BOLD)
        middle = angle + sign * math.degrees(advance / 2 / radius)
        # Tangent pointing along the reading direction; glyphs rotate with it.
        rotation = math.radians(-middle if clockwise else 180.0 - middle)
        cos, sin = math.cos(rotation), math.sin(rotation)
        x, y = _point(place.cx, place.cy, baseline, middle)
        x -= cos * advance / 2
        y -= sin * advance / 2
        text_object.setTextTransform(cos, sin, -sin, cos, x, y)
        text_object.textOut(glyph)
        angle += sign * math.degrees(advance / radius)
    canvas.drawText(text_object)


def _searchable_text(
    canvas: Canvas,
    place: WheelPlace,
    text: str,
    band: tuple[float, float],
    mid_angle: float,
    sweep: float,
    font: str,
) -> None:
    """The whole label once more, straight and invisible, in the middle of its segment."""
    inner, outer = band[0] * place.radius, band[1] * place.radius
    middle = (inner + outer) / 2
    chord = 2 * middle * math.sin(math.radians(min(sweep, 180.0)) / 2)
    x, y = _point(place.cx, place.cy, middle, mid_angle)
    draw_hidden_text(canvas, text, x, y, min(chord, outer - inner) * 0.8, font)


@contextmanager
def read_as(canvas: Canvas, text: str) -> Iterator[None]:
    """What is drawn inside reads as `text`: its /ActualText (PDF 32000-1, 14.9.4).

    Text turned with a post-it or set glyph by glyph along an arc is otherwise read in pieces:
    poppler's `pdftotext` (and with it CUPS and print shops' tools) sorts turned glyphs into
    the lines around them; pdfium (Chrome) and poppler read the span as one run instead. The
    string is UTF-16BE with its byte order mark, as hex: no escaping, any character.
    """
    encoded = ("\ufeff" + " ".join(text.split())).encode("utf-16-be").hex().upper()
    canvas.addLiteral(f"/Span <</ActualText <{encoded}>>> BDC")
    yield
    canvas.addLiteral("EMC")


def draw_hidden_text(
    canvas: Canvas, text: str, x: float, y: float, room: float, font: str = REGULAR
) -> None:
    """`text` in one straight, upright run centred on (x, y), no wider than `room`, in text
    render mode 3 (neither filled nor stroked: found, never seen).

    Text drawn along an arc or turned with a post-it is placed glyph by glyph or at an angle;
    PDF viewers' search (pdfium in Chrome), pypdf and poppler's `pdftotext` (with it CUPS'
    and print shops' tools) then find it in pieces or not at all. This run gives them the whole
    text where it stands; no wider than the thing it names, so runs never cross.
    """
    width_at_one = max(text_width(text, 1.0, bold=font == BOLD), 1e-6)
    size = min(room / width_at_one, 8.0)
    width = width_at_one * size
    text_object = canvas.beginText()
    text_object.setTextRenderMode(3)
    text_object.setFont(font, size)
    text_object.setTextOrigin(x - width / 2, y - size * 0.35)
    text_object.textOut(text)
    text_object.setTextRenderMode(0)  # the mode outlives the text object: back to filled
    canvas.drawText(text_object)


def _line_middles(
    band: tuple[float, float], count: int, size: float, clockwise: bool
) -> list[float]:
    """Radii (fractions) of the glyph middles of a label's lines, in reading order, from the
    shared baselines (glyphs stand outward on clockwise labels, inward otherwise)."""
    baselines = label_baselines(band[0], band[1], count, size, DEJAVU_SANS, clockwise)
    lift = _MIDDLE * size if clockwise else -_MIDDLE * size
    return [baseline + lift for baseline in baselines]


def draw_arc_label(
    canvas: Canvas,
    place: WheelPlace,
    text: str,
    band: tuple[float, float],
    start: float,
    sweep: float,
    fill_colour: str,
    preferred: float = LABEL_SIZE,
    font: str = REGULAR,
) -> None:
    """Fit `text` into the segment [start, start+sweep) of `band` and draw it along the arc."""
    mid_angle = start + sweep / 2
    clockwise = reads_clockwise(mid_angle)
    max_lines = max_label_lines(band[0], band[1], LABEL_MINIMUM, DEJAVU_SANS)

    def measure(line: str, size: float) -> float:
        return text_width(line, size, bold=font == BOLD)

    def arc_length(_line: int, count: int, size: float) -> float:
        return label_room(band[0], band[1], sweep, count, size, DEJAVU_SANS)

    fit = fit_label(text, measure, arc_length, preferred, LABEL_MINIMUM, max_lines)
    _searchable_text(canvas, place, " ".join(text.split()), band, mid_angle, sweep, font)
    canvas.setFillColor(colour(fill_colour))
    radii = _line_middles(band, len(fit.lines), fit.size, clockwise)
    with read_as(canvas, text):
        _draw_label_lines(canvas, place, fit, radii, arc_length, mid_angle, font)


def _draw_label_lines(
    canvas: Canvas,
    place: WheelPlace,
    fit: LabelFit,
    radii: list[float],
    arc_length: Callable[[int, int, float], float],
    mid_angle: float,
    font: str,
) -> None:
    for number, (line, radius) in enumerate(zip(fit.lines, radii, strict=True)):
        room = arc_length(number, len(fit.lines), fit.size)
        line_text = _elide(line, fit.size, room, font == BOLD)
        draw_arc_text(
            canvas,
            place,
            line_text,
            radius * place.radius,
            mid_angle,
            fit.size * place.radius,
            font,
        )


def _elide(line: str, size: float, room: float, bold: bool) -> str:
    """The line, shortened with an ellipsis if it does not fit even at the minimum size."""
    if text_width(line, size, bold) <= room or len(line) < 4:
        return line
    while len(line) > 3 and text_width(line + "…", size, bold) > room:
        line = line[:-1]
    return line.rstrip() + "…"


def disc_ink(place: WheelPlace, strips: int = 96) -> list[tuple[float, float, float, float]]:
    """The wheel as boxes (left, bottom, right, top): horizontal strips that together cover its
    disc but not its square's corners (a tile of a tiled poster there holds nothing of it)."""
    boxes = []
    step = 2 * place.radius / strips
    for strip in range(strips):
        low = place.cy - place.radius + strip * step
        nearest = (
            min(abs(low - place.cy), abs(low + step - place.cy))
            if strip
            not in (
                strips // 2 - 1,
                strips // 2,
            )
            else 0.0
        )
        half = math.sqrt(max(place.radius**2 - nearest**2, 0.0))
        boxes.append((place.cx - half, low, place.cx + half, low + step))
    return boxes


def draw_wheel(
    canvas: Canvas,
    model: Model,
    place: WheelPlace,
    language: Language,
    *,
    arrangement: Arrangement | None = None,
    palette: Palette = CALM,
    stakeholder_names: Mapping[str, str] | None = None,
    beam: bool = False,
) -> None:
    """Draw the whole wheel: core, impact rings, stakeholder ring, labels, and optionally the beam.

    `arrangement` says which segment of each ring lies on the focus sightline (all at rest
    when None); `stakeholder_names` replaces a stakeholder segment's label by the network's
    own name for it.
    """
    arrangement = arrangement or Arrangement(tuple(0 for _ in model.rings))
    wording = Wording.of(model, language, stakeholder_names or {})
    canvas.saveState()
    canvas.setLineJoin(1)
    # Rings first, then beam and sightlines over their fills, then edges and labels on top.
    pieces = []
    for ring_index, ring in enumerate(model.rings):
        colours = palette.ring_colours(ring_index, len(model.rings))
        rotation = rotation_for_focus(arrangement.indices[ring_index], ring.segment_count)
        band = RING_BOUNDS[ring_index]
        for index, segment in enumerate(ring.segments):
            start, sweep = segment_arc(index, rotation, ring.segment_count)
            canvas.setFillColor(colour(colours.fill if index % 2 == 0 else colours.fill_alternate))
            annulus_sector(canvas, place, band[0], band[1], start, sweep)
            label = wording.segment(segment.key)
            pieces.append((band, start, sweep, colours, label))
    _draw_core_disc(canvas, model, place, palette)
    _draw_sightlines(canvas, model, place, palette, beam)
    canvas.setLineWidth(max(0.5, place.radius * 0.0022))
    for band, start, sweep, colours, _label in pieces:
        canvas.setStrokeColor(colour(colours.edge))
        annulus_sector(canvas, place, band[0], band[1], start, sweep, fill=False, stroke=True)
    for band, start, sweep, colours, label in pieces:
        draw_arc_label(canvas, place, label, band, start, sweep, colours.text)
    _draw_core_labels(canvas, model, place, language, palette)
    canvas.restoreState()


def _draw_core_disc(canvas: Canvas, model: Model, place: WheelPlace, palette: Palette) -> None:
    canvas.setFillColor(colour(palette.core.fill))
    canvas.circle(place.cx, place.cy, CORE_RADIUS * place.radius, stroke=0, fill=1)
    # Thin light lines part the core's four parts without turning it into another ring.
    canvas.setStrokeColor(colour(palette.core.text, 0.35))
    canvas.setLineWidth(max(0.4, place.radius * 0.0015))
    count = model.core.segment_count
    for index in range(count):
        start, _sweep = segment_arc(index, 0.0, count)
        x0, y0 = place.at(CORE_CENTRE, start)
        x1, y1 = place.at(CORE_RADIUS - 0.015, start)
        canvas.line(x0, y0, x1, y1)
    canvas.circle(place.cx, place.cy, CORE_CENTRE * place.radius, stroke=1, fill=0)


def _draw_core_labels(
    canvas: Canvas, model: Model, place: WheelPlace, language: Language, palette: Palette
) -> None:
    count = model.core.segment_count
    band = (CORE_CENTRE + 0.01, CORE_RADIUS - 0.01)
    for index, part in enumerate(model.core.segments):
        start, sweep = segment_arc(index, 0.0, count)
        draw_arc_label(
            canvas,
            place,
            part.label.in_(language),
            band,
            start,
            sweep,
            palette.core.text,
            preferred=CORE_LABEL_SIZE,
        )
    # The core's own name in the middle, on one or two straight lines.
    title = model.core.label.in_(language)
    size = CORE_LABEL_SIZE * 0.9 * place.radius
    room = 2 * CORE_CENTRE * place.radius * 0.85
    lines = [title] if text_width(title, size, True) <= room else title.split(" ", 1)
    while size > 5 and max(text_width(line, size, True) for line in lines) > room:
        size *= 0.92
    canvas.setFillColor(colour(palette.core.text))
    top = place.cy + (len(lines) - 1) * size * 0.6 - size * _MIDDLE
    for number, line in enumerate(lines):
        canvas.setFont(BOLD, size)
        canvas.drawCentredString(place.cx, top - number * size * 1.2, line)


def _draw_sightlines(
    canvas: Canvas, model: Model, place: WheelPlace, palette: Palette, beam: bool
) -> None:
    """The focus beam (a translucent wedge) and faint lines along the other sightlines."""
    count = model.stakeholder_ring.segment_count
    half = 360.0 / count / 2 * BEAM_WIDTH
    angles = sightline_angles(count)
    if beam:
        canvas.setFillColor(colour(palette.beam, palette.beam_opacity))
        annulus_sector(canvas, place, CORE_RADIUS, 1.0, angles[0] - half, 2 * half)
        canvas.setStrokeColor(colour(palette.beam))
        canvas.setLineWidth(max(1.0, place.radius * 0.005))
        annulus_sector(
            canvas, place, CORE_RADIUS, 1.0, angles[0] - half, 2 * half, fill=False, stroke=True
        )
    canvas.setStrokeColor(colour(palette.faint_sightline, 0.45))
    canvas.setLineWidth(max(0.4, place.radius * 0.0018))
    canvas.setDash(place.radius * 0.012, place.radius * 0.012)
    for angle in angles[1:] if beam else ():
        x0, y0 = place.at(CORE_RADIUS, angle)
        x1, y1 = place.at(1.0, angle)
        canvas.line(x0, y0, x1, y1)
    canvas.setDash()
