"""The reasoning-line poster: the wheel with the line's beam, and the chain told step by step.

Landscape: the wheel top left; beside it the direction, the assumptions and the guiding
questions; underneath, the chain as five columns in reading order with arrows between them.
Portrait: the same, with the chain as five rows. Long texts shrink to a floor and then
continue on further sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from app.core.model import Language, Model
from app.core.reasoning import Step, arrangement_for
from app.core.wheel_layout import CALM, Palette, RingColours
from app.poster.blank_poster import stakeholder_names
from app.poster.errors import LineNotFoundError, PosterError
from app.poster.fonts import BOLD, REGULAR
from app.poster.line_content import (
    assumption_flowables,
    line_name,
    plausibility_text,
    step_flowables,
    step_title,
)
from app.poster.page import (
    MARGIN,
    MUTED,
    Orientation,
    a3_size,
    draw_footer,
    draw_header,
    header_rule,
    today_text,
)
from app.poster.sizing import SheetOutput
from app.poster.textflow import (
    FLOOR,
    Box,
    Builder,
    Overflow,
    Styles,
    TooLargeError,
    continuation_flowables,
    fill_box,
    fit_scale,
    flow_columns,
    height_of,
    styles,
)
from app.poster.texts import words
from app.poster.tiling import PosterSize, SheetSize
from app.poster.wheel import WheelPlace, colour, disc_ink, draw_wheel
from db.records import Line, NetworkContents

Ink = tuple[float, float, float, float]  # left, bottom, right, top (see SheetOutput.end)
_GAP = 16.0
_BAND = 50.0  # the coloured heading of a chain step (landscape: above its column)
_STRIP = 170.0  # portrait: the heading is a strip left of its row


@dataclass(frozen=True, slots=True)
class LineLayout:
    """Where everything goes on the first sheet of a line poster."""

    place: WheelPlace
    direction: Box
    assumptions: Box
    steps: tuple[Box, ...]  # the chain, in reading order; each heading band sits above its box
    vertical_chain: bool


def line_layout(orientation: Orientation, titles: tuple[str, str]) -> LineLayout:
    """The first sheet's layout; `titles` name the direction box and the assumptions box."""
    width, height = a3_size(orientation)
    top = header_rule(height) - 10
    bottom = MARGIN + 12
    right = width - MARGIN
    if orientation is Orientation.LANDSCAPE:
        radius = 165.0
        place = WheelPlace(MARGIN + radius, top - radius, radius)
        left = MARGIN + 2 * radius + 24
        band_bottom = top - 2 * radius
        half = (right - left - 24) / 2
        direction = Box(left, band_bottom, half, 2 * radius, titles[0])
        assumptions = Box(left + half + 24, band_bottom, half, 2 * radius, titles[1])
        column = (right - MARGIN - 4 * _GAP) / 5
        chain_top = band_bottom - 14 - _BAND
        steps = tuple(
            Box(MARGIN + i * (column + _GAP), bottom, column, chain_top - bottom, "")
            for i in range(5)
        )
        return LineLayout(place, direction, assumptions, steps, vertical_chain=False)
    radius = 160.0
    place = WheelPlace(MARGIN + radius, top - radius, radius)
    left = MARGIN + 2 * radius + 20
    direction = Box(left, top - radius, right - left, radius, titles[0])
    assumptions = Box(left, top - 2 * radius, right - left, radius, titles[1])
    chain_top = top - 2 * radius - 16
    row = (chain_top - bottom - 4 * 8) / 5
    steps = tuple(
        Box(MARGIN + _STRIP, chain_top - (i + 1) * row - i * 8, right - MARGIN - _STRIP, row, "")
        for i in range(5)
    )
    return LineLayout(place, direction, assumptions, steps, vertical_chain=True)


def find_line(contents: NetworkContents, line_id: int) -> Line:
    for line in contents.lines:
        if line.id == line_id:
            return line
    raise LineNotFoundError(
        f"the network {contents.network.name!r} has no reasoning line {line_id}"
    )


def render_line_poster(
    path: Path | str,
    model: Model,
    contents: NetworkContents,
    line_id: int,
    orientation: Orientation = Orientation.LANDSCAPE,
    language: Language = "nl",
    *,
    palette: Palette = CALM,
    size: PosterSize = PosterSize.A3,
    tile: SheetSize | None = None,
) -> Path:
    """Write the poster of one reasoning line (more sheets if its texts need them) at `size`,
    or tiled onto `tile` sheets.

    Returns the path; raises `LineNotFoundError` for an unknown line, `PosterError` otherwise.
    """
    path = Path(path)
    texts = words(language)
    line = find_line(contents, line_id)
    network = contents.network
    reasoning = line.reasoning_line
    steps = reasoning.steps(model)
    direction_label = model.directions[line.direction].label.in_(language)
    title = network.name
    line_title = line_name(model, network, line, language)
    subtitle = f"{texts['reasoning_line']}: {line_title} · {direction_label}"
    width, height = a3_size(orientation)
    output = SheetOutput(
        path,
        (width, height),
        f"{title} — {line_title}",
        texts["reasoning_line"],
        size,
        tile,
        texts["tile_place"],
    )
    canvas = output.begin()
    layout = line_layout(orientation, (texts["direction"], texts["assumptions"]))

    draw_header(canvas, width, height, title, subtitle, today_text(language))
    draw_wheel(
        canvas,
        model,
        layout.place,
        language,
        arrangement=arrangement_for(model, reasoning),
        palette=palette,
        stakeholder_names=stakeholder_names(network),
        beam=True,
    )
    draw_footer(canvas, width, model, language, f"{texts['made_with']} · {texts['sheet']} 1")

    def direction_content(style: Styles) -> list[Flowable]:
        description = model.directions[line.direction].description.in_(language)
        status = texts[line.status.value]
        weakest = line.weakest_step
        weakest_name = step_title(model, network, Step(weakest.key, weakest.segment_key), language)
        weakest_text = (
            f"{texts['weakest_step']}: {weakest_name.name} "
            f"({plausibility_text(weakest.plausibility, language)})"
        )
        return [
            Paragraph(f"{escape(texts['direction'])}: {escape(direction_label)}", style.heading),
            Paragraph(escape(description), style.muted),
            Paragraph(f"{escape(texts['status'])}: {escape(status)}", style.muted),
            Paragraph(escape(weakest_text), style.muted),
        ]

    def assumption_content(style: Styles) -> list[Flowable]:
        return [
            Paragraph(escape(texts["assumptions"]), style.heading),
            *assumption_flowables(line, style, language),
        ]

    more = f"{texts['continued']} {texts['on_sheet']} 2 →"
    # Where the sheet has ink besides its footer: tiles without any are not printed.
    ink: list[Ink] = [(MARGIN, header_rule(height) - 1, width - MARGIN, height - MARGIN)]
    ink += disc_ink(layout.place)
    overflows = [
        _place_text(
            canvas, layout.direction, direction_content, texts["direction"], more, 11.0, ink
        ),
        _place_text(
            canvas, layout.assumptions, assumption_content, texts["assumptions"], more, 11.0, ink
        ),
    ]
    builders = [_step_builder(model, contents, line, step, language) for step in steps]
    boxes = layout.steps
    if layout.vertical_chain:
        boxes = _rows_by_need(boxes, builders)
    for number, (step, box, build) in enumerate(zip(steps, boxes, builders, strict=True), 1):
        name = step_title(model, network, step, language)
        colours = _step_colours(model, palette, step)
        _draw_step_band(
            canvas,
            box,
            layout.vertical_chain,
            number,
            name.caption,
            name.name,
            colours,
            palette.beam,
            last=number == len(steps),
        )
        overflows.append(_place_text(canvas, box, build, f"{number} · {name.name}", more, ink=ink))
        ink.append(_band_box(box, layout.vertical_chain))
    output.end(ink)
    _continue(output, (width, height), orientation, overflows, title, subtitle, model, language)
    return output.save()


def _step_builder(
    model: Model, contents: NetworkContents, line: Line, step: Step, language: Language
) -> Builder:
    def build(style: Styles) -> list[Flowable]:
        return step_flowables(model, contents, line, step, style, language, with_questions=True)

    return build


_ROW_GAP = 8.0
_ROW_MINIMUM = 80.0


def _rows_by_need(rows: tuple[Box, ...], builders: list[Builder]) -> tuple[Box, ...]:
    """Share the chain's height among its rows by how much each has to say (portrait)."""
    top = rows[0].y + rows[0].height
    total = sum(row.height for row in rows)
    needs = [
        max(_ROW_MINIMUM, height_of(build(styles(1.0)), row.inner_width, 1e6) + 2 * row.padding)
        for row, build in zip(rows, builders, strict=True)
    ]
    if sum(needs) <= total:
        slack = (total - sum(needs)) / len(needs)
        heights = [need + slack for need in needs]
    else:
        # Everyone gives up room in proportion to what they ask beyond the minimum.
        spare = total - _ROW_MINIMUM * len(needs)
        extra = sum(need - _ROW_MINIMUM for need in needs)
        heights = [_ROW_MINIMUM + (need - _ROW_MINIMUM) * spare / extra for need in needs]
    result = []
    for row, height in zip(rows, heights, strict=True):
        result.append(Box(row.x, top - height, row.width, height, row.title, row.padding))
        top -= height + _ROW_GAP
    return tuple(result)


def _step_colours(model: Model, palette: Palette, step: Step) -> RingColours:
    if step.segment_key is None:
        return palette.core
    return palette.rings[model.ring_keys.index(step.ring_key)]


def _place_text(
    canvas: Canvas,
    box: Box,
    build: Builder,
    title: str,
    more: str,
    body: float = 10.0,
    ink: list[Ink] | None = None,
) -> Overflow:
    """Fill the box at the largest scale that fits (down to the floor); return the rest.

    A box whose text goes on says so at its foot with `more` ("vervolg op blad 2 →").
    """
    pending = build(styles(fit_scale(build, box, body), body))
    try:
        pending = fill_box(canvas, box, pending, ink)
    except TooLargeError as error:
        raise PosterError(f"the poster cannot hold this text: {error}") from error
    if pending:
        canvas.saveState()
        canvas.setFillColor(colour(MUTED))
        canvas.setFont(BOLD, 7.5)
        canvas.drawRightString(box.x + box.width - box.padding, box.y - 3, more)
        canvas.restoreState()
    return Overflow(title, pending)


def _band_box(box: Box, vertical: bool) -> Ink:
    """Where a step's coloured heading stands: a strip left of its row, or a band above it."""
    if vertical:
        return (box.x - _STRIP, box.y, box.x, box.y + box.height)
    return (box.x, box.y + box.height, box.x + box.width, box.y + box.height + _BAND + 14)


def _draw_step_band(
    canvas: Canvas,
    box: Box,
    vertical: bool,
    number: int,
    caption: str,
    name: str,
    colours: RingColours,
    arrow: str,
    last: bool,
) -> None:
    """The coloured heading of a chain step and the arrow to the next step."""
    if vertical:
        x, y, w, h = box.x - _STRIP, box.y, _STRIP - 6, box.height
    else:
        x, y, w, h = box.x, box.y + box.height + 4, box.width, _BAND
    canvas.saveState()
    canvas.setFillColor(colour(colours.fill))
    canvas.roundRect(x, y, w, h, 5, stroke=0, fill=1)
    canvas.setFillColor(colour(colours.text))
    canvas.setFont(REGULAR, 8.5)
    canvas.drawString(x + 8, y + h - 13, f"{number} · {caption}")
    size = 11.5
    lines = simpleSplit(name, BOLD, size, w - 16)
    while len(lines) > 2 and size > 8:
        size -= 0.5
        lines = simpleSplit(name, BOLD, size, w - 16)
    canvas.setFont(BOLD, size)
    for index, text in enumerate(lines[:3]):
        canvas.drawString(x + 8, y + h - 27 - index * size * 1.15, text)
    if not last:
        canvas.setFillColor(colour(arrow))
        path = canvas.beginPath()
        if vertical:
            cx, tip = x + w / 2, y - 7
            path.moveTo(cx - 7, y - 1)
            path.lineTo(cx + 7, y - 1)
            path.lineTo(cx, tip)
        else:
            cy, tip = y + h / 2, x + w + _GAP - 3
            path.moveTo(x + w + 3, cy + 7)
            path.lineTo(x + w + 3, cy - 7)
            path.lineTo(tip, cy)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def _continue(
    output: SheetOutput,
    size: tuple[float, float],
    orientation: Orientation,
    overflows: list[Overflow],
    title: str,
    subtitle: str,
    model: Model,
    language: Language,
) -> None:
    """Further sheets for whatever did not fit on the first, in columns, at the floor size."""
    texts = words(language)
    flowables = continuation_flowables(overflows, texts["continued"], styles(FLOOR))
    if not flowables:
        return
    width, height = size
    count = 3 if orientation is Orientation.LANDSCAPE else 2
    top = header_rule(height) - 10
    bottom = MARGIN + 12
    column = (width - 2 * MARGIN - (count - 1) * _GAP) / count
    columns = [(MARGIN + i * (column + _GAP), bottom, column, top - bottom) for i in range(count)]
    sheet = [1]

    def new_sheet() -> None:
        sheet[0] += 1
        canvas = output.begin()
        draw_header(
            canvas, width, height, title, f"{subtitle} · {texts['continued']}", today_text(language)
        )
        draw_footer(
            canvas, width, model, language, f"{texts['made_with']} · {texts['sheet']} {sheet[0]}"
        )

    try:
        flow_columns(output.canvas, columns, flowables, new_sheet, end_sheet=output.end)
    except TooLargeError as error:
        raise PosterError(f"the poster cannot hold this text: {error}") from error
