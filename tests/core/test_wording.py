"""One wording for screen and paper: own names where the network gave them, else the model's."""

from __future__ import annotations

from app.core.geometry import Arrangement
from app.core.model import default_model
from app.core.reasoning import lines_of
from app.core.wording import StepTitle, Wording


def test_a_group_is_called_by_its_own_name_and_blank_names_fall_back_to_the_model() -> None:
    model = default_model()
    wording = Wording.of(
        model, "nl", {"stakeholders.society": "  Buurt  ", "stakeholders.community": "  "}
    )
    assert wording.segment("stakeholders.society") == "Buurt"
    community = model.segment("stakeholders.community").label.nl
    assert wording.segment("stakeholders.community") == community
    assert not wording.has_own_name("stakeholders.community")
    assert Wording.of(model, "en").segment("ring1.meeting_reach") == (
        model.segment("ring1.meeting_reach").label.en
    )


def test_step_titles_name_the_ring_and_the_segment_or_the_groups_model_name() -> None:
    model = default_model()
    line = lines_of(model, Arrangement((0, 0, 0, 3)))[0]
    core, first, *_middle, group = line.steps(model)
    plain = Wording.of(model, "nl")
    assert plain.step_title(core) == StepTitle("", model.core.label.nl)
    assert plain.step_title(core).one_line() == model.core.label.nl
    first_title = plain.step_title(first)
    assert first_title.caption == model.ring("ring1").short_label.nl
    assert first_title.one_line() == f"{first_title.caption} · {first_title.name}"
    named = Wording.of(model, "nl", {group.segment_key: "Bewoners"})
    assert named.step_title(group) == StepTitle(
        model.segment(group.segment_key).label.nl, "Bewoners"
    )


def test_a_line_is_named_by_its_title_else_by_its_chain_with_own_names() -> None:
    model = default_model()
    line = lines_of(model, Arrangement((1, 2, 0, 3)))[0]
    wording = Wording.of(model, "nl", {line.stakeholder_key: "Bewoners"})
    assert wording.line_name("  Onze lijn ", line.segment_keys) == "Onze lijn"
    chain = wording.line_name("", line.segment_keys).split(" → ")
    assert chain[-1] == "Bewoners" and len(chain) == len(line.segment_keys)
    assert wording.default_title(line) == f"{wording.segment(line.segment_keys[-2])} — Bewoners"
