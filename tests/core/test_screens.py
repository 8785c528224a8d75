"""The choice of screens for a presentation: projector away from the laptop, the user's
choice remembered, one screen as before; two screens of one model told apart by place and
serial (issue 23, item 22)."""

from __future__ import annotations

import pytest

from app.core.screens import ScreenId, ScreenPlan, find_screen, plan_screens

LAPTOP = ScreenId("eDP-1", (0, 0, 1920, 1080))
HDMI = ScreenId("HDMI-1", (1920, 0, 1024, 768))
DP = ScreenId("DP-2", (2944, 0, 1920, 1080))


def test_one_screen_takes_the_show_and_has_no_console() -> None:
    plan = plan_screens([LAPTOP], LAPTOP)
    assert plan == ScreenPlan(LAPTOP, None)
    assert not plan.two_screens


def test_the_show_goes_to_the_screen_that_is_not_the_laptops() -> None:
    assert plan_screens([LAPTOP, HDMI], LAPTOP) == ScreenPlan(HDMI, LAPTOP)
    # the main window may sit on the second screen of the system's list
    assert plan_screens([HDMI, LAPTOP], LAPTOP) == ScreenPlan(HDMI, LAPTOP)


def test_a_chosen_screen_wins_while_it_is_connected() -> None:
    screens = [LAPTOP, HDMI, DP]
    assert plan_screens(screens, LAPTOP, DP.key()) == ScreenPlan(DP, LAPTOP)
    assert plan_screens([LAPTOP, HDMI], LAPTOP, DP.key()) == ScreenPlan(HDMI, LAPTOP)
    # the laptop's own screen chosen: the console moves to the other screen
    assert plan_screens([LAPTOP, HDMI], LAPTOP, LAPTOP.key()) == ScreenPlan(LAPTOP, HDMI)
    # a choice remembered by an older version, by name alone
    assert plan_screens(screens, LAPTOP, "DP-2") == ScreenPlan(DP, LAPTOP)


def test_an_unknown_laptop_screen_counts_as_the_first() -> None:
    gone = ScreenId("gone", (0, 0, 800, 600))
    assert plan_screens([LAPTOP, HDMI], gone) == ScreenPlan(HDMI, LAPTOP)


def test_no_screen_is_an_error() -> None:
    with pytest.raises(ValueError, match="no screen"):
        plan_screens([], LAPTOP)


def test_two_projectors_of_one_model_are_told_apart() -> None:
    """Two beamers "EPSON PJ" side by side: the one chosen is the one used, by place."""
    left = ScreenId("EPSON PJ", (1920, 0, 1024, 768))
    right = ScreenId("EPSON PJ", (2944, 0, 1024, 768))
    screens = [LAPTOP, left, right]
    assert left.key() != right.key()
    assert plan_screens(screens, LAPTOP, right.key()) == ScreenPlan(right, LAPTOP)
    assert plan_screens(screens, LAPTOP, left.key()) == ScreenPlan(left, LAPTOP)
    assert find_screen(screens, "EPSON PJ") is None  # a bare name is ambiguous here
    assert left.label(screens) != right.label(screens)
    assert LAPTOP.label(screens) == "eDP-1"


def test_a_serial_finds_its_screen_after_it_moved() -> None:
    first = ScreenId("DELL U2419H", (1920, 0, 1920, 1080), "CFV9N8A")
    second = ScreenId("DELL U2419H", (3840, 0, 1920, 1080), "7GK3R1B")
    chosen = second.key()
    swapped = [
        LAPTOP,
        ScreenId("DELL U2419H", (1920, 0, 1920, 1080), "7GK3R1B"),
        ScreenId("DELL U2419H", (3840, 0, 1920, 1080), "CFV9N8A"),
    ]
    assert find_screen(swapped, chosen) == swapped[1]  # they swapped places: the serial decides
    assert find_screen([LAPTOP, first], chosen) == first  # the only one of its name
