"""Indicators split by group: how a moment's entries fall into groups and what the whole is.

An indicator may be split by one or two dimensions ("school", "leeftijd"), each with its
groups. An entry carries a group of every dimension (a cell) or of none (the whole). Whether
the whole follows from the cells is the indicator's own rule: counts add up (sum), scores and
percentages may be averaged (mean), and some cannot be combined at all (not computable).
The program never adds groups up silently: without a rule the whole is not computable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

MAX_DIMENSIONS = 2
MAX_GROUPS = 50  # groups per dimension: a table of schools or neighbourhoods, not a list of people


class WholeRule(StrEnum):
    """How the whole of a moment follows from its groups."""

    SUM = "sum"
    MEAN = "mean"
    NOT_COMPUTABLE = "none"


Cell = tuple[int, ...]
"""The groups of an entry, one id per dimension in the dimension's order; () is the whole."""


@dataclass(frozen=True, slots=True)
class GroupedValue:
    """A value of one cell at one moment (the mean of that cell's entries)."""

    cell: Cell
    value: float


def cell_values(entries: Iterable[tuple[Cell, float | None]]) -> dict[Cell, float]:
    """The value of every cell that has numbers at a moment: the mean of its entries' values
    (several entries of one cell are several readings of the same thing)."""
    found: dict[Cell, list[float]] = {}
    for cell, value in entries:
        if value is not None:
            found.setdefault(cell, []).append(value)
    return {cell: sum(values) / len(values) for cell, values in found.items()}


def whole_of(rule: WholeRule | None, entries: Iterable[tuple[Cell, float | None]]) -> float | None:
    """The whole at one moment: a whole entered as such wins (the mean of those entries);
    else the cells combined by `rule`; None when there is nothing or the rule forbids it."""
    values = cell_values(entries)
    if () in values:
        return values[()]
    cells = list(values.values())
    if not cells or rule is None or rule is WholeRule.NOT_COMPUTABLE:
        return None
    if rule is WholeRule.SUM:
        return sum(cells)
    return sum(cells) / len(cells)


def whole_is_computed(rule: WholeRule | None, entries: Iterable[tuple[Cell, float | None]]) -> bool:
    """Whether the whole of a moment comes from its groups (not entered as a whole)."""
    values = cell_values(entries)
    return () not in values and bool(values) and rule in (WholeRule.SUM, WholeRule.MEAN)


def cells(dimensions: Sequence[Sequence[int]]) -> tuple[Cell, ...]:
    """Every cell of the dimensions' groups (ids), the first dimension varying slowest."""
    if not dimensions:
        return ()
    result: list[Cell] = [()]
    for groups in dimensions:
        result = [(*cell, group) for cell in result for group in groups]
    return tuple(result)
