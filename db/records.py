"""The values the store hands out: frozen dataclasses, never ORM objects (callers hold no
sessions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from app.core.geometry import Arrangement
from app.core.groups import Cell, WholeRule
from app.core.model import Direction, IndicatorKind
from app.core.plausibility import Plausibility, weakest
from app.core.reasoning import ReasoningLine
from app.core.rework import StepFate as StepFate  # defined with the plan; here for callers


class LineStatus(StrEnum):
    """Where a reasoning line stands in the network's investigation."""

    IDEA = "idea"
    INVESTIGATING = "investigating"
    SUPPORTED = "supported"
    LET_GO = "let_go"


class SourceKind(StrEnum):
    """Bijlage 2, step 2: measure with an existing source or develop a new instrument."""

    EXISTING = "existing"
    NEW = "new"


DEFAULT_NOTE_COLOUR = "#FFE97A"
"""A post-it yellow; colours are stored as #RRGGBB."""


@dataclass(frozen=True, slots=True)
class StakeholderGroup:
    """A network's own name and description for one stakeholder segment ('' = the model's label)."""

    key: str
    name: str
    description: str


class NetworkName(NamedTuple):
    """A network as a list of networks names it: its id, name and description. A named
    tuple, not a frozen dataclass like the other records: a store of hundreds of networks
    lists them for the start page, and a tuple is made in a fifth of the time."""

    id: int
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    id: int
    name: str
    description: str
    created_at: datetime
    updated_at: datetime
    line_count: int


@dataclass(frozen=True, slots=True)
class Network:
    id: int
    name: str
    description: str
    stakeholders: tuple[StakeholderGroup, ...]  # one per stakeholder segment, in model order
    created_at: datetime
    updated_at: datetime
    iati_identifier: str = ""  # the activity's IATI identifier ('' = not given yet)
    iati_org_ref: str = ""  # the reporting organisation's IATI ref
    version: int = field(default=1, compare=False)  # the version read (EditConflictError)

    def stakeholder(self, key: str) -> StakeholderGroup:
        for group in self.stakeholders:
            if group.key == key:
                return group
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class WheelState:
    """The wheel as last left: arrangement, locked rings, partial focus (both None = integral)."""

    arrangement: Arrangement
    locked_rings: frozenset[str] = frozenset()
    focus_ring: str | None = None
    focus_stakeholder: str | None = None


@dataclass(frozen=True, slots=True)
class CoreEntry:
    """One item of the core: `kind` is a core part key (partners, identity & purpose, …)."""

    id: int
    network_id: int
    kind: str
    text: str
    position: int
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class LineStep:
    """A step of a saved line: `key` is a step key of the model, `segment_key` None for the core."""

    key: str
    segment_key: str | None
    story: str
    plausibility: Plausibility | None = None
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class Line:
    """A saved reasoning line; `steps` run inside out (core first) whatever the direction."""

    id: int
    network_id: int
    title: str
    direction: Direction
    status: LineStatus
    steps: tuple[LineStep, ...]
    assumptions: str
    created_at: datetime
    updated_at: datetime
    version: int = field(default=1, compare=False)

    @property
    def segment_keys(self) -> tuple[str, ...]:
        """One segment key per ring, inside out, the stakeholder segment last."""
        return tuple(step.segment_key for step in self.steps if step.segment_key is not None)

    @property
    def stakeholder_key(self) -> str:
        return self.segment_keys[-1]

    @property
    def reasoning_line(self) -> ReasoningLine:
        return ReasoningLine(self.segment_keys, self.direction)

    def story(self, step_key: str) -> str:
        return self.step(step_key).story

    def step(self, step_key: str) -> LineStep:
        for step in self.steps:
            if step.key == step_key:
                return step
        raise KeyError(step_key)

    @property
    def weakest_step(self) -> LineStep:
        """The step least plausible so far (not judged counts lowest; inside out among equals)."""
        key, _level = weakest((step.key, step.plausibility) for step in self.steps)
        return self.step(key)


@dataclass(frozen=True, slots=True)
class Indicator:
    """An indicator on one step of a line, with the six steps of the indicator plan (Bijlage 2)."""

    id: int
    line_id: int
    step_key: str
    name: str
    kind: IndicatorKind
    unit: str = ""
    position: int = 0
    # 1. what insight, for whom, at what cost, in what form
    insight: str = ""
    insight_audience: str = ""
    cost: str = ""
    form: str = ""
    # 2. existing source or new instrument
    source_kind: SourceKind | None = None
    source: str = ""
    # 3. validity, measurability, relevance (None = not yet checked)
    valid: bool | None = None
    measurable: bool | None = None
    relevant: bool | None = None
    check_note: str = ""
    # 4. frequency and owner
    frequency: str = ""
    owner: str = ""
    # 5. interpretation against the goals
    baseline: str = ""
    target: str = ""
    interpretation: str = ""
    # 6. communication per audience
    audience: str = ""
    communication: str = ""
    # how the whole follows from the groups (None: not chosen, so not computable)
    whole_rule: WholeRule | None = None
    # a quantitative baseline: a value, a date or a moment, a note (`baseline` stays as text)
    baseline_value: float | None = None
    baseline_date: date | None = None
    baseline_moment_id: int | None = None
    baseline_note: str = ""
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class Group:
    """One group of a dimension (a school, an age group)."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Dimension:
    """A dimension an indicator is split by, with its groups in order."""

    id: int
    indicator_id: int
    name: str
    position: int
    groups: tuple[Group, ...]

    def group(self, group_id: int) -> Group:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)


INDICATOR_PLAN_FIELDS: tuple[str, ...] = (
    "unit",
    "insight",
    "insight_audience",
    "cost",
    "form",
    "source_kind",
    "source",
    "valid",
    "measurable",
    "relevant",
    "check_note",
    "frequency",
    "owner",
    "baseline",
    "target",
    "interpretation",
    "audience",
    "communication",
)
"""The indicator fields besides name and kind that `add_indicator`/`update_indicator` accept."""


@dataclass(frozen=True, slots=True)
class Moment:
    """A moment on the learning path (A, B, C …)."""

    id: int
    network_id: int
    label: str
    date: date | None
    focus: str
    learnings: str
    position: int = 0  # an order set by hand; 0 for all = by date
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class Measurement:
    """One entry of what an indicator showed at a moment: a number and/or a text (story,
    quote, link), who or what it came from and when; a moment may have any number of them."""

    id: int
    indicator_id: int
    moment_id: int
    value: float | None
    text: str
    note: str
    source: str = ""
    measured_on: date | None = None
    groups: Cell = ()  # a group id per dimension of the indicator; () = the whole
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of evidence that makes a step of a line plausible."""

    id: int
    line_id: int
    step_key: str
    moment_id: int | None
    text: str
    source: str  # where it comes from: a person, a document, a file path or a link
    date: date | None
    position: int
    photo: bytes | None = field(default=None, repr=False)  # a cleaned JPEG from the room

    @property
    def has_photo(self) -> bool:
        return self.photo is not None


@dataclass(frozen=True, slots=True)
class Target:
    """A target of an indicator at a moment, set at `set_at` for `reason`; a later one for the
    same moment replaces it, and the earlier ones stay as its history."""

    id: int
    indicator_id: int
    moment_id: int
    value: float | None
    text: str
    reason: str
    set_at: datetime
    groups: Cell = ()  # a group id per dimension of the indicator; () = the whole


@dataclass(frozen=True, slots=True)
class Note:
    """A workshop post-it on a segment (any ring or a core part), optionally of one moment."""

    id: int
    network_id: int
    moment_id: int | None
    segment_key: str
    text: str
    colour: str
    created_at: datetime
    version: int = field(default=1, compare=False)


@dataclass(frozen=True, slots=True)
class NewNote:
    """A post-it to add: what the scribe typed, pasted or imported, not yet in the store."""

    segment_key: str
    text: str
    colour: str = DEFAULT_NOTE_COLOUR
    moment_id: int | None = None


@dataclass(frozen=True, slots=True)
class NetworkContents:
    """Everything of one network, read in one transaction (for a window, a poster or a report)."""

    network: Network
    wheel: WheelState
    core: tuple[CoreEntry, ...]
    lines: tuple[Line, ...]
    indicators: tuple[Indicator, ...]
    moments: tuple[Moment, ...]
    measurements: tuple[Measurement, ...]
    notes: tuple[Note, ...]
    evidence: tuple[Evidence, ...] = ()
    targets: tuple[Target, ...] = ()  # oldest first
    dimensions: tuple[Dimension, ...] = ()  # per indicator, in order

    def dimensions_of(self, indicator_id: int) -> tuple[Dimension, ...]:
        return tuple(d for d in self.dimensions if d.indicator_id == indicator_id)

    def group_label(self, indicator_id: int, cell: Cell) -> str:
        """The names of a cell's groups, `school A · 12–16` ('' for the whole)."""
        names = []
        for dimension, group_id in zip(self.dimensions_of(indicator_id), cell, strict=False):
            names.append(dimension.group(group_id).name)
        return " · ".join(names)

    def indicators_of(self, line_id: int, step_key: str | None = None) -> tuple[Indicator, ...]:
        return tuple(
            indicator
            for indicator in self.indicators
            if indicator.line_id == line_id and (step_key is None or indicator.step_key == step_key)
        )

    def measurements_of(
        self, indicator_id: int, moment_id: int | None = None
    ) -> tuple[Measurement, ...]:
        return tuple(
            m
            for m in self.measurements
            if m.indicator_id == indicator_id and (moment_id is None or m.moment_id == moment_id)
        )

    def evidence_of(self, line_id: int, step_key: str | None = None) -> tuple[Evidence, ...]:
        return tuple(
            e
            for e in self.evidence
            if e.line_id == line_id and (step_key is None or e.step_key == step_key)
        )

    def target_history(
        self, indicator_id: int, moment_id: int, groups: Cell = ()
    ) -> tuple[Target, ...]:
        """Oldest first; the last is the target now (of the whole, or of a group's cell)."""
        return tuple(
            t
            for t in self.targets
            if t.indicator_id == indicator_id and t.moment_id == moment_id and t.groups == groups
        )

    def target_at(self, indicator_id: int, moment_id: int, groups: Cell = ()) -> Target | None:
        history = self.target_history(indicator_id, moment_id, groups)
        return history[-1] if history else None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What a delete removed, row by row, so `restore` puts it back with the same ids.

    Opaque to callers; `description` says what it holds (for an undo menu entry).
    """

    description: str
    rows: tuple[tuple[str, tuple[tuple[str, object], ...]], ...]


@dataclass(frozen=True, slots=True)
class NewMeasurement:
    """A measurement entry to add: of an indicator at a moment, a number and/or a text."""

    indicator_id: int
    moment_id: int
    value: float | None = None
    text: str = ""
    source: str = ""
    measured_on: date | None = None
    note: str = field(default="")
    groups: Cell = ()  # a group id per dimension of the indicator; () = the whole
