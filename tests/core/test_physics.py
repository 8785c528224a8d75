"""The rings behave like a heavy wooden volvelle: held without lag, coasting onto detents."""

from __future__ import annotations

import itertools
import math
import random

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.core.physics import Motion, PhysicsParams, RingPhysics, Wheel, inertia_for_radius

STEP = 1 / 240
SAMPLE_INTERVAL = 0.008  # a 125 Hz pointer

segment_counts = st.integers(min_value=3, max_value=12)
inertias = st.floats(min_value=1.0, max_value=6.0)
start_indices = st.integers(min_value=-30, max_value=30)
flick_speeds = st.floats(min_value=-1440.0, max_value=1440.0)
pointer_angles = st.floats(min_value=-180.0, max_value=180.0)

simulation = settings(deadline=None, max_examples=60)


def wrapped(angle: float) -> float:
    """The pointer angle as a canvas reports it, from atan2: in (−180, 180]."""
    result = math.fmod(angle, 360.0)
    if result <= -180.0:
        result += 360.0
    elif result > 180.0:
        result -= 360.0
    return result


def flick(
    ring: RingPhysics,
    velocity: float,
    *,
    pointer: float = 0.0,
    duration: float = 0.12,
    t0: float = 0.0,
) -> float:
    """Grab, move the pointer at a constant angular velocity, and let go on the last sample."""
    ring.grab(wrapped(pointer), t0)
    samples = round(duration / SAMPLE_INTERVAL)
    for i in range(1, samples + 1):
        t = t0 + i * SAMPLE_INTERVAL
        ring.drag(wrapped(pointer + velocity * (t - t0)), t)
    release = t0 + samples * SAMPLE_INTERVAL
    ring.release(release)
    return release


def run_to_rest(ring: RingPhysics, limit: float = 20.0) -> list[tuple[float, float, Motion, float]]:
    """Step the ring until it rests; the (angle, velocity, motion, energy) after every step."""
    states = [(ring.angle, ring.velocity, ring.motion, ring.energy)]
    while ring.advance(STEP):
        states.append((ring.angle, ring.velocity, ring.motion, ring.energy))
        assert len(states) < limit / STEP, "the ring never came to rest"
    states.append((ring.angle, ring.velocity, ring.motion, ring.energy))
    return states


def assert_on_detent(ring: RingPhysics) -> int:
    """At rest the angle is exactly k·step, and k says which segment is in focus."""
    assert ring.at_rest
    k = round(ring.angle / ring.step)
    assert ring.angle == k * ring.step
    assert ring.velocity == 0.0
    assert ring.focus_index == -k % ring.segment_count
    return k


def nearest_detent(angle: float, step: float) -> int:
    return math.floor(angle / step + 0.5)


def clear_of_tie(angle: float, step: float) -> bool:
    """Whether `angle` is safely away from the half-way point between two detents."""
    return abs((angle / step) % 1.0 - 0.5) > 1e-6


# -- dragging -----------------------------------------------------------------------------


@given(
    n=segment_counts,
    index=start_indices,
    grab_at=pointer_angles,
    moves=st.lists(st.floats(min_value=-179.0, max_value=179.0), min_size=1, max_size=80),
)
def test_dragging_keeps_the_grabbed_point_under_the_pointer(n, index, grab_at, moves):
    ring = RingPhysics(n, focus_index=index)
    start = ring.angle
    ring.grab(wrapped(grab_at), 0.0)
    turned = 0.0
    for i, move in enumerate(moves, start=1):
        turned += move
        pointer = wrapped(grab_at + turned)
        ring.drag(pointer, i * 0.01)
        assert ring.angle == pytest.approx(start + turned, abs=1e-9)
        # The grabbed point: its direction now is the pointer's direction, exactly.
        under_pointer = ring.angle - start + wrapped(grab_at)
        assert wrapped(under_pointer - pointer) == pytest.approx(0.0, abs=1e-9)


def test_many_full_turns_accumulate():
    ring = RingPhysics(5)
    ring.grab(wrapped(30.0), 0.0)
    for i in range(1, 361):  # ten clockwise turns in 10° moves
        ring.drag(wrapped(30.0 + 10.0 * i), i * 0.01)
    assert ring.angle == pytest.approx(3600.0, abs=1e-9)
    for i in range(1, 721):  # and twenty turns back
        ring.drag(wrapped(30.0 + 3600.0 - 10.0 * i), 3.6 + i * 0.01)
    assert ring.angle == pytest.approx(-3600.0, abs=1e-9)


def test_a_held_ring_does_not_drift_between_frames():
    ring = RingPhysics(6)
    ring.grab(10.0, 0.0)
    ring.drag(47.0, 0.01)
    assert ring.advance(0.5) is True
    assert ring.angle == 37.0
    assert ring.is_dragging
    assert ring.target_index is None


def test_grabbing_a_moving_ring_catches_it_and_owes_it_no_time():
    ring = RingPhysics(6)
    flick(ring, 800.0)
    ring.advance(0.1 + 0.4 * STEP)  # leaves part of a step unspent
    ring.grab(0.0, 1.0)
    assert ring.is_dragging
    assert ring.velocity == 0.0
    ring.drag(5.0, 1.01)
    ring.release(1.2)
    released = ring.angle
    ring.advance(0.9 * STEP)  # the physics restarts at the release: not yet a whole step
    assert ring.angle == released
    ring.advance(0.1 * STEP)
    assert ring.angle != released


# -- release velocity ---------------------------------------------------------------------


def test_release_velocity_is_the_least_squares_slope_of_the_last_100_ms():
    ring = RingPhysics(8)
    ring.grab(0.0, 0.0)
    angle, t = 0.0, 0.0
    for _ in range(25):  # 200 ms slowly, then 100 ms fast: only the fast part counts
        t += 0.008
        angle += 50.0 * 0.008
        ring.drag(angle, t)
    for _ in range(12):
        t += 0.008
        angle += 400.0 * 0.008
        ring.drag(wrapped(angle), t)
    ring.release(t)
    assert ring.velocity == pytest.approx(400.0, rel=1e-6)


def test_release_velocity_is_clamped():
    ring = RingPhysics(8)
    flick(ring, 20_000.0)
    assert ring.velocity == ring.params.max_velocity
    ring = RingPhysics(8)
    flick(ring, -20_000.0)
    assert ring.velocity == -ring.params.max_velocity


@settings(deadline=None)
@given(
    n=segment_counts,
    pointer=pointer_angles,
    speed=flick_speeds,
    rest=st.floats(min_value=0.05, max_value=1.0),
    keeps_reporting=st.booleans(),
)
def test_a_pointer_resting_before_release_puts_the_ring_on_the_nearest_detent(
    n, pointer, speed, rest, keeps_reporting
):
    ring = RingPhysics(n)
    flick_end = 0.1
    ring.grab(wrapped(pointer), 0.0)
    for i in range(1, 11):
        ring.drag(wrapped(pointer + speed * i * 0.01), i * 0.01)
    if keeps_reporting:  # some pointers keep sending the same position while held still
        ring.drag(wrapped(pointer + speed * 10 * 0.01), flick_end + rest / 2)
    released_at = ring.angle
    assume(clear_of_tie(released_at, ring.step))
    ring.release(flick_end + rest)
    assert ring.velocity == 0.0
    run_to_rest(ring)
    assert assert_on_detent(ring) == nearest_detent(released_at, ring.step)


def test_a_short_pause_is_still_a_flick():
    ring = RingPhysics(6)
    release = flick(ring, 300.0, duration=0.1)
    ring = RingPhysics(6)
    ring.grab(0.0, 0.0)
    for i in range(1, 13):
        ring.drag(300.0 * i * 0.008, i * 0.008)
    ring.release(release + 0.04)  # rested 40 ms: under the 50 ms threshold
    assert ring.velocity > 0.0


# -- coasting and snapping ----------------------------------------------------------------


@simulation
@given(n=segment_counts, inertia=inertias, speed=flick_speeds, pointer=pointer_angles)
def test_a_flick_ends_on_the_detent_nearest_its_projected_rest_angle(n, inertia, speed, pointer):
    """Projected rest: where free friction decay v(t) = v0·d^(1000t) would stop the ring,
    angle + v0/λ with λ = −1000·ln d: the integral of the decaying velocity."""
    ring = RingPhysics(n, inertia)
    flick(ring, speed, pointer=pointer)
    rate = -1000.0 * math.log(ring.params.decay_per_ms)
    projected = ring.angle + ring.velocity / rate
    assume(clear_of_tie(projected, ring.step))
    expected = nearest_detent(projected, ring.step)
    assert ring.target_angle == expected * ring.step
    run_to_rest(ring)
    assert assert_on_detent(ring) == expected
    assert ring.target_index == ring.focus_index


def overshoot(angles: list[float], final: float) -> float:
    """How far past the final detent the ring strays after it has first reached it."""
    offsets = [angle - final for angle in angles]
    side = math.copysign(1.0, offsets[0])
    reached = next(
        (i for i, x in enumerate(offsets) if x == 0.0 or math.copysign(1.0, x) != side),
        len(offsets),
    )
    return max((abs(x) for x in offsets[reached:]), default=0.0)


@simulation
@given(n=segment_counts, inertia=inertias, speed=flick_speeds, pointer=pointer_angles)
def test_a_flick_overshoots_its_detent_by_less_than_3_degrees(n, inertia, speed, pointer):
    ring = RingPhysics(n, inertia)
    flick(ring, speed, pointer=pointer)
    states = run_to_rest(ring)
    assert overshoot([s[0] for s in states], ring.angle) < 3.0


@simulation
@given(
    n=segment_counts,
    inertia=inertias,
    index=start_indices,
    presses=st.lists(
        st.tuples(st.integers(1, 3), st.floats(min_value=0.0, max_value=0.3)),
        min_size=1,
        max_size=6,
    ),
    direction=st.sampled_from([1, -1]),
)
def test_keyboard_turns_overshoot_by_less_than_3_degrees(n, inertia, index, presses, direction):
    """Presses one way, each after a pause, never asking for more than a turn at once.

    (Reversing a fast-moving heavy ring carries it on past its new detent: momentum.)
    """
    ring = RingPhysics(n, inertia, focus_index=index)
    for segments, pause in presses:
        turn = direction * segments
        assume(abs(ring.target_angle + turn * ring.step - ring.angle) <= 360.0)
        ring.turn_by(turn)
        ring.advance(pause)
    states = run_to_rest(ring)
    assert overshoot([s[0] for s in states], ring.angle) < 3.0


@simulation
@given(n=segment_counts, inertia=inertias, speed=flick_speeds, pointer=pointer_angles)
def test_energy_never_grows_once_the_spring_has_the_ring(n, inertia, speed, pointer):
    ring = RingPhysics(n, inertia)
    flick(ring, speed, pointer=pointer)
    assume(ring.velocity != 0.0)
    energies = [energy for _, _, motion, energy in run_to_rest(ring) if motion is Motion.SNAP]
    assert energies, "the spring never took over"
    for before, after in itertools.pairwise(energies):
        assert after <= before * (1 + 1e-9) + 1e-12
    assert ring.energy == 0.0


@simulation
@given(n=segment_counts, inertia=inertias, speed=st.floats(-3000.0, 3000.0), pointer=pointer_angles)
def test_every_flick_comes_to_rest_within_six_seconds(n, inertia, speed, pointer):
    ring = RingPhysics(n, inertia)
    flick(ring, speed, pointer=pointer)
    states = run_to_rest(ring, limit=6.0)
    assert len(states) * STEP < 6.0
    assert_on_detent(ring)


@pytest.mark.parametrize("n", range(3, 13))
def test_rest_angle_is_exactly_a_detent_for_every_segment_count(n):
    rng = random.Random(n)
    ring = RingPhysics(n, focus_index=rng.randrange(n))
    t = 0.0
    for _ in range(8):
        t = flick(ring, rng.uniform(-1440.0, 1440.0), pointer=rng.uniform(-180, 180), t0=t + 1)
        run_to_rest(ring)
        assert_on_detent(ring)
        ring.turn_by(rng.choice([-2, -1, 1, 3]))
        run_to_rest(ring)
        assert_on_detent(ring)


# -- frame timing -------------------------------------------------------------------------


def replay(n: int, speed: float, pointer: float, frames: list[float]) -> tuple[float, list[float]]:
    """The gesture with the frame clock ticking `frames` (repeated) from the first sample."""
    ring = RingPhysics(n, 2.0)
    ring.grab(wrapped(pointer), 0.0)
    seen = []
    frame = iter(frames * 20_000)
    for i in range(1, 16):
        ring.drag(wrapped(pointer + speed * i * SAMPLE_INTERVAL), i * SAMPLE_INTERVAL)
        ring.advance(next(frame))  # the canvas keeps ticking while the pointer holds the ring
    ring.release(15 * SAMPLE_INTERVAL)
    seen.append(ring.angle)
    while ring.advance(next(frame)):
        seen.append(ring.angle)
    return ring.angle, seen


@simulation
@given(
    n=segment_counts,
    speed=flick_speeds,
    pointer=pointer_angles,
    irregular=st.lists(st.floats(min_value=0.0005, max_value=0.05), min_size=1, max_size=30),
)
def test_the_same_gesture_ends_identically_at_any_frame_rate(n, speed, pointer, irregular):
    final, reference = replay(n, speed, pointer, [STEP])
    for frames in ([1 / 60], [1 / 144], irregular):
        angle, seen = replay(n, speed, pointer, frames)
        assert angle == final
        # Every frame shows the state after a whole number of the same fixed steps.
        positions = [reference.index(a) for a in seen if a != final]
        assert positions == sorted(positions)


# -- keys and programmatic moves ----------------------------------------------------------


@pytest.mark.parametrize("n", [3, 5, 8, 12])
@pytest.mark.parametrize("segments", [1, -1])
def test_turn_by_one_moves_exactly_one_segment(n, segments):
    ring = RingPhysics(n, focus_index=2)
    start = ring.angle
    ring.turn_by(segments)
    assert ring.target_index == (2 - segments) % n
    run_to_rest(ring)
    assert ring.angle == start + segments * ring.step
    assert ring.focus_index == (2 - segments) % n  # clockwise brings the previous segment in


def test_repeated_presses_accumulate_on_the_target():
    ring = RingPhysics(8)
    ring.turn_by(1)
    ring.advance(0.05)
    ring.turn_by(1)
    ring.advance(0.05)
    ring.turn_by(-3)
    ring.turn_by(4)
    run_to_rest(ring)
    assert ring.angle == 3 * ring.step


@pytest.mark.parametrize(
    ("n", "start", "goal", "turn"), [(8, 0, 1, -1), (8, 1, 7, 2), (5, 4, 1, -2)]
)
def test_go_to_index_takes_the_shortest_way(n, start, goal, turn):
    ring = RingPhysics(n, focus_index=start)
    before = ring.angle
    ring.go_to_index(goal)
    run_to_rest(ring)
    assert ring.focus_index == goal
    assert ring.angle == before + turn * ring.step


def test_set_index_jumps_at_once():
    ring = RingPhysics(6)
    ring.turn_by(2)
    ring.advance(0.03)
    ring.set_index(4)
    assert ring.at_rest
    assert ring.focus_index == 4
    assert ring.advance(0.1) is False


# -- locking ------------------------------------------------------------------------------


def test_a_locked_ring_does_not_move():
    ring = RingPhysics(7, focus_index=3)
    ring.locked = True
    before = ring.angle
    flick(ring, 900.0)
    ring.turn_by(2)
    ring.go_to_index(5)
    assert ring.advance(1.0) is False
    assert ring.angle == before
    assert ring.focus_index == 3
    ring.locked = False
    ring.turn_by(1)
    assert ring.advance(STEP) is True


def test_locking_a_moving_ring_stops_it_on_the_nearest_detent():
    ring = RingPhysics(6)
    flick(ring, 700.0)
    ring.advance(0.2)
    nearest = nearest_detent(ring.angle, ring.step)
    ring.locked = True
    assert assert_on_detent(ring) == nearest


# -- inertia ------------------------------------------------------------------------------


def test_inertia_grows_with_the_square_of_the_radius():
    assert inertia_for_radius(0.385, 0.385) == 1.0
    assert inertia_for_radius(0.77, 0.385) == pytest.approx(4.0)
    with pytest.raises(ValueError):
        inertia_for_radius(0.0, 0.385)


def steps_to_half_way(inertia: float) -> int:
    ring = RingPhysics(6, inertia)
    ring.turn_by(1)
    steps = 0
    while ring.angle < ring.step / 2:
        ring.advance(STEP)
        steps += 1
    return steps


def test_a_heavier_ring_snaps_more_slowly():
    """Same detent spring, more mass: the natural frequency falls as 1/√I."""
    light, heavy = steps_to_half_way(1.0), steps_to_half_way(4.0)
    assert heavy / light == pytest.approx(2.0, rel=0.1)


@pytest.mark.parametrize("speed", [-1200.0, 150.0, 500.0])
def test_the_same_flick_on_a_heavier_ring_ends_alike_but_settles_later(speed):
    light, heavy = RingPhysics(6, 1.0), RingPhysics(6, 4.0)
    flick(light, speed, pointer=17.0)
    flick(heavy, speed, pointer=17.0)
    light_time, heavy_time = len(run_to_rest(light)), len(run_to_rest(heavy))
    assert heavy.angle == light.angle  # friction slows both alike: the same projected rest
    assert heavy_time > light_time


# -- the wheel ----------------------------------------------------------------------------


def test_a_wheel_moves_several_rings_at_once():
    keys = ["ring1", "ring2", "ring3", "stakeholders"]
    radii = [0.385, 0.5525, 0.7175, 0.9]
    wheel = Wheel(
        (key, RingPhysics(n, inertia_for_radius(r, radii[0])))
        for key, n, r in zip(keys, [4, 5, 6, 8], radii, strict=True)
    )
    assert wheel.at_rest
    assert wheel.advance(0.1) is False
    wheel.ring("ring1").turn_by(1)
    flick(wheel.ring("stakeholders"), -400.0)
    assert not wheel.at_rest
    assert wheel.focus_indices()["ring2"] == 0
    frames = 0
    while wheel.advance(1 / 60):
        frames += 1
        assert frames < 600
    assert wheel.at_rest
    indices = wheel.focus_indices()
    assert list(indices) == keys
    assert indices["ring1"] == 3
    assert indices["stakeholders"] == wheel.ring("stakeholders").focus_index != 0
    with pytest.raises(KeyError):
        wheel.ring("ring4")


def test_time_does_not_run_backwards():
    ring = RingPhysics(4)
    ring.turn_by(1)
    with pytest.raises(ValueError):
        ring.advance(-0.01)


def test_parameters_are_checked():
    with pytest.raises(ValueError):
        PhysicsParams(decay_per_ms=1.0)
    with pytest.raises(ValueError):
        PhysicsParams(damping_ratio=1.2)
    assert PhysicsParams().projected_travel(300.0) == pytest.approx(
        300.0 / (-1000.0 * math.log(0.99))
    )


# The model file's rings have four segments; these properties hold for up to six (60° steps).
picker_segment_counts = st.integers(min_value=4, max_value=6)


@simulation
@given(
    picker_segment_counts,
    inertias,
    st.floats(min_value=20.0, max_value=300.0),
    st.sampled_from([1.0, -1.0]),
)
def test_a_drag_of_one_segment_released_while_moving_rests_on_the_next_detent(
    segment_count: int, inertia: float, speed: float, direction: float
) -> None:
    """DESIGN §4: a steady one-segment drag must not coast on to a second segment."""
    ring = RingPhysics(segment_count, inertia)
    ring.grab(0.0, 0.0)
    duration = ring.step / speed
    samples = max(2, math.ceil(duration / SAMPLE_INTERVAL))
    for i in range(1, samples + 1):  # steady, and the last sample exactly one step on
        ring.drag(wrapped(direction * ring.step * i / samples), i * duration / samples)
    ring.release(duration)  # still moving: no rest before letting go
    assert abs(ring.velocity) > 0.0
    run_to_rest(ring)
    assert assert_on_detent(ring) == round(direction)


@simulation
@given(
    picker_segment_counts,
    inertias,
    st.floats(min_value=1000.0, max_value=1440.0),
    st.floats(min_value=0.05, max_value=0.12),
    st.sampled_from([1.0, -1.0]),
)
def test_a_flick_above_1000_degrees_a_second_travels_more_than_one_segment(
    segment_count: int, inertia: float, speed: float, duration: float, direction: float
) -> None:
    ring = RingPhysics(segment_count, inertia)
    flick(ring, direction * speed, duration=duration)
    run_to_rest(ring)
    assert abs(assert_on_detent(ring)) >= 2
