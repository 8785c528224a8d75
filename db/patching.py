"""Patching a loaded network with what one write returned, instead of reading it all again.

The store's write methods return the records they wrote (a record, or a tuple of them: a
reorder returns every sibling) and a delete returns a `Snapshot` of every row it removed,
cascades included. `patched` puts those into a `NetworkContents` read earlier and keeps the
store's one order of every part (the order `Store.load_network` gives), so the result equals
a fresh read of the network. Where a write's result cannot say all it changed, `Written.of`
gives None and the caller reads again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from app.core.changes import Part
from app.core.model import Model
from db.records import (
    CoreEntry,
    Dimension,
    Evidence,
    Indicator,
    Line,
    Measurement,
    Moment,
    Network,
    NetworkContents,
    Note,
    Snapshot,
    Target,
    WheelState,
)

# Which part of the contents each kind of record belongs to (and its field there).
_RECORD_FIELDS: dict[type, str] = {
    Line: "lines",
    Evidence: "evidence",
    Indicator: "indicators",
    Dimension: "dimensions",
    Moment: "moments",
    Measurement: "measurements",
    Target: "targets",
    Note: "notes",
    CoreEntry: "core",
}
_FIELD_PARTS: dict[str, Part] = {
    "lines": Part.LINES,
    "evidence": Part.LINES,
    "indicators": Part.INDICATORS,
    "dimensions": Part.INDICATORS,
    "moments": Part.MOMENTS,
    "measurements": Part.MEASUREMENTS,
    "targets": Part.MEASUREMENTS,
    "notes": Part.NOTES,
    "core": Part.CORE,
    "network": Part.NETWORK,
    "wheel": Part.WHEEL,
}
# A removed row's table, and the field its records are in; None: removed with its parent
# (a line's steps, a dimension's groups) and shown by no record of its own.
_TABLE_FIELDS: dict[str, str | None] = {
    "reasoning_lines": "lines",
    "line_steps": None,
    "step_evidence": "evidence",
    "indicators": "indicators",
    "indicator_dimensions": "dimensions",
    "dimension_groups": None,
    "moments": "moments",
    "measurements": "measurements",
    "indicator_targets": "targets",
    "notes": "notes",
    "core_entries": "core",
    "room_arrivals": None,
}
# The parts a patch must have records of to be whole; the others the Workshop can read on
# their own with one query (notes, core, network, wheel) or patches itself (stories).
PATCH_NEEDS_RECORDS = Part.LINES | Part.INDICATORS | Part.MOMENTS | Part.MEASUREMENTS


@dataclass(frozen=True, slots=True)
class Written:
    """What one write changed: records written (per field of `NetworkContents`) and ids of
    records removed (per field), from a write method's result."""

    records: Mapping[str, tuple[Any, ...]]
    removed: Mapping[str, frozenset[int]]

    @classmethod
    def of(cls, result: object) -> Written | None:
        """The records in a write's `result` (a record, a tuple or list of them, or a
        delete's Snapshot); None where it holds something else (then it says too little)."""
        if isinstance(result, Snapshot):
            return cls._of_snapshot(result)
        items = result if isinstance(result, tuple | list) else (result,)
        records: dict[str, list[Any]] = {}
        for item in items:
            if isinstance(item, Network):
                records.setdefault("network", []).append(item)
            elif isinstance(item, WheelState):
                records.setdefault("wheel", []).append(item)
            elif type(item) in _RECORD_FIELDS:
                records.setdefault(_RECORD_FIELDS[type(item)], []).append(item)
            else:
                return None
        if not records:
            return None
        return cls({name: tuple(found) for name, found in records.items()}, {})

    @classmethod
    def _of_snapshot(cls, snapshot: Snapshot) -> Written | None:
        if not snapshot.rows or snapshot.rows[0][0] not in _TABLE_FIELDS:
            return None  # a network, a stakeholder group …: not a part of a network's lists
        if _TABLE_FIELDS[snapshot.rows[0][0]] is None:
            return None  # a line's step or a dimension's group alone changes its parent
        removed: dict[str, set[int]] = {}
        for table, values in snapshot.rows:
            name = _TABLE_FIELDS.get(table)
            if name is not None:
                row_id = dict(values)["id"]
                assert isinstance(row_id, int)
                removed.setdefault(name, set()).add(row_id)
        return cls({}, {name: frozenset(ids) for name, ids in removed.items()})

    def parts(self) -> Part:
        """The parts the records belong to."""
        whole = Part(0)
        for name in (*self.records, *self.removed):
            whole |= _FIELD_PARTS[name]
        return whole

    def ids(self) -> dict[Part, frozenset[int]]:
        """The ids of the records written or removed, per part."""
        found: dict[Part, set[int]] = {}
        for name, records in self.records.items():
            if name not in ("network", "wheel"):
                found.setdefault(_FIELD_PARTS[name], set()).update(r.id for r in records)
        for name, ids in self.removed.items():
            found.setdefault(_FIELD_PARTS[name], set()).update(ids)
        return {part: frozenset(ids) for part, ids in found.items()}

    def covers(self, parts: Part) -> bool:
        """Whether the records say all a change to `parts` did (a delete's snapshot holds all
        it removed; a write must have returned records of each part it names)."""
        if self.removed:
            return True
        have = self.parts()
        if have & (Part.INDICATORS | Part.MOMENTS):
            # Writes that return indicators or moments (a reorder) change no measurement,
            # only the measurements' order, which `patched` follows.
            have |= Part.MEASUREMENTS
        return not (parts & PATCH_NEEDS_RECORDS & ~have)


def patched(
    contents: NetworkContents,
    written: Written,
    model: Model,
    stamps: Mapping[tuple[str, int], datetime] | None = None,
) -> NetworkContents:
    """`contents` with `written` put in, every part in the store's order; `stamps` (the
    store's `stamps`) give the new `updated_at` of a line whose indicator or evidence was
    written."""
    changes: dict[str, Any] = {}
    stamps = stamps or {}
    below = {
        record.line_id
        for name in ("indicators", "evidence")
        for record in written.records.get(name, ())
    }
    if below:
        lines = []
        for line in contents.lines:
            stamp = stamps.get(("line", line.id)) if line.id in below else None
            lines.append(line if stamp is None else replace(line, updated_at=stamp))
        changes["lines"] = lines
    for name, records in written.records.items():
        if name in ("network", "wheel"):
            changes[name] = records[-1]
            continue
        by_id = {record.id: record for record in records}
        kept = [by_id.pop(old.id, old) for old in changes.get(name, getattr(contents, name))]
        changes[name] = [*kept, *by_id.values()]
    for name, ids in written.removed.items():
        current = changes.get(name, getattr(contents, name))
        changes[name] = [record for record in current if record.id not in ids]
    gone_moments = written.removed.get("moments", frozenset())
    if gone_moments:  # an indicator's baseline moment is set to none (ON DELETE SET NULL)
        current = changes.get("indicators", contents.indicators)
        changes["indicators"] = [
            replace(i, baseline_moment_id=None) if i.baseline_moment_id in gone_moments else i
            for i in current
        ]
    return _in_order(replace(contents, **changes), set(changes), model)


def in_store_order(contents: NetworkContents, model: Model) -> NetworkContents:
    """Every part of `contents` in the store's one order (`db.reading` reads unordered)."""
    return _in_order(contents, set(_FIELD_PARTS) - {"network", "wheel"}, model)


def _in_order(contents: NetworkContents, changed: set[str], model: Model) -> NetworkContents:
    """Sort the parts that changed (and those ordered by them) as `Store.load_network` does."""
    steps = {key: rank for rank, key in enumerate(model.step_keys)}
    changes: dict[str, Any] = {}

    def sort(name: str, key: Callable[[Any], Any]) -> None:
        changes[name] = tuple(sorted(getattr(contents, name), key=key))

    if "lines" in changed:
        sort("lines", lambda line: line.id)
    if changed & {"indicators", "lines"}:
        sort(
            "indicators",
            lambda i: (i.line_id, steps.get(i.step_key, len(steps)), i.position, i.id),
        )
    indicators = changes.get("indicators", contents.indicators)
    if "moments" in changed:
        sort("moments", _moment_order)
    moments = changes.get("moments", contents.moments)
    if changed & {"indicators", "lines", "moments", "measurements", "targets", "dimensions"}:
        place = {indicator.id: rank for rank, indicator in enumerate(indicators)}
        rank = {moment.id: order for order, moment in enumerate(moments)}
        if changed & {"indicators", "lines", "moments", "measurements"}:
            sort("measurements", lambda m: (place[m.indicator_id], rank[m.moment_id], m.id))
        if changed & {"indicators", "lines", "targets"}:
            sort("targets", lambda t: (place[t.indicator_id], t.set_at, t.id))
        if changed & {"indicators", "lines", "dimensions"}:
            sort("dimensions", lambda d: (place[d.indicator_id], d.position, d.id))
    if changed & {"evidence", "lines"}:
        sort("evidence", lambda e: (e.line_id, steps.get(e.step_key, 99), e.position, e.id))
    if "notes" in changed:
        sort("notes", lambda note: note.id)
    if "core" in changed:
        kinds = {part.key: rank for rank, part in enumerate(model.core.segments)}
        sort("core", lambda e: (kinds.get(e.kind, len(kinds)), e.position, e.id))
    for name in changed & {"lines", "evidence", "indicators", "dimensions", "notes", "core"}:
        changes.setdefault(name, tuple(getattr(contents, name)))
    for name in changed & {"moments", "measurements", "targets"}:
        changes.setdefault(name, tuple(getattr(contents, name)))
    return replace(contents, **changes)


def _moment_order(moment: Moment) -> tuple[int, bool, Any, str, int]:
    """`db.store_learning.moment_order`, on a record."""
    return moment.position or 0, moment.date is None, moment.date or 0, moment.label, moment.id
