"""ORM rows → frozen records, and the rules that order and complete them.

The store calls these inside its transactions with ORM objects; the first look at a store
(`db.glance`) calls the `…_from` functions and `core_order` with plain result rows that name
their columns as the objects name their attributes, so both follow one set of rules. Nothing
here imports SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from app.core.geometry import Arrangement
from app.core.groups import Cell, WholeRule
from app.core.model import Direction, IndicatorKind, Model
from app.core.plausibility import Plausibility
from db.patching import in_store_order
from db.records import (
    CoreEntry,
    Dimension,
    Evidence,
    Group,
    Indicator,
    Line,
    LineStatus,
    LineStep,
    Measurement,
    Moment,
    Network,
    NetworkContents,
    Note,
    SourceKind,
    StakeholderGroup,
    Target,
    WheelState,
)

if TYPE_CHECKING:
    from db.schema import (
        CoreEntryRow,
        DimensionRow,
        EvidenceRow,
        IndicatorRow,
        LineRow,
        MeasurementRow,
        MomentRow,
        NetworkRow,
        NoteRow,
        TargetRow,
    )


def network(row: NetworkRow, model: Model) -> Network:
    return network_from(row, row.stakeholder_groups, model)


def network_from(row: Any, group_rows: Iterable[Any], model: Model) -> Network:
    """A network from its row and its stakeholder group rows (objects or result rows)."""
    return Network(
        id=row.id,
        name=row.name,
        description=row.description,
        stakeholders=stakeholders_from(group_rows, model),
        created_at=row.created_at,
        updated_at=row.updated_at,
        iati_identifier=row.iati_identifier or "",
        iati_org_ref=row.iati_org_ref or "",
        version=row.version,
    )


def stakeholders_from(group_rows: Iterable[Any], model: Model) -> tuple[StakeholderGroup, ...]:
    """One group per stakeholder segment of the model, in model order, from a network's
    stakeholder group rows (those it has none for keep the model's label: name '')."""
    own = {group.stakeholder_key: group for group in group_rows}
    groups = []
    for segment in model.stakeholder_ring.segments:
        found = own.get(segment.key)
        groups.append(
            StakeholderGroup(
                key=segment.key,
                name=found.name if found else "",
                description=found.description if found else "",
            )
        )
    return tuple(groups)


def wheel(row: NetworkRow, model: Model) -> WheelState:
    return wheel_from(row, row.ring_positions, model)


def wheel_from(row: Any, position_rows: Iterable[Any], model: Model) -> WheelState:
    """The wheel from a network's row (its focus columns) and its ring position rows.

    Rings missing from the store (a model with a new ring) start at segment 0.
    """
    rows = tuple(position_rows)
    positions = {position.ring_key: position for position in rows}
    indices = []
    for ring in model.rings:
        found = positions.get(ring.key)
        index = found.segment_index if found else 0
        indices.append(index if index < ring.segment_count else 0)
    return WheelState(
        arrangement=Arrangement(tuple(indices)),
        locked_rings=frozenset(p.ring_key for p in rows if p.locked),
        focus_ring=row.focus_ring_key,
        focus_stakeholder=row.focus_stakeholder_key,
    )


def core_order(row: Any, model: Model) -> tuple[int, int, int]:
    """Where a core entry (a row or a record) stands in the core: its part in model order
    (parts the model no longer has last), then its place in the part, then its id."""
    kinds = [part.key for part in model.core.segments]
    rank = kinds.index(row.kind) if row.kind in kinds else len(kinds)
    return rank, row.position, row.id


def core_entry(row: CoreEntryRow) -> CoreEntry:
    return CoreEntry(row.id, row.network_id, row.kind, row.text, row.position, row.version)


def _plausibility(stored: str | None) -> Plausibility | None:
    """A step's stored plausibility; None (or an empty text) when none was given."""
    return Plausibility(stored) if stored else None


def line(row: LineRow, model: Model) -> Line:
    return line_from(row, row.steps, model)


def line_from(row: Any, step_rows: Iterable[Any], model: Model) -> Line:
    """A line from its row and its steps' rows: ORM objects or plain result rows (which
    name their columns as the objects name their attributes)."""
    by_key = {step.step_key: step for step in step_rows}
    steps = tuple(
        LineStep(
            key,
            by_key[key].segment_key,
            by_key[key].story,
            _plausibility(by_key[key].plausibility),
            by_key[key].version,
        )
        for key in model.step_keys
        if key in by_key
    )
    return Line(
        id=row.id,
        network_id=row.network_id,
        title=row.title,
        direction=Direction(row.direction),
        status=LineStatus(row.status),
        steps=steps,
        assumptions=row.assumptions,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


def indicator(row: IndicatorRow) -> Indicator:
    return Indicator(
        id=row.id,
        line_id=row.line_id,
        step_key=row.step_key,
        name=row.name,
        kind=IndicatorKind(row.kind),
        unit=row.unit,
        position=row.position,
        insight=row.insight,
        insight_audience=row.insight_audience,
        cost=row.cost,
        form=row.form,
        source_kind=SourceKind(row.source_kind) if row.source_kind else None,
        source=row.source,
        valid=row.valid,
        measurable=row.measurable,
        relevant=row.relevant,
        check_note=row.check_note,
        frequency=row.frequency,
        owner=row.owner,
        baseline=row.baseline,
        target=row.target,
        interpretation=row.interpretation,
        audience=row.audience,
        communication=row.communication,
        whole_rule=WholeRule(row.whole_rule) if row.whole_rule else None,
        baseline_value=row.baseline_value,
        baseline_date=row.baseline_date,
        baseline_moment_id=row.baseline_moment_id,
        baseline_note=row.baseline_note or "",
        version=row.version,
    )


def dimension(row: DimensionRow) -> Dimension:
    return dimension_from(row, row.groups)


def dimension_from(row: Any, groups: Iterable[Any]) -> Dimension:
    """A dimension from its row and its groups' rows (in any order: they are put in theirs)."""
    ordered = sorted(groups, key=lambda group: (group.position, group.id))
    return Dimension(
        row.id,
        row.indicator_id,
        row.name,
        row.position,
        tuple(Group(group.id, group.name) for group in ordered),
    )


def cell(row: Any) -> Cell:
    """The groups of a measurement's or a target's row: () for the whole."""
    return tuple(g for g in (row.group_a_id, row.group_b_id) if g is not None)


def moment(row: MomentRow) -> Moment:
    return Moment(
        row.id,
        row.network_id,
        row.label,
        row.date,
        row.focus,
        row.learnings,
        row.position or 0,
        row.version,
    )


def measurement(row: MeasurementRow) -> Measurement:
    return Measurement(
        row.id,
        row.indicator_id,
        row.moment_id,
        row.value,
        row.text,
        row.note,
        row.source or "",
        row.measured_on,
        cell(row),
        row.version,
    )


def evidence(row: EvidenceRow) -> Evidence:
    return evidence_from(row, row.step.line_id, row.step.step_key)


def evidence_from(row: Any, line_id: int, step_key: str) -> Evidence:
    """Evidence from its row and the line and step it supports."""
    return Evidence(
        row.id,
        line_id,
        step_key,
        row.moment_id,
        row.text,
        row.source,
        row.date,
        row.position,
        row.photo,
    )


def target(row: TargetRow) -> Target:
    return Target(
        row.id,
        row.indicator_id,
        row.moment_id,
        row.value,
        row.text,
        row.reason,
        row.set_at,
        cell(row),
    )


def note(row: NoteRow) -> Note:
    return Note(
        row.id,
        row.network_id,
        row.moment_id,
        row.segment_key,
        row.text,
        row.colour,
        row.created_at,
        row.version,
    )


# A network's entries are most of its rows: read by position, made without a call each.
MEASUREMENT_COLUMNS = (
    "id",
    "indicator_id",
    "moment_id",
    "value",
    "text",
    "note",
    "source",
    "measured_on",
    "group_a_id",
    "group_b_id",
    "version",
)
"""The columns a network's measurements are read with, in this order (`measurements_of`)."""


def measurements_of(rows: Iterable[Sequence[Any]]) -> tuple[Measurement, ...]:
    """`measurement` of each row of `MEASUREMENT_COLUMNS`, inlined."""
    return tuple(
        Measurement(
            id_,
            indicator_id,
            moment_id,
            value,
            text,
            note,
            source or "",
            measured_on,
            () if a is None and b is None else tuple(g for g in (a, b) if g is not None),
            version,
        )
        for id_, indicator_id, moment_id, value, text, note, source, measured_on, a, b, version in (
            rows
        )
    )


def network_contents(rows: Mapping[str, Sequence[Any]], model: Model) -> NetworkContents:
    """Everything of one network from its rows, read in one transaction, in the store's one
    order: by what they are, the rows of `db.reading`'s statements (`db.glance` reads the same
    with `sqlite3`). The measurements are rows of `MEASUREMENT_COLUMNS`; every other row names
    its columns as the objects name their attributes; `rows["network"]` holds its one row."""
    network = rows["network"][0]
    steps: dict[int, list[Any]] = {}
    for step in rows["steps"]:
        steps.setdefault(step.line_id, []).append(step)
    groups: dict[int, list[Any]] = {}
    for group in rows["dimension_groups"]:
        groups.setdefault(group.dimension_id, []).append(group)
    contents = NetworkContents(
        network=network_from(network, rows["groups"], model),
        wheel=wheel_from(network, rows["positions"], model),
        core=tuple(core_entry(entry) for entry in rows["core"]),
        lines=tuple(line_from(line, steps.get(line.id, ()), model) for line in rows["lines"]),
        indicators=tuple(indicator(row) for row in rows["indicators"]),
        moments=tuple(moment(row) for row in rows["moments"]),
        measurements=measurements_of(rows["measurements"]),
        notes=tuple(note(row) for row in rows["notes"]),
        evidence=tuple(evidence_from(row, row.line_id, row.step_key) for row in rows["evidence"]),
        targets=tuple(target(row) for row in rows["targets"]),
        dimensions=tuple(dimension_from(row, groups.get(row.id, ())) for row in rows["dimensions"]),
    )
    return in_store_order(contents, model)
