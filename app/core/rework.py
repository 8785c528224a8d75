"""The plan of reworking a saved line: which steps change segment, and what happens to each
changed step's story, judgement, evidence and indicators (keep, move along, drop).

Pure: the store only applies a plan (`db.store_evidence.rework_line`), the dialog only asks for
the fates. Property-tested in tests/core/test_rework.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum


class StepFate(StrEnum):
    """What a rework does with the story and indicators of a step whose segment changed."""

    KEEP = "keep"  # they stay on the step, which now passes the new segment
    MOVE = "move"  # they move along with the old segment, to a new line of the old segments
    DROP = "drop"  # they are removed (undo brings them back)


class MissingFateError(ValueError):
    """A step changes segment but nobody said whether to keep, move or drop what it holds."""

    def __init__(self, step_key: str) -> None:
        super().__init__(f"step {step_key!r} changes segment: say whether to keep, move or drop it")
        self.step_key = step_key


@dataclass(frozen=True, slots=True)
class StepChange:
    """One step whose segment changes, and the fate of what it holds."""

    step_key: str
    old_segment: str | None
    new_segment: str | None
    fate: StepFate

    @property
    def empties_step(self) -> bool:
        """The step's story and judgement leave it (moved along or dropped)."""
        return self.fate is not StepFate.KEEP


@dataclass(frozen=True, slots=True)
class ReworkPlan:
    """Every changed step of a rework, in the model's step order."""

    changes: tuple[StepChange, ...]

    @property
    def needs_moved_line(self) -> bool:
        """A new line of the old segments takes what some step moves along."""
        return any(change.fate is StepFate.MOVE for change in self.changes)

    def change_of(self, step_key: str) -> StepChange | None:
        return next((c for c in self.changes if c.step_key == step_key), None)


def plan_rework(
    step_keys: Sequence[str],
    old_segments: Mapping[str, str | None],
    new_segments: Mapping[str, str | None],
    fates: Mapping[str, StepFate],
) -> ReworkPlan:
    """The plan for a line whose steps (`step_keys`, in order) pass `old_segments` now and
    shall pass `new_segments`. Every step that changes needs a fate; fates given for steps that
    stay are ignored (such a step keeps everything). Raises `MissingFateError` for the first
    changed step without one."""
    changes = []
    for key in step_keys:
        old, new = old_segments[key], new_segments[key]
        if old == new:
            continue
        if key not in fates:
            raise MissingFateError(key)
        changes.append(StepChange(key, old, new, StepFate(fates[key])))
    return ReworkPlan(tuple(changes))
