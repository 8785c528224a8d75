"""The session poster: the wheel with the session's post-its on their segments, their whole
text legible on small cards, and the notes that do not fit continued in a numbered list
beside the wheel; A3 to A0, or a large poster tiled onto A4 or A3.

`app.poster.session_layout` decides which notes go on the wheel and where (clear of the
labels, never over each other); here they are drawn. A card carries its note's whole text
or the note is not on the wheel: a segment with more notes than room carries a marker
("+7 → 12–18") naming the numbers its other notes have in the list. The list flows on over
further sheets when a session wrote more than one sheet holds: nothing is cut off.

The poster is laid out in A3 units and scaled to the chosen size; the notes' type grows only
with the square root of that scale (9.5 pt on A3, 11.3 on A2, 13.4 on A1, 16 on A0), so a
larger sheet shows its notes larger and carries more of them on the wheel (60 notes, 25 on
one segment: 12 on A3, 19 on A2, 27 on A1, 33 on A0).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape
from reportlab.pdfgen.canvas import Canvas

from app.core.model import Language, Model
from app.core.wheel_layout import CALM, Palette, reads_clockwise
from app.core.wheel_notes import Card, wrap
from app.core.wording import Wording
from app.poster.blank_poster import stakeholder_names
from app.poster.fonts import BOLD, REGULAR, draw_runs, draw_string, register_fonts, text_width
from app.poster.page import INK, MARGIN, MUTED, draw_footer, draw_header, header_rule, today_text
from app.poster.session_layout import (
    CARD_LEADING,
    CARD_PADDING,
    NOTE_SIZE,
    PlacedGroup,
    axis_marker,
    groups_of,
    lay_out_session,
)
from app.poster.sizing import SheetOutput, sheet_size
from app.poster.texts import words
from app.poster.tiling import Box, PosterSize, SheetSize
from app.poster.wheel import WheelPlace, colour, disc_ink, draw_wheel, read_as
from db.records import NetworkContents

DESIGN = landscape(A3)  # the poster is laid out on landscape A3 and scaled
LEADING = 11.6
HEADING_SIZE = 11.0
COLUMN_GAP = 14.0
CARD_EDGE = "#76653f"  # 3:1 and more against the paper and every post-it colour


def session_wheel(width: float, height: float) -> WheelPlace:
    """Where the wheel goes on the design sheet: as large as the sheet's height allows."""
    top = header_rule(height) - 12
    bottom = MARGIN + 12
    radius = (top - bottom) / 2
    return WheelPlace(MARGIN + radius + 6, (top + bottom) / 2, radius)


# --- the cards on the wheel -------------------------------------------------------------------


def type_scale(size: PosterSize) -> float:
    """The notes' type on the design sheet, as a share of A3's: the poster scales by the
    sheet's factor, the notes' type by its square root."""
    return float(1.0 / math.sqrt(sheet_size(size, DESIGN)[0] / DESIGN[0]))


def _frame(canvas: Canvas, place: WheelPlace, card: Card, scale: float) -> tuple[float, float]:
    """Move the canvas to the card's centre, turned so its text reads along the ring and
    upright (clockwise on the upper half, anticlockwise below, as the labels), in type units
    (`scale` design points each); returns the card's width and height in them."""
    x, y = place.at(card.radius, card.angle)
    canvas.translate(x, y)
    canvas.rotate(-card.angle if reads_clockwise(card.angle) else 180.0 - card.angle)
    canvas.scale(scale, scale)
    return card.width * place.radius / scale, card.height * place.radius / scale


def draw_card(
    canvas: Canvas, place: WheelPlace, card: Card, fill: str, scale: float, note_text: str = ""
) -> None:
    """A post-it in the note's colour with its whole text; extraction reads `note_text` (as
    written: a long word cut over two lines is read whole), else the card's lines."""
    canvas.saveState()
    width, height = _frame(canvas, place, card, scale)
    canvas.setFillColor(colour(fill))
    canvas.setStrokeColor(colour(CARD_EDGE))
    canvas.setLineWidth(0.4)
    canvas.rect(-width / 2, -height / 2, width, height, stroke=1, fill=1)
    canvas.setFillColor(colour(INK))
    text = canvas.beginText()
    text.setFont(REGULAR, NOTE_SIZE, CARD_LEADING)
    text.setTextOrigin(-width / 2 + CARD_PADDING, height / 2 - CARD_PADDING - 0.93 * NOTE_SIZE)
    for line in card.lines:
        draw_runs(text, line, REGULAR, NOTE_SIZE, CARD_LEADING)
        text.textLine("")
    with read_as(canvas, note_text or " ".join(card.lines)):
        canvas.drawText(text)
    canvas.restoreState()


def draw_marker(canvas: Canvas, place: WheelPlace, card: Card, label: str, scale: float) -> None:
    """A dark tab on the segment: how many of its notes are in the list, and their numbers."""
    canvas.saveState()
    width, height = _frame(canvas, place, card, scale)
    canvas.setFillColor(colour(INK))
    canvas.setStrokeColor(colour("#ffffff"))
    canvas.setLineWidth(0.8)
    canvas.roundRect(-width / 2, -height / 2, width, height, height / 3, stroke=1, fill=1)
    canvas.setFillColor(colour("#ffffff"))
    canvas.setFont(BOLD, NOTE_SIZE)
    canvas.drawCentredString(0, -0.36 * NOTE_SIZE, label)
    canvas.restoreState()


# --- the list beside the wheel ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ListLine:
    """One line of the list: a group's heading, or a line of a note (its first line carries
    the note's number and colour)."""

    text: str
    heading: bool = False
    number: int = 0
    swatch: str = ""
    muted: bool = False


NUMBER_ROOM = NOTE_SIZE * 3.4  # the swatch and a number up to three digits


def list_lines(placed: Sequence[PlacedGroup], width: float) -> list[ListLine]:
    """The heading of every group with notes in the list, and each such note's whole text
    under its number, wrapped to `width` points (a word too long for a line is cut in pieces)."""
    lines: list[ListLine] = []
    for group in placed:
        if not group.listed:
            continue
        heading = f"{group.group.name} ({len(group.group.notes)})"
        for part in wrap(heading, width, _bold_width, HEADING_SIZE, split_words=True) or []:
            lines.append(ListLine(part, heading=True))
        for number, note in group.listed:
            text = " ".join(note.text.split())
            wrapped = wrap(text, width - NUMBER_ROOM, _width, NOTE_SIZE, split_words=True)
            for index, part in enumerate(wrapped or [""]):
                first = index == 0
                lines.append(
                    ListLine(
                        part, number=number if first else 0, swatch=note.colour if first else ""
                    )
                )
    return lines


def _width(text: str, size: float) -> float:
    return text_width(text, size)


def _bold_width(text: str, size: float) -> float:
    return text_width(text, size, bold=True)


def _line_height(line: ListLine) -> float:
    return HEADING_SIZE * 1.5 if line.heading else LEADING


def _draw_list_line(canvas: Canvas, line: ListLine, x: float, y: float) -> None:
    """`y` is the top of the line's room."""
    canvas.setFillColor(colour(INK))
    if line.heading:
        canvas.setFont(BOLD, HEADING_SIZE)
        canvas.drawString(x, y - HEADING_SIZE * 1.15, line.text)
        return
    baseline = y - NOTE_SIZE
    if line.swatch:
        canvas.setFillColor(colour(line.swatch))
        canvas.setStrokeColor(colour(CARD_EDGE))
        canvas.setLineWidth(0.4)
        canvas.rect(x, baseline - 0.5, NOTE_SIZE * 0.8, NOTE_SIZE * 0.8, stroke=1, fill=1)
        canvas.setFillColor(colour(INK))
        canvas.setFont(BOLD, NOTE_SIZE)
        canvas.drawRightString(x + NUMBER_ROOM - NOTE_SIZE * 0.5, baseline, str(line.number))
    canvas.setFillColor(colour(MUTED if line.muted else INK))
    canvas.setFont(REGULAR, NOTE_SIZE)
    draw_string(
        canvas, x if line.muted else x + NUMBER_ROOM, baseline, line.text, REGULAR, NOTE_SIZE
    )


Area = tuple[float, float, float, float]  # x, bottom, width, top


def flow(
    lines: Sequence[ListLine], columns: Sequence[Area]
) -> tuple[list[tuple[ListLine, float, float]], int]:
    """Place lines top to bottom, column after column: (line, x, top) for each placed line,
    and how many were placed (the rest go on the next sheet). A note's lines stay together
    (and a heading with the first note under it) when they fit in a column at all."""
    placed: list[tuple[ListLine, float, float]] = []
    index = 0
    for x, bottom, _width, top in columns:
        y = top
        while index < len(lines):
            block = _block_height(lines, index)
            if y < top and y - block < bottom and block <= top - bottom:
                break  # the block fits a column: it starts the next one
            height = _line_height(lines[index])
            if y - height < bottom:
                break
            placed.append((lines[index], x, y))
            y -= height
            index += 1
    return placed, index


def _block_height(lines: Sequence[ListLine], index: int) -> float:
    """The height of the lines that belong together from `index`: a heading's lines and the
    first note under it, or one note's lines (a note's first line has its swatch)."""
    end = index
    while end < len(lines) and lines[end].heading:
        end += 1
    end += 1  # the note's first line
    while end < len(lines) and not lines[end].heading and not lines[end].swatch:
        end += 1
    if not lines[index].heading and not lines[index].swatch:
        return _line_height(lines[index])  # a note continued from the previous column
    return sum(_line_height(line) for line in lines[index:end])


def _columns(
    left: float, right: float, bottom: float, top: float, count: int, scale: float
) -> list[Area]:
    """`count` columns between the bounds (design points), in type units of `scale` points."""
    width = (right - left - (count - 1) * COLUMN_GAP) / count
    return [
        ((left + n * (width + COLUMN_GAP)) / scale, bottom / scale, width / scale, top / scale)
        for n in range(count)
    ]


def _list_ink(items: Sequence[tuple[ListLine, float, float]], scale: float) -> list[Box]:
    """Where the list's lines stand (design points): a tile of a tiled poster without any of
    them, the wheel or the header is not printed."""
    boxes = []
    for line, x, y in items:
        if line.heading:
            right = x + _bold_width(line.text, HEADING_SIZE)
        else:
            right = x + (0 if line.muted else NUMBER_ROOM) + _width(line.text, NOTE_SIZE)
        boxes.append((x * scale, (y - _line_height(line)) * scale, right * scale, y * scale))
    return boxes


def _draw_list(
    canvas: Canvas, items: Sequence[tuple[ListLine, float, float]], scale: float
) -> None:
    canvas.saveState()
    canvas.scale(scale, scale)
    for line, x, y in items:
        _draw_list_line(canvas, line, x, y)
    canvas.restoreState()


# --- the sheets -------------------------------------------------------------------------------

Drawing = Callable[[Canvas], None]


@dataclass(frozen=True, slots=True)
class Sheet:
    """One sheet of the poster: how to draw it, and where it has anything but its footer."""

    draw: Drawing
    ink: list[Box]


def session_pages(
    model: Model,
    contents: NetworkContents,
    language: Language,
    palette: Palette = CALM,
    moment_id: int | None = None,
    scale: float = 1.0,
) -> list[Sheet]:
    """The poster's sheets as drawings in A3 units: the wheel with the cards and the list's
    start, then as many sheets of list as the notes need; the notes' type at `scale` of A3's."""
    register_fonts()  # measuring the cards and the list needs them
    texts = words(language)
    width, height = DESIGN
    names = stakeholder_names(contents.network)
    wording = Wording.of(model, language, names)
    notes = [n for n in contents.notes if moment_id is None or n.moment_id == moment_id]
    arrangement = contents.wheel.arrangement
    place = session_wheel(width, height)
    placed = lay_out_session(
        model, groups_of(model, notes, wording), arrangement, wording, place.radius / scale
    )
    centre_marker = axis_marker(placed, model, place.radius / scale)
    top = header_rule(height) - 12
    bottom = MARGIN + 12
    first_columns = _columns(place.cx + place.radius + 30, width - MARGIN, bottom, top, 2, scale)
    lines = list_lines(placed, first_columns[0][2])
    title = contents.network.name
    subtitle = f"{model.name.in_(language)} — {texts['session_subtitle']}"
    pages: list[Sheet] = []
    header = (MARGIN, header_rule(height) - 1, width - MARGIN, height - MARGIN)
    wheel_box = disc_ink(place)

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
        for group in placed:
            for note, card in group.cards:
                draw_card(canvas, place, card, note.colour, scale, note.text)
            if group.marker is not None:
                draw_marker(canvas, place, group.marker, group.marker_text, scale)
        if centre_marker is not None:
            draw_marker(canvas, place, *centre_marker, scale)
        _draw_list(canvas, first_placed, scale)
        draw_footer(canvas, width, model, language, f"{texts['made_with']} · 1/{len(pages)}")

    first_placed, done = flow(lines, first_columns)
    if not lines:
        all_on = ListLine(texts["session_all_on_wheel"].format(count=len(notes)), muted=True)
        first_placed = [(all_on, first_columns[0][0], first_columns[0][3])]
    pages.append(Sheet(first, [header, *wheel_box, *_list_ink(first_placed, scale)]))
    rest = lines[done:]
    more_columns = _columns(MARGIN, width - MARGIN, bottom, top, 4, scale)
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
            _draw_list(canvas, items, scale)
            draw_footer(
                canvas, width, model, language, f"{texts['made_with']} · {number}/{len(pages)}"
            )

        pages.append(Sheet(sheet, [header, *_list_ink(page_placed, scale)]))
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
    pages = session_pages(model, contents, language, palette, moment_id, type_scale(size))
    output = SheetOutput(
        path,
        DESIGN,
        contents.network.name,
        texts["session_subtitle"],
        size,
        tile,
        texts["tile_place"],
    )
    for sheet in pages:
        sheet.draw(output.begin())
        output.end(sheet.ink)
    return output.save()
