"""Where a segment's stack of post-its sits on the wheel: pure geometry, shared by any view.

A segment's notes are shown as one stack (a small fan of cards with a count badge) that must
never cover the segment's label or the beam. The stack turns with its ring but its cards stay
upright, so whatever it draws is held inside a disc: its *footprint*. The label's footprint is
a polar box (two radii, two angles) in the ring's own coordinates; so is the beam's, at every
detent the ring can rest in (the beam then lies along a segment's centre line).

A disc of radius ρ centred at radius r and angle θ lies inside the polar box
[r − ρ, r + ρ] × [θ − asin(ρ/r), θ + asin(ρ/r)], so two polar boxes that do not meet prove
that the stack and the label do not meet. The search below tries the largest stack first, at
the segment's edges first (labels are centred), and takes the first place that is clear.

Angles in degrees, clockwise, 0 at 12 o'clock, in ring coordinates (the convention of
`app.core.geometry`); lengths in any unit, the same for all arguments.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

# Stack sizes to try, as footprint radii in units of the wheel's outer radius, largest first.
# The smallest is a count badge alone, its number 12 px high on the wheel of a 1024×768 window
# with the side panel open (about 615 px across).
STACK_RADII = (0.095, 0.080, 0.066, 0.056, 0.047, 0.040)
# The size a stack asks for grows with its number of notes, so the biggest pile looks the
# most important: one note gets a small mark, every doubling about 1.5 steps more, up to what
# a ring holds. Every size is on one grid of steps, and a stack with less room than it asks
# for tries each step below, so a big pile is never smaller than a small one in its place.
ONE_NOTE_RADIUS = 0.05
SIZE_STEP = 0.005
STEPS_PER_DOUBLING = 1.5
LARGEST_RADIUS = 0.095
SMALLEST_RADIUS = STACK_RADII[-1]


def stack_radii(count: int) -> tuple[float, ...]:
    """The footprint radii a stack of `count` notes tries, largest first: the size its count
    asks for, then each step smaller down to the smallest legible one."""
    steps = math.floor(STEPS_PER_DOUBLING * math.log2(max(count, 1)) + 1e-9)
    wanted = min(ONE_NOTE_RADIUS + steps * SIZE_STEP, LARGEST_RADIUS)
    below = math.floor((wanted - SMALLEST_RADIUS) / SIZE_STEP + 1e-9)
    return tuple(round(wanted - step * SIZE_STEP, 6) for step in range(below + 1))


# Room left between a stack and anything it must not touch (outer-radius units).
CLEARANCE = 0.004
# How finely the search walks across a segment: steps along the arc and across the ring.
_ANGLE_STEPS = 24
_RADIUS_STEPS = 6


@dataclass(frozen=True, slots=True)
class PolarBox:
    """The region between radii `inner` and `outer` and angles `start` to `end` (clockwise,
    `start` ≤ `end`, possibly outside [0, 360) so a box may straddle 12 o'clock)."""

    inner: float
    outer: float
    start: float
    end: float

    def meets(self, other: PolarBox) -> bool:
        """Whether the two boxes share any point (touching counts)."""
        if self.outer < other.inner or other.outer < self.inner:
            return False
        return _arcs_meet(self.start, self.end, other.start, other.end)


@dataclass(frozen=True, slots=True)
class StackPlace:
    """A stack's footprint: a disc of `size` (radius) centred at `radius`, `angle`."""

    radius: float
    angle: float
    size: float

    def box(self, clearance: float = 0.0) -> PolarBox:
        """The polar box holding the footprint, grown by `clearance` on every side."""
        reach = self.size + clearance
        half = math.degrees(math.asin(min(1.0, reach / self.radius)))
        return PolarBox(
            self.radius - reach, self.radius + reach, self.angle - half, self.angle + half
        )


def outline_boxes(
    points: Sequence[tuple[float, float]], centre: float, band: float
) -> tuple[PolarBox, ...]:
    """Polar boxes holding the outline through `points` (x, y; y up towards 12 o'clock is
    negative, as on screen), one per slice of `band` radial width: every straight piece
    between two consecutive points lies inside them. Angles run around `centre`, so a label
    centred at 12 o'clock gets boxes from −a to +a. Finer than one box round the whole label:
    a short first line leaves the corner beside it free."""
    pieces: list[tuple[float, float, float, float]] = []
    polar = [_polar(x, y, centre) for x, y in points]
    for index in range(1, len(points)):
        (r0, a0), (r1, a1) = polar[index - 1], polar[index]
        a1 = a0 + (a1 - a0 + 180.0) % 360.0 - 180.0  # the short way from the first point
        nearest = _nearest_radius(points[index - 1], points[index])
        pieces.append((min(nearest, r0, r1), max(r0, r1), min(a0, a1), max(a0, a1)))
    if len(points) == 1:
        radius, angle = polar[0]
        pieces.append((radius, radius, angle, angle))
    slices: dict[int, list[float]] = {}
    for low, high, start, end in pieces:
        for number in range(math.floor(low / band), math.floor(high / band) + 1):
            bounds = slices.setdefault(number, [start, end])
            bounds[0], bounds[1] = min(bounds[0], start), max(bounds[1], end)
    return tuple(
        PolarBox(number * band, (number + 1) * band, start, end)
        for number, (start, end) in sorted(slices.items())
    )


def _polar(x: float, y: float, centre: float) -> tuple[float, float]:
    angle = math.degrees(math.atan2(x, -y))
    offset = (angle - centre + 180.0) % 360.0 - 180.0
    return math.hypot(x, y), centre + offset


def _nearest_radius(first: tuple[float, float], second: tuple[float, float]) -> float:
    """The distance from the centre to the straight piece between two points."""
    (x0, y0), (x1, y1) = first, second
    dx, dy = x1 - x0, y1 - y0
    length = dx * dx + dy * dy
    t = 0.0 if length == 0.0 else max(0.0, min(1.0, -(x0 * dx + y0 * dy) / length))
    return math.hypot(x0 + t * dx, y0 + t * dy)


def beam_boxes(
    inner: float, outer: float, segment_count: int, beam_half_width: float
) -> tuple[PolarBox, ...]:
    """Where the beam can lie across a ring, in the ring's coordinates: along each segment's
    centre line (the ring rests at a detent), `beam_half_width` to either side."""
    step = 360.0 / segment_count
    half = math.degrees(math.asin(min(1.0, beam_half_width / inner)))
    return tuple(
        PolarBox(inner, outer, index * step - half, index * step + half)
        for index in range(segment_count)
    )


def place_in_disc(
    disc_radius: float,
    size: float,
    keep_clear: Sequence[tuple[float, float, float, float]],
    taken: Sequence[StackPlace],
    preferred: float,
    clearance: float,
) -> StackPlace | None:
    """A stack of `size` inside a disc (the axis, which does not turn), meeting none of the
    rectangles `keep_clear` (left, top, right, bottom; y down, as on screen: the axis's
    texts) and no stack already `taken`; as near the rim and the `preferred` angle as it can."""
    radius = disc_radius - size - clearance
    while radius >= 0:
        for turn in range(0, 181, 5):
            for angle in {preferred + turn, preferred - turn}:
                x = radius * math.sin(math.radians(angle))
                y = -radius * math.cos(math.radians(angle))
                if any(_disc_meets_rect(x, y, size + clearance, box) for box in keep_clear):
                    continue
                if any(
                    math.hypot(
                        x - other.radius * math.sin(math.radians(other.angle)),
                        y + other.radius * math.cos(math.radians(other.angle)),
                    )
                    < size + other.size + clearance
                    for other in taken
                ):
                    continue
                return StackPlace(radius, angle % 360.0, size)
        radius -= 0.25 * size
    return None


def _disc_meets_rect(
    x: float, y: float, radius: float, box: tuple[float, float, float, float]
) -> bool:
    left, top, right, bottom = box
    nearest_x = min(max(x, left), right)
    nearest_y = min(max(y, top), bottom)
    return math.hypot(x - nearest_x, y - nearest_y) < radius


def place_stack(
    inner: float,
    outer: float,
    centre: float,
    sweep: float,
    keep_clear: tuple[PolarBox, ...],
    scale: float = 1.0,
    radii: tuple[float, ...] = STACK_RADII,
) -> StackPlace | None:
    """The largest stack that fits in the segment centred at `centre` spanning `sweep` degrees
    between radii `inner` and `outer`, meeting none of `keep_clear` (the label, the beam).

    `scale` is the wheel's outer radius in the caller's units (`radii` and the clearance are
    fractions of it). Places nearer the segment's edges are tried first, the clockwise edge
    before the anticlockwise one, the outer part of the ring before the inner. None when not
    even the smallest stack fits: the caller then shows the notes elsewhere, never over a label.
    """
    clearance = CLEARANCE * scale
    segment = PolarBox(inner, outer, centre - sweep / 2, centre + sweep / 2)
    for fraction in radii:
        size = fraction * scale
        lowest, highest = inner + size + clearance, outer - size - clearance
        if lowest > highest:
            continue
        for radius in _outer_first(lowest, highest):
            half = math.degrees(math.asin(min(1.0, (size + clearance) / radius)))
            for angle in _candidate_angles(centre, sweep, half, keep_clear):
                place = StackPlace(radius, angle, size)
                box = place.box(clearance)
                if not _inside(box, segment):
                    continue
                if any(box.meets(other) for other in keep_clear):
                    continue
                return place
    return None


def _candidate_angles(
    centre: float, sweep: float, half: float, keep_clear: tuple[PolarBox, ...]
) -> list[float]:
    """Where a footprint `half` degrees wide may stand: against either edge of the segment,
    just beside each box to keep clear of, and a few steps between; edges first, the
    clockwise side before the other."""
    reach = sweep / 2 - half
    if reach < 0:
        return []
    offsets = {reach, -reach}
    offsets.update(reach * (1 - 2 * step / _ANGLE_STEPS) for step in range(_ANGLE_STEPS + 1))
    for box in keep_clear:
        for edge in (box.start - half - 1e-6, box.end + half + 1e-6):
            offset = (edge - centre + 180.0) % 360.0 - 180.0
            if abs(offset) <= reach:
                offsets.add(offset)
    return [centre + offset for offset in sorted(offsets, key=lambda o: (-abs(o), -o))]


def _outer_first(lowest: float, highest: float) -> list[float]:
    if highest - lowest < 1e-9:
        return [lowest]
    return [
        highest - (highest - lowest) * step / _RADIUS_STEPS for step in range(_RADIUS_STEPS + 1)
    ]


def _inside(box: PolarBox, segment: PolarBox) -> bool:
    """Whether `box` lies within the segment (same angle frame: both around the centre)."""
    return (
        segment.inner <= box.inner
        and box.outer <= segment.outer
        and segment.start <= box.start
        and box.end <= segment.end
    )


def _arcs_meet(start: float, end: float, other_start: float, other_end: float) -> bool:
    """Whether two clockwise arcs (each shorter than a full turn) share a direction."""
    if end - start >= 360.0 or other_end - other_start >= 360.0:
        return True
    shift = (other_start - start) % 360.0  # other's start, measured from ours
    other_length = other_end - other_start
    length = end - start
    return shift <= length or shift + other_length >= 360.0
