"""ORM rows → frozen records. Only the store calls these, inside its transactions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.core.geometry import Arrangement
from app.core.model import Direction, IndicatorKind, Model
from app.core.plausibility import Plausibility
from db.records import (
    CoreEntry,
    Evidence,
    Indicator,
    Line,
    LineStatus,
    LineStep,
    Measurement,
    Moment,
    Network,
    Note,
    SourceKind,
    StakeholderGroup,
    Target,
    WheelState,
)
from db.schema import (
    CoreEntryRow,
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
    own = {group.stakeholder_key: group for group in row.stakeholder_groups}
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
    return Network(
        id=row.id,
        name=row.name,
        description=row.description,
        stakeholders=tuple(groups),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def wheel(row: NetworkRow, model: Model) -> WheelState:
    """Rings missing from the store (a model with a new ring) start at segment 0."""
    positions = {position.ring_key: position for position in row.ring_positions}
    indices = []
    for ring in model.rings:
        found = positions.get(ring.key)
        index = found.segment_index if found else 0
        indices.append(index if index < ring.segment_count else 0)
    return WheelState(
        arrangement=Arrangement(tuple(indices)),
        locked_rings=frozenset(p.ring_key for p in row.ring_positions if p.locked),
        focus_ring=row.focus_ring_key,
        focus_stakeholder=row.focus_stakeholder_key,
    )


def core_entry(row: CoreEntryRow) -> CoreEntry:
    return CoreEntry(row.id, row.network_id, row.kind, row.text, row.position)


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
    )


def moment(row: MomentRow) -> Moment:
    return Moment(
        row.id, row.network_id, row.label, row.date, row.focus, row.learnings, row.position or 0
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
    )


def evidence(row: EvidenceRow) -> Evidence:
    return Evidence(
        row.id,
        row.step.line_id,
        row.step.step_key,
        row.moment_id,
        row.text,
        row.source,
        row.date,
        row.position,
    )


def target(row: TargetRow) -> Target:
    return Target(
        row.id, row.indicator_id, row.moment_id, row.value, row.text, row.reason, row.set_at
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
    )
