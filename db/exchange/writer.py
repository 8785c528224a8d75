"""A checked exchange document → the rows of a new network (import and duplicate)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Connection, Table, insert, select
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
    """Add the network of a checked exchange document under `name` (not committed).

    `fresh` gives the network new timestamps (a duplicate is a new network). Written with
    plain INSERTs, one per table (its rows batched; those whose ids later rows need with
    RETURNING in the rows' order), no ORM objects: a constant number of statements whatever
    the network's size (tests/db/test_query_counts.py). Every table's rows go in in the
    document's order, so their ids keep it (export -> import -> export gives the same bytes).
    """
    network_id = write_rows(session.connection(), data, fresh=fresh, name=name)
    row = session.get(NetworkRow, network_id)
    assert row is not None
    return row


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(insert(table), rows)


def _insert_ids(
    connection: Connection, table: Table, rows: list[dict[str, Any]], own: ColumnElement[bool]
) -> list[int]:
    """Insert `rows` (one executemany) and return their new ids, in the rows' order: the
    ids of the rows of `table` that match `own` (only those just written: the network is
    new), in the order of their ids, which is the order they went in (the write lock is
    ours; an id is always larger than every id the table had before)."""
    if not rows:
        return []
    connection.execute(insert(table), rows)
    ids = list(connection.scalars(select(table.c.id).where(own).order_by(table.c.id)))
    if len(ids) != len(rows):
        raise RuntimeError(f"{len(rows)} rows went into {table.name}, {len(ids)} came back")
    return ids


def write_rows(connection: Connection, data: dict[str, Any], *, fresh: bool, name: str) -> int:
    """The rows of a checked document's network under `name`; its new id."""
    network = data["network"]
    stamp = datetime.now(UTC).replace(microsecond=0)
    network_id = connection.execute(
        insert(_table(NetworkRow))
        .values(
            {
                "name": name,
                "description": network["description"],
                "created_at": stamp if fresh else parse_timestamp(network["created_at"]),
                "updated_at": stamp if fresh else parse_timestamp(network["updated_at"]),
                "focus_ring_key": network["wheel"]["focus_ring"],
                "focus_stakeholder_key": network["wheel"]["focus_stakeholder"],
                "iati_identifier": network["iati_identifier"],
                "iati_org_ref": network["iati_org_ref"],
            }
        )
        .returning(_table(NetworkRow).c.id)
    ).scalar_one()
    lines_table, steps_table = _table(LineRow), _table(LineStepRow)
    indicators_table, dimensions_table = _table(IndicatorRow), _table(DimensionRow)
    our_lines = select(lines_table.c.id).where(lines_table.c.network_id == network_id)
    our_indicators = select(indicators_table.c.id).where(
        indicators_table.c.line_id.in_(our_lines.scalar_subquery())
    )
    our_dimensions = select(dimensions_table.c.id).where(
        dimensions_table.c.indicator_id.in_(our_indicators.scalar_subquery())
    )
    _insert(
        connection,
        _table(StakeholderGroupRow),
        [
            {
                "network_id": network_id,
                "stakeholder_key": g["key"],
                "name": g["name"],
                "description": g["description"],
            }
            for g in network["stakeholders"]
            if g["name"] or g["description"]
        ],
    )
    locked = set(network["wheel"]["locked_rings"])
    _insert(
        connection,
        _table(RingPositionRow),
        [
            {
                "network_id": network_id,
                "ring_key": key,
                "segment_index": index,
                "locked": key in locked,
            }
            for key, index in network["wheel"]["arrangement"].items()
        ],
    )
    positions: dict[str, int] = {}
    core = []
    for entry in network["core"]:
        positions[entry["kind"]] = positions.get(entry["kind"], 0) + 1
        core.append(
            {
                "network_id": network_id,
                "kind": entry["kind"],
                "text": entry["text"],
                "position": positions[entry["kind"]],
            }
        )
    _insert(connection, _table(CoreEntryRow), core)
    moment_ids = dict(
        zip(
            [item["id"] for item in network["moments"]],
            _insert_ids(
                connection,
                _table(MomentRow),
                [
                    {
                        "network_id": network_id,
                        "label": item["label"],
                        "date": _date(item["date"]),
                        "focus": item["focus"],
                        "learnings": item["learnings"],
                        "position": item["position"],
                    }
                    for item in network["moments"]
                ],
                _table(MomentRow).c.network_id == network_id,
            ),
            strict=True,
        )
    )

    def moment(key: str | None) -> int | None:
        return moment_ids[key] if key else None

    lines = network["lines"]
    line_ids = _insert_ids(
        connection,
        _table(LineRow),
        [
            {
                "network_id": network_id,
                "title": item["title"],
                "direction": item["direction"],
                "status": item["status"],
                "assumptions": item["assumptions"],
                "created_at": parse_timestamp(item["created_at"]),
                "updated_at": parse_timestamp(item["updated_at"]),
            }
            for item in lines
        ],
        lines_table.c.network_id == network_id,
    )
    steps = [
        (line_id, step)
        for line_id, item in zip(line_ids, lines, strict=True)
        for step in item["steps"]
    ]
    step_ids = _insert_ids(
        connection,
        _table(LineStepRow),
        [
            {
                "line_id": line_id,
                "step_key": step["step"],
                "segment_key": step["segment"],
                "story": step["story"],
                "plausibility": step["plausibility"],
            }
            for line_id, step in steps
        ],
        steps_table.c.line_id.in_(our_lines.scalar_subquery()),
    )
    _insert(
        connection,
        _table(EvidenceRow),
        [
            {
                "step_id": step_id,
                "text": e["text"],
                "source": e["source"],
                "date": _date(e["date"]),
                "moment_id": moment(e["moment"]),
                "position": place,
                "photo": photos.decode(e["photo"]) if "photo" in e else None,
            }
            for step_id, (_line, step) in zip(step_ids, steps, strict=True)
            for place, e in enumerate(step["evidence"], start=1)
        ],
    )
    indicators = [
        (line_id, position, found)
        for line_id, item in zip(line_ids, lines, strict=True)
        for position, found in enumerate(item["indicators"], start=1)
    ]
    indicator_ids = _insert_ids(
        connection,
        _table(IndicatorRow),
        [
            {
                "line_id": line_id,
                "step_key": found["step"],
                "name": found["name"],
                "kind": found["kind"],
                "position": position,
                **{field: found[field] for field in INDICATOR_PLAN_FIELDS},
                "whole_rule": found["whole_rule"],
                "baseline_value": _number(found["baseline_value"]),
                "baseline_date": _date(found["baseline_date"]),
                "baseline_note": found["baseline_note"],
                "baseline_moment_id": moment(found["baseline_moment"]),
            }
            for line_id, position, found in indicators
        ],
        indicators_table.c.id.in_(our_indicators.scalar_subquery()),
    )
    dimensions = [
        (indicator_id, place, item)
        for indicator_id, (_line, _position, found) in zip(indicator_ids, indicators, strict=True)
        for place, item in enumerate(found["dimensions"], start=1)
    ]
    dimension_ids = _insert_ids(
        connection,
        _table(DimensionRow),
        [
            {"indicator_id": indicator_id, "name": item["name"], "position": place}
            for indicator_id, place, item in dimensions
        ],
        dimensions_table.c.id.in_(our_dimensions.scalar_subquery()),
    )
    members = [
        (dimension_id, order, group)
        for dimension_id, (_indicator, _place, item) in zip(dimension_ids, dimensions, strict=True)
        for order, group in enumerate(item["groups"], start=1)
    ]
    group_ids = _insert_ids(
        connection,
        _table(GroupRow),
        [
            {"dimension_id": dimension_id, "name": group, "position": order}
            for dimension_id, order, group in members
        ],
        _table(GroupRow).c.dimension_id.in_(our_dimensions.scalar_subquery()),
    )
    # Per indicator, per dimension in order: its groups' ids by name.
    by_dimension: dict[int, dict[str, int]] = {}
    for (dimension_id, _order, group), group_id in zip(members, group_ids, strict=True):
        by_dimension.setdefault(dimension_id, {})[group] = group_id
    groups_of: dict[int, list[dict[str, int]]] = {}
    for dimension_id, (indicator_id, _place, _item) in zip(dimension_ids, dimensions, strict=True):
        groups_of.setdefault(indicator_id, []).append(by_dimension.get(dimension_id, {}))
    measurements = []
    targets = []
    for indicator_id, (_line, _position, found) in zip(indicator_ids, indicators, strict=True):
        groups = groups_of.get(indicator_id, [])
        for m in found["measurements"]:
            measurements.append(
                {
                    "indicator_id": indicator_id,
                    "moment_id": moment_ids[m["moment"]],
                    "value": None if m["value"] is None else float(m["value"]),
                    "text": m["text"],
                    "note": m["note"],
                    "source": m["source"],
                    "measured_on": _date(m["date"]),
                    **_groups(groups, m["groups"]),
                }
            )
        for t in found["targets"]:
            targets.append(
                {
                    "indicator_id": indicator_id,
                    "moment_id": moment_ids[t["moment"]],
                    "value": None if t["value"] is None else float(t["value"]),
                    "text": t["text"],
                    "reason": t["reason"],
                    "set_at": parse_timestamp(t["set_at"]),
                    **_groups(groups, t["groups"]),
                }
            )
    _insert(connection, _table(MeasurementRow), measurements)
    _insert(connection, _table(TargetRow), targets)
    _insert(
        connection,
        _table(NoteRow),
        [
            {
                "network_id": network_id,
                "segment_key": item["segment"],
                "moment_id": moment(item["moment"]),
                "text": item["text"],
                "colour": item["colour"].upper(),
                "created_at": parse_timestamp(item["created_at"]),
            }
            for item in network["notes"]
        ],
    )
    return int(network_id)


def _table(row_type: Any) -> Table:
    return cast(Table, row_type.__table__)


def _groups(groups: list[dict[str, int]], names: list[str]) -> dict[str, int | None]:
    """The group ids of an entry's or a target's group names (one per dimension, or none)."""
    ids = [by_name[name] for by_name, name in zip(groups, names, strict=False)]
    return {
        "group_a_id": ids[0] if ids else None,
        "group_b_id": ids[1] if len(ids) > 1 else None,
    }


def _number(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
