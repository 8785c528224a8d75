"""Where a session's notes go on the session poster: each segment's notes as cards on the wheel
(`app.core.wheel_notes`), clear of the segment's label as `app.poster.wheel` draws it, and the
notes that do not fit numbered for the list beside the wheel, in ring order (the axis first).

Sizes here are in points on the poster's design sheet (landscape A3); the poster is scaled as
a whole to larger sheets, so its type grows with the sheet.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.geometry import Arrangement, rotation_for_focus, segment_arc
from app.core.model import Model
from app.core.note_stacks import PolarBox
from app.core.wheel_layout import (
    CORE_RADIUS,
    DEJAVU_SANS,
    RING_BOUNDS,
    fit_label,
    label_baselines,
    label_room,
    max_label_lines,
    reads_clockwise,
)
from app.core.wheel_notes import Card, CardStyle, card_height, lay_out_segment
from app.core.wording import Wording
from app.poster.fonts import register_fonts, text_width
from app.poster.wheel import CORE_CENTRE, CORE_LABEL_SIZE, LABEL_MINIMUM, LABEL_SIZE
from db.records import Note

NOTE_SIZE = 9.5  # points on A3: above the 9 pt floor for reading a poster up close
CARD_LEADING = 1.18 * NOTE_SIZE
CARD_PADDING = 2.0
# Text widths to try for a card on the wheel, narrowest first (points on A3): about 8 to 22
# characters a line. A card holds at most four lines: a ring (58 to 70 pt across) holds no more.
CARD_WIDTHS = (44.0, 56.0, 70.0, 86.0, 104.0, 124.0)
CARD_LINES = 4
CARD_GAP = 2.0
# The core's parts carry cards in the band between the core's centre and its edge.
CORE_BAND = (CORE_CENTRE + 0.01, CORE_RADIUS - 0.01)


@dataclass(frozen=True, slots=True)
class Group:
    """One segment's notes: its name and its notes in the order they were written."""

    segment_key: str
    name: str
    notes: tuple[Note, ...]


@dataclass(frozen=True, slots=True)
class PlacedGroup:
    """A group laid out: its cards on the wheel, its listed notes with their numbers in the
    list, and the marker on its segment that points to them ("+7 → 12–18")."""

    group: Group
    cards: tuple[tuple[Note, Card], ...]
    listed: tuple[tuple[int, Note], ...]
    marker: Card | None
    marker_text: str = ""


def marker_text(numbers: Sequence[int], short: bool = False) -> str:
    """ "+7 → 12–18": how many notes are in the list and their numbers ("→ 12–18" short)."""
    first, last = numbers[0], numbers[-1]
    span = str(first) if first == last else f"{first}–{last}"
    return f"→ {span}" if short else f"+{len(numbers)} → {span}"


def groups_of(model: Model, notes: Sequence[Note], wording: Wording) -> list[Group]:
    """The segments with notes, the axis's parts first, then the rings inside out."""
    order = [part.key for part in model.core.segments]
    order += [segment.key for ring in model.rings for segment in ring.segments]
    by_key: dict[str, list[Note]] = {}
    for note in notes:
        by_key.setdefault(note.segment_key, []).append(note)
    return [Group(key, wording.segment(key), tuple(by_key[key])) for key in order if key in by_key]


def label_boxes(
    text: str,
    band: tuple[float, float],
    start: float,
    sweep: float,
    preferred: float = LABEL_SIZE,
) -> tuple[PolarBox, ...]:
    """The polar boxes (fractions of the radius, degrees) of a segment's label as
    `app.poster.wheel.draw_arc_label` fits it: one per line, its glyphs' full height."""
    mid = start + sweep / 2
    clockwise = reads_clockwise(mid)
    max_lines = max_label_lines(band[0], band[1], LABEL_MINIMUM, DEJAVU_SANS)

    def arc_length(_line: int, count: int, size: float) -> float:
        return label_room(band[0], band[1], sweep, count, size, DEJAVU_SANS)

    fit = fit_label(text, text_width, arc_length, preferred, LABEL_MINIMUM, max_lines)
    baselines = label_baselines(band[0], band[1], len(fit.lines), fit.size, DEJAVU_SANS, clockwise)
    boxes = []
    for line, baseline in zip(fit.lines, baselines, strict=True):
        low = baseline - fit.size * (DEJAVU_SANS.descent if clockwise else 0.95)
        high = baseline + fit.size * (0.95 if clockwise else DEJAVU_SANS.descent)
        room = arc_length(0, len(fit.lines), fit.size)
        width = min(text_width(line, fit.size), room) * 1.04
        half = math.degrees(width / 2 / max(low, 1e-6))
        boxes.append(PolarBox(low, high, mid - half, mid + half))
    return tuple(boxes)


def card_style(radius: float) -> CardStyle:
    """The cards' style in units of a wheel of `radius` points."""
    return CardStyle(
        size=NOTE_SIZE / radius,
        leading=CARD_LEADING / radius,
        padding=CARD_PADDING / radius,
        widths=tuple(width / radius for width in CARD_WIDTHS),
        max_lines=CARD_LINES,
        clearance=CARD_GAP / radius,
        min_width=3 * NOTE_SIZE / radius,
    )


def marker_widths(count: int, total: int, style: CardStyle) -> tuple[float, ...]:
    """Room for the widest marker, long and short, that a segment with `count` notes of
    `total` can need."""
    digits, most = "8" * len(str(total)), "8" * len(str(count))
    return tuple(
        text_width(text, style.size, bold=True) + 2 * style.padding
        for text in (f"+{most} → {digits}–{digits}", f"→ {digits}–{digits}")
    )


# The axis's marker sits in the centre disc, under the axis's name (which takes at most two
# lines of 0.0306 radii, `app.poster.wheel`, down to 0.037 below the centre).
CENTRE_MARKER_TOP = 0.040


def centre_marker(numbers: Sequence[int], style: CardStyle) -> tuple[Card, str] | None:
    """The marker for the axis's listed notes, in the centre disc under its name; the
    short form if the long one is too wide there, None if neither fits."""
    height = card_height(1, style)
    low = CENTRE_MARKER_TOP + height
    room = 2 * math.sqrt(max(0.0, (CORE_CENTRE - style.clearance) ** 2 - low**2))
    for short in (False, True):
        text = marker_text(numbers, short)
        width = text_width(text, style.size, bold=True) + 2 * style.padding
        if width <= room:
            return Card(CENTRE_MARKER_TOP + height / 2, 180.0, width, height, ()), text
    return None


def segment_place(
    model: Model, key: str, arrangement: Arrangement, wording: Wording
) -> tuple[tuple[float, float], float, float, tuple[PolarBox, ...]]:
    """A segment's band, centre angle, sweep and label boxes as the poster draws them."""
    core_parts = [part.key for part in model.core.segments]
    if key in core_parts:
        start, sweep = segment_arc(core_parts.index(key), 0.0, len(core_parts))
        boxes = label_boxes(wording.model_label(key), CORE_BAND, start, sweep, CORE_LABEL_SIZE)
        return CORE_BAND, start + sweep / 2, sweep, boxes
    ring = model.ring_of(key)
    ring_index = model.ring_keys.index(ring.key)
    band = RING_BOUNDS[ring_index]
    rotation = rotation_for_focus(arrangement.indices[ring_index], ring.segment_count)
    start, sweep = segment_arc(ring.index_of(key), rotation, ring.segment_count)
    return band, start + sweep / 2, sweep, label_boxes(wording.segment(key), band, start, sweep)


def lay_out_session(
    model: Model,
    groups: Sequence[Group],
    arrangement: Arrangement,
    wording: Wording,
    radius: float,
) -> list[PlacedGroup]:
    """Every group's cards and marker on a wheel of `radius` points, and the list's numbers."""
    register_fonts()  # measuring needs them
    style = card_style(radius)
    total = sum(len(group.notes) for group in groups)

    def measure(text: str, size: float) -> float:
        return text_width(text, size)

    core = {part.key for part in model.core.segments}
    placed: list[PlacedGroup] = []
    number = 1
    for group in groups:
        band, centre, sweep, keep = segment_place(model, group.segment_key, arrangement, wording)
        texts = [" ".join(note.text.split()) for note in group.notes]
        layout = lay_out_segment(
            texts,
            band,
            centre,
            sweep,
            keep,
            measure,
            style,
            () if group.segment_key in core else marker_widths(len(texts), total, style),
        )
        listed = []
        for index in layout.listed:
            listed.append((number, group.notes[index]))
            number += 1
        cards = tuple((group.notes[index], card) for index, card in layout.cards)
        text = marker_text([n for n, _note in listed], layout.marker_choice == 1) if listed else ""
        placed.append(PlacedGroup(group, cards, tuple(listed), layout.marker, text))
    return placed


def axis_marker(
    placed: Sequence[PlacedGroup], model: Model, radius: float
) -> tuple[Card, str] | None:
    """The centre disc's marker for the notes of the axis's parts that are in the list."""
    core = {part.key for part in model.core.segments}
    numbers = [n for group in placed if group.group.segment_key in core for n, _ in group.listed]
    return centre_marker(numbers, card_style(radius)) if numbers else None
