"""Reasoning lines: the chain core → ring 1 → ring 2 → ring 3 → stakeholder along a sightline."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.geometry import Arrangement, segments_on_sightline
from app.core.model import Direction, Language, Model, Segment


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a reasoning line: which ring (or the core) and the segment in it.

    The core step has no single segment: the whole axis (partners, purpose, resources,
    activities) is its subject, so `segment_key` is None.
    """

    ring_key: str
    segment_key: str | None


def dimmed_segments(model: Model, focus: str | None) -> dict[str, frozenset[int]]:
    """Partial focus: which segments of each ring step back (by index) when one ring or one
    stakeholder group is in focus. None (the whole model) dims nothing; a ring in focus dims
    every other ring; a group in focus dims the other groups only. KeyError for other keys."""
    stakeholders = model.stakeholder_ring
    if focus is not None and focus not in model.ring_keys:
        stakeholders.index_of(focus)
    dimmed: dict[str, frozenset[int]] = {}
    for ring in model.rings:
        everything = frozenset(range(ring.segment_count))
        if focus is None or focus == ring.key:
            dimmed[ring.key] = frozenset()
        elif focus in model.ring_keys:
            dimmed[ring.key] = everything
        elif ring.key == stakeholders.key:
            dimmed[ring.key] = everything - {ring.index_of(focus)}
        else:
            dimmed[ring.key] = frozenset()
    return dimmed


@dataclass(frozen=True, slots=True)
class ReasoningLine:
    """The segments one sightline lines up, read in a direction.

    `segment_keys` holds one key per ring, inside out, the stakeholder segment last.
    """

    segment_keys: tuple[str, ...]
    direction: Direction = Direction.INSIDE_OUT

    def __post_init__(self) -> None:
        # Accept the direction's plain value too ("outside_in" from a widget or a file).
        object.__setattr__(self, "direction", Direction(self.direction))

    @property
    def stakeholder_key(self) -> str:
        return self.segment_keys[-1]

    def reversed_direction(self) -> ReasoningLine:
        other = (
            Direction.OUTSIDE_IN if self.direction is Direction.INSIDE_OUT else Direction.INSIDE_OUT
        )
        return ReasoningLine(self.segment_keys, other)

    def with_direction(self, direction: Direction) -> ReasoningLine:
        return ReasoningLine(self.segment_keys, direction)

    def steps(self, model: Model) -> tuple[Step, ...]:
        """The steps in reading order: inside-out from the core, outside-in from the stakeholder."""
        inside_out = (
            Step(model.core.key, None),
            *(
                Step(ring.key, key)
                for ring, key in zip(model.rings, self.segment_keys, strict=True)
            ),
        )
        if self.direction is Direction.OUTSIDE_IN:
            return tuple(reversed(inside_out))
        return inside_out

    def guiding_questions(
        self, model: Model, language: Language
    ) -> tuple[tuple[Step, tuple[str, ...]], ...]:
        """Each step with the guiding questions for this line's direction, in reading order.

        The core step asks the first question of each of the core's parts: all of them
        would bury the story field under a dozen questions.
        """
        result = []
        for step in self.steps(model):
            segments: tuple[Segment, ...] = (
                model.core.segments
                if step.segment_key is None
                else (model.segment(step.segment_key),)
            )
            if step.segment_key is None:
                questions = tuple(
                    segment.questions(self.direction).in_(language)[0] for segment in segments
                )
            else:
                questions = segments[0].questions(self.direction).in_(language)
            result.append((step, questions))
        return tuple(result)


def segment_counts(model: Model) -> tuple[int, ...]:
    return tuple(ring.segment_count for ring in model.rings)


def lines_of(
    model: Model, arrangement: Arrangement, direction: Direction = Direction.INSIDE_OUT
) -> tuple[ReasoningLine, ...]:
    """The reasoning lines an arrangement forms, one per sightline, the focus line first."""
    counts = segment_counts(model)
    lines = []
    for sightline in range(model.stakeholder_ring.segment_count):
        indices = segments_on_sightline(arrangement, counts, sightline)
        keys = tuple(
            ring.segments[index].key for ring, index in zip(model.rings, indices, strict=True)
        )
        lines.append(ReasoningLine(keys, direction))
    return tuple(lines)


def arrangement_for(model: Model, line: ReasoningLine) -> Arrangement:
    """The arrangement that puts `line` on the focus sightline."""
    return Arrangement(
        tuple(ring.index_of(key) for ring, key in zip(model.rings, line.segment_keys, strict=True))
    )
