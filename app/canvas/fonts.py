"""The wheel's typeface: the bundled DejaVu Sans when it ships, else Qt's default font.

The program runs offline on machines we do not know, so it never asks for a system font by
name; a font either ships in `resources/fonts/` or we use whatever Qt falls back to.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from app.core.resources import resources_dir

_BUNDLED = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
_EMOJI = "NotoEmoji-Regular.ttf"  # monochrome outlines (OFL): emoji typed on phones


@lru_cache(maxsize=1)
def wheel_font_family() -> str | None:
    """The family name of the bundled font, registered once; None when none ships."""
    try:
        folder = resources_dir() / "fonts"
    except FileNotFoundError:
        return None
    family: str | None = None
    for name in _BUNDLED:
        file = folder / name
        if not file.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(file))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and family is None:
            family = families[0]
    return family


@lru_cache(maxsize=1)
def emoji_font_family() -> str | None:
    """The family name of the bundled emoji font, registered once; None when it does not ship."""
    try:
        file = resources_dir() / "fonts" / _EMOJI
    except FileNotFoundError:
        return None
    font_id = QFontDatabase.addApplicationFont(str(file)) if file.is_file() else -1
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def with_emoji(font: QFont) -> QFont:
    """`font` with the bundled emoji font as its fallback: a phone's 👵 is drawn, not a box.
    (Qt looks a missing glyph up in the font's further families, in order.)"""
    emoji = emoji_font_family()
    if emoji and emoji not in font.families():
        # The family as the system resolved it: an alias such as "Sans Serif" in a list of
        # families is looked up literally, found nowhere, and every glyph the emoji font has
        # (digits, arrows) would be drawn from it.
        resolved = QFontInfo(font).family()
        families = [resolved if f == font.family() else f for f in font.families()]
        font.setFamilies([*(families or [resolved]), emoji])
    return font


def wheel_font(pixel_size: int, bold: bool = False) -> QFont:
    """A font for drawing on the wheel, unhinted so that it scales smoothly with the view."""
    family = wheel_font_family()
    font = with_emoji(QFont(family) if family else QFont())
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font
