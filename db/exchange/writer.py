"""A checked exchange document → the rows of a new network (import and duplicate)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.core.model import Model
from db.exchange import photos
from db.exchange.document import parse_timestamp
from db.records import INDICATOR_PLAN_FIELDS
from db.schema import (
    CoreEntryRow,
    DimensionRow,
    EvidenceRow,
    GroupRow,
    IndicatorRow,
    LineRow,
    LineStepRow,
    MeasurementRow,
    MomentRow,
    NetworkRow,
    NoteRow,
    RingPositionRow,
    StakeholderGroupRow,
    TargetRow,
)


def write(
    session: Session, data: dict[str, Any], model: Model, name: str, *, fresh: bool = False
) -> NetworkRow:
    """Add the network of a checked exchange document under `name` (flushed, not committed).

    `fresh` gives the network new timestamps (a duplicate is a new network).
    """
    network = data["network"]
    stamp = datetime.now(UTC).replace(microsecond=0)
    row = NetworkRow(
        name=name,
        description=network["description"],
        created_at=stamp if fresh else parse_timestamp(network["created_at"]),
        updated_at=stamp if fresh else parse_timestamp(network["updated_at"]),
        focus_ring_key=network["wheel"]["focus_ring"],
        focus_stakeholder_key=network["wheel"]["focus_stakeholder"],
        iati_identifier=network["iati_identifier"],
        iati_org_ref=network["iati_org_ref"],
    )
    row.stakeholder_groups = [
        StakeholderGroupRow(stakeholder_key=g["key"], name=g["name"], description=g["description"])
        for g in network["stakeholders"]
        if g["name"] or g["description"]
    ]
    locked = set(network["wheel"]["locked_rings"])
    row.ring_positions = [
        RingPositionRow(ring_key=key, segment_index=index, locked=key in locked)
        for key, index in network["wheel"]["arrangement"].items()
    ]
    positions: dict[str, int] = {}
    for entry in network["core"]:
        positions[entry["kind"]] = positions.get(entry["kind"], 0) + 1
        row.core_entries.append(
            CoreEntryRow(kind=entry["kind"], text=entry["text"], position=positions[entry["kind"]])
        )
    moments: dict[str, MomentRow] = {}
    for item in network["moments"]:
        moment = MomentRow(
            label=item["label"],
            date=_date(item["date"]),
            focus=item["focus"],
            learnings=item["learnings"],
            position=item["position"],
        )
        moments[item["id"]] = moment
        row.moments.append(moment)
    for item in network["lines"]:
        line = LineRow(
            title=item["title"],
            direction=item["direction"],
            status=item["status"],
            assumptions=item["assumptions"],
            created_at=parse_timestamp(item["created_at"]),
            updated_at=parse_timestamp(item["updated_at"]),
        )
        line.steps = [
            LineStepRow(
                step_key=s["step"],
                segment_key=s["segment"],
                story=s["story"],
                plausibility=s["plausibility"],
                evidence=[
                    EvidenceRow(
                        text=e["text"],
                        source=e["source"],
                        date=_date(e["date"]),
                        moment=moments[e["moment"]] if e["moment"] else None,
                        position=place,
                        photo=photos.decode(e["photo"]) if "photo" in e else None,
                    )
                    for place, e in enumerate(s["evidence"], start=1)
                ],
            )
            for s in item["steps"]
        ]
        for position, found in enumerate(item["indicators"], start=1):
            indicator = IndicatorRow(
                step_key=found["step"], name=found["name"], kind=found["kind"], position=position
            )
            for field in INDICATOR_PLAN_FIELDS:
                setattr(indicator, field, found[field])
            indicator.whole_rule = found["whole_rule"]
            indicator.baseline_value = _number(found["baseline_value"])
            indicator.baseline_date = _date(found["baseline_date"])
            indicator.baseline_note = found["baseline_note"]
            if found["baseline_moment"]:
                indicator.baseline_moment = moments[found["baseline_moment"]]
            groups: list[dict[str, GroupRow]] = []
            for place, item_dimension in enumerate(found["dimensions"], start=1):
                dimension = DimensionRow(name=item_dimension["name"], position=place)
                dimension.groups = [
                    GroupRow(name=name, position=order)
                    for order, name in enumerate(item_dimension["groups"], start=1)
                ]
                groups.append({group.name: group for group in dimension.groups})
                indicator.dimensions.append(dimension)
            indicator.measurements = [
                MeasurementRow(
                    moment=moments[m["moment"]],
                    value=None if m["value"] is None else float(m["value"]),
                    text=m["text"],
                    note=m["note"],
                    source=m["source"],
                    measured_on=_date(m["date"]),
                    **_groups(groups, m["groups"]),
                )
                for m in found["measurements"]
            ]
            indicator.targets = [
                TargetRow(
                    moment=moments[t["moment"]],
                    value=None if t["value"] is None else float(t["value"]),
                    text=t["text"],
                    reason=t["reason"],
                    set_at=parse_timestamp(t["set_at"]),
                    **_groups(groups, t["groups"]),
                )
                for t in found["targets"]
            ]
            line.indicators.append(indicator)
        row.lines.append(line)
    # Notes go in after the rest is flushed: the cascade from each note's moment would
    # otherwise add them to the session (and give them ids) grouped by moment, not in the
    # file's order, and export -> import -> export would not give the same bytes.
    session.add(row)
    session.flush()
    for item in network["notes"]:
        row.notes.append(
            NoteRow(
                segment_key=item["segment"],
                moment=moments[item["moment"]] if item["moment"] else None,
                text=item["text"],
                colour=item["colour"].upper(),
                created_at=parse_timestamp(item["created_at"]),
            )
        )
    session.add(row)
    session.flush()
    return row


def _groups(groups: list[dict[str, GroupRow]], names: list[str]) -> dict[str, GroupRow | None]:
    """The group rows of an entry's or a target's group names (one per dimension, or none)."""
    rows = [by_name[name] for by_name, name in zip(groups, names, strict=False)]
    return {
        "group_a": rows[0] if rows else None,
        "group_b": rows[1] if len(rows) > 1 else None,
    }


def _number(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
