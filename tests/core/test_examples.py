"""The shipped example networks: every one is there, in Dutch, and named in both languages."""

from __future__ import annotations

import json

import jsonschema

from app.core.examples import EXAMPLES, example_file
from app.core.resources import resource_path


def test_every_example_ships_as_an_exchange_file() -> None:
    assert len(EXAMPLES) == 2
    for example in EXAMPLES:
        path = example_file(example.key)
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == "netimpact-network"
        assert data["network"]["name"].startswith("Voorbeeld: ")
        assert example.title.nl and example.title.en


def test_every_example_ships_in_english_too_with_the_same_keys() -> None:
    for example in EXAMPLES:
        english = json.loads(example_file(example.key, "en").read_text(encoding="utf-8"))
        dutch = json.loads(example_file(example.key, "nl").read_text(encoding="utf-8"))
        assert english["network"]["name"].startswith("Example: ")
        assert [s["segment"] for line in english["network"]["lines"] for s in line["steps"]] == [
            s["segment"] for line in dutch["network"]["lines"] for s in line["steps"]
        ]


def test_every_example_file_validates_against_the_exchange_schema() -> None:
    schema = json.loads(resource_path("exchange.schema.json").read_text(encoding="utf-8"))
    files = sorted(resource_path("examples").glob("*.json"))
    assert len(files) >= len(EXAMPLES)
    for path in files:
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
