"""Bending a label's straight outline onto its arc: every point lands where the polar
mapping puts it, with the outline's element kinds and fill rule unchanged."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath

from app.canvas.fonts import wheel_font
from app.canvas.label_paths import REFERENCE_PX, _onto_arc


@pytest.mark.parametrize("clockwise", [True, False])
def test_every_point_of_the_outline_is_mapped_onto_the_arc(qapp, clockwise: bool) -> None:
    straight = QPainterPath()
    straight.setFillRule(Qt.FillRule.WindingFill)
    straight.addText(QPointF(0, 0), wheel_font(REFERENCE_PX, False), "Kennis & bewustzijn")
    half_width, scale, baseline, centre = 640.0, 0.07, 380.0, 33.0

    bent = _onto_arc(straight, half_width, scale, baseline, centre, clockwise)

    assert straight.elementCount() > 500
    assert bent.elementCount() == straight.elementCount()
    assert bent.fillRule() == Qt.FillRule.WindingFill
    sign = 1.0 if clockwise else -1.0
    for index in range(straight.elementCount()):
        before, after = straight.elementAt(index), bent.elementAt(index)
        angle = math.radians(centre) + sign * (before.x - half_width) * scale / baseline
        radius = baseline - sign * before.y * scale
        assert after.type == before.type
        assert after.x == pytest.approx(radius * math.sin(angle), abs=1e-9)
        assert after.y == pytest.approx(-radius * math.cos(angle), abs=1e-9)


def test_an_empty_outline_stays_empty(qapp) -> None:
    assert _onto_arc(QPainterPath(), 0.0, 1.0, 100.0, 0.0, True).isEmpty()
