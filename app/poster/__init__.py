"""Posters and reports as PDF, drawn with ReportLab from the model and the store's records.

One entry point per kind; each writes the file, returns its path and raises a `PosterError`
(with a message for people) when it cannot.
"""

from __future__ import annotations

from app.poster.blank_poster import render_blank_poster
from app.poster.errors import FontMissingError, LineNotFoundError, PosterError, PosterWriteError
from app.poster.line_poster import render_line_poster
from app.poster.page import Orientation
from app.poster.report import render_report
from app.poster.session_poster import render_session_poster
from app.poster.tiling import PosterSize, SheetSize

__all__ = [
    "FontMissingError",
    "LineNotFoundError",
    "Orientation",
    "PosterError",
    "PosterSize",
    "PosterWriteError",
    "SheetSize",
    "render_blank_poster",
    "render_line_poster",
    "render_report",
    "render_session_poster",
]
