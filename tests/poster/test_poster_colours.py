"""The posters' own colours meet WCAG on the white paper: text 4.5:1, lines and edges that
carry meaning 3:1 (the wheel on a poster uses the screen's palette: tests/core)."""

from __future__ import annotations

from app.core.wheel_layout import CALM, HIGH_CONTRAST, contrast_ratio
from app.poster import page, session_poster, textflow, trend_chart

PAPER = "#ffffff"


def test_poster_texts_read_on_the_paper() -> None:
    for text in (page.INK, page.MUTED, textflow.INK, textflow.MUTED, trend_chart.INK):
        assert contrast_ratio(text, PAPER) >= 4.5, text


def test_chart_lines_and_marks_stand_out_from_the_paper() -> None:
    # The measured line, the target, and the dash of a moment without a value all mean
    # something; the grid behind them does not.
    for mark in (trend_chart.LINE, trend_chart.TARGET, trend_chart.MISSING):
        assert contrast_ratio(mark, PAPER) >= 3.0, mark


def test_post_it_cards_on_the_session_poster_have_a_visible_edge() -> None:
    # A pale card on white paper is told by its edge; its text reads on every card colour.
    assert contrast_ratio(session_poster.CARD_EDGE, PAPER) >= 3.0
    for colour in (*CALM.note_colours, *HIGH_CONTRAST.note_colours):
        assert contrast_ratio(page.INK, colour) >= 4.5, colour
