"""How plausible a step of a reasoning line is made: the article's aim is to make a network's
contribution plausible, not to prove it. Four levels, an order, and a mark that says the level
without colour (filled and open pips), used by the beam on screen and the poster alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Plausibility(StrEnum):
    """A step's judgement, weakest first."""

    NOT_YET = "not_yet"
    PARTLY = "partly"
    PLAUSIBLE = "plausible"
    WELL_SUPPORTED = "well_supported"


LEVELS: tuple[Plausibility, ...] = tuple(Plausibility)
"""Weakest first: the rank of a level is its place here."""

PIPS = len(LEVELS) - 1
"""Pips in a mark: 'not yet' fills none, 'well supported' fills all three."""


def rank(level: Plausibility | None) -> int:
    """0 … 3; a step not judged yet counts as 'not yet plausible' (-1 keeps it apart)."""
    return -1 if level is None else LEVELS.index(level)


def filled_pips(level: Plausibility | None) -> int:
    """How many of the `PIPS` pips a level fills (a shape, so readable without colour)."""
    return max(rank(level), 0)


def mark(level: Plausibility | None) -> str:
    """The level as text pips: '●●○' for 'plausible', '?' for not judged."""
    if level is None:
        return "?"
    filled = filled_pips(level)
    return "●" * filled + "○" * (PIPS - filled)


def weakest(levels: Iterable[tuple[str, Plausibility | None]]) -> tuple[str, Plausibility | None]:
    """The (step key, level) with the lowest rank; the first of equals (inside out).

    Raises ValueError for no steps at all.
    """
    chosen: tuple[str, Plausibility | None] | None = None
    for item in levels:
        if chosen is None or rank(item[1]) < rank(chosen[1]):
            chosen = item
    if chosen is None:
        raise ValueError("a line without steps has no weakest step")
    return chosen
