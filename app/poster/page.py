"""The sheet: exact A3 in either orientation, margins, the header and footer every poster shares."""

from __future__ import annotations

import io
from datetime import date
from enum import StrEnum
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape, portrait
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.core.model import Language, Model
from app.poster.errors import PosterWriteError
from app.poster.fonts import BOLD, REGULAR, register_fonts, text_width
from app.poster.texts import words
from app.poster.wheel import colour
from db.errors import OutputRefusedError, OutputWriteError
from db.files import write_output

# 10 mm: inside what any office printer can reach, and room for a pin or tape.
MARGIN = 28.35
INK = "#0b2530"
MUTED = "#5d7a83"


class Orientation(StrEnum):
    LANDSCAPE = "landscape"
    PORTRAIT = "portrait"


def a3_size(orientation: Orientation) -> tuple[float, float]:
    """A3 (420 × 297 mm) in points, the long side horizontal for landscape."""
    width, height = landscape(A3) if orientation is Orientation.LANDSCAPE else portrait(A3)
    return float(width), float(height)


def new_canvas(path: Path, size: tuple[float, float], title: str, subject: str) -> Canvas:
    """A canvas for one PDF with the fonts registered and the document info filled in.

    It draws into memory; `save` puts the finished PDF at `path` in one atomic step, so a full
    disk or a failure halfway never leaves a cut-off file where a good one was.
    """
    register_fonts()
    canvas = Canvas(
        io.BytesIO(), pagesize=size, pageCompression=1, initialFontName=REGULAR, initialFontSize=10
    )
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("Netwerkimpact")
    canvas.setAuthor("Netwerkimpact")
    return canvas


def save(canvas: Canvas, path: Path) -> Path:
    """Write the finished PDF to `path` (see `write_pdf`)."""
    return write_pdf(canvas.getpdfdata(), path)


def write_pdf(data: bytes, path: Path) -> Path:
    """Put a whole PDF at `path` through `db.files`: a temporary file in the same folder, then a
    rename; never onto the store. Failures become a `PosterWriteError` for people."""
    try:
        write_output(path, data)
    except (OutputRefusedError, OutputWriteError) as error:
        raise PosterWriteError(str(error)) from error
    return path


def fitted_size(text: str, preferred: float, minimum: float, room: float, bold: bool) -> float:
    """The largest size from `preferred` down to `minimum` at which `text` fits `room` points."""
    size = preferred
    while size > minimum and text_width(text, size, bold) > room:
        size = max(minimum, size * 0.95)
    return size


def shortened(text: str, size: float, room: float, bold: bool = False) -> str:
    """`text`, cut with an ellipsis if it is wider than `room` points at `size`.

    The longest prefix that fits is found by bisection: a few measurements, not one per
    character taken off.
    """
    if text_width(text, size, bold) <= room:
        return text
    fits, too_long = 0, len(text)  # text[:fits] + "…" fits (or fits == 0); text[:too_long] not
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if text_width(text[:middle] + "…", size, bold) <= room:
            fits = middle
        else:
            too_long = middle
    return text[:fits].rstrip() + "…"


def draw_header(
    canvas: Canvas, width: float, height: float, title: str, subtitle: str, note: str = ""
) -> float:
    """The network's name large at the top, a subtitle beneath it; returns the y below them."""
    room = width - 2 * MARGIN - (text_width(note, 11) + 20 if note else 0)
    size = fitted_size(title, 34, 16, room, bold=True)
    # A fixed baseline, so the layout below the header never depends on the title's length.
    top = height - MARGIN - 34 * 0.8
    canvas.setFillColor(colour(INK))
    canvas.setFont(BOLD, size)
    canvas.drawString(MARGIN, top, shortened(title, size, room, bold=True))
    canvas.setFillColor(colour(MUTED))
    canvas.setFont(REGULAR, 13)
    canvas.drawString(MARGIN, top - 21, shortened(subtitle, 13, width - 2 * MARGIN))
    if note:
        canvas.setFont(REGULAR, 11)
        canvas.drawRightString(width - MARGIN, top + 4, note)
    rule = header_rule(height)
    canvas.setStrokeColor(colour("#d8d2c4"))
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, rule, width - MARGIN, rule)
    return rule


def header_rule(height: float) -> float:
    """The y of the rule under the header: the top of a poster's content area."""
    return height - MARGIN - 34 * 0.8 - 32


def draw_footer(canvas: Canvas, width: float, model: Model, language: Language, right: str) -> None:
    """The model's name and its citation on the left, whole and in the poster's language, and
    `right` on the right, in small muted type; a citation too wide for one line takes two."""
    texts = words(language)
    canvas.setFillColor(colour(MUTED))
    canvas.setFont(REGULAR, 7)
    left = f"{model.name.in_(language)} · {texts['model_source']}: {model.citation.in_(language)}"
    room = width - 2 * MARGIN - text_width(right, 7) - 24
    lines = simpleSplit(left, REGULAR, 7, room)
    for number, line in enumerate(lines):
        canvas.drawString(MARGIN, MARGIN * 0.55 + 8 * (len(lines) - 1 - number), line)
    canvas.drawRightString(width - MARGIN, MARGIN * 0.55, right)


def today_text(language: Language) -> str:
    """Today's date as people write it: 7 mei 2025 / 7 May 2025."""
    return date_text(date.today(), language)


_MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def date_text(day: date, language: Language) -> str:
    return f"{day.day} {_MONTHS.get(language, _MONTHS['nl'])[day.month - 1]} {day.year}"
