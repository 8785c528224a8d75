"""Post-it stacks on the real scene: one per segment, clear of every label and of the beam,
measured on the scene's own paths (not on pixels), turning with their ring."""

from __future__ import annotations

import itertools

import pytest

from app.canvas.note_items import StackItem, place_notes, stack_items
from app.canvas.scene import WheelScene
from app.canvas.shapes import beam_band
from app.canvas.wheel_base import BEAM_HALF_WIDTH
from app.core.geometry import Arrangement
from app.core.model import Model
from app.core.wheel_layout import CALM


def sixty_notes(model: Model) -> list[tuple[int, str, str, str]]:
    """60 notes: 25 on one segment, the rest spread over every segment and core part."""
    keys = [segment.key for ring in model.rings for segment in ring.segments]
    keys += [part.key for part in model.core.segments]
    crowded = model.rings[1].segments[2].key
    keys.remove(crowded)
    colours = itertools.cycle(CALM.note_colours)
    notes = [(n, crowded, f"Notitie {n} op de drukke plek", next(colours)) for n in range(25)]
    for n in range(25, 60):
        notes.append((n, keys[n % len(keys)], f"Notitie {n}", next(colours)))
    return notes


def _ring_paths_clash(scene: WheelScene, stack: StackItem) -> list[str]:
    """What a stack on a ring meets, measured on the ring's own label outlines and the beam."""
    ring_item = stack.parentItem()
    clashes = []
    disc = stack.mapToParent(stack.shape())
    for key, ring in scene.rings.items():
        if ring is not ring_item:
            continue
        for index, label in enumerate(ring.labels):
            for clockwise in (True, False):
                if disc.intersects(label.path(clockwise)):
                    clashes.append(f"label {key}[{index}]")
    beam = beam_band(ring_item.inner, ring_item.outer, BEAM_HALF_WIDTH, 0.0)
    if stack.mapToScene(stack.shape()).intersects(beam):
        clashes.append("beam")
    return clashes


@pytest.mark.parametrize("language", ["nl", "en"])
def test_stacks_never_cover_a_label_or_the_beam(model: Model, qapp, language: str) -> None:
    scene = WheelScene(model, language)
    notes = sixty_notes(model)
    scene.set_notes(notes)
    stacks = stack_items(scene)
    counted = {stack.segment_key: stack.count for stack in stacks}
    assert sum(counted.values()) == 60  # every note is in a stack: no segment left out
    assert counted[model.rings[1].segments[2].key] == 25
    ring_counts = [ring.segment_count for ring in model.rings]
    for turn in range(max(ring_counts)):
        arrangement = Arrangement(tuple(turn % count for count in ring_counts))
        scene.set_arrangement(arrangement, animate=False)
        for stack in stacks:
            if isinstance(stack.parentItem(), type(scene.core)):
                continue
            assert _ring_paths_clash(scene, stack) == [], stack.segment_key


def test_stacks_keep_clear_of_own_names_and_turn_with_their_ring(model: Model, qapp) -> None:
    scene = WheelScene(model)
    ring = model.rings[3]
    names = {segment.key: "Een heel lange eigen naam voor deze groep" for segment in ring.segments}
    scene.set_notes(sixty_notes(model))
    scene.set_stakeholder_names(names)  # new labels: the stacks move out of their way
    for stack in stack_items(scene):
        if stack.parentItem() is scene.rings[ring.key]:
            assert _ring_paths_clash(scene, stack) == []
    stack = next(s for s in stack_items(scene) if s.segment_key == ring.segments[0].key)
    before = stack.scenePos()
    scene.set_arrangement(Arrangement((0, 0, 0, 1)), animate=False)
    assert (stack.scenePos() - before).manhattanLength() > 100
    assert scene.segment_key_at(stack.scenePos()) == ring.segments[0].key


def test_a_hovered_stack_asks_for_its_notes(model: Model, qapp, qtbot) -> None:
    scene = WheelScene(model)
    key = model.rings[0].segments[1].key
    place_notes(scene, [(1, key, "a", CALM.note_colours[0]), (2, key, "b", CALM.note_colours[1])])
    (stack,) = stack_items(scene)
    assert stack.count == 2
    with qtbot.waitSignal(scene.stackHovered) as signal:
        scene.input.hover(stack.scenePos())
    assert signal.args == [key]
    with qtbot.assertNotEmitted(scene.stackHovered):
        scene.input.hover(stack.scenePos())  # still on it: asked once
        scene.input.hover(stack.scenePos() * 0.0)  # the axis: no stack there


def _notes_on(key: str, count: int) -> list[tuple[int, str, str, str]]:
    return [(n, key, f"Notitie {n}", CALM.note_colours[n % 4]) for n in range(count)]


def test_a_bigger_pile_is_a_bigger_mark(model: Model, qapp) -> None:
    """Issue 23, item 2: 20 notes were a small badge beside single notes' large circles."""
    scene = WheelScene(model)
    roomy = [model.rings[3].segments[0].key, model.core.segments[3].key]
    for key in [*roomy, *(segment.key for ring in model.rings for segment in ring.segments)]:
        areas = []
        for count in (1, 5, 20):
            scene.set_notes(_notes_on(key, count))
            (stack,) = stack_items(scene)
            areas.append(stack.size**2)
        if key in roomy:
            assert areas[0] < areas[1] < areas[2], key
        assert areas[0] <= areas[1] <= areas[2], key  # never smaller for more notes


def test_the_axis_stacks_leave_its_texts_clear(model: Model, qapp) -> None:
    """Issue 23, item 7: a stack covered "Activiteiten:" in the axis."""
    scene = WheelScene(model)
    scene.set_network_name("Onderwijsnetwerk Holland Rijnland")
    scene.set_core_summary(
        {
            part.key: ["Een lange lijst", "van wat er in zit", "en nog meer"]
            for part in model.core.segments
        }
    )
    notes = [note for part in model.core.segments for note in _notes_on(part.key, 12)]
    scene.set_notes(notes)
    stacks = [s for s in stack_items(scene) if s.parentItem() is scene.core]
    assert len(stacks) == len(model.core.segments)
    for stack in stacks:
        disc = stack.mapToParent(stack.shape())
        for box in scene.core.text_boxes():
            assert not disc.intersects(box), stack.segment_key
        for other in stacks:
            if other is not stack:
                assert not disc.intersects(other.mapToParent(other.shape()))


def test_the_lock_is_drawn_over_the_stacks(model: Model, qapp) -> None:
    """Issue 23, item 7: in presentation a stack covered a ring's lock icon."""
    scene = WheelScene(model)
    scene.set_notes(sixty_notes(model))
    for key, ring in scene.rings.items():
        stacks = [s for s in stack_items(scene) if s.parentItem() is ring]
        assert stacks
        assert ring.room_marks.parentItem() is ring
        assert all(ring.room_marks.zValue() > stack.zValue() for stack in stacks), key
        scene.set_locked(key, True)
        assert ring.room_marks.isVisible()
