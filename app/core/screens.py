"""Which screen shows the presentation and which keeps the facilitator's console.

Slide software has taught everyone the rule: the show goes to the screen that is not the
laptop's (the projector), the presenter's console stays on the laptop; a screen the user chose
once is used again whenever that screen is connected; with one screen the show takes it and
there is no console. Pure, so that every plug and unplug can be decided in a test.

Two projectors or monitors of the same model report the same name, so a screen is told apart
by its name, its place on the desktop and, where the system gives one, its serial number
(`ScreenId`). A choice is remembered as a `ScreenId.key()`; it finds its screen again by
serial when the screen moved, by place when there is no serial, and by name alone only when
one screen has that name (also for a choice remembered, by older versions, by name alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Geometry = tuple[int, int, int, int]  # x, y, width, height on the desktop
_SEPARATOR = "\x1f"  # between a key's parts (never in a screen's name)


@dataclass(frozen=True, slots=True)
class ScreenId:
    """One connected screen: its name, where it lies on the desktop, and its serial ('' when
    the system gives none)."""

    name: str
    geometry: Geometry
    serial: str = ""

    def key(self) -> str:
        """What the settings keep for a chosen screen."""
        x, y, width, height = self.geometry
        return _SEPARATOR.join((self.name, self.serial, f"{x},{y},{width},{height}"))

    def label(self, screens: Sequence[ScreenId] = ()) -> str:
        """The name for people; with the size and place when another screen has the name."""
        if sum(1 for other in screens if other.name == self.name) < 2:
            return self.name
        x, y, width, height = self.geometry
        return f"{self.name} ({width}×{height} @ {x},{y})"


def _parts(key: str) -> tuple[str, str, Geometry | None]:
    """A remembered key's name, serial and geometry (a bare name: no serial, no place)."""
    parts = key.split(_SEPARATOR)
    if len(parts) != 3:
        return key, "", None
    name, serial, place = parts
    try:
        x, y, width, height = (int(number) for number in place.split(","))
    except ValueError:
        return name, serial, None
    return name, serial, (x, y, width, height)


def find_screen(screens: Sequence[ScreenId], remembered: str) -> ScreenId | None:
    """The connected screen a remembered choice means, or None: the same screen where it
    was; else the same serial (moved on the desktop); else the same name at the same place;
    else the only screen of that name."""
    name, serial, geometry = _parts(remembered)
    named = [screen for screen in screens if screen.name == name]
    for same_serial, same_place in ((True, True), (bool(serial), False), (False, True)):
        found = [
            screen
            for screen in named
            if (not same_serial or screen.serial == serial)
            and (not same_place or (geometry is not None and screen.geometry == geometry))
        ]
        if (same_serial or same_place) and len(found) == 1:
            return found[0]
    return named[0] if len(named) == 1 else None


@dataclass(frozen=True, slots=True)
class ScreenPlan:
    """Where the presentation goes and where the console goes (None: no console)."""

    projector: ScreenId
    console: ScreenId | None

    @property
    def two_screens(self) -> bool:
        return self.console is not None


def plan_screens(
    screens: Sequence[ScreenId], laptop: ScreenId, chosen: str | None = None
) -> ScreenPlan:
    """Decide the screens for a presentation.

    `screens`: the connected screens (the system's order); `laptop`: the screen the main
    window is on; `chosen`: the key of the screen the user picked for presentations, if any.
    The chosen screen wins while it is connected, even the laptop's own (the console then
    moves to another screen); otherwise the first screen that is not the laptop's.
    """
    if not screens:
        raise ValueError("no screen is connected")
    if laptop not in screens:
        laptop = screens[0]
    picked = find_screen(screens, chosen) if chosen is not None else None
    if picked is not None:
        projector = picked
    else:
        projector = next((screen for screen in screens if screen != laptop), laptop)
    if projector != laptop:
        return ScreenPlan(projector, laptop)
    console = next((screen for screen in screens if screen != projector), None)
    return ScreenPlan(projector, console)
