"""A reasoning line reads in its direction and brings the guiding questions of that direction."""

from __future__ import annotations

from app.core.geometry import Arrangement
from app.core.model import Direction, default_model
from app.core.reasoning import ReasoningLine, lines_of


def test_inside_out_starts_at_the_core_and_outside_in_at_the_stakeholder() -> None:
    model = default_model()
    line = lines_of(model, Arrangement((0, 2, 1, 3)))[0]
    steps = line.steps(model)
    assert [step.ring_key for step in steps] == ["core", "ring1", "ring2", "ring3", "stakeholders"]
    assert steps[0].segment_key is None
    assert steps[-1].segment_key == "stakeholders.society"
    outside_in = line.with_direction(Direction.OUTSIDE_IN).steps(model)
    assert [step.ring_key for step in outside_in] == [
        "stakeholders",
        "ring3",
        "ring2",
        "ring1",
        "core",
    ]


def test_the_questions_follow_the_direction() -> None:
    model = default_model()
    line = ReasoningLine(
        (
            "ring1.meeting_reach",
            "ring2.attitude_behaviour",
            "ring3.social_cultural",
            "stakeholders.community",
        ),
        Direction.OUTSIDE_IN,
    )
    questions = line.guiding_questions(model, "nl")
    first_step, first_questions = questions[0]
    assert first_step.segment_key == "stakeholders.community"
    expected = model.segment("stakeholders.community").outside_in.nl
    assert first_questions == expected
    core_step, core_questions = questions[-1]
    assert core_step.segment_key is None
    assert core_questions == tuple(part.outside_in.nl[0] for part in model.core.segments)
    english = line.reversed_direction().guiding_questions(model, "en")
    assert english[1][1] == model.segment("ring1.meeting_reach").inside_out.en


def test_a_direction_given_as_its_plain_value_reads_the_same() -> None:
    model = default_model()
    keys = lines_of(model, Arrangement((0, 0, 0, 0)))[0].segment_keys
    line = ReasoningLine(keys, "outside_in")  # type: ignore[arg-type]  # a plain string on purpose
    assert line.direction is Direction.OUTSIDE_IN
    assert line.steps(model)[0].ring_key == "stakeholders"
