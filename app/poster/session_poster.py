"""The session poster: the wheel with every post-it of a session on its segment, and their
full texts in a numbered list beside it; A3 to A0, or a large poster tiled onto A4 or A3.

On the wheel each segment with notes carries a stack, as on screen: fanned cards in the
notes' colours and a dark badge with the segment's number in the list, placed by
`app.core.note_stacks` clear of the segment's label. The list beside the wheel gives every
note's whole text under its segment's number, in ring order (the axis's parts first), and
flows on over further sheets when a session wrote more than one sheet holds: nothing is
cut off. The poster is laid out in A3 units and scaled to the chosen size, so a larger sheet
prints everything larger (notes at 9.5 pt on A3, 19 pt on A1).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.core.geometry import Arrangement, rotation_for_focus, segment_arc
from app.core.model import Language, Model
from app.core.note_stacks import STACK_RADII, PolarBox, StackPlace, place_stack
from app.core.wheel_layout import (
    CALM,
    DEJAVU_SANS,
    RING_BOUNDS,
    Palette,
    fit_label,
    label_baselines,
    label_room,
    max_label_lines,
    reads_clockwise,
)
from app.core.wording import Wording
from app.poster.blank_poster import stakeholder_names
from app.poster.fonts import BOLD, REGULAR, register_fonts, text_width
from app.poster.page import (
    INK,
    MARGIN,
    draw_footer,
    draw_header,
    header_rule,
    new_canvas,
    save,
    today_text,
)
from app.poster.texts import words
from app.poster.tiling import SIZES, PosterSize, SheetSize, tile_pages, tile_sheet
from app.poster.wheel import LABEL_MINIMUM, LABEL_SIZE, WheelPlace, colour, draw_wheel
from db.records import NetworkContents, Note

DESIGN = landscape(A3)  # the poster is laid out on landscape A3 and scaled
NOTE_SIZE = 9.5  # points on A3: above the 9 pt floor for reading a poster up close
LEADING = 11.6
HEADING_SIZE = 11.0
COLUMN_GAP = 14.0
CARD_COLOURS_SHOWN = 3
# Stack sizes on paper (fractions of the wheel's radius, about 370 pt on A3): down to a badge
# of 9 pt radius, whose number is still 9.8 pt. Read up close, paper allows smaller than a screen.
POSTER_STACK_RADII = (*STACK_RADII, 0.032, 0.028, 0.024)


def poster_size(size: PosterSize) -> tuple[float, float]:
    """The poster's sheet in points, landscape (A3 is 1190.55 × 841.89)."""
    width, height = landscape(SIZES[size.value])
    return float(width), float(height)


@dataclass(frozen=True, slots=True)
class Group:
    """One segment's notes on the poster: its number in the list, its name, its notes."""

    number: int
    segment_key: str
    name: str
    notes: tuple[Note, ...]


def groups_of(model: Model, notes: Sequence[Note], wording: Wording) -> list[Group]:
    """The segments with notes, the axis's parts first, then the rings inside out."""
    order = [part.key for part in model.core.segments]
    order += [segment.key for ring in model.rings for segment in ring.segments]
    by_key: dict[str, list[Note]] = {}
    for note in notes:
        by_key.setdefault(note.segment_key, []).append(note)
    keys = [key for key in order if key in by_key]
    return [
        Group(number, key, wording.segment(key), tuple(by_key[key]))
        for number, key in enumerate(keys, start=1)
    ]


# --- the stacks on the wheel ----------------------------------------------------------------


def label_boxes(
    text: str, band: tuple[float, float], start: float, sweep: float
) -> tuple[PolarBox, ...]:
    """The polar boxes (fractions of the radius, degrees) of a segment's label as
    `app.poster.wheel.draw_arc_label` fits it: one per line, its glyphs' full height."""
    mid = start + sweep / 2
    clockwise = reads_clockwise(mid)
    max_lines = max_label_lines(band[0], band[1], LABEL_MINIMUM, DEJAVU_SANS)

    def measure(line: str, size: float) -> float:
        return text_width(line, size)

    def arc_length(_line: int, count: int, size: float) -> float:
        return label_room(band[0], band[1], sweep, count, size, DEJAVU_SANS)

    fit = fit_label(text, measure, arc_length, LABEL_SIZE, LABEL_MINIMUM, max_lines)
    baselines = label_baselines(band[0], band[1], len(fit.lines), fit.size, DEJAVU_SANS, clockwise)
    boxes = []
    for line, baseline in zip(fit.lines, baselines, strict=True):
        low = baseline - fit.size * (DEJAVU_SANS.descent if clockwise else 0.95)
        high = baseline + fit.size * (0.95 if clockwise else DEJAVU_SANS.descent)
        room = arc_length(0, len(fit.lines), fit.size)
        width = min(text_width(line, fit.size), room) * 1.04
        half = math.degrees(width / 2 / max(low, 1e-6))
        boxes.append(PolarBox(low, high, mid - half, mid + half))
    return tuple(boxes)


def stack_places(
    model: Model, groups: Sequence[Group], arrangement: Arrangement, wording: Wording
) -> dict[str, StackPlace | None]:
    """Where each group's stack goes on the wheel (fractions of its radius), clear of labels;
    a core part's stack sits around the axis."""
    places: dict[str, StackPlace | None] = {}
    core_parts = [part.key for part in model.core.segments]
    for group in groups:
        key = group.segment_key
        if key in core_parts:
            angle = (315.0, 45.0, 135.0, 225.0)[core_parts.index(key) % 4]
            places[key] = StackPlace(0.30 - 0.07, angle, 0.055)
            continue
        ring = model.ring_of(key)
        ring_index = model.ring_keys.index(ring.key)
        band = RING_BOUNDS[ring_index]
        rotation = rotation_for_focus(arrangement.indices[ring_index], ring.segment_count)
        start, sweep = segment_arc(ring.index_of(key), rotation, ring.segment_count)
        keep = label_boxes(wording.segment(key), band, start, sweep)
        places[key] = place_stack(
            band[0], band[1], start + sweep / 2, sweep, keep, radii=POSTER_STACK_RADII
        )
    return places


def draw_stack(canvas: Canvas, place: WheelPlace, stack: StackPlace, group: Group) -> None:
    """Cards in the notes' colours and a badge with the group's number, in the footprint."""
    x, y = place.at(stack.radius, stack.angle)
    size = stack.size * place.radius
    if stack.size >= 0.06:
        width, height = size, 0.75 * size
        shown = list(reversed(group.notes[:CARD_COLOURS_SHOWN]))
        for depth_from_bottom, note in enumerate(shown):
            depth = len(shown) - 1 - depth_from_bottom
            canvas.saveState()
            canvas.translate(x - 0.1 * size - 0.08 * depth * size, y - 0.12 * size)
            canvas.rotate(7.0 * depth)
            canvas.setFillColor(colour(note.colour))
            canvas.setStrokeColor(colour("#b9a57a"))
            canvas.setLineWidth(0.4)
            canvas.rect(-width / 2, -height / 2, width, height, stroke=1, fill=1)
            canvas.restoreState()
        badge = 0.44 * size
        reach = (size - badge) / math.sqrt(2)
        bx, by = x + reach, y + reach
    else:
        badge, bx, by = size, x, y
    canvas.setFillColor(colour(INK))
    canvas.circle(bx, by, badge, stroke=0, fill=1)
    canvas.setFillColor(colour("#ffffff"))
    label = str(group.number)
    font_size = badge * (1.1 if len(label) < 2 else 0.85)
    canvas.setFont(BOLD, font_size)
    canvas.drawCentredString(bx, by - font_size * 0.36, label)


# --- the list beside the wheel ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListLine:
    """One line of the list: a group's heading, or a line of a note (first ones get a swatch)."""

    text: str
    heading: bool = False
    number: int = 0
    swatch: str = ""


def list_lines(groups: Sequence[Group], width: float, texts: Mapping[str, str]) -> list[ListLine]:
    """Every group's heading and every note's text, wrapped to `width` points."""
    lines: list[ListLine] = []
    indent = NOTE_SIZE * 1.4
    for group in groups:
        heading = f"{group.name} ({len(group.notes)})"
        for number, part in enumerate(simpleSplit(heading, BOLD, HEADING_SIZE, width - 22)):
            lines.append(ListLine(part, True, group.number if number == 0 else 0))
        for note in group.notes:
            wrapped = simpleSplit(" ".join(note.text.split()), REGULAR, NOTE_SIZE, width - indent)
            for number, part in enumerate(wrapped or [""]):
                lines.append(ListLine(part, swatch=note.colour if number == 0 else ""))
    return lines


def _line_height(line: ListLine) -> float:
    return HEADING_SIZE * 1.5 if line.heading else LEADING


def _draw_list_line(canvas: Canvas, line: ListLine, x: float, y: float) -> None:
    """`y` is the top of the line's room."""
    if line.heading:
        baseline = y - HEADING_SIZE * 1.15
        if line.number:
            canvas.setFillColor(colour(INK))
            canvas.circle(x + 8, baseline + HEADING_SIZE * 0.35, 8, stroke=0, fill=1)
            canvas.setFillColor(colour("#ffffff"))
            canvas.setFont(BOLD, 8.5)
            canvas.drawCentredString(x + 8, baseline + HEADING_SIZE * 0.35 - 3, str(line.number))
        canvas.setFillColor(colour(INK))
        canvas.setFont(BOLD, HEADING_SIZE)
        canvas.drawString(x + 22, baseline, line.text)
        return
    baseline = y - NOTE_SIZE
    if line.swatch:
        canvas.setFillColor(colour(line.swatch))
        canvas.setStrokeColor(colour("#b9a57a"))
        canvas.setLineWidth(0.4)
        canvas.rect(x, baseline - 0.5, NOTE_SIZE * 0.8, NOTE_SIZE * 0.8, stroke=1, fill=1)
    canvas.setFillColor(colour(INK))
    canvas.setFont(REGULAR, NOTE_SIZE)
    canvas.drawString(x + NOTE_SIZE * 1.4, baseline, line.text)


Area = tuple[float, float, float, float]  # x, bottom, width, top


def flow(
    lines: Sequence[ListLine], columns: Sequence[Area]
) -> tuple[list[tuple[ListLine, float, float]], int]:
    """Place lines top to bottom, column after column: (line, x, top) for each placed line,
    and how many were placed (the rest go on the next sheet)."""
    placed: list[tuple[ListLine, float, float]] = []
    index = 0
    for x, bottom, _width, top in columns:
        y = top
        while index < len(lines):
            height = _line_height(lines[index])
            if y - height < bottom:
                break
            placed.append((lines[index], x, y))
            y -= height
            index += 1
    return placed, index


def _columns(left: float, right: float, bottom: float, top: float, count: int) -> list[Area]:
    width = (right - left - (count - 1) * COLUMN_GAP) / count
    return [(left + n * (width + COLUMN_GAP), bottom, width, top) for n in range(count)]


# --- the sheets -------------------------------------------------------------------------------

Drawing = Callable[[Canvas], None]


def session_pages(
    model: Model,
    contents: NetworkContents,
    language: Language,
    palette: Palette = CALM,
    moment_id: int | None = None,
) -> list[Drawing]:
    """The poster's sheets as drawings in A3 units: the wheel with its stacks and the list's
    start, then as many sheets of list as the notes need."""
    register_fonts()  # measuring the list needs them
    texts = words(language)
    width, height = DESIGN
    names = stakeholder_names(contents.network)
    wording = Wording.of(model, language, names)
    notes = [n for n in contents.notes if moment_id is None or n.moment_id == moment_id]
    groups = groups_of(model, notes, wording)
    arrangement = contents.wheel.arrangement
    top = header_rule(height) - 12
    bottom = MARGIN + 12
    radius = (top - bottom) / 2
    place = WheelPlace(MARGIN + radius + 6, (top + bottom) / 2, radius)
    list_left = place.cx + radius + 30
    first_columns = _columns(list_left, width - MARGIN, bottom, top, 2)
    lines = list_lines(groups, first_columns[0][2], texts)
    title = contents.network.name
    subtitle = f"{model.name.in_(language)} — {texts['session_subtitle']}"
    stacks = stack_places(model, groups, arrangement, wording)
    pages: list[Drawing] = []

    def first(canvas: Canvas) -> None:
        draw_header(canvas, width, height, title, subtitle, today_text(language))
        draw_wheel(
            canvas,
            model,
            place,
            language,
            arrangement=arrangement,
            palette=palette,
            stakeholder_names=names,
        )
        for group in groups:
            stack = stacks.get(group.segment_key)
            if stack is not None:
                draw_stack(canvas, place, stack, group)
        for line, x, y in placed:
            _draw_list_line(canvas, line, x, y)
        draw_footer(canvas, width, model, language, f"{texts['made_with']} · 1/{len(pages)}")

    placed, done = flow(lines, first_columns)
    pages.append(first)
    rest = lines[done:]
    more_columns = _columns(MARGIN, width - MARGIN, bottom, top, 4)
    while rest:
        page_placed, page_done = flow(rest, more_columns)
        if page_done == 0:  # pragma: no cover - a single line always fits a column
            raise ValueError("a line of the list is taller than a column")

        def sheet(
            canvas: Canvas,
            items: list[tuple[ListLine, float, float]] = page_placed,
            number: int = len(pages) + 1,
        ) -> None:
            draw_header(canvas, width, height, title, subtitle, today_text(language))
            for line, x, y in items:
                _draw_list_line(canvas, line, x, y)
            draw_footer(
                canvas, width, model, language, f"{texts['made_with']} · {number}/{len(pages)}"
            )

        pages.append(sheet)
        rest = rest[page_done:]
    return pages


def render_session_poster(
    path: Path | str,
    model: Model,
    contents: NetworkContents,
    language: Language = "nl",
    *,
    size: PosterSize = PosterSize.A3,
    tile: SheetSize | None = None,
    palette: Palette = CALM,
    moment_id: int | None = None,
) -> Path:
    """Write the session poster at `size` (or tiled onto `tile` sheets) and return its path;
    raises `PosterError` on failure."""
    path = Path(path)
    texts = words(language)
    pages = session_pages(model, contents, language, palette, moment_id)
    poster = poster_size(size)
    factor = poster[0] / DESIGN[0]
    canvas = new_canvas(path, poster, contents.network.name, texts["session_subtitle"])
    if tile is None:
        for draw in pages:
            canvas.setPageSize(poster)
            canvas.saveState()
            canvas.scale(factor, factor)
            draw(canvas)
            canvas.restoreState()
            canvas.showPage()
    else:
        for number, draw in enumerate(pages, start=1):
            name = f"poster{number}"
            canvas.beginForm(name, 0, 0, poster[0], poster[1])
            canvas.scale(factor, factor)
            draw(canvas)
            canvas.endForm()
            tile_pages(
                canvas,
                name,
                poster,
                tile_sheet(poster, tile),
                f"{size.value} · {number}",
                texts["tile_place"],
            )
    return save(canvas, path)
