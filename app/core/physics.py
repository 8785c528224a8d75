"""Ring physics: the rings of a heavy wooden volvelle, turned by hand, settling on detents.

Angles in degrees, 0° at 12 o'clock, clockwise positive; times in seconds. A ring's detents
are the rotations k·step (k an integer, step = 360/n); detent k puts segment (−k mod n) on
the focus sightline. Pure Python and deterministic: the canvas feeds pointer samples and
frame times, the physics integrates in fixed steps, so a gesture always ends on the same
detent whatever the frame rate.

The model, per ring of inertia I (the innermost ring ≈ 1):

- Dragging: the ring is held by the pointer; no forces apply.
- Coast: bearing drag proportional to speed. Drag grows with a ring's rubbing area just as
  its mass does, so every ring loses the same fraction of its speed per millisecond, and a
  flick's projected travel is v0/λ whatever the ring, λ = −1000·ln(decay_per_ms) per second.
- Snap: a detent spring of the same stiffness on every ring, so its natural frequency falls
  as 1/√I: heavier rings click into place more slowly. Its damping keeps ζ fixed.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum

from app.core.geometry import step_of


@dataclass(frozen=True, slots=True)
class PhysicsParams:
    """The tuning of the wheel; the defaults are DESIGN §4's reference numbers, adapted."""

    # Fixed integration step: a divisor of 60, 120 and 240 Hz frame clocks.
    step_seconds: float = 1 / 240
    # Phone pickers (iOS's "fast" deceleration rate) decay by 0.99/ms: a 100 ms time constant,
    # so a release at v coasts v/10 degrees more. DESIGN §4: with the heavier 0.9985 a steady
    # one-segment drag (180°/s) coasted on 120° and landed two segments further. Now a drag
    # released at up to 300°/s coasts under 30°, less than half the smallest step the model
    # file has (90°), so it rests on the segment it was dragged to, while a flick at
    # 1,000°/s still coasts 100° and spins on.
    decay_per_ms: float = 0.99
    # Velocity trackers (Android VelocityTracker, iOS) fit the last ~100 ms of samples.
    velocity_window: float = 0.100
    # A pointer that rested this long before lifting means "put it here", not a flick.
    rest_before_release: float = 0.050
    # Four turns a second: faster than any deliberate flick; bounds the coast (≈960°).
    max_velocity: float = 1440.0
    # The detent catches a coasting ring once it is slower than this (°/s): the tail of an
    # exponential only creeps, and the spring pulls the last ~5° in with a small click.
    # Lower is smoother but slower to settle (4°/s adds ~0.5 s), higher clicks harder.
    catch_speed: float = 8.0
    # Period of the undamped detent spring on a ring of inertia 1 (like SwiftUI's
    # "response"). A one-segment turn comes within 1° of its detent in ≈0.19 s on the
    # innermost ring and ≈0.43 s on the stakeholder ring (I≈5.5, period 0.51 s): DESIGN's
    # "under half a second" for every ring.
    spring_response: float = 0.22
    # DESIGN: 0.8–0.9; 0.85 overshoots a step response by 0.6 %, barely visible.
    damping_ratio: float = 0.85
    # At rest when this close and this slow; 0.01° is under 0.1 px on a 500 px ring.
    rest_angle: float = 0.01
    rest_speed: float = 0.5
    # A flick coasts with its decay rate adjusted to land exactly on its detent when the
    # adjustment is modest; slower releases go straight to the spring (see release()). With
    # the picker's short coasts (v/10°) a detent ahead is often much nearer or further than
    # the free coast would go; a factor of 4 (time constants 25–400 ms) lets those coast in
    # too, where a factor of 2 left them to the spring and overshoots of up to 3.7°.
    max_rate_adjustment: float = 4.0

    def __post_init__(self) -> None:
        if not 0.0 < self.decay_per_ms < 1.0:
            raise ValueError("decay_per_ms must lie strictly between 0 and 1")
        if not 0.0 < self.damping_ratio <= 1.0:
            raise ValueError("the detent spring must be critically damped or under-damped")
        if min(self.step_seconds, self.spring_response, self.max_velocity) <= 0.0:
            raise ValueError("step, spring response and max velocity must be positive")

    @property
    def friction_rate(self) -> float:
        """λ in v(t) = v0·e^(−λt), per second: decay_per_ms compounded over 1000 ms."""
        return -1000.0 * math.log(self.decay_per_ms)

    def projected_travel(self, velocity: float) -> float:
        """How far a free coast at `velocity` goes before stopping: ∫v0·e^(−λt)dt = v0/λ."""
        return velocity / self.friction_rate


def inertia_for_radius(radius: float, innermost_radius: float, exponent: float = 2.0) -> float:
    """A ring's inertia relative to the innermost ring: (r/r_inner)^exponent.

    Exponent 2 is a ring of fixed mass (I = m·r²); a hoop of fixed width would be r³, which
    makes the outermost ring's snap too sluggish on a wheel with a wide core.
    """
    if radius <= 0.0 or innermost_radius <= 0.0:
        raise ValueError("radii must be positive")
    return float((radius / innermost_radius) ** exponent)


class Motion(Enum):
    """What a ring is doing."""

    REST = "rest"  # on a detent, not moving
    DRAG = "drag"  # held by a pointer
    COAST = "coast"  # released, slowing by friction towards its detent
    SNAP = "snap"  # pulled onto its detent by the spring


def _nearest(value: float) -> int:
    """Round half up, the same way geometry.focus_index breaks ties."""
    return math.floor(value + 0.5)


def _spring_transition(omega: float, zeta: float, h: float) -> tuple[float, float, float, float]:
    """The exact state map over one step of x'' = −ω²x − 2ζωx': (x, v) → (a·x+b·v, c·x+d·v).

    Exact propagation (not Euler) means the sampled energy can only fall, as it does in the
    continuous system, and nothing depends on the step being small.
    """
    decay = math.exp(-zeta * omega * h)
    if zeta == 1.0:
        return (
            decay * (1 + omega * h),
            decay * h,
            -decay * omega * omega * h,
            decay * (1 - omega * h),
        )
    omega_d = omega * math.sqrt(1 - zeta * zeta)
    cos, sin = math.cos(omega_d * h), math.sin(omega_d * h)
    return (
        decay * (cos + zeta * omega / omega_d * sin),
        decay * sin / omega_d,
        -decay * omega * omega / omega_d * sin,
        decay * (cos - zeta * omega / omega_d * sin),
    )


class RingPhysics:
    """One ring: held by a pointer, coasting, snapping, or at rest on a detent."""

    def __init__(
        self,
        segment_count: int,
        inertia: float = 1.0,
        params: PhysicsParams | None = None,
        focus_index: int = 0,
    ) -> None:
        if inertia <= 0.0:
            raise ValueError("inertia must be positive")
        self._n = segment_count
        self._step = step_of(segment_count)
        self._inertia = inertia
        self._params = params or PhysicsParams()
        self._omega = 2 * math.pi / self._params.spring_response / math.sqrt(inertia)
        self._spring = _spring_transition(
            self._omega, self._params.damping_ratio, self._params.step_seconds
        )
        self._detent = -focus_index  # the detent last rested on, or the target while moving
        self._angle = self._detent * self._step
        self._velocity = 0.0
        self._motion = Motion.REST
        self._locked = False
        self._accumulator = 0.0
        self._coast_factor = 1.0  # velocity multiplier per step while coasting
        self._coast_gain = 0.0  # distance per unit velocity per step while coasting
        self._grab_angle = 0.0
        self._grab_pointer = 0.0
        self._last_pointer = 0.0
        self._turns = 0  # whole turns the pointer made since the grab
        self._last_move = 0.0
        self._samples: deque[tuple[float, float]] = deque()

    # -- read-only state ------------------------------------------------------------------

    @property
    def segment_count(self) -> int:
        """Number of segments, and of detents."""
        return self._n

    @property
    def step(self) -> float:
        """Degrees between two neighbouring detents."""
        return self._step

    @property
    def inertia(self) -> float:
        """Inertia relative to the innermost ring."""
        return self._inertia

    @property
    def params(self) -> PhysicsParams:
        """The tuning this ring runs with."""
        return self._params

    @property
    def angle(self) -> float:
        """Rotation in degrees, unwrapped: whole turns accumulate."""
        return self._angle

    @property
    def velocity(self) -> float:
        """Angular velocity in degrees per second."""
        return self._velocity

    @property
    def motion(self) -> Motion:
        """What the ring is doing now."""
        return self._motion

    @property
    def is_dragging(self) -> bool:
        return self._motion is Motion.DRAG

    @property
    def at_rest(self) -> bool:
        """On a detent and still: `angle` is then exactly a multiple of `step`."""
        return self._motion is Motion.REST

    @property
    def focus_index(self) -> int:
        """The segment on the focus sightline; the nearest one while moving."""
        if self.at_rest:
            return -self._detent % self._n
        return -_nearest(self._angle / self._step) % self._n

    @property
    def target_index(self) -> int | None:
        """The segment that will be in focus when the ring comes to rest; None while held."""
        return None if self.is_dragging else -self._detent % self._n

    @property
    def target_angle(self) -> float | None:
        """The detent angle the ring will come to rest on; None while held."""
        return None if self.is_dragging else self._detent * self._step

    @property
    def energy(self) -> float:
        """Kinetic energy plus the detent spring's potential relative to the target.

        In degree units, with the spring's stiffness I·ω² (ω its natural frequency).
        """
        kinetic = 0.5 * self._inertia * self._velocity**2
        if self.is_dragging:
            return kinetic
        offset = self._angle - self._detent * self._step
        return kinetic + 0.5 * self._inertia * self._omega**2 * offset**2

    @property
    def locked(self) -> bool:
        """A locked ring ignores pointers, turn_by and go_to_index; it stays on its detent.

        Locking a moving ring puts it on the detent nearest its angle at once. set_index
        still works on a locked ring: it is how a stored arrangement is loaded.
        """
        return self._locked

    @locked.setter
    def locked(self, value: bool) -> None:
        if value and not self.at_rest:
            self._settle(_nearest(self._angle / self._step))
        self._locked = value

    # -- pointer --------------------------------------------------------------------------

    def grab(self, pointer_angle: float, t: float) -> None:
        """Take hold of the ring at `pointer_angle` (stopping it if it was moving)."""
        if self._locked:
            return
        self._motion = Motion.DRAG
        self._velocity = 0.0
        self._grab_angle = self._angle
        self._grab_pointer = self._last_pointer = pointer_angle
        self._turns = 0
        self._last_move = t
        self._samples.clear()
        self._samples.append((t, self._angle))

    def drag(self, pointer_angle: float, t: float) -> None:
        """Follow the pointer with zero lag: the grabbed point stays under it."""
        if not self.is_dragging:
            return
        # Count whole turns by taking the pointer's shortest way round from the last sample;
        # the angle is then grab + (pointer + 360·turns − grab pointer): no error accumulates.
        self._turns += _nearest((self._last_pointer - pointer_angle) / 360.0)
        self._last_pointer = pointer_angle
        angle = self._grab_angle + (pointer_angle + 360.0 * self._turns - self._grab_pointer)
        if angle != self._angle:
            self._last_move = t
        self._angle = angle
        self._samples.append((t, angle))
        while self._samples[0][0] < t - self._params.velocity_window - 1e-9:
            self._samples.popleft()

    def release(self, t: float) -> None:
        """Let go at time `t`: coast and snap onto the detent nearest the projected rest.

        The projected rest angle is angle + v/λ, where a free friction coast would stop. A
        flick whose detent lies ahead coasts exponentially with its rate adjusted (by at
        most `max_rate_adjustment`) so it lands exactly there; the spring catches it once it
        is slower than `catch_speed`. Slower releases go to the spring at once.
        """
        if not self.is_dragging:
            return
        velocity = self._release_velocity(t)
        self._samples.clear()
        self._accumulator = 0.0
        self._velocity = velocity
        projected = self._angle + self._params.projected_travel(velocity)
        self._detent = _nearest(projected / self._step)
        distance = self._detent * self._step - self._angle
        rate = velocity / distance if distance * velocity > 0.0 else 0.0
        limit = self._params.max_rate_adjustment
        lam = self._params.friction_rate
        if abs(velocity) > self._params.catch_speed and lam / limit <= rate <= lam * limit:
            self._coast_factor = math.exp(-rate * self._params.step_seconds)
            self._coast_gain = (1.0 - self._coast_factor) / rate
            self._motion = Motion.COAST
        elif distance == 0.0 and velocity == 0.0:
            self._settle(self._detent)
        else:
            self._motion = Motion.SNAP

    def _release_velocity(self, t: float) -> float:
        """Least-squares slope of the samples in the window; zero after a rest."""
        p = self._params
        if t - self._last_move >= p.rest_before_release - 1e-9:
            return 0.0
        samples = [s for s in self._samples if s[0] >= t - p.velocity_window - 1e-9]
        if len(samples) < 2:
            return 0.0
        mean_t = math.fsum(s[0] for s in samples) / len(samples)
        mean_a = math.fsum(s[1] for s in samples) / len(samples)
        spread = math.fsum((s[0] - mean_t) ** 2 for s in samples)
        if spread <= 0.0:
            return 0.0
        slope = math.fsum((s[0] - mean_t) * (s[1] - mean_a) for s in samples) / spread
        return max(-p.max_velocity, min(p.max_velocity, slope))

    # -- keys and programmatic moves ----------------------------------------------------

    def turn_by(self, segments: int) -> None:
        """Animate `segments` detents on (clockwise positive); presses add to the target.

        The spring overshoots by about 0.6 % of the distance left, so targets up to a turn
        away overshoot by under 3°; a reversed press carries a fast ring on by momentum.
        """
        if self._locked or self.is_dragging or segments == 0:
            return
        if self.at_rest:
            self._accumulator = 0.0
        self._detent += segments
        self._motion = Motion.SNAP

    def go_to_index(self, index: int) -> None:
        """Animate the shortest way round until segment `index` is in focus."""
        self.turn_by(self._shortest_turn(index, self._detent))

    def set_index(self, index: int) -> None:
        """Put segment `index` in focus at once, at rest, on the detent nearest the angle."""
        nearest = _nearest(self._angle / self._step)
        self._settle(nearest + self._shortest_turn(index, nearest))

    def _shortest_turn(self, index: int, detent: int) -> int:
        turn = (-index - detent) % self._n
        return turn - self._n if turn > self._n / 2 else turn

    def _settle(self, detent: int) -> None:
        self._detent = detent
        self._angle = detent * self._step
        self._velocity = 0.0
        self._motion = Motion.REST
        self._accumulator = 0.0
        self._samples.clear()

    # -- time -------------------------------------------------------------------------------

    def advance(self, dt: float) -> bool:
        """Integrate `dt` seconds of real time in whole fixed steps; True while not at rest.

        The remainder carries over to the next call, so the state after every step is the
        same however the caller's frames fall. A held ring does not integrate.
        """
        if dt < 0.0:
            raise ValueError("time does not run backwards")
        if self._motion in (Motion.REST, Motion.DRAG):
            return not self.at_rest
        h = self._params.step_seconds
        self._accumulator += dt
        # The tolerance keeps 4 × (1/240) from counting as 3 steps after float rounding.
        while self._accumulator >= h - 1e-12 and not self.at_rest:
            self._accumulator -= h
            self._step_once()
        return not self.at_rest

    def _step_once(self) -> None:
        p = self._params
        if self._motion is Motion.COAST:
            self._angle += self._velocity * self._coast_gain
            self._velocity *= self._coast_factor
            if abs(self._velocity) < p.catch_speed:
                self._motion = Motion.SNAP
            return
        target = self._detent * self._step
        a, b, c, d = self._spring
        offset, velocity = self._angle - target, self._velocity
        offset, self._velocity = a * offset + b * velocity, c * offset + d * velocity
        self._angle = target + offset
        if abs(offset) <= p.rest_angle and abs(self._velocity) <= p.rest_speed:
            self._settle(self._detent)


class Wheel:
    """The rings of one wheel, inside out, by key; several may move at once."""

    def __init__(
        self, rings: Mapping[str, RingPhysics] | Iterable[tuple[str, RingPhysics]]
    ) -> None:
        self._rings: dict[str, RingPhysics] = dict(rings)

    def ring(self, key: str) -> RingPhysics:
        """The ring with model key `key` (KeyError if the wheel has none)."""
        return self._rings[key]

    def __iter__(self) -> Iterator[tuple[str, RingPhysics]]:
        return iter(self._rings.items())

    def advance(self, dt: float) -> bool:
        """Advance every ring; True while any of them still moves (keep the clock running)."""
        moving = [ring.advance(dt) for ring in self._rings.values()]
        return any(moving)

    @property
    def at_rest(self) -> bool:
        return all(ring.at_rest for ring in self._rings.values())

    def focus_indices(self) -> dict[str, int]:
        """The segment in focus on each ring (the nearest one for a ring still moving)."""
        return {key: ring.focus_index for key, ring in self._rings.items()}
