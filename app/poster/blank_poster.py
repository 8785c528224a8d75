"""The workshop poster: the whole wheel, the network's name and an empty field per ring."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from app.core.geometry import Arrangement
from app.core.model import Language, Model
from app.core.wheel_layout import CALM, Palette, RingColours
from app.poster.fonts import BOLD, REGULAR
from app.poster.page import (
    MARGIN,
    MUTED,
    Orientation,
    a3_size,
    draw_footer,
    draw_header,
    fitted_size,
    header_rule,
    shortened,
    today_text,
)
from app.poster.sizing import SheetOutput
from app.poster.texts import words
from app.poster.tiling import PosterSize, SheetSize
from app.poster.wheel import WheelPlace, colour, draw_wheel
from db.records import Network

_GAP = 10.0
_HEADER_BAND = 40.0


def stakeholder_names(network: Network | None) -> Mapping[str, str]:
    """The network's own names for its stakeholder groups, where it gave one."""
    if network is None:
        return {}
    return {group.key: group.name for group in network.stakeholders if group.name.strip()}


Rect = tuple[float, float, float, float]


def blank_layout(orientation: Orientation) -> tuple[WheelPlace, list[Rect]]:
    """Where the wheel and the five writing fields (core, rings inside out) go on the sheet.

    Landscape: the wheel on the left, the fields stacked on the right. Portrait: the wheel on
    top, the fields side by side beneath it.
    """
    width, height = a3_size(orientation)
    top = header_rule(height) - 12
    bottom = MARGIN + 8
    if orientation is Orientation.LANDSCAPE:
        radius = (top - bottom) / 2
        place = WheelPlace(MARGIN + radius + 6, (top + bottom) / 2, radius)
        left = place.cx + radius + 34
        field_width = width - MARGIN - left
        field_height = (top - bottom - 4 * _GAP) / 5
        boxes = [
            (left, top - (i + 1) * field_height - i * _GAP, field_width, field_height)
            for i in range(5)
        ]
    else:
        field_height = 250.0
        radius = min((width - 2 * MARGIN) / 2, (top - bottom - field_height - 24) / 2)
        place = WheelPlace(width / 2, top - radius, radius)
        field_width = (width - 2 * MARGIN - 4 * _GAP) / 5
        boxes = [
            (MARGIN + i * (field_width + _GAP), bottom, field_width, field_height) for i in range(5)
        ]
    return place, boxes


def render_blank_poster(
    path: Path | str,
    model: Model,
    network: Network | None = None,
    orientation: Orientation = Orientation.LANDSCAPE,
    language: Language = "nl",
    *,
    arrangement: Arrangement | None = None,
    palette: Palette = CALM,
    size: PosterSize = PosterSize.A3,
    tile: SheetSize | None = None,
) -> Path:
    """Write the workshop poster at `size` (or tiled onto `tile` sheets) to `path` and return
    it; raises `PosterError` on failure.

    Without a network, the name is left as a line to write on.
    """
    path = Path(path)
    texts = words(language)
    width, height = a3_size(orientation)
    title = network.name if network is not None else model.name.in_(language)
    output = SheetOutput(
        path, (width, height), title, texts["blank_subtitle"], size, tile, texts["tile_place"]
    )
    canvas = output.begin()
    if network is not None:
        subtitle = f"{model.name.in_(language)} — {texts['blank_subtitle']}"
    else:
        subtitle = texts["blank_subtitle"]
    below_header = draw_header(canvas, width, height, title, subtitle, today_text(language))
    if network is None:
        _draw_name_line(canvas, width, below_header, texts["network"])
    place, boxes = blank_layout(orientation)
    draw_wheel(
        canvas,
        model,
        place,
        language,
        arrangement=arrangement,
        palette=palette,
        stakeholder_names=stakeholder_names(network),
    )
    parts = " · ".join(part.label.in_(language) for part in model.core.segments)
    fields = [(model.core.label.in_(language), parts, palette.core)]
    fields += [
        (ring.label.in_(language), ring.short_label.in_(language), palette.rings[index])
        for index, ring in enumerate(model.rings)
    ]
    for box, (name, caption, colours) in zip(boxes, fields, strict=True):
        draw_writing_field(canvas, box, name, caption, colours, texts["write_here"])
    draw_footer(canvas, width, model, language, texts["made_with"])
    output.end()
    return output.save()


def draw_writing_field(
    canvas: Canvas,
    box: Rect,
    name: str,
    caption: str,
    colours: RingColours,
    hint: str,
) -> None:
    """An empty field with a coloured heading, faint writing lines and room for post-its."""
    x, y, w, h = box
    canvas.saveState()
    canvas.setFillColor(colour("#ffffff"))
    canvas.setStrokeColor(colour(colours.edge))
    canvas.setLineWidth(0.9)
    canvas.roundRect(x, y, w, h, 6, stroke=1, fill=1)
    # The heading band in the ring's colour, so the field and its ring are recognisably one.
    canvas.setFillColor(colour(colours.fill))
    path = canvas.beginPath()
    band_y = y + h - _HEADER_BAND
    path.moveTo(x, band_y)
    path.lineTo(x, y + h - 6)
    path.arcTo(x, y + h - 12, x + 12, y + h, 180, -90)
    path.lineTo(x + w - 6, y + h)
    path.arcTo(x + w - 12, y + h - 12, x + w, y + h, 90, -90)
    path.lineTo(x + w, band_y)
    path.close()
    canvas.drawPath(path, fill=1, stroke=0)
    canvas.setFillColor(colour(colours.text))
    room = w - 20
    size = fitted_size(name, 13, 8, room, bold=True)
    canvas.setFont(BOLD, size)
    canvas.drawString(x + 10, band_y + 22, shortened(name, size, room, True))
    canvas.setFont(REGULAR, 9)
    canvas.drawString(x + 10, band_y + 8, shortened(caption, 9, room))
    canvas.setStrokeColor(colour(colours.edge, 0.35))
    canvas.setLineWidth(0.5)
    canvas.setDash(1, 3)
    line_y = band_y - 24
    while line_y > y + 16:
        canvas.line(x + 12, line_y, x + w - 12, line_y)
        line_y -= 24
    canvas.setDash()
    canvas.setFillColor(colour(MUTED))  # full strength: 4.5:1 on the white field
    canvas.setFont(REGULAR, 7)
    canvas.drawRightString(x + w - 8, y + 5, hint)
    canvas.restoreState()


def _draw_name_line(canvas: Canvas, width: float, rule: float, caption: str) -> None:
    """Without a network, a line in the header to write the network's name on."""
    right = width - MARGIN
    left = right - 300
    canvas.saveState()
    canvas.setFillColor(colour(MUTED))
    canvas.setFont(REGULAR, 11)
    canvas.drawString(left, rule + 10, caption + ":")
    canvas.setStrokeColor(colour(MUTED))
    canvas.setLineWidth(0.6)
    canvas.line(left + 70, rule + 9, right, rule + 9)
    canvas.restoreState()
