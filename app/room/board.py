"""What the phone page offers: the segments to stick a note on and the question being asked.

The program builds a new `RoomBoard` whenever the wheel, the names or the question change and
hands it to the server, which swaps it in whole (a frozen value: no locking needed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.core.model import Language, Model, Text
from app.core.wheel_layout import Palette
from app.room.measures import AskedIndicator, StoryInvitation


@dataclass(frozen=True, slots=True)
class SegmentChoice:
    """One segment a phone can choose: its key, words and the colours of its ring."""

    key: str
    ring: Text
    label: Text
    fill: str
    text_colour: str
    on_line: bool  # one of the segments of the line at 12 o'clock


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    """A guiding question the facilitator put to the room; answers stick on `segment_key`."""

    id: int
    segment_key: str
    step: Text
    text: Text


@dataclass(frozen=True, slots=True)
class RoomBoard:
    network: str
    segments: tuple[SegmentChoice, ...]  # the focus line's segments first
    question: AskedQuestion | None = None
    language: Language = "nl"  # for phones that ask for neither Dutch nor English
    indicator: AskedIndicator | None = None  # an indicator the phones are asked to measure
    stories: StoryInvitation | None = None  # phones may tell a story of change

    def segment(self, key: str) -> SegmentChoice | None:
        return next((choice for choice in self.segments if choice.key == key), None)


def build_board(
    model: Model,
    network: str,
    line_keys: tuple[str, ...],
    stakeholder_names: Mapping[str, str],
    palette: Palette,
    question: AskedQuestion | None = None,
    language: Language = "nl",
    indicator: AskedIndicator | None = None,
    stories: StoryInvitation | None = None,
) -> RoomBoard:
    """Every segment of the model with its ring's colours; `line_keys` (the focus line,
    inside out) come first, then the core's parts, then the rings inside out."""
    choices: dict[str, SegmentChoice] = {}
    core = model.core
    for part in core.segments:
        choices[part.key] = SegmentChoice(
            part.key, core.label, part.label, palette.core.fill, palette.core.text, False
        )
    for index, ring in enumerate(model.rings):
        colours = palette.rings[min(index, len(palette.rings) - 1)]
        for segment in ring.segments:
            own = stakeholder_names.get(segment.key, "").strip()
            label = Text(own, own) if own else segment.label
            choices[segment.key] = SegmentChoice(
                segment.key, ring.short_label, label, colours.fill, colours.text, False
            )
    first = [
        SegmentChoice(c.key, c.ring, c.label, c.fill, c.text_colour, True)
        for c in (choices[key] for key in line_keys if key in choices)
    ]
    rest = [choice for key, choice in choices.items() if key not in line_keys]
    return RoomBoard(network, (*first, *rest), question, language, indicator, stories)
