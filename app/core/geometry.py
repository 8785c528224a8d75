"""Wheel geometry: angles, segments on sightlines, arrangements and the lines they form.

Convention everywhere: degrees, 0° at 12 o'clock (the focus sightline), clockwise positive.
A ring's rotation is the angle by which it is turned from rest; at rotation 0 its segment 0 is
centred on 12 o'clock and segment i is centred on i·step, step = 360/n. Segment arcs are
half-open, [centre − step/2, centre + step/2), so a sightline on a boundary belongs to the
segment clockwise of it. The stakeholder ring's segment centres at rest define the sightlines.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

FOCUS_ANGLE = 0.0

# Rotations are produced as −index·step; a tolerance far below anything visible keeps a
# boundary that float arithmetic lands a hair on the wrong side of in the clockwise segment.
_EPSILON = 1e-9


def step_of(segment_count: int) -> float:
    """The angle one segment spans, and the distance between two detents."""
    if segment_count < 1:
        raise ValueError("a ring needs at least one segment")
    return 360.0 / segment_count


def normalized(angle: float) -> float:
    """The same direction in [0, 360)."""
    result = math.fmod(angle, 360.0)
    if result < 0:
        result += 360.0
    return 0.0 if result >= 360.0 else result


def signed_delta(angle: float) -> float:
    """The same turn in (−180, 180]: the shortest way round."""
    result = normalized(angle)
    return result - 360.0 if result > 180.0 else result


def segment_arc(index: int, rotation: float, segment_count: int) -> tuple[float, float]:
    """Start and sweep of segment `index`: it covers [start, start + sweep) clockwise."""
    step = step_of(segment_count)
    return normalized(rotation + index * step - step / 2), step


def segment_at(angle: float, rotation: float, segment_count: int) -> int:
    """The index of the segment whose arc contains the direction `angle`."""
    step = step_of(segment_count)
    relative = normalized(angle - rotation + step / 2 + _EPSILON)
    return int(relative // step) % segment_count


def rotation_for_focus(index: int, segment_count: int) -> float:
    """The detent rotation that puts segment `index` on the focus sightline."""
    return normalized(-index * step_of(segment_count))


def focus_index(rotation: float, segment_count: int) -> int:
    """The segment on the focus sightline (the nearest one while a ring is between detents)."""
    return segment_at(FOCUS_ANGLE, rotation, segment_count)


def sightline_angles(sightline_count: int) -> tuple[float, ...]:
    """The fixed sightline directions, focus first, then clockwise."""
    step = step_of(sightline_count)
    return tuple(k * step for k in range(sightline_count))


@dataclass(frozen=True, slots=True)
class Arrangement:
    """Which segment of each ring (inside out, stakeholder ring last) lies on the focus sightline.

    This is what the store keeps: whole indices, never float angles.
    """

    indices: tuple[int, ...]

    def turned(self, ring: int, segments: int, segment_count: int) -> Arrangement:
        """The arrangement after turning ring `ring` by `segments` detents clockwise.

        Turning clockwise brings the segment anticlockwise of the focus into it.
        """
        indices = list(self.indices)
        indices[ring] = (indices[ring] - segments) % segment_count
        return Arrangement(tuple(indices))


def segments_on_sightline(
    arrangement: Arrangement, segment_counts: tuple[int, ...], sightline: int
) -> tuple[int, ...]:
    """For sightline `sightline` (0 = focus), the segment index of every ring along it."""
    if len(arrangement.indices) != len(segment_counts):
        raise ValueError("the arrangement does not have one index per ring")
    angle = sightline_angles(segment_counts[-1])[sightline]
    return tuple(
        segment_at(angle, rotation_for_focus(index, count), count)
        for index, count in zip(arrangement.indices, segment_counts, strict=True)
    )
