"""Tooltips show what people typed as they typed it: Qt reads a tooltip that looks like markup
as markup, so every tooltip made from user text goes through `plain_tooltip`."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from app.ui.control.workshop import Workshop
from app.ui.panels.lines_panel import LinesPanel
from app.ui.widgets.plain import plain_tooltip


def shown(tooltip: str) -> str:
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_a_tooltip_shows_markup_and_ampersands_as_typed(qapp) -> None:
    for text in ("<b>Wijk</b> Oost", "Armoede & schulden", "a < b > c", "“citaat” 'x'"):
        assert shown(plain_tooltip(text)) == text


def test_a_line_s_title_is_its_tooltip_as_typed(workshop: Workshop) -> None:
    line_id = workshop.save_line()
    workshop.rename_line(line_id, "<i>Samen</i> sterk")
    panel = LinesPanel(workshop)
    assert shown(panel.list.item(0).toolTip()) == "<i>Samen</i> sterk"
