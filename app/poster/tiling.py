"""Printing a large poster on an office printer: the poster cut into tiles of A4 or A3, each
with a white margin the printer can leave, the overlap its neighbour prints again (to glue
on), cut marks at the corners of its window and, in the margin, where it goes."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from enum import StrEnum

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4
from reportlab.pdfgen.canvas import Canvas

from app.poster.fonts import REGULAR
from app.poster.page import INK, MUTED
from app.poster.wheel import colour

SIZES: Mapping[str, tuple[float, float]] = {"A0": A0, "A1": A1, "A2": A2, "A3": A3, "A4": A4}
OVERLAP = 28.35  # 10 mm of each tile printed again on its neighbour, to glue on
TILE_MARGIN = 17.0  # 6 mm: what an office printer leaves white at the edges


Box = tuple[float, float, float, float]  # left, bottom, right, top


class PosterSize(StrEnum):
    A3 = "A3"
    A2 = "A2"
    A1 = "A1"
    A0 = "A0"


class SheetSize(StrEnum):
    A4 = "A4"
    A3 = "A3"


def tile_sheet(poster: tuple[float, float], sheet: SheetSize) -> tuple[float, float]:
    """The sheet's orientation that needs the fewest tiles for the poster."""
    width, height = SIZES[sheet.value]
    options = [(float(width), float(height)), (float(height), float(width))]
    return min(options, key=lambda option: len(tile_grid(poster, option)))


def tile_grid(poster: tuple[float, float], sheet: tuple[float, float]) -> list[tuple[float, float]]:
    """The lower-left corners (in poster points) of the tiles' printed windows, row by row from
    the top: each window is the sheet less its white margin, and the fewest windows that
    overlap by at least `OVERLAP` are spread evenly over the poster. No window reaches past the
    poster's edge, so none is left holding only a strip of its margin (the footer)."""
    window = (sheet[0] - 2 * TILE_MARGIN, sheet[1] - 2 * TILE_MARGIN)
    columns = _spread(poster[0], window[0])
    rows = _spread(poster[1], window[1])
    return [(x, poster[1] - window[1] - y) for y in rows for x in columns]


def _spread(length: float, window: float) -> list[float]:
    """Where the windows start along one side of `length`: as few as cover it with `OVERLAP`
    between neighbours, the first at 0 and the last ending at `length`, evenly apart."""
    count = max(1, math.ceil((length - OVERLAP) / (window - OVERLAP)))
    if count == 1:
        return [0.0]
    step = (length - window) / (count - 1)
    return [index * step for index in range(count)]


def tile_pages(
    canvas: Canvas,
    form: str,
    poster: tuple[float, float],
    sheet: tuple[float, float],
    caption: str,
    where: str = "{row}, {column}",
    ink: Sequence[Box] | None = None,
) -> None:
    """One sheet per tile: its window of the poster, cut marks at the window's corners, the
    overlap with the next tile marked, and where the tile goes written in the margin. Tiles
    whose window touches none of the `ink` boxes (poster points) are left out."""
    window = (sheet[0] - 2 * TILE_MARGIN, sheet[1] - 2 * TILE_MARGIN)
    corners = tile_grid(poster, sheet)
    xs = sorted({x for x, _y in corners})
    ys = sorted({y for _x, y in corners}, reverse=True)
    columns = len(xs)
    printed = _needed(corners, window, ink)
    for count, index in enumerate(printed, start=1):
        x0, y0 = corners[index]
        canvas.setPageSize(sheet)
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(TILE_MARGIN, TILE_MARGIN, window[0], window[1])
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.translate(TILE_MARGIN - x0, TILE_MARGIN - y0)
        canvas.doForm(form)
        canvas.restoreState()
        row, column = divmod(index, columns)
        # How far the next tile to the right / below prints this one's window again.
        overlap = (
            x0 + window[0] - xs[column + 1] if column + 1 < columns else 0.0,
            ys[row + 1] + window[1] - y0 if row + 1 < len(ys) else 0.0,
        )
        _cut_marks(canvas, sheet, window, overlap)
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(colour(MUTED))
        canvas.drawString(
            TILE_MARGIN,
            TILE_MARGIN * 0.35,
            f"{caption} · {where.format(row=row + 1, column=column + 1)} · {count}/{len(printed)}",
        )
        canvas.showPage()


def _needed(
    corners: Sequence[tuple[float, float]], window: tuple[float, float], ink: Sequence[Box] | None
) -> list[int]:
    """The tiles to print: those with ink inside their window less the overlap (what only
    they print), then any more that ink touching none of those needs."""
    windows = [(x0, y0, x0 + window[0], y0 + window[1]) for x0, y0 in corners]
    if ink is None:
        return list(range(len(windows)))
    inner = [(w[0] + OVERLAP, w[1] + OVERLAP, w[2] - OVERLAP, w[3] - OVERLAP) for w in windows]
    needed = {i for i, w in enumerate(inner) if any(_touches(w, box) for box in ink)}
    for box in ink:
        if not any(_touches(windows[i], box) for i in needed):
            needed |= {i for i, w in enumerate(windows) if _touches(w, box)}
    return sorted(needed)


def _touches(window: Box, box: Box) -> bool:
    """Whether the two boxes share more than an edge."""
    return window[0] < box[2] and box[0] < window[2] and window[1] < box[3] and box[1] < window[3]


def _cut_marks(
    canvas: Canvas,
    sheet: tuple[float, float],
    window: tuple[float, float],
    overlap: tuple[float, float],
) -> None:
    """Short lines in the white margin at each corner of the window, and dashes where the
    overlap with the next tile to the right and below begins (cut there, glue over the
    neighbour); a tile in the last column or row has no such dash on that side."""
    canvas.saveState()
    canvas.setStrokeColor(colour(INK))
    canvas.setLineWidth(0.5)
    left, bottom = TILE_MARGIN, TILE_MARGIN
    right, top = TILE_MARGIN + window[0], TILE_MARGIN + window[1]
    mark = TILE_MARGIN * 0.8
    for x in (left, right):
        canvas.line(x, 0.1, x, bottom - 2)
        canvas.line(x, top + 2, x, sheet[1] - 0.1)
    for y in (bottom, top):
        canvas.line(0.1, y, left - 2, y)
        canvas.line(right + 2, y, sheet[0] - 0.1, y)
    if any(overlap):
        canvas.setDash(2, 2)
    if overlap[0] > 0:
        canvas.line(right - overlap[0], top + 2, right - overlap[0], top + mark)
    if overlap[1] > 0:
        canvas.line(left - mark, bottom + overlap[1], left - 2, bottom + overlap[1])
    canvas.restoreState()
