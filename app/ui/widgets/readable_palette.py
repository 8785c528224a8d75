"""The widgets' colours made readable: whatever palette the system hands us, selected text
and placeholder (or muted) text reach WCAG's 4.5:1 against what they stand on.

Qt's default palette fails both: white on its selection blue is 3.6:1, and its placeholder
colour (black at half strength) 4.0:1 on the window grey, and muted labels use that colour
too. Only what fails is changed, by moving the colour towards the text's opposite until it
passes, so a system's own choices stay wherever they already read well.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from app.core.wheel_layout import contrast_ratio

TEXT = 4.5  # WCAG 1.4.3, normal text

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def _opaque(colour: QColor, under: QColor) -> QColor:
    """`colour` as it shows over `under` (a translucent placeholder colour, say)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        alpha * colour.redF() + (1 - alpha) * under.redF(),
        alpha * colour.greenF() + (1 - alpha) * under.greenF(),
        alpha * colour.blueF() + (1 - alpha) * under.blueF(),
    )


def _towards(colour: QColor, target: QColor, share: float) -> QColor:
    return QColor.fromRgbF(
        colour.redF() + (target.redF() - colour.redF()) * share,
        colour.greenF() + (target.greenF() - colour.greenF()) * share,
        colour.blueF() + (target.blueF() - colour.blueF()) * share,
    )


def readable(colour: QColor, backgrounds: list[QColor], towards: QColor) -> QColor:
    """`colour`, moved step by step towards `towards` until it has 4.5:1 on every background."""
    for step in range(21):
        candidate = _towards(colour, towards, step / 20)
        if all(contrast_ratio(candidate.name(), b.name()) >= TEXT for b in backgrounds):
            return candidate
    return QColor(towards)


def readable_palette(palette: QPalette) -> QPalette:
    """A copy of `palette` whose selection and placeholder texts read (4.5:1)."""
    fixed = QPalette(palette)
    for group in (Group.Active, Group.Inactive):
        text = palette.color(group, Role.Text)
        base = palette.color(group, Role.Base)
        window = palette.color(group, Role.Window)
        placeholder = _opaque(palette.color(group, Role.PlaceholderText), base)
        fixed.setColor(group, Role.PlaceholderText, readable(placeholder, [base, window], text))
        highlighted = palette.color(group, Role.HighlightedText)
        highlight = palette.color(group, Role.Highlight)
        if contrast_ratio(highlighted.name(), highlight.name()) < TEXT:
            # Move the selection's colour away from its text (darker under white text).
            opposite = QColor("#000000") if highlighted.lightnessF() > 0.5 else QColor("#ffffff")
            fixed.setColor(group, Role.Highlight, readable(highlight, [highlighted], opposite))
    return fixed
