"""Bending a label's straight outline onto its arc: every point lands where the polar
mapping puts it, with the outline's element kinds and fill rule unchanged; each orientation
is bent when first needed, the first frame's at once and the rest in idle moments."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QPainterPath

from app.canvas import WheelScene
from app.canvas.fonts import wheel_font
from app.canvas.label_paths import REFERENCE_PX, ArcBand, LabelShaper, PlacedLabel, _onto_arc


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


def test_a_placed_label_bends_each_orientation_when_first_asked_and_keeps_it(qapp) -> None:
    shaper = LabelShaper()
    band = ArcBand(400.0, 600.0, 30.0, 60.0)
    label = shaper.place("Kennis & bewustzijn", band, 40.0, 20.0)
    assert not label._paths and not label._glyphs  # placing fits the text, bends nothing
    clockwise = label.path(True)
    assert label.path(True) is clockwise
    assert set(label._paths) == {True} and not label._glyphs
    assert not clockwise.isEmpty()
    anticlockwise = label.path(False)
    # The two orientations differ: the anticlockwise one stands inward (its points lie
    # elsewhere), so the first is not simply handed out twice.
    assert anticlockwise.boundingRect() != clockwise.boundingRect()
    assert len(label.glyphs(True)) == len(label.glyphs(False)) == len("Kennis&bewustzijn")
    # A value: what has been made so far takes no part in equality or hashing.
    fresh = PlacedLabel(label.fit, label.band, shaper)
    assert fresh == label and hash(fresh) == hash(label)
    assert fresh.path(False) == anticlockwise
    assert shaper.place("Kennis & bewustzijn", band, 40.0, 20.0) is label


def test_the_first_frame_bends_what_it_shows_and_idle_moments_the_rest(qapp, model) -> None:
    scene = WheelScene(model)
    labels = [
        (item, index, label)
        for item in scene.rings.values()
        for index, label in enumerate(item.labels)
    ]
    assert not any(label._paths for _item, _index, label in labels)
    image = QImage(800, 800, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
    for item, index, label in labels:
        assert set(label._paths) == {item.label_reads_clockwise(index)}
        assert not label._glyphs
    assert scene.preparing_turning  # the rest, in idle moments
    while scene.preparing_turning:
        qapp.processEvents()
    for _item, _index, label in labels:
        assert set(label._paths) == set(label._glyphs) == {True, False}


def test_english_ring3_labels_on_screen_keep_their_hyphenated_compounds_whole(qapp) -> None:
    # (The Dutch "Economisch-technologische" is too long for one arc line: it may break.)
    language = "en"
    from app.canvas.scene import WheelScene
    from app.core.model import default_model

    model = default_model()
    scene = WheelScene(model, language)
    for segment in model.rings[2].segments:
        lines = scene.label_of(segment.key).fit.lines
        label = segment.label.in_(language)
        if "-" in label and " " in label:
            # "Political-administrative / effects", never "Political- / administrative effects"
            assert not any(line.endswith("-") for line in lines), lines
