"""The keep/move/drop plan of reworking a line, computed without a store."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.rework import MissingFateError, StepFate, plan_rework

STEPS = ("core", "ring1", "ring2", "ring3", "stakeholders")
SEGMENTS = st.sampled_from(["s0", "s1", "s2", "s3"])


@st.composite
def reworks(draw: st.DrawFn):
    """Old and new segments per step (the core passes none) and a fate for some steps."""
    old = {"core": None, **{key: draw(SEGMENTS) for key in STEPS[1:]}}
    new = {"core": None, **{key: draw(SEGMENTS) for key in STEPS[1:]}}
    fates = draw(st.dictionaries(st.sampled_from(STEPS), st.sampled_from(list(StepFate))))
    return old, new, fates


@given(reworks())
def test_a_plan_changes_exactly_the_steps_whose_segment_changes(rework) -> None:
    old, new, fates = rework
    changed = [key for key in STEPS if old[key] != new[key]]
    if any(key not in fates for key in changed):
        with pytest.raises(MissingFateError) as raised:
            plan_rework(STEPS, old, new, fates)
        assert raised.value.step_key == next(key for key in changed if key not in fates)
        return
    plan = plan_rework(STEPS, old, new, fates)
    assert [change.step_key for change in plan.changes] == changed  # in step order
    for change in plan.changes:
        assert (change.old_segment, change.new_segment) == (
            old[change.step_key],
            new[change.step_key],
        )
        assert change.fate is fates[change.step_key]
        assert change.empties_step == (change.fate is not StepFate.KEEP)
    assert plan.needs_moved_line == any(fates[key] is StepFate.MOVE for key in changed)
    # After the plan every step passes its new segment; unchanged steps are not in it.
    after = {**old, **{c.step_key: c.new_segment for c in plan.changes}}
    assert after == new


@given(reworks())
def test_fates_for_steps_that_stay_change_nothing(rework) -> None:
    old, _new, fates = rework
    assert plan_rework(STEPS, old, old, fates).changes == ()
    assert not plan_rework(STEPS, old, old, fates).needs_moved_line


def test_fates_given_as_their_words_are_read_as_fates() -> None:
    old = {"core": None, "ring1": "s0", "ring2": "s1", "ring3": "s2", "stakeholders": "s3"}
    new = {**old, "ring2": "s2"}
    plan = plan_rework(STEPS, old, new, {"ring2": "move"})  # type: ignore[dict-item]
    assert plan.change_of("ring2").fate is StepFate.MOVE  # type: ignore[union-attr]
    assert plan.change_of("ring1") is None
    assert plan.needs_moved_line
