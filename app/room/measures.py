"""What the room measures besides post-its: an indicator the facilitator asks the phones (a
number with its unit, or a story) and stories of change ("what changed, for whom, why it
matters, what the network contributed", placed by the participant on ring segments, as in
Sprockler). Pure values and checks; the page and the server use them, the program turns
accepted ones into measurement entries and evidence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MAX_NUMBER = 1e12  # a count, a percentage, euros: anything larger is a typing slip
MAX_STORY_PART = 1000  # characters per question of a story of change
MAX_STORY_SEGMENTS = 4
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")


@dataclass(frozen=True, slots=True)
class AskedDimension:
    """A dimension the asked indicator is split by, with its groups as (id, name): the phone
    chooses a group by its name, or none ("I don't know": the entry counts for the whole)."""

    name: str
    groups: tuple[tuple[int, str], ...]

    def group_id(self, name: str) -> int | None:
        return next((group_id for group_id, shown in self.groups if shown == name), None)


@dataclass(frozen=True, slots=True)
class AskedIndicator:
    """An indicator put to the room at a moment: what the phones see and where answers go.

    `number` is True for a quantitative indicator (a number with `unit`), False for a story.
    `indicator_id` and `moment_id` are the program's; the phone only sends `id`."""

    id: int
    indicator_id: int
    moment_id: int
    question: str
    number: bool
    unit: str
    moment: str
    dimensions: tuple[AskedDimension, ...] = ()  # the group question; () when not asked

    def cell(self, names: tuple[str, ...]) -> tuple[int, ...]:
        """The group ids of the names a phone chose, one per dimension; () (the whole) when
        it did not know the group of every dimension (an entry names all or none)."""
        if len(names) != len(self.dimensions) or not all(names):
            return ()
        found = [d.group_id(name) for d, name in zip(self.dimensions, names, strict=True)]
        return tuple(i for i in found if i is not None) if None not in found else ()


@dataclass(frozen=True, slots=True)
class StoryParts:
    """A story of change as the participant told it, and the segments they chose for it."""

    changed: str
    for_whom: str
    why: str
    contribution: str
    segment_keys: tuple[str, ...]
    moment_id: int | None = None  # the moment the facilitator invited stories for

    def parts(self) -> tuple[str, str, str, str]:
        return (self.changed, self.for_whom, self.why, self.contribution)


@dataclass(frozen=True, slots=True)
class StoryInvitation:
    """The facilitator invites stories of change, told at a moment of the learning path (its
    label shown on the phones, "" for none)."""

    moment: str
    moment_id: int | None = None


class NotANumberError(ValueError):
    """What was typed for a number is not one (or is absurdly large)."""


def parse_number(typed: str) -> float:
    """A number as people type it on a phone: "12", "3,5", "3.5", "1 200", "-2", "12 %"."""
    text = _SPACES.sub("", typed).rstrip("%")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    elif "," in text and "." in text:  # "1.200,50" (Dutch) or "1,200.50" (English)
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal == "," else ",", "").replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise NotANumberError(typed) from None
    if not math.isfinite(value) or abs(value) > MAX_NUMBER:
        raise NotANumberError(typed)
    return value


def show_number(value: float) -> str:
    """A number as the queue and the phone show it back: no needless ".0"."""
    return f"{value:g}" if abs(value) < 1e15 else str(value)
