"""How the wheel is laid out and coloured, shared by the screen and the poster.

All lengths are fractions of the wheel's outer radius; the canvas and the poster scale them
to pixels or points, so the two cannot drift apart.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from app.core.geometry import normalized

# Radii: the core takes the inner 30 %, the three impact rings and the stakeholder ring share
# the rest. The stakeholder ring is a little wider: it carries the network's own group names.
CORE_RADIUS = 0.30
RING_BOUNDS: tuple[tuple[float, float], ...] = (
    (0.30, 0.47),
    (0.47, 0.635),
    (0.635, 0.80),
    (0.80, 1.00),
)


def ring_bounds(ring_count: int) -> tuple[tuple[float, float], ...]:
    """Each ring's radii (fractions of the outer radius): the shared layout for the model's
    four rings, an even split of the room outside the core for any other count."""
    if ring_count == len(RING_BOUNDS):
        return RING_BOUNDS
    width = (1.0 - CORE_RADIUS) / ring_count
    return tuple(
        (CORE_RADIUS + i * width, CORE_RADIUS + (i + 1) * width) for i in range(ring_count)
    )


@dataclass(frozen=True, slots=True)
class RingColours:
    fill: str  # segments with an even index
    fill_alternate: str  # segments with an odd index, so neighbours stay apart
    text: str
    edge: str


@dataclass(frozen=True, slots=True)
class Palette:
    """A theme: ripples from a deep centre to a light edge, like water round a stone."""

    name: str
    background: str
    core: RingColours
    rings: tuple[RingColours, ...]  # inside out, stakeholder ring last
    beam: str  # the active reasoning line
    beam_opacity: float
    beam_edge: str  # the beam's two long edges: 3:1 against every fill they cross
    faint_sightline: str
    note_colours: tuple[str, ...]

    def ring_colours(self, index: int, ring_count: int) -> RingColours:
        """The colours of ring `index` of `ring_count`: the stakeholder ring (the last) always
        takes the last colours; impact rings beyond the palette repeat its last impact colour."""
        if index == ring_count - 1:
            return self.rings[-1]
        return self.rings[min(index, len(self.rings) - 2)]


CALM = Palette(
    name="calm",
    background="#f7f5f0",
    core=RingColours("#123b4a", "#123b4a", "#ffffff", "#0b2a35"),
    # Each ring a clear step lighter than the one inside it (CIELAB L* 70, 78.5, 86.5, 97.5),
    # so neighbours stay apart in lightness, which every colour vision keeps; the hue turns from
    # blue-teal to cream on top. Edges are dark enough for 3:1 against the fills on both sides
    # (WCAG 1.4.11). tests/core/test_colour_access.py checks all of it.
    rings=(
        RingColours("#86b2c4", "#8aafc6", "#061a22", "#2a4f5c"),
        RingColours("#a0cac9", "#a2c7cd", "#061a22", "#355f60"),
        RingColours("#c5dfcd", "#cadbcf", "#061a22", "#46694f"),
        RingColours("#fff6e1", "#fff2d6", "#2b2213", "#76653f"),
    ),
    beam="#e59a2f",
    beam_opacity=0.42,
    beam_edge="#7a4500",
    faint_sightline="#5d7a83",
    note_colours=("#fff27a", "#ffc4d6", "#b9f0b0", "#a8dcff", "#ffd39a"),
)

# For washed-out projectors: black on white, a saturated beam, heavier edges.
HIGH_CONTRAST = Palette(
    name="high_contrast",
    background="#ffffff",
    core=RingColours("#000000", "#000000", "#ffffff", "#000000"),
    # White to mid grey inside out (black edges 10:1 and more keep segments apart), so rings
    # differ in lightness under every colour vision; the stakeholder ring pale yellow.
    rings=(
        RingColours("#ffffff", "#f8f8f8", "#000000", "#000000"),
        RingColours("#dadada", "#d7d7d7", "#000000", "#000000"),
        RingColours("#b9b9b9", "#b6b6b6", "#000000", "#000000"),
        RingColours("#fff7cc", "#ffef9f", "#000000", "#000000"),
    ),
    beam="#d40000",
    beam_opacity=0.25,
    beam_edge="#7a0000",
    faint_sightline="#000000",
    note_colours=("#fff200", "#ff9ec0", "#8cf07e", "#7cc8ff", "#ffb35c"),
)

PALETTES = {palette.name: palette for palette in (CALM, HIGH_CONTRAST)}


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a `#rrggbb` colour."""
    channels = []
    for offset in (1, 3, 5):
        value = int(colour[offset : offset + 2], 16) / 255
        channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def reads_clockwise(centre_angle: float) -> bool:
    """Whether a label centred at this angle runs clockwise along its arc.

    On the lower half of the wheel a clockwise label would stand on its head, so it runs
    anticlockwise there and still reads left to right.
    """
    angle = normalized(centre_angle)
    return not (90.0 < angle < 270.0)


# --- labels on the rings: one geometry for the screen and the poster ----------------------

# Share of a segment's arc a label line may fill: the rest keeps labels clear of the edges.
ARC_FILL = 0.85
# Share of a ring's width a block of label lines may fill.
BAND_FILL = 0.86
# Distance between two label lines' baselines, as a multiple of the type size.
LINE_SPACING = 1.15
# A label wraps to at most this many lines, however wide its ring.
MAX_LABEL_LINES = 3


@dataclass(frozen=True, slots=True)
class LabelSizes:
    """A label's preferred type size and the floor it may shrink to before it is elided, in
    units of the wheel's outer radius."""

    preferred: float
    minimum: float


# On screen the view fits the wheel and its sightline margin (1.08 radii) into the window's
# height, so 0.050 is 25 px at 1080 lines and 17.8 px at 768: the legibility floor of DESIGN §1.
SCREEN_LABEL = LabelSizes(0.064, 0.050)
# On an A3 poster the outer radius is about 140 mm: 0.040 is 16 pt, 0.024 still 9.5 pt.
POSTER_LABEL = LabelSizes(0.040, 0.024)


@dataclass(frozen=True, slots=True)
class FontShape:
    """A typeface's vertical proportions, as shares of its size."""

    cap_height: float
    descent: float


# DejaVu Sans, the typeface the program ships (capHeight 1493 and descent 483 of 2048 units).
DEJAVU_SANS = FontShape(cap_height=0.729, descent=0.236)


def label_block_height(line_count: int, size: float, font: FontShape) -> float:
    """From the top of the first line's capitals to the last line's descenders."""
    return size * (font.cap_height + (line_count - 1) * LINE_SPACING + font.descent)


def label_room(
    inner: float, outer: float, sweep: float, line_count: int, size: float, font: FontShape
) -> float:
    """The arc length one label line may take in a segment of `sweep` degrees between the
    radii `inner` and `outer`: measured at the block's innermost extent, the shortest arc
    whichever way the label reads (0 when the lines do not fit across the ring)."""
    height = label_block_height(line_count, size, font)
    if height > (outer - inner) * BAND_FILL:
        return 0.0
    radius = (inner + outer) / 2 - height / 2
    return radius * math.radians(sweep) * ARC_FILL


def label_baselines(
    inner: float, outer: float, line_count: int, size: float, font: FontShape, clockwise: bool
) -> tuple[float, ...]:
    """Each label line's baseline radius, in reading order, the block (capitals of the first
    line to the last baseline) centred across the ring. Clockwise labels stand outward, so
    their first line is the outermost; anticlockwise ones stand inward."""
    cap = font.cap_height * size
    height = cap + (line_count - 1) * size * LINE_SPACING
    middle = (inner + outer) / 2
    downs = [cap + number * size * LINE_SPACING for number in range(line_count)]
    if clockwise:
        return tuple(middle + height / 2 - down for down in downs)
    return tuple(middle - height / 2 + down for down in downs)


def max_label_lines(inner: float, outer: float, minimum: float, font: FontShape) -> int:
    """How many lines a label may wrap to in a ring this wide (at least one)."""
    count = 1
    while (
        count < MAX_LABEL_LINES
        and label_block_height(count + 1, minimum, font) <= (outer - inner) * BAND_FILL
    ):
        count += 1
    return count


@dataclass(frozen=True, slots=True)
class LabelFit:
    """A label broken into arc lines at a font size (in units of the outer radius)."""

    lines: tuple[str, ...]
    size: float


def _break_points(text: str, hyphens: bool = True) -> list[int]:
    """Places where a label may wrap: after a space, or (with `hyphens`) after a hyphen in a
    compound word."""
    marks = " -" if hyphens else " "
    return [i + 1 for i, char in enumerate(text) if char in marks and 0 < i < len(text) - 1]


def fit_label(
    text: str,
    measure: Callable[[str, float], float],
    arc_length: Callable[[int, int, float], float],
    preferred_size: float,
    minimum_size: float,
    max_lines: int = 2,
) -> LabelFit:
    """Break `text` into at most `max_lines` arc lines that fit, shrinking the type if needed.

    `measure(line, size)` is the advance width of a line at a font size; `arc_length(line,
    line_count, size)` is the room along the arc for line number `line` of `line_count` at that
    size (arcs nearer the centre are shorter). Sizes shrink by 5 % steps down to
    `minimum_size`; if even that cannot fit, the best try at the minimum size is returned and
    the caller elides it.
    """
    text = " ".join(text.split())
    size = preferred_size
    while True:
        for line_count in range(1, max_lines + 1):
            # A compound keeps its hyphen whole where a space will do ("Political-
            # administrative / effects", not "Political- / administrative effects").
            for hyphens in (False, True):
                lines = _split_into(text, line_count, measure, size, hyphens)
                if lines is not None and all(
                    measure(line, size) <= arc_length(i, line_count, size)
                    for i, line in enumerate(lines)
                ):
                    return LabelFit(tuple(lines), size)
        if size <= minimum_size:
            best = _split_into(text, max_lines, measure, size) or [text]
            return LabelFit(tuple(best), size)
        size = max(minimum_size, size * 0.95)


def _split_into(
    text: str,
    line_count: int,
    measure: Callable[[str, float], float],
    size: float,
    hyphens: bool = True,
) -> list[str] | None:
    """The most even split of `text` into `line_count` lines at break points (None if none)."""
    if line_count == 1:
        return [text]
    points = _break_points(text, hyphens)
    if len(points) < line_count - 1:
        return None
    best: list[str] | None = None
    best_width = float("inf")
    # Two lines is the common case; for more, split the remainder greedily.
    for point in points:
        head, tail = text[:point].rstrip(), text[point:].strip()
        rest = _split_into(tail, line_count - 1, measure, size, hyphens)
        if rest is None:
            continue
        candidate = [head, *rest]
        widest = max(measure(line, size) for line in candidate)
        if widest < best_width:
            best, best_width = candidate, widest
    return best
