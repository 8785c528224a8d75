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
class GroupSeries:
    """One group's values over the moments (None: not measured), beside the whole."""

    label: str
    values: tuple[float | None, ...]


DASHES: tuple[tuple[float, ...], ...] = ((4.0, 2.0), (1.2, 1.6), (6.0, 2.0, 1.2, 2.0), (2.5, 2.5))
"""Dash patterns (on, off, … in line widths × 1) of the group lines in turn, so that the
groups stay apart in black and white; the whole is the solid line. Each line is also named
by its label at its last point."""


@dataclass(frozen=True, slots=True)
class GroupLine:
    """A group's line: its label, where its label goes, its pieces (a gap breaks it), its
    points and its dash pattern."""

    label: str
    label_at: tuple[float, float] | None
    segments: tuple[tuple[tuple[float, float], ...], ...]
    points: tuple[tuple[float, float], ...]
    dash: tuple[float, ...]


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
    groups: tuple[GroupLine, ...] = ()
    baseline_y: float | None = None  # the baseline value's height, a dotted line across
    baseline: float | None = None

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
    groups: Sequence[GroupSeries] = (),
    baseline: float | None = None,
) -> TrendGeometry:
    """Place `points` in a `width` × `height` box, leaving `axis_width` left for the values on
    the axis and `label_height` below for the moments' labels."""
    left, top = axis_width, label_height + 2  # room above the top for a value label
    # Group lines are named at their last point: leave room on the right for the names.
    right, bottom = (
        width - (max(4.0, width * 0.22) if groups and not bars else 4.0),
        height - label_height,
    )
    numbers = [p.value for p in points if p.value is not None]
    numbers += [p.target for p in points if p.target is not None]
    numbers += [v for g in groups for v in g.values if v is not None]
    if baseline is not None and not bars:
        numbers.append(baseline)
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
    segments = _runs([(s.x, s.y) for s in slots])
    lines = []
    for number, group in enumerate(() if bars else groups):
        placed = [
            (slots[i].x, None if value is None else y_of(value))
            for i, value in enumerate(group.values[: len(slots)])
        ]
        present = tuple((x, y) for x, y in placed if y is not None)
        lines.append(
            GroupLine(
                group.label,
                present[-1] if present else None,
                _runs(placed),
                present,
                DASHES[number % len(DASHES)],
            )
        )
    lines = _spread_labels(lines, label_height * 0.6, top, bottom)
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
        groups=tuple(lines),
        baseline_y=None if baseline is None or bars else y_of(baseline),
        baseline=None if bars else baseline,
    )


def _spread_labels(
    lines: list[GroupLine], gap: float, top: float, bottom: float
) -> list[GroupLine]:
    """Group labels at least `gap` apart in height (nearby values would print over each
    other), in the order of their values, kept within the plot as far as they fit."""
    placed = sorted(
        (i for i, line in enumerate(lines) if line.label_at is not None),
        key=lambda i: lines[i].label_at[1],  # type: ignore[index]  # filtered above
    )
    heights: dict[int, float] = {}
    previous = -math.inf
    for i in placed:
        wanted = lines[i].label_at[1]  # type: ignore[index]
        heights[i] = max(wanted, previous + gap)
        previous = heights[i]
    overflow = (previous - bottom) if placed else 0.0
    if overflow > 0:  # shift the whole stack up, not above the top
        for i in heights:
            heights[i] = max(heights[i] - overflow, top)
    result = []
    for i, line in enumerate(lines):
        if i in heights and line.label_at is not None:
            line = GroupLine(
                line.label, (line.label_at[0], heights[i]), line.segments, line.points, line.dash
            )
        result.append(line)
    return result


def _runs(
    placed: Sequence[tuple[float, float | None]],
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The pieces of a line through `placed` points: a missing value (None) breaks it."""
    segments: list[tuple[tuple[float, float], ...]] = []
    run: list[tuple[float, float]] = []
    for x, y in placed:
        if y is None:
            if run:
                segments.append(tuple(run))
            run = []
        else:
            run.append((x, y))
    if run:
        segments.append(tuple(run))
    return tuple(segments)


def format_value(value: float, decimal_comma: bool = True) -> str:
    """A value the way people write it: no '.0' for whole numbers, at most three decimals."""
    text = f"{value:.3f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return text.replace(".", ",") if decimal_comma else text
