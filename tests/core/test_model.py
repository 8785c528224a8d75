"""The model file: the shipped one is complete, and a broken one names what is wrong."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from app.core.model import (
    LANGUAGES,
    Direction,
    IndicatorKind,
    ModelError,
    default_model,
    load_model,
    parse_model,
)
from tests.model_factory import model_data

EXPECTED_KEYS = {
    "ring1": [
        "ring1.meeting_reach",
        "ring1.appreciation_engagement",
        "ring1.knowledge_awareness",
        "ring1.products_services",
    ],
    "ring2": [
        "ring2.connections_initiatives",
        "ring2.perception_understanding",
        "ring2.attitude_behaviour",
        "ring2.renewal_improvement",
    ],
    "ring3": [
        "ring3.social_cultural",
        "ring3.economic_technological",
        "ring3.physical_ecological",
        "ring3.political_administrative",
    ],
    "stakeholders": [
        "stakeholders.partners",
        "stakeholders.target_group",
        "stakeholders.community",
        "stakeholders.society",
    ],
}


def test_the_shipped_model_has_the_three_rings_and_the_stakeholder_ring() -> None:
    model = default_model()
    assert model.ring_keys == ("ring1", "ring2", "ring3", "stakeholders")
    for ring in model.rings:
        assert [segment.key for segment in ring.segments] == EXPECTED_KEYS[ring.key]
    assert [part.key for part in model.core.segments] == [
        "core.partners",
        "core.identity_purpose",
        "core.resources",
        "core.activities",
    ]


def test_every_segment_has_both_languages_a_definition_questions_and_examples() -> None:
    model = default_model()
    for segment in model.segments():
        for language in LANGUAGES:
            assert segment.label.in_(language).strip()
            assert len(segment.definition.in_(language)) > 20, segment.key
            for direction in Direction:
                questions = segment.questions(direction).in_(language)
                assert 2 <= len(questions) <= 4, (segment.key, direction, language)
                assert all(q.rstrip().endswith("?") for q in questions), segment.key
        assert segment.label.nl != segment.label.en or segment.key.startswith("core.")
    for ring in model.rings:
        for segment in ring.segments:
            kinds = {example.kind for example in segment.example_indicators}
            assert 2 <= len(segment.example_indicators) <= 4, segment.key
            assert kinds <= set(IndicatorKind)


def test_keys_are_unique_and_the_indicator_plan_has_six_steps() -> None:
    model = default_model()
    keys = [segment.key for segment in model.segments()]
    assert len(keys) == len(set(keys))
    assert [step.key for step in model.indicator_plan] == [
        "insight",
        "source",
        "check",
        "frequency_owner",
        "interpretation",
        "communication",
    ]


def test_the_dutch_labels_follow_the_article() -> None:
    model = default_model()
    assert model.segment("ring1.meeting_reach").label.nl == "Ontmoeting & bereik"
    assert model.segment("ring3.social_cultural").label.nl == "Sociaal-culturele effecten"


def test_lookups_by_key() -> None:
    model = default_model()
    assert model.ring_of("ring2.attitude_behaviour").key == "ring2"
    assert model.ring("ring2").index_of("ring2.attitude_behaviour") == 2
    with pytest.raises(KeyError):
        model.segment("ring2.nothing")


@pytest.mark.parametrize(
    ("damage", "field"),
    [
        (lambda d: d.pop("rings"), "rings: missing"),
        (
            lambda d: d["rings"][1]["segments"][2]["label"].pop("en"),
            "rings[1].segments[2].label.en",
        ),
        (lambda d: d["rings"][0].update(key=""), "rings[0].key"),
        (lambda d: d["rings"][0]["segments"][0].update(key="ring9.x"), "must start with 'ring1.'"),
        (lambda d: d["rings"][2]["segments"][1].update(key="ring3.s0"), "'ring3.s0' is used twice"),
        (lambda d: d.update(version=99), "version"),
        (
            lambda d: d["rings"][0]["segments"][0]["example_indicators"][0].update(kind="hard"),
            "'hard' is neither",
        ),
        (lambda d: d["rings"][3].update(segments=[]), "at least two segments"),
        (
            lambda d: d["core"]["parts"][0]["guiding_questions"]["outside_in"].update(nl=[]),
            "core.parts[0].guiding_questions.outside_in.nl",
        ),
        (lambda d: d.update(summary=7), "summary: expected an object"),
    ],
)
def test_a_broken_model_names_the_field(damage, field: str) -> None:
    data = copy.deepcopy(model_data())
    damage(data)
    with pytest.raises(ModelError, match=field.replace("[", r"\[").replace("]", r"\]")):
        parse_model(data)


def test_a_file_that_is_not_json_says_where(tmp_path: Path) -> None:
    broken = tmp_path / "model.json"
    broken.write_text('{"format": "netimpact-model",\n  "version": 1,,}', encoding="utf-8")
    with pytest.raises(ModelError, match=r"not valid JSON.*line 2"):
        load_model(broken)
    with pytest.raises(ModelError, match="cannot be read"):
        load_model(tmp_path / "absent.json")


def test_a_model_with_other_segment_counts_loads(tmp_path: Path) -> None:
    file = tmp_path / "model.json"
    file.write_text(json.dumps(model_data((3, 5, 6, 8))), encoding="utf-8")
    model = load_model(file)
    assert [ring.segment_count for ring in model.rings] == [3, 5, 6, 8]
