"""Reading one whole network straight into records: one plain SELECT per table, whatever the
network's size, no ORM objects in between (building them cost more than the SQL).

The rows name their columns as the ORM objects name their attributes, so the conversions of
`db.convert` apply to them unchanged; the parts are put in the store's one order by
`db.patching` (the order a patched copy keeps too).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Connection, Integer, Table, bindparam, select

from app.core.model import Model
from db import convert
from db.errors import NotFoundError
from db.records import NetworkContents
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


def _table(row_type: Any) -> Table:
    return cast(Table, row_type.__table__)


_networks, _groups, _positions, _core = map(
    _table, (NetworkRow, StakeholderGroupRow, RingPositionRow, CoreEntryRow)
)
_lines, _steps, _evidence, _indicators = map(
    _table, (LineRow, LineStepRow, EvidenceRow, IndicatorRow)
)
_dimensions, _dimension_groups, _moments = map(_table, (DimensionRow, GroupRow, MomentRow))
_measurements, _targets, _notes = map(_table, (MeasurementRow, TargetRow, NoteRow))


def _statements() -> dict[str, Any]:
    """The SELECTs of one network (its id bound as "network"), by what they read."""
    network_id = bindparam("network", type_=Integer)
    line_ids = select(_lines.c.id).where(_lines.c.network_id == network_id).scalar_subquery()
    indicator_ids = (
        select(_indicators.c.id).where(_indicators.c.line_id.in_(line_ids)).scalar_subquery()
    )
    moment_ids = select(_moments.c.id).where(_moments.c.network_id == network_id).scalar_subquery()
    return {
        "network": select(_networks).where(_networks.c.id == network_id),
        "groups": select(_groups).where(_groups.c.network_id == network_id),
        "positions": select(_positions).where(_positions.c.network_id == network_id),
        "core": select(_core).where(_core.c.network_id == network_id),
        "lines": select(_lines).where(_lines.c.network_id == network_id),
        "steps": select(_steps).where(_steps.c.line_id.in_(line_ids)),
        "evidence": select(_evidence, _steps.c.line_id, _steps.c.step_key)
        .join(_steps, _steps.c.id == _evidence.c.step_id)
        .where(_steps.c.line_id.in_(line_ids)),
        "indicators": select(_indicators).where(_indicators.c.line_id.in_(line_ids)),
        "dimensions": select(_dimensions).where(_dimensions.c.indicator_id.in_(indicator_ids)),
        "dimension_groups": select(_dimension_groups)
        .join(_dimensions, _dimensions.c.id == _dimension_groups.c.dimension_id)
        .where(_dimensions.c.indicator_id.in_(indicator_ids)),
        "moments": select(_moments).where(_moments.c.network_id == network_id),
        "measurements": select(
            *(_measurements.c[name] for name in convert.MEASUREMENT_COLUMNS)
        ).where(_measurements.c.moment_id.in_(moment_ids)),
        "targets": select(_targets).where(_targets.c.moment_id.in_(moment_ids)),
        "notes": select(_notes).where(_notes.c.network_id == network_id),
    }


_STATEMENTS = _statements()  # built once: building and keying them cost more than running
# Each statement's rows as named tuples of its columns: `db.convert` reads a row's columns by
# name, and a named tuple's are read in C, where a result row's each cost a Python call (an
# indicator's thirty made its conversion five times slower). The measurements are read by
# position (`convert.measurements_of`) and stay as they come.
_NAMED: dict[str, Callable[[Iterable[Any]], Any]] = {
    name: cast(Any, namedtuple(f"{name}_row", statement.selected_columns.keys()))._make
    for name, statement in _STATEMENTS.items()
    if name != "measurements"
}


def read_network(connection: Connection, network_id: int, model: Model) -> NetworkContents:
    """Everything of one network (inside the caller's transaction: one consistent view)."""
    rows: dict[str, Sequence[Any]] = {  # result rows, read as the objects are
        name: connection.execute(statement, {"network": network_id}).all()
        for name, statement in _STATEMENTS.items()
    }
    for name, named in _NAMED.items():
        rows[name] = list(map(named, rows[name]))
    if not rows["network"]:
        raise NotFoundError(f"there is no network with id {network_id!r}")
    return convert.network_contents(rows, model)
