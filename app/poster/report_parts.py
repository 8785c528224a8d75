"""A small drawing that sits inside the report's text: the wheel (the trends are in
`app.poster.trend_chart`)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.core.geometry import Arrangement
from app.core.model import Language, Model
from app.core.wheel_layout import CALM, Palette
from app.poster.wheel import WheelPlace, draw_wheel


class WheelFlowable(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
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
