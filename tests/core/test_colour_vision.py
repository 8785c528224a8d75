"""Colours everyone can tell apart: WCAG contrast for text and for boundaries that carry
meaning, in both schemes, and the rings still apart under simulated colour-vision
deficiencies (Machado et al. 2009, CIEDE2000)."""

from __future__ import annotations

import itertools

import pytest

from app.core.colour_vision import Vision, delta_e, delta_e_lab, simulate
from app.core.wheel_layout import PALETTES, Palette, RingColours, contrast_ratio

# Neighbouring rings must differ by at least this CIEDE2000 under every vision: well over
# the just noticeable difference of side-by-side areas (about 1, "JND" ~2.3 in CIE76 terms),
# so the ripples read as separate bands, not one blur.
MIN_RING_DIFFERENCE = 6.0
TEXT = 7.0  # the wheel's labels: WCAG AAA for normal text (also checked in test_wheel_layout)
BOUNDARY = 3.0  # WCAG 2.1 SC 1.4.11, non-text contrast


def blend(top: str, bottom: str, opacity: float) -> str:
    """`top` painted at `opacity` over `bottom`, as the screen shows it (sRGB blending)."""
    channels = []
    for i in (1, 3, 5):
        upper, lower = int(top[i : i + 2], 16), int(bottom[i : i + 2], 16)
        channels.append(round(opacity * upper + (1 - opacity) * lower))
    return "#" + "".join(f"{c:02x}" for c in channels)


def fills(ring: RingColours) -> tuple[str, str]:
    return (ring.fill, ring.fill_alternate)


def all_rings(palette: Palette) -> list[RingColours]:
    return [palette.core, *palette.rings]


# --- the simulation and the difference, against their published numbers ---------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [  # Sharma, Wu & Dalal 2005, table 1, pairs 1, 3, 7, 17
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 2.8361, -74.0200), (50.0, 0.0, -82.7485), 3.4412),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ],
)
def test_ciede2000_matches_the_published_test_data(first, second, expected) -> None:
    assert delta_e_lab(first, second) == pytest.approx(expected, abs=1e-4)


def test_the_simulations_keep_grey_and_lose_what_each_vision_lacks() -> None:
    for vision in Vision:
        assert delta_e(simulate("#808080", vision), "#808080") < 1.0  # greys stay grey
    # Red and green, far apart for most people, all but meet without L or M cones.
    assert delta_e("#d62728", "#2ca02c") > 60
    assert (
        delta_e(simulate("#d62728", Vision.DEUTERANOPIA), simulate("#2ca02c", Vision.DEUTERANOPIA))
        < 20
    )
    # Blue and green meet without S cones; red and green stay apart there.
    assert (
        delta_e(simulate("#1f77b4", Vision.TRITANOPIA), simulate("#2ca02c", Vision.TRITANOPIA))
        < delta_e("#1f77b4", "#2ca02c") / 2
    )
    assert (
        delta_e(simulate("#d62728", Vision.TRITANOPIA), simulate("#2ca02c", Vision.TRITANOPIA)) > 40
    )


# --- the wheel's two schemes ------------------------------------------------------------------


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
@pytest.mark.parametrize("vision", Vision, ids=lambda v: v.value)
def test_neighbouring_rings_stay_apart_in_every_colour_vision(palette, vision) -> None:
    rings = all_rings(palette)
    for inner, outer in itertools.pairwise(rings):
        closest = min(
            delta_e(simulate(a, vision), simulate(b, vision))
            for a in fills(inner)
            for b in fills(outer)
        )
        assert closest >= MIN_RING_DIFFERENCE, (palette.name, vision.value, inner, outer, closest)


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_ring_edges_stand_out_from_the_fills_on_both_sides(palette) -> None:
    rings = list(palette.rings)
    for index, ring in enumerate(rings):
        # Segment boundaries lie on the ring's own fills; the rim outside it meets the next ring.
        touching = [*fills(ring)] + ([*fills(rings[index + 1])] if index + 1 < len(rings) else [])
        for fill in touching:
            assert contrast_ratio(ring.edge, fill) >= BOUNDARY, (palette.name, ring.edge, fill)
    assert contrast_ratio(rings[-1].edge, palette.background) >= BOUNDARY
    # The axis against the first ring: its own fill is the boundary.
    for fill in fills(rings[0]):
        assert contrast_ratio(palette.core.fill, fill) >= BOUNDARY


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_the_line_at_12_oclock_is_outlined_not_only_tinted(palette) -> None:
    for ring in all_rings(palette)[1:]:
        for fill in fills(ring):
            beamed = blend(palette.beam, fill, palette.beam_opacity)
            assert contrast_ratio(palette.beam_edge, fill) >= BOUNDARY, (palette.name, fill)
            assert contrast_ratio(palette.beam_edge, beamed) >= BOUNDARY, (palette.name, beamed)
            assert contrast_ratio(ring.text, beamed) >= TEXT, (palette.name, beamed)


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_post_it_texts_read_on_every_post_it_colour(palette) -> None:
    from app.canvas.note_items import TEXT_COLOUR  # the wheel's stacks and the note reader

    for colour in palette.note_colours:
        assert contrast_ratio(TEXT_COLOUR.name(), colour) >= 4.5, (palette.name, colour)


@pytest.mark.parametrize("palette", PALETTES.values(), ids=lambda p: p.name)
def test_selection_and_lock_marks_stand_out_on_every_ring(palette) -> None:
    marker = palette.core.fill  # ring_item: the selected ring's band and the lock icon
    for ring in palette.rings:
        for fill in fills(ring):
            assert contrast_ratio(marker, fill) >= BOUNDARY, (palette.name, fill)
