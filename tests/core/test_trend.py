"""The trend chart's geometry: axis ticks, gaps for missing moments, targets, story counts."""

from __future__ import annotations

import itertools

import pytest

from app.core.trend import TrendPoint, format_value, layout, nice_step


def test_ticks_are_round_numbers_covering_values_and_targets():
    geometry = layout(
        [TrendPoint("A", 12.0), TrendPoint("B", 30.0, target=40.0)],
        200,
        100,
        axis_width=30,
        label_height=12,
    )
    values = [tick.value for tick in geometry.ticks]
    assert values[0] == 0 and values[-1] >= 40
    steps = {round(b - a, 9) for a, b in itertools.pairwise(values)}
    assert len(steps) == 1 and steps.pop() in {10.0, 20.0}
    assert geometry.ticks[0].y == pytest.approx(geometry.bottom)
    assert geometry.ticks[-1].y == pytest.approx(geometry.top)


def test_a_missing_moment_is_a_gap_in_the_line():
    geometry = layout(
        [TrendPoint("A", 1.0), TrendPoint("B", None), TrendPoint("C", 3.0), TrendPoint("D", 4.0)],
        400,
        100,
        axis_width=30,
        label_height=12,
    )
    assert [len(run) for run in geometry.segments] == [1, 2]
    assert geometry.slots[1].y is None
    xs = [slot.x for slot in geometry.slots]
    assert xs == sorted(xs) and geometry.left < xs[0] and xs[-1] < geometry.right


def test_higher_values_are_drawn_higher_and_targets_share_the_scale():
    geometry = layout(
        [TrendPoint("A", 10.0, 20.0), TrendPoint("B", 20.0)],
        200,
        100,
        axis_width=30,
        label_height=12,
    )
    a, b = geometry.slots
    assert b.y < a.y
    assert a.target_y == pytest.approx(b.y)


def test_counts_of_stories_are_bars_never_a_line():
    geometry = layout(
        [TrendPoint("A", 3.0), TrendPoint("B", 0.0)],
        200,
        100,
        axis_width=30,
        label_height=12,
        bars=True,
    )
    assert geometry.bars and geometry.segments == ()
    assert [tick.value for tick in geometry.ticks] == [0, 1, 2, 3]  # whole counts
    assert geometry.zero_y == pytest.approx(geometry.bottom)


@pytest.mark.parametrize(("span", "step"), [(7, 2), (40, 10), (0.3, 0.1), (1200, 500)])
def test_nice_steps(span, step):
    assert nice_step(span) == pytest.approx(step)


def test_values_are_written_the_dutch_way():
    assert format_value(12.5) == "12,5"
    assert format_value(30.0) == "30"
    assert format_value(0.125, decimal_comma=False) == "0.125"
