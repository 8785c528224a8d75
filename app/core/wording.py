"""How the program names the model's parts for one network, on screen and on paper alike.

One rule, written once: a stakeholder group is called by the network's own name for it where
the network gave one, else by the model's label; a step of a reasoning line is titled by its
ring and its segment. The window's panels, the wheel and the posters all ask a `Wording`, so
the screen and the paper cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from app.core.model import Language, Model
from app.core.reasoning import ReasoningLine, Step

STEP_SEPARATOR = " · "
CHAIN_SEPARATOR = " → "


@dataclass(frozen=True, slots=True)
class StepTitle:
    """A step's name: a small caption (the ring, or the model's name of an own-named group)
    above the segment as the network calls it. The core step has no caption."""

    caption: str
    name: str

    def one_line(self) -> str:
        """'Directe resultaten · Ontmoeting & bereik' (the core step: its name alone)."""
        return f"{self.caption}{STEP_SEPARATOR}{self.name}" if self.caption else self.name


@dataclass(frozen=True, slots=True)
class Wording:
    """The model's texts in `language`, with the network's own names (by segment key)."""

    model: Model
    language: Language
    own_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(
        cls,
        model: Model,
        language: Language,
        own_names: Mapping[str, str] | Iterable[tuple[str, str]] = (),
    ) -> Wording:
        """A wording whose own names are trimmed; blank names fall back to the model's label."""
        pairs = own_names.items() if isinstance(own_names, Mapping) else own_names
        names = {key: name.strip() for key, name in pairs if name.strip()}
        return cls(model, language, MappingProxyType(names))

    def model_label(self, segment_key: str) -> str:
        """The model's own label of a segment, whatever the network calls it."""
        return self.model.segment(segment_key).label.in_(self.language)

    def segment(self, segment_key: str) -> str:
        """The network's own name for a segment (stakeholder groups), else the model's label."""
        return self.own_names.get(segment_key) or self.model_label(segment_key)

    def has_own_name(self, segment_key: str) -> bool:
        return segment_key in self.own_names

    def ring(self, ring_key: str) -> str:
        return self.model.ring(ring_key).label.in_(self.language)

    def ring_short(self, ring_key: str) -> str:
        return self.model.ring(ring_key).short_label.in_(self.language)

    def core(self) -> str:
        return self.model.core.label.in_(self.language)

    def place(self, segment_key: str) -> str:
        """Where a segment lies, in words: 'Directe resultaten · Ontmoeting & bereik', and for
        the core's parts 'As (kern) · Partners & eigenaren'."""
        ring = self.model.ring_of(segment_key)
        if ring.key == self.model.core.key:
            return f"{self.core()}{STEP_SEPARATOR}{self.segment(segment_key)}"
        return f"{self.ring_short(ring.key)}{STEP_SEPARATOR}{self.segment(segment_key)}"

    def step_title(self, step: Step) -> StepTitle:
        """The title of one step of a reasoning line (see `StepTitle`)."""
        if step.segment_key is None:
            return StepTitle("", self.core())
        if self.has_own_name(step.segment_key):
            return StepTitle(self.model_label(step.segment_key), self.segment(step.segment_key))
        return StepTitle(self.ring_short(step.ring_key), self.segment(step.segment_key))

    def default_title(self, line: ReasoningLine) -> str:
        """A readable title for a line nobody named: its third-degree segment and stakeholder."""
        domain = self.segment(line.segment_keys[-2])
        return f"{domain} — {self.segment(line.stakeholder_key)}"

    def line_name(self, title: str, segment_keys: Iterable[str]) -> str:
        """A saved line's own title, or else its chain of segment names."""
        if title.strip():
            return title.strip()
        return CHAIN_SEPARATOR.join(self.segment(key) for key in segment_keys)
