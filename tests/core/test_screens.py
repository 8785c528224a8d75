"""The choice of screens for a presentation: projector away from the laptop, the user's
choice remembered by name, one screen as before."""

from __future__ import annotations

import pytest

from app.core.screens import ScreenPlan, plan_screens


def test_one_screen_takes_the_show_and_has_no_console() -> None:
    plan = plan_screens(["eDP-1"], "eDP-1")
    assert plan == ScreenPlan("eDP-1", None)
    assert not plan.two_screens


def test_the_show_goes_to_the_screen_that_is_not_the_laptops() -> None:
    assert plan_screens(["eDP-1", "HDMI-1"], "eDP-1") == ScreenPlan("HDMI-1", "eDP-1")
    # the main window may sit on the second screen of the system's list
    assert plan_screens(["HDMI-1", "eDP-1"], "eDP-1") == ScreenPlan("HDMI-1", "eDP-1")


def test_a_chosen_screen_wins_while_it_is_connected() -> None:
    screens = ["eDP-1", "HDMI-1", "DP-2"]
    assert plan_screens(screens, "eDP-1", "DP-2") == ScreenPlan("DP-2", "eDP-1")
    assert plan_screens(["eDP-1", "HDMI-1"], "eDP-1", "DP-2") == ScreenPlan("HDMI-1", "eDP-1")
    # the laptop's own screen chosen: the console moves to the other screen
    assert plan_screens(["eDP-1", "HDMI-1"], "eDP-1", "eDP-1") == ScreenPlan("eDP-1", "HDMI-1")


def test_an_unknown_laptop_screen_counts_as_the_first() -> None:
    assert plan_screens(["eDP-1", "HDMI-1"], "gone") == ScreenPlan("HDMI-1", "eDP-1")


def test_no_screen_is_an_error() -> None:
    with pytest.raises(ValueError, match="no screen"):
        plan_screens([], "eDP-1")
