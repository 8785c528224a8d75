"""Post-its on a printed wheel: which of a segment's notes fit on it as small cards that carry
their whole text, where each card goes, and which notes continue in a list beside the wheel.

A card lies along its ring like the labels do (its width along the ring, its height across
it), so a ring's full width holds a card of several lines wherever the segment lies. Its
region is held by a polar box (see `app.core.note_stacks`): a card centred at radius r and
angle θ, w wide and h high, lies within [r − h/2, √((r + h/2)² + (w/2)²)] ×
θ ± atan(w/2 / (r − h/2)). Cards whose boxes do not meet the label's, the beam's or each
other's boxes cannot overlap them.

For each note in turn the narrowest card that holds its text in a few lines is tried first
(it spends the least of the segment's arc); it goes to the free spot nearest a segment edge,
the outer part of the ring first, so cards fill in from the edges towards the label. A note
whose text needs more lines than a card may hold, or for which no spot is left, goes to the
list; the segment then carries a marker pointing to the list ("+7 → 12–18"), placed before
the cards, beside the label, so it always has a spot when any card would.

Angles in degrees, clockwise, 0 at 12 o'clock; lengths in units of the wheel's outer radius.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.core.note_stacks import PolarBox

Measure = Callable[[str, float], float]  # the advance width of a text at a type size


@dataclass(frozen=True, slots=True)
class CardStyle:
    """How cards are made: type size, line distance and padding; the text widths to try,
    narrowest first; the most lines a card may have; the gap kept around each card."""

    size: float
    leading: float
    padding: float
    widths: tuple[float, ...]
    max_lines: int
    clearance: float
    min_width: float = 0.0


@dataclass(frozen=True, slots=True)
class Card:
    """A card along its ring, centred at `radius` and `angle`: `width` along the ring,
    `height` across it, its text in `lines`."""

    radius: float
    angle: float
    width: float
    height: float
    lines: tuple[str, ...]

    def box(self, clearance: float = 0.0) -> PolarBox:
        """The polar box holding the card, grown by `clearance` on every side."""
        inner = self.radius - self.height / 2 - clearance
        half_width = self.width / 2 + clearance
        outer = math.hypot(self.radius + self.height / 2 + clearance, half_width)
        half = math.degrees(math.atan2(half_width, inner))
        return PolarBox(inner, outer, self.angle - half, self.angle + half)

    def corners(self) -> tuple[tuple[float, float], ...]:
        """The card's corners as x (right) and y (up) from the wheel's centre."""
        angle = math.radians(self.angle)
        out = (math.sin(angle), math.cos(angle))
        along = (out[1], -out[0])
        return tuple(
            (
                self.radius * out[0] + u * self.height / 2 * out[0] + v * self.width / 2 * along[0],
                self.radius * out[1] + u * self.height / 2 * out[1] + v * self.width / 2 * along[1],
            )
            for u, v in ((-1, -1), (-1, 1), (1, 1), (1, -1))
        )


@dataclass(frozen=True, slots=True)
class SegmentNotes:
    """One segment's notes: the cards on the wheel (note index, card) in the order given, the
    indices of the notes that go to the list, and the marker's spot when there are any (and
    which of the marker widths offered it has)."""

    cards: tuple[tuple[int, Card], ...]
    listed: tuple[int, ...]
    marker: Card | None
    marker_choice: int = 0


def wrap(
    text: str, width: float, measure: Measure, size: float, *, split_words: bool = False
) -> list[str] | None:
    """`text` broken into lines of at most `width` at spaces. A word wider than a line is cut
    into pieces when `split_words`, else there is no wrapping (None)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if measure(word, size) > width:
            if not split_words:
                return None
            if line:
                lines.append(line)
            pieces = _pieces(word, width, measure, size)
            lines.extend(pieces[:-1])
            line = pieces[-1]
            continue
        candidate = f"{line} {word}" if line else word
        if measure(candidate, size) <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line or not lines:
        lines.append(line)
    return lines


def _pieces(word: str, width: float, measure: Measure, size: float) -> list[str]:
    pieces, piece = [], ""
    for char in word:
        if piece and measure(piece + char, size) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece]


def card_height(line_count: int, style: CardStyle) -> float:
    return line_count * style.leading + 2 * style.padding


def lay_out_segment(
    texts: Sequence[str],
    band: tuple[float, float],
    centre: float,
    sweep: float,
    keep_clear: Sequence[PolarBox],
    measure: Measure,
    style: CardStyle,
    marker_widths: Sequence[float],
) -> SegmentNotes:
    """Place the notes `texts` in the segment centred at `centre`, `sweep` degrees wide,
    between the radii of `band`, clear of `keep_clear`. `marker_widths` are the widths of
    the marker to try, preferred first, if any note goes to the list (a segment without
    room for any has no marker: its notes are all in the list, under its name)."""
    cards, listed, _marker = _attempt(texts, band, centre, sweep, keep_clear, measure, style, None)
    if not listed:
        return SegmentNotes(tuple(cards), (), None)
    for choice, width in enumerate(marker_widths):
        cards, listed, marker = _attempt(
            texts, band, centre, sweep, keep_clear, measure, style, width
        )
        if marker is not None:
            return SegmentNotes(tuple(cards), tuple(listed), marker, choice)
    return SegmentNotes(tuple(cards), tuple(listed), None)


def _attempt(
    texts: Sequence[str],
    band: tuple[float, float],
    centre: float,
    sweep: float,
    keep_clear: Sequence[PolarBox],
    measure: Measure,
    style: CardStyle,
    marker_width: float | None,
) -> tuple[list[tuple[int, Card]], list[int], Card | None]:
    boxes = list(keep_clear)
    marker = None
    if marker_width is not None:
        height = card_height(1, style)
        marker = _spot(marker_width, height, band, centre, sweep, boxes, style.clearance, False)
        if marker is not None:
            boxes.append(marker.box())
    cards: list[tuple[int, Card]] = []
    listed: list[int] = []
    # A card shape that found no spot finds none later either (spots only fill up): the
    # fewest lines that failed, per width, spares searching again.
    failed: dict[float, int] = {}
    for index, text in enumerate(texts):
        card = None
        for width in style.widths:
            lines = wrap(text, width, measure, style.size)
            if lines is None or len(lines) > style.max_lines:
                continue
            if failed.get(width, style.max_lines + 1) <= len(lines):
                continue
            widest = max(style.min_width, max(measure(line, style.size) for line in lines))
            card = _spot(
                widest + 2 * style.padding,
                card_height(len(lines), style),
                band,
                centre,
                sweep,
                boxes,
                style.clearance,
                True,
            )
            if card is not None:
                card = Card(card.radius, card.angle, card.width, card.height, tuple(lines))
                break
            failed[width] = min(failed.get(width, len(lines)), len(lines))
        if card is None:
            listed.append(index)
        else:
            cards.append((index, card))
            boxes.append(card.box())
    return cards, listed, marker


_RADIUS_STEPS = 4


def _spot(
    width: float,
    height: float,
    band: tuple[float, float],
    centre: float,
    sweep: float,
    boxes: Sequence[PolarBox],
    clearance: float,
    edges_first: bool,
) -> Card | None:
    """A free spot for a card of this size, or None: at the outermost radius that has one,
    nearest a segment edge (`edges_first`) or nearest the segment's centre line."""
    inner, outer = band
    half_width = width / 2 + clearance
    lowest = inner + height / 2 + clearance
    reach = outer * outer - half_width * half_width
    highest = math.sqrt(reach) - height / 2 - clearance if reach > 0 else -1.0
    if lowest > highest:
        return None
    steps = 0 if highest - lowest < 1e-9 else _RADIUS_STEPS
    for step in range(steps + 1):
        radius = highest - (highest - lowest) * step / max(steps, 1)
        near = radius - height / 2 - clearance
        far = math.hypot(radius + height / 2 + clearance, half_width)
        half = math.degrees(math.atan2(half_width, near))
        limit = sweep / 2 - half
        if limit < 0:
            continue
        blocked = []
        for box in boxes:
            if box.outer < near or far < box.inner:
                continue
            start = (box.start - centre + 180.0) % 360.0 - 180.0
            blocked.append((start - half, start + (box.end - box.start) + half))
        free = _free_intervals(-limit, limit, blocked)
        if not free:
            continue
        offset = _preferred(free, edges_first)
        return Card(radius, centre + offset, width, height, ())
    return None


_EPSILON = 1e-7


def _free_intervals(
    low: float, high: float, blocked: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """The parts of [low, high] outside every blocked interval (kept a hair apart from them)."""
    free = []
    cursor = low
    for start, end in sorted(blocked):
        if start - _EPSILON > cursor:
            free.append((cursor, min(start - _EPSILON, high)))
        cursor = max(cursor, end + _EPSILON)
        if cursor > high:
            break
    if cursor <= high:
        free.append((cursor, high))
    return [(start, end) for start, end in free if start <= end]


def _preferred(free: list[tuple[float, float]], edges_first: bool) -> float:
    points = [point for interval in free for point in interval]
    if edges_first:
        return max(points, key=lambda x: (abs(x), x))
    if any(start <= 0.0 <= end for start, end in free):
        return 0.0
    return min(points, key=lambda x: (abs(x), -x))
