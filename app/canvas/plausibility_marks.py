"""How plausible each step of the line in focus is made, shown on the beam at 12 o'clock.

Pips, not colour: three small circles per step, filled for each level reached ('not yet'
fills none, 'well supported' all three), a question mark for a step not judged yet. They sit
on a small white pill across the ring's inner boundary (the core: inside its rim), where no
label stands; they do not turn (the beam does not turn either).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.scene import WheelScene
from app.core.model import Model
from app.core.plausibility import PIPS, Plausibility, filled_pips

PIP = 11.0  # a pip's radius in scene units (the wheel's radius is 1000)
GAP = 6.0
INK = QColor("#12343c")
PAPER = QColor("#ffffff")


class PlausibilityMarks(QGraphicsItem):
    """One row of pips per step of the line in focus (none while the line is not saved)."""

    def __init__(self, model: Model, bounds: list[tuple[float, float]], core_radius: float) -> None:
        super().__init__()
        self.setZValue(30)  # over the rings and the core, under the post-its
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.levels: dict[str, Plausibility | None] | None = None
        # The step's row sits on its ring's inner boundary (the core's: inside its rim).
        self.radii = {model.core.key: core_radius - 4.0 * PIP}
        for ring, (inner, _outer) in zip(model.rings, bounds, strict=True):
            self.radii[ring.key] = inner
        width = PIPS * 2 * PIP + (PIPS - 1) * GAP + 4 * PIP
        outer = max(self.radii.values()) + 2 * PIP
        self._bounds = QRectF(-width / 2, -outer, width, outer)

    @classmethod
    def on(cls, scene: WheelScene) -> PlausibilityMarks:
        """Marks fitted to the rings of `scene`, added to it."""
        item = cls(scene.model, scene.bounds, scene.core.radius)
        scene.addItem(item)
        return item

    def set_levels(self, levels: Mapping[str, Plausibility | None] | None) -> None:
        """The judgement per step key of the saved line in focus; None hides the marks."""
        new = dict(levels) if levels is not None else None
        if new != self.levels:
            self.levels = new
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def pip_centres(self, step_key: str) -> list[QPointF]:
        radius = self.radii[step_key]
        span = (PIPS - 1) * (2 * PIP + GAP)
        return [QPointF(-span / 2 + i * (2 * PIP + GAP), -radius) for i in range(PIPS)]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.levels is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for key, level in self.levels.items():
            if key not in self.radii:
                continue
            centres = self.pip_centres(key)
            pill = QRectF(
                centres[0].x() - 1.7 * PIP,
                centres[0].y() - 1.7 * PIP,
                centres[-1].x() - centres[0].x() + 3.4 * PIP,
                3.4 * PIP,
            )
            painter.setPen(QPen(INK, 1.5))
            painter.setBrush(PAPER)
            painter.drawRoundedRect(pill, 1.7 * PIP, 1.7 * PIP)
            if level is None:
                self._question(painter, centres[len(centres) // 2])
                continue
            filled = filled_pips(level)
            for index, centre in enumerate(centres):
                painter.setPen(QPen(INK, 2.5))
                painter.setBrush(INK if index < filled else PAPER)
                painter.drawEllipse(centre, PIP, PIP)

    def _question(self, painter: QPainter, centre: QPointF) -> None:
        painter.setPen(QPen(INK, 2.5))
        font = QFont(painter.font())
        font.setPixelSize(int(PIP * 2))
        font.setBold(True)
        painter.setFont(font)
        box = QRectF(centre.x() - PIP * 1.3, centre.y() - PIP * 1.3, PIP * 2.6, PIP * 2.6)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")
