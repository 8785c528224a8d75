"""A network with an indicator split by two dimensions, entries per group at A and B."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.groups import WholeRule
from app.core.model import Direction, IndicatorKind
from db import Store
from db.group_specs import DimensionSpec, GroupSpec

SCHOOLS = ("Da Vinci", "Rijnlands", "Bonaventura")
AGES = ("12–16", "17–21")


@dataclass(frozen=True)
class GroupedNetwork:
    network_id: int
    line_id: int
    indicator_id: int
    story_indicator_id: int
    moments: tuple[int, int]
    cells: dict[tuple[str, str], tuple[int, int]]  # (school, age) → group ids


def grouped_network(store: Store, name: str = "Leernetwerk Leiden") -> GroupedNetwork:
    """'Deelnemers' split by school and age, a sum; values per cell at A and B (B one higher
    per cell than A), targets for the whole and one cell, a baseline value, a story."""
    network = store.networks.create_network(name, "Scholen en gemeente")
    line = store.lines.create_line(
        network.id,
        ("ring1.s0", "ring2.s1", "ring3.s2", "stakeholders.s1"),
        Direction.OUTSIDE_IN,
        title="Meer jongeren in de techniek",
        stories={"ring1": "We bereiken leerlingen op drie scholen."},
    )
    a = store.learning.add_moment(network.id, "A", date(2025, 3, 1), "start")
    b = store.learning.add_moment(network.id, "B", date(2025, 9, 1), "half jaar")
    indicator = store.lines.add_indicator(
        line.id, "ring1", "Deelnemers", IndicatorKind.QUANTITATIVE, unit="leerlingen"
    )
    dimensions = store.groups.set_dimensions(
        indicator.id,
        [
            DimensionSpec("school", tuple(GroupSpec(s) for s in SCHOOLS)),
            DimensionSpec("leeftijd", tuple(GroupSpec(s) for s in AGES)),
        ],
    )
    store.groups.set_whole_rule(indicator.id, WholeRule.SUM)
    store.groups.set_baseline(indicator.id, 20.0, on=date(2024, 12, 1), note="telling 2024")
    cells = {
        (school.name, age.name): (school.id, age.id)
        for school in dimensions[0].groups
        for age in dimensions[1].groups
    }
    for number, cell in enumerate(cells.values(), start=1):
        store.groups.add_grouped_measurement(indicator.id, a.id, cell, float(number))
        store.groups.add_grouped_measurement(indicator.id, b.id, cell, float(number + 1))
    store.groups.set_grouped_target(indicator.id, b.id, (), 40.0, reason="subsidie")
    store.groups.set_grouped_target(indicator.id, b.id, cells[(SCHOOLS[0], AGES[0])], 5.0)
    story = store.lines.add_indicator(
        line.id, "stakeholders", "Verhalen", IndicatorKind.QUALITATIVE
    )
    store.learning.add_measurement(story.id, a.id, None, "Een leerling koos voor de techniek.")
    return GroupedNetwork(network.id, line.id, indicator.id, story.id, (a.id, b.id), cells)
