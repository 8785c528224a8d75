"""The embedded fonts: DejaVu Sans regular and bold, shipped in `resources/fonts/`, and Noto
Emoji (monochrome outlines, OFL) for the emoji participants type on their phones.

ReportLab parses a TrueType file once per registration, which costs tens of milliseconds, so
the fonts are registered once per process; every PDF then embeds only the glyphs it uses.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.core.resources import resource_path
from app.poster.errors import FontMissingError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
EMOJI = "NotoEmoji"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", EMOJI: "NotoEmoji-Regular.ttf"}
_BEYOND_BMP = re.compile(r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>")


class _EmojiFont(TTFont):  # type: ignore[misc]  # reportlab ships no type hints
    """A TrueType font whose characters lie beyond U+FFFF.

    ReportLab writes a subset's ToUnicode entries as `<%04X>`, which for 👵 (U+1F475) gives
    five digits that poppler reads as U+1F47: the text could not be found or copied. The
    entries are rewritten as UTF-16 surrogate pairs, as the PDF standard asks (9.10.3).
    """

    def addObjects(self, doc: PDFDocument) -> None:
        super().addObjects(doc)
        for name, stream in doc.idToObject.items():
            if str(name).startswith("toUnicodeCMap:") and self.face.name.decode() in str(name):
                stream.content = _BEYOND_BMP.sub(_surrogates, stream.content)


def _surrogates(match: re.Match[str]) -> str:
    code = int(match.group(2), 16) - 0x10000
    high, low = 0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)
    return f"<{match.group(1)}> <{high:04X}{low:04X}>"


def register_fonts() -> None:
    """Make the fonts known to ReportLab (idempotent), with bold as the family's <b> face."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file_name in _FILES.items():
        if name in registered:
            continue
        path = resource_path("fonts", file_name)
        kind = _EmojiFont if name == EMOJI else TTFont
        try:
            pdfmetrics.registerFont(kind(name, str(path)))
        except (OSError, TTFError) as error:
            raise FontMissingError(
                f"the font {file_name} could not be read from {path.parent}; "
                "reinstalling the program should bring it back"
            ) from error
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)


@lru_cache(maxsize=8192)
def runs(text: str, font: str = REGULAR) -> tuple[tuple[str, str], ...]:
    """`text` cut into (piece, font) runs: what `font` has no glyph for but Noto Emoji has
    goes to Noto Emoji (emoji typed on a phone), the rest stays in `font`. Cached: labels and
    notes are measured many times while a poster is laid out."""
    register_fonts()
    own = pdfmetrics.getFont(font).face.charToGlyph
    if all(ord(char) in own for char in text):
        return ((text, font),)
    emoji = pdfmetrics.getFont(EMOJI).face.charToGlyph
    result: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        # Joiners and variation selectors belong to the emoji around them.
        wanted = (
            EMOJI
            if (code not in own and code in emoji)
            or (result and result[-1][1] == EMOJI and code in (0x200D, 0xFE0F))
            else font
        )
        if result and result[-1][1] == wanted:
            result[-1] = (result[-1][0] + char, wanted)
        else:
            result.append((char, wanted))
    return tuple(result)


def markup(text: str) -> str:
    """`text` escaped for a Paragraph, its emoji in Noto Emoji (`<font name=…>`)."""
    return "".join(
        escape(piece) if font != EMOJI else f'<font name="{EMOJI}">{escape(piece)}</font>'
        for piece, font in runs(text)
    )


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The advance width of `text` in points at `size` (emoji measured in their own font)."""
    font = BOLD if bold else REGULAR
    if text.isascii():
        return float(pdfmetrics.stringWidth(text, font, size))
    return float(sum(pdfmetrics.stringWidth(piece, f, size) for piece, f in runs(text, font)))


def draw_runs(
    text_object: PDFTextObject, text: str, font: str, size: float, leading: float
) -> None:
    """Write `text` at a text object's current point, each run in its font."""
    for piece, run_font in runs(text, font):
        text_object.setFont(run_font, size, leading)
        text_object.textOut(piece)
    text_object.setFont(font, size, leading)


def draw_string(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    """`canvas.drawString` with emoji in their own font."""
    text_object = canvas.beginText(x, y)
    draw_runs(text_object, text, font, size, size * 1.2)
    canvas.drawText(text_object)
