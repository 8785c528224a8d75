"""Turning the rings by hand, by touch and by key: all through the physics, resting on detents."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.core.geometry import step_of
from app.core.reasoning import lines_of
from tests.canvas.conftest import on_screen, ring_middle, settle


def drag(view, clock, ring_key, start, end, steps, step_seconds, pause=0.0):
    """Press on a ring at angle `start`, move to `end` in `steps` moves, pause, release."""
    scene = view.wheel
    radius = ring_middle(scene, ring_key)
    viewport = view.viewport()
    QTest.mousePress(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        on_screen(view, radius, start),
    )
    for number in range(1, steps + 1):
        clock.tick(step_seconds)
        angle = start + (end - start) * number / steps
        QTest.mouseMove(viewport, on_screen(view, radius, angle))
    clock.tick(pause)
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        on_screen(view, radius, end),
    )


def rotations(scene):
    return {key: item.rotation() for key, item in scene.rings.items()}


def test_a_drag_turns_only_that_ring_and_it_rests_on_a_detent(view, clock, qtbot) -> None:
    scene = view.wheel
    started, settled = [], []
    scene.ringTurnStarted.connect(started.append)
    scene.arrangementSettled.connect(
        lambda arrangement, lines: settled.append((arrangement, lines))
    )
    ring2 = scene.model.ring_keys[1]

    drag(view, clock, ring2, 10, 105, steps=20, step_seconds=0.03, pause=0.2)
    settle(scene, clock)

    turned = rotations(scene)
    assert started == [ring2]
    assert turned[ring2] == pytest.approx(90.0, abs=1e-6)  # 95° by hand: the nearest detent
    assert all(turned[key] == 0.0 for key in scene.model.ring_keys if key != ring2)
    arrangement, lines = settled[-1]
    assert arrangement.indices == (0, 3, 0, 0)  # turning clockwise brings in segment 3
    assert lines == lines_of(scene.model, arrangement)
    assert lines[0].segment_keys[1] == scene.model.ring(ring2).segments[3].key


def test_the_point_under_the_pointer_stays_under_it_while_dragging(view, clock) -> None:
    scene = view.wheel
    ring3 = scene.model.ring_keys[2]
    radius = ring_middle(scene, ring3)
    viewport = view.viewport()
    QTest.mousePress(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        on_screen(view, radius, 30),
    )
    for angle in (50, 120, 200, 290, 370):  # once round and past the start, across ±180°
        clock.tick(0.02)
        QTest.mouseMove(viewport, on_screen(view, radius, angle))
        # Pixel rounding of the pointer is the only error: well under a degree.
        assert scene.rings[ring3].rotation() % 360 == pytest.approx((angle - 30) % 360, abs=0.3)
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        on_screen(view, radius, 370),
    )


def test_a_flick_turns_further_than_a_slow_drag_of_the_same_distance(view, clock) -> None:
    scene = view.wheel
    ring1 = scene.model.ring_keys[0]
    drag(view, clock, ring1, 0, 40, steps=8, step_seconds=0.1, pause=0.1)
    settle(scene, clock)
    slow = scene.wheel.ring(ring1).angle

    scene.set_arrangement(type(scene.arrangement())((0, 0, 0, 0)), animate=False)
    drag(view, clock, ring1, 0, 40, steps=8, step_seconds=0.008)
    assert not scene.wheel.ring(ring1).at_rest  # it coasts on after the release
    settle(scene, clock)
    flick = scene.wheel.ring(ring1).angle

    assert slow == pytest.approx(0.0)  # 40° of a 90° segment, let go at rest: back
    assert flick >= 90.0


def test_two_fingers_turn_two_rings_at_once(view, clock) -> None:
    scene = view.wheel
    ring1, _, ring3, _ = scene.model.ring_keys
    device = QTest.createTouchDevice()
    viewport = view.viewport()
    r1, r3 = ring_middle(scene, ring1), ring_middle(scene, ring3)
    QTest.touchEvent(viewport, device).press(0, on_screen(view, r1, 0)).press(
        1, on_screen(view, r3, 180)
    ).commit()
    for step in range(1, 11):
        clock.tick(0.03)
        QTest.touchEvent(viewport, device).move(0, on_screen(view, r1, 9 * step)).move(
            1, on_screen(view, r3, 180 - 9 * step)
        ).commit()
    # Touch points arrive in whole pixels: a pixel or two is a degree at this size.
    assert scene.rings[ring1].rotation() == pytest.approx(90, abs=1.5)
    assert scene.rings[ring3].rotation() % 360 == pytest.approx(270, abs=1.5)
    clock.tick(0.2)
    QTest.touchEvent(viewport, device).release(0, on_screen(view, r1, 90)).release(
        1, on_screen(view, r3, 90)
    ).commit()
    settle(scene, clock)
    counts = [ring.segment_count for ring in scene.model.rings]
    assert scene.arrangement().indices == ((-1) % counts[0], 0, 1 % counts[2], 0)


def test_keys_select_a_ring_and_turn_it_exactly_one_segment(view, clock) -> None:
    scene = view.wheel
    ring3 = scene.model.ring_keys[2]
    QTest.keyClick(view, Qt.Key.Key_3)
    assert scene.selected_ring() == ring3
    QTest.keyClick(view, Qt.Key.Key_Right)
    settle(scene, clock)
    step = step_of(scene.model.ring(ring3).segment_count)
    assert scene.wheel.ring(ring3).angle == pytest.approx(step)
    assert scene.arrangement() == type(scene.arrangement())((0, 0, 0, 0)).turned(
        2, 1, scene.model.ring(ring3).segment_count
    )
    QTest.keyClick(view, Qt.Key.Key_PageUp)  # what a clicker's "back" sends
    settle(scene, clock)
    assert scene.wheel.ring(ring3).angle == pytest.approx(0.0)


def test_tab_steps_through_the_rings(view) -> None:
    scene = view.wheel
    view.setFocus()
    for key in scene.model.ring_keys:
        QTest.keyClick(view, Qt.Key.Key_Tab)
        assert scene.selected_ring() == key


def test_a_locked_ring_ignores_drags_and_keys(view, clock) -> None:
    scene = view.wheel
    ring2 = scene.model.ring_keys[1]
    scene.set_locked(ring2, True)
    drag(view, clock, ring2, 0, 120, steps=10, step_seconds=0.01)
    scene.select_ring(ring2)
    scene.turn_selected(1)
    settle(scene, clock)
    assert scene.rings[ring2].rotation() == 0.0


def test_the_context_menu_asks_for_locks_and_focus_and_changes_nothing_itself(view) -> None:
    scene = view.wheel
    ring1 = scene.model.ring_keys[0]
    locks, focus = [], []
    scene.lockRequested.connect(lambda key, locked: locks.append((key, locked)))
    scene.focusRequested.connect(focus.append)
    menu = scene.input.ring_menu(ring1)
    menu.actions()[0].trigger()
    menu.actions()[1].trigger()
    assert locks == [(ring1, True)] and focus == [ring1]
    assert not scene.is_locked(ring1) and scene.partial_focus() is None  # the owner decides
    scene.set_locked(ring1, True)
    scene.set_partial_focus(ring1)
    menu = scene.input.ring_menu(ring1)
    assert menu.actions()[0].text() == "Unlock ring"
    menu.actions()[0].trigger()
    menu.actions()[1].trigger()
    assert locks[-1] == (ring1, False) and focus[-1] is None


def test_clicking_the_lock_icon_asks_to_unlock_the_ring(view) -> None:
    scene = view.wheel
    ring4 = scene.model.ring_keys[3]
    scene.set_locked(ring4, True)
    requests = []
    scene.lockRequested.connect(lambda key, locked: requests.append((key, locked)))
    point = view.mapFromScene(scene.rings[ring4].lock_centre)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert requests == [(ring4, False)]


def test_a_click_selects_a_segment_and_a_double_click_activates_it(view, clock) -> None:
    scene = view.wheel
    selected, activated = [], []
    scene.segmentSelected.connect(selected.append)
    scene.segmentActivated.connect(activated.append)
    ring2 = scene.model.ring(scene.model.ring_keys[1])
    point = on_screen(view, ring_middle(scene, ring2.key), 90)  # segment 1 at rest
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert selected == [ring2.segments[1].key]
    assert scene.selected_ring() == ring2.key
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    # The hand lets go (QTest's double-click leaves the button down for every later test).
    QTest.mouseRelease(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    assert activated == [ring2.segments[1].key]
    assert scene.rings[ring2.key].rotation() == 0.0


def test_set_arrangement_turns_the_wheel_and_reports_the_lines(view, clock) -> None:
    scene = view.wheel
    settled = []
    scene.arrangementSettled.connect(lambda a, lines: settled.append((a, lines)))
    target = type(scene.arrangement())((1, 2, 3, 1))
    scene.set_arrangement(target, animate=True)
    assert scene.arrangement() == target  # where it is going
    settle(scene, clock)
    assert settled[-1][0] == target
    assert settled[-1][1][0] == lines_of(scene.model, target)[0]
    assert scene.animator.running is False


def test_the_frame_clock_stops_when_everything_rests(view, qtbot) -> None:
    """Real time: a key turn runs the clock; a second after rest no timer has fired."""
    scene = view.wheel
    scene.clock = __import__("time").monotonic
    settled = []
    scene.arrangementSettled.connect(lambda a, lines: settled.append(a))
    scene.select_ring(scene.model.ring_keys[0])
    scene.turn_selected(1)
    assert scene.animator.running
    qtbot.waitUntil(lambda: bool(settled), timeout=3000)
    assert not scene.animator.running
    frames = scene.animator.frames
    qtbot.wait(1000)
    assert not scene.animator.running
    assert scene.animator.frames == frames


def test_mouse_moves_without_a_button_turn_nothing(view, clock) -> None:
    scene = view.wheel
    QTest.mouseMove(view.viewport(), on_screen(view, 500, 10))
    QTest.mouseMove(view.viewport(), on_screen(view, 500, 80))
    assert all(angle == 0.0 for angle in rotations(scene).values())
    assert not scene.animator.running
