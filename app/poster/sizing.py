"""A poster drawn on A3 and put out at A3, A2, A1 or A0, on one sheet or tiled onto office
paper: every poster is laid out in A3 units and scaled as a whole, so a larger sheet prints
everything larger (9.5 pt on A3 is 19 pt on A1) and its layout cannot differ from the A3 one.
The A-sizes share one aspect ratio, so the scale is the same both ways."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import landscape, portrait
from reportlab.pdfbase.pdfdoc import PDFResourceDictionary, xObjectName
from reportlab.pdfgen.canvas import Canvas

from app.poster.page import new_canvas, save
from app.poster.tiling import SIZES, Box, PosterSize, SheetSize, tile_pages, tile_sheet


def sheet_size(size: PosterSize, like: tuple[float, float]) -> tuple[float, float]:
    """The sheet of `size` in points, turned like the design sheet `like`."""
    turn = landscape if like[0] > like[1] else portrait
    width, height = turn(SIZES[size.value])
    return float(width), float(height)


class SheetOutput:
    """Where a poster's sheets go: `begin()` before drawing a sheet in design units,
    `end()` after it; the sheet is then scaled onto the poster size, or cut into tiles."""

    def __init__(
        self,
        path: Path,
        design: tuple[float, float],
        title: str,
        subject: str,
        size: PosterSize = PosterSize.A3,
        tile: SheetSize | None = None,
        where: str = "{row}, {column}",
    ) -> None:
        self.path = path
        self.design = design
        self.size = size
        self.poster = sheet_size(size, design)
        self.factor = self.poster[0] / design[0]
        self.tile = None if tile is None else tile_sheet(self.poster, tile)
        self.where = where
        self.canvas: Canvas = new_canvas(path, self.tile or self.poster, title, subject)
        self.sheets = 0

    def begin(self) -> Canvas:
        """Start a sheet; draw on the returned canvas in design units (points on A3)."""
        self.sheets += 1
        if self.tile is None:
            self.canvas.setPageSize(self.poster)
            self.canvas.saveState()
        else:
            self.canvas.beginForm(self._form, 0, 0, self.poster[0], self.poster[1])
        self.canvas.scale(self.factor, self.factor)
        return self.canvas

    def end(self, ink: Sequence[Box] | None = None) -> None:
        """Finish the sheet: one page at the poster's size, or one page per tile.

        `ink` says where the sheet has anything but its footer (boxes in design units); a tile
        that touches none of them is left out, since a sheet with nothing but white paper and
        the footer strip is a sheet wasted. None: anywhere.
        """
        if self.tile is None:
            self.canvas.restoreState()
            self.canvas.showPage()
            return
        self.canvas.endForm()
        _complete_resources(self.canvas, self._form)
        tile_pages(
            self.canvas,
            self._form,
            self.poster,
            self.tile,
            f"{self.size.value} · {self.sheets}",
            self.where,
            None if ink is None else [_scaled(box, self.factor) for box in ink],
        )

    def save(self) -> Path:
        """Write the finished PDF (atomically, see `app.poster.page.save`)."""
        return save(self.canvas, self.path)

    @property
    def _form(self) -> str:
        return f"sheet{self.sheets}"


def _scaled(box: Box, factor: float) -> Box:
    return (box[0] * factor, box[1] * factor, box[2] * factor, box[3] * factor)


def _complete_resources(canvas: Canvas, name: str) -> None:
    """Give the form `name` the resources a page would have.

    ReportLab (up to 5.x at least) records a form's graphics states (the transparency of the
    pale fills) and colour spaces but leaves them out of the form's /Resources, so poppler, and
    with it CUPS and many print shops, reports "ExtGState 'gRLs0' is unknown" and prints those
    fills wrongly. The page-building code of `PDFPage.format` is the model for this one.
    """
    form = canvas._doc.idToObject[xObjectName(name)]
    resources = PDFResourceDictionary()
    resources.basicFonts()
    if form.XObjects:
        resources.XObject = form.XObjects
    if form.ExtGState:
        resources.ExtGState = form.ExtGState
    resources.setColorSpace(getattr(form, "_colorsUsed", {}))
    form.Resources = resources
