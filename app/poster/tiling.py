"""Printing a large poster on an office printer: the poster cut into tiles of A4 or A3, each
with a white margin the printer can leave, the overlap its neighbour prints again (to glue
on), cut marks at the corners of its window and, in the margin, where it goes."""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import StrEnum

from reportlab.lib.pagesizes import A0, A1, A2, A3, A4
from reportlab.pdfgen.canvas import Canvas

from app.poster.fonts import REGULAR
from app.poster.page import INK, MUTED
from app.poster.wheel import colour

SIZES: Mapping[str, tuple[float, float]] = {"A0": A0, "A1": A1, "A2": A2, "A3": A3, "A4": A4}
OVERLAP = 28.35  # 10 mm of each tile printed again on its neighbour, to glue on
TILE_MARGIN = 17.0  # 6 mm: what an office printer leaves white at the edges


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
    """The lower-left corners (in poster points) of the tiles' printed windows: each window
    is the sheet less its white margin; neighbours share `OVERLAP`."""
    window = (sheet[0] - 2 * TILE_MARGIN, sheet[1] - 2 * TILE_MARGIN)
    step = (window[0] - OVERLAP, window[1] - OVERLAP)
    columns = max(1, math.ceil((poster[0] - OVERLAP) / step[0]))
    rows = max(1, math.ceil((poster[1] - OVERLAP) / step[1]))
    return [
        (c * step[0], poster[1] - window[1] - r * step[1])
        for r in range(rows)
        for c in range(columns)
    ]


def tile_pages(
    canvas: Canvas,
    form: str,
    poster: tuple[float, float],
    sheet: tuple[float, float],
    caption: str,
    where: str = "{row}, {column}",
) -> None:
    """One sheet per tile: its window of the poster, cut marks at the window's corners, the
    overlap marked, and where the tile goes written in the margin."""
    window = (sheet[0] - 2 * TILE_MARGIN, sheet[1] - 2 * TILE_MARGIN)
    corners = tile_grid(poster, sheet)
    columns = len({x for x, _y in corners})
    for index, (x0, y0) in enumerate(corners):
        canvas.setPageSize(sheet)
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(TILE_MARGIN, TILE_MARGIN, window[0], window[1])
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.translate(TILE_MARGIN - x0, TILE_MARGIN - y0)
        canvas.doForm(form)
        canvas.restoreState()
        _cut_marks(canvas, sheet, window)
        row, column = divmod(index, columns)
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(colour(MUTED))
        canvas.drawString(
            TILE_MARGIN,
            TILE_MARGIN * 0.35,
            f"{caption} · {where.format(row=row + 1, column=column + 1)}"
            f" · {index + 1}/{len(corners)}",
        )
        canvas.showPage()


def _cut_marks(canvas: Canvas, sheet: tuple[float, float], window: tuple[float, float]) -> None:
    """Short lines in the white margin at each corner of the window, and dashes where the
    overlap with the next tile begins (cut there, glue over the neighbour)."""
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
    canvas.setDash(2, 2)
    canvas.line(right - OVERLAP, top + 2, right - OVERLAP, top + mark)
    canvas.line(left - mark, bottom + OVERLAP, left - 2, bottom + OVERLAP)
    canvas.restoreState()
