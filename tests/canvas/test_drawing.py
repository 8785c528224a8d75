"""What the wheel shows: labels from the model file, legible, upright, inside their segment."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPointF

from app.canvas import WheelScene, WheelView
from app.canvas.scene import MARGIN, RADIUS
from app.canvas.shapes import annular_sector, point_at
from app.core.model import load_model
from app.core.wheel_layout import HIGH_CONTRAST, PALETTES, contrast_ratio
from tests.canvas.conftest import ring_middle


def test_labels_come_from_the_model_file(qtbot, tmp_path, model) -> None:
    from app.core.resources import resource_path

    data = json.loads(resource_path("model.json").read_text(encoding="utf-8"))
    data["rings"][1]["segments"][2]["label"]["nl"] = "Gedrag & houding"
    changed = tmp_path / "model.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    scene = WheelScene(load_model(changed))
    key = data["rings"][1]["segments"][2]["key"]
    assert " ".join(scene.label_of(key).fit.lines) == "Gedrag & houding"
    assert not scene.label_of(key).path(True).isEmpty()


def test_the_language_switches_every_label(qtbot, model) -> None:
    scene = WheelScene(model, "nl")
    segment = model.rings[0].segments[0]
    scene.set_language("en")
    assert " ".join(scene.label_of(segment.key).fit.lines) == segment.label.en


@pytest.mark.parametrize(("width", "height", "floor"), [(1920, 1080, 24.0), (1024, 768, 16.0)])
def test_every_ring_label_is_tall_enough_to_read_from_the_back(
    qtbot, model, width, height, floor
) -> None:
    view = WheelView(model)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    scale = view.scale_factor()
    assert scale == pytest.approx(height / (2 * (RADIUS + MARGIN)), rel=0.01)
    shaper = view.wheel._shaper
    for ring in model.rings:
        for segment in ring.segments:
            size = view.wheel.label_of(segment.key).fit.size * scale
            assert size >= floor, (segment.key, size)
            # and its capitals alone, without ascenders or descenders, stay over half of it
            assert size * shaper.cap_height_ratio >= floor * 0.7


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_text_contrast_is_at_least_7_to_1_on_everything_it_stands_on(qtbot, model, palette):
    scene = WheelScene(model, palette=palette)
    for item in scene.rings.values():
        for background in item.text_backgrounds():
            ratio = contrast_ratio(item.colours.text, background.name())
            assert ratio >= 7.0, (item.key, background.name(), ratio)
    assert contrast_ratio(scene.core.text_colour.name(), palette.core.fill) >= 7.0


def test_labels_never_stand_on_their_heads_and_flip_as_they_pass_the_horizontal(qtbot, model):
    scene = WheelScene(model)
    item = scene.rings[model.ring_keys[0]]
    item.setRotation(80.0)  # segment 0 at 80°: upper half, reads clockwise
    assert item.label_reads_clockwise(0)
    item.setRotation(100.0)  # just past 3 o'clock: now anticlockwise, upright
    assert not item.label_reads_clockwise(0)
    # Wherever a label stands, as the room sees it, it reads left to right: a one-line label
    # runs from its first letter on the left to its last on the right, and of a two-line
    # label the first line is the upper one.
    for ring_key in model.ring_keys:
        item = scene.rings[ring_key]
        for index, label in enumerate(item.labels):
            for rotation in (0.0, 30.0, 150.0, 180.0, 210.0, 330.0):
                item.setRotation(rotation - index * item.step)
                path = label.path(item.label_reads_clockwise(index))
                glyphs = [
                    polygon.boundingRect().center()
                    for polygon in item.sceneTransform().map(path).toSubpathPolygons()
                ]
                if len(label.fit.lines) == 1:
                    assert glyphs[0].x() < glyphs[-1].x(), (label.fit, rotation)
                elif rotation in (0.0, 180.0):
                    assert glyphs[0].y() < glyphs[-1].y(), (label.fit, rotation)


def test_a_long_stakeholder_name_stays_inside_its_segment(qtbot, model) -> None:
    scene = WheelScene(model)
    ring = model.stakeholder_ring
    names = {
        ring.segments[1].key: "Doelgroep: studenten van mboRijnland",
        ring.segments[2].key: "De bredere community van alle scholen, bedrijven, gemeenten en "
        "maatschappelijke organisaties in de regio Holland Rijnland en daarbuiten, en ook "
        "alle mensen die er wonen, werken, leren of op bezoek komen",
    }
    scene.set_stakeholder_names(names)
    item = scene.rings[ring.key]
    for index in (1, 2):
        label = item.labels[index]
        sector = annular_sector(
            item.inner, item.outer, index * item.step - item.step / 2, item.step
        )
        for clockwise in (True, False):
            assert sector.contains(label.path(clockwise)), (index, clockwise, label.fit)
        assert label.fit.size >= 50.0 or len(label.fit.lines) >= 2
    assert len(item.labels[2].fit.lines) == 3  # the wide outer ring takes three lines
    assert item.labels[2].fit.lines[-1].endswith("…")


def test_hover_text_is_the_definition_and_never_markup(qtbot, model) -> None:
    scene = WheelScene(model, "en")
    ring = model.stakeholder_ring
    scene.set_stakeholder_names({ring.segments[0].key: "<b>Partners</b> & <i>friends</i>"})
    text = scene.input.tooltip_at(point_at(ring_middle(scene, ring.key), 0))
    assert "&lt;b&gt;Partners&lt;/b&gt; &amp; &lt;i&gt;friends&lt;/i&gt;" in text
    assert "<i>" not in text
    definition = model.rings[0].segments[0].definition.en
    assert definition.split()[0] in scene.input.tooltip_at(point_at(ring_middle(scene, "ring1"), 0))
    assert scene.input.tooltip_at(QPointF(0, 0)).count("<p>") == 2  # the core explains itself


def test_partial_focus_dims_the_rest(qtbot, model) -> None:
    scene = WheelScene(model)
    ring2 = model.ring_keys[1]
    scene.set_partial_focus(ring2)
    assert scene.rings[ring2]._dimmed == frozenset()
    assert scene.rings[model.ring_keys[0]]._dimmed == frozenset(range(4))
    group = model.stakeholder_ring.segments[2].key
    scene.set_partial_focus(group)
    assert scene.rings[model.stakeholder_ring.key]._dimmed == frozenset({0, 1, 3})
    assert scene.rings[ring2]._dimmed == frozenset()
    scene.set_partial_focus(None)
    assert all(not item._dimmed for item in scene.rings.values())
    with pytest.raises(KeyError):
        scene.set_partial_focus("no-such-thing")


def test_the_view_keeps_the_whole_wheel_round_in_any_window(qtbot, model) -> None:
    view = WheelView(model)
    qtbot.addWidget(view)
    view.show()
    for width, height in ((1200, 500), (500, 1200), (1024, 768)):
        view.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: view.viewport().size().toTuple() == (w, h))
        transform = view.transform()
        assert transform.m11() == pytest.approx(transform.m22())
        shown = view.mapFromScene(view.wheel.sceneRect()).boundingRect()
        assert view.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)
        assert max(shown.width(), shown.height()) >= min(width, height) - 4


def test_palette_switch_recolours_the_scene(qtbot, model) -> None:
    scene = WheelScene(model)
    scene.set_palette(HIGH_CONTRAST)
    assert scene.backgroundBrush().color().name() == HIGH_CONTRAST.background
    assert scene.rings[model.ring_keys[0]].colours == HIGH_CONTRAST.rings[0]
