"""The stack layout: stacks stay inside their segment and never meet a label or the beam."""

from __future__ import annotations

import itertools
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.note_stacks import (
    CLEARANCE,
    STACK_RADII,
    PolarBox,
    StackPlace,
    beam_boxes,
    place_stack,
)
from app.core.wheel_layout import BAND_FILL, RING_BOUNDS

BEAM = 62.0  # the screen's beam half width, scene units (outer radius 1000)


def _disc_points(place: StackPlace, count: int = 72) -> list[tuple[float, float]]:
    """Points on the footprint's rim and its centre, as (radius, angle): a measured check
    that does not trust the polar-box reasoning of the module under test."""
    cx = place.radius * math.sin(math.radians(place.angle))
    cy = place.radius * math.cos(math.radians(place.angle))
    points = [(cx, cy)]
    for step in range(count):
        turn = 2 * math.pi * step / count
        points.append((cx + place.size * math.cos(turn), cy + place.size * math.sin(turn)))
    return [(math.hypot(x, y), math.degrees(math.atan2(x, y))) for x, y in points]


def _inside_box(radius: float, angle: float, box: PolarBox, slack: float = 0.0) -> bool:
    if not box.inner - slack <= radius <= box.outer + slack:
        return False
    return any(
        box.start - slack <= angle + turn <= box.end + slack for turn in (-720, -360, 0, 360, 720)
    )


def test_polar_boxes_meet_across_twelve_o_clock() -> None:
    left = PolarBox(100, 200, -10, 5)
    right = PolarBox(150, 250, 355, 365)
    assert left.meets(right) and right.meets(left)
    assert not PolarBox(100, 200, 10, 20).meets(PolarBox(100, 200, 21, 30))
    assert not PolarBox(100, 140, 0, 90).meets(PolarBox(150, 200, 0, 90))


def test_an_empty_segment_takes_the_largest_stack_at_its_edge() -> None:
    place = place_stack(700, 1000, 0, 90, (), scale=1000)
    assert place is not None
    assert place.size == STACK_RADII[0] * 1000
    assert place.angle > 30  # the clockwise edge comes first


def test_a_label_filling_the_segment_leaves_no_place() -> None:
    label = PolarBox(300, 470, -45, 45)
    assert place_stack(300, 470, 0, 90, (label,), scale=1000) is None


def test_the_real_rings_hold_a_stack_beside_a_wide_label() -> None:
    """Every ring of the model, four segments, a two-line label filling 70 % of its arc."""
    for inner, outer in RING_BOUNDS:
        inner, outer = inner * 1000, outer * 1000
        middle, half_height = (inner + outer) / 2, (outer - inner) * BAND_FILL / 2 * 0.8
        label = PolarBox(middle - half_height, middle + half_height, -0.35 * 90, 0.35 * 90)
        keep = (label, *beam_boxes(inner, outer, 4, BEAM))
        assert place_stack(inner, outer, 0, 90, keep, scale=1000) is not None, (inner, outer)


rings = st.sampled_from(RING_BOUNDS)
counts = st.sampled_from((3, 4, 5, 6, 8))


@settings(deadline=None, max_examples=200)
@given(
    ring=rings,
    count=counts,
    index=st.integers(0, 7),
    fill=st.floats(0.05, 0.95),
    shift=st.floats(-0.2, 0.2),
    height=st.floats(0.2, 1.0),
)
def test_stacks_never_meet_a_label_or_the_beam(
    ring: tuple[float, float], count: int, index: int, fill: float, shift: float, height: float
) -> None:
    inner, outer = ring[0] * 1000, ring[1] * 1000
    step = 360.0 / count
    centre = (index % count) * step
    middle = (inner + outer) / 2
    half_height = (outer - inner) * BAND_FILL / 2 * height
    label_centre = centre + shift * step * (1 - fill)
    label = PolarBox(
        middle - half_height,
        middle + half_height,
        label_centre - fill * step / 2,
        label_centre + fill * step / 2,
    )
    beams = beam_boxes(inner, outer, count, BEAM)
    place = place_stack(inner, outer, centre, step, (label, *beams), scale=1000)
    if count <= 4 and fill <= 0.6 and abs(shift) < 0.05:
        assert place is not None  # a centred label of 60 % of a quarter always leaves room
    if place is None:
        return
    for radius, angle in _disc_points(place):
        assert inner <= radius <= outer
        assert not _inside_box(radius, angle, label)
        assert not any(_inside_box(radius, angle, beam) for beam in beams)
        offset = (angle - centre + 180) % 360 - 180
        assert abs(offset) <= step / 2  # inside its own segment
    assert place.radius - place.size >= inner + CLEARANCE * 1000 - 1e-6


coordinates = st.floats(-1000, 1000)


@settings(deadline=None, max_examples=150)
@given(
    points=st.lists(st.tuples(coordinates, coordinates), min_size=1, max_size=12),
    centre=st.floats(0, 360),
    band=st.floats(3, 40),
)
def test_outline_boxes_hold_every_piece_of_the_outline(
    points: list[tuple[float, float]], centre: float, band: float
) -> None:
    """Every point on every straight piece lies in a box (pieces near the centre excepted:
    labels never come near it, and there angles mean nothing)."""
    from app.core.note_stacks import outline_boxes

    boxes = outline_boxes(points, centre, band)
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        for step in range(11):
            t = step / 10
            x, y = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
            radius = math.hypot(x, y)
            if radius < 50 or min(math.hypot(x0, y0), math.hypot(x1, y1)) < 50:
                continue
            if abs(math.degrees(math.atan2(x0, -y0)) - math.degrees(math.atan2(x1, -y1))) > 150:
                continue  # a piece sweeping half the wheel is no glyph's
            angle = math.degrees(math.atan2(x, -y))
            assert any(_inside_box(radius, angle, box, 1e-6) for box in boxes), (x, y)
