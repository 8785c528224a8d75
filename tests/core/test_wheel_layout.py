"""Layout and colours shared by screen and poster: legible text, labels that fit their arc."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.wheel_layout import (
    CORE_RADIUS,
    PALETTES,
    RING_BOUNDS,
    contrast_ratio,
    fit_label,
    reads_clockwise,
)


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_every_label_has_at_least_7_to_1_contrast_against_its_segment(palette) -> None:
    for ring in (palette.core, *palette.rings):
        assert contrast_ratio(ring.text, ring.fill) >= 7.0, (palette.name, ring)
        assert contrast_ratio(ring.text, ring.fill_alternate) >= 7.0, (palette.name, ring)


def test_contrast_ratio_matches_the_wcag_extremes() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)


def test_the_rings_tile_the_wheel_from_the_core_to_the_edge() -> None:
    assert RING_BOUNDS[0][0] == CORE_RADIUS
    for (_, outer), (inner, _) in itertools.pairwise(RING_BOUNDS):
        assert outer == inner
    assert RING_BOUNDS[-1][1] == 1.0


@pytest.mark.parametrize(
    ("angle", "clockwise"),
    [
        (0, True),
        (45, True),
        (90, True),
        (135, False),
        (180, False),
        (269, False),
        (270, True),
        (-45, True),
        (400, True),
    ],
)
def test_labels_on_the_lower_half_run_anticlockwise(angle: float, clockwise: bool) -> None:
    assert reads_clockwise(angle) is clockwise


def _monospace(line: str, size: float) -> float:
    return len(line) * size * 0.6


def test_a_short_label_stays_on_one_line_at_full_size() -> None:
    fit = fit_label("Houding & gedrag", _monospace, lambda i, n, s: 100, 5, 2)
    assert fit.lines == ("Houding & gedrag",)
    assert fit.size == 5


def test_a_long_label_wraps_at_the_hyphen_before_it_shrinks() -> None:
    fit = fit_label("Economisch-technologische effecten", _monospace, lambda i, n, s: 75, 5, 2)
    assert fit.size == 5
    assert fit.lines == ("Economisch-", "technologische effecten")
    narrower = fit_label("Economisch-technologische effecten", _monospace, lambda i, n, s: 60, 5, 2)
    assert narrower.size < 5
    assert all(_monospace(line, narrower.size) <= 60 for line in narrower.lines)


@given(
    words=st.lists(st.text(alphabet="abcdefghij", min_size=1, max_size=12), min_size=1, max_size=6),
    room=st.floats(min_value=10, max_value=200),
)
def test_a_fitted_label_fits_or_is_at_the_minimum_size(words: list[str], room: float) -> None:
    text = " ".join(words)
    fit = fit_label(text, _monospace, lambda i, n, s: room, 5.0, 2.0)
    assert " ".join(fit.lines).replace("- ", "-") == text or fit.size == 2.0
    assert len(fit.lines) <= 2
    if fit.size > 2.0:
        assert all(_monospace(line, fit.size) <= room for line in fit.lines)
