"""An indicator's trend chart as a PNG picture, for documents that take images (the Word
report): the same geometry as on screen and in the PDF (`app.core.trend.layout`), drawn with
Pillow in ink that stays legible in black and white (the groups dashed and named)."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from PIL import Image, ImageDraw, ImageFont

from app.core.resources import resource_path
from app.core.trend import GroupSeries, TrendGeometry, TrendPoint, format_value, layout
from app.poster.trend_chart import GRID, INK, LINE, MISSING, TARGET

SCALE = 4.0  # pixels per point: a 300 pt wide chart is 1200 px, sharp when printed


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", "DejaVuSans.ttf")), size)


def trend_png(
    points: Sequence[TrendPoint],
    *,
    bars: bool,
    width: float,
    height: float,
    decimal_comma: bool = True,
    groups: Sequence[GroupSeries] = (),
    baseline: float | None = None,
    baseline_label: str = "",
) -> bytes:
    """The chart, `width` × `height` points, as PNG bytes (at `SCALE` pixels per point)."""
    geometry = layout(
        points,
        width,
        height,
        axis_width=28,
        label_height=12,
        bars=bars,
        groups=groups,
        baseline=baseline,
    )
    image = Image.new("RGB", (round(width * SCALE), round(height * SCALE)), "white")
    _Painter(ImageDraw.Draw(image), decimal_comma).paint(geometry, baseline_label)
    out = io.BytesIO()
    # A few inks and their anti-aliased edges: 64 colours hold them, and a palette PNG is
    # written several times faster and smaller than a true-colour one (a report has hundreds).
    image.quantize(64, method=Image.Quantize.FASTOCTREE).save(out, format="PNG")
    return out.getvalue()


class _Painter:
    def __init__(self, draw: ImageDraw.ImageDraw, decimal_comma: bool) -> None:
        self.draw = draw
        self.decimal_comma = decimal_comma
        self.font = _font(round(6.5 * SCALE))

    def p(self, x: float, y: float) -> tuple[float, float]:
        return x * SCALE, y * SCALE

    def line(self, a: tuple[float, float], b: tuple[float, float], fill: str, width: float) -> None:
        self.draw.line([self.p(*a), self.p(*b)], fill=fill, width=max(1, round(width * SCALE)))

    def dashed(
        self,
        a: tuple[float, float],
        b: tuple[float, float],
        dash: Sequence[float],
        fill: str,
        width: float,
    ) -> None:
        """A dashed line (Pillow has none): pieces of the pattern along a → b."""
        length = math.dist(a, b)
        if length == 0:
            return
        dx, dy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
        travelled, index = 0.0, 0
        while travelled < length:
            piece = dash[index % len(dash)]
            end = min(travelled + piece, length)
            if index % 2 == 0:
                start_point = (a[0] + dx * travelled, a[1] + dy * travelled)
                end_point = (a[0] + dx * end, a[1] + dy * end)
                self.line(start_point, end_point, fill, width)
            travelled, index = end, index + 1

    def text(self, x: float, y: float, text: str, fill: str, anchor: str) -> None:
        self.draw.text(self.p(x, y), text, fill=fill, font=self.font, anchor=anchor)

    def number(self, value: float) -> str:
        return format_value(value, self.decimal_comma)

    def paint(self, g: TrendGeometry, baseline_label: str) -> None:
        for tick in g.ticks:
            self.line((g.left, tick.y), (g.right, tick.y), GRID, 0.3)
            self.text(g.left - 3, tick.y, self.number(tick.value), INK, "rm")
        self.line((g.left, g.top), (g.left, g.bottom), INK, 0.6)
        self.line((g.left, g.zero_y), (g.right, g.zero_y), INK, 0.6)
        half = g.slot_width * 0.28
        for slot in g.slots:
            self.text(slot.x, g.height - 1.5, slot.label[:8], INK, "ms")
            if slot.target_y is not None:
                left, right = (slot.x - half, slot.target_y), (slot.x + half, slot.target_y)
                self.dashed(left, right, (2, 1.5), TARGET, 1.1)
                target = f"▸{self.number(slot.target or 0.0)}"
                self.text(slot.x + half + 1, slot.target_y, target, TARGET, "lm")
            if slot.y is None:
                self.text(slot.x, g.zero_y - 3, "–", MISSING, "ms")
                continue
            if g.bars:
                top, bottom = min(slot.y, g.zero_y), max(slot.y, g.zero_y)
                box = [*self.p(slot.x - half, top), *self.p(slot.x + half, max(bottom, top + 0.6))]
                self.draw.rectangle(box, fill=LINE)
            else:
                x, y = self.p(slot.x, slot.y)
                r = 2.0 * SCALE
                self.draw.ellipse([x - r, y - r, x + r, y + r], fill=LINE)
            self.text(slot.x, slot.y - 4, self.number(slot.value or 0.0), INK, "ms")
        for run in g.segments:
            for a, b in pairwise(run):
                self.line(a, b, LINE, 1.2)
        if g.baseline_y is not None and g.baseline is not None:
            self.dashed((g.left, g.baseline_y), (g.right, g.baseline_y), (0.6, 1.6), MISSING, 0.6)
            label = f"{baseline_label} {self.number(g.baseline)}".strip()
            self.text(g.left + 2, g.baseline_y - 1.5, label, MISSING, "ls")
        for group in g.groups:
            for run in group.segments:
                for a, b in pairwise(run):
                    self.dashed(a, b, group.dash, INK, 0.7)
            for x, y in group.points:
                self.draw.rectangle(
                    [*self.p(x - 1.1, y - 1.1), *self.p(x + 1.1, y + 1.1)], fill=INK
                )
            if group.label_at is not None:
                self.text(group.label_at[0] + 3, group.label_at[1], group.label[:24], INK, "lm")
