"""Wheel geometry: segments on sightlines, detent steps, and the lines an arrangement forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.geometry import (
    Arrangement,
    focus_index,
    normalized,
    rotation_for_focus,
    segment_arc,
    segment_at,
    segments_on_sightline,
    sightline_angles,
    signed_delta,
    step_of,
)
from app.core.model import Direction, parse_model
from app.core.reasoning import arrangement_for, lines_of
from tests.model_factory import model_data

counts = st.integers(min_value=2, max_value=24)
angles = st.floats(min_value=-3600, max_value=3600, allow_nan=False)


def _arc_contains(start: float, sweep: float, angle: float, slack: float = 1e-6) -> bool:
    return normalized(angle - start) < sweep + slack or normalized(angle - start) > 360 - slack


@given(count=counts, rotation=angles, sightlines=st.integers(min_value=1, max_value=12))
def test_the_segment_on_a_sightline_is_the_one_whose_arc_contains_it(
    count: int, rotation: float, sightlines: int
) -> None:
    for angle in sightline_angles(sightlines):
        index = segment_at(angle, rotation, count)
        start, sweep = segment_arc(index, rotation, count)
        assert sweep == pytest.approx(step_of(count))
        assert _arc_contains(start, sweep, angle)


@given(count=counts, index=st.integers(min_value=0, max_value=23), sightlines=st.integers(1, 8))
def test_turning_one_detent_moves_every_sightline_one_segment_on(
    count: int, index: int, sightlines: int
) -> None:
    index %= count
    rotation = rotation_for_focus(index, count)
    turned = rotation + step_of(count)
    for angle in sightline_angles(sightlines):
        before = segment_at(angle, rotation, count)
        after = segment_at(angle, turned, count)
        # Turning clockwise carries every segment one place clockwise, so the sightline now
        # meets the segment that was anticlockwise of it.
        assert after == (before - 1) % count


@given(count=counts, index=st.integers(min_value=0, max_value=200))
def test_a_detent_rotation_puts_that_segment_in_focus(count: int, index: int) -> None:
    assert focus_index(rotation_for_focus(index, count), count) == index % count


@given(angle=angles)
def test_angle_helpers_stay_in_range(angle: float) -> None:
    assert 0 <= normalized(angle) < 360
    assert -180 < signed_delta(angle) <= 180
    assert normalized(signed_delta(angle)) == pytest.approx(normalized(angle), abs=1e-9) or (
        abs(normalized(angle) - 360) < 1e-9
    )


def test_the_four_lines_of_an_arrangement_start_with_the_focus_line() -> None:
    model = parse_model(model_data())
    lines = lines_of(model, Arrangement((1, 2, 3, 0)), Direction.OUTSIDE_IN)
    assert len(lines) == 4
    assert lines[0].segment_keys == ("ring1.s1", "ring2.s2", "ring3.s3", "stakeholders.s0")
    # Sightline 1 lies at 3 o'clock: one segment clockwise of each focus segment.
    assert lines[1].segment_keys == ("ring1.s2", "ring2.s3", "ring3.s0", "stakeholders.s1")
    assert all(line.direction is Direction.OUTSIDE_IN for line in lines)
    assert arrangement_for(model, lines[0]) == Arrangement((1, 2, 3, 0))


def test_rings_with_other_segment_counts_line_up_along_the_stakeholder_sightlines() -> None:
    model = parse_model(model_data((3, 6, 8, 4)))
    lines = lines_of(model, Arrangement((0, 0, 0, 0)))
    # Sightline at 90°: ring1 (120° segments) → segment 1 covers [60, 180);
    # ring2 (60°) → 90 is the boundary of segments 1 and 2, the clockwise one wins;
    # ring3 (45°) → segment 2 is centred on 90.
    assert lines[1].segment_keys == ("ring1.s1", "ring2.s2", "ring3.s2", "stakeholders.s1")


def test_turning_an_arrangement_brings_the_anticlockwise_segment_into_focus() -> None:
    arrangement = Arrangement((0, 0, 0, 0)).turned(ring=1, segments=1, segment_count=4)
    assert arrangement.indices == (0, 3, 0, 0)
    counts_ = (4, 4, 4, 4)
    assert segments_on_sightline(arrangement, counts_, 0) == (0, 3, 0, 0)
