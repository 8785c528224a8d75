"""Small drawings that sit inside the report's text: the wheel and a trend per indicator."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from app.core.geometry import Arrangement
from app.core.model import Language, Model
from app.core.wheel_layout import CALM, Palette
from app.poster.fonts import REGULAR
from app.poster.wheel import WheelPlace, colour, draw_wheel


class WheelFlowable(Flowable):
    """The wheel as a block in a flow of text, centred in the frame."""

    def __init__(
        self,
        model: Model,
        radius: float,
        language: Language,
        arrangement: Arrangement | None = None,
        stakeholder_names: dict[str, str] | None = None,
        palette: Palette = CALM,
    ) -> None:
        super().__init__()
        self.model = model
        self.radius = radius
        self.language = language
        self.arrangement = arrangement
        self.stakeholder_names = stakeholder_names or {}
        self.palette = palette
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 2 * self.radius, 2 * self.radius

    def draw(self) -> None:
        draw_wheel(
            self.canv,
            self.model,
            WheelPlace(self.radius, self.radius, self.radius),
            self.language,
            arrangement=self.arrangement,
            palette=self.palette,
            stakeholder_names=self.stakeholder_names,
            beam=True,
        )


class TrendBars(Flowable):
    """A tiny bar chart: one bar per moment, in learning-path order, labelled A, B, C…

    Moments without a number get no bar, only their label, so gaps in the path stay visible;
    a moment with only a text (a qualitative measurement) gets a small dot.
    """

    def __init__(
        self,
        values: Sequence[float | None],
        has_text: Sequence[bool],
        labels: Sequence[str],
        bar: str = CALM.rings[0].edge,
        width: float = 96.0,
        height: float = 26.0,
    ) -> None:
        super().__init__()
        self.values = list(values)
        self.has_text = list(has_text)
        self.labels = list(labels)
        self.bar = bar
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        count = max(1, len(self.labels))
        slot = self.width / count
        label_room = 8.0
        chart = self.height - label_room
        numbers = [abs(v) for v in self.values if v is not None]
        top = max(numbers) if numbers else 1.0
        canvas.setStrokeColor(colour("#b8c4c8"))
        canvas.setLineWidth(0.4)
        canvas.line(0, label_room, self.width, label_room)
        canvas.setFont(REGULAR, 5.5)
        for index, label in enumerate(self.labels):
            x = index * slot
            canvas.setFillColor(colour("#4f6b74"))
            canvas.drawCentredString(x + slot / 2, 1.5, label[:3])
            value = self.values[index] if index < len(self.values) else None
            if value is not None and top > 0:
                bar_height = max(0.8, chart * abs(value) / top)
                canvas.setFillColor(colour(self.bar))
                canvas.rect(x + slot * 0.2, label_room, slot * 0.6, bar_height, stroke=0, fill=1)
            elif index < len(self.has_text) and self.has_text[index]:
                canvas.setFillColor(colour(self.bar))
                canvas.circle(x + slot / 2, label_room + 3, 1.6, stroke=0, fill=1)
