"""What differs per part of a network between three versions: as it was taken along, as it is
on the laptop now and as it is in the team store now (issue 22, bringing a network back).

Pure comparison of exchange documents (plain dicts in the exchange format, see README,
"Exchange format"); nothing here reads a store. Time stamps of the last change are left out:
they differ with every edit and say nothing about what changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Part(StrEnum):
    """The parts a facilitator recognises, in the order the dialog lists them."""

    CORE = "core"
    LINES = "lines"
    STORIES = "stories"
    INDICATORS = "indicators"
    LEARNING = "learning"  # the learning path: moments, measurements, targets
    NOTES = "notes"  # post-its
    WHEEL = "wheel"  # arrangement, locks, focus and the stakeholder groups' names


class Change(StrEnum):
    """How one part changed since it was taken along."""

    NONE = "none"  # the same on both sides as taken
    LAPTOP = "laptop"  # changed on the laptop only
    SERVER = "server"  # changed in the team store only
    BOTH_SAME = "both_same"  # changed on both sides, to the same
    BOTH = "both"  # changed on both sides, differently: a conflict


@dataclass(frozen=True)
class PartDifference:
    part: Part
    change: Change
    taken: int  # how many items the part had when taken along
    laptop: int  # … has on the laptop now
    server: int  # … has in the team store now

    @property
    def conflict(self) -> bool:
        return self.change is Change.BOTH


_STAMPS = frozenset({"updated_at"})


def _clean(value: Any) -> Any:
    """`value` without time stamps of the last change, at any depth."""
    if isinstance(value, Mapping):
        return {k: _clean(v) for k, v in value.items() if k not in _STAMPS}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def parts_of(document: Mapping[str, Any]) -> dict[Part, tuple[Any, int]]:
    """Each part of an exchange document as a comparable value and its number of items."""
    network = _clean(document["network"])
    lines = network.get("lines", [])
    line_shapes = [
        {
            **{k: v for k, v in line.items() if k not in {"steps", "indicators"}},
            "steps": [{"step": s["step"], "segment": s["segment"]} for s in line["steps"]],
        }
        for line in lines
    ]
    # Per line by its place, only where there is something: a line added without stories,
    # indicators or measurements changes the lines, not those parts as well.
    stories = [
        (place, steps)
        for place, line in enumerate(lines)
        if (
            steps := {
                step["step"]: {k: v for k, v in step.items() if k not in {"step", "segment"}}
                for step in line["steps"]
                if any(v for k, v in step.items() if k not in {"step", "segment"})
            }
        )
    ]
    indicators = [
        (
            place,
            [{k: v for k, v in i.items() if k not in {"measurements", "targets"}} for i in found],
        )
        for place, line in enumerate(lines)
        if (found := line["indicators"])
    ]
    measured = [
        (place, number, {"measurements": i["measurements"], "targets": i["targets"]})
        for place, line in enumerate(lines)
        for number, i in enumerate(line["indicators"])
        if i["measurements"] or i["targets"]
    ]
    core = {
        "name": network.get("name"),
        "description": network.get("description"),
        "iati_identifier": network.get("iati_identifier"),
        "iati_org_ref": network.get("iati_org_ref"),
        "core": network.get("core", []),
    }
    wheel = {"wheel": network.get("wheel"), "stakeholders": network.get("stakeholders", [])}
    return {
        Part.CORE: (core, len(core["core"])),
        Part.LINES: (line_shapes, len(lines)),
        Part.STORIES: (
            stories,
            sum(1 for _, steps in stories for step in steps.values() if step.get("story")),
        ),
        Part.INDICATORS: (indicators, sum(len(found) for _, found in indicators)),
        Part.LEARNING: (
            {"moments": network.get("moments", []), "measured": measured},
            sum(len(entry["measurements"]) for _, _, entry in measured),
        ),
        Part.NOTES: (network.get("notes", []), len(network.get("notes", []))),
        Part.WHEEL: (wheel, len(wheel["stakeholders"])),
    }


def compare(
    taken: Mapping[str, Any], laptop: Mapping[str, Any], server: Mapping[str, Any]
) -> tuple[PartDifference, ...]:
    """Per part, how the laptop's and the team store's versions differ from the one taken."""
    before, here, there = parts_of(taken), parts_of(laptop), parts_of(server)
    found = []
    for part in Part:
        (base, base_count), (mine, mine_count), (theirs, theirs_count) = (
            before[part],
            here[part],
            there[part],
        )
        mine_changed, theirs_changed = mine != base, theirs != base
        if mine_changed and theirs_changed:
            change = Change.BOTH_SAME if mine == theirs else Change.BOTH
        elif mine_changed:
            change = Change.LAPTOP
        elif theirs_changed:
            change = Change.SERVER
        else:
            change = Change.NONE
        found.append(PartDifference(part, change, base_count, mine_count, theirs_count))
    return tuple(found)


def has_conflict(differences: tuple[PartDifference, ...]) -> bool:
    return any(d.conflict for d in differences)
