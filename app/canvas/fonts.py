"""The wheel's typeface: the bundled DejaVu Sans when it ships, else Qt's default font.

The program runs offline on machines we do not know, so it never asks for a system font by
name; a font either ships in `resources/fonts/` or we use whatever Qt falls back to.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase

from app.core.resources import resources_dir

_BUNDLED = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


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


def wheel_font(pixel_size: int, bold: bool = False) -> QFont:
    """A font for drawing on the wheel, unhinted so that it scales smoothly with the view."""
    family = wheel_font_family()
    font = QFont(family) if family else QFont()
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font
