"""Which screen shows the presentation and which keeps the facilitator's console.

Slide software has taught everyone the rule: the show goes to the screen that is not the
laptop's (the projector), the presenter's console stays on the laptop; a screen the user chose
once is used again whenever a screen of that name is connected; with one screen the show takes
it and there is no console. Pure, so that every plug and unplug can be decided in a test.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ScreenPlan:
    """Where the presentation goes (a screen name) and where the console goes (None: none)."""

    projector: str
    console: str | None

    @property
    def two_screens(self) -> bool:
        return self.console is not None


def plan_screens(screens: Sequence[str], laptop: str, chosen: str | None = None) -> ScreenPlan:
    """Decide the screens for a presentation.

    `screens`: the names of the connected screens (the system's order); `laptop`: the screen
    the main window is on; `chosen`: the screen the user picked for presentations, if any.
    The chosen screen wins while it is connected, even the laptop's own (the console then moves
    to another screen); otherwise the first screen that is not the laptop's.
    """
    if not screens:
        raise ValueError("no screen is connected")
    if laptop not in screens:
        laptop = screens[0]
    if chosen is not None and chosen in screens:
        projector = chosen
    else:
        projector = next((name for name in screens if name != laptop), laptop)
    if projector != laptop:
        return ScreenPlan(projector, laptop)
    console = next((name for name in screens if name != projector), None)
    return ScreenPlan(projector, console)
