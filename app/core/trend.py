"""One description of a trend chart's geometry, drawn on screen (Qt) and on paper (ReportLab).

Pure arithmetic in a unit-free box (width × height, y downwards, the origin top left): the
drawing code only scales and strokes what is here, so screen and paper cannot tell different
stories. Missing moments are gaps (the line breaks, no point is invented); a qualitative
indicator shows how many stories each moment gathered, as bars, never as a line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One moment of the learning path: its label, the value (None = not measured), a target."""

    label: str
    value: float | None
    target: float | None = None


@dataclass(frozen=True, slots=True)
class Tick:
    y: float
    value: float


@dataclass(frozen=True, slots=True)
class Slot:
    """What is drawn at one moment: its centre x, the label, a point or bar and a target."""

    x: float
    label: str
    value: float | None
    y: float | None  # the value's height (None: missing, a gap)
    target: float | None
    target_y: float | None


@dataclass(frozen=True, slots=True)
class TrendGeometry:
    """Everything a painter needs: the plot box, ticks on the axis, one slot per moment and
    the pieces of the value line (consecutive measured moments; a gap breaks it)."""

    width: float
    height: float
    left: float
    top: float
    right: float
    bottom: float
    ticks: tuple[Tick, ...]
    slots: tuple[Slot, ...]
    segments: tuple[tuple[tuple[float, float], ...], ...]
    bars: bool  # a count of stories per moment: bars from the zero line
    zero_y: float

    @property
    def slot_width(self) -> float:
        return (self.right - self.left) / max(len(self.slots), 1)


def nice_step(span: float, count: int = 4) -> float:
    """A step of 1, 2 or 5 × 10ⁿ that cuts `span` into about `count` parts."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / count
    power: float = 10 ** math.floor(math.log10(raw))  # int ** int is typed Any
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def layout(
    points: Sequence[TrendPoint],
    width: float,
    height: float,
    *,
    axis_width: float,
    label_height: float,
    bars: bool = False,
) -> TrendGeometry:
    """Place `points` in a `width` × `height` box, leaving `axis_width` left for the values on
    the axis and `label_height` below for the moments' labels."""
    left, top = axis_width, label_height + 2  # room above the top for a value label
    right, bottom = width - 4, height - label_height
    numbers = [p.value for p in points if p.value is not None]
    numbers += [p.target for p in points if p.target is not None]
    low = min([0.0, *numbers])
    high = max([0.0, *numbers])
    step = nice_step(high - low if high > low else 1.0)
    if bars:
        step = max(1.0, round(step))  # counts of stories: whole numbers on the axis
    low = math.floor(low / step) * step
    high = max(math.ceil(high / step) * step, low + step)

    def y_of(value: float) -> float:
        return bottom - (value - low) / (high - low) * (bottom - top)

    count = round((high - low) / step)
    ticks = tuple(Tick(y_of(low + i * step), low + i * step) for i in range(count + 1))
    slot = (right - left) / max(len(points), 1)
    slots = tuple(
        Slot(
            x=left + slot * (index + 0.5),
            label=point.label,
            value=point.value,
            y=None if point.value is None else y_of(point.value),
            target=point.target,
            target_y=None if point.target is None else y_of(point.target),
        )
        for index, point in enumerate(points)
    )
    segments: list[tuple[tuple[float, float], ...]] = []
    run: list[tuple[float, float]] = []
    for current in slots:
        if current.y is None:
            if run:
                segments.append(tuple(run))
            run = []
        else:
            run.append((current.x, current.y))
    if run:
        segments.append(tuple(run))
    return TrendGeometry(
        width=width,
        height=height,
        left=left,
        top=top,
        right=right,
        bottom=bottom,
        ticks=ticks,
        slots=slots,
        segments=() if bars else tuple(segments),
        bars=bars,
        zero_y=y_of(0.0),
    )


def format_value(value: float, decimal_comma: bool = True) -> str:
    """A value the way people write it: no '.0' for whole numbers, at most three decimals."""
    text = f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return text.replace(".", ",") if decimal_comma else text
