"""An indicator's points over the learning path, one per moment, read from a network's records:
what the screen's chart and the report's chart both draw; with groups, a series per group and
the whole by the indicator's rule."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.groups import Cell, cells, whole_of
from app.core.model import IndicatorKind
from app.core.trend import GroupSeries, TrendPoint
from db.records import Indicator, Measurement, Moment, NetworkContents


def entries_at(
    contents: NetworkContents, indicator: Indicator, moment: Moment
) -> tuple[Measurement, ...]:
    return contents.measurements_of(indicator.id, moment.id)


def trend_points(contents: NetworkContents, indicator: Indicator) -> tuple[TrendPoint, ...]:
    """One point per moment: for numbers the whole (the mean of the entries of the whole; for
    an indicator split by group, the groups by its rule, None where not computable), for
    stories how many were told; with the target set for that moment."""
    points = []
    for moment in contents.moments:
        entries = entries_at(contents, indicator, moment)
        target = contents.target_at(indicator.id, moment.id)
        if indicator.kind is IndicatorKind.QUALITATIVE:
            told = sum(1 for entry in entries if entry.text.strip())
            points.append(TrendPoint(moment.label, float(told) if entries else None))
            continue
        value = whole_of(indicator.whole_rule, [(entry.groups, entry.value) for entry in entries])
        points.append(TrendPoint(moment.label, value, target.value if target is not None else None))
    return tuple(points)


def group_cells(contents: NetworkContents, indicator: Indicator) -> tuple[Cell, ...]:
    """Every cell of the indicator's dimensions (() when it is not split)."""
    dimensions = contents.dimensions_of(indicator.id)
    return cells([[group.id for group in dimension.groups] for dimension in dimensions])


def cell_value(entries: tuple[Measurement, ...], cell: Cell) -> float | None:
    """A group's value at a moment: the mean of its entries' values (None: not measured)."""
    values = [e.value for e in entries if e.groups == cell and e.value is not None]
    return sum(values) / len(values) if values else None


def group_series(contents: NetworkContents, indicator: Indicator) -> tuple[GroupSeries, ...]:
    """One series per group with any value, beside the whole (numbers only)."""
    if indicator.kind is IndicatorKind.QUALITATIVE:
        return ()
    series = []
    for cell in group_cells(contents, indicator):
        values = tuple(
            cell_value(entries_at(contents, indicator, moment), cell) for moment in contents.moments
        )
        if any(value is not None for value in values):
            series.append(GroupSeries(contents.group_label(indicator.id, cell), values))
    return tuple(series)


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A row of an indicator's table: a group (or the whole) and its value per moment."""

    label: str
    cell: Cell
    values: tuple[float | None, ...]
    computed: bool = False  # the whole, computed from the groups by the indicator's rule


def group_rows(contents: NetworkContents, indicator: Indicator) -> tuple[GroupRow, ...]:
    """The whole first, then every group, with a value per moment (numbers only)."""
    pairs_per_moment = [
        [(e.groups, e.value) for e in entries_at(contents, indicator, moment)]
        for moment in contents.moments
    ]
    whole = tuple(whole_of(indicator.whole_rule, pairs) for pairs in pairs_per_moment)
    computed = any(
        pairs and not any(cell == () and v is not None for cell, v in pairs) and value is not None
        for pairs, value in zip(pairs_per_moment, whole, strict=True)
    )
    rows = [GroupRow("", (), whole, computed)]
    for cell in group_cells(contents, indicator):
        values = tuple(
            cell_value(entries_at(contents, indicator, moment), cell) for moment in contents.moments
        )
        rows.append(GroupRow(contents.group_label(indicator.id, cell), cell, values))
    return tuple(rows)
