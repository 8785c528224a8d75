"""The netwerkimpactmodel as data: loaded from `resources/model.json` and validated.

The file is the single source of the model's content (labels, definitions, guiding questions,
example indicators, the indicator plan). Widgets, the store and the poster look texts up here
by key; nothing compares labels.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from app.core.resources import resource_path

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
MODEL_FORMAT = "netimpact-model"
MODEL_VERSION = 1


class ModelError(ValueError):
    """The model file is missing, not JSON, or a field is wrong; the message names the field."""


class Direction(StrEnum):
    """How a reasoning line is read: evaluating from the core out, or planning from outside in."""

    INSIDE_OUT = "inside_out"
    OUTSIDE_IN = "outside_in"


class IndicatorKind(StrEnum):
    QUANTITATIVE = "quantitative"
    QUALITATIVE = "qualitative"


@dataclass(frozen=True, slots=True)
class Text:
    """One text in both languages."""

    nl: str
    en: str

    def in_(self, language: Language) -> str:
        return self.en if language == "en" else self.nl


@dataclass(frozen=True, slots=True)
class Questions:
    """Guiding questions in both languages."""

    nl: tuple[str, ...]
    en: tuple[str, ...]

    def in_(self, language: Language) -> tuple[str, ...]:
        return self.en if language == "en" else self.nl


@dataclass(frozen=True, slots=True)
class ExampleIndicator:
    kind: IndicatorKind
    name: Text


@dataclass(frozen=True, slots=True)
class Segment:
    """A segment of a ring, or one of the core's four parts."""

    key: str
    label: Text
    definition: Text
    inside_out: Questions
    outside_in: Questions
    example_indicators: tuple[ExampleIndicator, ...] = ()

    def questions(self, direction: Direction) -> Questions:
        return self.inside_out if direction is Direction.INSIDE_OUT else self.outside_in


@dataclass(frozen=True, slots=True)
class Ring:
    """A ring of the wheel (or the core, whose segments are its four parts)."""

    key: str
    label: Text
    short_label: Text
    definition: Text
    segments: tuple[Segment, ...]

    @property
    def segment_count(self) -> int:
        return len(self.segments)

    def index_of(self, segment_key: str) -> int:
        for index, segment in enumerate(self.segments):
            if segment.key == segment_key:
                return index
        raise KeyError(f"{segment_key!r} is not a segment of {self.key!r}")


@dataclass(frozen=True, slots=True)
class DirectionInfo:
    label: Text
    description: Text


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One of the six steps of the indicator plan (Bijlage 2)."""

    key: str
    label: Text
    question: Text
    help: Text


@dataclass(frozen=True, slots=True)
class Model:
    """The whole model. `rings` runs inside out; the last ring is the stakeholder ring."""

    name: Text
    summary: Text
    source: Text  # the article in full, for About
    citation: Text  # short enough to stand whole in a poster's footer
    core: Ring
    rings: tuple[Ring, ...]
    directions: Mapping[Direction, DirectionInfo]
    indicator_plan: tuple[PlanStep, ...]
    indicator_plan_note: Text | None = None  # Bijlage 2's framing: when to use it, its risks

    @property
    def impact_rings(self) -> tuple[Ring, ...]:
        return self.rings[:-1]

    @property
    def stakeholder_ring(self) -> Ring:
        return self.rings[-1]

    @property
    def ring_keys(self) -> tuple[str, ...]:
        return tuple(ring.key for ring in self.rings)

    @property
    def step_keys(self) -> tuple[str, ...]:
        """The steps of an inside-out reasoning line: the core, then every ring."""
        return (self.core.key, *self.ring_keys)

    def ring(self, key: str) -> Ring:
        if key == self.core.key:
            return self.core
        for ring in self.rings:
            if ring.key == key:
                return ring
        raise KeyError(f"no ring {key!r} in the model")

    def segments(self) -> Iterator[Segment]:
        yield from self.core.segments
        for ring in self.rings:
            yield from ring.segments

    def segment(self, key: str) -> Segment:
        for segment in self.segments():
            if segment.key == key:
                return segment
        raise KeyError(f"no segment {key!r} in the model")

    def ring_of(self, segment_key: str) -> Ring:
        for ring in (self.core, *self.rings):
            if any(segment.key == segment_key for segment in ring.segments):
                return ring
        raise KeyError(f"no segment {segment_key!r} in the model")

    def has_segment(self, key: str) -> bool:
        return any(segment.key == key for segment in self.segments())


# --- loading -------------------------------------------------------------------------------


class _Reader:
    """Walks the parsed JSON with a path, so every error names the field it is about."""

    def __init__(self, value: Any, path: str) -> None:
        self.value = value
        self.path = path

    def fail(self, problem: str) -> ModelError:
        return ModelError(f"model file, field {self.path or '(top)'}: {problem}")

    def child(self, name: str | int) -> _Reader:
        if isinstance(name, int):
            items = self.list()
            return _Reader(items[name], f"{self.path}[{name}]")
        mapping = self.dict()
        if name not in mapping:
            raise ModelError(f"model file, field {self._join(name)}: missing")
        return _Reader(mapping[name], self._join(name))

    def optional(self, name: str) -> _Reader | None:
        return self.child(name) if name in self.dict() else None

    def _join(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def dict(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            raise self.fail(f"expected an object, found {type(self.value).__name__}")
        return self.value

    def list(self) -> list[Any]:
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, found {type(self.value).__name__}")
        return self.value

    def items(self) -> Iterator[_Reader]:
        for index in range(len(self.list())):
            yield self.child(index)

    def string(self) -> str:
        if not isinstance(self.value, str) or not self.value.strip():
            raise self.fail("expected a non-empty text")
        return self.value

    def text(self) -> Text:
        return Text(nl=self.child("nl").string(), en=self.child("en").string())

    def questions(self) -> Questions:
        found: dict[str, tuple[str, ...]] = {}
        for language in LANGUAGES:
            reader = self.child(language)
            found[language] = tuple(item.string() for item in reader.items())
            if not found[language]:
                raise reader.fail("needs at least one guiding question")
        return Questions(nl=found["nl"], en=found["en"])


def _segment(reader: _Reader, key_prefix: str) -> Segment:
    key = reader.child("key").string()
    if not key.startswith(key_prefix + "."):
        raise reader.child("key").fail(f"key {key!r} must start with {key_prefix + '.'!r}")
    questions = reader.child("guiding_questions")
    examples = reader.optional("example_indicators")
    indicators: list[ExampleIndicator] = []
    for item in examples.items() if examples else ():
        kind = item.child("kind").string()
        if kind not in tuple(IndicatorKind):
            raise item.child("kind").fail(f"{kind!r} is neither 'quantitative' nor 'qualitative'")
        indicators.append(ExampleIndicator(IndicatorKind(kind), item.child("name").text()))
    return Segment(
        key=key,
        label=reader.child("label").text(),
        definition=reader.child("definition").text(),
        inside_out=questions.child(Direction.INSIDE_OUT.value).questions(),
        outside_in=questions.child(Direction.OUTSIDE_IN.value).questions(),
        example_indicators=tuple(indicators),
    )


def _ring(reader: _Reader, segments_field: str) -> Ring:
    key = reader.child("key").string()
    segments = tuple(_segment(item, key) for item in reader.child(segments_field).items())
    if len(segments) < 2:
        raise reader.child(segments_field).fail("a ring needs at least two segments")
    short = reader.optional("short_label")
    label = reader.child("label").text()
    return Ring(
        key=key,
        label=label,
        short_label=short.text() if short else label,
        definition=reader.child("definition").text(),
        segments=segments,
    )


def parse_model(data: Any) -> Model:
    """Build and validate a `Model` from parsed JSON; raises `ModelError` naming the bad field."""
    top = _Reader(data, "")
    if top.child("format").value != MODEL_FORMAT:
        raise top.child("format").fail(f"expected {MODEL_FORMAT!r}")
    if top.child("version").value != MODEL_VERSION:
        raise top.child("version").fail(f"this program reads version {MODEL_VERSION}")
    rings_reader = top.child("rings")
    rings = tuple(_ring(item, "segments") for item in rings_reader.items())
    if len(rings) < 2:
        raise rings_reader.fail("needs at least one impact ring and the stakeholder ring")
    directions_reader = top.child("directions")
    directions = {
        direction: DirectionInfo(
            label=directions_reader.child(direction.value).child("label").text(),
            description=directions_reader.child(direction.value).child("description").text(),
        )
        for direction in Direction
    }
    plan = tuple(
        PlanStep(
            key=item.child("key").string(),
            label=item.child("label").text(),
            question=item.child("question").text(),
            help=item.child("help").text(),
        )
        for item in top.child("indicator_plan").items()
    )
    note = top.optional("indicator_plan_note")
    model = Model(
        name=top.child("name").text(),
        summary=top.child("summary").text(),
        source=top.child("source").text(),
        citation=top.child("citation").text(),
        core=_ring(top.child("core"), "parts"),
        rings=rings,
        directions=directions,
        indicator_plan=plan,
        indicator_plan_note=note.text() if note else None,
    )
    _check_unique_keys(model)
    return model


def _check_unique_keys(model: Model) -> None:
    keys = [model.core.key, *model.ring_keys, *(segment.key for segment in model.segments())]
    keys += [step.key for step in model.indicator_plan]
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ModelError(f"model file: key {key!r} is used twice")
        seen.add(key)


def load_model(path: Path | str | None = None) -> Model:
    """Read and validate a model file (the shipped one by default)."""
    file = Path(path) if path is not None else resource_path("model.json")
    try:
        raw = file.read_text(encoding="utf-8")
    except OSError as error:
        raise ModelError(f"model file {file} cannot be read: {error.strerror or error}") from error
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ModelError(
            f"model file {file} is not valid JSON: {error.msg} (line {error.lineno}, "
            f"column {error.colno})"
        ) from error
    return parse_model(data)


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The shipped model, loaded once (it is immutable, so sharing it is safe)."""
    return load_model()
