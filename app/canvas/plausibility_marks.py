"""How plausible each step of the line in focus is made, shown on the beam at 12 o'clock.

Pips, not colour: three small circles per step, filled for each level reached ('not yet'
fills none, 'well supported' all three), a question mark for a step not judged yet. They sit
on a small white pill across the ring's inner boundary (the core: inside its rim); they do
not turn (the beam does not turn either). A label at 12 o'clock can reach that boundary (two
lines fill a ring), so each pill moves along its boundary, as little as it must, until it is
clear of the labels on both sides of it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.canvas.note_items import label_boxes
from app.canvas.scene import WheelScene
from app.core.model import Model
from app.core.note_stacks import PolarBox
from app.core.plausibility import PIPS, Plausibility, filled_pips
from app.core.wheel_layout import reads_clockwise

PIP = 11.0  # a pip's radius in scene units (the wheel's radius is 1000)
GAP = 6.0
INK = QColor("#12343c")
PAPER = QColor("#ffffff")
CLEARANCE = 4.0  # scene units between a pill and a label
SHIFT_STEP = 0.5  # degrees: how finely a pill walks along its boundary
MOST_SHIFT = 45.0  # degrees: as far as a pill goes from the beam


class PlausibilityMarks(QGraphicsItem):
    """One row of pips per step of the line in focus (none while the line is not saved)."""

    def __init__(self, model: Model, bounds: list[tuple[float, float]], core_radius: float) -> None:
        super().__init__()
        self.setZValue(30)  # over the rings and the core, under the post-its
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.levels: dict[str, Plausibility | None] | None = None
        self.scene_of: WheelScene | None = None
        # Per step key: degrees (clockwise) the pill stands from 12 o'clock, clear of labels;
        # worked out when next needed (painted, asked) after the labels changed.
        self._angles: dict[str, float] = {}
        self._labels_changed = True
        # The step's row sits on its ring's inner boundary (the core's: inside its rim).
        self.radii = {model.core.key: core_radius - 4.0 * PIP}
        for ring, (inner, _outer) in zip(model.rings, bounds, strict=True):
            self.radii[ring.key] = inner
        outer = max(self.radii.values()) + 2 * PIP
        self._bounds = QRectF(-outer, -outer, 2 * outer, 2 * outer)

    @classmethod
    def on(cls, scene: WheelScene) -> PlausibilityMarks:
        """Marks fitted to the rings of `scene`, added to it; they keep clear of the labels
        at 12 o'clock whenever the wheel comes to rest."""
        item = cls(scene.model, scene.bounds, scene.core.radius)
        scene.addItem(item)
        item.scene_of = scene
        scene.arrangementSettled.connect(lambda _arrangement, _lines: item.clear_labels())
        return item

    def set_levels(self, levels: Mapping[str, Plausibility | None] | None) -> None:
        """The judgement per step key of the saved line in focus; None hides the marks."""
        new = dict(levels) if levels is not None else None
        self.clear_labels()
        if new != self.levels:
            self.levels = new
            self.update()

    def pill_half(self) -> tuple[float, float]:
        """Half the pill's width and half its height."""
        span = (PIPS - 1) * (2 * PIP + GAP)
        return span / 2 + 1.7 * PIP, 1.7 * PIP

    def pill_box(self, step_key: str) -> PolarBox:
        """The polar box holding a step's pill (angles clockwise from 12 o'clock)."""
        radius = self.radii[step_key]
        half_width, half_height = self.pill_half()
        angle = self.angles.get(step_key, 0.0)
        half = math.degrees(math.asin(min(1.0, half_width / (radius - half_height))))
        return PolarBox(radius - half_height, radius + half_height, angle - half, angle + half)

    def label_boxes_at_top(self) -> list[PolarBox]:
        """The outlines of the labels at 12 o'clock, as polar boxes from 12 o'clock."""
        scene = self.scene_of
        if scene is None:
            return []
        boxes: list[PolarBox] = []
        for ring, index in zip(scene.model.rings, scene.arrangement().indices, strict=True):
            item = scene.rings[ring.key]
            if index >= len(item.labels):
                continue
            centre = index * item.step
            path = item.labels[index].path(reads_clockwise(0.0))
            for box in label_boxes(path, centre):
                boxes.append(PolarBox(box.inner, box.outer, box.start - centre, box.end - centre))
        return boxes

    def clear_labels(self) -> None:
        """The labels at 12 o'clock may have changed: each pill moves along its boundary,
        the least it must, clear of them; at once while the marks show, else when they are
        next painted or `angles` is asked (a start, a turn or a language switch without a
        saved line in focus works nothing out)."""
        self._labels_changed = True
        if self.levels is not None:  # shown: moved now, repainted if they moved
            before = self._angles
            if self.angles != before:
                self.update()

    @property
    def angles(self) -> dict[str, float]:
        """Per step key: degrees (clockwise) its pill stands from 12 o'clock."""
        if self._labels_changed:
            self._labels_changed = False
            self._angles = self._clear_angles()
        return self._angles

    def _clear_angles(self) -> dict[str, float]:
        labels = self.label_boxes_at_top()
        half_width, half_height = self.pill_half()
        angles: dict[str, float] = {}
        for key, radius in self.radii.items():
            inner, outer = radius - half_height - CLEARANCE, radius + half_height + CLEARANCE
            half = math.degrees(math.asin(min(1.0, (half_width + CLEARANCE) / inner)))
            near = [box for box in labels if box.outer >= inner and box.inner <= outer]
            steps = int(MOST_SHIFT / SHIFT_STEP)
            for shift in (
                sign * step * SHIFT_STEP for step in range(steps + 1) for sign in (1, -1)
            ):
                box = PolarBox(inner, outer, shift - half, shift + half)
                if not any(box.meets(other) for other in near):
                    angles[key] = shift
                    break
        return angles

    def boundingRect(self) -> QRectF:
        return self._bounds

    def pip_centres(self, step_key: str) -> list[QPointF]:
        """The centres of a step's pips, in the item's coordinates (its pill moved along
        the boundary as `clear_labels` decided)."""
        turn = QTransform().rotate(self.angles.get(step_key, 0.0))
        return [turn.map(point) for point in self._row(step_key)]

    def _row(self, step_key: str) -> list[QPointF]:
        """The pips' centres on the beam, before the pill moves along its boundary."""
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
            painter.save()
            painter.rotate(self.angles.get(key, 0.0))
            self._paint_step(painter, key, level)
            painter.restore()

    def _paint_step(self, painter: QPainter, key: str, level: Plausibility | None) -> None:
        centres = self._row(key)
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
            return
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
