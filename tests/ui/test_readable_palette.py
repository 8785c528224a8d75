"""The panels' texts read on the system's colours: selected items and muted or placeholder
texts reach 4.5:1 (WCAG 1.4.3), on Qt's own light palette and on a dark one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from app.core.wheel_layout import contrast_ratio
from app.ui.shell.application import application
from app.ui.widgets.readable_palette import readable_palette

Role = QPalette.ColorRole


def dark() -> QPalette:
    palette = QPalette()
    for role, colour in {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#eeeeee",
        Role.Base: "#1e1e1e",
        Role.Text: "#eeeeee",
        Role.Highlight: "#5aa0ff",
        Role.HighlightedText: "#ffffff",
        Role.PlaceholderText: "#666666",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def light(qapp) -> QPalette:
    return qapp.style().standardPalette()


@pytest.mark.parametrize("which", ["light", "dark"])
def test_selected_and_muted_texts_read(qapp, which: str) -> None:
    system = light(qapp) if which == "light" else dark()
    palette = readable_palette(system)

    def ratio(text: Role, background: Role) -> float:
        return contrast_ratio(palette.color(text).name(), palette.color(background).name())

    assert palette.color(Role.PlaceholderText).alpha() == 255
    assert ratio(Role.PlaceholderText, Role.Base) >= 4.5
    assert ratio(Role.PlaceholderText, Role.Window) >= 4.5
    assert ratio(Role.HighlightedText, Role.Highlight) >= 4.5
    assert ratio(Role.Text, Role.Base) >= 4.5
    assert ratio(Role.WindowText, Role.Window) >= 4.5
    # What already read is left as the system has it.
    assert palette.color(Role.Text) == system.color(Role.Text)
    assert palette.color(Role.Window) == system.color(Role.Window)


def test_the_default_palette_needed_it(qapp) -> None:
    system = light(qapp)
    selected = contrast_ratio(
        system.color(Role.HighlightedText).name(), system.color(Role.Highlight).name()
    )
    assert selected < 4.5  # Qt's own selection blue under white text: why this exists


def test_the_program_uses_it(qapp) -> None:
    before, font = qapp.palette(), qapp.font()
    try:
        application()
        used = qapp.palette()
        assert (
            contrast_ratio(
                used.color(Role.HighlightedText).name(), used.color(Role.Highlight).name()
            )
            >= 4.5
        )
    finally:
        qapp.setPalette(before)
        qapp.setFont(font)
