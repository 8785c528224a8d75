"""The sheet: exact A3 in either orientation, margins, the header and footer every poster shares."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path

from reportlab.lib.pagesizes import A3, landscape, portrait
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
    """A canvas for one PDF file with the fonts registered and the document info filled in."""
    register_fonts()
    canvas = Canvas(
        str(path), pagesize=size, pageCompression=1, initialFontName=REGULAR, initialFontSize=10
    )
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("Netwerkimpact")
    canvas.setAuthor("Netwerkimpact")
    return canvas


def save(canvas: Canvas, path: Path) -> Path:
    """Write the PDF through `db.files.write_output` (a temporary file beside it, synced,
    then renamed: a failure leaves any earlier file whole, and the store is refused), turning
    a failure into a `PosterWriteError`."""
    try:
        write_output(path, canvas.getpdfdata())
    except (OutputRefusedError, OutputWriteError) as error:
        raise PosterWriteError(f"the PDF could not be written to {path}: {error}") from error
    except OSError as error:
        raise PosterWriteError(
            f"the PDF could not be written to {path}: {error.strerror or error}"
        ) from error
    return path


def fitted_size(text: str, preferred: float, minimum: float, room: float, bold: bool) -> float:
    """The largest size from `preferred` down to `minimum` at which `text` fits `room` points."""
    size = preferred
    while size > minimum and text_width(text, size, bold) > room:
        size = max(minimum, size * 0.95)
    return size


def shortened(text: str, size: float, room: float, bold: bool = False) -> str:
    """`text`, cut with an ellipsis if it is wider than `room` points at `size`."""
    if text_width(text, size, bold) <= room:
        return text
    while text and text_width(text + "…", size, bold) > room:
        text = text[:-1]
    return text.rstrip() + "…"


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
    """The model's name and source on the left, `right` on the right, in small muted type."""
    texts = words(language)
    canvas.setFillColor(colour(MUTED))
    canvas.setFont(REGULAR, 7)
    left = f"{model.name.in_(language)} · {texts['model_source']}: {model.source}"
    room = width - 2 * MARGIN - text_width(right, 7) - 24
    canvas.drawString(MARGIN, MARGIN * 0.55, shortened(left, 7, room))
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
