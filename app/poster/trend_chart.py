"""An indicator over the learning path on paper: the chart that draws its points (one per
moment, `db.trends`). The geometry is `app.core.trend.layout`, shared with the screen's chart.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.core.trend import GroupSeries, TrendGeometry, TrendPoint, format_value, layout
from app.poster.fonts import REGULAR
from app.poster.wheel import colour

INK = "#33454b"
LINE = "#2f7f8f"
TARGET = "#9a5b00"
GRID = "#d8dfe1"
MISSING = "#7b8d92"  # the dash of a moment without a value: a gap, not a zero


class TrendChartFlowable(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """The chart with its axis, values, targets and gaps, `width` × `height` points."""

    def __init__(
        self,
        points: Sequence[TrendPoint],
        *,
        bars: bool,
        decimal_comma: bool = True,
        width: float = 240.0,
        height: float = 96.0,
        groups: Sequence[GroupSeries] = (),
        baseline: float | None = None,
        baseline_label: str = "",
    ) -> None:
        super().__init__()
        self.baseline_label = baseline_label
        self.points = tuple(points)
        self.groups = tuple(groups)
        self.baseline = baseline
        self.bars = bars
        self.decimal_comma = decimal_comma
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def geometry(self) -> TrendGeometry:
        return layout(
            self.points,
            self.width,
            self.height,
            axis_width=28,
            label_height=12,
            bars=self.bars,
            groups=self.groups,
            baseline=self.baseline,
        )

    def draw(self) -> None:
        draw_trend(self.canv, self.geometry(), self.decimal_comma, self.baseline_label)


def draw_trend(
    c: Canvas, geometry: TrendGeometry, decimal_comma: bool = True, baseline_label: str = ""
) -> None:
    """Draw `geometry` in the box from the canvas origin up (the geometry's y runs down)."""

    def y(value: float) -> float:
        return geometry.height - value

    def number(value: float) -> str:
        return format_value(value, decimal_comma)

    c.saveState()
    c.setFont(REGULAR, 6.5)
    for tick in geometry.ticks:
        c.setStrokeColor(colour(GRID))
        c.setLineWidth(0.3)
        c.line(geometry.left, y(tick.y), geometry.right, y(tick.y))
        c.setFillColor(colour(INK))
        c.drawRightString(geometry.left - 3, y(tick.y) - 2.2, number(tick.value))
    c.setStrokeColor(colour(INK))
    c.setLineWidth(0.6)
    c.line(geometry.left, y(geometry.top), geometry.left, y(geometry.bottom))
    c.line(geometry.left, y(geometry.zero_y), geometry.right, y(geometry.zero_y))
    half = geometry.slot_width * 0.28
    for slot in geometry.slots:
        c.setFillColor(colour(INK))
        c.drawCentredString(slot.x, 1.5, slot.label[:8])
        if slot.target_y is not None:
            c.setStrokeColor(colour(TARGET))
            c.setLineWidth(1.1)
            c.setDash(2, 1.5)
            c.line(slot.x - half, y(slot.target_y), slot.x + half, y(slot.target_y))
            c.setDash()
            c.setFillColor(colour(TARGET))
            c.drawString(
                slot.x + half + 1, y(slot.target_y) - 2.2, f"▸{number(slot.target or 0.0)}"
            )
        if slot.y is None:
            c.setFillColor(colour(MISSING))
            c.drawCentredString(slot.x, y(geometry.zero_y) + 3, "–")
            continue
        if geometry.bars:
            c.setFillColor(colour(LINE))
            top, bottom = min(slot.y, geometry.zero_y), max(slot.y, geometry.zero_y)
            c.rect(slot.x - half, y(bottom), 2 * half, max(bottom - top, 0.6), stroke=0, fill=1)
        else:
            c.setFillColor(colour(LINE))
            c.circle(slot.x, y(slot.y), 2.0, stroke=0, fill=1)
        c.setFillColor(colour(INK))
        c.drawCentredString(slot.x, y(slot.y) + 4, number(slot.value or 0.0))
    c.setStrokeColor(colour(LINE))
    c.setLineWidth(1.2)
    for run in geometry.segments:
        for (x1, y1), (x2, y2) in itertools.pairwise(run):
            c.line(x1, y(y1), x2, y(y2))
    _draw_groups(c, geometry, y, f"{baseline_label} {number(geometry.baseline or 0.0)}")
    c.restoreState()


def _draw_groups(
    c: Canvas, geometry: TrendGeometry, y: Callable[[float], float], baseline_text: str
) -> None:
    """The baseline as a dotted line with its value, each group as a dashed ink line with
    small squares at its points and its label at its last point (legible in black and white)."""
    if geometry.baseline_y is not None and geometry.baseline is not None:
        c.setStrokeColor(colour(MISSING))
        c.setLineWidth(0.6)
        c.setDash(0.6, 1.6)
        c.line(geometry.left, y(geometry.baseline_y), geometry.right, y(geometry.baseline_y))
        c.setDash()
        c.setFillColor(colour(MISSING))
        c.drawString(geometry.left + 2, y(geometry.baseline_y) + 1.5, baseline_text.strip())
    for group in geometry.groups:
        c.setStrokeColor(colour(INK))
        c.setFillColor(colour(INK))
        c.setLineWidth(0.7)
        c.setDash(list(group.dash))
        for run in group.segments:
            for (x1, y1), (x2, y2) in itertools.pairwise(run):
                c.line(x1, y(y1), x2, y(y2))
        c.setDash()
        for x, point_y in group.points:
            c.rect(x - 1.1, y(point_y) - 1.1, 2.2, 2.2, stroke=0, fill=1)
        if group.label_at is not None:
            x, label_y = group.label_at
            c.drawString(x + 3, y(label_y) - 2.2, group.label[:24])
