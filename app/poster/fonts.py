"""The embedded fonts: DejaVu Sans regular and bold, shipped in `resources/fonts/`.

ReportLab parses a TrueType file once per registration, which costs tens of milliseconds, so
the fonts are registered once per process; every PDF then embeds only the glyphs it uses.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.core.resources import resource_path
from app.poster.errors import FontMissingError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Make the fonts known to ReportLab (idempotent), with bold as the family's <b> face."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file_name in _FILES.items():
        if name in registered:
            continue
        path = resource_path("fonts", file_name)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as error:
            raise FontMissingError(
                f"the font {file_name} could not be read from {path.parent}; "
                "reinstalling the program should bring it back"
            ) from error
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The advance width of `text` in points at `size`."""
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))
