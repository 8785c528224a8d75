"""Cards on a printed wheel: each card's polar box holds it, cards never meet a label, each
other or the segment's edges, a card carries its note's whole text, and what finds no room
goes to the list with a marker kept for it."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.note_stacks import PolarBox
from app.core.wheel_notes import Card, CardStyle, lay_out_segment, wrap


def measure(text: str, size: float) -> float:
    """A monospaced stand-in for a font: every character 0.6 of the type size wide."""
    return 0.6 * size * len(text)


STYLE = CardStyle(
    size=0.027,
    leading=0.032,
    padding=0.006,
    widths=(0.13, 0.17, 0.22, 0.30),
    max_lines=4,
    clearance=0.006,
    min_width=0.08,
)
BAND = (0.47, 0.635)  # ring 2 of the shared layout


def test_wrap_breaks_at_spaces_and_refuses_or_cuts_a_word_wider_than_a_line() -> None:
    assert wrap("meer contact tussen scholen", 10 * 0.6, measure, 1.0) == [
        "meer",
        "contact",
        "tussen",
        "scholen",
    ]
    assert wrap("meer contact", 12 * 0.6, measure, 1.0) == ["meer contact"]
    assert wrap("laaggeletterdheid", 8 * 0.6, measure, 1.0) is None
    assert wrap("laaggeletterdheid in", 8 * 0.6, measure, 1.0, split_words=True) == [
        "laaggele",
        "tterdhei",
        "d in",
    ]


@settings(max_examples=200, deadline=None)
@given(
    radius=st.floats(0.2, 0.9),
    angle=st.floats(-360.0, 360.0),
    width=st.floats(0.02, 0.3),
    height=st.floats(0.02, 0.15),
)
def test_a_cards_polar_box_holds_its_corners(
    radius: float, angle: float, width: float, height: float
) -> None:
    card = Card(radius, angle, width, height, ())
    if radius - height / 2 <= 0.01:
        return
    box = card.box()
    for x, y in card.corners():
        distance = math.hypot(x, y)
        assert box.inner - 1e-9 <= distance <= box.outer + 1e-9
        offset = (math.degrees(math.atan2(x, y)) - angle + 180.0) % 360.0 - 180.0
        assert box.start - angle - 1e-6 <= offset <= box.end - angle + 1e-6


def _inside(box: PolarBox, centre: float, sweep: float) -> bool:
    start = (box.start - centre + 180.0) % 360.0 - 180.0
    end = start + box.end - box.start
    return BAND[0] <= box.inner and box.outer <= BAND[1] and -sweep / 2 <= start <= end <= sweep / 2


@settings(max_examples=60, deadline=None)
@given(
    centre=st.sampled_from([0.0, 45.0, 90.0, 135.0, 180.0, 270.0, 350.0]),
    count=st.integers(1, 30),
    label_half=st.floats(5.0, 35.0),
)
def test_cards_never_meet_the_label_each_other_or_the_edges(
    centre: float, count: int, label_half: float
) -> None:
    label = PolarBox(0.53, 0.58, centre - label_half, centre + label_half)
    texts = [f"notitie {n} " + "woord " * (n % 7) for n in range(count)]
    result = lay_out_segment(texts, BAND, centre, 90.0, [label], measure, STYLE, [0.12, 0.08])
    placed = [card for _index, card in result.cards]
    if result.marker is not None:
        placed.append(result.marker)
    boxes: list[PolarBox] = []
    for card in placed:
        box = card.box()
        assert _inside(box, centre, 90.0)
        assert not box.meets(label)
        assert not any(box.meets(other) for other in boxes)
        boxes.append(box)
    for index, card in result.cards:
        assert " ".join(card.lines) == " ".join(texts[index].split())
        assert len(card.lines) <= STYLE.max_lines
    indices = sorted([index for index, _card in result.cards] + list(result.listed))
    assert indices == list(range(count))  # every note once: on the wheel or in the list
    assert (result.marker is not None) == bool(result.listed)


def test_a_note_too_long_for_any_card_goes_to_the_list_with_a_marker() -> None:
    texts = ["kort", "heel " * 60, "ook kort"]
    result = lay_out_segment(texts, BAND, 0.0, 90.0, [], measure, STYLE, [0.12])
    assert result.listed == (1,)
    assert [index for index, _card in result.cards] == [0, 2]
    assert result.marker is not None and result.marker_choice == 0


def test_a_segment_without_room_lists_its_notes_and_has_no_marker() -> None:
    everywhere = PolarBox(0.0, 1.0, -90.0, 90.0)
    result = lay_out_segment(["kort"], BAND, 0.0, 90.0, [everywhere], measure, STYLE, [0.12])
    assert result.cards == () and result.listed == (0,) and result.marker is None


def test_the_short_marker_is_taken_when_the_long_one_finds_no_room() -> None:
    # A narrow segment: the long marker is wider than its arc, the short one is not.
    result = lay_out_segment(["heel " * 60], BAND, 0.0, 14.0, [], measure, STYLE, [0.5, 0.08])
    assert result.marker is not None and result.marker_choice == 1
