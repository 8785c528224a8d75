"""Undoable edits of an indicator's groups: its dimensions with their groups, how the whole
follows, its baseline value, and entries per group. Built on the Workshop's `UndoableEdits`
(one undo step per dialog) and its change parts, so every view refreshes as for any edit."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.core.groups import Cell, WholeRule
from app.ui.control.parts import INDICATORS, MEASUREMENTS
from app.ui.control.workshop import Workshop
from db.group_specs import DimensionSpec, GroupSpec
from db.records import Indicator

translate = QCoreApplication.translate


def specs_of(workshop: Workshop, indicator_id: int) -> list[DimensionSpec]:
    """The indicator's dimensions now, as specs that keep their ids."""
    return [
        DimensionSpec(d.name, tuple(GroupSpec(g.name, g.id) for g in d.groups), d.id)
        for d in workshop.contents.dimensions_of(indicator_id)
    ]


def save_groups(
    workshop: Workshop,
    indicator: Indicator,
    dimensions: Sequence[DimensionSpec],
    rule: WholeRule | None,
    baseline: tuple[float | None, date | None, str],
    *,
    merge: bool = False,
) -> None:
    """Make the dimensions, rule and baseline these in one undo step. Raises the store's
    `GroupsInUseError` (nothing changed) when entries use a group that would go and `merge`
    is False. Undo puts the definitions, rule and baseline back; entries merged into the
    whole stay there (their groups were removed)."""
    store = workshop.store
    old_specs = [
        DimensionSpec(spec.name, tuple(GroupSpec(g.name) for g in spec.groups))
        for spec in specs_of(workshop, indicator.id)
    ]
    old_rule = indicator.whole_rule
    old_baseline = (indicator.baseline_value, indicator.baseline_date, indicator.baseline_note)
    value, on, note = baseline
    # Checked (and refused, unchanged) before the undo step is made.
    store.groups.set_dimensions(indicator.id, dimensions, merge=merge)

    def apply() -> None:
        current = specs_of_store(workshop, indicator.id)
        if _names(current) != _names(dimensions):
            store.groups.set_dimensions(indicator.id, _by_name(current, dimensions), merge=True)
        store.groups.set_whole_rule(indicator.id, rule)
        store.groups.set_baseline(indicator.id, value, on=on, note=note)

    def revert() -> None:
        store.groups.set_dimensions(indicator.id, old_specs, merge=True)
        store.groups.set_whole_rule(indicator.id, old_rule)
        store.groups.set_baseline(
            indicator.id, old_baseline[0], on=old_baseline[1], note=old_baseline[2]
        )

    workshop.edits.push_simple(
        translate("Workshop", "Edit groups"), apply, revert, INDICATORS, MEASUREMENTS
    )


def specs_of_store(workshop: Workshop, indicator_id: int) -> list[DimensionSpec]:
    return [
        DimensionSpec(d.name, tuple(GroupSpec(g.name, g.id) for g in d.groups), d.id)
        for d in workshop.store.groups.list_dimensions(indicator_id)
    ]


def _names(specs: Sequence[DimensionSpec]) -> list[tuple[str, tuple[str, ...]]]:
    return [(s.name, tuple(g.name for g in s.groups)) for s in specs]


def _by_name(
    current: Sequence[DimensionSpec], wanted: Sequence[DimensionSpec]
) -> list[DimensionSpec]:
    """`wanted` with the ids of `current`'s dimensions and groups of the same name (a redo)."""
    result = []
    for place, spec in enumerate(wanted):
        same = current[place] if place < len(current) and current[place].name == spec.name else None
        ids = {g.name: g.id for g in same.groups} if same else {}
        result.append(
            DimensionSpec(
                spec.name,
                tuple(GroupSpec(g.name, ids.get(g.name)) for g in spec.groups),
                same.id if same else None,
            )
        )
    return result


def add_group_entries(
    workshop: Workshop, indicator_id: int, moment_id: int, values: Sequence[tuple[Cell, float]]
) -> None:
    """One entry per group at a moment, in one undo step."""
    store = workshop.store
    added: list[int] = []

    def apply() -> None:
        added.clear()
        for cell, value in values:
            added.append(
                store.groups.add_grouped_measurement(indicator_id, moment_id, cell, value).id
            )

    def revert() -> None:
        for entry_id in added:
            store.learning.delete_measurement(entry_id)

    workshop.edits.push_simple(
        translate("Workshop", "Enter values per group"), apply, revert, MEASUREMENTS
    )


def set_group_target(
    workshop: Workshop,
    indicator_id: int,
    moment_id: int,
    cell: Cell,
    value: float | None,
    text: str,
    reason: str,
) -> int:
    """A new target of a group at a moment; the one before stays in its history."""
    store = workshop.store
    return workshop.edits.push_create(
        translate("Workshop", "Set target"),
        lambda: store.groups.set_grouped_target(indicator_id, moment_id, cell, value, text, reason),
        store.learning.delete_target,
        MEASUREMENTS,
    )
