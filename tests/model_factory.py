"""Builds model-file data with any number of segments per ring, for tests."""

from __future__ import annotations

from typing import Any


def _pair(text: str) -> dict[str, str]:
    return {"nl": f"{text} (nl)", "en": f"{text} (en)"}


def _segment(key: str) -> dict[str, Any]:
    return {
        "key": key,
        "label": _pair(f"label {key}"),
        "definition": _pair(f"definition {key}"),
        "guiding_questions": {
            "inside_out": {"nl": [f"binnen {key}?"], "en": [f"inside {key}?"]},
            "outside_in": {"nl": [f"buiten {key}?"], "en": [f"outside {key}?"]},
        },
        "example_indicators": [{"kind": "quantitative", "name": _pair(f"count {key}")}],
    }


def model_data(counts: tuple[int, ...] = (4, 4, 4, 4)) -> dict[str, Any]:
    """A valid model file: impact rings ring1.., then 'stakeholders', with the given counts."""
    ring_keys = [f"ring{i + 1}" for i in range(len(counts) - 1)] + ["stakeholders"]
    return {
        "format": "netimpact-model",
        "version": 1,
        "name": _pair("model"),
        "summary": _pair("summary"),
        "source": _pair("source"),
        "citation": _pair("citation"),
        "core": {
            "key": "core",
            "label": _pair("core"),
            "definition": _pair("core"),
            "parts": [_segment(f"core.part{i}") for i in range(4)],
        },
        "rings": [
            {
                "key": key,
                "label": _pair(key),
                "definition": _pair(key),
                "segments": [_segment(f"{key}.s{i}") for i in range(count)],
            }
            for key, count in zip(ring_keys, counts, strict=True)
        ],
        "directions": {
            "inside_out": {"label": _pair("in"), "description": _pair("in")},
            "outside_in": {"label": _pair("out"), "description": _pair("out")},
        },
        "indicator_plan": [
            {"key": f"step{i}", "label": _pair("s"), "question": _pair("q"), "help": _pair("h")}
            for i in range(6)
        ],
    }
