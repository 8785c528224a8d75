"""Plausibility levels: an order, the weakest step, and marks that need no colour."""

from __future__ import annotations

import pytest

from app.core.plausibility import LEVELS, Plausibility, filled_pips, mark, rank, weakest


def test_levels_run_from_not_yet_to_well_supported():
    assert [rank(level) for level in LEVELS] == [0, 1, 2, 3]
    assert rank(None) < rank(Plausibility.NOT_YET)


def test_each_level_has_its_own_shape_not_only_a_colour():
    marks = [mark(level) for level in (None, *LEVELS)]
    assert marks == ["?", "○○○", "●○○", "●●○", "●●●"]
    assert len(set(marks)) == len(marks)
    assert [filled_pips(level) for level in LEVELS] == [0, 1, 2, 3]


def test_the_weakest_step_is_the_first_of_the_lowest():
    steps = [
        ("core", Plausibility.WELL_SUPPORTED),
        ("ring1", Plausibility.PARTLY),
        ("ring2", Plausibility.PARTLY),
        ("ring3", Plausibility.PLAUSIBLE),
    ]
    assert weakest(steps) == ("ring1", Plausibility.PARTLY)
    assert weakest([*steps, ("stakeholders", None)]) == ("stakeholders", None)
    with pytest.raises(ValueError):
        weakest([])
