"""Emoji typed on a phone are drawn on screen with the bundled Noto Emoji, not as a box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from app.canvas.fonts import emoji_font_family, wheel_font, with_emoji

GRANDMA = "\U0001f475"


def _drawn(font: QFont, text: str = GRANDMA) -> QImage:
    font.setPixelSize(48)
    image = QImage(80, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return image


def test_the_emoji_font_ships_and_backs_up_the_wheel_and_the_window_fonts(qapp, tmp_path) -> None:
    emoji = emoji_font_family()
    assert emoji == "Noto Emoji"
    assert wheel_font(20).families()[-1] == emoji
    assert qapp.font().families()[-1] == emoji or with_emoji(qapp.font()).families()[-1] == emoji

    on_wheel = _drawn(wheel_font(48))
    direct = _drawn(QFont(emoji))
    missing = _drawn(wheel_font(48), "\ue000")  # a character no font has: the box
    for name, image in (("wiel", on_wheel), ("noto", direct), ("doos", missing)):
        image.save(str(tmp_path / f"oma-{name}.png"))
    assert _overlap(on_wheel, direct) > 0.8  # Noto Emoji's own glyph (hinting aside)
    assert _overlap(on_wheel, missing) < 0.5  # not the box


def _dark(image: QImage) -> set[tuple[int, int]]:
    return {
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 128
    }


def _overlap(one: QImage, other: QImage) -> float:
    a, b = _dark(one), _dark(other)
    return len(a & b) / max(1, len(a | b))
