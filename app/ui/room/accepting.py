"""Accepting what the room measured: answers to an indicator become measurement entries of it
at the moment it was asked for, stories of change become evidence on the matching steps of a
line. Each accept is one undo step; accepting many measurements is one step and one
transaction that also takes them out of the store's queue. A step's plausibility is never
touched: weighing the evidence stays with the facilitator."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.core.groups import Cell
from app.room.submission import Incoming
from app.ui.control.measure_edits import add_measurements
from app.ui.control.workshop import Workshop
from db.records import Dimension, Line, NewMeasurement

translate = QCoreApplication.translate


class StoryFitsNoStepError(ValueError):
    """None of the segments the teller chose is a step of the line."""


def source_of(item: Incoming) -> str:
    """Where an entry came from: "de zaal", with the name when one was given."""
    if item.name:
        return translate("Room", "the room (%1)").replace("%1", item.name)
    return translate("Room", "the room")


def entry_groups(item: Incoming, dimensions: Sequence[Dimension]) -> Cell:
    """The group ids of the groups the phone chose, when they still are the indicator's
    groups (dimension by dimension, in order); else () (the whole)."""
    assert item.indicator is not None
    cell = item.indicator.cell(item.groups)
    if len(cell) != len(dimensions) or any(
        group_id not in {g.id for g in dimension.groups}
        for dimension, group_id in zip(dimensions, cell, strict=False)
    ):
        return ()
    return cell


def new_entry(item: Incoming, day: date, dimensions: Sequence[Dimension] = ()) -> NewMeasurement:
    assert item.indicator is not None
    return NewMeasurement(
        item.indicator.indicator_id,
        item.indicator.moment_id,
        item.value if item.indicator.number else None,
        "" if item.indicator.number else item.text,
        source_of(item),
        day,
        groups=entry_groups(item, dimensions),
    )


def add_entries(
    workshop: Workshop, items: Sequence[Incoming], day: date, title: str
) -> tuple[int, ...]:
    """The measurements of `items` in one transaction that also empties their places in the
    queue; one undo step (undo deletes the entries, redo puts the same back). A photo sent
    with an answer is kept as evidence on the indicator's step, in the same undo step."""
    contents = workshop.contents
    entries = [
        new_entry(item, day, contents.dimensions_of(item.indicator.indicator_id))
        for item in items
        if item.indicator is not None
    ]
    done = [item.id for item in items if item.id > 0]
    pictured = [item for item in items if item.photo is not None]
    if not pictured:
        return add_measurements(workshop.edits, entries, title, done)
    stack = workshop.undo_stack
    stack.beginMacro(title)
    try:
        created = add_measurements(workshop.edits, entries, title, done)
        for item in pictured:
            add_answer_photo(workshop, item, day)
        return created
    finally:
        stack.endMacro()


def add_answer_photo(workshop: Workshop, item: Incoming, day: date) -> int | None:
    """The photo of an answer as evidence on the step of the line its indicator belongs to
    (measurement entries hold no photos; evidence does): what was measured, by whom, when."""
    asked = item.indicator
    assert asked is not None and item.photo is not None
    contents = workshop.contents
    indicator = next((i for i in contents.indicators if i.id == asked.indicator_id), None)
    if indicator is None:  # deleted since it was asked: the entry was refused already
        return None
    value = f"{item.text} {asked.unit}".strip() if asked.number else item.text
    text = translate("Room", "Photo with an answer to %1: %2")
    text = text.replace("%1", asked.question).replace("%2", value)
    if item.groups:
        text += f" ({', '.join(name for name in item.groups if name)})"
    moment_id = asked.moment_id if any(m.id == asked.moment_id for m in contents.moments) else None
    evidence_id = workshop.line_edits.add_evidence(
        indicator.line_id, indicator.step_key, text, source_of(item), day, moment_id
    )
    workshop.store.room.set_evidence_photo(evidence_id, item.photo)
    return evidence_id


def story_text(item: Incoming) -> str:
    """The evidence's text: the four answers under their questions, in the program's words."""
    assert item.story is not None
    labels = (
        translate("Room", "What changed"),
        translate("Room", "For whom"),
        translate("Room", "Why it matters"),
        translate("Room", "What the network contributed"),
    )
    return "\n".join(
        f"{label}: {part}" for label, part in zip(labels, item.story.parts(), strict=True) if part
    )


def story_steps(item: Incoming, line: Line) -> list[str]:
    """The keys of the line's steps on the segments the teller chose."""
    assert item.story is not None
    chosen = set(item.story.segment_keys)
    return [step.key for step in line.steps if step.segment_key in chosen]


def lines_for_story(item: Incoming, lines: Sequence[Line]) -> list[Line]:
    """The saved lines with a step on a segment the teller chose: where the story may go."""
    return [line for line in lines if story_steps(item, line)]


def add_story(
    workshop: Workshop, item: Incoming, line: Line, moment_id: int | None, day: date
) -> list[int]:
    """Evidence on each step of `line` the story belongs to: one undo step."""
    steps = story_steps(item, line)
    if not steps:
        raise StoryFitsNoStepError(line.title)
    text, source = story_text(item), source_of(item)
    stack = workshop.undo_stack
    stack.beginMacro(translate("Room", "Accept a story of change from the room"))
    try:
        created = []
        for step in steps:
            evidence_id = workshop.line_edits.add_evidence(
                line.id, step, text, source, day, moment_id
            )
            if item.photo is not None:  # kept in the store with the evidence, as sent cleaned
                workshop.store.room.set_evidence_photo(evidence_id, item.photo)
            created.append(evidence_id)
        return created
    finally:
        stack.endMacro()
