"""Text that fits its box: user text as safe paragraphs, type that shrinks to a floor, overflow.

A poster box holds flowables built at a scale. `fit_scale` finds the largest scale (down to
`FLOOR`) at which they fit; what still does not fit at the floor is returned by `fill_box`
and continues on a further sheet, so nothing is ever clipped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer

from app.poster.fonts import BOLD, REGULAR, markup
from app.poster.wheel import colour

# Scales tried from the preferred size down; 0.72 of 10-point body type is 7.2 points, still
# readable on a poster at arm's length.
SCALES = (1.0, 0.92, 0.85, 0.78, 0.72)
FLOOR = SCALES[-1]
INK = "#0b2530"
MUTED = "#4f6b74"


def plain(text: str) -> str:
    """User text as Paragraph markup that prints literally: `<b>x</b>` stays `<b>x</b>`."""
    lines = [markup(" ".join(line.split())) for line in text.strip().splitlines()]
    return "<br/>".join(lines)


@dataclass(frozen=True, slots=True)
class Styles:
    """Paragraph styles for one scale; `size` is the body size in points."""

    body: ParagraphStyle
    muted: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    bullet: ParagraphStyle
    question: ParagraphStyle

    @property
    def size(self) -> float:
        return float(self.body.fontSize)


def styles(scale: float, body: float = 10.0) -> Styles:
    size = body * scale

    def style(name: str, font: str, factor: float, ink: str, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size * factor,
            leading=size * factor * 1.3,
            textColor=colour(ink),
            bulletFontName=REGULAR,
            bulletFontSize=size * factor,
            **extra,
        )

    return Styles(
        body=style("body", REGULAR, 1.0, INK, spaceAfter=size * 0.4),
        muted=style("muted", REGULAR, 0.92, MUTED, spaceAfter=size * 0.3),
        small=style("small", REGULAR, 0.85, MUTED, spaceAfter=size * 0.15),
        heading=style("heading", BOLD, 1.05, INK, spaceBefore=size * 0.5, spaceAfter=size * 0.25),
        subheading=style(
            "subheading", BOLD, 0.88, MUTED, spaceBefore=size * 0.6, spaceAfter=size * 0.15
        ),
        bullet=style(
            "bullet",
            REGULAR,
            0.95,
            INK,
            leftIndent=size,
            bulletIndent=size * 0.2,
            spaceAfter=size * 0.15,
        ),
        question=style(
            "question",
            REGULAR,
            0.88,
            MUTED,
            leftIndent=size * 0.9,
            bulletIndent=size * 0.1,
            spaceAfter=size * 0.1,
        ),
    )


# Characters per Paragraph. ReportLab breaks a paragraph into lines in time that grows with the
# square of its words (it takes each word with list.pop(0)), and re-breaks all that is left
# each time the paragraph is split over a box, a column or a sheet. Long user text is therefore
# handed over in pieces of this size: each piece costs the same, so a poster's time grows
# linearly with its text (tests/benchmarks/test_poster_bench.py). 1,000 characters is about
# fifteen lines in a chain column, so a break between pieces is rare and falls at a sentence end.
PIECE = 1_000


def pieces(text: str, size: int = PIECE) -> list[str]:
    """`text` in pieces of at most `size` characters, cut after a sentence or a line where one
    ends in the second half of the piece, else at a space, else (one long word) anywhere."""
    result: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        ends = (window.rfind(end) + len(end) for end in (". ", "! ", "? ", "\n") if end in window)
        cut = max(ends, default=0)
        if cut <= size // 2:
            cut = window.rfind(" ") + 1
        if cut <= 0:
            cut = size
        result.append(text[start : start + cut])
        start += cut
    result.append(text[start:])
    return result


def paragraphs(
    text: str, style: ParagraphStyle, prefix: str = "", bullet_text: str | None = None
) -> list[Paragraph]:
    """Plain user text as one paragraph to the eye, built from `pieces` (see PIECE).

    `prefix` is markup before the text (a bold label), `bullet_text` a bullet; both go on the
    first piece. The pieces sit together with no space between them.
    """
    parts = [plain(part) for part in pieces(text)] if len(text) > PIECE else [plain(text)]
    if len(parts) == 1:
        return [Paragraph(prefix + parts[0], style, bulletText=bullet_text)]
    first = style.clone(f"{style.name}-first", spaceAfter=0)
    middle = style.clone(f"{style.name}-middle", spaceBefore=0, spaceAfter=0)
    last = style.clone(f"{style.name}-last", spaceBefore=0)
    result = [Paragraph(prefix + parts[0], first, bulletText=bullet_text)]
    result += [Paragraph(part, middle) for part in parts[1:-1]]
    result.append(Paragraph(parts[-1], last))
    return result


def bullet(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """One bulleted paragraph of plain user or model text (in pieces if it is long)."""
    return paragraphs(text, style, bullet_text="•")


def height_of(
    flowables: Sequence[Flowable], width: float, room: float, stop_above: float = math.inf
) -> float:
    """The height the flowables take stacked in a frame `width` wide (spacing included).

    Measuring stops once the height passes `stop_above`: whether text fits a box is known
    after a box's worth of it, so fitting costs no more for a long story than for a short one.
    """
    total = 0.0
    for index, flowable in enumerate(flowables):
        _w, height = flowable.wrap(width, room)
        total += height + flowable.getSpaceAfter()
        if index:
            total += flowable.getSpaceBefore()
        if total > stop_above:
            break
    return total


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the sheet for flowing text, and what to call its content on a later sheet."""

    x: float
    y: float
    width: float
    height: float
    title: str
    padding: float = 6.0

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.padding

    @property
    def inner_height(self) -> float:
        return self.height - 2 * self.padding


class TooLargeError(ValueError):
    """A single piece of content cannot fit even an empty frame."""


Builder = Callable[[Styles], list[Flowable]]


def fit_scale(build: Builder, box: Box, body: float = 10.0) -> float:
    """The largest scale at which everything `build` makes fits the box (else the floor)."""
    for scale in SCALES:
        flowables = build(styles(scale, body))
        room = box.inner_height
        if height_of(flowables, box.inner_width, room, stop_above=room) <= room:
            return scale
    return FLOOR


def fill_box(
    canvas: Canvas,
    box: Box,
    flowables: list[Flowable],
    ink: list[tuple[float, float, float, float]] | None = None,
) -> list[Flowable]:
    """Draw as much as fits in the box; return what is left (split paragraphs included).
    With `ink`, add to it the part of the box the text took (left, bottom, right, top)."""
    pending = list(flowables)
    frame = _frame(box.x, box.y, box.width, box.height, box.padding)
    fill_frame(canvas, frame, pending)
    if ink is not None:
        ink.append((box.x, frame._y, box.x + box.width, box.y + box.height))  # _y: its low water
    return pending


def fill_frame(canvas: Canvas, frame: Frame, pending: list[Flowable]) -> None:
    """Draw flowables from the front of `pending` into `frame`, splitting the one that ends it.

    Raises `TooLargeError` if the first flowable fits neither whole nor split in the empty frame.
    """
    first = True
    while pending:
        head = pending[0]
        if frame.add(head, canvas, trySplit=0):
            pending.pop(0)
            first = False
            continue
        parts = frame.split(head, canvas)
        if len(parts) > 1 and frame.add(parts[0], canvas, trySplit=0):
            pending[0:1] = parts[1:]
        elif first:
            raise TooLargeError("a piece of text is larger than a whole column")
        return


def _frame(x: float, y: float, width: float, height: float, padding: float) -> Frame:
    return Frame(
        x,
        y,
        width,
        height,
        leftPadding=padding,
        rightPadding=padding,
        topPadding=padding,
        bottomPadding=padding,
        showBoundary=0,
    )


@dataclass(frozen=True, slots=True)
class Overflow:
    """What did not fit in a box on the first sheet, under the box's title."""

    title: str
    flowables: list[Flowable]


def continuation_flowables(
    overflows: Sequence[Overflow], words_continued: str, style: Styles
) -> list[Flowable]:
    """All overflow in order, each part under its title with '(continued)'."""
    result: list[Flowable] = []
    for overflow in overflows:
        if not overflow.flowables:
            continue
        result.append(
            Paragraph(f"{escape(overflow.title)} ({escape(words_continued)})", style.heading)
        )
        result.extend(overflow.flowables)
        result.append(Spacer(1, style.size))
    return result


def flow_columns(
    canvas: Canvas,
    columns: Sequence[tuple[float, float, float, float]],
    flowables: list[Flowable],
    new_sheet: Callable[[], None],
    max_sheets: int = 40,
    end_sheet: Callable[[], None] | None = None,
) -> int:
    """Flow `flowables` through `columns` (x, y, w, h) on as many sheets as needed.

    `new_sheet()` draws a sheet's header and footer, `end_sheet()` finishes it (by default
    the canvas's next page); returns the number of sheets used.
    """
    pending = list(flowables)
    sheets = 0
    while pending:
        if sheets == max_sheets:
            raise TooLargeError("the content needs more sheets than a poster should have")
        new_sheet()
        sheets += 1
        for x, y, width, height in columns:
            fill_frame(canvas, _frame(x, y, width, height, 6.0), pending)
            if not pending:
                break
        (end_sheet or canvas.showPage)()
    return sheets
