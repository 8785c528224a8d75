"""The beam shows how plausible each step is made: pips whose shape says the level."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPainterPath

from app.canvas.plausibility_marks import INK, PAPER, PIP, PlausibilityMarks
from app.core.plausibility import Plausibility
from tests.canvas.conftest import on_screen


def _pixel(view, point) -> QColor:
    return view.viewport().grab().toImage().pixelColor(point)


def _dark(colour: QColor) -> bool:
    return colour.lightness() < 80


def test_filled_pips_count_the_level_and_a_question_mark_stands_for_not_judged(
    qtbot, view, tmp_path
) -> None:
    scene = view.wheel
    marks = PlausibilityMarks.on(scene)
    ring1, ring2 = (ring.key for ring in scene.model.rings[:2])
    marks.set_levels(
        {ring1: Plausibility.PARTLY, ring2: Plausibility.WELL_SUPPORTED, "stakeholders": None}
    )
    qtbot.wait(20)
    view.viewport().grab().save(str(tmp_path / "plausibility_on_the_beam.png"))

    def centre_of(key: str, index: int):
        point = marks.pip_centres(key)[index]
        return view.mapFromScene(marks.mapToScene(point))

    partly = [_dark(_pixel(view, centre_of(ring1, i))) for i in range(3)]
    well = [_dark(_pixel(view, centre_of(ring2, i))) for i in range(3)]
    assert partly == [True, False, False]  # one of three filled: told by shape
    assert well == [True, True, True]
    assert _pixel(view, centre_of(ring1, 1)).lightness() > 200  # an open pip is paper-white
    assert INK != PAPER


def test_a_draft_line_shows_no_marks(qtbot, view) -> None:
    scene = view.wheel
    before = view.viewport().grab().toImage()
    marks = PlausibilityMarks.on(scene)
    marks.set_levels(None)
    qtbot.wait(20)
    point = on_screen(view, marks.radii[scene.model.rings[0].key], 0)
    assert view.viewport().grab().toImage().pixelColor(point) == before.pixelColor(point)


def test_the_marks_stand_clear_of_the_labels_at_twelve(qtbot, view) -> None:
    """Issue 23, item 7: the "?" pills sat on the ring labels at 12 o'clock."""
    from app.core.geometry import Arrangement
    from app.core.wheel_layout import reads_clockwise

    scene = view.wheel
    marks = PlausibilityMarks.on(scene)
    keys = [scene.model.core.key, *scene.model.ring_keys]
    counts = [ring.segment_count for ring in scene.model.rings]
    for turn in range(max(counts)):
        scene.set_arrangement(Arrangement(tuple(turn % n for n in counts)), animate=False)
        marks.set_levels(dict.fromkeys(keys))
        for key in keys:
            centres = [marks.mapToScene(point) for point in marks.pip_centres(key)]
            pill = QPainterPath()
            for centre in centres:
                pill.addEllipse(centre, 1.7 * PIP, 1.7 * PIP)
            for ring in scene.rings.values():
                for index, label in enumerate(ring.labels):
                    path = ring.mapToScene(
                        label.path(reads_clockwise(ring.rotation() + index * ring.step))
                    )
                    assert not pill.intersects(path), (turn, key, index)
