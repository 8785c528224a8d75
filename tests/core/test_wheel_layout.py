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


def test_a_long_label_wraps_at_a_space_then_at_the_hyphen_before_it_shrinks() -> None:
    label = "Economisch-technologische effecten"
    fit = fit_label(label, _monospace, lambda i, n, s: 75, 5, 2)
    assert fit.size == 5
    assert fit.lines == ("Economisch-technologische", "effecten")  # the compound kept whole
    tighter = fit_label(label, _monospace, lambda i, n, s: 70, 5, 2)
    assert tighter.size == 5
    assert tighter.lines == ("Economisch-", "technologische effecten")
    narrower = fit_label(label, _monospace, lambda i, n, s: 60, 5, 2)
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


def test_label_lines_sit_centred_across_the_ring_a_line_spacing_apart() -> None:
    from app.core.wheel_layout import DEJAVU_SANS, LINE_SPACING, label_baselines

    inner, outer, size = 0.47, 0.635, 0.04
    outward = label_baselines(inner, outer, 2, size, DEJAVU_SANS, clockwise=True)
    inward = label_baselines(inner, outer, 2, size, DEJAVU_SANS, clockwise=False)
    assert outward[0] - outward[1] == pytest.approx(size * LINE_SPACING)  # first line outermost
    assert inward[1] - inward[0] == pytest.approx(size * LINE_SPACING)  # first line innermost
    top = outward[0] + DEJAVU_SANS.cap_height * size
    assert (top + outward[1]) / 2 == pytest.approx((inner + outer) / 2)


def test_a_label_gets_no_room_when_its_lines_do_not_fit_across_the_ring() -> None:
    from app.core.wheel_layout import BAND_FILL, DEJAVU_SANS, label_block_height, label_room

    inner, outer, sweep = 0.30, 0.47, 30.0
    one = label_room(inner, outer, sweep, 1, 0.05, DEJAVU_SANS)
    two = label_room(inner, outer, sweep, 2, 0.05, DEJAVU_SANS)
    assert one > two > 0.0  # a taller block starts nearer the centre, on a shorter arc
    too_many = 5
    assert label_block_height(too_many, 0.05, DEJAVU_SANS) > (outer - inner) * BAND_FILL
    assert label_room(inner, outer, sweep, too_many, 0.05, DEJAVU_SANS) == 0.0


def test_wide_rings_allow_more_label_lines_than_narrow_ones() -> None:
    from app.core.wheel_layout import DEJAVU_SANS, MAX_LABEL_LINES, max_label_lines

    assert max_label_lines(0.30, 0.31, 0.05, DEJAVU_SANS) == 1
    assert max_label_lines(0.80, 1.00, 0.024, DEJAVU_SANS) == MAX_LABEL_LINES
    narrow = max_label_lines(0.30, 0.47, 0.05, DEJAVU_SANS)
    assert 1 <= narrow <= max_label_lines(0.30, 0.47, 0.024, DEJAVU_SANS)


def test_the_poster_sizes_are_smaller_than_the_screen_floor_but_in_the_same_order() -> None:
    from app.core.wheel_layout import POSTER_LABEL, SCREEN_LABEL

    for sizes in (POSTER_LABEL, SCREEN_LABEL):
        assert 0 < sizes.minimum < sizes.preferred
    assert POSTER_LABEL.preferred < SCREEN_LABEL.minimum  # paper is read from up close
