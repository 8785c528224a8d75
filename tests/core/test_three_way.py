"""The three-way comparison of a network taken along (app.core.three_way), property-tested."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.core.three_way import Change, Part, compare, has_conflict

words = st.text(alphabet="abcdé xyz", max_size=6)
stamps = st.sampled_from(["2026-01-01T10:00:00Z", "2026-05-02T11:30:00Z"])


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """An exchange-shaped document with a few of everything."""
    moments = [{"id": f"m{n}", "label": draw(words)} for n in range(1, draw(st.integers(1, 3)))]
    refs = [m["id"] for m in moments] or [None]

    def indicator() -> dict[str, Any]:
        return {
            "step": "result",
            "name": draw(words),
            "measurements": [
                {"moment": draw(st.sampled_from(refs)), "value": draw(st.integers(0, 9))}
                for _ in range(draw(st.integers(0, 2)))
            ],
            "targets": [{"moment": draw(st.sampled_from(refs)), "value": draw(st.integers(0, 9))}]
            if draw(st.booleans())
            else [],
        }

    lines = [
        {
            "title": draw(words),
            "direction": draw(st.sampled_from(["forward", "backward"])),
            "updated_at": draw(stamps),
            "steps": [
                {"step": key, "segment": draw(words), "story": draw(words), "evidence": []}
                for key in ("core", "result")
            ],
            "indicators": [indicator() for _ in range(draw(st.integers(0, 2)))],
        }
        for _ in range(draw(st.integers(1, 3)))
    ]
    return {
        "format": "netimpact-network",
        "version": 3,
        "network": {
            "name": draw(words),
            "description": draw(words),
            "updated_at": draw(stamps),
            "iati_identifier": "",
            "iati_org_ref": "",
            "stakeholders": [{"key": "s1", "name": draw(words), "description": ""}],
            "wheel": {"arrangement": {"r1": draw(st.integers(0, 5))}, "locked_rings": []},
            "core": [{"kind": "goal", "text": draw(words)} for _ in range(draw(st.integers(0, 2)))],
            "moments": moments,
            "lines": lines,
            "notes": [
                {"segment": "s1", "text": draw(words)} for _ in range(draw(st.integers(0, 3)))
            ],
        },
    }


def change_part(document: dict[str, Any], part: Part, mark: str = "CHANGED") -> dict[str, Any]:
    """A copy of `document` with only `part` changed (by a text no generated text has)."""
    changed = copy.deepcopy(document)
    network = changed["network"]
    if part is Part.CORE:
        network["core"].append({"kind": "goal", "text": mark})
    elif part is Part.LINES:
        network["lines"].append(
            {"title": mark, "direction": "forward", "steps": [], "indicators": []}
        )
    elif part is Part.STORIES:
        network["lines"][0]["steps"][0]["story"] = mark
    elif part is Part.INDICATORS:
        network["lines"][0]["indicators"].append(
            {"step": "result", "name": mark, "measurements": [], "targets": []}
        )
    elif part is Part.LEARNING:
        network["moments"].append({"id": "m9", "label": mark})
    elif part is Part.NOTES:
        network["notes"].append({"segment": "s1", "text": mark})
    elif part is Part.WHEEL:
        network["wheel"]["arrangement"]["r1"] = 90 + len(mark)
    return changed


@given(documents())
def test_nothing_changed_is_nothing_different(document: dict[str, Any]) -> None:
    assert {d.change for d in compare(document, document, document)} == {Change.NONE}


@given(documents(), documents(), documents())
def test_laptop_and_server_are_mirror_images(
    taken: dict[str, Any], laptop: dict[str, Any], server: dict[str, Any]
) -> None:
    mirror = {Change.LAPTOP: Change.SERVER, Change.SERVER: Change.LAPTOP}
    forward, backward = compare(taken, laptop, server), compare(taken, server, laptop)
    for one, other in zip(forward, backward, strict=True):
        assert other.change == mirror.get(one.change, one.change)
        assert (one.laptop, one.server) == (other.server, other.laptop)


@given(documents(), st.sampled_from(list(Part)))
def test_a_change_on_one_side_is_found_in_its_part_only(
    document: dict[str, Any], part: Part
) -> None:
    changed = change_part(document, part)
    found = {d.part: d.change for d in compare(document, changed, document)}
    changed_parts = {p for p, c in found.items() if c is not Change.NONE}
    assert len(changed_parts) == 1
    assert set(found.values()) == {Change.NONE, Change.LAPTOP}
    found = {d.part: d.change for d in compare(document, document, changed)}
    assert set(found.values()) == {Change.NONE, Change.SERVER}


@given(documents(), st.sampled_from(list(Part)), st.sampled_from(list(Part)))
def test_a_conflict_is_the_same_part_changed_differently_on_both_sides(
    document: dict[str, Any], mine: Part, theirs: Part
) -> None:
    laptop = change_part(document, mine)
    server = change_part(document, theirs, "OTHER CHANGE")
    differences = compare(document, laptop, server)
    conflicts = {d.part for d in differences if d.conflict}
    laptop_parts = {
        d.part for d in compare(document, laptop, document) if d.change is not Change.NONE
    }
    server_parts = {
        d.part for d in compare(document, document, server) if d.change is not Change.NONE
    }
    assert conflicts == laptop_parts & server_parts
    assert has_conflict(differences) == bool(conflicts)


@given(documents(), documents())
def test_the_same_version_on_both_sides_never_conflicts(
    taken: dict[str, Any], now: dict[str, Any]
) -> None:
    differences = compare(taken, now, now)
    assert not has_conflict(differences)
    assert all(d.change in {Change.NONE, Change.BOTH_SAME} for d in differences)


@given(documents(), stamps)
def test_time_stamps_of_the_last_change_are_no_difference(
    document: dict[str, Any], stamp: str
) -> None:
    touched = copy.deepcopy(document)
    touched["network"]["updated_at"] = stamp
    for line in touched["network"]["lines"]:
        line["updated_at"] = stamp
    assert {d.change for d in compare(document, touched, document)} == {Change.NONE}


def test_counts_are_the_parts_items() -> None:
    document = {
        "network": {
            "name": "n",
            "core": [{"kind": "goal", "text": "a"}],
            "lines": [
                {
                    "title": "t",
                    "steps": [{"step": "core", "segment": None, "story": "s", "evidence": []}],
                    "indicators": [
                        {"name": "i", "measurements": [{"value": 1}, {"value": 2}], "targets": []}
                    ],
                }
            ],
            "notes": [{"text": "x"}, {"text": "y"}],
            "moments": [],
            "stakeholders": [],
        }
    }
    counts = {d.part: d.laptop for d in compare(document, document, document)}
    assert counts == {
        Part.CORE: 1,
        Part.LINES: 1,
        Part.STORIES: 1,
        Part.INDICATORS: 1,
        Part.LEARNING: 2,
        Part.NOTES: 2,
        Part.WHEEL: 0,
    }
