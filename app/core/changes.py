"""One change stream: what a committed change touched, and who made it.

Every committed change — an edit in this window, its undo or redo, a post-it from the room, a
colleague's change on a team store — becomes one `Changes` notice (after Anki's `OpChanges`
and `operation_did_execute(changes, initiator)`). Views listen to notices, refresh only for
the parts they show, and skip a notice their own edit caused (`made_by`): a view that was
typed into shows what was typed already.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


class Part(enum.Flag):
    """The parts of a network a change can touch."""

    NETWORK = enum.auto()  # name, description, stakeholder groups' own names
    CORE = enum.auto()
    LINES = enum.auto()
    # Only the story of a step of a saved line: the Workshop patches its copy of the network
    # and only the line panel shows it (typing stays fast).
    STORIES = enum.auto()
    INDICATORS = enum.auto()
    MOMENTS = enum.auto()
    MEASUREMENTS = enum.auto()
    NOTES = enum.auto()
    WHEEL = enum.auto()

    @classmethod
    def everything(cls) -> Part:
        """Every part: another network was opened, or a change no part names."""
        whole = cls(0)
        for part in cls:
            whole |= part
        return whole


class Origin(enum.Enum):
    """How a change came about."""

    EDIT = "edit"  # done in this window, for the first time
    UNDO = "undo"
    REDO = "redo"
    ROOM = "room"  # a participant's phone, accepted by the facilitator
    ELSEWHERE = "elsewhere"  # another program or machine changed the store


@dataclass(frozen=True, slots=True)
class Changes:
    """One committed change: which parts, which records of each, how, and at whose request.

    `initiator` is the object (usually a view) that asked for the change, or None; compared by
    identity only, never kept beyond the notice."""

    parts: Part
    origin: Origin = Origin.EDIT
    initiator: object | None = None
    ids: Mapping[Part, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))

    def touches(self, parts: Part) -> bool:
        """Whether any of `parts` changed."""
        return bool(self.parts & parts)

    def made_by(self, view: object) -> bool:
        """Whether `view` asked for this change itself, as a first edit (an undo or a redo
        of it is news to every view, `view` too)."""
        return self.initiator is view and self.origin in (Origin.EDIT, Origin.ROOM)

    def ids_of(self, part: Part) -> frozenset[int]:
        """The ids of the records of `part` the change wrote or removed (empty: not known)."""
        return self.ids.get(part, frozenset())

    def members(self) -> frozenset[Part]:
        """The single parts, each on its own (what the older `changed` signal carries)."""
        return frozenset(part for part in Part if part & self.parts)

    @classmethod
    def of(
        cls,
        parts: Iterable[Part],
        origin: Origin = Origin.EDIT,
        initiator: object | None = None,
        ids: Mapping[Part, Iterable[int]] | None = None,
    ) -> Changes:
        whole = Part(0)
        for part in parts:
            whole |= part
        frozen = {part: frozenset(values) for part, values in (ids or {}).items()}
        return cls(whole, origin, initiator, MappingProxyType(frozen))
